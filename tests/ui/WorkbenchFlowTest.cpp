// Real flows through the window, offscreen: select a department, type a level, see the scores
// follow the spec and undo restore them; create and delete a round; import a bad CSV.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "WorkspaceActions.h"
#include "dialogs/ImportDialog.h"
#include "models/AssessmentModel.h"
#include "pages/AssessmentPage.h"
#include "pages/AssessmentView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>

#include <map>

using namespace sbr;
using namespace sbr::test;

namespace {

/// The department's dimension scores and index, computed here from the raw answers with plain
/// loops, straight from the spec (scale 0..4, item score 25 points per level, coverage >= 0.5).
struct Expected {
    std::vector<std::optional<double>> dimensions;
    std::optional<double> index;
};

Expected computeByHand(session::WorkspaceSession &ws, qint64 assessment)
{
    QList<storage::AnswerCell> cells;
    storage::StorageError error;
    EXPECT_TRUE(ws.answers(assessment, &cells, &error));
    std::map<int, std::vector<int>> levels; // item -> non-NULL levels
    for (const auto &c : cells)
        if (c.level)
            levels[c.item].push_back(*c.level);
    const Questionnaire &q = ws.questionnaire();
    Expected e;
    int flat = 0;
    double indexSum = 0;
    bool complete = true;
    for (const Dimension &d : q.dimensions) {
        double all = 0, answered = 0, weighted = 0;
        for (const Item &item : d.items) {
            all += item.weight;
            const auto &l = levels[flat++];
            if (l.empty())
                continue;
            double sum = 0;
            for (int v : l)
                sum += v;
            answered += item.weight;
            weighted += item.weight * (100.0 * (sum / double(l.size())) / 4.0);
        }
        if (answered / all >= 0.5)
            e.dimensions.push_back(weighted / answered);
        else
            e.dimensions.push_back(std::nullopt);
        complete = complete && e.dimensions.back().has_value();
        indexSum += e.dimensions.back().value_or(0);
    }
    if (complete)
        e.index = indexSum / double(q.dimensions.size()); // all dimension weights are 1
    return e;
}

const DepartmentResult *department(ui::WorkspaceController *c, const QString &round, const QString &name)
{
    const RoundResult *r = c->round(QStringLiteral("Weber Maschinenbau GmbH"), round);
    if (r)
        for (const DepartmentResult &d : r->departments)
            if (d.name == name)
                return &d;
    return nullptr;
}

} // namespace

