#pragma once
// Shows a HeatmapData table in the workbench. Painting is paintHeatmap(), the same function the
// PDF report uses, so screen and paper agree; on screen the text is never smaller than the
// widget's font: the widget asks for the room it needs (a scroll area around it scrolls), long
// row labels are elided and shown in full as tooltips. Owns copies of its data and style.

#include "ChartData.h"
#include "ChartStyle.h"
#include "Heatmap.h"

#include <QWidget>

namespace sbr::charts {

class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget *parent = nullptr);

    void setData(const HeatmapData &data);
    const HeatmapData &data() const { return m_data; }
    void setStyle(const ChartStyle &style);
    const ChartStyle &chartStyle() const { return m_style; }

    /// The table's natural size in the widget's font: grows with the font and 200 % scaling.
    QSize sizeHint() const override;
    /// As high as the table at the widget's font, as narrow as row labels of a dozen characters allow.
    QSize minimumSizeHint() const override;

    /// Where the table is painted at the present size, with the fonts used.
    HeatmapLayout currentLayout() const;
    /// The tooltip at `pos`: a row's full label, or a cell's row, column and value.
    QString toolTipAt(const QPointF &pos) const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    HeatmapData m_data;
    ChartStyle m_style;
};

} // namespace sbr::charts
