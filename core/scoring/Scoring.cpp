#include "Scoring.h"

#include "i18n/Translator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace sbr {

bool codePointLess(const QString &a, const QString &b)
{
    // UTF-8 byte order is code point order.
    return a.toUtf8() < b.toUtf8();
}

ItemResult scoreItem(const ItemTally &t, const Scale &scale)
{
    ItemResult r;
    r.n = t.n;
    if (t.n == 0)
        return r;
    const double n = double(t.n);
    const double mean = double(t.sum) / n;
    // n*sum(l^2) - (sum l)^2 is exact in integers; it equals n^2 times the population variance.
    const qint64 scaledVariance = t.n * t.sumSquares - t.sum * t.sum;
    r.mean = mean;
    r.sd = std::sqrt(double(std::max<qint64>(0, scaledVariance))) / n;
    r.score = 100.0 * (mean - scale.min) / double(scale.max - scale.min);
    r.disagreement = disagrees(t.n, r.sd);
    return r;
}

bool disagrees(qint64 n, OptDouble sd)
{
    return n >= 3 && sd && *sd >= 1.0 - kTolerance;
}

DimensionResult scoreDimension(const Dimension &d, const std::vector<ItemResult> &items, int firstItem)
{
    DimensionResult r;
    double all = 0.0, answered = 0.0, weighted = 0.0;
    for (int i = 0; i < d.items.size(); ++i) {
        const double w = d.items[i].weight;
        all += w;
        const ItemResult &item = items[size_t(firstItem + i)];
        if (item.n > 0) {
            answered += w;
            weighted += w * *item.score;
        }
    }
    r.coverage = all > 0.0 ? answered / all : 0.0;
    if (answered > 0.0 && r.coverage >= 0.5 - kTolerance)
        r.score = weighted / answered;
    return r;
}

OptDouble readinessIndex(const QList<Dimension> &dims, const std::vector<OptDouble> &scores)
{
    double sum = 0.0, weights = 0.0;
    for (int d = 0; d < dims.size(); ++d) {
        if (!scores[size_t(d)])
            return std::nullopt;
        sum += dims[d].weight * *scores[size_t(d)];
        weights += dims[d].weight;
    }
    if (weights <= 0.0)
        return std::nullopt;
    return sum / weights;
}

std::optional<int> stageOf(OptDouble index)
{
    if (!index)
        return std::nullopt;
    // A boundary reached within the tolerance counts as reached (scoring.md *Tolerance*).
    const double x = *index + kTolerance;
    int stage = 1;
    for (const double boundary : {20.0, 40.0, 60.0, 80.0})
        if (x >= boundary)
            ++stage;
    return stage;
}

QString stageName(int stage, const QString &lang)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("sbr::stage", "Ad hoc"), QT_TRANSLATE_NOOP("sbr::stage", "Experimenting"),
        QT_TRANSLATE_NOOP("sbr::stage", "Coordinated"), QT_TRANSLATE_NOOP("sbr::stage", "Integrated"),
        QT_TRANSLATE_NOOP("sbr::stage", "Social Business")};
    if (stage < 1 || stage > 5)
        return {};
    return i18n::translate(lang == u"de" ? lang : QStringLiteral("en"), "sbr::stage", names[stage - 1]);
}

OptDouble meanOf(const std::vector<OptDouble> &values)
{
    double sum = 0.0;
    int n = 0;
    for (const OptDouble &v : values)
        if (v) {
            sum += *v;
            ++n;
        }
    if (n == 0)
        return std::nullopt;
    return sum / n;
}

OptDouble spreadOf(const std::vector<OptDouble> &values)
{
    int n = 0;
    double lo = 0.0, hi = 0.0;
    for (const OptDouble &v : values) {
        if (!v)
            continue;
        lo = n == 0 ? *v : std::min(lo, *v);
        hi = n == 0 ? *v : std::max(hi, *v);
        ++n;
    }
    if (n < 2)
        return std::nullopt;
    return hi - lo;
}

OptDouble deltaOf(OptDouble current, OptDouble previous)
{
    if (!current || !previous)
        return std::nullopt;
    return *current - *previous;
}

BandResult benchmarkBand(OptDouble x, const std::vector<OptDouble> &peerValues)
{
    std::vector<double> values;
    for (const OptDouble &v : peerValues)
        if (v)
            values.push_back(*v);
    BandResult r;
    const size_t n = values.size();
    if (n < 5)
        return r;
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(n);
    double squares = 0.0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    r.mean = mean;
    r.sd = std::sqrt(squares / double(n));
    if (x) {
        int below = 0, equal = 0;
        for (double v : values) {
            if (v < *x - kTolerance)
                ++below;
            else if (std::abs(v - *x) <= kTolerance)
                ++equal;
        }
        r.percentile = 100.0 * (below + 0.5 * equal) / double(n);
    }
    return r;
}

