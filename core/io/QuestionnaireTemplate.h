#pragma once
// What a questionnaire to hand out is for (formats.md *sbradar-cli*, `template`): one company, one
// round, one or more departments, a number of respondents per department, in one language. The
// answer workbook, the paper form and the LimeSurvey structure are all written from a
// TemplatePlan; planTemplate() checks the request against what the workspace holds, so the CLI
// and the workbench refuse the same things with the same words.

#include "io/AnswerImport.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sbr::io {

inline constexpr int kDefaultTemplateRespondents = 10;
inline constexpr int kMaxTemplateRespondents = 200;

struct TemplatePlan {
    Questionnaire questionnaire;
    QString company;
    QString round;
    QDate date;                                    ///< the round's date in the workspace
    QStringList departments;                       ///< at least one, in the order asked for
    int respondents = kDefaultTemplateRespondents; ///< answer columns (and paper forms) per department
    QString language = QStringLiteral("de");       ///< "de" or "en": texts of the questionnaire and the sheets
    /// Per department: respondent names for the answer columns, "Respondent 1", "Respondent 2", …
    /// ("Person 1", … in German), skipping names already recorded in that assessment
    /// so that a filled workbook never collides with earlier answers.
    QHash<QString, QStringList> respondentNames;
};

/// Checks a request and fills a plan. `departments` empty = every department of the company (in
/// alphabetical order). Names are normalised (domain/Names.h). On a problem returns nullopt and
/// sets *error to a sentence for the user (in the application's language): an unknown company or
/// round (with "did you mean" for a case-only difference), a company without departments, a
/// department named twice, a respondent count outside 1 … kMaxTemplateRespondents. A department
/// that does not exist yet is accepted (an import creates it) unless it differs from an existing
/// one only in case.
std::optional<TemplatePlan> planTemplate(const ImportContext &context, const QString &company, const QString &round,
                                         const QStringList &departments, int respondents, const QString &language,
                                         QString *error);

/// The texts of the levels as the answer workbook offers them in its drop-down, lowest level
/// first: the scale's labels in `language`, then the label for "not applicable".
QStringList templateLevelLabels(const Scale &scale, const QString &language);
/// The label for "not applicable" in `language` ("weiß nicht / trifft nicht zu").
QString notApplicableLabel(const QString &language);

/// A file name to suggest: "Fragebogen Muster GmbH 2026-Q1.xlsx" (German) or
/// "Questionnaire Muster GmbH 2026-Q1.xlsx", with characters that file systems refuse replaced by
/// "_". `extension` without the dot.
QString suggestedTemplateFileName(const TemplatePlan &plan, const QString &extension);

} // namespace sbr::io
