// A whole workspace scored end to end: company level, trend, peers by date and the benchmark.
// Questionnaire: three dimensions of one item each, scale 0..4, so a dimension score is the
// item score (25 points per level) and every number below can be checked on paper.

#include "ScoringTestSupport.h"
#include "scoring/Scoring.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace sbr;
using namespace sbr::test;

namespace {

CompanyData peer(const QString &name, const QList<std::pair<QDate, std::vector<Answers>>> &rounds)
{
    CompanyData c;
    c.name = name;
    c.departments = {QStringLiteral("Alle")};
    for (int r = 0; r < rounds.size(); ++r) {
        c.rounds.append({QStringLiteral("R%1").arg(r + 1), rounds[r].first});
        c.assessments.push_back(assessment(r, 0, 1, rounds[r].second));
    }
    return c;
}

WorkspaceData scenario()
{
    WorkspaceData ws;
    ws.questionnaire = questionnaire({{1, {1}}, {1, {1}}, {1, {1}}});
    CompanyData main;
    main.name = QStringLiteral("Main");
    // Rounds listed out of date order on purpose: the engine orders them.
    main.rounds = {{QStringLiteral("R2"), QDate(2026, 6, 1)}, {QStringLiteral("R1"), QDate(2026, 1, 10)}};
    main.departments = {QStringLiteral("Y"), QStringLiteral("X")};
    // R1, X: p1 (4, 2, 0), p2 (4, n/a, 4) -> items 100, 50, 50; index 200/3
    main.assessments.push_back(assessment(1, 1, 2, {{4, 4}, {2, na}, {0, 4}}));
    // R1, Y: q1 (2, n/a, 3) -> 50, NULL, 75; dimension 2 NULL -> index NULL
    main.assessments.push_back(assessment(1, 0, 1, {{2}, {na}, {3}}));
    // R2, X only: (4, 4, 4) -> 100 everywhere
    main.assessments.push_back(assessment(0, 1, 1, {{4}, {4}, {4}}));
    ws.companies.push_back(main);

    const auto all = [](int level) { return std::vector<Answers>{{level}, {level}, {level}}; };
    ws.companies.push_back(peer(QStringLiteral("P1"), {{QDate(2026, 1, 1), all(2)}}));  // 50
    ws.companies.push_back(peer(QStringLiteral("P2"), {{QDate(2026, 1, 10), all(4)}})); // 100, same day
    ws.companies.push_back(peer(QStringLiteral("P3"), {{QDate(2026, 1, 5), all(1)}}));  // 25
    ws.companies.push_back(peer(QStringLiteral("P4"), {{QDate(2026, 2, 1), all(3)}}));  // 75, after R1
    ws.companies.push_back(peer(QStringLiteral("P5"), {{QDate(2025, 12, 1), all(0)}, {QDate(2026, 3, 1), all(3)}}));
    ws.companies.push_back(peer(QStringLiteral("P6"), {{QDate(2026, 1, 8), {{2}, {na}, {2}}}})); // 50, NULL, 50
    return ws;
}

constexpr double eps = 1e-9;

} // namespace

TEST(ScoreWorkspace, DepartmentsSortedAndScored)
{
    const ScoreReport report = scoreWorkspace(scenario());
    ASSERT_EQ(report.companies.size(), 7u);
    EXPECT_EQ(report.companies[0].name, QStringLiteral("Main"));
    const CompanyResult &main = report.companies[0];
    ASSERT_EQ(main.rounds.size(), 2u);
    EXPECT_EQ(main.rounds[0].label, QStringLiteral("R1"));
    const RoundResult &r1 = main.rounds[0];
    ASSERT_EQ(r1.departments.size(), 2u);
    EXPECT_EQ(r1.departments[0].name, QStringLiteral("X"));
    const DepartmentResult &x = r1.departments[0];
    EXPECT_EQ(x.respondents, 2);
    EXPECT_NEAR(*x.index, 200.0 / 3.0, eps);
    EXPECT_EQ(*x.stage, 4);
    EXPECT_DOUBLE_EQ(*x.items[2].sd, 2.0);
    const DepartmentResult &y = r1.departments[1];
    EXPECT_FALSE(y.dimensions[1].score);
    EXPECT_DOUBLE_EQ(y.dimensions[1].coverage, 0.0);
    EXPECT_FALSE(y.index);
    EXPECT_FALSE(y.stage);
}

