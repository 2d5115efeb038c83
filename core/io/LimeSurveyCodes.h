#pragma once
// The codes under which our questionnaire lives in LimeSurvey (docs/user-guide.md *LimeSurvey*):
// one question per item, its code derived from the item id, and one answer option per level.
// A LimeSurvey response export names its columns by these question codes and writes the answer
// codes (or, with "answer texts", the level labels) in the cells, so the import side maps an
// export back by calling the same functions. Pure functions of the questionnaire; no I/O.

#include "domain/Questionnaire.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sbr::io {

/// LimeSurvey allows question codes of at most 20 characters.
inline constexpr int kLimeSurveyCodeLength = 20;

/// The code of the question that asks for the respondent's department (only in a survey for
/// several departments): "department". Reserved: no item gets it.
QString limeSurveyDepartmentCode();

/// The plain code of one item id, before clashes are resolved: ASCII letters and digits kept, any
/// other character dropped and the letter after it upper-cased ("strategy.goals" →
/// "strategyGoals"), letters with accents reduced to their base letter and ä/ö/ü/ß spelled
/// ae/oe/ue/ss, "Q" put in front when the result is empty or starts with a digit, cut to 20
/// characters.
QString limeSurveyBaseCode(const QString &itemId);

/// The question code of every item, in flat questionnaire order (Questionnaire::flatItems()).
/// Unique without regard to case (LimeSurvey compares codes that way) and never
/// limeSurveyDepartmentCode(): an item whose base code is taken already (or that had to be cut)
/// gets its base code cut to 15 characters plus "X" and a 4-digit number from 0001 on, the
/// smallest not yet used. So the codes depend only on the item ids and their order.
QStringList limeSurveyQuestionCodes(const Questionnaire &q);

/// The answer code of a level: "A" + the level ("A0" … "A4"); a negative level is "AM" + its
/// absolute value ("AM2" for -2). At most 5 characters (LimeSurvey's limit) for levels of
/// -999 … 9999.
QString limeSurveyAnswerCode(int level);

/// The answer code of "not applicable": "NA".
QString limeSurveyNotApplicableCode();

/// The code of department number `n` (1-based, in the order of the survey's department question):
/// "D1", "D2", …
QString limeSurveyDepartmentAnswerCode(int n);

/// The level of an answer code (case-insensitive, surrounding blanks ignored), nullopt for
/// anything else.
std::optional<int> levelOfLimeSurveyAnswerCode(const QString &code);

} // namespace sbr::io
