#include "TrendChart.h"

#include "ChartParts.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QTextDocument>
#include <QValueAxis>

namespace sbr::charts {

namespace {

// Qt 6.4's bar-category axis truncates every label to plot width / (categories + 1) minus
// padding, so "2025-Q3" became "2025-..." in a 340-pixel chart with three rounds, although a
// whole category had room. The axis therefore gets invisible placeholder categories (zero-width
// spaces: Qt still reserves a line for them) and this item shows the real round labels, each
// elided only to the width of its own category. Child of the chart, so every export shows it.
class RoundLabels : public QGraphicsObject {
public:
    RoundLabels(QChart *chart, const QStringList &rounds, const QFont &font, const QColor &colour)
        : QGraphicsObject(chart), m_rounds(rounds), m_font(font)
    {
        for (int k = 0; k < rounds.size(); ++k) {
            auto *label = new QGraphicsTextItem(this);
            label->setFont(font);
            label->setDefaultTextColor(colour);
            label->document()->setDocumentMargin(0);
            m_labels << label;
        }
        connect(chart, &QChart::plotAreaChanged, this, &RoundLabels::place);
    }

    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}

private:
    void place(const QRectF &plotArea)
    {
        const QFontMetricsF fm(m_font);
        const double width = plotArea.width() / std::max<qsizetype>(1, m_labels.size());
        for (int k = 0; k < m_labels.size(); ++k) {
            QGraphicsTextItem *label = m_labels.at(k);
            label->setPlainText(fm.elidedText(m_rounds.at(k), Qt::ElideMiddle, width - fm.height() * 0.3));
            const double centre = plotArea.left() + (k + 0.5) * width;
            // Below the tick marks, where Qt would have put its own label.
            label->setPos(centre - label->boundingRect().width() / 2.0, plotArea.bottom() + fm.height() * 0.45);
        }
    }

    QStringList m_rounds;
    QFont m_font;
    QList<QGraphicsTextItem *> m_labels;
};

} // namespace

QChart *makeTrendChart(const TrendData &data, const ChartStyle &style)
{
    auto *chart = new QChart;
    detail::ChartLegend *legend = detail::applyChartStyle(chart, data.title, style);
    const double maximum = data.maximum > 0 ? data.maximum : 100.0;

    // A bar-category axis centres category k on x = k, also for line series, and pads half a
    // category on both sides, so the first and last round are not glued to the plot border.
    auto *x = new QBarCategoryAxis;
    for (int k = 0; k < data.rounds.size(); ++k)
        x->append(QString(k + 1, QChar(0x200B))); // placeholders, see RoundLabels
    detail::applyAxisStyle(x, style);
    x->setGridLineVisible(false);
    new RoundLabels(chart, data.rounds, x->labelsFont(), style.foreground()); // owned by the chart

    auto *y = new QValueAxis;
    y->setRange(0, maximum);
    y->setTickCount(6); // 20/40/60/80: the stage thresholds
    y->setLabelFormat(QStringLiteral("%.0f"));
    detail::applyAxisStyle(y, style);

    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const int rounds = int(data.rounds.size());
    QList<detail::LegendEntry> entries(data.series.size());
    for (int i : detail::drawingOrder(data.series)) {
        const Series &series = data.series.at(i);
        entries[i] = detail::addLineSeries(chart, {x, y}, series,
                                           detail::presentRuns(series.values.mid(0, rounds), maximum, false),
                                           style.seriesColor(series.color, i), style);
    }
    for (const detail::LegendEntry &entry : entries)
        legend->addEntry(entry);
    return chart;
}

} // namespace sbr::charts
