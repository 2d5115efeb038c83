// The LimeSurvey codes (docs/user-guide.md *LimeSurvey*) worked out by hand from the rules in
// io/LimeSurveyCodes.h: what the import side of a LimeSurvey export relies on.

#include "io/LimeSurveyCodes.h"
#include "io/QuestionnaireJson.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::io;

namespace {

Questionnaire withItems(const QStringList &ids)
{
    Questionnaire q;
    Dimension d;
    d.id = QStringLiteral("d");
    for (const QString &id : ids) {
        Item item;
        item.id = id;
        d.items.append(item);
    }
    q.dimensions.append(d);
    return q;
}

} // namespace

TEST(LimeSurveyCodes, BaseCodeDropsPunctuationAndCapitalisesTheNextLetter)
{
    EXPECT_EQ(limeSurveyBaseCode(QStringLiteral("strategy.goals")), QStringLiteral("strategyGoals"));
    EXPECT_EQ(limeSurveyBaseCode(QStringLiteral("strategy.business-goals")), QStringLiteral("strategyBusinessGoal"));
    EXPECT_EQ(limeSurveyBaseCode(QStringLiteral("1st_item")), QStringLiteral("Q1stItem"));
    EXPECT_EQ(limeSurveyBaseCode(QStringLiteral("größe.ämter")), QStringLiteral("groesseAemter"));
    EXPECT_EQ(limeSurveyBaseCode(QStringLiteral("café")), QStringLiteral("cafe"));
    EXPECT_EQ(limeSurveyBaseCode(QStringLiteral("...")), QStringLiteral("Q"));
}

TEST(LimeSurveyCodes, ClashesAndCutCodesGetANumberedSuffix)
{
    // "a.b" and "a-b" both give "aB"; "AB" equals it without regard to case; the 25-letter id is
    // cut; "department" is reserved for the department question.
    const QStringList codes =
        limeSurveyQuestionCodes(withItems({QStringLiteral("a.b"), QStringLiteral("a-b"), QStringLiteral("AB"),
                                           QStringLiteral("abcdefghijklmnopqrstuvwxy"), QStringLiteral("department"),
                                           QStringLiteral("abcdefghijklmnopqrst")}));
    EXPECT_EQ(codes, (QStringList{QStringLiteral("aB"), QStringLiteral("aBX0001"), QStringLiteral("ABX0002"),
                                  QStringLiteral("abcdefghijklmnoX0001"), QStringLiteral("departmentX0001"),
                                  QStringLiteral("abcdefghijklmnopqrst")}));
}

TEST(LimeSurveyCodes, BuiltInQuestionnaireCodesAreValidAndUnique)
{
    const Questionnaire q = defaultQuestionnaire();
    const QStringList codes = limeSurveyQuestionCodes(q);
    ASSERT_EQ(codes.size(), q.itemCount());
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z][A-Za-z0-9]{0,19}$"));
    QSet<QString> folded;
    for (const QString &code : codes) {
        EXPECT_TRUE(valid.match(code).hasMatch()) << code.toStdString();
        folded.insert(code.toCaseFolded());
    }
    EXPECT_EQ(folded.size(), codes.size());
    // "strategyBusinessGoals" has 21 characters: cut and numbered; "practicesListening" stays.
    EXPECT_EQ(codes[q.itemIndex(QStringLiteral("strategy.business-goals"))], QStringLiteral("strategyBusinesX0001"));
    EXPECT_EQ(codes[q.itemIndex(QStringLiteral("practices.listening"))], QStringLiteral("practicesListening"));
}

TEST(LimeSurveyCodes, AnswerCodesReadBack)
{
    EXPECT_EQ(limeSurveyAnswerCode(0), QStringLiteral("A0"));
    EXPECT_EQ(limeSurveyAnswerCode(4), QStringLiteral("A4"));
    EXPECT_EQ(limeSurveyAnswerCode(-2), QStringLiteral("AM2"));
    EXPECT_EQ(limeSurveyAnswerCode(9999), QStringLiteral("A9999"));
    for (int level = -999; level <= 9999; level += 7) {
        EXPECT_LE(limeSurveyAnswerCode(level).size(), 5);
        EXPECT_EQ(levelOfLimeSurveyAnswerCode(limeSurveyAnswerCode(level)), level);
    }
    EXPECT_EQ(levelOfLimeSurveyAnswerCode(QStringLiteral(" a3 ")), 3);
    EXPECT_EQ(levelOfLimeSurveyAnswerCode(limeSurveyNotApplicableCode()), std::nullopt);
    EXPECT_EQ(levelOfLimeSurveyAnswerCode(QStringLiteral("A")), std::nullopt);
    EXPECT_EQ(levelOfLimeSurveyAnswerCode(QStringLiteral("A3x")), std::nullopt);
    EXPECT_EQ(levelOfLimeSurveyAnswerCode(QStringLiteral("B3")), std::nullopt);
}
