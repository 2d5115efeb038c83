// The action plan page (formats.md *Action plan*): a measure ticked on the recommendations page
// appears on the roadmap board; cards move between now / next / later by keys and by dropping;
// edits in the table, the dialog and removal are each one step that undo and redo take back and
// forth; overdue measures are marked and filtered; the model passes the model tester.

#include "pages/PlanPage.h"
#include "Dialogs.h"
#include "UiTestSupport.h"
#include "commands/PlanCommands.h"
#include "dialogs/PlanMeasureDialog.h"
#include "models/PlanModel.h"
#include "models/RecommendationsModel.h"
#include "pages/PlanBoard.h"
#include "pages/RecommendationsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QRadioButton>
#include <QTableView>
#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");

class PlanPageTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        selectNode({kWeber, QStringLiteral("2026-Q3")});
        page = window->planPage();
        model = page->model();
        undo = controller()->undoStack();
    }
    /// The plan as stored (not as the model shows it).
    QList<PlanMeasure> stored() const
    {
        QList<PlanMeasure> plan;
        WorkspaceError error;
        EXPECT_TRUE(controller()->session()->planMeasures(window->selection().company, &plan, &error))
            << qPrintable(error.message);
        return plan;
    }
    PlanMeasure storedMeasure(qint64 id) const
    {
        for (const PlanMeasure &m : stored())
            if (m.id == id)
                return m;
        ADD_FAILURE() << "no plan measure " << id;
        return {};
    }
    /// Titles of the cards in a board column, top to bottom.
    QStringList column(Horizon h) const
    {
        QStringList titles;
        const QAbstractItemModel *m = page->board()->column(h)->model();
        for (int r = 0; r < m->rowCount(); ++r)
            titles << m->index(r, ui::PlanModel::Title).data().toString();
        return titles;
    }
    qint64 add(const QString &measure, Horizon h = Horizon::Now, const QDate &due = {})
    {
        PlanMeasure m;
        m.company = window->selection().company;
        m.measure = measure;
        m.horizon = h;
        m.due = due;
        WorkspaceError error;
        const qint64 id = controller()->session()->addPlanMeasure(m, &error);
        EXPECT_GT(id, 0) << qPrintable(error.message);
        return id;
    }
    QString title(const QString &measure) const
    {
        return controller()->questionnaire().measure(measure)->title.text(controller()->language());
    }
    ui::PlanPage *page = nullptr;
    ui::PlanModel *model = nullptr;
    QUndoStack *undo = nullptr;
};

} // namespace

