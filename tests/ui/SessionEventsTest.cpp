// The workbench follows the session's typed events: typing repaints the cell and the scores it
// changed without resetting any model; respondents come and go as single columns; another
// connection's changes reach every view within a second; every model stays valid under the
// model tester while all this happens.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "models/AssessmentModel.h"
#include "models/BenchmarkModel.h"
#include "models/RecommendationsModel.h"
#include "pages/AssessmentPage.h"
#include "pages/BenchmarkPage.h"
#include "pages/RecommendationsPage.h"
#include "session/WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {
const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");
}

TEST_F(WindowTest, TypingRepaintsOnlyWhatChangedAndResetsNoModel)
{
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ui::AssessmentModel *grid = window->assessmentPage()->model();
    ui::NavigatorModel *nav = window->navigatorModel();
    QAbstractItemModelTester gridTester(grid, Mode::Fatal);
    QAbstractItemModelTester navTester(nav, Mode::Fatal);
    QSignalSpy gridResets(grid, &QAbstractItemModel::modelReset);
    QSignalSpy navResets(nav, &QAbstractItemModel::modelReset);
    QSignalSpy navChanged(nav, &QAbstractItemModel::dataChanged);
    QSignalSpy gridChanged(grid, &QAbstractItemModel::dataChanged);
    const QModelIndex cell = grid->indexOfItem(2, grid->respondentColumn(0));
    const int old = cell.data(ui::AssessmentModel::LevelRole).toInt();
    ASSERT_TRUE(grid->setCell(cell, ui::commands::CellValue::of(old == 4 ? 0 : 4)));
    EXPECT_EQ(gridResets.count(), 0);
    EXPECT_EQ(navResets.count(), 0);
    EXPECT_EQ(cell.data(ui::AssessmentModel::LevelRole).toInt(), old == 4 ? 0 : 4);
    // The navigator repaints index cells only, of the company, its rounds and their departments.
    ASSERT_GT(navChanged.count(), 0);
    for (const QList<QVariant> &args : navChanged) {
        EXPECT_EQ(args.at(0).toModelIndex().column(), ui::NavigatorModel::IndexColumn);
        EXPECT_EQ(args.at(1).toModelIndex().column(), ui::NavigatorModel::IndexColumn);
    }
    EXPECT_LT(navChanged.count(), 30);
    // The grid: the edited cell, then the statistics columns.
    ASSERT_GE(gridChanged.count(), 1);
    EXPECT_EQ(gridChanged.first().at(0).toModelIndex(), cell);
    EXPECT_EQ(gridChanged.first().at(1).toModelIndex(), cell);
    controller()->undoStack()->undo();
    EXPECT_EQ(cell.data(ui::AssessmentModel::LevelRole).toInt(), old);
    EXPECT_EQ(gridResets.count(), 0);
}

