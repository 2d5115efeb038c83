#pragma once
// Line chart of scores over the rounds of a company: rounds as categories on x (date order),
// 0..maximum on y, one line per series with markers, a gap where a value is missing.

#include "ChartData.h"
#include "ChartStyle.h"

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace sbr::charts {

/// A new QChart; the caller owns it.
QChart *makeTrendChart(const TrendData &data, const ChartStyle &style);

} // namespace sbr::charts
