#include "RadarChart.h"

#include "ChartParts.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

#include <algorithm>

namespace sbr::charts {

namespace {

// Long dimension titles would push the polar plot into a thumbnail; break them into lines of
// about this many characters (Qt renders the angular labels as rich text, so <br> works).
constexpr int kLabelLineLength = 18;

QString wrappedRichLabel(const QString &richLabel)
{
    if (richLabel.size() <= kLabelLineLength)
        return richLabel;
    QStringList lines;
    QString line;
    for (const QString &word : richLabel.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kLabelLineLength) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QStringLiteral("<br>"));
}

// The angular axis. A QCategoryAxis in a polar chart draws each label between the two
// boundaries of its category (centred) or, with AxisLabelsPositionOnValue, at the category's
// END value; it also draws a spoke at every boundary. Spokes sit at x = 0..n-1 (value k is
// plotted at x = k), so category k must END at k: category 0 starts at -1, outside the 0..n
// range, where Qt neither draws its boundary nor hides its label. Centred labels or categories
// starting at 0 put every label half a step or one spoke off.
QCategoryAxis *makeAngularAxis(const QStringList &axes, const ChartStyle &style)
{
    auto *axis = new QCategoryAxis;
    axis->setRange(0, axes.size());
    axis->setStartValue(-1);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList labels = detail::uniqueRichLabels(axes);
    for (int k = 0; k < labels.size(); ++k)
        axis->append(wrappedRichLabel(labels.at(k)), k);
    detail::applyAxisStyle(axis, style);
    // Spokes as strong as the outer ring: they carry the dimension a value belongs to.
    axis->setGridLinePen(axis->linePen());
    return axis;
}

QValueAxis *makeRadialAxis(double maximum, const ChartStyle &style)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, maximum);
    axis->setTickCount(6); // rings at 20/40/60/80 of 100: the stage thresholds
    axis->setLabelFormat(QStringLiteral("%.0f"));
    detail::applyAxisStyle(axis, style, 0.8);
    axis->setLabelsColor(style.mutedText());
    return axis;
}

// The peer band: a translucent ring between lower and upper, split where either is missing.
void addBand(QPolarChart *chart, const RadarData &data, QList<QAbstractAxis *> axes, double maximum,
             const ChartStyle &style)
{
    const int n = int(data.axes.size());
    if (data.bandLower.size() != n || data.bandUpper.size() != n)
        return;
    Values lower, upper;
    for (int k = 0; k < n; ++k) {
        const bool both = data.bandLower.at(k) && data.bandUpper.at(k);
        lower << (both ? data.bandLower.at(k) : std::nullopt);
        upper << (both ? data.bandUpper.at(k) : std::nullopt);
    }
    const QList<QList<QPointF>> lowerRuns = detail::presentRuns(lower, maximum, true);
    const QList<QList<QPointF>> upperRuns = detail::presentRuns(upper, maximum, true);

    QColor fill = style.theme == ChartStyle::Theme::Dark ? QColor(0xB0, 0xB0, 0xB0) : QColor(0x70, 0x70, 0x70);
    QColor edge = fill;
    fill.setAlpha(style.theme == ChartStyle::Theme::Projector ? 90 : 60);
    edge.setAlpha(120);
    bool first = true;
    for (int r = 0; r < lowerRuns.size(); ++r) {
        auto *upperLine = new QLineSeries;
        upperLine->append(upperRuns.at(r));
        auto *lowerLine = new QLineSeries;
        lowerLine->append(lowerRuns.at(r));
        auto *area = new QAreaSeries(upperLine, lowerLine);
        area->setName(data.bandName);
        area->setBrush(fill);
        area->setPen(QPen(edge, 1.0));
        chart->addSeries(area);
        for (QAbstractAxis *axis : axes)
            area->attachAxis(axis);
        if (!first || data.bandName.isEmpty())
            detail::hideLegendEntry(chart, area);
        else
            for (QLegendMarker *marker : chart->legend()->markers(area))
                marker->setLabel(detail::richText(data.bandName));
        first = false;
    }
}

} // namespace

QChart *makeRadarChart(const RadarData &data, const ChartStyle &style)
{
    auto *chart = new QPolarChart;
    detail::applyChartStyle(chart, data.title, style);
    if (data.axes.size() < 3) {
        const QString note = QCoreApplication::translate("sbr::charts", "A radar chart needs at least three dimensions.");
        const QString title = data.title.isEmpty() ? QString() : detail::richText(data.title) + QStringLiteral("<br>");
        chart->setTitle(title + detail::richText(note));
        return chart;
    }
    const double maximum = data.maximum > 0 ? data.maximum : 100.0;

    QCategoryAxis *angular = makeAngularAxis(data.axes, style);
    QValueAxis *radial = makeRadialAxis(maximum, style);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    const QList<QAbstractAxis *> axes{angular, radial};

    // Added first, so every line is drawn on top of it.
    addBand(chart, data, axes, maximum, style);

    const int n = int(data.axes.size());
    for (int i = 0; i < data.series.size(); ++i) {
        const Series &series = data.series.at(i);
        Values values = series.values.mid(0, n);
        while (values.size() < n)
            values << std::nullopt; // a short series misses its last axes; it does not shift
        detail::addLineSeries(chart, axes, series, detail::presentRuns(values, maximum, true),
                              style.seriesColor(series.color, i), style);
    }
    return chart;
}

} // namespace sbr::charts
