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
                            int anonymityThreshold)
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
        if (anonymityThreshold > 0 && d.respondents < anonymityThreshold)
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
                                int anonymityThreshold, HiddenDepartments hidden)
{
    const ReportText t(lang);
    charts::HeatmapData heat;
    heat.title = t(QT_TRANSLATE_NOOP("sbr::report", "Departments × dimensions"));
    for (const Dimension &d : q.dimensions)
        heat.columns.append(d.title.text(lang));
    for (const DepartmentResult &d : round.departments) {
        const bool few = d.respondents < anonymityThreshold;
        if (few && hidden == HiddenDepartments::Hide) {
            heat.rows.append(d.name);
            heat.values.append(charts::Values(q.dimensions.size(), std::nullopt));
            heat.hiddenRows.append(true);
            continue;
        }
        heat.rows.append(
            few ? t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "%1 (%Ln answered)"), d.respondents).arg(d.name)
                : d.name);
        heat.values.append(dimensionValues(d.dimensions));
        heat.hiddenRows.append(false);
    }
    if (!heat.hiddenRows.contains(true))
        heat.hiddenRows.clear(); // exactly what the dashboard builds
    else
        heat.hiddenText = t(QT_TRANSLATE_NOOP("sbr::report", "too few respondents"));
    for (const CompanyDimensionResult &d : round.company.dimensions)
        heat.spread.append(d.spread);
    heat.spreadLabel = t(QT_TRANSLATE_NOOP("sbr::report", "Spread (silo signal)"));
    return heat;
}

} // namespace sbr::report
