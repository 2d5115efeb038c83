// scoring.md *Effect of a measure*: known answers computed by hand from the spec.

#include "scoring/Effect.h"
#include "ScoringTestSupport.h"

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::test;

namespace {

// One dimension with three items d0.i0, d0.i1, d0.i2; departments X and Y; item score =
// (mean - 0) / 4 * 100 per department, company item score = mean over the departments.
//   R1 2026-03-15: X i0 {2,2}=50  i1 {1,3}=50  i2 {n/a,n/a}=NULL | Y i0 {4}=100 i1 {0}=0  i2 {n/a}=NULL
//                  company i0 75, i1 25, i2 NULL (a statement without answers in this round)
//   R2 2026-09-15: X i0 {3,3}=75  i1 {4,2}=75  i2 {4,4}=100      | Y i0 {4}=100 i1 {1}=25 i2 {2}=50
//                  company i0 87.5, i1 50, i2 75
//   R3 2027-03-15: X only: i0 {4}=100, i1 {n/a}=NULL, i2 {0}=0 -> company 100, NULL, 0
class Effect : public ::testing::Test {
protected:
    void SetUp() override
    {
        ws.questionnaire = questionnaire({{1, {1, 1, 1}}});
        CompanyData c;
        c.name = QStringLiteral("Muster GmbH");
        c.rounds = {{QStringLiteral("R1"), QDate(2026, 3, 15)},
                    {QStringLiteral("R2"), QDate(2026, 9, 15)},
                    {QStringLiteral("R3"), QDate(2027, 3, 15)}};
        c.departments = {QStringLiteral("X"), QStringLiteral("Y")};
        c.assessments.push_back(assessment(0, 0, 2, {{2, 2}, {1, 3}, {na, na}}));
        c.assessments.push_back(assessment(0, 1, 1, {{4}, {0}, {na}}));
        c.assessments.push_back(assessment(1, 0, 2, {{3, 3}, {4, 2}, {4, 4}}));
        c.assessments.push_back(assessment(1, 1, 1, {{4}, {1}, {2}}));
        c.assessments.push_back(assessment(2, 0, 1, {{4}, {na}, {0}}));
        ws.companies.push_back(c);
        report = scoreWorkspace(ws, {});
    }
    std::optional<MeasureEffect> effect(const QStringList &items, const QDate &doneOn) const
    {
        return measureEffect(ws.questionnaire, report.companies.front(), items, doneOn);
    }
    static const QString i0, i1, i2;
    WorkspaceData ws;
    ScoreReport report;
};
const QString Effect::i0 = QStringLiteral("d0.i0");
const QString Effect::i1 = QStringLiteral("d0.i1");
const QString Effect::i2 = QStringLiteral("d0.i2");

TEST_F(Effect, OneStatementBetweenTheRoundsAroundTheDoneDate)
{
    const auto e = effect({i0}, QDate(2026, 5, 2));
    ASSERT_TRUE(e);
    EXPECT_EQ(e->fromRound, QStringLiteral("R1"));
    EXPECT_EQ(e->toRound, QStringLiteral("R2"));
    ASSERT_EQ(e->items.size(), 1u);
    EXPECT_EQ(e->items[0].id, i0);
    EXPECT_DOUBLE_EQ(*e->items[0].before, 75.0);
    EXPECT_DOUBLE_EQ(*e->items[0].after, 87.5);
    EXPECT_DOUBLE_EQ(*e->items[0].delta, 12.5);
    EXPECT_DOUBLE_EQ(*e->meanDelta, 12.5);
}

TEST_F(Effect, SeveralStatementsAveragedOverTheDeltasThatExist)
{
    // i0 +12.5, i1 25 -> 50 = +25, i2 had no answers in R1: its delta is NULL and not counted.
    const auto e = effect({i0, i1, i2}, QDate(2026, 5, 2));
    ASSERT_TRUE(e);
    ASSERT_EQ(e->items.size(), 3u);
    EXPECT_DOUBLE_EQ(*e->items[1].delta, 25.0);
    EXPECT_FALSE(e->items[2].before);
    EXPECT_DOUBLE_EQ(*e->items[2].after, 75.0);
    EXPECT_FALSE(e->items[2].delta);
    EXPECT_DOUBLE_EQ(*e->meanDelta, (12.5 + 25.0) / 2);
}

TEST_F(Effect, DoneOnTheDayOfARoundCountsFromThatRound)
{
    // from R2 (on or before), to R3: i0 87.5 -> 100 = +12.5, i1 50 -> NULL, i2 75 -> 0 = -75.
    const auto e = effect({i0, i1, i2}, QDate(2026, 9, 15));
    ASSERT_TRUE(e);
    EXPECT_EQ(e->fromRound, QStringLiteral("R2"));
    EXPECT_EQ(e->toRound, QStringLiteral("R3"));
    EXPECT_FALSE(e->items[1].after);
    EXPECT_FALSE(e->items[1].delta);
    EXPECT_DOUBLE_EQ(*e->items[2].delta, -75.0);
    EXPECT_DOUBLE_EQ(*e->meanDelta, (12.5 - 75.0) / 2);
}

TEST_F(Effect, NoDeltaAtAllLeavesTheMeanNull)
{
    const auto e = effect({i1}, QDate(2026, 12, 1));
    ASSERT_TRUE(e);
    EXPECT_DOUBLE_EQ(*e->items[0].before, 50.0);
    EXPECT_FALSE(e->items[0].after);
    EXPECT_FALSE(e->meanDelta);
}

TEST_F(Effect, NoRoundAfterTheDoneDate)
{
    EXPECT_FALSE(effect({i0}, QDate(2027, 3, 15)));
    EXPECT_FALSE(effect({i0}, QDate(2027, 4, 1)));
}

TEST_F(Effect, NoRoundOnOrBeforeTheDoneDate)
{
    EXPECT_FALSE(effect({i0}, QDate(2026, 3, 14)));
    EXPECT_FALSE(effect({i0}, QDate()));
}

} // namespace
