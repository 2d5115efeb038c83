// Every item model of the workbench under QAbstractItemModelTester (Fatal), on the demo
// workspace, through selections and edits that reset or update them.

#include "CompanyOverviewModel.h"
#include "UiTestSupport.h"
#include "models/AssessmentModel.h"
#include "models/BenchmarkModel.h"
#include "models/RecommendationsModel.h"
#include "pages/AssessmentPage.h"
#include "pages/BenchmarkPage.h"
#include "pages/OverviewPage.h"
#include "pages/RecommendationsPage.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;

TEST_F(WindowTest, EveryModelPassesTheModelTester)
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester navigator(window->navigatorModel(), Mode::Fatal);
    QAbstractItemModelTester benchmark(window->benchmarkPage()->model(), Mode::Fatal);
    QAbstractItemModelTester recommendations(window->recommendationsPage()->model(), Mode::Fatal);
    ui::AssessmentModel *assessment = window->assessmentPage()->model();
    QAbstractItemModelTester answers(assessment, Mode::Fatal);
    ui::CompanyOverviewModel overview;
    overview.setReport(controller()->report(), QStringLiteral("de"));
    QAbstractItemModelTester overviewTester(&overview, Mode::Fatal);

    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3")});
    EXPECT_EQ(window->benchmarkPage()->model()->rowCount(), 6); // index + five dimensions
    EXPECT_GT(window->recommendationsPage()->model()->rowCount(), 5);
    const QModelIndex first = window->recommendationsPage()->model()->index(0, 0);
    ASSERT_GT(window->recommendationsPage()->model()->rowCount(first), 0);
    // Planning a measure goes through the undo stack and shows as checked.
    const QModelIndex measure = window->recommendationsPage()->model()->index(0, 0, first);
    ASSERT_TRUE(window->recommendationsPage()->model()->setData(measure, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(window->recommendationsPage()
                  ->model()
                  ->index(0, 0, window->recommendationsPage()->model()->index(0, 0))
                  .data(Qt::CheckStateRole)
                  .toInt(),
              Qt::Checked);
    controller()->undoStack()->undo();

    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2025-Q1"), QStringLiteral("Produktion")});
    ASSERT_GT(assessment->rowCount(), 0);
    assessment->setCell(assessment->indexOfItem(3, assessment->respondentColumn(0)), ui::commands::CellValue::of(2));
    assessment->setData(assessment->indexOfItem(3, assessment->commentColumn()), QStringLiteral("Bitte besprechen"));
    EXPECT_EQ(assessment->indexOfItem(3, assessment->commentColumn()).data().toString(),
              QStringLiteral("Bitte besprechen"));
    selectNode({QStringLiteral("Albrecht Fördertechnik GmbH")});
    EXPECT_EQ(assessment->rowCount(), 0);
    controller()->undoStack()->undo();
    controller()->undoStack()->undo();
}
