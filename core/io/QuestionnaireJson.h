#pragma once
// Reading, validating and writing the questionnaire JSON format of formats.md. The built-in
// questionnaire goes through the same reader as a user's file.

#include "domain/Questionnaire.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sbr::io {

/// A broken rule, with the JSON path where it was found ("dimensions[2].items[0].weight").
struct JsonIssue {
    QString path;
    QString message;
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

struct QuestionnaireParse {
    std::optional<Questionnaire> questionnaire; ///< set only when there are no issues
    QList<JsonIssue> issues;
};

QuestionnaireParse readQuestionnaire(const QByteArray &json);
QByteArray writeQuestionnaire(const Questionnaire &q, bool indented = true);

/// The built-in "social-business-readiness" questionnaire (German and English).
Questionnaire defaultQuestionnaire();

} // namespace sbr::io
