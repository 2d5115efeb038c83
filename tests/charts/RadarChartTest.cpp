// The radar as a reader sees it: labels on the right spokes, values at the right radius, gaps
// where data is missing, the peer band between its bounds. Checked on rendered pixels and on
// the laid-out label items, not on the series objects Qt Charts happens to use.

#include "RadarChart.h"
#include "ChartView.h"
#include "ChartsTestSupport.h"

#include <QAreaSeries>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QtMath>

#include <gtest/gtest.h>

#include <memory>

using namespace sbr::charts;
using sbr::charts::test::hasColourNear;
using sbr::charts::test::spokePoint;

namespace {

const QSizeF kSize(640, 560);
const QColor kCompany(0x00, 0x72, 0xB2);
const QColor kDepartment(0xD5, 0x5E, 0x00);

RadarData radarWith(const QList<Series> &series)
{
    RadarData data;
    data.axes = test::dimensions();
    data.series = series;
    return data;
}

// Clockwise from the top, like the spokes of Qt's polar chart.
double clockAngle(QPointF centre, QPointF p)
{
    const double degrees = qRadiansToDegrees(std::atan2(p.x() - centre.x(), centre.y() - p.y()));
    return std::fmod(degrees + 360.0, 360.0);
}

double angleBetween(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d);
}

QList<QGraphicsTextItem *> visibleTextItems(QGraphicsScene *scene, const QString &text)
{
    QList<QGraphicsTextItem *> found;
    for (QGraphicsItem *item : scene->items())
        if (auto *textItem = qgraphicsitem_cast<QGraphicsTextItem *>(item))
            if (textItem->isVisible() && textItem->toPlainText() == text)
                found << textItem;
    return found;
}

} // namespace

TEST(RadarChart, EachAxisLabelSitsOnItsOwnSpoke)
{
    for (int n : {3, 5, 8}) {
        RadarData data;
        for (int k = 0; k < n; ++k)
            data.axes << QStringLiteral("Achse %1").arg(k + 1);
        data.series = {{QStringLiteral("Unternehmen"), Values(n, 50.0), kCompany, true}};
        QChart *chart = makeRadarChart(data, ChartStyle{});
        std::unique_ptr<QGraphicsScene> scene(test::layOut(chart, kSize));

        const QPointF centre = chart->plotArea().center();
        const double step = 360.0 / n;
        for (int k = 0; k < n; ++k) {
            const QList<QGraphicsTextItem *> labels = visibleTextItems(scene.get(), data.axes.at(k));
            ASSERT_EQ(labels.size(), 1) << "axis " << k << " of " << n;
            const double angle = clockAngle(centre, labels.first()->sceneBoundingRect().center());
            // Off by half a category (Qt's default placement) would be step / 2 away.
            EXPECT_LT(angleBetween(angle, k * step), step / 4) << "label " << k << " of " << n << " at " << angle;
            EXPECT_GT(QLineF(centre, labels.first()->sceneBoundingRect().center()).length(),
                      chart->plotArea().width() / 2)
                << "label " << k << " must sit outside the outer ring";
        }
    }
}

TEST(RadarChart, ValueIsDrawnOnTheSpokeOfItsAxis)
{
    std::unique_ptr<QChart> chart(makeRadarChart(
        radarWith({{QStringLiteral("Unternehmen"), {40.0, 40.0, 80.0, 40.0, 40.0}, kCompany, true}}), ChartStyle{}));
    const QImage image = renderImage(chart.get(), kSize, 1.0);
    const QRectF plot = chart->plotArea();
    EXPECT_NEAR(plot.width(), plot.height(), 1.0);

    EXPECT_TRUE(hasColourNear(image, spokePoint(plot, 2, 5, 0.8), kCompany)) << "80 on Team (axis 2)";
    EXPECT_FALSE(hasColourNear(image, spokePoint(plot, 1, 5, 0.8), kCompany)) << "no 80 on Praktiken";
    EXPECT_FALSE(hasColourNear(image, spokePoint(plot, 3, 5, 0.8), kCompany)) << "no 80 on Führung";
    for (int k : {0, 1, 3, 4})
        EXPECT_TRUE(hasColourNear(image, spokePoint(plot, k, 5, 0.4), kCompany)) << "40 on axis " << k;
}

TEST(RadarChart, HundredLandsOnTheOuterRing)
{
    std::unique_ptr<QChart> chart(makeRadarChart(
        radarWith({{QStringLiteral("Unternehmen"), {100.0, 20.0, 20.0, 20.0, 20.0}, kCompany, true}}), ChartStyle{}));
    const QImage image = renderImage(chart.get(), kSize, 1.0);
    const QRectF plot = chart->plotArea();

    EXPECT_TRUE(hasColourNear(image, spokePoint(plot, 0, 5, 1.0), kCompany));
    EXPECT_FALSE(hasColourNear(image, spokePoint(plot, 0, 5, 0.9), kCompany)) << "not short of the ring";
    EXPECT_FALSE(hasColourNear(image, spokePoint(plot, 0, 5, 1.08), kCompany)) << "not beyond the ring";
}

