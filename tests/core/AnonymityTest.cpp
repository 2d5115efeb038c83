// Known answers for scoring.md *Anonymity*, computed by hand from the spec. Unless a test says
// otherwise the questionnaire has three dimensions of one item each, scale 0..4, all weights 1:
// an item, its dimension and (when all answered alike) the index are 25 points per level.

#include "scoring/Anonymity.h"
#include "ScoringTestSupport.h"
#include "io/QuestionnaireJson.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace sbr;
using namespace sbr::test;

namespace {

constexpr double eps = 1e-9;

/// `respondents` people who all answer `levels` (one level per item, flat order).
AssessmentData alike(int round, int department, int respondents, const std::vector<int> &levels)
{
    std::vector<Answers> items;
    for (int level : levels)
        items.push_back(Answers(size_t(respondents), level));
    return assessment(round, department, respondents, items);
}

WorkspaceData threeItems()
{
    WorkspaceData ws;
    ws.questionnaire = questionnaire({{1, {1}}, {1, {1}}, {1, {1}}});
    return ws;
}

CompanyData company(const QString &name, const QStringList &departments, const QList<QDate> &dates)
{
    CompanyData c;
    c.name = name;
    c.departments = departments;
    for (int r = 0; r < dates.size(); ++r)
        c.rounds.append({QStringLiteral("R%1").arg(r + 1), dates[r]});
    return c;
}

AnonymousReport anonymous(const WorkspaceData &ws, int k)
{
    return anonymize(scoreWorkspace(ws), ws.questionnaire, k);
}

/// shares/cases/anonymity-differencing with the built-in questionnaire (31 items, 0..4):
/// Vertrieb 3 respondents answering 2 everywhere, Einkauf 2 respondents answering 4 and 2.
WorkspaceData differencingCase()
{
    WorkspaceData ws;
    ws.questionnaire = io::defaultQuestionnaire();
    CompanyData c = company(QStringLiteral("Klein GmbH"), {QStringLiteral("Vertrieb"), QStringLiteral("Einkauf")},
                            {QDate(2026, 3, 15)});
    const int items = ws.questionnaire.itemCount();
    c.assessments.push_back(assessment(0, 0, 3, std::vector<Answers>(size_t(items), Answers{2, 2, 2})));
    c.assessments.push_back(assessment(0, 1, 2, std::vector<Answers>(size_t(items), Answers{4, 2})));
    ws.companies.push_back(c);
    return ws;
}

} // namespace

TEST(HiddenSet, EveryDepartmentAtLeastKIsNoneHidden)
{
    std::vector<DepartmentResult> deps(2);
    deps[0].respondents = 5;
    deps[1].respondents = 7;
    EXPECT_TRUE(hiddenDepartments(deps, 5).empty());
}

TEST(HiddenSet, SmallestJoinsTiesByCodePointName)
{
    // k = 5: only X (1) is under k. H = {X}: one department, so the smallest outside joins. Äpfel
    // and Zeta both have 6; in code point order "Z" (U+005A) comes before "Ä" (U+00C4), so Zeta
    // joins (a German collation would take Äpfel). H = {X, Zeta}: two departments, 1 + 6 >= 5.
    std::vector<DepartmentResult> deps(4);
    const std::pair<const char16_t *, int> rows[] = {{u"Gamma", 7}, {u"X", 1}, {u"Zeta", 6}, {u"Äpfel", 6}};
    for (size_t i = 0; i < 4; ++i) {
        deps[i].name = QString::fromUtf16(rows[i].first);
        deps[i].respondents = rows[i].second;
    }
    EXPECT_EQ(hiddenDepartments(deps, 5), (std::vector<size_t>{1, 2}));
}

TEST(HiddenSet, JoinsUntilTheHiddenRespondentsReachK)
{
    // k = 10: H = {A (3)}; one department -> B (4) joins: 7 < 10 -> C (5) joins: 12 >= 10, two or
    // more departments: stop. D (20) stays visible.
    std::vector<DepartmentResult> deps(4);
    const int sizes[] = {3, 4, 5, 20};
    for (size_t i = 0; i < 4; ++i) {
        deps[i].name = QString(QChar(u'A' + int(i)));
        deps[i].respondents = sizes[i];
    }
    EXPECT_EQ(hiddenDepartments(deps, 10), (std::vector<size_t>{0, 1, 2}));
}

