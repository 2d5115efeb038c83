#include "TrendChart.h"

#include "ChartLegend.h"
#include "ChartParts.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

namespace sbr::charts {

QChart *makeTrendChart(const TrendData &data, const ChartStyle &style)
{
    auto *chart = new QChart;
    detail::ChartLegend *legend = detail::applyChartStyle(chart, data.title, style);
    const double maximum = data.maximum > 0 ? data.maximum : 100.0;

    // A bar-category axis centres category k on x = k, also for line series, and pads half a
    // category on both sides, so the first and last round are not glued to the plot border.
    auto *x = new QBarCategoryAxis;
    x->append(detail::uniqueRichLabels(data.rounds));
    detail::applyAxisStyle(x, style);
    x->setGridLineVisible(false);

    auto *y = new QValueAxis;
    y->setRange(0, maximum);
    y->setTickCount(6); // 20/40/60/80: the stage thresholds
    y->setLabelFormat(QStringLiteral("%.0f"));
    detail::applyAxisStyle(y, style);

    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const int rounds = int(data.rounds.size());
    for (int i = 0; i < data.series.size(); ++i) {
        const Series &series = data.series.at(i);
        const Values values = series.values.mid(0, rounds);
        detail::addLineSeries(chart, legend, {x, y}, series, detail::presentRuns(values, maximum, false),
                              style.seriesColor(series.color, i), style);
    }
    return chart;
}

} // namespace sbr::charts
