// The heatmap as a reader sees it: cell colours, the numbers printed (read back from the SVG
// text), hidden rows, the spread row, and a size that follows the font.

#include "Heatmap.h"
#include "ChartsTestSupport.h"
#include "HeatmapWidget.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sbr::charts;

namespace {

ChartStyle germanStyle()
{
    ChartStyle style;
    style.locale = QLocale(QLocale::German, QLocale::Germany);
    return style;
}

// Everything paintHeatmap draws as text, via the SVG generator's <text> elements.
QString drawnText(const HeatmapData &data, const ChartStyle &style)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("heatmap.svg"));
    if (!saveHeatmapSvg(data, style, QSizeF(720, 380), path))
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QColor cellColour(const QImage &image, const QRectF &cell)
{
    // A corner of the cell, away from the centred number and from the seams.
    return image.pixelColor((cell.topLeft() + QPointF(cell.height() * 0.25, cell.height() * 0.25)).toPoint());
}

} // namespace

TEST(Heatmap, LowScoresAreRedAndHighScoresGreen)
{
    HeatmapData data;
    data.rows = {QStringLiteral("Vertrieb")};
    data.columns = {QStringLiteral("Strategie"), QStringLiteral("Team"), QStringLiteral("Führung")};
    data.values = {{10.0, 50.0, 90.0}};
    const QSize size(500, 200);
    const QImage image = renderHeatmap(data, ChartStyle{}, size, 1.0);
    const HeatmapLayout layout =
        layoutHeatmap(QRectF(QPointF(0, 0), QSizeF(size)), data, ChartStyle{}, QGuiApplication::font(), &image);
    ASSERT_EQ(layout.cells.size(), 1);
    ASSERT_EQ(layout.cells.first().size(), 3);

    const QColor low = cellColour(image, layout.cells[0][0]);
    const QColor middle = cellColour(image, layout.cells[0][1]);
    const QColor high = cellColour(image, layout.cells[0][2]);
    EXPECT_GT(low.red(), 180);
    EXPECT_GT(low.red(), low.green() + 80) << "10 is red";
    EXPECT_GT(high.green(), high.red() + 40) << "90 is green";
    EXPECT_GT(high.green(), high.blue() + 40);
    EXPECT_GT(middle.red(), 200) << "50 is amber";
    EXPECT_GT(middle.green(), 140);
    EXPECT_LT(middle.blue(), 140);
}

TEST(Heatmap, NumbersUseTheLocaleWithOneDecimal)
{
    const QString german = drawnText(test::exampleHeatmap(), germanStyle());
    ASSERT_FALSE(german.isEmpty());
    EXPECT_TRUE(german.contains(QStringLiteral(">57,5<"))) << "German decimal comma";
    EXPECT_TRUE(german.contains(QStringLiteral(">90,0<"))) << "always one decimal";
    EXPECT_FALSE(german.contains(QStringLiteral("57.5")));

    ChartStyle english;
    english.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    EXPECT_TRUE(drawnText(test::exampleHeatmap(), english).contains(QStringLiteral(">57.5<")));
}

TEST(Heatmap, HiddenRowShowsItsTextAndNoNumbers)
{
    const HeatmapData data = test::exampleHeatmap(); // row 3 "Personal": 33,3 44,4 55,5 66,6 77,7
    const QString text = drawnText(data, germanStyle());
    EXPECT_TRUE(text.contains(QStringLiteral(">zu wenige Antworten<")));
    EXPECT_TRUE(text.contains(QStringLiteral(">Personal<"))) << "the department is still named";
    for (const char *hidden : {"33,3", "44,4", "55,5", "66,6", "77,7"})
        EXPECT_FALSE(text.contains(QString::fromLatin1(hidden))) << hidden;

    HeatmapData shown = data;
    shown.hiddenRows.clear();
    EXPECT_TRUE(drawnText(shown, germanStyle()).contains(QStringLiteral(">33,3<"))) << "control: shown when not hidden";
}

TEST(Heatmap, SpreadRowAndMissingValuesAreShown)
{
    const QString text = drawnText(test::exampleHeatmap(), germanStyle());
    EXPECT_TRUE(text.contains(QStringLiteral(">Spannweite<")));
    EXPECT_TRUE(text.contains(QStringLiteral(">82,5<"))) << "spread value of Roadmap";
    EXPECT_TRUE(text.contains(QStringLiteral(">–<"))) << "the missing Führung value of Marketing";

    HeatmapData defaults = test::exampleHeatmap();
    defaults.spreadLabel.clear();
    defaults.hiddenText.clear();
    const QString fallback = drawnText(defaults, germanStyle());
    EXPECT_TRUE(fallback.contains(QStringLiteral(">Spread<"))) << "translated default (English in tests)";
    EXPECT_TRUE(fallback.contains(QStringLiteral(">too few respondents<")));
}

TEST(Heatmap, SpreadRowIsNeutralAndBelowTheDepartments)
{
    const HeatmapData data = test::exampleHeatmap();
    const QSize size(720, 380);
    const QImage image = renderHeatmap(data, ChartStyle{}, size, 1.0);
    const HeatmapLayout layout =
        layoutHeatmap(QRectF(QPointF(0, 0), QSizeF(size)), data, ChartStyle{}, QGuiApplication::font(), &image);
    ASSERT_EQ(layout.rowHeaders.size(), data.rows.size() + 1);
    EXPECT_GT(layout.rowHeaders.last().top(), layout.rowHeaders[data.rows.size() - 1].top());
    const QColor spread = cellColour(image, layout.cells.last().last()); // 82,5: green if it were a score
    EXPECT_EQ(spread, ChartStyle{}.neutralFill());
}

TEST(Heatmap, TableFitsItsRectangleEvenWhenSmall)
{
    const HeatmapData data = test::exampleHeatmap();
    const QImage probe(10, 10, QImage::Format_ARGB32);
    const QSizeF natural = heatmapNaturalSize(data, ChartStyle{}, QGuiApplication::font(), &probe);
    const QRectF small(QPointF(0, 0), natural * 0.7);
    const HeatmapLayout layout = layoutHeatmap(small, data, ChartStyle{}, QGuiApplication::font(), &probe);
    EXPECT_LT(layout.font.pointSizeF(), QGuiApplication::font().pointSizeF()) << "the font shrinks";
    for (const QList<QRectF> &row : layout.cells)
        for (const QRectF &cell : row)
            EXPECT_TRUE(small.adjusted(-0.5, -0.5, 0.5, 0.5).contains(cell)) << "cell outside the rectangle";
}

TEST(HeatmapWidget, SizeHintGrowsWithTheFontAndPaintsLikeTheReport)
{
    HeatmapWidget widget;
    widget.setData(test::exampleHeatmap());
    const QSize normal = widget.sizeHint();
    EXPECT_GT(normal.width(), 300);
    EXPECT_GT(normal.height(), 150);

    // 200 % scaling as font metrics see it: twice the font.
    QFont big = widget.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    widget.setFont(big);
    const QSize doubled = widget.sizeHint();
    EXPECT_GT(doubled.width(), normal.width() * 1.8);
    EXPECT_GT(doubled.height(), normal.height() * 1.8);

    widget.setFont(QFont());
    widget.resize(widget.sizeHint());
    const QImage shown = widget.grab().toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage report = renderHeatmap(widget.data(), widget.chartStyle(), widget.size(), 1.0);
    EXPECT_EQ(shown, report) << "the widget and the report draw the same picture";
}