TEST(Anonymity, DifferencingCaseWithKFiveHidesBothInAPoolOfFive)
{
    // Vertrieb: every item 2 -> 50, dimensions 50, index 50. Einkauf: mean 3 -> 75 everywhere.
    // k = 5: both are under 5, H = {Einkauf, Vertrieb}: two departments, 2 + 3 = 5 >= 5, so the
    // pool is shown: 5 respondents, every dimension mean(75, 50) = 62.5, index 62.5, stage 4.
    // Company (unchanged): mean(50, 75) = 62.5 per dimension and item, index 62.5, stage 4.
    // Spread: no visible department, the pool is one unit -> NULL (the report's 25 is gone).
    const AnonymousReport a = anonymous(differencingCase(), 5);
    EXPECT_EQ(a.minGroup, 5);
    const AnonymousRound &r = a.companies.at(0).rounds.at(0);
    ASSERT_EQ(r.departments.size(), 2u);
    EXPECT_EQ(r.departments[0].name, QStringLiteral("Einkauf"));
    for (const AnonymousDepartment &d : r.departments) {
        EXPECT_TRUE(d.hidden) << qPrintable(d.name);
        EXPECT_FALSE(d.respondents);
        EXPECT_FALSE(d.index);
        EXPECT_FALSE(d.stage);
        for (const AnonymousDimension &dim : d.dimensions)
            EXPECT_FALSE(dim.score || dim.coverage || dim.delta);
        for (const AnonymousItem &item : d.items)
            EXPECT_TRUE(item.hidden && !item.n && !item.mean && !item.sd && !item.score && !item.disagreement);
    }
    ASSERT_TRUE(r.pool);
    EXPECT_TRUE(r.pool->shown);
    EXPECT_EQ(r.pool->departments, (QStringList{QStringLiteral("Einkauf"), QStringLiteral("Vertrieb")}));
    EXPECT_EQ(r.pool->respondents, 5);
    EXPECT_NEAR(*r.pool->index, 62.5, eps);
    EXPECT_EQ(r.pool->stage, 4);
    ASSERT_EQ(r.pool->dimensions.size(), 5u);
    for (const OptDouble &score : r.pool->dimensions)
        EXPECT_NEAR(*score, 62.5, eps);
    EXPECT_FALSE(r.companyHidden);
    EXPECT_NEAR(*r.company.index, 62.5, eps);
    EXPECT_EQ(r.company.stage, 4);
    for (const CompanyDimensionResult &dim : r.company.dimensions) {
        EXPECT_NEAR(*dim.score, 62.5, eps);
        EXPECT_FALSE(dim.spread);
    }
    EXPECT_NEAR(*r.company.itemScores.at(0), 62.5, eps);
    EXPECT_TRUE(r.isHidden(QStringLiteral("Einkauf")));
    EXPECT_FALSE(r.isHidden(QStringLiteral("Marketing"))); // no assessment
}

TEST(Anonymity, DifferencingCaseWithKThreeHidesVertriebToProtectEinkauf)
{
    // k = 3: only Einkauf (2) is under k. H = {Einkauf} has one department, so the smallest
    // outside, Vertrieb (3), joins: H = {Einkauf, Vertrieb}, 5 respondents >= 3: the same pool
    // as with k = 5 (5 respondents, 62.5, stage 4), and the spread is NULL again.
    const AnonymousReport a = anonymous(differencingCase(), 3);
    const AnonymousRound &r = a.companies.at(0).rounds.at(0);
    EXPECT_TRUE(r.isHidden(QStringLiteral("Einkauf")));
    EXPECT_TRUE(r.isHidden(QStringLiteral("Vertrieb")));
    ASSERT_TRUE(r.pool && r.pool->shown);
    EXPECT_EQ(r.pool->respondents, 5);
    EXPECT_NEAR(*r.pool->index, 62.5, eps);
    EXPECT_NEAR(*r.company.index, 62.5, eps);
    EXPECT_FALSE(r.company.dimensions[0].spread);
}

