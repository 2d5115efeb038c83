#include "ScoreCharts.h"

#include "ReportText.h"

#include <algorithm>

namespace sbr::report {

charts::Values dimensionValues(const std::vector<DimensionResult> &dimensions)
{
    charts::Values v;
    for (const DimensionResult &d : dimensions)
        v.append(d.score);
    return v;
}

charts::Values companyValues(const CompanyLevelResult &company)
{
    charts::Values v;
    for (const CompanyDimensionResult &d : company.dimensions)
        v.append(d.score);
    return v;
}

charts::RadarData radarData(const Questionnaire &q, const CompanyResult &company, const RoundResult &round,
                            const QStringList &departments, const RoundResult *compare, bool band, const QString &lang,
                            const AnonymousRound *anonymous)
{
    const ReportText t(lang);
    charts::RadarData radar;
    radar.title = t(QT_TRANSLATE_NOOP("sbr::report", "Dimensions"));
    for (const Dimension &d : q.dimensions)
        radar.axes.append(d.title.text(lang));
    radar.series.append({company.name, companyValues(round.company), QColor(), true, false});
    if (compare)
        radar.series.append({t(QT_TRANSLATE_NOOP("sbr::report", "Company, round %1")).arg(compare->label),
                             companyValues(compare->company), QColor(), false, true});
    for (const DepartmentResult &d : round.departments) {
        if (!departments.contains(d.name))
            continue;
        if (anonymous && anonymous->isHidden(d.name))
            continue;
        radar.series.append({d.name, dimensionValues(d.dimensions), QColor(), false, false});
    }
    if (band && round.benchmark.dimensions.size() == size_t(q.dimensions.size())) {
        for (const BandResult &b : round.benchmark.dimensions) {
            radar.bandLower.append(b.mean && b.sd ? std::optional<double>(std::max(0.0, *b.mean - *b.sd))
                                                  : std::nullopt);
            radar.bandUpper.append(b.mean && b.sd ? std::optional<double>(std::min(100.0, *b.mean + *b.sd))
                                                  : std::nullopt);
        }
        radar.bandName = t(QT_TRANSLATE_NOOP("sbr::report", "Peers (mean ± sd)"));
    }
    return radar;
}

charts::TrendData trendData(const Questionnaire &q, const CompanyResult &company, const QString &lang)
{
    const ReportText t(lang);
    charts::TrendData trend;
    trend.title = t(QT_TRANSLATE_NOOP("sbr::report", "Trend"));
    charts::Series index{t(QT_TRANSLATE_NOOP("sbr::report", "Index")), {}, QColor(), true, false};
    QList<charts::Series> dims;
    for (const Dimension &d : q.dimensions)
        dims.append({d.title.text(lang), {}, QColor(), false, false});
    for (const RoundResult &round : company.rounds) {
        trend.rounds.append(round.label);
        index.values.append(round.company.index);
        for (int d = 0; d < dims.size(); ++d)
            dims[d].values.append(
                size_t(d) < round.company.dimensions.size() ? round.company.dimensions[size_t(d)].score : std::nullopt);
    }
    trend.series.append(index);
    trend.series.append(dims);
    return trend;
}

charts::HeatmapData heatmapData(const Questionnaire &q, const RoundResult &round, const QString &lang,
                                const AnonymousRound *anonymous)
{
    const ReportText t(lang);
    charts::HeatmapData heat;
    heat.title = t(QT_TRANSLATE_NOOP("sbr::report", "Departments × dimensions"));
    for (const Dimension &d : q.dimensions)
        heat.columns.append(d.title.text(lang));
    for (const DepartmentResult &d : round.departments) {
        const bool hidden = anonymous && anonymous->isHidden(d.name);
        heat.rows.append(d.name);
        heat.values.append(hidden ? charts::Values(q.dimensions.size(), std::nullopt) : dimensionValues(d.dimensions));
        heat.hiddenRows.append(hidden);
        heat.hiddenTexts.append(hidden && anonymous->protectsAnother(d.name)
                                    ? t(QT_TRANSLATE_NOOP("sbr::report", "hidden to protect another department"))
                                    : QString());
    }
    if (anonymous && anonymous->pool && anonymous->pool->shown) {
        heat.rows.append(t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "Other departments (%Ln respondents)"),
                                  anonymous->pool->respondents.value_or(0)));
        heat.values.append(charts::Values(anonymous->pool->dimensions.begin(), anonymous->pool->dimensions.end()));
        heat.hiddenRows.append(false);
        heat.hiddenTexts.append(QString());
    }
    if (!heat.hiddenRows.contains(true)) {
        heat.hiddenRows.clear();
        heat.hiddenTexts.clear();
    } else
        heat.hiddenText = t(QT_TRANSLATE_NOOP("sbr::report", "too few respondents"));
    for (const CompanyDimensionResult &d : round.company.dimensions)
        heat.spread.append(d.spread);
    heat.spreadLabel = t(QT_TRANSLATE_NOOP("sbr::report", "Spread (silo signal)"));
    return heat;
}

} // namespace sbr::report
