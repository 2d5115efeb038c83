// Renders the example charts a person would look at. With SBRADAR_CHART_PICTURES set to a
// directory, the PNGs and a report-like PDF land there as charts-* (for example /tmp) to be
// inspected by eye.

#include "ChartView.h"
#include "ChartsTestSupport.h"
#include "Heatmap.h"
#include "RadarChart.h"
#include "TrendChart.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace sbr::charts;

namespace {

QString pictureDir(const QTemporaryDir &fallback)
{
    const QString dir = qEnvironmentVariable("SBRADAR_CHART_PICTURES");
    return dir.isEmpty() ? fallback.path() : dir;
}

} // namespace

TEST(Pictures, ExamplesRenderInEveryTheme)
{
    QTemporaryDir tmp;
    const QDir dir(pictureDir(tmp));
    const std::pair<const char *, ChartStyle::Theme> themes[] = {{"", ChartStyle::Theme::Light},
                                                                 {"-dark", ChartStyle::Theme::Dark},
                                                                 {"-projector", ChartStyle::Theme::Projector}};
    for (const auto &[suffix, theme] : themes) {
        ChartStyle style;
        style.theme = theme;
        style.locale = QLocale(QLocale::German, QLocale::Germany);
        const QString tag = QString::fromLatin1(suffix);

        std::unique_ptr<QChart> radar(makeRadarChart(test::exampleRadar(), style));
        const QImage radarImage = renderImage(radar.get(), QSizeF(640, 560), 2.0);
        EXPECT_EQ(radarImage.size(), QSize(1280, 1120));
        EXPECT_TRUE(radarImage.save(dir.filePath(QStringLiteral("charts-radar%1.png").arg(tag))));

        std::unique_ptr<QChart> trend(makeTrendChart(test::exampleTrend(), style));
        EXPECT_TRUE(renderImage(trend.get(), QSizeF(640, 420), 2.0)
                        .save(dir.filePath(QStringLiteral("charts-trend%1.png").arg(tag))));

        EXPECT_TRUE(renderHeatmap(test::exampleHeatmap(), style, QSize(720, 380), 2.0)
                        .save(dir.filePath(QStringLiteral("charts-heatmap%1.png").arg(tag))));
    }
}

TEST(Pictures, ReportPageDrawsAllThreeIntoOnePdf)
{
    QTemporaryDir tmp;
    const QString path = QDir(pictureDir(tmp)).filePath(QStringLiteral("charts-report.pdf"));
    ChartStyle style;
    style.locale = QLocale(QLocale::German, QLocale::Germany);
    std::unique_ptr<QChart> radar(makeRadarChart(test::exampleRadar(), style));
    std::unique_ptr<QChart> trend(makeTrendChart(test::exampleTrend(), style));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QPainter painter(&writer);
        ASSERT_TRUE(painter.isActive());
        const double w = writer.width(), h = writer.height();
        renderChart(painter, QRectF(0, 0, w, h * 0.45), radar.get());
        renderChart(painter, QRectF(0, h * 0.47, w * 0.5, h * 0.25), trend.get());
        paintHeatmap(painter, QRectF(0, h * 0.74, w, h * 0.26), test::exampleHeatmap(), style);
    }
    EXPECT_GT(QFileInfo(path).size(), 5000);
}
