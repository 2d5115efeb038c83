// The trend chart as a reader sees it: rounds left to right in the given order, a gap where a
// round has no value, the company line thicker than the departments'.

#include "TrendChart.h"
#include "ChartView.h"
#include "ChartsTestSupport.h"

#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLineSeries>

#include <gtest/gtest.h>

#include <memory>

using namespace sbr::charts;

namespace {

const QSizeF kSize(640, 420);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kOrange(0xE6, 0x9F, 0x00);

TrendData trendWithGap()
{
    TrendData data;
    data.rounds = {QStringLiteral("2025-Q1"), QStringLiteral("2025-Q3"), QStringLiteral("2026-Q1")};
    data.series = {{QStringLiteral("Unternehmen"), {20.0, 30.0, 40.0}, kBlue, true},
                   {QStringLiteral("Vertrieb"), {50.0, std::nullopt, 70.0}, kOrange, false}};
    return data;
}

bool columnHasColour(const QImage &image, double x, const QRectF &plot, const QColor &colour)
{
    for (int y = int(plot.top()); y <= int(plot.bottom()); ++y)
        if (test::hasColourNear(image, QPointF(x, y), colour, 0))
            return true;
    return false;
}

} // namespace

TEST(TrendChart, RoundsAreCategoriesInTheGivenOrderAndReadInFull)
{
    const TrendData data = trendWithGap();
    // 340 pixels: Qt 6.4's own category labels were cut to "2025-..." at this width.
    for (const QSizeF size : {kSize, QSizeF(340, 260)}) {
        QChart *chart = makeTrendChart(data, ChartStyle{});
        std::unique_ptr<QGraphicsScene> scene(test::layOut(chart, size));
        ASSERT_FALSE(chart->series().isEmpty());

        double previousX = -1;
        for (int k = 0; k < data.rounds.size(); ++k) {
            QGraphicsTextItem *label = nullptr;
            for (QGraphicsItem *item : scene->items())
                if (auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item))
                    if (text->isVisible() && text->toPlainText() == data.rounds.at(k))
                        label = text;
            ASSERT_NE(label, nullptr) << data.rounds.at(k).toStdString() << " in full at width " << size.width();
            const QRectF box = label->sceneBoundingRect();
            EXPECT_GT(box.center().x(), previousX) << "round " << k << " right of round " << k - 1;
            EXPECT_NEAR(box.center().x(), chart->mapToPosition(QPointF(k, 0), chart->series().first()).x(), 3.0)
                << "label " << k << " under the values of round " << k;
            EXPECT_GT(box.top(), chart->plotArea().bottom()) << "below the plot";
            previousX = box.center().x();
        }
    }
}

TEST(TrendChart, MissingValueLeavesAGap)
{
    std::unique_ptr<QChart> chart(makeTrendChart(trendWithGap(), ChartStyle{}));
    const QImage image = renderImage(chart.get(), kSize, 1.0);
    const QRectF plot = chart->plotArea();
    QAbstractSeries *anySeries = chart->series().first();
    const double x0 = chart->mapToPosition(QPointF(0, 0), anySeries).x();
    const double x1 = chart->mapToPosition(QPointF(1, 0), anySeries).x();
    const double x2 = chart->mapToPosition(QPointF(2, 0), anySeries).x();

    EXPECT_FALSE(columnHasColour(image, (x0 + x1) / 2, plot, kOrange)) << "no line from round 1 into the gap";
    EXPECT_FALSE(columnHasColour(image, (x1 + x2) / 2, plot, kOrange)) << "no line from the gap to round 3";
    EXPECT_FALSE(columnHasColour(image, x1, plot, kOrange)) << "no invented value in round 2";
    EXPECT_TRUE(columnHasColour(image, (x0 + x1) / 2, plot, kBlue)) << "control: the complete series is a line";
    EXPECT_TRUE(test::hasColourNear(image, chart->mapToPosition(QPointF(0, 50), anySeries), kOrange))
        << "the values beside the gap keep their markers";
    EXPECT_TRUE(test::hasColourNear(image, chart->mapToPosition(QPointF(2, 70), anySeries), kOrange));
}

TEST(TrendChart, EmphasizedSeriesIsDrawnThicker)
{
    std::unique_ptr<QChart> chart(makeTrendChart(trendWithGap(), ChartStyle{}));
    double company = 0, department = 0;
    for (QAbstractSeries *series : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series); line && series->type() == QAbstractSeries::SeriesTypeLine)
            (line->name() == QStringLiteral("Unternehmen") ? company : department) = line->pen().widthF();
    EXPECT_GT(company, department * 1.5);
    EXPECT_GT(department, 0.0);
}

TEST(TrendChart, ValuesOutsideTheScaleAreClampedNotLost)
{
    TrendData data = trendWithGap();
    data.series = {{QStringLiteral("Unternehmen"), {-5.0, 50.0, 120.0}, kBlue, true}};
    std::unique_ptr<QChart> chart(makeTrendChart(data, ChartStyle{}));
    const QImage image = renderImage(chart.get(), kSize, 1.0);
    QAbstractSeries *series = chart->series().first();
    EXPECT_TRUE(test::hasColourNear(image, chart->mapToPosition(QPointF(2, 100), series), kBlue));
    EXPECT_TRUE(test::hasColourNear(image, chart->mapToPosition(QPointF(0, 0), series), kBlue));
}
