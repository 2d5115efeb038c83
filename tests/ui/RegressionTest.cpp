// Things a user ran into: an empty workspace must let one start, keys beyond the scale are
// refused, the navigator keeps its place while answers are typed, English counts read well.

#include "CompanyOverviewModel.h"
#include "Dialogs.h"
#include "Language.h"
#include "UiTestSupport.h"
#include "WorkspaceActions.h"
#include "models/AssessmentModel.h"
#include "pages/AssessmentPage.h"
#include "pages/AssessmentView.h"
#include "pages/OverviewPage.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;

namespace {
QAction *menuAction(QMenuBar *bar, const QString &text)
{
    for (QAction *menu : bar->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}
} // namespace

TEST_F(WindowTest, AnEmptyWorkspaceCanBeFilled)
{
    ui::Dialogs::queueAnswers({dir.filePath(QStringLiteral("leer.sbradar"))});
    window->actions()->newWorkspace();
    ASSERT_EQ(controller()->report().companies.size(), 0u);
    QAction *newCompany = menuAction(window->menuBar(), QStringLiteral("New &company…"));
    ASSERT_TRUE(newCompany);
    EXPECT_TRUE(newCompany->isEnabled());
    EXPECT_TRUE(menuAction(window->menuBar(), QStringLiteral("&Import answers (CSV, Excel)…"))->isEnabled());
}

TEST_F(WindowTest, KeysBeyondTheScaleAreRefused)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ui::AssessmentModel *model = window->assessmentPage()->model();
    ui::AssessmentView *view = window->assessmentPage()->view();
    const QModelIndex cell = model->indexOfItem(0, model->respondentColumn(0));
    const int before = cell.data(ui::AssessmentModel::LevelRole).toInt();
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_7);
    EXPECT_EQ(model->indexOfItem(0, model->respondentColumn(0)).data(ui::AssessmentModel::LevelRole).toInt(), before);
    EXPECT_EQ(controller()->undoStack()->count(), 0);
    storage::StorageError error;
    EXPECT_FALSE(controller()->session()->setAnswer(model->assessment(), {model->respondents()[0].id, 0, 9}, &error));
    EXPECT_TRUE(error.message.contains(QStringLiteral("outside the scale")));
}

TEST_F(WindowTest, NavigatorKeepsItsPlaceWhileTyping)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    const QModelIndex department =
        findNode(window->navigatorModel(),
                 {QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ASSERT_TRUE(window->navigator()->isExpanded(department.parent()));
    ui::AssessmentModel *model = window->assessmentPage()->model();
    ui::AssessmentView *view = window->assessmentPage()->view();
    view->setCurrentIndex(model->indexOfItem(0, model->respondentColumn(0)));
    QTest::keyClick(view, Qt::Key_1);
    QTest::keyClick(view, Qt::Key_2);
    EXPECT_EQ(controller()->undoStack()->count() > 0, true);
    EXPECT_TRUE(window->navigator()->isExpanded(department.parent()));
    EXPECT_EQ(window->navigator()->currentIndex(), department);
    EXPECT_EQ(view->currentIndex(), model->indexOfItem(2, model->respondentColumn(0))); // still typing down
}

TEST_F(WindowTest, EnglishCountsReadWell)
{
    ui::Language::apply(QStringLiteral("en"));
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    QStringList texts;
    for (const QLabel *l : window->assessmentPage()->findChildren<QLabel *>())
        texts.append(l->text());
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("5 respondents"))) << qPrintable(all);
    EXPECT_FALSE(all.contains(QStringLiteral("(s)")));
}

TEST_F(WindowTest, ARowOfAllCompaniesOpensThatRound)
{
    auto *overview = window->findChild<ui::OverviewPage *>();
    ASSERT_TRUE(overview);
    emit overview->roundActivated(QStringLiteral("Hoffmann Sensorik GmbH"), QStringLiteral("2025-H2"));
    EXPECT_EQ(window->selection().companyName, QStringLiteral("Hoffmann Sensorik GmbH"));
    EXPECT_EQ(window->selection().roundLabel, QStringLiteral("2025-H2"));
}

TEST_F(WindowTest, AllCompaniesListsTheOpenWorkspaceOnceItIsShown)
{
    // The page was left empty ("no workspace is open") after a workspace was opened.
    window->resize(1024, 700);
    window->show();
    auto *overview = window->findChild<ui::OverviewPage *>();
    ASSERT_TRUE(overview);
    window->pages()->setCurrentWidget(overview);
    QApplication::processEvents();
    EXPECT_EQ(overview->model()->rowCount(), 25) << "every round of the demo's 10 companies";
    for (const QLabel *label : overview->findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(QStringLiteral("No workspace is open"))) << qPrintable(label->text());
    window->hide();
}
