// scoring.md *Tolerance*, with values worked out by hand: values that are equal in exact
// arithmetic but differ in the last bits of a double never decide a stage or an order.

#include "ScoringTestSupport.h"
#include "scoring/Scoring.h"

#include <gtest/gtest.h>

using namespace sbr;

TEST(Tolerance, AStageBoundaryReachedWithinEpsilonCounts)
{
    EXPECT_EQ(stageOf(60.0 - 1e-10), 4); // 60 reached within 1e-9
    EXPECT_EQ(stageOf(60.0 - 1e-8), 3);  // further off: not reached
    EXPECT_EQ(stageOf(20.0 - 5e-10), 2);
    EXPECT_EQ(stageOf(80.0 - 5e-10), 5);
    EXPECT_EQ(stageOf(0.0), 1);
    EXPECT_EQ(stageOf(100.0), 5);
}

TEST(Tolerance, DisagreementAtOneLevelWithinEpsilon)
{
    EXPECT_TRUE(disagrees(3, 1.0 - 1e-10));
    EXPECT_FALSE(disagrees(3, 1.0 - 1e-8));
    EXPECT_FALSE(disagrees(2, 1.5)); // two answers never disagree, however far apart
    EXPECT_FALSE(disagrees(5, std::nullopt));
}

TEST(Tolerance, GainsEqualInExactArithmeticAreTiesOrderedByItemId)
{
    // Dimension weights 2, 1, 7 (shares 0.2, 0.1, 0.7). d0 has item weights 0.5 and 1.0, so
    // d0.i0's share is 0.5 / 1.5; d1 has two items of weight 1 (share 0.5).
    // d0.i0 at 70 points:       gain = 0.2 * (0.5 / 1.5) * (75 - 70)      = 1/3
    // d1.i0 at 205/3 points:    gain = 0.1 * 0.5 * (75 - 68.333…)         = 1/3
    // In doubles the second is 0.3333333333333336 and the first 0.3333333333333333; as ties
    // they are listed by item id: d0.i0 first.
    const Questionnaire q = test::questionnaire({{2.0, {0.5, 1.0}}, {1.0, {1.0, 1.0}}, {7.0, {1.0}}});
    const std::vector<OptDouble> scores{70.0, 75.0, 205.0 / 3.0, 75.0, 75.0};
    const std::vector<Recommendation> r = recommend(q, scores, 75.0);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].itemId, QStringLiteral("d0.i0"));
    EXPECT_EQ(r[1].itemId, QStringLiteral("d1.i0"));
    EXPECT_NEAR(r[0].gain, 1.0 / 3.0, 1e-12);
    EXPECT_NEAR(r[1].gain, 1.0 / 3.0, 1e-12);
}

TEST(Tolerance, AGainMustExceedEpsilonToBeListed)
{
    const Questionnaire q = test::questionnaire({{1.0, {1.0, 1.0}}});
    // 75 - 1e-10 leaves a gain of 0.5 * 1e-10: noise, not a recommendation. 74 leaves 0.5.
    const std::vector<Recommendation> r = recommend(q, {75.0 - 1e-10, 74.0}, 75.0);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].itemId, QStringLiteral("d0.i1"));
    EXPECT_DOUBLE_EQ(r[0].gain, 0.5);
}