TEST_F(PlanPageTest, AMeasureTickedInTheRecommendationsIsOnTheBoardUntilUndone)
{
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(page->summary().contains(QStringLiteral("empty")));
    ui::RecommendationsModel *recommendations = window->recommendationsPage()->model();
    const QModelIndex measure = recommendations->index(0, 0, recommendations->index(0, 0));
    ASSERT_TRUE(measure.isValid());
    const QString name = measure.data().toString();
    ASSERT_TRUE(recommendations->setData(measure, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(column(Horizon::Now), QStringList{name});
    EXPECT_EQ(model->index(0, ui::PlanModel::Status).data().toString(), QStringLiteral("planned"));
    EXPECT_TRUE(page->summary().contains(QStringLiteral(": 1 measure"))) << qPrintable(page->summary());
    undo->undo();
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(column(Horizon::Now).isEmpty());
    undo->redo();
    EXPECT_EQ(column(Horizon::Now), QStringList{name});

    // The department view of the recommendations ticks into the same (company) plan.
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ASSERT_EQ(window->recommendationsPage()->scopeBox()->currentIndex(), 1);
    bool ticked = false;
    for (int r = 0; r < recommendations->rowCount() && !ticked; ++r) {
        const QModelIndex rec = recommendations->index(r, 0);
        for (int c = 0; c < recommendations->rowCount(rec) && !ticked; ++c) {
            const QModelIndex m = recommendations->index(c, 0, rec);
            if (m.data(Qt::CheckStateRole).toInt() == Qt::Unchecked && m.data().toString() != name)
                ticked = recommendations->setData(m, Qt::Checked, Qt::CheckStateRole);
        }
    }
    ASSERT_TRUE(ticked);
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_EQ(stored().size(), 2);
}

TEST_F(PlanPageTest, CardsMoveByKeysAndByDroppingAndEachMoveIsUndone)
{
    const qint64 id = add(QStringLiteral("exec-workshop"));
    add(QStringLiteral("social-vision"), Horizon::Later);
    const QString exec = title(QStringLiteral("exec-workshop"));
    window->show();
    window->pages()->setCurrentWidget(page);
    page->board()->selectMeasure(id);
    QListView *now = page->board()->column(Horizon::Now);
    ASSERT_TRUE(now->currentIndex().isValid());

    QTest::keyClick(now, Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(storedMeasure(id).horizon, Horizon::Next);
    EXPECT_EQ(column(Horizon::Next), QStringList{exec});
    EXPECT_TRUE(column(Horizon::Now).isEmpty());
    EXPECT_EQ(page->board()->currentRow(), model->rowOf(id)); // the card keeps the focus
    EXPECT_EQ(undo->undoText(), QStringLiteral("Move \"%1\" to \"Next\"").arg(ui::commands::stepTitle(exec)));
    QTest::keyClick(page->board()->column(Horizon::Next), Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(storedMeasure(id).horizon, Horizon::Later);
    EXPECT_EQ(column(Horizon::Later).size(), 2);
    // At the last column Ctrl+Right does nothing.
    const int steps = undo->count();
    QTest::keyClick(page->board()->column(Horizon::Later), Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(undo->count(), steps);
    undo->undo();
    undo->undo();
    EXPECT_EQ(storedMeasure(id).horizon, Horizon::Now);
    undo->redo();
    EXPECT_EQ(storedMeasure(id).horizon, Horizon::Next);

    // Dropping the card on the "Now" column.
    std::unique_ptr<QMimeData> mime(model->mimeData({model->index(model->rowOf(id), 0)}));
    ASSERT_TRUE(mime);
    ui::PlanFilter *nowColumn = page->board()->filter(Horizon::Now);
    EXPECT_TRUE(nowColumn->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_TRUE(nowColumn->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    EXPECT_EQ(storedMeasure(id).horizon, Horizon::Now);
    EXPECT_EQ(column(Horizon::Now), QStringList{exec});
    undo->undo();
    EXPECT_EQ(storedMeasure(id).horizon, Horizon::Next);
    // Text from elsewhere is not a card.
    QMimeData text;
    text.setText(QString::number(id));
    EXPECT_FALSE(nowColumn->canDropMimeData(&text, Qt::MoveAction, -1, -1, {}));
}

TEST_F(PlanPageTest, TableEditsAreStepsOfTheirOwn)
{
    const qint64 id = add(QStringLiteral("exec-workshop"));
    const int row = model->rowOf(id);
    page->showBoard(false);
    QAbstractItemModel *table = page->table()->model();
    const QModelIndex owner = table->index(row, ui::PlanModel::Owner);
    ASSERT_TRUE(table->setData(owner, QStringLiteral("  Geschäftsführung <b>GF</b>  ")));
    EXPECT_EQ(storedMeasure(id).owner, QStringLiteral("Geschäftsführung <b>GF</b>"));
    ASSERT_TRUE(table->setData(table->index(row, ui::PlanModel::Due), QDate(2027, 1, 15)));
    EXPECT_EQ(storedMeasure(id).due, QDate(2027, 1, 15));
    ASSERT_TRUE(table->setData(table->index(row, ui::PlanModel::Status), int(PlanStatus::Done)));
    EXPECT_EQ(storedMeasure(id).status, PlanStatus::Done);
    EXPECT_EQ(storedMeasure(id).doneOn, QDate::currentDate()); // done today unless said otherwise
    ASSERT_TRUE(table->setData(table->index(row, ui::PlanModel::DoneOn), QDate(2026, 10, 1)));
    EXPECT_EQ(storedMeasure(id).doneOn, QDate(2026, 10, 1));
    ASSERT_TRUE(table->setData(table->index(row, ui::PlanModel::Status), int(PlanStatus::Doing)));
    EXPECT_EQ(storedMeasure(id).doneOn, QDate()); // a date it was done belongs to "done" alone
    // Nothing changed is no step.
    const int steps = undo->count();
    EXPECT_FALSE(table->setData(table->index(row, ui::PlanModel::Status), int(PlanStatus::Doing)));
    EXPECT_EQ(undo->count(), steps);

    undo->undo(); // doing → done on 1 Oct
    EXPECT_EQ(storedMeasure(id).status, PlanStatus::Done);
    EXPECT_EQ(storedMeasure(id).doneOn, QDate(2026, 10, 1));
    undo->undo(); // the date
    undo->undo(); // planned again
    EXPECT_EQ(storedMeasure(id).status, PlanStatus::Planned);
    undo->undo(); // the due date
    EXPECT_EQ(storedMeasure(id).due, QDate());
    undo->undo(); // the owner
    EXPECT_EQ(storedMeasure(id).owner, QString());
    for (int i = 0; i < 5; ++i)
        undo->redo();
    EXPECT_EQ(storedMeasure(id).status, PlanStatus::Doing);
    EXPECT_EQ(storedMeasure(id).due, QDate(2027, 1, 15));
    EXPECT_EQ(model->index(row, ui::PlanModel::Owner).data().toString(), QStringLiteral("Geschäftsführung <b>GF</b>"));
}

TEST_F(PlanPageTest, OverdueMeasuresAreMarkedAndCanBeShownAlone)
{
    model->setToday(QDate(2026, 12, 1));
    const qint64 late = add(QStringLiteral("exec-workshop"), Horizon::Now, QDate(2026, 11, 30));
    add(QStringLiteral("social-vision"), Horizon::Next, QDate(2026, 12, 1)); // due today: not yet overdue
    const qint64 doneLate = add(QStringLiteral("internal-training"), Horizon::Now, QDate(2026, 1, 1));
    PlanMeasure done = storedMeasure(doneLate);
    done.status = PlanStatus::Done;
    done.doneOn = QDate(2026, 2, 1);
    WorkspaceError error;
    ASSERT_TRUE(controller()->session()->updatePlanMeasure(done, &error)) << qPrintable(error.message);

    const QModelIndex due = model->index(model->rowOf(late), ui::PlanModel::Due);
    EXPECT_TRUE(due.data(ui::PlanModel::OverdueRole).toBool());
    EXPECT_TRUE(due.data(Qt::FontRole).value<QFont>().bold());
    EXPECT_TRUE(due.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Overdue")));
    EXPECT_FALSE(model->index(model->rowOf(doneLate), 0).data(ui::PlanModel::OverdueRole).toBool());
    EXPECT_TRUE(page->summary().contains(QStringLiteral("1 overdue"))) << qPrintable(page->summary());

    page->overdueBox()->setChecked(true);
    EXPECT_EQ(column(Horizon::Now), QStringList{title(QStringLiteral("exec-workshop"))});
    EXPECT_TRUE(column(Horizon::Next).isEmpty());
    EXPECT_EQ(page->table()->model()->rowCount(), 1);
    page->overdueBox()->setChecked(false);
    page->statusBox()->setCurrentIndex(page->statusBox()->findData(int(ui::StatusFilter::Done)));
    EXPECT_EQ(column(Horizon::Now), QStringList{title(QStringLiteral("internal-training"))});
    page->statusBox()->setCurrentIndex(0);
    // The question filter: "exec-workshop" is linked to leadership statements only.
    page->dimensionBox()->setCurrentIndex(page->dimensionBox()->findData(QStringLiteral("strategy")));
    EXPECT_FALSE(column(Horizon::Now).contains(title(QStringLiteral("exec-workshop"))));
    page->dimensionBox()->setCurrentIndex(page->dimensionBox()->findData(QStringLiteral("leadership")));
    EXPECT_TRUE(column(Horizon::Now).contains(title(QStringLiteral("exec-workshop"))));
}

TEST_F(PlanPageTest, TheDialogAddsAnOwnMeasureOnlyWithTitleAndStatements)
{
    ui::PlanMeasureDialog dialog(controller(), window->selection().company);
    dialog.ownButton()->setChecked(true);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("title")));
    dialog.titleEdit()->setText(QStringLiteral("Azubis zeigen den Betrieb 🎥"));
    dialog.accept();
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("statement")));
    EXPECT_TRUE(stored().isEmpty());
    dialog.statementList()->item(0)->setCheckState(Qt::Checked);
    dialog.ownerEdit()->setText(QStringLiteral("Ausbildung"));
    dialog.horizonBox()->setCurrentIndex(dialog.horizonBox()->findData(int(Horizon::Next)));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const PlanMeasure own = storedMeasure(dialog.measureId());
    EXPECT_EQ(own.title, QStringLiteral("Azubis zeigen den Betrieb 🎥"));
    EXPECT_EQ(own.ownItems, QStringList{controller()->questionnaire().flatItems().first()->id});
    EXPECT_EQ(own.owner, QStringLiteral("Ausbildung"));
    EXPECT_EQ(own.horizon, Horizon::Next);
    EXPECT_EQ(column(Horizon::Next), QStringList{own.title});
    undo->undo();
    EXPECT_TRUE(stored().isEmpty());

    // A catalogue measure in the plan already is not offered a second time.
    add(QStringLiteral("exec-workshop"));
    ui::PlanMeasureDialog again(controller(), window->selection().company);
    EXPECT_EQ(again.catalogueBox()->findData(QStringLiteral("exec-workshop")), -1);
    EXPECT_EQ(again.catalogueBox()->count(), controller()->questionnaire().measures.size() - 1);
}

TEST_F(PlanPageTest, EditingInTheDialogAndRemovingAreUndone)
{
    const qint64 id = add(QStringLiteral("exec-workshop"));
    ui::PlanMeasureDialog dialog(controller(), window->selection().company, storedMeasure(id));
    EXPECT_FALSE(dialog.catalogueBox()->isEnabled()); // what a measure is stays
    dialog.statusBox()->setCurrentIndex(dialog.statusBox()->findData(int(PlanStatus::Done)));
    dialog.doneOnEdit()->setText(QStringLiteral("5.10.2026"));
    dialog.dueBox()->setChecked(true);
    dialog.dueEdit()->setText(QStringLiteral("31.02.2026")); // no such day: refused, says why
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("\"31.02.2026\" is not a date")));
    dialog.dueEdit()->setText(QStringLiteral("2026-10-31"));
    dialog.doneOnEdit()->setText(ui::PlanModel::dateText(QDate::currentDate().addDays(1))); // not yet come
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problemLabel()->text().contains(QStringLiteral("today at the latest")));
    dialog.doneOnEdit()->setText(QStringLiteral("5.10.2026"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(storedMeasure(id).doneOn, QDate(2026, 10, 5));
    EXPECT_EQ(storedMeasure(id).due, QDate(2026, 10, 31));
    ASSERT_TRUE(model->remove(model->rowOf(id)));
    EXPECT_TRUE(stored().isEmpty());
    undo->undo();
    EXPECT_EQ(storedMeasure(id).doneOn, QDate(2026, 10, 5)); // back with its id and every field
    undo->undo();
    EXPECT_EQ(storedMeasure(id).status, PlanStatus::Planned);
}

TEST_F(PlanPageTest, ADoneMeasureSaysHowItsStatementsChanged)
{
    // Done between the first and the second round of Weber: the change is that of the session's
    // effect (scoring.md *Effect of a measure*, with known-answer tests in the core suite).
    const qint64 id = add(QStringLiteral("exec-workshop"));
    PlanMeasure m = storedMeasure(id);
    m.status = PlanStatus::Done;
    m.doneOn = QDate(2025, 5, 20);
    WorkspaceError error;
    ASSERT_TRUE(controller()->session()->updatePlanMeasure(m, &error));
    const std::optional<MeasureEffect> effect = controller()->session()->planEffect(m);
    ASSERT_TRUE(effect && effect->meanDelta);
    const QModelIndex change = model->index(model->rowOf(id), ui::PlanModel::Change);
    const QString number = QLocale().toString(*effect->meanDelta, 'f', 1);
    EXPECT_TRUE(change.data().toString().contains(number)) << qPrintable(change.data().toString());
    EXPECT_TRUE(change.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2025-Q1")));
    EXPECT_TRUE(change.data(Qt::ToolTipRole).toString().contains(QStringLiteral("not that the measure caused it")));
    // Done after the last round: nothing to compare yet, and it says so.
    m.doneOn = QDate(2026, 10, 1);
    ASSERT_TRUE(controller()->session()->updatePlanMeasure(m, &error));
    EXPECT_EQ(change.data().toString(), QStringLiteral("no round after yet"));
}

TEST_F(PlanPageTest, TheModelsPassTheModelTester)
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester plan(model, Mode::Fatal);
    QAbstractItemModelTester now(page->board()->filter(Horizon::Now), Mode::Fatal);
    QAbstractItemModelTester table(page->table()->model(), Mode::Fatal);
    const qint64 a = add(QStringLiteral("exec-workshop"));
    add(QStringLiteral("social-vision"), Horizon::Later);
    model->setHorizon(model->rowOf(a), Horizon::Next);
    model->setStatus(model->rowOf(a), PlanStatus::Done);
    page->statusBox()->setCurrentIndex(1);
    model->remove(model->rowOf(a));
    undo->undo();
    selectNode({QStringLiteral("Albrecht Fördertechnik GmbH")});
    EXPECT_EQ(model->rowCount(), 0);
    selectNode({kWeber});
    EXPECT_EQ(model->rowCount(), 2);
}

TEST_F(PlanPageTest, TheChosenCardStaysChosenWhenUndoMovesIt)
{
    const qint64 training = add(QStringLiteral("internal-training"));
    add(QStringLiteral("exec-workshop"), Horizon::Later);
    add(QStringLiteral("social-vision"), Horizon::Later);
    window->show();
    window->pages()->setCurrentWidget(page);
    page->board()->selectMeasure(training);
    QTest::keyClick(page->board()->column(Horizon::Now), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(page->board()->column(Horizon::Next), Qt::Key_Right, Qt::ControlModifier);
    ASSERT_EQ(storedMeasure(training).horizon, Horizon::Later);
    undo->undo(); // back to "Next": the card is still the chosen one, not a neighbour in "Later"
    EXPECT_EQ(page->board()->currentRow(), model->rowOf(training));
    undo->redo();
    EXPECT_EQ(page->board()->currentRow(), model->rowOf(training));
    QTest::keyClick(page->board()->column(Horizon::Later), Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(storedMeasure(training).horizon, Horizon::Next);
    for (const PlanMeasure &m : stored()) {
        if (m.id != training) {
            EXPECT_EQ(m.horizon, Horizon::Later) << qPrintable(m.measure);
        }
    }
}

TEST_F(PlanPageTest, AStepIsNamedWithAShortenedTitle)
{
    ui::PlanMeasureDialog dialog(controller(), window->selection().company);
    dialog.ownButton()->setChecked(true);
    dialog.titleEdit()->setText(QString(270, u'x'));
    dialog.statementList()->item(0)->setCheckState(Qt::Checked);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(undo->undoText(), QStringLiteral("Add \"%1…\" to the plan").arg(QString(39, u'x')));
}

TEST_F(PlanPageTest, ADueDateIsTypedIntoTheTable)
{
    const qint64 id = add(QStringLiteral("social-vision"));
    page->showBoard(false);
    const QModelIndex due = page->table()->model()->index(model->rowOf(id), ui::PlanModel::Due);
    QAbstractItemDelegate *delegate = page->table()->itemDelegate();
    std::unique_ptr<QWidget> editor(delegate->createEditor(page->table()->viewport(), {}, due));
    auto *line = qobject_cast<QLineEdit *>(editor.get());
    ASSERT_TRUE(line);
    delegate->setEditorData(line, due);
    EXPECT_EQ(line->text(), QString()); // no due date yet
    line->setText(QStringLiteral("15.1.2027"));
    delegate->setModelData(line, page->table()->model(), due);
    EXPECT_EQ(storedMeasure(id).due, QDate(2027, 1, 15));
    line->setText(QStringLiteral("2027-02-28"));
    delegate->setModelData(line, page->table()->model(), due);
    EXPECT_EQ(storedMeasure(id).due, QDate(2027, 2, 28));
    line->setText(QStringLiteral("31.02.2027")); // no such day: nothing changes
    delegate->setModelData(line, page->table()->model(), due);
    EXPECT_EQ(storedMeasure(id).due, QDate(2027, 2, 28));
    line->clear(); // empty: no due date
    delegate->setModelData(line, page->table()->model(), due);
    EXPECT_EQ(storedMeasure(id).due, QDate());
}

TEST_F(PlanPageTest, UntickingADoneMeasureAsksFirst)
{
    const qint64 id = add(QStringLiteral("exec-workshop"));
    PlanMeasure done = storedMeasure(id);
    done.status = PlanStatus::Done;
    done.doneOn = QDate(2026, 10, 1);
    done.owner = QStringLiteral("GF");
    WorkspaceError error;
    ASSERT_TRUE(controller()->session()->updatePlanMeasure(done, &error));
    ui::RecommendationsModel *recommendations = window->recommendationsPage()->model();
    recommendations->setSelection(window->selection());
    QModelIndex tick;
    for (int r = 0; r < recommendations->rowCount() && !tick.isValid(); ++r)
        for (int c = 0; c < recommendations->rowCount(recommendations->index(r, 0)); ++c) {
            const QModelIndex m = recommendations->index(c, 0, recommendations->index(r, 0));
            if (m.data().toString().startsWith(title(QStringLiteral("exec-workshop"))))
                tick = m;
        }
    ASSERT_TRUE(tick.isValid());
    EXPECT_EQ(tick.data().toString(),
              QStringLiteral("%1 (done on %2)")
                  .arg(title(QStringLiteral("exec-workshop")), ui::PlanModel::dateText(done.doneOn)));
    ui::Dialogs::queueAnswers({QStringLiteral("no")});
    EXPECT_FALSE(recommendations->setData(tick, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(storedMeasure(id).owner, QStringLiteral("GF"));
    ui::Dialogs::queueAnswers({QStringLiteral("yes")});
    EXPECT_TRUE(recommendations->setData(tick, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_TRUE(stored().isEmpty());
}

TEST_F(PlanPageTest, TheDialogShowsWhichStatementsACatalogueMeasureAddresses)
{
    ui::PlanMeasureDialog dialog(controller(), window->selection().company);
    dialog.catalogueBox()->setCurrentIndex(dialog.catalogueBox()->findData(QStringLiteral("exec-workshop")));
    QStringList ticked;
    for (int i = 0; i < dialog.statementList()->count(); ++i)
        if (dialog.statementList()->item(i)->checkState() == Qt::Checked)
            ticked << dialog.statementList()->item(i)->data(Qt::UserRole).toString();
    EXPECT_EQ(ticked, (QStringList{QStringLiteral("leadership.awareness"), QStringLiteral("leadership.active")}));
    EXPECT_FALSE(dialog.statementList()->isEnabled());
    dialog.ownButton()->setChecked(true); // an own measure starts with no statement
    for (int i = 0; i < dialog.statementList()->count(); ++i)
        EXPECT_EQ(dialog.statementList()->item(i)->checkState(), Qt::Unchecked);
}
