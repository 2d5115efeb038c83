#pragma once
// The departments × dimensions heatmap, drawn with QPainter only (Qt Charts has no table), so
// the same function paints the widget, a PNG and a PDF page. Sizes come from font metrics of
// the target device, never from fixed pixels: it stays readable at 200 % scaling and on a
// 1200 dpi QPdfWriter alike.

#include "ChartData.h"
#include "ChartStyle.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QPainter;
class QPaintDevice;
QT_END_NAMESPACE

namespace sbr::charts {

/// Where paintHeatmap() puts everything; exposed for sizing and for tests.
struct HeatmapLayout {
    QFont font;       ///< cells and row headers
    QFont headerFont; ///< column headers (bold)
    QFont titleFont;
    QRectF title; ///< empty without a title
    QList<QRectF> columnHeaders;
    QList<QRectF> rowHeaders;   ///< data rows, then the spread row if there is one
    QList<QList<QRectF>> cells; ///< same rows as rowHeaders × columns
    QSizeF naturalSize;         ///< what the table needs at the unshrunk font
};

/// Lays the table out in `rect` for painting on `device` (nullptr = the screen), starting
/// from font `base`. A rect smaller than the natural size shrinks the font to fit, down to
/// `minimumShrink` times its size (0.5 for paper; 1.0 on screen, where the font never shrinks:
/// the table scrolls and row labels are elided instead); a larger rect widens the columns and,
/// within limits, the rows.
HeatmapLayout layoutHeatmap(const QRectF &rect, const HeatmapData &data, const ChartStyle &style, const QFont &base,
                            const QPaintDevice *device, double minimumShrink = 0.5);

/// The size the table needs with font `base` on `device`, without shrinking.
QSizeF heatmapNaturalSize(const HeatmapData &data, const ChartStyle &style, const QFont &base,
                          const QPaintDevice *device);
/// The smallest size at font `base` without shrinking: row labels elided to about a dozen
/// characters, every column and row as it needs.
QSizeF heatmapMinimumSize(const HeatmapData &data, const ChartStyle &style, const QFont &base,
                          const QPaintDevice *device);

/// Paints the table into `rect` on any painter (widget, QImage, QPdfWriter, QSvgGenerator),
/// starting from the painter's current font (shrunk at most to `minimumShrink`, see
/// layoutHeatmap). Leaves the painter's state as it found it.
void paintHeatmap(QPainter &painter, const QRectF &rect, const HeatmapData &data, const ChartStyle &style,
                  double minimumShrink = 0.5);

/// The label of table row `row` as painted: a department, or the spread row's label.
QString heatmapRowLabel(const HeatmapData &data, int row);
/// What a hidden row `row` says instead of its values ("too few respondents").
QString heatmapHiddenText(const HeatmapData &data, int row);

/// The heatmap as an image of `size` logical pixels at `devicePixelRatio`.
QImage renderHeatmap(const HeatmapData &data, const ChartStyle &style, QSize size, qreal devicePixelRatio = 1.0);

/// The heatmap as an SVG file of `size` (pixels at 96 dpi); false if the file cannot be written.
bool saveHeatmapSvg(const HeatmapData &data, const ChartStyle &style, QSizeF size, const QString &path);

} // namespace sbr::charts
