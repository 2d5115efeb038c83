#pragma once
// Showing and exporting charts made by makeRadarChart()/makeTrendChart(). ChartView is the
// widget; the free functions render a chart into an image, an SVG file or any QPainter (the
// PDF report), laid out in the same 96-dpi pixels whatever the device, so every output shows
// the same picture.

#include <QChartView>
#include <QImage>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace sbr::charts {

/// A QChartView that owns its chart and replaces it cleanly; antialiased.
class ChartView : public QChartView {
    Q_OBJECT
public:
    /// Takes ownership of `chart` (nullptr: an empty chart).
    explicit ChartView(QChart *chart = nullptr, QWidget *parent = nullptr);

    /// Shows `chart` (ownership passes to the view) and deletes the chart shown before.
    /// Hides QChartView::setChart(), which only releases the old chart: call it on a
    /// ChartView, not through a QChartView pointer.
    void setChart(QChart *chart);
};

/// Draws `chart` into `target` of any painter as vectors (QPdfWriter, QSvgGenerator, QImage).
/// The chart is laid out at the target's size in 96-dpi pixels and scaled to the device.
/// A chart shown in a view is laid out back afterwards; the caller keeps ownership.
void renderChart(QPainter &painter, const QRectF &target, QChart *chart);

/// `chart` as an image of `size` logical pixels at `devicePixelRatio` (2 for a sharp report).
QImage renderImage(QChart *chart, QSizeF size, qreal devicePixelRatio = 1.0);

/// `chart` as an SVG file of `size` (pixels at 96 dpi); false if the file cannot be written.
bool saveSvg(QChart *chart, QSizeF size, const QString &path);

} // namespace sbr::charts
