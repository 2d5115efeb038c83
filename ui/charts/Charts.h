#pragma once
// The chart adapter in one include: plain data in (ChartData.h), pictures out. Callers never
// include Qt Charts headers themselves, so replacing Qt Charts touches only ui/charts.

#include "ChartData.h"
#include "ChartStyle.h"
#include "ChartView.h"
#include "Heatmap.h"
#include "HeatmapWidget.h"
#include "RadarChart.h"
#include "TrendChart.h"
