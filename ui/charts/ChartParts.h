#pragma once
// Internal building blocks shared by the radar and the trend chart: theming a QChart, turning
// values with gaps into drawable runs, and adding one logical series as several Qt series
// under a single legend entry. Not part of the adapter's API; only ui/charts uses it.

#include "ChartData.h"
#include "ChartLegend.h"
#include "ChartStyle.h"

#include <QFont>
#include <QList>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
QT_END_NAMESPACE

namespace sbr::charts::detail {

/// Qt Charts renders chart titles and axis labels as rich text: escape them so that
/// "Marketing & Kommunikation" or a "<" in a name shows literally.
QString richText(const QString &plain);

/// `font` with its size fixed in scene pixels (as the screen resolves it). Items the adapter
/// paints itself need this: a point size would be resolved again against the device, so on a
/// 1200 dpi QPdfWriter, which renderChart() scales from 96-dpi scene units, text came out
/// 12.5 times too large. Qt Charts' own text items lay out at the screen resolution too.
QFont sceneFont(const QFont &font);

/// Labels made unique (Qt's category axes silently drop a repeated label) by appending
/// invisible zero-width spaces, then escaped with richText().
QStringList uniqueRichLabels(const QStringList &labels);

/// Background, title and number locale of a chart; returns its (empty) legend, which the
/// chart owns.
ChartLegend *applyChartStyle(QChart *chart, const QString &title, const ChartStyle &style);
/// Label font and colour, grid and line pens of an axis.
void applyAxisStyle(QAbstractAxis *axis, const ChartStyle &style);

/// The maximal runs of consecutive present values as points (x = index, y = value clamped to
/// 0..maximum). With `closeRing` the first value is repeated at x = count, so a radar line
/// runs from the last spoke back to the first; a gap anywhere still breaks it there.
QList<QList<QPointF>> presentRuns(const Values &values, double maximum, bool closeRing);

/// Adds `series` as one Qt line series per run (a gap cannot be expressed inside one
/// QLineSeries) plus a scatter series for the point markers, all attached to `axes`. Returns
/// its legend entry; a series without any value still has one, so the legend lists everyone
/// who was asked.
LegendEntry addLineSeries(QChart *chart, const QList<QAbstractAxis *> &axes, const Series &series,
                          const QList<QList<QPointF>> &runs, const QColor &color, const ChartStyle &style);

/// Indices of `series` in drawing order: emphasized ones last, so the company line lies on top
/// of the department lines (the legend keeps the given order).
QList<int> drawingOrder(const QList<Series> &series);

} // namespace sbr::charts::detail
