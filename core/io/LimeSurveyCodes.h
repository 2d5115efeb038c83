#pragma once
// LimeSurvey question codes of our items (formats.md *Survey exports with a mapping profile*):
// the survey structure that the workbench writes and the response export that it reads back
// agree on one code per item, so that a LimeSurvey export is mapped without asking.

#include <QString>

namespace sbr::io {

/// The LimeSurvey question code of an item: "Q" followed by the item id with every character
/// that is not an ASCII letter or digit removed, truncated to 20 characters in all (LimeSurvey
/// allows letters and digits only, starting with a letter, at most 20 characters).
/// Example: "strategy.goals" -> "Qstrategygoals". Two ids may share a code in principle (e.g.
/// "a.b" and "ab"); writers of a survey structure must check that the codes of a questionnaire
/// are unique.
QString limeSurveyCode(const QString &itemId);

} // namespace sbr::io
