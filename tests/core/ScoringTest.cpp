// Known answers for every rule of the scoring method, computed by hand from
// ../shared/spec/scoring.md (the arithmetic is in the comments next to each expectation).

#include "scoring/Scoring.h"
#include "ScoringTestSupport.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace sbr;
using namespace sbr::test;

namespace {
constexpr double eps = 1e-9;
Scale scale(int min, int max)
{
    Scale s;
    s.min = min;
    s.max = max;
    return s;
}
} // namespace

TEST(ScoreItem, MeanPopulationSdAndScore)
{
    // levels 1, 2, 4: mean 7/3; deviations -4/3, -1/3, 5/3; squares 16/9 + 1/9 + 25/9 = 42/9;
    // population variance 42/27 = 14/9, sd = sqrt(14)/3; score = 100 * (7/3) / 4 = 58.333…
    const ItemResult r = scoreItem(tally({1, 2, 4}), scale(0, 4));
    EXPECT_EQ(r.n, 3);
    EXPECT_NEAR(*r.mean, 7.0 / 3.0, eps);
    EXPECT_NEAR(*r.sd, std::sqrt(14.0) / 3.0, eps);
    EXPECT_NEAR(*r.score, 700.0 / 12.0, eps);
    EXPECT_TRUE(r.disagreement); // sd 1.247 >= 1 with n = 3
}

TEST(ScoreItem, NotApplicableIsNeverCounted)
{
    const ItemResult r = scoreItem(tally({na, 3, na}), scale(0, 4));
    EXPECT_EQ(r.n, 1);
    EXPECT_DOUBLE_EQ(*r.mean, 3.0);
    EXPECT_DOUBLE_EQ(*r.sd, 0.0); // one answer: sd 0
    EXPECT_DOUBLE_EQ(*r.score, 75.0);
    EXPECT_FALSE(r.disagreement);
}

TEST(ScoreItem, NoAnswersGiveNull)
{
    const ItemResult r = scoreItem(tally({na, na}), scale(0, 4));
    EXPECT_EQ(r.n, 0);
    EXPECT_FALSE(r.mean);
    EXPECT_FALSE(r.sd);
    EXPECT_FALSE(r.score);
}

TEST(ScoreItem, CustomScaleOneToFive)
{
    // 1 and 5: mean 3, sd 2, score 100 * (3 - 1) / (5 - 1) = 50
    const ItemResult r = scoreItem(tally({1, 5}), scale(1, 5));
    EXPECT_DOUBLE_EQ(*r.mean, 3.0);
    EXPECT_DOUBLE_EQ(*r.sd, 2.0);
    EXPECT_DOUBLE_EQ(*r.score, 50.0);
    EXPECT_FALSE(r.disagreement); // only two answers
    EXPECT_DOUBLE_EQ(*scoreItem(tally({1, 1, 1}), scale(1, 5)).score, 0.0);
    EXPECT_DOUBLE_EQ(*scoreItem(tally({5}), scale(1, 5)).score, 100.0);
}

TEST(ScoreItem, DisagreementThresholdIsExactlyOneLevel)
{
    // 1, 1, 3, 3: mean 2, every deviation 1, sd exactly 1.0 with n = 4 -> disagreement
    EXPECT_TRUE(scoreItem(tally({1, 1, 3, 3}), scale(0, 4)).disagreement);
    // 2, 2, 3: mean 7/3, squares 1/9 + 1/9 + 4/9 = 6/9, variance 2/9, sd 0.471 -> none
    EXPECT_FALSE(scoreItem(tally({2, 2, 3}), scale(0, 4)).disagreement);
    // 0, 4 with n = 2: sd 2 but fewer than three answers
    EXPECT_FALSE(scoreItem(tally({0, 4}), scale(0, 4)).disagreement);
}

namespace {
std::vector<ItemResult> items(const std::vector<Answers> &answers, const Scale &s = scale(0, 4))
{
    std::vector<ItemResult> out;
    for (const Answers &a : answers)
        out.push_back(scoreItem(tally(a), s));
    return out;
}
} // namespace

TEST(ScoreDimension, CoverageExactlyHalfIsEnough)
{
    const Questionnaire q = questionnaire({{1.0, {1, 1, 1, 1}}, {1, {1}}, {1, {1}}});
    // answered: item 0 (level 2 -> 50) and item 1 (level 4 -> 100); coverage 2/4 = 0.5
    const DimensionResult r = scoreDimension(q.dimensions[0], items({{2}, {4}, {na}, {}}), 0);
    EXPECT_DOUBLE_EQ(r.coverage, 0.5);
    ASSERT_TRUE(r.score);
    EXPECT_DOUBLE_EQ(*r.score, 75.0); // (50 + 100) / 2
}

TEST(ScoreDimension, CoverageBelowHalfIsInsufficient)
{
    const Questionnaire q = questionnaire({{1.0, {1, 1, 1, 1}}, {1, {1}}, {1, {1}}});
    const DimensionResult r = scoreDimension(q.dimensions[0], items({{2}, {na}, {na}, {}}), 0);
    EXPECT_DOUBLE_EQ(r.coverage, 0.25);
    EXPECT_FALSE(r.score);
}

