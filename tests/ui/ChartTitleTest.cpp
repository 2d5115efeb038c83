// A chart saved or copied from the dashboard says whose it is: company and round in the title
// (company only for the trend, which spans the rounds).

#include "UiTestSupport.h"
#include "charts/ChartData.h"
#include "charts/ChartView.h"
#include "pages/DashboardPage.h"

#include <QChart>

using namespace sbr;
using namespace sbr::test;

TEST_F(WindowTest, DashboardChartsAreTitledWithCompanyAndRound)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2025-Q3")});
    EXPECT_EQ(window->dashboardPage()->heatmapData().title,
              QStringLiteral("Departments × dimensions – Weber Maschinenbau GmbH, round 2025-Q3"));
    QStringList titles;
    for (charts::ChartView *view : window->dashboardPage()->findChildren<charts::ChartView *>())
        if (view->chart())
            titles.append(view->chart()->title());
    EXPECT_TRUE(titles.contains(QStringLiteral("Dimensions – Weber Maschinenbau GmbH, round 2025-Q3")))
        << qPrintable(titles.join(u'|'));
    EXPECT_TRUE(titles.contains(QStringLiteral("Trend – Weber Maschinenbau GmbH"))) << qPrintable(titles.join(u'|'));
}
