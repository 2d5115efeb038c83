#pragma once
// Helpers of the report tests: workspaces (the demo, and a small one whose numbers the test
// controls), scoring them, and reading a PDF back as a user's tools see it (pdftotext,
// pdfinfo from poppler-utils).

#include <gtest/gtest.h>

#include "demo/DemoData.h"
#include "io/QuestionnaireJson.h"
#include "scoring/Anonymity.h"
#include "scoring/Scoring.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

namespace sbr::reporttest {

/// Readable QStrings in assertion messages.
inline std::string s(const QString &text)
{
    return text.toStdString();
}

struct ScoredWorkspace {
    Questionnaire q;
    ScoreReport report;
    int anonymityThreshold = 5; ///< as stored in the workspace
    QString path;
    /// What the report is made from: scoring.md *Anonymity* with this k.
    AnonymousReport anonymous(int k) const { return anonymize(report, q, k); }
};

inline ScoredWorkspace score(const QString &path)
{
    ScoredWorkspace result;
    storage::StorageError error;
    auto ws = storage::Workspace::open(path, storage::Workspace::Mode::ReadOnly, &error);
    EXPECT_TRUE(ws) << s(error.message);
    if (!ws)
        return result;
    WorkspaceData data;
    EXPECT_TRUE(ws->loadScoringData(&data, &error)) << s(error.message);
    result.q = data.questionnaire;
    result.report = scoreWorkspace(data);
    result.anonymityThreshold = ws->anonymityThreshold();
    result.path = path;
    return result;
}

/// The demo workspace (a machine builder in three rounds and nine peers) in `dir`.
inline QString createDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sbradar"));
    const Questionnaire q = io::defaultQuestionnaire();
    const demo::DemoData data = demo::generate(q);
    storage::StorageError error;
    EXPECT_TRUE(storage::Workspace::create(path, q, &error, &data.batch, &data.targets)) << s(error.message);
    return path;
}

/// Names that would turn into markup if anything read them as HTML.
inline QString hostileCompany()
{
    return QStringLiteral("<b>X</b> & \"Co\"");
}
inline QString hostileDepartment()
{
    return QString::fromUtf8("Ä/Ö & <i>");
}

/// One company, one round, three departments with every item answered alike:
/// the hostile department has 2 respondents answering 4 and 3 (score 87.5: below the
/// anonymity threshold of 3), "Alpha" 3 × level 1 (25.0), "Beta" 3 × level 2 (50.0).
/// The company's scores are the mean of the three: 54.1666… → "54,2".
inline QString createSmall(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("small.sbradar"));
    const Questionnaire q = io::defaultQuestionnaire();
    io::AnswerBatch b;
    b.companies = {hostileCompany()};
    b.departments = {{0, hostileDepartment()}, {0, QStringLiteral("Alpha")}, {0, QStringLiteral("Beta")}};
    b.rounds = {{0, QStringLiteral("2026-Q1"), QDate(2026, 2, 10)}};
    const QList<QList<int>> levels = {{4, 3}, {1, 1, 1}, {2, 2, 2}};
    for (int d = 0; d < levels.size(); ++d)
        for (int r = 0; r < levels.at(d).size(); ++r) {
            b.respondents.append({d, 0, QStringLiteral("p%1-%2").arg(d).arg(r)});
            for (int item = 0; item < q.itemCount(); ++item)
                b.answers.push_back({int(b.respondents.size()) - 1, item, levels.at(d).at(r), true});
        }
    storage::StorageError error;
    EXPECT_TRUE(storage::Workspace::create(path, q, &error, &b)) << s(error.message);
    return path;
}

inline bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

/// `pdftotext -layout FILE -` as one string.
inline QString pdfText(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// `pdftotext -raw FILE -`: the text in the order it was drawn, so that a table cell's wrapped
/// lines follow each other and the cells of a row come one after the other.
inline QString pdfRawText(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Columns of a page image with ink (a pixel darker than light grey) within `margin` of the
/// left or right paper edge.
inline int inkInSideMargins(const QImage &page, int margin)
{
    int ink = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            if (x >= margin && x < page.width() - margin)
                continue;
            if (qGray(page.pixel(x, y)) < 200)
                ++ink;
        }
    return ink;
}

/// Text as a reader searches it: compatibility forms folded (the "ff" ligature, Arabic
/// presentation forms that pdftotext gives back), bidi marks and white space removed.
inline QString withoutSpace(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{200E}\\x{200F}\\x{202A}-\\x{202E}]+")));
    return text;
}

/// The "Pages:" line of pdfinfo; -1 when unreadable.
inline int pdfPages(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdfPath});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    for (const QString &line : QString::fromUtf8(p.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(u"Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

/// pdfinfo's whole output (title, creator, page size).
inline QString pdfInfo(const QString &pdfPath)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdfPath});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace sbr::reporttest
