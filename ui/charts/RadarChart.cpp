#include "RadarChart.h"

#include "ChartParts.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QValueAxis>

#include <QtMath>

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
    // Centred lines keep a wrapped label balanced over the spoke it belongs to.
    return QStringLiteral("<div align=\"center\">%1</div>").arg(lines.join(QStringLiteral("<br>")));
}

// The angular axis. A QCategoryAxis in a polar chart draws each label between the two
// boundaries of its category (centred) or, with AxisLabelsPositionOnValue, at the category's
// END value; it also draws a spoke at every boundary. Spokes sit at x = 0..n-1 (value k is
// plotted at x = k), so category k must END at k: category 0 starts at -1, outside the 0..n
// range, where Qt draws no spoke for that boundary but still shows label 0 at its end, 0°.
// Centred labels, or categories starting at 0, put every label half a step or one spoke off.
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
    detail::applyAxisStyle(axis, style);
    axis->setLabelsVisible(false); // RingLabels draws them where no value sits
    axis->setLineVisible(false);   // its line and ticks would double the first spoke
    return axis;
}

// Qt draws the radial axis numbers along the first spoke, exactly where the values of the
// first dimension sit, so "60" hid behind the company's marker. This item draws the ring
// numbers on the bisector between the first two spokes instead, on a translucent halo above
// the lines that cross there (a line stays readable with a short break; a number does not).
class RingLabels : public QGraphicsObject {
public:
    RingLabels(QChart *chart, double maximum, int spokes, const ChartStyle &style)
        : QGraphicsObject(chart), m_font(detail::sceneFont(style.font(QGuiApplication::font(), 0.8))),
          m_text(style.mutedText()), m_halo(style.background()), m_angle(qDegreesToRadians(180.0 / spokes))
    {
        m_halo.setAlphaF(0.75f);
        for (int ring = 1; ring <= kRings; ++ring)
            m_labels << Label{maximum * ring / kRings, style.locale.toString(maximum * ring / kRings, 'f', 0), {}};
        setZValue(kAboveSeriesZ);
        connect(chart, &QChart::plotAreaChanged, this, &RingLabels::place);
    }

    QRectF boundingRect() const override { return m_bounds; }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setFont(m_font);
        for (const Label &label : std::as_const(m_labels)) {
            if (label.rect.isEmpty())
                continue;
            painter->setPen(Qt::NoPen);
            painter->setBrush(m_halo);
            painter->drawRoundedRect(label.rect, label.rect.height() / 4, label.rect.height() / 4);
            painter->setPen(m_text);
            painter->drawText(label.rect, Qt::AlignCenter, label.text);
        }
    }

private:
    static constexpr int kRings = 5;             // 20/40/60/80/100: the stage thresholds
    static constexpr double kAboveSeriesZ = 4.5; // Qt Charts: grid 2, axes 3, series 4; our legend 10

    struct Label {
        double value;
        QString text;
        QRectF rect;
    };

    void place(const QRectF &plotArea)
    {
        prepareGeometryChange();
        const QFontMetricsF fm(m_font);
        const double radius = plotArea.width() / 2.0;
        m_bounds = {};
        // In a small chart every ring's number would touch the next: label every other ring.
        const int step = radius / kRings < fm.height() * 1.3 ? 2 : 1;
        for (int ring = 1; ring <= m_labels.size(); ++ring) {
            Label &label = m_labels[ring - 1];
            if (ring % step != 0) {
                label.rect = {};
                continue;
            }
            const double r = radius * label.value / m_labels.last().value;
            const QPointF at = plotArea.center() + QPointF(r * std::sin(m_angle), -r * std::cos(m_angle));
            const QSizeF size(fm.horizontalAdvance(label.text) + fm.height() * 0.3, fm.height());
            label.rect = QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
            m_bounds |= label.rect;
        }
    }

    QFont m_font;
    QColor m_text, m_halo;
    double m_angle;
    QList<Label> m_labels;
    QRectF m_bounds;
};

// The peer band: a translucent ring between lower and upper, split where either is missing.
void addBand(QPolarChart *chart, detail::ChartLegend *legend, const RadarData &data, const QList<QAbstractAxis *> &axes,
             double maximum, const ChartStyle &style)
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
    }
    if (!lowerRuns.isEmpty() && !data.bandName.isEmpty())
        legend->addEntry({data.bandName, QPen(edge, 1.0), fill, true, 0});
}

} // namespace

QChart *makeRadarChart(const RadarData &data, const ChartStyle &style)
{
    auto *chart = new QPolarChart;
    detail::ChartLegend *legend = detail::applyChartStyle(chart, data.title, style);
    if (data.axes.size() < 3) {
        const QString note =
            QCoreApplication::translate("sbr::charts", "A radar chart needs at least three dimensions.");
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
    addBand(chart, legend, data, axes, maximum, style);

    const int n = int(data.axes.size());
    new RingLabels(chart, maximum, n, style); // owned by the chart
    QList<detail::LegendEntry> entries(data.series.size());
    for (int i : detail::drawingOrder(data.series)) {
        const Series &series = data.series.at(i);
        Values values = series.values.mid(0, n);
        while (values.size() < n)
            values << std::nullopt; // a short series misses its last axes; it does not shift
        entries[i] = detail::addLineSeries(chart, axes, series, detail::presentRuns(values, maximum, true),
                                           style.seriesColor(series.color, i), style);
    }
    for (const detail::LegendEntry &entry : entries)
        legend->addEntry(entry);
    return chart;
}

} // namespace sbr::charts