std::vector<Recommendation> recommend(const Questionnaire &q, const std::vector<OptDouble> &companyItemScores,
                                      double target)
{
    double dimWeights = 0.0;
    for (const Dimension &d : q.dimensions)
        dimWeights += d.weight;
    std::vector<Recommendation> out;
    int flat = 0;
    for (const Dimension &d : q.dimensions) {
        double itemWeights = 0.0;
        for (const Item &i : d.items)
            itemWeights += i.weight;
        for (const Item &i : d.items) {
            const OptDouble score = companyItemScores[size_t(flat)];
            if (score) {
                const double gap = std::max(0.0, target - *score);
                const double gain = (d.weight / dimWeights) * (i.weight / itemWeights) * gap;
                if (gain > kTolerance)
                    out.push_back({flat, i.id, gap, gain, i.measures});
            }
            ++flat;
        }
    }
    // Gains within the tolerance of their neighbour are ties, ordered by item id. Grouping the
    // exactly sorted list into such runs keeps the order well defined (a comparator with a
    // tolerance would not be a strict weak order).
    std::sort(out.begin(), out.end(), [](const Recommendation &a, const Recommendation &b) {
        if (a.gain != b.gain)
            return a.gain > b.gain;
        return codePointLess(a.itemId, b.itemId);
    });
    for (size_t start = 0; start < out.size();) {
        size_t end = start + 1;
        while (end < out.size() && out[end - 1].gain - out[end].gain <= kTolerance)
            ++end;
        std::sort(out.begin() + long(start), out.begin() + long(end),
                  [](const Recommendation &a, const Recommendation &b) { return codePointLess(a.itemId, b.itemId); });
        start = end;
    }
    return out;
}

DepartmentResult scoreAssessment(const Questionnaire &q, const QString &name, const AssessmentData &a)
{
    DepartmentResult r;
    r.name = name;
    r.respondents = a.respondents;
    const int itemCount = q.itemCount();
    r.items.reserve(size_t(itemCount));
    for (int i = 0; i < itemCount; ++i)
        r.items.push_back(scoreItem(size_t(i) < a.items.size() ? a.items[size_t(i)] : ItemTally{}, q.scale));
    std::vector<OptDouble> scores;
    int first = 0;
    for (const Dimension &d : q.dimensions) {
        r.dimensions.push_back(scoreDimension(d, r.items, first));
        scores.push_back(r.dimensions.back().score);
        first += int(d.items.size());
    }
    r.index = readinessIndex(q.dimensions, scores);
    r.stage = stageOf(r.index);
    return r;
}

CompanyLevelResult scoreCompanyLevel(const Questionnaire &q, const std::vector<DepartmentResult> &departments)
{
    CompanyLevelResult c;
    const int itemCount = q.itemCount();
    std::vector<OptDouble> values(departments.size());
    for (int i = 0; i < itemCount; ++i) {
        for (size_t k = 0; k < departments.size(); ++k)
            values[k] = departments[k].items[size_t(i)].score;
        c.itemScores.push_back(meanOf(values));
    }
    std::vector<OptDouble> dimScores;
    for (int d = 0; d < q.dimensions.size(); ++d) {
        for (size_t k = 0; k < departments.size(); ++k)
            values[k] = departments[k].dimensions[size_t(d)].score;
        c.dimensions.push_back({meanOf(values), spreadOf(values), std::nullopt});
        dimScores.push_back(c.dimensions.back().score);
    }
    c.index = readinessIndex(q.dimensions, dimScores);
    c.stage = stageOf(c.index);
    return c;
}

void fillDeltas(CompanyResult &company, size_t r)
{
    if (r == 0 || r >= company.rounds.size())
        return;
    RoundResult &now = company.rounds[r];
    const RoundResult &before = company.rounds[r - 1];
    now.company.delta = deltaOf(now.company.index, before.company.index);
    for (size_t d = 0; d < now.company.dimensions.size(); ++d)
        now.company.dimensions[d].delta = deltaOf(now.company.dimensions[d].score, before.company.dimensions[d].score);
    for (DepartmentResult &dep : now.departments) {
        auto prev = std::find_if(before.departments.begin(), before.departments.end(),
                                 [&](const DepartmentResult &p) { return p.name == dep.name; });
        if (prev == before.departments.end()) {
            dep.delta.reset();
            for (DimensionResult &d : dep.dimensions)
                d.delta.reset();
            continue;
        }
        dep.delta = deltaOf(dep.index, prev->index);
        for (size_t d = 0; d < dep.dimensions.size(); ++d)
            dep.dimensions[d].delta = deltaOf(dep.dimensions[d].score, prev->dimensions[d].score);
    }
}

