// A new, empty workspace shows three first steps with buttons instead of empty pages; the
// buttons create the company and the round, and with the first round the pages appear.

#include "pages/FirstSteps.h"
#include "Dialogs.h"
#include "UiTestSupport.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>

using namespace sbr;
using namespace sbr::test;

TEST(FirstSteps, AnEmptyWorkspaceLeadsThroughCompanyAndRoundToThePages)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("neu.sbradar"));
    storage::StorageError error;
    ASSERT_TRUE(storage::Workspace::create(path, io::defaultQuestionnaire(), &error)) << qPrintable(error.message);
    ui::MainWindow window;
    ASSERT_TRUE(window.openWorkspace(path));
    ui::FirstSteps *steps = window.firstSteps();
    auto *stack = qobject_cast<QStackedWidget *>(steps->parentWidget());
    ASSERT_NE(stack, nullptr);
    EXPECT_EQ(stack->currentWidget(), steps);
    EXPECT_TRUE(steps->button(0)->isEnabled());
    EXPECT_FALSE(steps->button(1)->isEnabled()); // a round needs a company first
    EXPECT_TRUE(steps->button(2)->isEnabled());

    ui::Dialogs::queueAnswers({QStringLiteral("Bäckerei Ölmann")});
    steps->button(0)->click();
    EXPECT_EQ(window.selection().companyName, QStringLiteral("Bäckerei Ölmann"));
    EXPECT_EQ(stack->currentWidget(), steps); // still no round
    EXPECT_TRUE(steps->button(1)->isEnabled());

    ui::Dialogs::queueAnswers({QStringLiteral("2026-Q1"), QStringLiteral("2026-03-15")});
    steps->button(1)->click();
    EXPECT_EQ(window.selection().roundLabel, QStringLiteral("2026-Q1"));
    EXPECT_EQ(stack->currentWidget(), window.pages());
}

TEST_F(WindowTest, AWorkspaceWithRoundsShowsThePages)
{
    auto *stack = qobject_cast<QStackedWidget *>(window->firstSteps()->parentWidget());
    ASSERT_NE(stack, nullptr);
    EXPECT_EQ(stack->currentWidget(), window->pages());
}
