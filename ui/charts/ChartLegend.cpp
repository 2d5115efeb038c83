#include "ChartLegend.h"

#include "ChartParts.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLegend>
#include <QPainter>

#include <cmath>

namespace sbr::charts::detail {

namespace {

// Proportions in units of the font height, so the legend grows with fontScale and projector.
constexpr double kLineSample = 1.8;
constexpr double kAreaSample = 1.0;
constexpr double kSampleGap = 0.35;
constexpr double kEntrySpacing = 1.0;
constexpr double kRowHeight = 1.3;

} // namespace

ChartLegend::ChartLegend(QChart *chart, const ChartStyle &style)
    : QGraphicsObject(chart), m_chart(chart), m_font(sceneFont(style.font(QGuiApplication::font()))),
      m_textColor(style.foreground()), m_chartMargins(chart->margins())
{
    chart->legend()->hide();
    setZValue(10); // above the series, like QLegend
    connect(chart, &QGraphicsWidget::geometryChanged, this, &ChartLegend::relayout);
}

void ChartLegend::addEntry(const LegendEntry &entry)
{
    m_entries << entry;
    relayout();
}

double ChartLegend::entryWidth(const LegendEntry &entry) const
{
    const QFontMetricsF fm(m_font);
    const double sample = (entry.area ? kAreaSample : kLineSample) * fm.height();
    // A little slack: elidedText() elides a text given exactly its own advance.
    return sample + kSampleGap * fm.height() + fm.horizontalAdvance(entry.name) + fm.height() * 0.2;
}

void ChartLegend::relayout()
{
    const QFontMetricsF fm(m_font);
    const double em = fm.height();
    const QRectF chartRect = m_chart->rect();
    const double available = std::max(em * 4, chartRect.width() - 2 * em);

    // Greedy rows, each centred on its own.
    QList<QList<int>> rows;
    QList<double> rowWidths;
    for (int i = 0; i < m_entries.size(); ++i) {
        const double width = std::min(entryWidth(m_entries.at(i)), available);
        if (rows.isEmpty() || rowWidths.last() + kEntrySpacing * em + width > available) {
            rows.append(QList<int>{});
            rowWidths << -kEntrySpacing * em;
        }
        rows.last() << i;
        rowWidths.last() += kEntrySpacing * em + width;
    }

    prepareGeometryChange();
    m_rects = QList<QRectF>(m_entries.size());
    const double rowHeight = kRowHeight * em;
    for (int r = 0; r < rows.size(); ++r) {
        double x = (available - rowWidths.at(r)) / 2.0;
        for (int i : rows.at(r)) {
            const double width = std::min(entryWidth(m_entries.at(i)), available);
            m_rects[i] = QRectF(x, r * rowHeight, width, rowHeight);
            x += width + kEntrySpacing * em;
        }
    }
    m_size = QSizeF(available, rows.size() * rowHeight);
    const double bottomPad = rows.isEmpty() ? 0.0 : em * 0.5;
    setPos(chartRect.left() + em, chartRect.bottom() - bottomPad - m_size.height());

    // Reserve the rows below the plot; QChart lays out again if this changed.
    const QMargins wanted(int(m_chartMargins.left()), int(m_chartMargins.top()), int(m_chartMargins.right()),
                          int(std::ceil(m_chartMargins.bottom() + m_size.height() + bottomPad)));
    if (m_chart->margins() != wanted)
        m_chart->setMargins(wanted);
    update();
}

QRectF ChartLegend::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-2, -2, 2, 2);
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QFontMetricsF fm(m_font);
    const double em = fm.height();
    painter->setFont(m_font);
    for (int i = 0; i < m_entries.size(); ++i) {
        const LegendEntry &entry = m_entries.at(i);
        const QRectF rect = m_rects.value(i);
        if (rect.isEmpty())
            continue;
        const double cy = rect.center().y();
        const double sample = (entry.area ? kAreaSample : kLineSample) * em;
        if (entry.area) {
            painter->setPen(entry.pen);
            painter->setBrush(entry.fill);
            painter->drawRect(QRectF(rect.left(), cy - em * 0.35, sample, em * 0.7));
        } else {
            QPen pen = entry.pen;
            pen.setCapStyle(Qt::FlatCap);
            painter->setPen(pen);
            painter->drawLine(QPointF(rect.left(), cy), QPointF(rect.left() + sample, cy));
            if (entry.markerSize > 0) {
                const double radius = entry.markerSize / 2.0;
                painter->setPen(Qt::NoPen);
                painter->setBrush(entry.pen.color());
                painter->drawEllipse(QPointF(rect.left() + sample / 2.0, cy), radius, radius);
            }
        }
        const QRectF text(rect.left() + sample + kSampleGap * em, rect.top(), rect.width() - sample - kSampleGap * em,
                          rect.height());
        painter->setPen(m_textColor);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(entry.name, Qt::ElideRight, text.width()));
    }
}

} // namespace sbr::charts::detail