TEST(ScoreDimension, UnevenItemWeights)
{
    const Questionnaire q = questionnaire({{1.0, {1, 3}}, {1, {1}}, {1, {1, 1, 2}}});
    // scores 40 (level 1.6 is impossible; use scale 0..10: level 4 -> 40, level 8 -> 80)
    const Scale s = scale(0, 10);
    auto both = scoreDimension(q.dimensions[0], items({{4}, {8}}, s), 0);
    EXPECT_DOUBLE_EQ(*both.score, 70.0); // (1 * 40 + 3 * 80) / 4
    EXPECT_DOUBLE_EQ(both.coverage, 1.0);
    auto heavyOnly = scoreDimension(q.dimensions[0], items({{na}, {8}}, s), 0);
    EXPECT_DOUBLE_EQ(heavyOnly.coverage, 0.75);
    EXPECT_DOUBLE_EQ(*heavyOnly.score, 80.0);
    auto lightOnly = scoreDimension(q.dimensions[0], items({{4}, {na}}, s), 0);
    EXPECT_DOUBLE_EQ(lightOnly.coverage, 0.25);
    EXPECT_FALSE(lightOnly.score);
    // dimension 2 (items 3..5, weights 1, 1, 2): only the weight-2 item answered -> 2/4 = 0.5
    auto half = scoreDimension(q.dimensions[2], items({{}, {}, {}, {na}, {na}, {5}}, s), 3);
    EXPECT_DOUBLE_EQ(half.coverage, 0.5);
    EXPECT_DOUBLE_EQ(*half.score, 50.0);
}

TEST(Index, WeightedMeanOfDimensions)
{
    const Questionnaire q = questionnaire({{2.0, {1}}, {1.0, {1}}, {0.5, {1}}});
    // (2 * 60 + 1 * 30 + 0.5 * 90) / 3.5 = 195 / 3.5 = 55.714285…
    EXPECT_NEAR(*readinessIndex(q.dimensions, {60.0, 30.0, 90.0}), 195.0 / 3.5, eps);
    EXPECT_FALSE(readinessIndex(q.dimensions, {60.0, std::nullopt, 90.0}));
}

TEST(Index, FourAndSevenDimensions)
{
    const Questionnaire four = questionnaire({{1, {1}}, {1, {1}}, {1, {1}}, {1, {1}}});
    EXPECT_DOUBLE_EQ(*readinessIndex(four.dimensions, {10.0, 20.0, 30.0, 40.0}), 25.0);
    const Questionnaire seven = questionnaire({{1, {1}}, {1, {1}}, {1, {1}}, {1, {1}}, {1, {1}}, {1, {1}}, {3, {1}}});
    // (6 * 50 + 3 * 100) / 9 = 600 / 9
    EXPECT_NEAR(*readinessIndex(seven.dimensions, {50.0, 50.0, 50.0, 50.0, 50.0, 50.0, 100.0}), 600.0 / 9.0, eps);
}

TEST(Stage, Thresholds)
{
    EXPECT_FALSE(stageOf(std::nullopt));
    EXPECT_EQ(stageOf(0.0), 1);
    EXPECT_EQ(stageOf(19.999), 1);
    EXPECT_EQ(stageOf(20.0), 2);
    EXPECT_EQ(stageOf(39.99), 2);
    EXPECT_EQ(stageOf(40.0), 3);
    EXPECT_EQ(stageOf(59.9), 3);
    EXPECT_EQ(stageOf(60.0), 4);
    EXPECT_EQ(stageOf(79.99), 4);
    EXPECT_EQ(stageOf(80.0), 5);
    EXPECT_EQ(stageOf(100.0), 5);
    EXPECT_EQ(stageName(3, QStringLiteral("de")), QStringLiteral("Koordiniert"));
    EXPECT_EQ(stageName(2, QStringLiteral("en")), QStringLiteral("Experimenting"));
    EXPECT_EQ(stageName(5, QStringLiteral("de")), QStringLiteral("Social Business"));
}

TEST(CompanyLevel, MeanSpreadAndDelta)
{
    EXPECT_DOUBLE_EQ(*meanOf({40.0, std::nullopt, 70.0}), 55.0);
    EXPECT_FALSE(meanOf({std::nullopt, std::nullopt}));
    EXPECT_DOUBLE_EQ(*spreadOf({40.0, std::nullopt, 70.0, 55.0}), 30.0);
    EXPECT_FALSE(spreadOf({40.0, std::nullopt})); // fewer than two departments with a score
    EXPECT_DOUBLE_EQ(*deltaOf(62.5, 50.0), 12.5);
    EXPECT_FALSE(deltaOf(62.5, std::nullopt));
    EXPECT_FALSE(deltaOf(std::nullopt, 50.0));
}

