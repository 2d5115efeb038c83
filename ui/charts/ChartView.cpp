#include "ChartView.h"

#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

#include <memory>

namespace sbr::charts {

ChartView::ChartView(QChart *chart, QWidget *parent) : QChartView(chart ? chart : new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setFrameShape(QFrame::NoFrame);
}

void ChartView::setChart(QChart *chart)
{
    QChart *previous = QChartView::chart();
    if (chart == previous)
        return;
    QChartView::setChart(chart ? chart : new QChart);
    delete previous; // QChartView::setChart() only removes it from the scene
}

void renderChart(QPainter &painter, const QRectF &target, QChart *chart)
{
    if (!chart || target.isEmpty())
        return;
    // Lay out in 96-dpi pixels: a 1200 dpi PDF page then gets the fonts and line widths the
    // screen shows, only sharper, instead of a huge chart with tiny text.
    const int dpi = painter.device() ? painter.device()->logicalDpiX() : 96;
    const double scale = dpi > 0 ? dpi / 96.0 : 1.0;
    const QSizeF logical = target.size() / scale;

    std::unique_ptr<QGraphicsScene> ownScene;
    if (!chart->scene()) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
    }
    const QRectF previous = chart->geometry();
    const QRectF source(chart->pos(), logical);
    chart->setGeometry(source);
    // Qt Charts lays out on a posted LayoutRequest; force it so the picture is final now.
    if (chart->layout())
        chart->layout()->activate();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    chart->scene()->render(&painter, target, source, Qt::IgnoreAspectRatio);
    painter.restore();

    if (ownScene) {
        ownScene->removeItem(chart); // the scene must not delete the caller's chart
    } else {
        chart->setGeometry(previous);
        if (chart->layout())
            chart->layout()->activate();
    }
}

QImage renderImage(QChart *chart, QSizeF size, qreal devicePixelRatio)
{
    QImage image((size * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(chart ? chart->backgroundBrush().color() : QColor(Qt::white));
    QPainter painter(&image);
    renderChart(painter, QRectF(QPointF(0, 0), size), chart);
    return image;
}

bool saveSvg(QChart *chart, QSizeF size, const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setResolution(96); // so `size` means the same pixels as on screen
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    if (chart)
        svg.setTitle(chart->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    renderChart(painter, QRectF(QPointF(0, 0), size), chart);
    return painter.end();
}

} // namespace sbr::charts