TEST(ScoreWorkspace, CompanyLevelCountsEveryDepartmentOnce)
{
    const ScoreReport report = scoreWorkspace(scenario());
    const RoundResult &r1 = report.companies[0].rounds[0];
    // d0: mean(100, 50) = 75; d1: mean(50) = 50; d2: mean(50, 75) = 62.5; index 187.5 / 3 = 62.5
    EXPECT_DOUBLE_EQ(*r1.company.dimensions[0].score, 75.0);
    EXPECT_DOUBLE_EQ(*r1.company.dimensions[1].score, 50.0);
    EXPECT_DOUBLE_EQ(*r1.company.dimensions[2].score, 62.5);
    EXPECT_DOUBLE_EQ(*r1.company.index, 62.5);
    EXPECT_EQ(*r1.company.stage, 4);
    EXPECT_DOUBLE_EQ(*r1.company.dimensions[0].spread, 50.0);
    EXPECT_FALSE(r1.company.dimensions[1].spread); // only X has a score
    EXPECT_DOUBLE_EQ(*r1.company.dimensions[2].spread, 25.0);
    EXPECT_DOUBLE_EQ(*r1.company.itemScores[2], 62.5);
    EXPECT_FALSE(r1.company.delta); // first round
}

TEST(ScoreWorkspace, TrendAgainstPreviousRoundByDate)
{
    const ScoreReport report = scoreWorkspace(scenario());
    const RoundResult &r2 = report.companies[0].rounds[1];
    ASSERT_EQ(r2.departments.size(), 1u); // Y was not assessed in R2
    const DepartmentResult &x = r2.departments[0];
    EXPECT_NEAR(*x.delta, 100.0 - 200.0 / 3.0, eps);
    EXPECT_DOUBLE_EQ(*x.dimensions[0].delta, 0.0);
    EXPECT_DOUBLE_EQ(*x.dimensions[1].delta, 50.0);
    EXPECT_DOUBLE_EQ(*r2.company.delta, 37.5);               // 100 - 62.5
    EXPECT_DOUBLE_EQ(*r2.company.dimensions[1].delta, 50.0); // 100 - 50
    EXPECT_FALSE(r2.company.dimensions[0].spread);
}

TEST(ScoreWorkspace, PeersAreLatestRoundOnOrBeforeTheDate)
{
    const ScoreReport report = scoreWorkspace(scenario());
    const BenchmarkResult &b1 = report.companies[0].rounds[0].benchmark;
    // R1 (2026-01-10): P1, P2 (same day), P3, P5 (its 2025-12-01 round), P6; not P4 (later)
    EXPECT_EQ(b1.peers, 5);
    // index values: 50, 100, 25, 0 and P6's NULL -> N = 4 < 5: nothing to say
    EXPECT_FALSE(b1.index.percentile);
    EXPECT_FALSE(b1.index.mean);
    // d0: x = 75 among 50, 100, 25, 0, 50 -> B = 4, E = 0 -> 80; mean 45;
    // squares 25 + 3025 + 400 + 2025 + 25 = 5500 -> sd = sqrt(1100)
    EXPECT_DOUBLE_EQ(*b1.dimensions[0].percentile, 80.0);
    EXPECT_DOUBLE_EQ(*b1.dimensions[0].mean, 45.0);
    EXPECT_NEAR(*b1.dimensions[0].sd, std::sqrt(1100.0), eps);
    EXPECT_FALSE(b1.dimensions[1].percentile);            // P6 has no d1 score: N = 4
    EXPECT_DOUBLE_EQ(*b1.dimensions[2].percentile, 80.0); // 62.5 above 50, 25, 0, 50

    const BenchmarkResult &b2 = report.companies[0].rounds[1].benchmark;
    // R2 (2026-06-01): all six; index values 50, 100, 25, 75, 75 (P5's March round), NULL
    EXPECT_EQ(b2.peers, 6);
    // x = 100: B = 4, E = 1 -> 100 * 4.5 / 5 = 90; mean 65; squares 225+1225+1600+100+100 = 3250
    EXPECT_DOUBLE_EQ(*b2.index.percentile, 90.0);
    EXPECT_DOUBLE_EQ(*b2.index.mean, 65.0);
    EXPECT_NEAR(*b2.index.sd, std::sqrt(650.0), eps);
}

