#pragma once
// Shows a HeatmapData table in the workbench. Painting is paintHeatmap(), the same function the
// PDF report uses, so screen and paper agree. The widget owns copies of its data and style.

#include "ChartData.h"
#include "ChartStyle.h"

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
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    HeatmapData m_data;
    ChartStyle m_style;
};

} // namespace sbr::charts
