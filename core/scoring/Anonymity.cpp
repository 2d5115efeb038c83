#include "Anonymity.h"

#include <algorithm>

namespace sbr {

const AnonymousDepartment *AnonymousRound::department(const QString &name) const
{
    for (const AnonymousDepartment &d : departments)
        if (d.name == name)
            return &d;
    return nullptr;
}

bool AnonymousRound::isHidden(const QString &name) const
{
    const AnonymousDepartment *d = department(name);
    return d && d->hidden;
}

bool AnonymousRound::protectsAnother(const QString &name) const
{
    const AnonymousDepartment *d = department(name);
    return d && d->hidden && d->protectsAnother;
}

std::vector<size_t> hiddenDepartments(const std::vector<DepartmentResult> &departments, int k)
{
    std::vector<bool> inH(departments.size(), false);
    size_t count = 0;
    qint64 respondents = 0;
    for (size_t i = 0; i < departments.size(); ++i)
        if (departments[i].respondents < k) {
            inH[i] = true;
            ++count;
            respondents += departments[i].respondents;
        }
    // Complementary suppression (rule 2): one hidden department, or hidden departments that
    // together have fewer than k respondents, could be computed back from the company values.
    while (count > 0 && (count < 2 || respondents < k) && count < departments.size()) {
        size_t smallest = departments.size();
        for (size_t i = 0; i < departments.size(); ++i) {
            if (inH[i])
                continue;
            if (smallest == departments.size() || departments[i].respondents < departments[smallest].respondents ||
                (departments[i].respondents == departments[smallest].respondents &&
                 codePointLess(departments[i].name, departments[smallest].name)))
                smallest = i;
        }
        inH[smallest] = true;
        ++count;
        respondents += departments[smallest].respondents;
    }
    std::vector<size_t> hidden;
    for (size_t i = 0; i < departments.size(); ++i)
        if (inH[i])
            hidden.push_back(i);
    return hidden;
}

namespace {

AnonymousDepartment hiddenDepartment(const DepartmentResult &d, int k)
{
    AnonymousDepartment out;
    out.name = d.name;
    out.key = d.key;
    out.departmentKey = d.departmentKey;
    out.hidden = true;
    out.protectsAnother = d.respondents >= k;
    out.dimensions.resize(d.dimensions.size());
    out.items.resize(d.items.size());
    for (AnonymousItem &item : out.items)
        item.hidden = true;
    return out;
}

AnonymousDepartment visibleDepartment(const DepartmentResult &d, int k)
{
    AnonymousDepartment out;
    out.name = d.name;
    out.key = d.key;
    out.departmentKey = d.departmentKey;
    out.respondents = d.respondents;
    out.index = d.index;
    out.stage = d.stage;
    out.delta = d.delta; // withdrawn later when the previous round hid the department
    for (const DimensionResult &dim : d.dimensions)
        out.dimensions.push_back({dim.score, dim.coverage, dim.delta});
    for (const ItemResult &item : d.items) {
        AnonymousItem shown;
        shown.n = item.n;
        shown.hidden = item.n < k; // rule 7, n = 0 included: a renderer tells "none" by n
        if (!shown.hidden) {
            shown.mean = item.mean;
            shown.sd = item.sd;
            shown.score = item.score;
            shown.disagreement = item.disagreement;
        }
        out.items.push_back(shown);
    }
    return out;
}

AnonymousPool pool(const Questionnaire &q, const std::vector<DepartmentResult> &departments,
                   const std::vector<size_t> &hidden, int k)
{
    AnonymousPool p;
    int respondents = 0;
    for (size_t i : hidden) {
        p.departments.append(departments[i].name);
        respondents += departments[i].respondents;
    }
    std::sort(p.departments.begin(), p.departments.end(), codePointLess);
    const size_t dimensionCount = size_t(q.dimensions.size());
    p.shown = hidden.size() >= 2 && respondents >= k;
    if (!p.shown) {
        p.dimensions.assign(dimensionCount, std::nullopt);
        return p;
    }
    p.respondents = respondents;
    std::vector<OptDouble> scores(hidden.size());
    for (size_t d = 0; d < dimensionCount; ++d) {
        for (size_t h = 0; h < hidden.size(); ++h)
            scores[h] = departments[hidden[h]].dimensions[d].score;
        p.dimensions.push_back(meanOf(scores)); // every department counts once
    }
    p.index = readinessIndex(q.dimensions, p.dimensions);
    for (size_t i : hidden) {
        const std::vector<ItemResult> &items = departments[i].items;
        p.itemAnswers.resize(std::max(p.itemAnswers.size(), items.size()), 0);
        for (size_t item = 0; item < items.size(); ++item)
            p.itemAnswers[item] += items[item].n;
    }
    p.stage = stageOf(p.index);
    return p;
}

/// The company level with every value empty, in the shape of `shape`.
CompanyLevelResult withheld(const CompanyLevelResult &shape)
{
    CompanyLevelResult c;
    c.dimensions.resize(shape.dimensions.size());
    c.itemScores.resize(shape.itemScores.size());
    return c;
}

/// Rule 5: the spread over the visible departments and the pool as one unit, so that it bounds
/// no hidden department on its own.
void spreadOverVisibleUnits(AnonymousRound &round)
{
    for (size_t d = 0; d < round.company.dimensions.size(); ++d) {
        std::vector<OptDouble> units;
        for (const AnonymousDepartment &dep : round.departments)
            if (!dep.hidden)
                units.push_back(dep.dimensions[d].score);
        if (round.pool)
            units.push_back(round.pool->dimensions[d]);
        round.company.dimensions[d].spread = spreadOf(units);
    }
}

} // namespace

void refreshBenchmark(AnonymousRound &round, const RoundResult &scored)
{
    round.benchmark = scored.benchmark;
    if (!round.companyHidden)
        return;
    // A percentile places the company's own index among its peers: withheld with the index.
    round.benchmark.index.percentile.reset();
    for (BandResult &band : round.benchmark.dimensions)
        band.percentile.reset();
}

namespace {

AnonymousRound anonymizeRound(const Questionnaire &q, const RoundResult &r, int k)
{
    AnonymousRound out;
    out.label = r.label;
    out.key = r.key;
    out.date = r.date;
    const std::vector<size_t> hidden = hiddenDepartments(r.departments, k);
    for (size_t i = 0; i < r.departments.size(); ++i) {
        const bool isHidden = std::find(hidden.begin(), hidden.end(), i) != hidden.end();
        out.departments.push_back(isHidden ? hiddenDepartment(r.departments[i], k)
                                           : visibleDepartment(r.departments[i], k));
    }
    if (!hidden.empty())
        out.pool = pool(q, r.departments, hidden, k);
    out.companyHidden = out.pool && !out.pool->shown;
    refreshBenchmark(out, r);
    if (out.companyHidden) {
        // Fewer than k people in the whole company: its means, and everything derived from them
        // (a percentile places the index, a gain is the distance of an item score to the target),
        // would show them.
        out.company = withheld(r.company);
        return out;
    }
    out.company = r.company;
    spreadOverVisibleUnits(out);
    out.recommendations = r.recommendations;
    return out;
}

/// Rule 6, and the same for the company: a change against a round whose values are hidden
/// would give those values back by subtraction.
void withdrawDeltasAgainstHidden(AnonymousRound &now, const AnonymousRound &previous)
{
    if (previous.companyHidden) {
        now.company.delta.reset();
        for (CompanyDimensionResult &dim : now.company.dimensions)
            dim.delta.reset();
    }
    for (AnonymousDepartment &dep : now.departments) {
        const AnonymousDepartment *before = previous.department(dep.name);
        if (before && !before->hidden)
            continue;
        dep.delta.reset();
        for (AnonymousDimension &dim : dep.dimensions)
            dim.delta.reset();
    }
}

} // namespace

AnonymousCompany anonymizeCompany(const CompanyResult &c, const Questionnaire &questionnaire, int k)
{
    k = std::clamp(k, kMinGroupLowest, kMinGroupHighest);
    AnonymousCompany company;
    company.name = c.name;
    company.key = c.key;
    company.target = c.target;
    for (const RoundResult &r : c.rounds)
        company.rounds.push_back(anonymizeRound(questionnaire, r, k));
    // Rounds are sorted by date: the one before is the previous round of the company.
    for (size_t r = 1; r < company.rounds.size(); ++r)
        withdrawDeltasAgainstHidden(company.rounds[r], company.rounds[r - 1]);
    return company;
}

AnonymousReport anonymize(const ScoreReport &report, const Questionnaire &questionnaire, int k)
{
    AnonymousReport out;
    out.minGroup = std::clamp(k, kMinGroupLowest, kMinGroupHighest);
    out.questionnaireId = report.questionnaireId;
    out.questionnaireVersion = report.questionnaireVersion;
    for (const CompanyResult &c : report.companies)
        out.companies.push_back(anonymizeCompany(c, questionnaire, k));
    return out;
}

namespace {

DepartmentResult shownDepartment(const AnonymousDepartment &d)
{
    DepartmentResult out;
    out.name = d.name;
    out.key = d.key;
    out.departmentKey = d.departmentKey;
    out.respondents = d.respondents.value_or(0);
    out.index = d.index;
    out.stage = d.stage;
    out.delta = d.delta;
    for (const AnonymousDimension &dim : d.dimensions)
        out.dimensions.push_back({dim.score, dim.coverage.value_or(0.0), dim.delta});
    for (const AnonymousItem &item : d.items)
        out.items.push_back({item.n.value_or(0), item.mean, item.sd, item.score, item.disagreement});
    return out;
}

} // namespace

ScoreReport shownScores(const AnonymousReport &report)
{
    ScoreReport out;
    out.questionnaireId = report.questionnaireId;
    out.questionnaireVersion = report.questionnaireVersion;
    for (const AnonymousCompany &c : report.companies)
        out.companies.push_back(shownCompany(c));
    return out;
}

CompanyResult shownCompany(const AnonymousCompany &c)
{
    CompanyResult company;
    company.name = c.name;
    company.key = c.key;
    company.target = c.target;
    for (const AnonymousRound &r : c.rounds) {
        RoundResult round;
        round.label = r.label;
        round.key = r.key;
        round.date = r.date;
        for (const AnonymousDepartment &d : r.departments)
            round.departments.push_back(shownDepartment(d));
        round.company = r.company;
        round.benchmark = r.benchmark;
        round.recommendations = r.recommendations;
        company.rounds.push_back(std::move(round));
    }
    return company;
}

} // namespace sbr
