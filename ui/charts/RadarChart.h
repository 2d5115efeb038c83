#pragma once
// Radar ("spider") chart of scores per dimension: one spoke per axis, clockwise from the top,
// rings at the stage thresholds 20/40/60/80, an optional peer band behind the lines.

#include "ChartData.h"
#include "ChartStyle.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace sbr::charts {

/// A new QPolarChart; the caller owns it (a ChartView takes it over with setChart()).
/// Value k of every series is drawn on spoke k, and label k sits on that spoke.
/// With fewer than 3 axes the chart is empty except for a note in its title.
QChart *makeRadarChart(const RadarData &data, const ChartStyle &style);

} // namespace sbr::charts
