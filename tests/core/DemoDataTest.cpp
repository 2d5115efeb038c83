// The demo data: deterministic, and with something to show on every page.

#include "demo/DemoData.h"
#include "io/QuestionnaireJson.h"
#include "scoring/Scoring.h"

#include <gtest/gtest.h>

using namespace sbr;

namespace {

WorkspaceData asWorkspace(const Questionnaire &q, const demo::DemoData &d)
{
    // The grouping the storage layer does, written out plainly for the test.
    WorkspaceData ws;
    ws.questionnaire = q;
    for (const QString &name : d.batch.companies)
        ws.companies.push_back({name, d.targets.value(name, 75.0), {}, {}, {}, 0, {}});
    QList<int> roundIndex, departmentIndex;
    for (const auto &r : d.batch.rounds) {
        roundIndex.append(int(ws.companies[size_t(r.company)].rounds.size()));
        ws.companies[size_t(r.company)].rounds.append({r.label, r.date});
    }
    for (const auto &dep : d.batch.departments) {
        departmentIndex.append(int(ws.companies[size_t(dep.company)].departments.size()));
        ws.companies[size_t(dep.company)].departments.append(dep.name);
    }
    QHash<QPair<int, int>, QPair<int, int>> where; // (department, round) -> (company, assessment)
    for (const auto &p : d.batch.respondents) {
        const auto key = qMakePair(p.department, p.round);
        if (where.contains(key))
            continue;
        const int company = d.batch.rounds[p.round].company;
        auto &list = ws.companies[size_t(company)].assessments;
        where.insert(key, qMakePair(company, int(list.size())));
        list.push_back(
            {roundIndex[p.round], departmentIndex[p.department], 0, std::vector<ItemTally>(size_t(q.itemCount()))});
    }
    QSet<int> counted;
    for (const auto &ans : d.batch.answers) {
        if (!ans.applicable)
            continue;
        const auto &p = d.batch.respondents[ans.respondent];
        const auto [company, index] = where.value(qMakePair(p.department, p.round));
        AssessmentData &a = ws.companies[size_t(company)].assessments[size_t(index)];
        a.items[size_t(ans.item)].add(ans.level);
        if (!counted.contains(ans.respondent)) {
            counted.insert(ans.respondent);
            ++a.respondents;
        }
    }
    return ws;
}

} // namespace

TEST(DemoData, IsDeterministic)
{
    const Questionnaire q = io::defaultQuestionnaire();
    const demo::DemoData a = demo::generate(q), b = demo::generate(q);
    ASSERT_EQ(a.batch.answers.size(), b.batch.answers.size());
    for (size_t i = 0; i < a.batch.answers.size(); ++i) {
        ASSERT_EQ(a.batch.answers[i].level, b.batch.answers[i].level) << i;
        ASSERT_EQ(a.batch.answers[i].applicable, b.batch.answers[i].applicable) << i;
    }
    EXPECT_EQ(a.batch.companies, b.batch.companies);
}

TEST(DemoData, TellsAStory)
{
    const Questionnaire q = io::defaultQuestionnaire();
    const demo::DemoData d = demo::generate(q);
    EXPECT_GE(d.batch.companies.size(), 9); // main company and at least eight peers
    const ScoreReport report = scoreWorkspace(asWorkspace(q, d));
    const auto main = std::find_if(report.companies.begin(), report.companies.end(),
                                   [](const CompanyResult &c) { return c.name == demo::mainCompany(); });
    ASSERT_NE(main, report.companies.end());
    ASSERT_EQ(main->rounds.size(), 3u);
    EXPECT_EQ(main->rounds.front().date.daysTo(main->rounds.back().date) / 30, 18); // 18 months
    int disagreements = 0, small = 0;
    for (const RoundResult &r : main->rounds) {
        EXPECT_GE(r.departments.size(), 5u);
        EXPECT_LE(r.departments.size(), 6u);
        for (const DepartmentResult &dep : r.departments) {
            small += dep.respondents < 3 ? 1 : 0;
            for (const ItemResult &i : dep.items)
                disagreements += i.disagreement ? 1 : 0;
        }
    }
    EXPECT_GT(disagreements, 10); // something to discuss in a workshop
    EXPECT_GE(small, 1);          // a department below the anonymity threshold
    // progress: the index rises from round to round
    EXPECT_LT(*main->rounds[0].company.index, *main->rounds[1].company.index);
    EXPECT_LT(*main->rounds[1].company.index, *main->rounds[2].company.index);
    // the benchmark has something to say in the latest round
    EXPECT_GE(main->rounds[2].benchmark.peers, 8);
    EXPECT_TRUE(main->rounds[2].benchmark.index.percentile);
}
