#include "HeatmapWidget.h"

#include "Heatmap.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace sbr::charts {

HeatmapWidget::HeatmapWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void HeatmapWidget::setData(const HeatmapData &data)
{
    m_data = data;
    setAccessibleName(data.title);
    updateGeometry();
    update();
}

void HeatmapWidget::setStyle(const ChartStyle &style)
{
    m_style = style;
    updateGeometry();
    update();
}

QSize HeatmapWidget::sizeHint() const
{
    const QSizeF size = heatmapNaturalSize(m_data, m_style, font(), this);
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

QSize HeatmapWidget::minimumSizeHint() const
{
    // paintHeatmap shrinks the font down to half before it cuts anything off.
    return sizeHint() * 0.6;
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHeatmap(painter, QRectF(rect()), m_data, m_style);
}

void HeatmapWidget::changeEvent(QEvent *event)
{
    // A new font changes what the table needs.
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace sbr::charts
