// The workbench starts where the user left off: the company, round or department and the page
// shown last in that workspace; another workspace, or a remembered department that is gone,
// starts at the newest round of the first company as before.

#include "AppSettings.h"
#include "UiTestSupport.h"
#include "pages/BenchmarkPage.h"
#include "pages/DashboardPage.h"

#include <QTabWidget>

using namespace sbr;
using namespace sbr::test;

namespace {
const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");
const QString kMarketing = QStringLiteral("Marketing & Kommunikation");
} // namespace

TEST_F(WindowTest, TheLastDepartmentAndPageAreShownAgainAfterARestart)
{
    selectNode({kWeber, QStringLiteral("2025-Q1"), kMarketing});
    window->pages()->setCurrentWidget(window->benchmarkPage());
    window.reset(); // the program ends

    ui::MainWindow again;
    ASSERT_TRUE(again.openWorkspace(path));
    EXPECT_EQ(again.selection().companyName, kWeber);
    EXPECT_EQ(again.selection().roundLabel, QStringLiteral("2025-Q1"));
    EXPECT_EQ(again.selection().departmentName, kMarketing);
    EXPECT_EQ(again.pages()->currentWidget(), again.benchmarkPage());
}

TEST_F(WindowTest, ARememberedRoundOfAnotherCompanyIsShownAgain)
{
    selectNode({QStringLiteral("Brandt Armaturen AG"), QStringLiteral("2025-H2")});
    window->pages()->setCurrentWidget(window->dashboardPage());
    window.reset();

    ui::MainWindow again;
    ASSERT_TRUE(again.openWorkspace(path));
    EXPECT_EQ(again.selection().companyName, QStringLiteral("Brandt Armaturen AG"));
    EXPECT_EQ(again.selection().roundLabel, QStringLiteral("2025-H2"));
    EXPECT_FALSE(again.selection().hasDepartment());
    EXPECT_EQ(again.pages()->currentWidget(), again.dashboardPage());
}

TEST_F(WindowTest, AnotherWorkspaceOrAVanishedDepartmentStartsAtTheNewestRound)
{
    selectNode({kWeber, QStringLiteral("2025-Q1"), kMarketing});
    window.reset();
    // The same names, but another file: nothing is carried over between workspaces.
    QTemporaryDir otherDir;
    const QString other = makeDemo(otherDir);
    ui::Selection first;
    {
        ui::MainWindow elsewhere;
        ASSERT_TRUE(elsewhere.openWorkspace(other));
        first = elsewhere.selection();
    }
    EXPECT_FALSE(first.hasDepartment());
    EXPECT_TRUE(first.hasRound());
    EXPECT_NE(first.roundLabel, QStringLiteral("2025-Q1"));

    // Remembered in `other` now: a department that no longer exists when it is opened again.
    ui::AppSettings::setLastSelection(other, {first.companyName, first.roundLabel, QStringLiteral("Gibt es nicht")}, 2);
    ui::MainWindow again;
    ASSERT_TRUE(again.openWorkspace(other));
    EXPECT_EQ(again.selection().companyName, first.companyName);
    EXPECT_EQ(again.selection().roundLabel, first.roundLabel);
    EXPECT_FALSE(again.selection().hasDepartment());
}
