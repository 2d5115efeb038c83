#include "ScoreUpdate.h"

namespace sbr {

namespace {

struct Located {
    const CompanyData *data = nullptr;
    const AssessmentData *assessment = nullptr;
    size_t company = 0; ///< index into report.companies
    size_t round = 0;   ///< index into its rounds
    size_t department = 0;
};

std::optional<Located> locate(const ScoreReport &report, const WorkspaceData &data, qint64 assessmentKey)
{
    Located at;
    for (const CompanyData &c : data.companies)
        for (const AssessmentData &a : c.assessments)
            if (a.key == assessmentKey) {
                at.data = &c;
                at.assessment = &a;
            }
    if (!at.assessment || at.assessment->round < 0 || at.assessment->round >= at.data->rounds.size())
        return std::nullopt;
    const qint64 roundKey = at.data->rounds[at.assessment->round].key;
    for (size_t c = 0; c < report.companies.size(); ++c) {
        if (report.companies[c].key != at.data->key)
            continue;
        const auto &rounds = report.companies[c].rounds;
        for (size_t r = 0; r < rounds.size(); ++r) {
            if (rounds[r].key != roundKey)
                continue;
            for (size_t d = 0; d < rounds[r].departments.size(); ++d)
                if (rounds[r].departments[d].key == assessmentKey) {
                    at.company = c;
                    at.round = r;
                    at.department = d;
                    return at;
                }
        }
    }
    return std::nullopt;
}

/// Recomputes the benchmark of every round that takes `changed` (a round of company
/// `companyIndex`) as that company's peer value, and of `changed` itself.
void refreshBenchmarks(ScoreReport &report, size_t companyIndex, size_t roundIndex, int dims, ScoreUpdate *update)
{
    fillBenchmark(report, companyIndex, roundIndex, dims);
    update->benchmarkRounds.append(report.companies[companyIndex].rounds[roundIndex].key);
    const auto &ownRounds = report.companies[companyIndex].rounds;
    const QDate changedDate = ownRounds[roundIndex].date;
    // A later round of the same company takes over as the peer value from its date on.
    const QDate nextDate = roundIndex + 1 < ownRounds.size() ? ownRounds[roundIndex + 1].date : QDate();
    for (size_t c = 0; c < report.companies.size(); ++c) {
        if (c == companyIndex)
            continue;
        for (size_t r = 0; r < report.companies[c].rounds.size(); ++r) {
            const QDate date = report.companies[c].rounds[r].date;
            if (date >= changedDate && (!nextDate.isValid() || date < nextDate)) {
                fillBenchmark(report, c, r, dims);
                update->benchmarkRounds.append(report.companies[c].rounds[r].key);
            }
        }
    }
}

} // namespace

std::optional<ScoreUpdate> rescoreAssessment(ScoreReport &report, const WorkspaceData &data, qint64 assessmentKey,
                                             const ScoringOptions &options)
{
    const std::optional<Located> at = locate(report, data, assessmentKey);
    if (!at)
        return std::nullopt;
    const Questionnaire &q = data.questionnaire;
    CompanyResult &company = report.companies[at->company];
    RoundResult &round = company.rounds[at->round];
    DepartmentResult &department = round.departments[at->department];

    DepartmentResult fresh = scoreAssessment(q, department.name, *at->assessment);
    fresh.key = department.key;
    fresh.departmentKey = department.departmentKey;
    department = std::move(fresh);
    round.company = scoreCompanyLevel(q, round.departments);
    round.recommendations = recommend(q, round.company.itemScores, options.targetOverride.value_or(company.target));

    ScoreUpdate update;
    update.company = company.key;
    update.assessments.append(assessmentKey);
    update.rounds.append(round.key);
    fillDeltas(company, at->round);
    if (at->round + 1 < company.rounds.size()) {
        RoundResult &next = company.rounds[at->round + 1];
        fillDeltas(company, at->round + 1);
        update.rounds.append(next.key);
        for (const DepartmentResult &d : next.departments)
            if (d.departmentKey == department.departmentKey)
                update.assessments.append(d.key);
    }
    refreshBenchmarks(report, at->company, at->round, int(q.dimensions.size()), &update);
    return update;
}

} // namespace sbr