TEST(Anonymity, TheReportItselfIsLeftAsItWas)
{
    const WorkspaceData ws = differencingCase();
    const ScoreReport report = scoreWorkspace(ws);
    anonymize(report, ws.questionnaire, 5);
    // Einkauf: mean 3 of 0..4 -> 75, still in the report for the expert's view.
    EXPECT_NEAR(*report.companies[0].rounds[0].departments[0].index, 75.0, eps);
    EXPECT_NEAR(*report.companies[0].rounds[0].company.dimensions[0].spread, 25.0, eps);
}

TEST(Anonymity, OneDepartmentCompany)
{
    // "Solo" with 4 respondents answering 2, 3, 1 (50, 75, 25; index 50), k = 5: H = {Solo}, one
    // department and nobody to join it: the pool (Solo) is too small, so its numbers and all
    // company-level values of the round are withheld (company index 50 would be Solo's).
    // "Gross" with 5 respondents is all visible: company = Gross, spread NULL (one unit).
    WorkspaceData ws = threeItems();
    CompanyData solo = company(QStringLiteral("Solo"), {QStringLiteral("Alle")}, {QDate(2026, 1, 1)});
    solo.assessments.push_back(alike(0, 0, 4, {2, 3, 1}));
    CompanyData gross = company(QStringLiteral("Gross"), {QStringLiteral("Alle")}, {QDate(2026, 1, 1)});
    gross.assessments.push_back(alike(0, 0, 5, {2, 3, 1}));
    ws.companies = {solo, gross};
    const AnonymousReport a = anonymous(ws, 5);

    const AnonymousRound &s = a.companies.at(1).rounds.at(0);
    ASSERT_EQ(a.companies[1].name, QStringLiteral("Solo"));
    EXPECT_TRUE(s.departments.at(0).hidden);
    ASSERT_TRUE(s.pool);
    EXPECT_FALSE(s.pool->shown);
    EXPECT_EQ(s.pool->departments, QStringList{QStringLiteral("Alle")});
    EXPECT_FALSE(s.pool->respondents || s.pool->index || s.pool->stage);
    EXPECT_EQ(s.pool->dimensions, std::vector<OptDouble>(3));
    EXPECT_TRUE(s.companyHidden);
    EXPECT_FALSE(s.company.index || s.company.stage || s.company.delta);
    EXPECT_EQ(s.company.dimensions.size(), 3u);
    EXPECT_FALSE(s.company.dimensions[0].score);
    EXPECT_EQ(s.company.itemScores, std::vector<OptDouble>(3));
    EXPECT_TRUE(s.recommendations.empty()); // a gain is (target - item score) / 3 here

    const AnonymousRound &g = a.companies.at(0).rounds.at(0);
    EXPECT_FALSE(g.departments.at(0).hidden);
    EXPECT_EQ(g.departments[0].respondents, 5);
    EXPECT_FALSE(g.pool);
    EXPECT_NEAR(*g.company.index, 50.0, eps);
    EXPECT_FALSE(g.company.dimensions[0].spread);
    // Target 75: gains (75 - 50) / 3, (75 - 75) / 3 = 0 (not listed), (75 - 25) / 3.
    ASSERT_EQ(g.recommendations.size(), 2u);
    EXPECT_NEAR(g.recommendations[0].gain, 50.0 / 3.0, eps);
}

