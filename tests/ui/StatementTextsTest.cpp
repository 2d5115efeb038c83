// Statements are read in full at 1024×700: on the recommendations page they wrap over as many
// lines as the column needs (the row is that high), and the number columns are no wider than
// their numbers and the longest word of their title; in the answer grid a statement cut off at
// the column's edge shows in full as its tooltip.

#include "UiTestSupport.h"
#include "models/AssessmentModel.h"
#include "models/RecommendationsModel.h"
#include "pages/AssessmentPage.h"
#include "pages/AssessmentView.h"
#include "pages/RecommendationsPage.h"

#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTreeView>

using namespace sbr;
using namespace sbr::test;

namespace {
const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");
} // namespace

TEST_F(WindowTest, RecommendedStatementsWrapInsteadOfBeingCutOffAt1024x700)
{
    window->resize(1024, 700);
    window->show();
    selectNode({kWeber, QStringLiteral("2026-Q3")});
    window->pages()->setCurrentWidget(window->recommendationsPage());
    QTest::qWait(50); // the rows are laid out again once the columns have their widths
    QTreeView *view = window->recommendationsPage()->view();
    const QAbstractItemModel *model = view->model();
    ASSERT_GE(model->rowCount(), 5);

    const QFontMetrics fm(view->font());
    int wrapped = 0;
    for (int row = 0; row < 5; ++row) {
        const QModelIndex statement = model->index(row, ui::RecommendationsModel::Text);
        const QString text = statement.data().toString();
        const QRect cell = view->visualRect(statement);
        ASSERT_TRUE(cell.isValid()) << row;
        // The whole text, wrapped to the cell's width, fits into the cell's height.
        const QRect needed = fm.boundingRect(QRect(0, 0, cell.width() - 8, 10000), Qt::TextWordWrap, text);
        EXPECT_LE(needed.height(), cell.height()) << qPrintable(text);
        if (cell.height() >= 2 * fm.lineSpacing())
            ++wrapped;
    }
    EXPECT_GE(wrapped, 3) << "the long statements take several lines";

    // The statements get most of the width: the five number and word columns take what their
    // numbers need, not what their one-line titles would.
    int others = 0;
    for (int c = ui::RecommendationsModel::Dimension; c < ui::RecommendationsModel::ColumnCount; ++c)
        others += view->columnWidth(c);
    EXPECT_GE(view->columnWidth(ui::RecommendationsModel::Text), 1.4 * others);
    EXPECT_LT(view->columnWidth(ui::RecommendationsModel::Gap),
              fm.horizontalAdvance(model->headerData(ui::RecommendationsModel::Gap, Qt::Horizontal).toString()));
}

TEST_F(WindowTest, AStatementCutOffInTheAnswerGridShowsInFullAsItsTooltip)
{
    // As at a start with the department remembered: chosen before the window is shown.
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    window->resize(1024, 700);
    window->show();
    QApplication::processEvents();
    ui::AssessmentView *grid = window->assessmentPage()->view();
    const QModelIndex statement = window->assessmentPage()->model()->indexOfItem(0, 0);
    const QString full = QStringLiteral("Our social media goals are derived from the company's goals and agreed "
                                        "with management.");
    EXPECT_EQ(statement.data(Qt::ToolTipRole).toString(), full);
    EXPECT_LT(grid->visualRect(statement).width(), grid->fontMetrics().horizontalAdvance(full))
        << "the statement does not fit its column (else nothing would be cut off)";
    // The statements are in sight, not scrolled away to the answers.
    EXPECT_EQ(grid->horizontalScrollBar()->value(), 0);
    EXPECT_GE(grid->visualRect(statement).left(), 0);
}
