// Renders the example charts a person would look at. With SBRADAR_CHART_PICTURES set to a
// directory, the PNGs land there as charts-*.png (for example /tmp) to be inspected by eye.

#include "ChartView.h"
#include "ChartsTestSupport.h"
#include "Heatmap.h"
#include "RadarChart.h"
#include "TrendChart.h"

#include <QChart>
#include <QDir>
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
