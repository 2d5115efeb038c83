#pragma once
// The legend under a radar or trend chart, drawn by the adapter instead of QLegend: in Qt 6.4
// an attached QLegend keeps all entries in one row and truncates every name to "Unterneh…"
// once a few German department names do not fit, and only a detached QLegend wraps (without
// reserving space). This item wraps entries into centred rows, reserves their height in the
// chart's bottom margin whenever the chart is resized, and is a child item of the chart, so
// views, images, SVG and PDF all show it. Internal to ui/charts; the chart owns it.

#include "ChartStyle.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsObject>
#include <QPen>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace sbr::charts::detail {

struct LegendEntry {
    QString name;
    QPen pen;              ///< line sample (dashed if the series is)
    QBrush fill;           ///< swatch fill for an area (the peer band)
    bool area = false;     ///< swatch instead of a line sample
    double markerSize = 0; ///< diameter of the point marker in the line sample; 0 = none
};

class ChartLegend : public QGraphicsObject {
public:
    /// Hides the chart's own QLegend and follows the chart's geometry from now on.
    ChartLegend(QChart *chart, const ChartStyle &style);

    void addEntry(const LegendEntry &entry);
    const QList<LegendEntry> &entries() const { return m_entries; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void relayout();
    double entryWidth(const LegendEntry &entry) const;

    QChart *m_chart;
    QFont m_font;
    QColor m_textColor;
    QMarginsF m_chartMargins; ///< the chart's margins without the legend
    QList<LegendEntry> m_entries;
    QList<QRectF> m_rects; ///< per entry, in item coordinates; empty rect = not shown
    QSizeF m_size;
};

} // namespace sbr::charts::detail
