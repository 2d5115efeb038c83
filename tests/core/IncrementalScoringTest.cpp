// The incremental update (scoring/ScoreUpdate.h) against the whole computation: after any
// change of one assessment's tallies, the updated report must equal scoreWorkspace() of the
// changed data, number for number (compared through the JSON of formats.md).

#include "ScoringTestSupport.h"
#include "io/ScoreJson.h"
#include "scoring/ScoreUpdate.h"

#include <QBuffer>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace sbr;

namespace {

QByteArray json(const ScoreReport &report, const Questionnaire &q)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    io::writeScoreJson(report, q, buffer);
    return buffer.data();
}

/// Six companies with three to four rounds on interleaved dates and three departments, keys
/// unique across the workspace, random tallies.
WorkspaceData randomWorkspace(QRandomGenerator &rng)
{
    WorkspaceData ws;
    ws.questionnaire = test::questionnaire({{1.0, {1.0, 2.0}}, {2.0, {1.0, 1.0, 1.0}}});
    qint64 key = 1;
    for (int c = 0; c < 6; ++c) {
        CompanyData company;
        company.name = QStringLiteral("Firma %1").arg(c);
        company.key = key++;
        const int rounds = 3 + c % 2;
        for (int r = 0; r < rounds; ++r)
            company.rounds.append({QStringLiteral("R%1").arg(r), QDate(2025, 1 + 3 * r, 1 + c), key++});
        for (int d = 0; d < 3; ++d) {
            company.departments.append(QStringLiteral("Abteilung %1").arg(d));
            company.departmentKeys.append(key++);
        }
        for (int r = 0; r < rounds; ++r)
            for (int d = 0; d < 3; ++d) {
                if ((r + d + c) % 5 == 4)
                    continue; // not every department in every round
                AssessmentData a;
                a.round = r;
                a.department = d;
                a.key = key++;
                a.items.resize(5);
                a.respondents = 1 + int(rng.bounded(6));
                for (ItemTally &t : a.items)
                    for (int p = 0; p < a.respondents; ++p)
                        if (rng.bounded(10) > 0)
                            t.add(int(rng.bounded(5)));
                company.assessments.push_back(a);
            }
        ws.companies.push_back(company);
    }
    return ws;
}

} // namespace

TEST(IncrementalScoring, EqualsAFullRescoreAfterEveryChange)
{
    QRandomGenerator rng(20261130);
    WorkspaceData ws = randomWorkspace(rng);
    ScoreReport report = scoreWorkspace(ws);
    for (int step = 0; step < 200; ++step) {
        CompanyData &company = ws.companies[size_t(rng.bounded(int(ws.companies.size())))];
        AssessmentData &a = company.assessments[size_t(rng.bounded(int(company.assessments.size())))];
        // One answer more, one fewer, or a whole item emptied: what typing and deleting do.
        ItemTally &t = a.items[size_t(rng.bounded(int(a.items.size())))];
        if (step % 3 == 2)
            t = {};
        else
            t.add(int(rng.bounded(5)));
        a.respondents = std::max(a.respondents, int(t.n));
        const std::optional<ScoreUpdate> update = rescoreAssessment(report, ws, a.key);
        ASSERT_TRUE(update.has_value()) << "step " << step;
        EXPECT_EQ(update->company, company.key);
        EXPECT_TRUE(update->assessments.contains(a.key));
        ASSERT_EQ(json(report, ws.questionnaire), json(scoreWorkspace(ws), ws.questionnaire)) << "step " << step;
    }
}

TEST(IncrementalScoring, TouchesOnlyTheRoundsThatDependOnTheChange)
{
    QRandomGenerator rng(7);
    WorkspaceData ws = randomWorkspace(rng);
    ScoreReport report = scoreWorkspace(ws);
    // The first round of the first company (dated 2025-01-01) is the peer value of every other
    // company's first round (dated 2025-01-02 … 06) only: from 2025-04-01 on its second round counts.
    CompanyData &first = ws.companies.front();
    AssessmentData &a = first.assessments.front();
    ASSERT_EQ(a.round, 0);
    a.items[0].add(4);
    const std::optional<ScoreUpdate> update = rescoreAssessment(report, ws, a.key);
    ASSERT_TRUE(update.has_value());
    QList<qint64> expected{first.rounds[0].key};
    for (size_t c = 1; c < ws.companies.size(); ++c)
        expected.append(ws.companies[c].rounds[0].key);
    QList<qint64> got = update->benchmarkRounds;
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
    EXPECT_EQ(update->rounds, (QList<qint64>{first.rounds[0].key, first.rounds[1].key}));
}

TEST(IncrementalScoring, AnUnknownAssessmentAsksForAFullRescore)
{
    QRandomGenerator rng(1);
    WorkspaceData ws = randomWorkspace(rng);
    ScoreReport report = scoreWorkspace(ws);
    EXPECT_FALSE(rescoreAssessment(report, ws, 999999).has_value());
}
