#pragma once
// The answer workbook of a questionnaire to hand out (formats.md *sbradar-cli*, `template
// --format xlsx`): a cover sheet with instructions in the plan's language, the answer sheet
// (statements as rows with their dimension, one column per respondent grouped by department, a
// drop-down of the level labels in every answer cell, the ids in a hidden column) and a hidden
// sheet with the labels the drop-down lists. Its layout is the one io/TemplateSheet.h reads back,
// so a filled workbook imports as it is.

#include "io/QuestionnaireTemplate.h"

#include <QString>

namespace sbr::exporting {

/// Writes the workbook to `path` (through a temporary file beside it, renamed at the end: a
/// failure never leaves a partial file). On failure returns false and sets *error (when given) to
/// a message for the user.
bool writeAnswerTemplate(const io::TemplatePlan &plan, const QString &path, QString *error);

} // namespace sbr::exporting
