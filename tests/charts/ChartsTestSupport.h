#pragma once
// Shared by the chart adapter tests: realistic German example data and pixel helpers. The
// QApplication that Qt Charts and QPainter need lives in ChartsTestSupport.cpp.

#include "ChartData.h"
#include "ChartStyle.h"

#include <QImage>
#include <QPointF>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsScene;
QT_END_NAMESPACE

namespace sbr::charts::test {

QStringList dimensions();  ///< Strategie, Praktiken, Team, Führung, Roadmap
QStringList departments(); ///< six, with long German names
RadarData exampleRadar();
TrendData exampleTrend();
HeatmapData exampleHeatmap(); ///< 6 × 5, row 3 hidden

/// True if a pixel within `radius` of `at` has a colour within `tolerance` of `colour`.
bool hasColourNear(const QImage &image, QPointF at, const QColor &colour, int radius = 2, int tolerance = 40);
/// Colour distance (max channel difference).
int colourDistance(const QColor &a, const QColor &b);

/// Point on spoke `k` of `n` at `fraction` of the radius, for a polar chart's plot area
/// (clockwise from the top, like Qt's polar charts).
QPointF spokePoint(const QRectF &plotArea, int k, int n, double fraction, double offsetDegrees = 0);

/// Lays `chart` out at `size` in its own scene (the scene owns the chart afterwards).
QGraphicsScene *layOut(QChart *chart, QSizeF size);

} // namespace sbr::charts::test