TEST(ScoreWorkspace, ACompanyOutsideThePoolIsNobodysPeerButHasABenchmarkOfItsOwn)
{
    WorkspaceData ws = scenario();
    // With P6: R2's d0 among 50, 100, 25, 75, 75, 50 (N = 6): B = 5, E = 1 -> 100 * 5.5 / 6;
    // mean 375 / 6 = 62.5.
    const BenchmarkResult with = scoreWorkspace(ws).companies[0].rounds[1].benchmark;
    EXPECT_EQ(with.peers, 6);
    EXPECT_NEAR(*with.dimensions[0].percentile, 550.0 / 6.0, eps);
    EXPECT_DOUBLE_EQ(*with.dimensions[0].mean, 62.5);

    ws.companies[6].inPool = false; // P6 takes its numbers out of the pool
    const ScoreReport report = scoreWorkspace(ws);
    const BenchmarkResult &without = report.companies[0].rounds[1].benchmark;
    // 50, 100, 25, 75, 75 (N = 5): B = 4, E = 1 -> 90; mean 325 / 5 = 65
    EXPECT_EQ(without.peers, 5);
    EXPECT_DOUBLE_EQ(*without.dimensions[0].percentile, 90.0);
    EXPECT_DOUBLE_EQ(*without.dimensions[0].mean, 65.0);
    // P6 (2026-01-08) is still compared with the pool: P1, P3 and P5 had a round by then.
    const CompanyResult &p6 = report.companies[6];
    ASSERT_EQ(p6.name, QStringLiteral("P6"));
    EXPECT_EQ(p6.rounds[0].benchmark.peers, 3);
}

TEST(ScoreWorkspace, BenchmarkIsAlsoComputedForPeers)
{
    const ScoreReport report = scoreWorkspace(scenario());
    const CompanyResult &p3 = report.companies[3];
    ASSERT_EQ(p3.name, QStringLiteral("P3"));
    // P3 (2026-01-05): peers with a round on or before: P1 (01-01), P5 (2025-12-01) -> 2
    EXPECT_EQ(p3.rounds[0].benchmark.peers, 2);
    EXPECT_FALSE(p3.rounds[0].benchmark.index.percentile);
}

TEST(ScoreWorkspace, RecommendationsUseCompanyTarget)
{
    WorkspaceData ws = scenario();
    ScoreReport report = scoreWorkspace(ws);
    const RoundResult &r1 = report.companies[0].rounds[0];
    // target 75: d1 (50) gains (1/3) * 25 = 8.333…; d2 (62.5) gains (1/3) * 12.5; d0 (75) none
    ASSERT_EQ(r1.recommendations.size(), 2u);
    EXPECT_EQ(r1.recommendations[0].itemId, QStringLiteral("d1.i0"));
    EXPECT_NEAR(r1.recommendations[0].gain, 25.0 / 3.0, eps);
    EXPECT_NEAR(r1.recommendations[1].gain, 12.5 / 3.0, eps);

    ws.companies[0].target = 100.0;
    report = scoreWorkspace(ws);
    EXPECT_EQ(report.companies[0].rounds[0].recommendations.size(), 3u);
    EXPECT_DOUBLE_EQ(report.companies[0].target, 100.0);
    ScoringOptions override;
    override.targetOverride = 50.0;
    report = scoreWorkspace(ws, override);
    EXPECT_DOUBLE_EQ(report.companies[0].target, 50.0);
    EXPECT_TRUE(report.companies[0].rounds[0].recommendations.empty()); // every score >= 50
}
