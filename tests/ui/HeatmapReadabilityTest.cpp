// The dashboard's heatmap of a company with six departments is read at the size of the
// window's text, at 1280×800 and at 1024×700 alike: no label or value is drawn smaller than the
// body font; the page scrolls instead, and a row label too long for its column is elided and
// shown in full as the tooltip.

#include "UiTestSupport.h"
#include "charts/HeatmapWidget.h"
#include "pages/DashboardPage.h"

#include <QApplication>
#include <QFontInfo>
#include <QFontMetricsF>

using namespace sbr;
using namespace sbr::test;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");

class HeatmapReadabilityTest : public WindowTest, public ::testing::WithParamInterface<QSize> {};

int pixelSize(const QFont &font, QWidget *on)
{
    return QFontInfo(QFont(font, on)).pixelSize();
}

} // namespace

TEST_P(HeatmapReadabilityTest, LabelsAndValuesAreNeverSmallerThanTheBodyText)
{
    window->resize(GetParam());
    window->show();
    selectNode({kWeber, QStringLiteral("2026-Q3")});
    window->pages()->setCurrentWidget(window->dashboardPage());
    QApplication::processEvents();
    auto *heatmap = window->dashboardPage()->findChild<charts::HeatmapWidget *>();
    ASSERT_NE(heatmap, nullptr);
    // Six departments (and the line of those too small to be shown alone, scoring.md *Anonymity*).
    ASSERT_GE(heatmap->data().rows.size(), 6) << qPrintable(heatmap->data().rows.join(u','));
    ASSERT_EQ(heatmap->data().columns.size(), 5);

    const charts::HeatmapLayout layout = heatmap->currentLayout();
    const int body = QFontInfo(QApplication::font()).pixelSize();
    EXPECT_GE(pixelSize(layout.font, heatmap), body) << "department labels and values";
    EXPECT_GE(pixelSize(layout.headerFont, heatmap), body) << "dimension titles";

    // Nothing cut off: every value fits its cell, the widget has the height its rows need.
    const QFontMetricsF fm(layout.font, heatmap);
    for (const QList<QRectF> &row : layout.cells)
        for (const QRectF &cell : row) {
            EXPECT_GE(cell.width(), fm.horizontalAdvance(QStringLiteral("100.0")));
            EXPECT_GE(cell.height(), fm.height());
            EXPECT_LE(cell.right(), heatmap->width() + 0.5);
            EXPECT_LE(cell.bottom(), heatmap->height() + 0.5);
        }
    EXPECT_GE(heatmap->height(), heatmap->minimumSizeHint().height());
    // However the page is laid out, the table never gets less height than its rows need at
    // that font (the page scrolls instead).
    EXPECT_GE(heatmap->minimumSizeHint().height(), heatmap->sizeHint().height());
}

TEST_P(HeatmapReadabilityTest, ALabelTooLongForItsColumnIsElidedWithTheFullNameAsTooltip)
{
    window->resize(GetParam());
    window->show();
    selectNode({kWeber, QStringLiteral("2026-Q3")});
    window->pages()->setCurrentWidget(window->dashboardPage());
    QApplication::processEvents();
    const auto *shown = window->dashboardPage()->findChild<charts::HeatmapWidget *>();
    ASSERT_NE(shown, nullptr);

    // The same table as narrow as it may become.
    charts::HeatmapWidget narrow;
    narrow.setStyle(shown->chartStyle());
    narrow.setData(shown->data());
    narrow.resize(narrow.minimumSizeHint());
    const charts::HeatmapLayout layout = narrow.currentLayout();
    const int marketing = int(narrow.data().rows.indexOf(QStringLiteral("Marketing & Kommunikation")));
    ASSERT_GE(marketing, 0);
    const QRectF label = layout.rowHeaders.at(marketing);
    EXPECT_LT(label.width(), QFontMetricsF(layout.font, &narrow).horizontalAdvance(narrow.data().rows.at(marketing)))
        << "elided";
    EXPECT_GE(pixelSize(layout.font, &narrow), QFontInfo(QApplication::font()).pixelSize()) << "but not shrunk";
    EXPECT_EQ(narrow.toolTipAt(label.center()), QStringLiteral("Marketing & Kommunikation"));

    // A cell says what it is: department, dimension and value as drawn.
    const int vertrieb = int(narrow.data().rows.indexOf(QStringLiteral("Vertrieb")));
    ASSERT_GE(vertrieb, 0);
    const std::optional<double> strategy = narrow.data().values.at(vertrieb).at(0);
    ASSERT_TRUE(strategy.has_value());
    EXPECT_EQ(narrow.toolTipAt(layout.cells.at(vertrieb).at(0).center()),
              QStringLiteral("Vertrieb, %1: %2")
                  .arg(narrow.data().columns.at(0), narrow.chartStyle().formatScore(*strategy)));
}

INSTANTIATE_TEST_SUITE_P(SmallAndUsualWindows, HeatmapReadabilityTest,
                         ::testing::Values(QSize(1024, 700), QSize(1280, 800)),
                         [](const ::testing::TestParamInfo<QSize> &size) {
                             return std::to_string(size.param.width()) + "x" + std::to_string(size.param.height());
                         });
