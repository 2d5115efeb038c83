#include "HeatmapWidget.h"

#include "Heatmap.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

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
    const QSizeF size = heatmapMinimumSize(m_data, m_style, font(), this);
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

HeatmapLayout HeatmapWidget::currentLayout() const
{
    return layoutHeatmap(QRectF(rect()), m_data, m_style, font(), this, 1.0);
}

QString HeatmapWidget::toolTipAt(const QPointF &pos) const
{
    const HeatmapLayout layout = currentLayout();
    for (int r = 0; r < layout.rowHeaders.size(); ++r) {
        const QString label = heatmapRowLabel(m_data, r);
        if (layout.rowHeaders.at(r).contains(pos))
            return label;
        const bool hidden = r < m_data.hiddenRows.size() && m_data.hiddenRows.at(r);
        if (hidden && layout.cells.at(r).size() > 0 &&
            layout.cells.at(r).first().united(layout.cells.at(r).last()).contains(pos))
            return tr("%1: %2").arg(label, heatmapHiddenText(m_data, r));
        const QList<QRectF> &cells = layout.cells.at(r);
        for (int c = 0; c < cells.size() && c < m_data.columns.size(); ++c) {
            if (!cells.at(c).contains(pos))
                continue;
            const bool spread = r >= m_data.rows.size();
            const Values values = spread ? m_data.spread : r < m_data.values.size() ? m_data.values.at(r) : Values{};
            QString value = tr("no value");
            if (c < values.size() && values.at(c).has_value())
                value = m_style.formatScore(values.at(c).value());
            return tr("%1, %2: %3").arg(label, m_data.columns.at(c), value);
        }
    }
    return {};
}

bool HeatmapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void HeatmapWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHeatmap(painter, QRectF(rect()), m_data, m_style, 1.0); // never smaller than the widget's font
}

void HeatmapWidget::changeEvent(QEvent *event)
{
    // A new font changes what the table needs.
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace sbr::charts