TEST_F(WindowTest, TypingALevelRescoresAndUndoRestores)
{
    QAbstractItemModelTester navigatorTester(window->navigatorModel(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    ui::AssessmentModel *model = window->assessmentPage()->model();
    QAbstractItemModelTester assessmentTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ASSERT_EQ(window->selection().departmentName, QStringLiteral("Vertrieb"));
    const qint64 assessment = model->assessment();
    ASSERT_GT(assessment, 0);
    ASSERT_GE(model->respondents().size(), 3);

    session::WorkspaceSession &ws = *controller()->session();
    const Expected before = computeByHand(ws, assessment);
    const DepartmentResult *shown = department(controller(), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb"));
    ASSERT_TRUE(shown && shown->index && before.index);
    EXPECT_NEAR(*shown->index, *before.index, 1e-9);

    // The first statement of "strategy" for the first respondent: type a level that differs.
    ui::AssessmentView *view = window->assessmentPage()->view();
    const QModelIndex cell = model->indexOfItem(0, model->respondentColumn(0));
    const int old = cell.data(ui::AssessmentModel::LevelRole).toInt();
    const int level = old == 4 ? 0 : 4;
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key(Qt::Key_0 + level));
    EXPECT_EQ(model->indexOfItem(0, model->respondentColumn(0)).data().toString(), QString::number(level));
    EXPECT_EQ(view->currentIndex(), model->indexOfItem(1, model->respondentColumn(0))); // moved down

    const Expected after = computeByHand(ws, assessment);
    ASSERT_TRUE(after.dimensions[0] && before.dimensions[0]);
    EXPECT_NE(*after.dimensions[0], *before.dimensions[0]);
    shown = department(controller(), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb"));
    EXPECT_NEAR(*shown->dimensions[0].score, *after.dimensions[0], 1e-9);
    EXPECT_NEAR(*shown->index, *after.index, 1e-9);
    // …and the grid shows it, rounded as a user reads it
    EXPECT_EQ(model->index(0, model->scoreColumn()).data().toString(),
              QLocale().toString(*after.dimensions[0], 'f', 1));

    controller()->undoStack()->undo();
    shown = department(controller(), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb"));
    EXPECT_NEAR(*shown->dimensions[0].score, *before.dimensions[0], 1e-9);
    EXPECT_NEAR(*shown->index, *before.index, 1e-9);
    EXPECT_EQ(model->indexOfItem(0, model->respondentColumn(0)).data(ui::AssessmentModel::LevelRole).toInt(), old);
    controller()->undoStack()->redo();
    EXPECT_NEAR(*department(controller(), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb"))->index, *after.index,
                1e-9);
}

TEST_F(WindowTest, KeysForNotApplicableAndClear)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Produktion")});
    ui::AssessmentModel *model = window->assessmentPage()->model();
    ui::AssessmentView *view = window->assessmentPage()->view();
    const QModelIndex cell = model->indexOfItem(2, model->respondentColumn(1));
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_N);
    EXPECT_EQ(model->indexOfItem(2, model->respondentColumn(1)).data(ui::AssessmentModel::LevelRole).toInt(), -2);
    view->setCurrentIndex(model->indexOfItem(2, model->respondentColumn(1)));
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_EQ(model->indexOfItem(2, model->respondentColumn(1)).data(ui::AssessmentModel::LevelRole).toInt(), -1);
    EXPECT_EQ(controller()->undoStack()->count(), 2);
}

TEST_F(WindowTest, RespondentsAddedAndRemovedWithUndo)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Personal")});
    ui::AssessmentModel *model = window->assessmentPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qsizetype people = model->respondents().size();
    window->assessmentPage()->setNextRespondentName(QStringLiteral("Neu"));
    window->assessmentPage()->addRespondent();
    ASSERT_EQ(model->respondents().size(), people + 1);
    EXPECT_EQ(model->headerData(model->respondentColumn(int(people)), Qt::Horizontal).toString(),
              QStringLiteral("Neu"));
    ui::Dialogs::queueAnswers({QStringLiteral("yes")});
    window->assessmentPage()->view()->setCurrentIndex(model->indexOfItem(0, model->respondentColumn(int(people))));
    window->assessmentPage()->removeRespondent();
    EXPECT_EQ(model->respondents().size(), people);
    controller()->undoStack()->undo();
    EXPECT_EQ(model->respondents().size(), people + 1);
}

TEST_F(WindowTest, NewRoundTakesGermanDatesAndAsksAgainAfterARefusal)
{
    const QStringList company = {QStringLiteral("Weber Maschinenbau GmbH")};
    selectNode(company);
    ui::Dialogs::collectWarnings(true);
    ui::Dialogs::queueAnswers({QStringLiteral("2027-Q1"), QStringLiteral("30.11.2027")});
    window->actions()->newRound();
    ASSERT_EQ(controller()->company(company[0])->rounds.back().label, QStringLiteral("2027-Q1"));
    EXPECT_EQ(controller()->company(company[0])->rounds.back().date, QDate(2027, 11, 30));

    // The same date again is refused with a reason, and the dialog comes back (here: the next
    // two queued answers) instead of closing and losing the label.
    selectNode(company);
    ui::Dialogs::queueAnswers({QStringLiteral("2027-Q2"), QStringLiteral("30.11.2027"), QStringLiteral("2027-Q2"),
                               QStringLiteral("1.12.2027")});
    window->actions()->newRound();
    const QStringList warnings = ui::Dialogs::takeWarnings();
    EXPECT_EQ(warnings.size(), 1) << qPrintable(warnings.join(u'\n'));
    EXPECT_FALSE(ui::Dialogs::hasQueuedAnswers());
    EXPECT_EQ(controller()->company(company[0])->rounds.back().label, QStringLiteral("2027-Q2"));
    EXPECT_EQ(controller()->company(company[0])->rounds.back().date, QDate(2027, 12, 1));
    ui::Dialogs::collectWarnings(false);
}

TEST_F(WindowTest, CreateAndDeleteARound)
{
    QAbstractItemModelTester tester(window->navigatorModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList company = {QStringLiteral("Weber Maschinenbau GmbH")};
    selectNode(company);
    ui::Dialogs::queueAnswers({QStringLiteral("2027-Q1"), QStringLiteral("2027-03-01")});
    window->actions()->newRound();
    const QStringList round = company + QStringList{QStringLiteral("2027-Q1")};
    ASSERT_TRUE(findNode(window->navigatorModel(), round).isValid());
    EXPECT_EQ(window->selection().roundLabel, QStringLiteral("2027-Q1"));
    EXPECT_EQ(controller()->company(company[0])->rounds.back().label, QStringLiteral("2027-Q1"));

    ui::Dialogs::queueAnswers({QStringLiteral("no")});
    window->actions()->deleteSelected(); // the user says no: nothing happens
    EXPECT_TRUE(findNode(window->navigatorModel(), round).isValid());
    ui::Dialogs::queueAnswers({QStringLiteral("yes")});
    window->actions()->deleteSelected();
    EXPECT_FALSE(findNode(window->navigatorModel(), round).isValid());
    EXPECT_EQ(controller()->company(company[0])->rounds.size(), 3u);

    controller()->undoStack()->undo(); // the delete
    EXPECT_TRUE(findNode(window->navigatorModel(), round).isValid());
    controller()->undoStack()->undo(); // the creation
    EXPECT_FALSE(findNode(window->navigatorModel(), round).isValid());
    controller()->undoStack()->redo();
    EXPECT_TRUE(findNode(window->navigatorModel(), round).isValid());
}

TEST_F(WindowTest, ImportWithErrorsListsThemAndWritesNothing)
{
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("company,department,round,date,respondent,item,level\n"
            "Neu AG,Vertrieb,2026-Q1,2026-03-15,A,strategy.business-goals,2\n"
            "Neu AG,Vertrieb,2026-Q1,2026-03-15,A,strategy.nonsense,2\n"
            "Neu AG,Vertrieb,2026-Q1,2026-03-15,B,strategy.business-goals,9\n");
    f.close();
    const QByteArray before = fileHash(path);
    ui::ImportDialog dialog(controller(), csv, window.get());
    QSignalSpy checked(&dialog, &ui::ImportDialog::checked);
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_FALSE(checked.first().first().toBool());
    QTableWidget *errors = dialog.errorTable();
    ASSERT_EQ(errors->rowCount(), 2);
    EXPECT_EQ(errors->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(errors->item(1, 0)->text(), QStringLiteral("4"));
    EXPECT_TRUE(errors->item(1, 2)->text().contains(QStringLiteral("\"9\" is not a level")));
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(controller()->company(QStringLiteral("Neu AG")), nullptr);
}

TEST_F(WindowTest, ImportListsHeaderAndDataErrorsAtOnceAndAClickShowsTheCell)
{
    const QString csv = dir.filePath(QStringLiteral("both.csv"));
    QByteArray bytes = "company,department,round,date,respondent,item,level,note\n";
    for (int i = 0; i < 12; ++i) // lines 2..13 are fine
        bytes += "Neu AG,Vertrieb,2026-Q1,2026-03-15,R" + QByteArray::number(i) + ",strategy.business-goals,2,\n";
    bytes += "Neu AG,Vertrieb,2026-Q1,2026-03-15,X,strategy.business-goals,9,\n"; // line 14
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    ui::ImportDialog dialog(controller(), csv, window.get());
    QSignalSpy checked(&dialog, &ui::ImportDialog::checked);
    ASSERT_TRUE(checked.wait(10000));
    QTableWidget *errors = dialog.errorTable();
    ASSERT_EQ(errors->rowCount(), 2);
    EXPECT_EQ(errors->item(0, 0)->text(), QStringLiteral("1")); // the unknown column "note"
    EXPECT_EQ(errors->item(1, 0)->text(), QStringLiteral("14"));
    EXPECT_EQ(errors->item(1, 1)->text(), QStringLiteral("7 (level)"));
    // The level error remains whatever the option, so the message does not recommend it.
    EXPECT_FALSE(errors->item(0, 2)->text().contains(QStringLiteral("Ignore columns")))
        << qPrintable(errors->item(0, 2)->text());

    // Line 14 is not among the first rows, but it joins the preview; a click selects its cell.
    QTableWidget *preview = dialog.previewTable();
    errors->setCurrentCell(1, 2);
    QStringList shown;
    for (int row = 0; row < preview->rowCount(); ++row)
        shown.append(preview->verticalHeaderItem(row) ? preview->verticalHeaderItem(row)->text() : QStringLiteral("-"));
    ASSERT_GE(preview->currentRow(), 0) << qPrintable(shown.join(u','));
    EXPECT_EQ(preview->verticalHeaderItem(preview->currentRow())->text(), QStringLiteral("14"));
    EXPECT_EQ(preview->currentColumn(), 6);
    EXPECT_EQ(preview->item(preview->currentRow(), 6)->text(), QStringLiteral("9"));
    // The header error selects its column.
    errors->setCurrentCell(0, 2);
    EXPECT_TRUE(preview->selectionModel()->isColumnSelected(7, QModelIndex()));
}

TEST_F(WindowTest, ImportOfAWorkbookOffersItsSheets)
{
    const QString xlsx = dir.filePath(QStringLiteral("answers.xlsx"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\nwb = openpyxl.Workbook()\nwb.active.title = 'Hinweise'\n"
                                 "wb.active['A1'] = 'Bitte je Person eine Zeile'\nws = wb.create_sheet('Antworten')\n"
                                 "ws.append(['company', 'department', 'round', 'date', 'respondent', "
                                 "'strategy.business-goals'])\n"
                                 "ws.append(['Neu AG', 'Vertrieb', '2026-Q1', '15.03.2026', 'A', 3])\n"
                                 "wb.save(sys.argv[1])\n"),
                  xlsx});
    ASSERT_TRUE(python.waitForFinished(60000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    ui::ImportDialog dialog(controller(), xlsx, window.get());
    QSignalSpy checked(&dialog, &ui::ImportDialog::checked);
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_FALSE(checked.takeFirst().first().toBool()); // the instructions are no answers
    ASSERT_EQ(dialog.sheetBox()->count(), 2);
    EXPECT_FALSE(dialog.sheetBox()->isHidden());
    dialog.sheetBox()->setCurrentIndex(1);
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_TRUE(checked.takeFirst().first().toBool()) << qPrintable(dialog.summaryLabel()->text());
    EXPECT_EQ(dialog.previewTable()->item(0, 0)->text(), QStringLiteral("Neu AG"));
    // No message of the dialog names a command-line option.
    EXPECT_FALSE(dialog.summaryLabel()->text().contains(QStringLiteral("--")));
}

TEST_F(WindowTest, ImportOfAValidFileShowsTheNewCompany)
{
    const QString csv = dir.filePath(QStringLiteral("good.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("company;department;round;date;respondent;strategy.business-goals\n"
            "Neu AG;Vertrieb;2026-Q1;2026-03-15;A;3\n"
            "Neu AG;Vertrieb;2026-Q1;2026-03-15;B;1\n");
    f.close();
    ui::ImportDialog dialog(controller(), csv, window.get());
    QSignalSpy checked(&dialog, &ui::ImportDialog::checked);
    ASSERT_TRUE(checked.wait(10000));
    ASSERT_TRUE(checked.first().first().toBool()) << qPrintable(dialog.summaryLabel()->text());
    // Each count has its own plural form (the English forms come with the translation, which this
    // test does not install, so only the numbers and their order are checked).
    EXPECT_TRUE(dialog.summaryLabel()->text().startsWith(QStringLiteral("The file is valid: 2 answer")))
        << qPrintable(dialog.summaryLabel()->text());
    EXPECT_TRUE(dialog.summaryLabel()->text().contains(QStringLiteral("1 new compan")))
        << qPrintable(dialog.summaryLabel()->text());
    QSignalSpy imported(&dialog, &ui::ImportDialog::imported);
    dialog.startImport();
    ASSERT_TRUE(imported.wait(20000)) << qPrintable(dialog.summaryLabel()->text());
    ASSERT_TRUE(imported.first().first().toBool()) << qPrintable(dialog.summaryLabel()->text());
    const RoundResult *r = controller()->round(QStringLiteral("Neu AG"), QStringLiteral("2026-Q1"));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->departments.size(), 1u);
    EXPECT_DOUBLE_EQ(*r->departments[0].items[0].score, 50.0); // (3 + 1) / 2 = 2 -> 50
    EXPECT_TRUE(findNode(window->navigatorModel(), {QStringLiteral("Neu AG"), QStringLiteral("2026-Q1")}).isValid());

    // The import is one undoable step that says what it will remove; undo removes exactly it.
    QUndoStack *undo = controller()->undoStack();
    ASSERT_EQ(undo->count(), 1);
    // (The plural ending comes from the English translation, which this test does not install.)
    EXPECT_TRUE(undo->undoText().startsWith(QStringLiteral("Import of good.csv (2 respondent")))
        << qPrintable(undo->undoText());
    undo->undo();
    EXPECT_EQ(controller()->company(QStringLiteral("Neu AG")), nullptr);
    EXPECT_FALSE(findNode(window->navigatorModel(), {QStringLiteral("Neu AG")}).isValid());
    undo->redo();
    ASSERT_TRUE(controller()->round(QStringLiteral("Neu AG"), QStringLiteral("2026-Q1")));
    EXPECT_DOUBLE_EQ(
        *controller()->round(QStringLiteral("Neu AG"), QStringLiteral("2026-Q1"))->departments[0].items[0].score, 50.0);
}

TEST_F(WindowTest, ImportAdviceNamesTheDialogsOptionsNotTheCommandLine)
{
    const QString csv = dir.filePath(QStringLiteral("extra.csv"));
    QFile f(csv);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("company,department,round,date,respondent,item,level,note\n"
            "Neu AG,Vertrieb,2026-Q1,2026-03-15,A,strategy.business-goals,2,x\n");
    f.close();
    ui::ImportDialog dialog(controller(), csv, window.get());
    QSignalSpy checked(&dialog, &ui::ImportDialog::checked);
    ASSERT_TRUE(checked.wait(10000));
    ASSERT_EQ(dialog.errorTable()->rowCount(), 1);
    const QString message = dialog.errorTable()->item(0, 2)->text();
    EXPECT_TRUE(message.contains(QStringLiteral("Ignore columns that are neither keys nor items")))
        << qPrintable(message);
    EXPECT_FALSE(message.contains(QStringLiteral("--"))) << qPrintable(message);
}
