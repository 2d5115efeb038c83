// Known answers for scoring.md *Recommendations for a department*, computed by hand from the
// spec, together with *Anonymity* (a hidden department gets none; an item with fewer than k
// answers is left out).

#include "scoring/DepartmentRecommendations.h"
#include "ScoringTestSupport.h"

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::test;

namespace {

constexpr double eps = 1e-9;

/// Dimensions d0 (weight 2; items d0.i0 weight 1, d0.i1 weight 3) and d1 (weight 1; item d1.i0),
/// scale 0..4. Measures: m-d0.i0 low effort, m-d0.i1 high, m-d1.i0 low.
Questionnaire twoDimensions()
{
    Questionnaire q = questionnaire({{2, {1, 3}}, {1, {1}}});
    const QList<QPair<QString, Effort>> efforts = {{QStringLiteral("m-d0.i0"), Effort::Low},
                                                   {QStringLiteral("m-d0.i1"), Effort::High},
                                                   {QStringLiteral("m-d1.i0"), Effort::Low}};
    for (const auto &[id, effort] : efforts) {
        Measure m;
        m.id = id;
        m.effort = effort;
        q.measures.append(m);
    }
    return q;
}

/// "Firma", target 75, one round: Alpha 6 respondents, Beta 5, Gamma 2.
/// Alpha: d0.i0 all level 1 (score 25), d0.i1 all level 2 (50), d1.i0 level 1 from only 4 of
/// them (n 4 < k = 5: hidden by rule 7). Beta and Gamma answer 2 everywhere.
AnonymousRound firmaRound(int k)
{
    WorkspaceData ws;
    ws.questionnaire = twoDimensions();
    CompanyData c;
    c.name = QStringLiteral("Firma");
    c.departments = {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")};
    c.rounds.append({QStringLiteral("R1"), QDate(2026, 3, 1)});
    const Answers six1(6, 1), six2(6, 2);
    c.assessments.push_back(assessment(0, 0, 6, {six1, six2, {1, 1, 1, 1, na, na}}));
    c.assessments.push_back(assessment(0, 1, 5, {Answers(5, 2), Answers(5, 2), Answers(5, 2)}));
    c.assessments.push_back(assessment(0, 2, 2, {Answers(2, 2), Answers(2, 2), Answers(2, 2)}));
    ws.companies.push_back(c);
    return anonymize(scoreWorkspace(ws), ws.questionnaire, k).companies.at(0).rounds.at(0);
}

} // namespace

TEST(DepartmentRecommendations, RankedByTheDepartmentsGainWithoutItemsOfTooFewAnswers)
{
    // k = 5, Alpha (6) is visible. sum(W) = 3, T = 75:
    //   d0.i1: (2/3) * (3/4) * (75 - 50) = 12.5
    //   d0.i0: (2/3) * (1/4) * (75 - 25) = 8.333…
    //   d1.i0 would gain (1/3) * 1 * (75 - 25) = 16.67, but only 4 < 5 answered it: left out.
    const Questionnaire q = twoDimensions();
    const DepartmentRecommendations r = recommendForDepartment(q, firmaRound(5), QStringLiteral("Alpha"), 75.0);
    ASSERT_EQ(r.status, DepartmentRecommendations::Status::Shown);
    ASSERT_EQ(r.lift.size(), 2u);
    EXPECT_EQ(r.lift[0].itemId, QStringLiteral("d0.i1"));
    EXPECT_NEAR(r.lift[0].gain, 12.5, eps);
    EXPECT_NEAR(r.lift[0].gap, 25.0, eps);
    EXPECT_EQ(r.lift[1].itemId, QStringLiteral("d0.i0"));
    EXPECT_NEAR(r.lift[1].gain, 25.0 / 3.0, eps);
    // Quick wins: only d0.i0 links a low-effort measure (d1.i0's is low too, but it is not listed).
    ASSERT_EQ(r.quickWins.size(), 1u);
    EXPECT_EQ(r.quickWins[0].itemId, QStringLiteral("d0.i0"));
}

TEST(DepartmentRecommendations, WithKThreeTheItemOfFourAnswersCounts)
{
    // k = 3: Gamma (2) is under k and alone, so Beta (5), the smallest outside, joins; Alpha stays.
    // n = 4 >= 3, so d1.i0 (gain 16.67) comes first and is a quick win: [d1.i0, d0.i0].
    const Questionnaire q = twoDimensions();
    const DepartmentRecommendations r = recommendForDepartment(q, firmaRound(3), QStringLiteral("Alpha"), 75.0);
    ASSERT_EQ(r.status, DepartmentRecommendations::Status::Shown);
    ASSERT_EQ(r.lift.size(), 3u);
    EXPECT_EQ(r.lift[0].itemId, QStringLiteral("d1.i0"));
    EXPECT_NEAR(r.lift[0].gain, 50.0 / 3.0, eps);
    ASSERT_EQ(r.quickWins.size(), 2u);
    EXPECT_EQ(r.quickWins[0].itemId, QStringLiteral("d1.i0"));
    EXPECT_EQ(r.quickWins[1].itemId, QStringLiteral("d0.i0"));
}

TEST(DepartmentRecommendations, HiddenDepartmentsGetNoneAndSayWhy)
{
    // k = 5: H = {Gamma (2)}; one department, so the smallest outside, Beta (5), joins to protect
    // it. Gamma is hidden for its own size, Beta to protect Gamma.
    const Questionnaire q = twoDimensions();
    const AnonymousRound round = firmaRound(5);
    const DepartmentRecommendations gamma = recommendForDepartment(q, round, QStringLiteral("Gamma"), 75.0);
    EXPECT_EQ(gamma.status, DepartmentRecommendations::Status::TooFew);
    EXPECT_TRUE(gamma.lift.empty() && gamma.quickWins.empty());
    const DepartmentRecommendations beta = recommendForDepartment(q, round, QStringLiteral("Beta"), 75.0);
    EXPECT_EQ(beta.status, DepartmentRecommendations::Status::ProtectsAnother);
    EXPECT_TRUE(beta.lift.empty() && beta.quickWins.empty());
    EXPECT_TRUE(round.protectsAnother(QStringLiteral("Beta")));
    EXPECT_FALSE(round.protectsAnother(QStringLiteral("Gamma")));
    EXPECT_EQ(recommendForDepartment(q, round, QStringLiteral("Delta"), 75.0).status,
              DepartmentRecommendations::Status::NotAssessed);
}

TEST(DepartmentRecommendations, TargetIsTheCompanysAndNothingAboveItIsListed)
{
    // T = 50: d0.i1 (50) has no gap; d0.i0: (2/3) * (1/4) * 25 = 4.1667 alone.
    const Questionnaire q = twoDimensions();
    const DepartmentRecommendations r = recommendForDepartment(q, firmaRound(5), QStringLiteral("Alpha"), 50.0);
    ASSERT_EQ(r.lift.size(), 1u);
    EXPECT_NEAR(r.lift[0].gain, 25.0 / 6.0, eps);
}
