#pragma once
// Use-case "distribute a questionnaire" (formats.md *sbradar-cli*, `template`): the answer
// workbook (.xlsx) and the LimeSurvey survey structure (.txt) of a TemplatePlan, written so that
// an existing file is replaced only when the new one is complete. The printable PDF is drawn by
// report::QuestionnaireForm (it needs Qt Gui). The workbench and sbradar-cli call these.

#include "io/QuestionnaireTemplate.h"
#include "session/WorkspaceSession.h"

#include <QString>

#include <optional>

namespace sbr::session {

enum class TemplateFormat { Xlsx, Pdf, LimeSurvey };

/// "xlsx", "pdf", "limesurvey" → the format; nullopt for anything else (case-insensitive).
std::optional<TemplateFormat> templateFormatFromKey(const QString &key);
/// The file extension of a format without the dot: "xlsx", "pdf", "txt" (LimeSurvey's own).
QString templateExtension(TemplateFormat format);

/// Plans a questionnaire for the open workspace (io::planTemplate over its import context);
/// nullopt with *error set when the request does not fit the workspace or it cannot be read.
std::optional<io::TemplatePlan> planTemplate(const WorkspaceSession &session, const QString &company,
                                             const QString &round, const QStringList &departments, int respondents,
                                             const QString &language, QString *error);

/// Writes the answer workbook (Xlsx) or the LimeSurvey structure (LimeSurvey) to `path`; false
/// with *error set (a sentence naming the file) on failure. Pdf is not written here.
bool writeTemplateFile(const io::TemplatePlan &plan, TemplateFormat format, const QString &path, QString *error);

} // namespace sbr::session
