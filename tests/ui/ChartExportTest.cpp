// The dashboard's pictures can be saved: PNG at twice the size on screen, SVG as vectors with
// the axis texts, and copied to the clipboard.

#include "pages/ChartExport.h"
#include "UiTestSupport.h"
#include "charts/Charts.h"
#include "charts/HeatmapWidget.h"
#include "pages/DashboardPage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>

using namespace sbr;
using namespace sbr::test;

TEST_F(WindowTest, ChartsAreSavedAsPngAndSvg)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3")});
    window->resize(1400, 900);
    window->show();
    QCoreApplication::processEvents();
    const QList<charts::ChartView *> views = window->dashboardPage()->findChildren<charts::ChartView *>();
    ASSERT_EQ(views.size(), 2); // radar and trend
    charts::ChartView *radar = views[0];
    QString error;
    const QString png = dir.filePath(QStringLiteral("radar.png"));
    ASSERT_TRUE(ui::ChartExport::save(radar, png, &error)) << qPrintable(error);
    const QImage image(png);
    EXPECT_EQ(image.width(), radar->width() * 2);
    EXPECT_EQ(image.height(), radar->height() * 2);
    const QString svg = dir.filePath(QStringLiteral("radar.svg"));
    ASSERT_TRUE(ui::ChartExport::save(radar, svg, &error)) << qPrintable(error);
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Strategy"));

    auto *heatmap = window->dashboardPage()->findChild<charts::HeatmapWidget *>();
    ASSERT_TRUE(heatmap);
    ASSERT_TRUE(ui::ChartExport::save(heatmap, dir.filePath(QStringLiteral("heat.png")), &error)) << qPrintable(error);
    EXPECT_FALSE(QImage(dir.filePath(QStringLiteral("heat.png"))).isNull());
    EXPECT_FALSE(ui::ChartExport::save(radar, QStringLiteral("/nonexistent-folder/x.png"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("could not be written")));

    // The context menu's "Copy picture" puts the chart on the clipboard.
    const QList<QAction *> actions = radar->actions();
    ASSERT_EQ(actions.size(), 2);
    actions[1]->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->image().width(), radar->width() * 2);
}
