// What leaves the adapter: SVG and PDF files, images, the view widget, and the themes.

#include "ChartView.h"
#include "ChartsTestSupport.h"
#include "RadarChart.h"
#include "TrendChart.h"

#include <QCoreApplication>
#include <QFile>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPointer>
#include <QTemporaryDir>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

using namespace sbr::charts;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

double luminance(const QColor &c)
{
    return 0.2126 * c.red() + 0.7152 * c.green() + 0.0722 * c.blue();
}

} // namespace

TEST(Export, SvgHasTheAxisLabelsAsText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("radar.svg"));
    std::unique_ptr<QChart> chart(makeRadarChart(test::exampleRadar(), ChartStyle{}));
    ASSERT_TRUE(saveSvg(chart.get(), QSizeF(640, 560), path));

    const QString svg = QString::fromUtf8(readAll(path));
    EXPECT_TRUE(svg.contains(QStringLiteral("<svg")));
    for (const QString &axis : test::dimensions())
        EXPECT_TRUE(svg.contains(axis)) << axis.toStdString();
    // The legend names in full (Qt 6.4's attached legend cut them to "Vergleichsgruppe...").
    EXPECT_TRUE(svg.contains(QStringLiteral("Marketing &amp; Kommunikation"))) << "escaped once";
    EXPECT_TRUE(svg.contains(QStringLiteral("Vergleichsgruppe (Mittel ± SD)")));
    EXPECT_TRUE(svg.contains(QStringLiteral("Unternehmen 2025-Q3")));
}

TEST(Export, SvgToAnUnwritablePathFails)
{
    std::unique_ptr<QChart> chart(makeRadarChart(test::exampleRadar(), ChartStyle{}));
    EXPECT_FALSE(saveSvg(chart.get(), QSizeF(640, 560), QStringLiteral("/nonexistent-dir/radar.svg")));
}

TEST(Export, ChartRendersIntoAPdfAsVectors)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    std::unique_ptr<QChart> radar(makeRadarChart(test::exampleRadar(), ChartStyle{}));
    std::unique_ptr<QChart> trend(makeTrendChart(test::exampleTrend(), ChartStyle{}));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        ASSERT_TRUE(painter.isActive());
        const double w = writer.width(), h = writer.height();
        renderChart(painter, QRectF(0, 0, w, h / 2), radar.get());
        renderChart(painter, QRectF(0, h / 2, w, h / 3), trend.get());
    }
    const QByteArray pdf = readAll(path);
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    EXPECT_GT(pdf.size(), 5000);
    EXPECT_TRUE(pdf.contains("/Font")) << "text stays text";
    EXPECT_FALSE(pdf.contains("/Subtype /Image")) << "no rasterised chart inside the PDF";
    EXPECT_EQ(radar->scene(), nullptr) << "the caller keeps the chart";
}

TEST(Export, RenderImageHasTheRequestedSizeAndLeavesTheChartAlone)
{
    std::unique_ptr<QChart> chart(makeRadarChart(test::exampleRadar(), ChartStyle{}));
    const QImage first = renderImage(chart.get(), QSizeF(500, 400), 2.0);
    EXPECT_EQ(first.size(), QSize(1000, 800));
    EXPECT_DOUBLE_EQ(first.devicePixelRatio(), 2.0);
    EXPECT_EQ(chart->scene(), nullptr);
    EXPECT_EQ(renderImage(chart.get(), QSizeF(500, 400), 2.0), first) << "rendering twice draws the same picture";
}

TEST(ChartView, ReplacingTheChartDeletesThePreviousOne)
{
    ChartView view(makeTrendChart(test::exampleTrend(), ChartStyle{}));
    QPointer<QChart> first = view.chart();
    QChart *second = makeRadarChart(test::exampleRadar(), ChartStyle{});
    view.setChart(second);
    EXPECT_TRUE(first.isNull());
    EXPECT_EQ(view.chart(), second);
    EXPECT_TRUE(view.renderHints().testFlag(QPainter::Antialiasing));

    view.setChart(nullptr);
    EXPECT_NE(view.chart(), nullptr) << "an empty chart, never a dangling one";
}

TEST(ChartView, ExportingTheShownChartKeepsItsSizeInTheView)
{
    ChartView view(makeRadarChart(test::exampleRadar(), ChartStyle{}));
    view.resize(420, 360);
    view.show();
    QCoreApplication::processEvents();
    const QSizeF shown = view.chart()->size();
    const QImage image = renderImage(view.chart(), QSizeF(800, 700), 1.0);
    EXPECT_EQ(image.size(), QSize(800, 700));
    EXPECT_EQ(view.chart()->size(), shown);
    EXPECT_EQ(view.chart()->scene(), view.scene());
}

TEST(ChartStyle, ThemesChangeBackgroundFontsAndLines)
{
    ChartStyle dark;
    dark.theme = ChartStyle::Theme::Dark;
    ChartStyle projector;
    projector.theme = ChartStyle::Theme::Projector;

    std::unique_ptr<QChart> light(makeTrendChart(test::exampleTrend(), ChartStyle{}));
    std::unique_ptr<QChart> night(makeTrendChart(test::exampleTrend(), dark));
    std::unique_ptr<QChart> beamer(makeTrendChart(test::exampleTrend(), projector));
    EXPECT_GT(luminance(renderImage(light.get(), QSizeF(300, 200)).pixelColor(3, 3)), 240);
    EXPECT_LT(luminance(renderImage(night.get(), QSizeF(300, 200)).pixelColor(3, 3)), 60);

    auto axisFont = [](QChart *chart) { return chart->axes(Qt::Vertical).first()->labelsFont().pointSizeF(); };
    EXPECT_NEAR(axisFont(beamer.get()) / axisFont(light.get()), 1.6, 0.01);
    auto firstPen = [](QChart *chart) { return qobject_cast<QLineSeries *>(chart->series().first())->pen().widthF(); };
    EXPECT_GT(firstPen(beamer.get()), firstPen(light.get()));
}

TEST(ChartStyle, PaletteIsColourBlindSafeAndNumbersFollowTheLocale)
{
    const QList<QColor> palette = ChartStyle::palette();
    ASSERT_EQ(palette.size(), 8);
    EXPECT_EQ(palette.first(), QColor(0x00, 0x72, 0xB2)) << "Okabe–Ito blue";
    EXPECT_TRUE(palette.contains(QColor(0xE6, 0x9F, 0x00))) << "Okabe–Ito orange";

    ChartStyle german;
    german.locale = QLocale(QLocale::German, QLocale::Germany);
    EXPECT_EQ(german.formatScore(57.5), QStringLiteral("57,5"));
    ChartStyle english;
    english.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    EXPECT_EQ(english.formatScore(57.46), QStringLiteral("57.5"));

    ChartStyle dark;
    dark.theme = ChartStyle::Theme::Dark;
    EXPECT_GT(luminance(dark.seriesColor(Qt::black, 0)), 60) << "a black series stays visible on the dark theme";
    EXPECT_EQ(ChartStyle{}.seriesColor(QColor(), 9), palette.at(1)) << "missing colours cycle through the palette";
}