TEST(RadarChart, MissingValueLeavesAGapInsteadOfAPointAtTheCentre)
{
    std::unique_ptr<QChart> chart(makeRadarChart(
        radarWith({{QStringLiteral("Vertrieb"), {60.0, 60.0, std::nullopt, 60.0, 60.0}, kDepartment, false}}),
        ChartStyle{}));
    const QImage image = renderImage(chart.get(), kSize, 1.0);
    const QRectF plot = chart->plotArea();

    EXPECT_TRUE(hasColourNear(image, spokePoint(plot, 1, 5, 0.6), kDepartment)) << "the values that exist are drawn";
    EXPECT_TRUE(hasColourNear(image, spokePoint(plot, 3, 5, 0.6), kDepartment));
    for (double fraction = 0.0; fraction <= 1.0; fraction += 0.02) {
        EXPECT_FALSE(hasColourNear(image, spokePoint(plot, 2, 5, fraction), kDepartment, 1))
            << "nothing on the spoke without a value, at " << fraction;
    }
    // The lines 1→2 and 2→3 are missing, not drawn to the centre or elsewhere.
    EXPECT_FALSE(hasColourNear(image, spokePoint(plot, 1, 5, 0.5, 36), kDepartment, 3));
    EXPECT_FALSE(hasColourNear(image, spokePoint(plot, 2, 5, 0.5, 36), kDepartment, 3));
    EXPECT_TRUE(
        hasColourNear(image, spokePoint(plot, 3, 5, 60 * std::cos(qDegreesToRadians(36.0)) / 100, 36), kDepartment, 3))
        << "control: the line 3→4 is there";
}

TEST(RadarChart, PeerBandIsFilledBetweenLowerAndUpperBehindTheLines)
{
    RadarData data = radarWith({{QStringLiteral("Unternehmen"), {90.0, 90.0, 90.0, 90.0, 90.0}, kCompany, true}});
    data.bandLower = Values(5, 40.0);
    data.bandUpper = Values(5, 60.0);
    data.bandName = QStringLiteral("Vergleichsgruppe");
    std::unique_ptr<QChart> chart(makeRadarChart(data, ChartStyle{}));
    const QImage image = renderImage(chart.get(), kSize, 1.0);
    const QRectF plot = chart->plotArea();
    const QColor background = ChartStyle{}.background();

    ASSERT_FALSE(chart->series().isEmpty());
    EXPECT_NE(qobject_cast<QAreaSeries *>(chart->series().first()), nullptr) << "band first, so lines cover it";
    for (int k = 0; k < 5; ++k) {
        // 10° beside the spoke, away from spokes and rings; the band edge there is at ~0.95 × value.
        const QColor inside = image.pixelColor(spokePoint(plot, k, 5, 0.5, 10).toPoint());
        const QColor below = image.pixelColor(spokePoint(plot, k, 5, 0.3, 10).toPoint());
        const QColor above = image.pixelColor(spokePoint(plot, k, 5, 0.7, 10).toPoint());
        EXPECT_GT(test::colourDistance(inside, background), 15) << "filled between the bounds, axis " << k;
        EXPECT_LT(test::colourDistance(below, background), 8) << "empty below the lower bound, axis " << k;
        EXPECT_LT(test::colourDistance(above, background), 8) << "empty above the upper bound, axis " << k;
        EXPECT_EQ(inside.red(), inside.blue()) << "a neutral grey, not a series colour";
    }
}

TEST(RadarChart, FewerThanThreeAxesGiveAnEmptyChartWithANote)
{
    RadarData data;
    data.axes = {QStringLiteral("Strategie"), QStringLiteral("Team")};
    data.series = {{QStringLiteral("Unternehmen"), {50.0, 60.0}, kCompany, true}};
    std::unique_ptr<QChart> chart(makeRadarChart(data, ChartStyle{}));
    EXPECT_TRUE(chart->series().isEmpty());
    EXPECT_TRUE(chart->title().contains(QStringLiteral("three"))) << chart->title().toStdString();
}

TEST(RadarChart, CompanyLineLiesOnTopOfDepartmentsWhereTheyMeet)
{
    // The company comes first in the data (and the legend) but is drawn last.
    std::unique_ptr<QChart> chart(
        makeRadarChart(radarWith({{QStringLiteral("Unternehmen"), Values(5, 50.0), kCompany, true},
                                  {QStringLiteral("Vertrieb"), Values(5, 50.0), kDepartment, false}}),
                       ChartStyle{}));
    const QImage image = renderImage(chart.get(), kSize, 1.0);
    for (int k = 0; k < 5; ++k) {
        const QColor at = image.pixelColor(spokePoint(chart->plotArea(), k, 5, 0.5).toPoint());
        EXPECT_LT(test::colourDistance(at, kCompany), 40) << "axis " << k;
    }
}