TEST(Anonymity, NoDeltaAgainstARoundThatHidTheDepartment)
{
    // k = 3, departments A, B, C, every respondent answering alike (index = 25 * level).
    // R1: A 3 x level 1 (25), B 3 x 2 (50), C 3 x 3 (75): all visible; company 50.
    // R2: A 3 x 2 (50), B 2 x 4 (100), C 4 x 4 (100). H = {B}; one department -> the smallest
    //     outside, A (3 < 4), joins: pool {A, B}, 5 respondents, mean(50, 100) = 75, stage 4.
    //     Company mean(50, 100, 100) = 83.333, delta 83.333 - 50 = 33.333.
    //     C is visible in R1 and R2: delta 100 - 75 = 25. Spread: C 100, pool 75 -> 25 (not 50).
    // R3: A 3 x 3 (75), B 3 x 1 (25), C 3 x 2 (50): all visible again. A and B were hidden in
    //     R2, so no delta (A's 75 - 50 = 25 would give R2's hidden 50 back); C: 50 - 100 = -50.
    //     Company mean(75, 25, 50) = 50, delta 50 - 83.333 = -33.333; spread 75 - 25 = 50.
    WorkspaceData ws = threeItems();
    CompanyData c = company(QStringLiteral("Wandel"), {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                            {QDate(2026, 1, 10), QDate(2026, 6, 1), QDate(2026, 9, 1)});
    c.assessments = {alike(0, 0, 3, {1, 1, 1}), alike(0, 1, 3, {2, 2, 2}), alike(0, 2, 3, {3, 3, 3}),
                     alike(1, 0, 3, {2, 2, 2}), alike(1, 1, 2, {4, 4, 4}), alike(1, 2, 4, {4, 4, 4}),
                     alike(2, 0, 3, {3, 3, 3}), alike(2, 1, 3, {1, 1, 1}), alike(2, 2, 3, {2, 2, 2})};
    ws.companies = {c};
    const AnonymousReport a = anonymous(ws, 3);
    const std::vector<AnonymousRound> &rounds = a.companies.at(0).rounds;
    ASSERT_EQ(rounds.size(), 3u);

    const AnonymousRound &r2 = rounds[1];
    EXPECT_TRUE(r2.isHidden(QStringLiteral("A")));
    EXPECT_TRUE(r2.isHidden(QStringLiteral("B")));
    ASSERT_TRUE(r2.pool && r2.pool->shown);
    EXPECT_EQ(r2.pool->respondents, 5);
    EXPECT_NEAR(*r2.pool->index, 75.0, eps);
    const AnonymousDepartment *c2 = r2.department(QStringLiteral("C"));
    ASSERT_TRUE(c2 && !c2->hidden);
    EXPECT_NEAR(*c2->delta, 25.0, eps);
    EXPECT_NEAR(*c2->dimensions[0].delta, 25.0, eps);
    EXPECT_NEAR(*r2.company.delta, 100.0 / 3.0, eps);
    EXPECT_NEAR(*r2.company.dimensions[0].spread, 25.0, eps);

    const AnonymousRound &r3 = rounds[2];
    for (const QString &name : {QStringLiteral("A"), QStringLiteral("B")}) {
        const AnonymousDepartment *d = r3.department(name);
        ASSERT_TRUE(d && !d->hidden);
        EXPECT_FALSE(d->delta) << qPrintable(name);
        EXPECT_FALSE(d->dimensions[0].delta) << qPrintable(name);
    }
    EXPECT_NEAR(*r3.department(QStringLiteral("A"))->index, 75.0, eps);
    EXPECT_NEAR(*r3.department(QStringLiteral("C"))->delta, -50.0, eps);
    EXPECT_NEAR(*r3.company.delta, 50.0 - 250.0 / 3.0, eps);
    EXPECT_NEAR(*r3.company.dimensions[2].spread, 50.0, eps);
}

TEST(Anonymity, PoolTooSmallHidesTheCompanyAndItsChangeNextRound)
{
    // k = 5. Peers P1..P5: one department of 5 answering 2 everywhere (50), dated 2025-12-01.
    // "Klein", R1 (2026-01-10): A 2 x level 1 (25), B 2 x 3 (75). H = {A, B}: 2 + 2 = 4 < 5
    // and nobody left to join: pool and company withheld. In the report the company is 50 with
    // percentile 100 * (0 + 0.5 * 5) / 5 = 50; anonymous: NULL, while the peer band (other
    // companies: mean 50, sd 0, 5 peers) stays.
    // R2 (2026-06-01): A 3 x 2 (50), B 3 x 3 (75). H = {A, B}, 6 >= 5: pool shown (6, 62.5).
    // Company 62.5 is shown (and below the target 75, so there are recommendations), but its
    // delta 62.5 - 50 = 12.5 would give R1's company index back: NULL.
    WorkspaceData ws = threeItems();
    CompanyData klein = company(QStringLiteral("Klein"), {QStringLiteral("A"), QStringLiteral("B")},
                                {QDate(2026, 1, 10), QDate(2026, 6, 1)});
    klein.assessments = {alike(0, 0, 2, {1, 1, 1}), alike(0, 1, 2, {3, 3, 3}), alike(1, 0, 3, {2, 2, 2}),
                         alike(1, 1, 3, {3, 3, 3})};
    ws.companies = {klein};
    for (int p = 1; p <= 5; ++p) {
        CompanyData peer = company(QStringLiteral("P%1").arg(p), {QStringLiteral("Alle")}, {QDate(2025, 12, 1)});
        peer.assessments.push_back(alike(0, 0, 5, {2, 2, 2}));
        ws.companies.push_back(peer);
    }
    const ScoreReport report = scoreWorkspace(ws);
    ASSERT_NEAR(*report.companies[0].rounds[0].benchmark.index.percentile, 50.0, eps);
    const AnonymousReport a = anonymize(report, ws.questionnaire, 5);
    const AnonymousCompany &k = a.companies.at(0);
    ASSERT_EQ(k.name, QStringLiteral("Klein"));

    const AnonymousRound &r1 = k.rounds.at(0);
    EXPECT_TRUE(r1.isHidden(QStringLiteral("A")) && r1.isHidden(QStringLiteral("B")));
    ASSERT_TRUE(r1.pool);
    EXPECT_FALSE(r1.pool->shown);
    EXPECT_FALSE(r1.pool->respondents || r1.pool->index);
    EXPECT_TRUE(r1.companyHidden);
    EXPECT_FALSE(r1.company.index);
    EXPECT_FALSE(r1.company.dimensions[1].score || r1.company.dimensions[1].spread);
    EXPECT_FALSE(r1.company.itemScores[0]);
    EXPECT_TRUE(r1.recommendations.empty());
    EXPECT_FALSE(r1.benchmark.index.percentile);
    EXPECT_FALSE(r1.benchmark.dimensions[0].percentile);
    EXPECT_EQ(r1.benchmark.peers, 5);
    EXPECT_NEAR(*r1.benchmark.index.mean, 50.0, eps);
    EXPECT_NEAR(*r1.benchmark.index.sd, 0.0, eps);

    const AnonymousRound &r2 = k.rounds.at(1);
    ASSERT_TRUE(r2.pool && r2.pool->shown);
    EXPECT_EQ(r2.pool->respondents, 6);
    EXPECT_FALSE(r2.companyHidden);
    EXPECT_NEAR(*r2.pool->index, 62.5, eps);
    EXPECT_NEAR(*r2.company.index, 62.5, eps);
    EXPECT_FALSE(r2.company.delta);
    EXPECT_FALSE(r2.company.dimensions[0].delta);
    EXPECT_FALSE(r2.recommendations.empty());
}

TEST(Anonymity, ItemValuesFromFewerThanKAnswers)
{
    // k = 3, one department "Vertrieb" of 4 respondents, dimensions d0 {i0}, d1 {i0}, d2 {i0, i1}:
    // d0.i0: 1, 1, 3, 3 -> n 4, mean 2, sd 1 (disagreement), score 50: shown.
    // d1.i0: 4, 0, n/a, n/a -> n 2 < 3: mean, sd, score withheld, n kept, no disagreement shown
    //        (sd 2 would not count as disagreement with n = 2 anyway; the flag is simply absent).
    // d2.i0: 0, 2, 4, n/a -> n 3 = k: mean 2, sd sqrt(8/3), score 50, disagreement: shown.
    // d2.i1: nobody -> n 0 < 3: withheld (there is nothing anyway).
    // The department itself has 4 >= 3 respondents: its dimension scores stay (d1: 50 from the
    // item it is computed from, d2: coverage 0.5, score 50), index 50.
    WorkspaceData ws;
    ws.questionnaire = questionnaire({{1, {1}}, {1, {1}}, {1, {1, 1}}});
    CompanyData c = company(QStringLiteral("Vier"), {QStringLiteral("Vertrieb")}, {QDate(2026, 2, 1)});
    c.assessments.push_back(assessment(0, 0, 4, {{1, 1, 3, 3}, {4, 0, na, na}, {0, 2, 4, na}, {na, na, na, na}}));
    ws.companies = {c};
    const AnonymousReport a = anonymous(ws, 3);
    const AnonymousDepartment &d = a.companies.at(0).rounds.at(0).departments.at(0);
    ASSERT_FALSE(d.hidden);
    ASSERT_EQ(d.items.size(), 4u);
    EXPECT_FALSE(d.items[0].hidden);
    EXPECT_EQ(d.items[0].n, 4);
    EXPECT_NEAR(*d.items[0].score, 50.0, eps);
    EXPECT_NEAR(*d.items[0].sd, 1.0, eps);
    EXPECT_TRUE(d.items[0].disagreement);

    EXPECT_TRUE(d.items[1].hidden);
    EXPECT_EQ(d.items[1].n, 2);
    EXPECT_FALSE(d.items[1].mean || d.items[1].sd || d.items[1].score);
    EXPECT_FALSE(d.items[1].disagreement);

    EXPECT_FALSE(d.items[2].hidden);
    EXPECT_EQ(d.items[2].n, 3);
    EXPECT_NEAR(*d.items[2].sd, std::sqrt(8.0 / 3.0), eps);
    EXPECT_TRUE(d.items[2].disagreement);

    EXPECT_TRUE(d.items[3].hidden);
    EXPECT_EQ(d.items[3].n, 0);

    EXPECT_NEAR(*d.dimensions[1].score, 50.0, eps);
    EXPECT_NEAR(*d.dimensions[2].coverage, 0.5, eps);
    EXPECT_NEAR(*d.index, 50.0, eps);
    EXPECT_EQ(d.respondents, 4);
}

TEST(Anonymity, SpreadOverVisibleDepartmentsAndThePool)
{
    // k = 3. A 2 x (4, 2, n/a) -> 100, 50, NULL (coverage 0); B 2 x (0, 2, 3) -> 0, 50, 75;
    // C 5 x (3, 1, 2) -> 75, 25, 50; D 4 x (1, 1, 2) -> 25, 25, 50.
    // H = {A, B} (2 + 2 = 4 >= 3): pool d0 mean(100, 0) = 50, d1 mean(50, 50) = 50,
    // d2 = 75 (A's NULL is not counted); pool index (50 + 50 + 75) / 3 = 58.333, stage 3.
    // Spread over C, D and the pool: d0 {75, 25, 50} -> 50 (the report's 100 - 0 = 100 is gone),
    // d1 {25, 25, 50} -> 25, d2 {50, 50, 75} -> 25.
    // Company scores unchanged: d0 mean(100, 0, 75, 25) = 50, d2 mean(75, 50, 50) = 58.333.
    WorkspaceData ws = threeItems();
    CompanyData c = company(QStringLiteral("Vier"),
                            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")},
                            {QDate(2026, 2, 1)});
    c.assessments = {assessment(0, 0, 2, {{4, 4}, {2, 2}, {na, na}}), alike(0, 1, 2, {0, 2, 3}),
                     alike(0, 2, 5, {3, 1, 2}), alike(0, 3, 4, {1, 1, 2})};
    ws.companies = {c};
    const AnonymousReport a = anonymous(ws, 3);
    const AnonymousRound &r = a.companies.at(0).rounds.at(0);
    ASSERT_TRUE(r.pool && r.pool->shown);
    EXPECT_EQ(r.pool->respondents, 4);
    EXPECT_NEAR(*r.pool->dimensions[0], 50.0, eps);
    EXPECT_NEAR(*r.pool->dimensions[1], 50.0, eps);
    EXPECT_NEAR(*r.pool->dimensions[2], 75.0, eps);
    EXPECT_NEAR(*r.pool->index, 175.0 / 3.0, eps);
    EXPECT_EQ(r.pool->stage, 3);
    EXPECT_NEAR(*r.company.dimensions[0].spread, 50.0, eps);
    EXPECT_NEAR(*r.company.dimensions[1].spread, 25.0, eps);
    EXPECT_NEAR(*r.company.dimensions[2].spread, 25.0, eps);
    EXPECT_NEAR(*r.company.dimensions[0].score, 50.0, eps);
    EXPECT_NEAR(*r.company.dimensions[2].score, 175.0 / 3.0, eps);
    EXPECT_FALSE(r.isHidden(QStringLiteral("C")));
    EXPECT_EQ(r.department(QStringLiteral("D"))->respondents, 4);
}

TEST(Anonymity, KIsKeptWithinThreeToFifty)
{
    // A stored k of 1 must not show a department of 2: it is treated as 3.
    const AnonymousReport a = anonymous(differencingCase(), 1);
    EXPECT_EQ(a.minGroup, 3);
    EXPECT_TRUE(a.companies[0].rounds[0].isHidden(QStringLiteral("Einkauf")));
    EXPECT_EQ(anonymous(differencingCase(), 99).minGroup, 50);
}