TEST_F(WindowTest, RespondentsComeAndGoAsSingleColumns)
{
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ui::AssessmentModel *grid = window->assessmentPage()->model();
    QAbstractItemModelTester tester(grid, Mode::Fatal);
    QSignalSpy inserted(grid, &QAbstractItemModel::columnsInserted);
    QSignalSpy removed(grid, &QAbstractItemModel::columnsRemoved);
    QSignalSpy resets(grid, &QAbstractItemModel::modelReset);
    const int columns = grid->columnCount();
    ui::Dialogs::queueAnswers({QStringLiteral("Gast & Co")});
    window->assessmentPage()->addRespondent();
    EXPECT_EQ(grid->columnCount(), columns + 1);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(resets.count(), 0);
    QUndoStack *undo = controller()->undoStack();
    // The menu shows the name with its '&', not as a mnemonic.
    QAction *undoAction = undo->createUndoAction(window.get());
    EXPECT_EQ(undoAction->text(), QStringLiteral("Undo Add respondent \"Gast && Co\""));
    undo->undo();
    EXPECT_EQ(grid->columnCount(), columns);
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(WindowTest, AnotherConnectionsChangesReachTheViewsWithinASecond)
{
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ui::AssessmentModel *grid = window->assessmentPage()->model();
    QAbstractItemModelTester gridTester(grid, Mode::Fatal);
    QAbstractItemModelTester navTester(window->navigatorModel(), Mode::Fatal);
    QAbstractItemModelTester recTester(window->recommendationsPage()->model(), Mode::Fatal);
    QAbstractItemModelTester benchTester(window->benchmarkPage()->model(), Mode::Fatal);
    const qint64 assessment = grid->assessment();
    const qint64 respondent = grid->respondents().front().id;
    const double before = *controller()->session()->departmentResult(assessment)->items[0].score;

    // The command line (another process) would do the same: its own connection to the file.
    WorkspaceError error;
    auto other = session::WorkspaceSession::open(path, session::WorkspaceSession::Mode::ReadWrite, &error);
    ASSERT_TRUE(other) << qPrintable(error.message);
    const int level =
        grid->indexOfItem(0, grid->respondentColumn(0)).data(ui::AssessmentModel::LevelRole).toInt() == 4 ? 0 : 4;
    ASSERT_TRUE(other->setAnswer(assessment, {respondent, 0, level}, &error)) << qPrintable(error.message);
    ASSERT_GT(other->createCompany(QStringLiteral("Zulieferer & Partner KG"), 75.0, &error), 0);

    QTRY_VERIFY_WITH_TIMEOUT(findNode(window->navigatorModel(), {QStringLiteral("Zulieferer & Partner KG")}).isValid(),
                             1000);
    EXPECT_EQ(grid->indexOfItem(0, grid->respondentColumn(0)).data(ui::AssessmentModel::LevelRole).toInt(), level);
    EXPECT_NE(*controller()->session()->departmentResult(assessment)->items[0].score, before);
    // The window kept its selection through the reload.
    EXPECT_EQ(window->selection().departmentName, QStringLiteral("Vertrieb"));
}

TEST_F(WindowTest, AWorkspaceEditedInAnotherWindowOpensReadOnlyOnRequest)
{
    ui::MainWindow second;
    ui::Dialogs::collectWarnings(true);
    ui::Dialogs::queueAnswers({QStringLiteral("cancel")});
    EXPECT_FALSE(second.openWorkspace(path)); // cancelled: nothing opened, nothing said
    EXPECT_TRUE(ui::Dialogs::takeWarnings().isEmpty());
    ui::Dialogs::queueAnswers({QStringLiteral("0")}); // "Open for reading only"
    ASSERT_TRUE(second.openWorkspace(path));
    EXPECT_TRUE(second.controller()->session()->isReadOnly());
    EXPECT_TRUE(second.windowTitle().contains(QStringLiteral("(read only)"))) << qPrintable(second.windowTitle());
    WorkspaceError error;
    EXPECT_LT(second.controller()->session()->createCompany(QStringLiteral("X"), 75, &error), 0);
    EXPECT_EQ(error.kind, WorkspaceError::Kind::ReadOnly);
    // Nothing in a read-only window offers to write: the grid's cells are not editable.
    const QModelIndex node =
        findNode(second.navigatorModel(), {kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ASSERT_TRUE(node.isValid());
    second.select(second.navigatorModel()->selectionAt(node));
    ui::AssessmentModel *grid = second.assessmentPage()->model();
    const QModelIndex cell = grid->indexOfItem(0, grid->respondentColumn(0));
    ASSERT_TRUE(cell.isValid());
    EXPECT_FALSE(grid->flags(cell) & Qt::ItemIsEditable);
    EXPECT_FALSE(grid->setCell(cell, ui::commands::CellValue::of(4)));
    ui::Dialogs::collectWarnings(false);
}

TEST_F(WindowTest, TheAnonymityThresholdIsAnUndoableAnnouncedSetting)
{
    QSignalSpy setting(controller(), &ui::WorkspaceController::settingChanged);
    ASSERT_TRUE(ui::commands::setAnonymityThreshold(*controller(), 6));
    EXPECT_EQ(controller()->anonymityThreshold(), 6);
    EXPECT_EQ(setting.count(), 1);
    controller()->undoStack()->undo();
    EXPECT_EQ(controller()->anonymityThreshold(), 5); // the default of a new workspace
    EXPECT_EQ(setting.count(), 2);
}

TEST_F(WindowTest, UndoNeverDeletesRespondentsAnotherWriterAddedSince)
{
    selectNode({kWeber});
    const qint64 company = window->selection().company;
    const qint64 department = ui::commands::createDepartment(*controller(), company, QStringLiteral("F&E Labor"));
    ASSERT_GT(department, 0);
    // The command line records two respondents in the new department meanwhile.
    WorkspaceError error;
    auto other = session::WorkspaceSession::open(path, session::WorkspaceSession::Mode::ReadWrite, &error);
    ASSERT_TRUE(other) << qPrintable(error.message);
    const qint64 round = other->rounds(company).front().id;
    const qint64 assessment = other->ensureAssessment(round, department, &error);
    ASSERT_GT(assessment, 0);
    ASSERT_GT(other->addRespondent(assessment, QStringLiteral("x1"), &error), 0);
    ASSERT_GT(other->addRespondent(assessment, QStringLiteral("x2"), &error), 0);
    QTRY_VERIFY_WITH_TIMEOUT(controller()->session()->assessmentId(round, department) != 0, 1000);

    ui::Dialogs::collectWarnings(true);
    QSignalSpy errors(controller(), &ui::WorkspaceController::errorOccurred);
    controller()->undoStack()->undo();
    ui::Dialogs::collectWarnings(false);
    ui::Dialogs::takeWarnings(); // not left for the next test to find
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().at(1).toString().contains(QStringLiteral("2 respondent")))
        << qPrintable(errors.first().at(1).toString());
    EXPECT_EQ(controller()->session()->respondentsUnder(0, department, 0), 2);
    bool still = false;
    for (const DepartmentRow &d : controller()->session()->departments(company))
        still = still || d.id == department;
    EXPECT_TRUE(still);
}