namespace {

/// The company-level values of `peer` in its latest round dated on or before `date`, if any.
const CompanyLevelResult *latestOnOrBefore(const CompanyResult &peer, const QDate &date)
{
    const CompanyLevelResult *found = nullptr;
    for (const RoundResult &r : peer.rounds)
        if (r.date <= date)
            found = &r.company; // rounds are sorted by date
    return found;
}

} // namespace

void fillBenchmark(ScoreReport &report, size_t companyIndex, size_t roundIndex, int dimensionCount)
{
    const CompanyResult &company = report.companies[companyIndex];
    RoundResult &round = report.companies[companyIndex].rounds[roundIndex];
    std::vector<const CompanyLevelResult *> peers;
    for (const CompanyResult &other : report.companies)
        if (&other != &company && other.inPool)
            if (const CompanyLevelResult *p = latestOnOrBefore(other, round.date))
                peers.push_back(p);
    BenchmarkResult &b = round.benchmark;
    b = {};
    b.peers = int(peers.size());
    std::vector<OptDouble> values(peers.size());
    for (size_t k = 0; k < peers.size(); ++k)
        values[k] = peers[k]->index;
    b.index = benchmarkBand(round.company.index, values);
    for (int d = 0; d < dimensionCount; ++d) {
        for (size_t k = 0; k < peers.size(); ++k)
            values[k] = peers[k]->dimensions[size_t(d)].score;
        b.dimensions.push_back(benchmarkBand(round.company.dimensions[size_t(d)].score, values));
    }
}

ScoreReport scoreWorkspace(const WorkspaceData &ws, const ScoringOptions &options)
{
    const Questionnaire &q = ws.questionnaire;
    ScoreReport report;
    report.questionnaireId = q.id;
    report.questionnaireVersion = q.version;

    std::vector<const CompanyData *> companies;
    for (const CompanyData &c : ws.companies)
        companies.push_back(&c);
    std::sort(companies.begin(), companies.end(),
              [](const CompanyData *a, const CompanyData *b) { return codePointLess(a->name, b->name); });

    for (const CompanyData *data : companies) {
        CompanyResult company;
        company.name = data->name;
        company.key = data->key;
        company.target = options.targetOverride.value_or(data->target);
        company.inPool = data->inPool;

        std::vector<int> roundOrder(size_t(data->rounds.size()));
        std::iota(roundOrder.begin(), roundOrder.end(), 0);
        std::sort(roundOrder.begin(), roundOrder.end(),
                  [&](int a, int b) { return data->rounds[a].date < data->rounds[b].date; });

        // (round, department name) -> assessment; the map keeps departments sorted by name.
        using ByName = std::map<QString, const AssessmentData *, decltype(&codePointLess)>;
        std::vector<ByName> byRound(size_t(data->rounds.size()), ByName(&codePointLess));
        for (const AssessmentData &a : data->assessments)
            byRound[size_t(a.round)][data->departments[a.department]] = &a;

        for (int r : roundOrder) {
            RoundResult round;
            round.label = data->rounds[r].label;
            round.date = data->rounds[r].date;
            round.key = data->rounds[r].key;
            for (const auto &[name, assessment] : byRound[size_t(r)]) {
                round.departments.push_back(scoreAssessment(q, name, *assessment));
                round.departments.back().key = assessment->key;
                round.departments.back().departmentKey = data->departmentKeys.value(assessment->department);
            }
            round.company = scoreCompanyLevel(q, round.departments);
            round.recommendations = recommend(q, round.company.itemScores, company.target);
            company.rounds.push_back(std::move(round));
        }
        for (size_t r = 1; r < company.rounds.size(); ++r)
            fillDeltas(company, r);
        report.companies.push_back(std::move(company));
    }
    for (size_t c = 0; c < report.companies.size(); ++c)
        for (size_t r = 0; r < report.companies[c].rounds.size(); ++r)
            fillBenchmark(report, c, r, int(q.dimensions.size()));
    return report;
}

} // namespace sbr
