// The manager's conclusions in the workbench (Edit ▸ Conclusions on the round): written in the
// dialog, saved in the workspace, undone and redone through the undo stack, and shown in the
// report preview. The recommendations page switches to the selected department.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "commands/Commands.h"
#include "dialogs/ConclusionsDialog.h"
#include "models/RecommendationsModel.h"
#include "pages/RecommendationsPage.h"
#include "scoring/DepartmentRecommendations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");

QString storedConclusions(ui::WorkspaceController *c, qint64 round)
{
    QString text;
    WorkspaceError error;
    EXPECT_TRUE(c->session()->conclusions(round, &text, &error)) << qPrintable(error.message);
    return text;
}

} // namespace

TEST_F(WindowTest, ConclusionsAreWrittenInTheDialogAndUndoneAndRedone)
{
    const CompanyResult *weber = controller()->company(kWeber);
    ASSERT_TRUE(weber && weber->rounds.size() >= 2);
    const RoundResult &first = weber->rounds.front();
    selectNode({kWeber, first.label});

    ui::ConclusionsDialog dialog(controller(), window->selection());
    EXPECT_EQ(dialog.round(), first.key);
    EXPECT_TRUE(dialog.windowTitle().contains(first.label));
    const QString text = QStringLiteral("Zuhören zuerst.\nDann <b>antworten</b> & messen.");
    dialog.editor()->setPlainText(text);
    const int steps = controller()->undoStack()->count();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(storedConclusions(controller(), first.key), text);
    EXPECT_EQ(controller()->undoStack()->count(), steps + 1);
    EXPECT_EQ(controller()->undoStack()->undoText(), QStringLiteral("Change conclusions"));

    controller()->undoStack()->undo();
    EXPECT_EQ(storedConclusions(controller(), first.key), QString());
    controller()->undoStack()->redo();
    EXPECT_EQ(storedConclusions(controller(), first.key), text);

    // Opened again, the dialog shows what is stored; only the company selected: its latest round.
    ui::ConclusionsDialog again(controller(), window->selection());
    EXPECT_EQ(again.editor()->toPlainText(), text);
    selectNode({kWeber});
    ui::ConclusionsDialog latest(controller(), window->selection());
    EXPECT_EQ(latest.round(), weber->rounds.back().key);
    EXPECT_EQ(latest.editor()->toPlainText(), QString());
}

TEST_F(WindowTest, TooLongConclusionsKeepTheDialogOpenAndWriteNothing)
{
    selectNode({kWeber});
    ui::ConclusionsDialog dialog(controller(), window->selection());
    ui::Dialogs::collectWarnings(true);
    dialog.editor()->setPlainText(QString(session::WorkspaceSession::kConclusionsMaxLength + 1, u'x'));
    const int steps = controller()->undoStack()->count();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(controller()->undoStack()->count(), steps);
    EXPECT_EQ(storedConclusions(controller(), dialog.round()), QString());
    const QStringList warnings = ui::Dialogs::takeWarnings();
    ui::Dialogs::collectWarnings(false);
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.front().contains(QString::number(session::WorkspaceSession::kConclusionsMaxLength + 1)))
        << qPrintable(warnings.front());
}

TEST_F(WindowTest, RecommendationsPageSwitchesToTheSelectedDepartment)
{
    const CompanyResult *weber = controller()->company(kWeber);
    ASSERT_TRUE(weber);
    const RoundResult &latest = weber->rounds.back();
    const AnonymousRound *anonymous = controller()->anonymousRound(kWeber, latest.label);
    ASSERT_TRUE(anonymous);
    QString visible;
    for (const AnonymousDepartment &d : anonymous->departments)
        if (!d.hidden && visible.isEmpty())
            visible = d.name;
    ASSERT_FALSE(visible.isEmpty());

    ui::RecommendationsPage *page = window->recommendationsPage();
    selectNode({kWeber, latest.label, visible});
    page->model()->setSelection(window->selection()); // the page loads lazily when shown
    EXPECT_EQ(page->scopeBox()->currentIndex(), 1);
    EXPECT_TRUE(page->scopeBox()->currentText().contains(visible));
    const DepartmentRecommendations expected =
        recommendForDepartment(controller()->questionnaire(), *anonymous, visible, weber->target);
    ASSERT_EQ(page->model()->rowCount(), int(expected.lift.size()));
    ASSERT_GT(expected.lift.size(), 0u);
    EXPECT_EQ(page->model()->index(0, ui::RecommendationsModel::Gain).data().toString(),
              QStringLiteral("+") + QLocale().toString(expected.lift.front().gain, 'f', 1));

    page->quickWinsBox()->setChecked(true);
    EXPECT_EQ(page->model()->rowCount(), int(expected.quickWins.size()));
    page->quickWinsBox()->setChecked(false);

    // Back to the company: its own list.
    page->scopeBox()->setCurrentIndex(0);
    emit page->scopeBox()->activated(0);
    EXPECT_EQ(page->model()->rowCount(), int(latest.recommendations.size()));

    // k = 50: every department is hidden; the page says why instead of listing anything.
    ASSERT_TRUE(ui::commands::setAnonymityThreshold(*controller(), 50));
    page->scopeBox()->setCurrentIndex(1);
    emit page->scopeBox()->activated(1);
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(page->summary().contains(QStringLiteral("fewer than 50 respondent")) ||
                page->summary().contains(QStringLiteral("to protect another department")))
        << qPrintable(page->summary());
}
