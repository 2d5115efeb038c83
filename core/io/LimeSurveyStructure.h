#pragma once
// A LimeSurvey survey structure in LimeSurvey's documented tab-separated format (the ".txt" of
// "Import survey"): one question group per dimension, one list question (type L, radio buttons)
// per item with the codes of io/LimeSurveyCodes.h, one answer option per level (its assessment
// value is the level) and one for "not applicable"; for several departments a first question
// "department" asks for the respondent's department. The plan's language is the survey's base
// language, the questionnaire's other language (de or en, when it has texts in it) an additional
// one. docs/user-guide.md *LimeSurvey* describes the codes for the import side.

#include "io/QuestionnaireTemplate.h"

#include <QByteArray>

namespace sbr::io {

/// The structure file: UTF-8 with a byte order mark (as LimeSurvey writes it), "\n" line ends,
/// fields holding a tab, a quote or a line break in double quotes (quotes doubled). Texts are
/// HTML-escaped, since LimeSurvey shows question texts as HTML.
QByteArray limeSurveyStructure(const TemplatePlan &plan);

} // namespace sbr::io
