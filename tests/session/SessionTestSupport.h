#pragma once
// Throwaway workspaces for the session tests, and the scores as the JSON of formats.md (the
// one form in which two reports can be compared number for number).

#include "../support/TestLocations.h"
#include "io/ScoreJson.h"
#include "session/WorkspaceSession.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sbr::test {

inline QByteArray scoreJson(const ScoreReport &report, const Questionnaire &q)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    io::writeScoreJson(report, q, buffer);
    return buffer.data();
}

inline QByteArray scoreJson(const session::WorkspaceSession &s)
{
    return scoreJson(s.report(), s.questionnaire());
}

/// The demo workspace in a temporary folder (or a fresh team workspace), opened for editing.
struct DemoSession {
    QTemporaryDir dir;
    QString path = workspaceLocation(dir, QStringLiteral("demo.sbradar"));
    std::unique_ptr<session::WorkspaceSession> session;

    DemoSession()
    {
        WorkspaceError error;
        session = session::WorkspaceSession::createDemo(path, &error);
        EXPECT_TRUE(session) << qPrintable(error.message);
    }
    /// The first assessment of the first company's newest round, with its respondents.
    qint64 someAssessment(QList<RespondentRow> *people = nullptr) const
    {
        const CompanyResult &c = session->report().companies.front();
        const qint64 a = c.rounds.back().departments.front().key;
        if (people) {
            WorkspaceError error;
            EXPECT_TRUE(session->respondents(a, people, &error));
        }
        return a;
    }
};

} // namespace sbr::test