TEST(Benchmark, PercentileWithTies)
{
    // x = 50 among 30, 50, 50, 70, 90: B = 1, E = 2 -> 100 * (1 + 1) / 5 = 40
    // mean 290 / 5 = 58; squares 784 + 64 + 64 + 144 + 1024 = 2080; sd = sqrt(416)
    const BandResult b = benchmarkBand(50.0, {30.0, 50.0, 50.0, 70.0, 90.0});
    EXPECT_DOUBLE_EQ(*b.percentile, 40.0);
    EXPECT_DOUBLE_EQ(*b.mean, 58.0);
    EXPECT_NEAR(*b.sd, std::sqrt(416.0), eps);
    // equal within 1e-9 counts as a tie; 1e-6 apart does not
    EXPECT_DOUBLE_EQ(*benchmarkBand(50.0 + 1e-12, {30.0, 50.0, 50.0, 70.0, 90.0}).percentile, 40.0);
    EXPECT_DOUBLE_EQ(*benchmarkBand(50.0 + 1e-6, {30.0, 50.0, 50.0, 70.0, 90.0}).percentile, 60.0);
    EXPECT_DOUBLE_EQ(*benchmarkBand(10.0, {30.0, 50.0, 50.0, 70.0, 90.0}).percentile, 0.0);
    EXPECT_DOUBLE_EQ(*benchmarkBand(95.0, {30.0, 50.0, 50.0, 70.0, 90.0}).percentile, 100.0);
}

TEST(Benchmark, FewerThanFivePeerValuesSayNothing)
{
    const BandResult b = benchmarkBand(50.0, {30.0, 50.0, std::nullopt, 70.0, 90.0});
    EXPECT_FALSE(b.percentile);
    EXPECT_FALSE(b.mean);
    EXPECT_FALSE(b.sd);
    // a NULL own value has no percentile, but the band is still known
    const BandResult noValue = benchmarkBand(std::nullopt, {30.0, 50.0, 50.0, 70.0, 90.0});
    EXPECT_FALSE(noValue.percentile);
    EXPECT_DOUBLE_EQ(*noValue.mean, 58.0);
}

TEST(Recommendations, GainRankingAndTies)
{
    // W = 2, 1, 1 (sum 4); items a: weights 1, 3; b: 1; c: 1, 1
    const Questionnaire q = questionnaire({{2, {1, 3}}, {1, {1}}, {1, {1, 1}}});
    // target 75; company item scores a0 50, a1 75, b0 25, c0 NULL, c1 100
    // gain a0 = (2/4) * (1/4) * 25 = 3.125; b0 = (1/4) * (1/1) * 50 = 12.5; others no gain
    auto recs = recommend(q, {50.0, 75.0, 25.0, std::nullopt, 100.0}, 75.0);
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[0].itemId, QStringLiteral("d1.i0"));
    EXPECT_DOUBLE_EQ(recs[0].gain, 12.5);
    EXPECT_DOUBLE_EQ(recs[0].gap, 50.0);
    EXPECT_EQ(recs[0].measures, QStringList{QStringLiteral("m-d1.i0")});
    EXPECT_EQ(recs[1].itemId, QStringLiteral("d0.i0"));
    EXPECT_DOUBLE_EQ(recs[1].gain, 3.125);
    // target 100, scores a0 50, a1 100, b0 75, c0 50, c1 50:
    // a0 = 0.5 * 0.25 * 50 = 6.25; b0 = 0.25 * 1 * 25 = 6.25; c0 = c1 = 0.25 * 0.5 * 50 = 6.25
    // all tied: item id ascending
    recs = recommend(q, {50.0, 100.0, 75.0, 50.0, 50.0}, 100.0);
    ASSERT_EQ(recs.size(), 4u);
    EXPECT_EQ(recs[0].itemId, QStringLiteral("d0.i0"));
    EXPECT_EQ(recs[1].itemId, QStringLiteral("d1.i0"));
    EXPECT_EQ(recs[2].itemId, QStringLiteral("d2.i0"));
    EXPECT_EQ(recs[3].itemId, QStringLiteral("d2.i1"));
    for (const auto &r : recs)
        EXPECT_DOUBLE_EQ(r.gain, 6.25);
}

TEST(Ordering, ByCodePointNotUtf16Unit)
{
    // U+FB00 (a ligature) comes before U+1F600 (an emoji) by code point, after it by UTF-16 unit.
    EXPECT_TRUE(codePointLess(QStringLiteral("\uFB00"), QString::fromUcs4(U"\U0001F600")));
    EXPECT_FALSE(codePointLess(QString::fromUcs4(U"\U0001F600"), QStringLiteral("\uFB00")));
    EXPECT_TRUE(codePointLess(QStringLiteral("Zeta"), QStringLiteral("alpha"))); // case-sensitive, as ids are
    EXPECT_TRUE(codePointLess(QStringLiteral("M\u00fcller"), QStringLiteral("Mz")) == false); // ü > z
}
