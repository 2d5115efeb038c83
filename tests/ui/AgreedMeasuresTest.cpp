// The end of a workshop feeds the action plan: after the votes are stored, the facilitator is
// offered the measures linked to the statements voted on (the lowest mean first), ticks what the
// room agreed on, and they enter the company's plan as planned for now, as one undoable step.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "WorkshopSession.h"
#include "dialogs/AgreedMeasuresDialog.h"
#include "presentation/PresentationWindow.h"
#include "presentation/WorkshopController.h"

#include <QTreeWidget>
#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");

class AgreedMeasures : public WindowTest {
protected:
    QList<PlanMeasure> plan() const
    {
        QList<PlanMeasure> out;
        WorkspaceError error;
        EXPECT_TRUE(controller()->session()->planMeasures(window->selection().company, &out, &error));
        return out;
    }
    const Questionnaire &q() const { return controller()->questionnaire(); }
    QStringList offered(const ui::AgreedMeasuresDialog &d) const
    {
        QStringList ids;
        for (int i = 0; i < d.list()->topLevelItemCount(); ++i)
            ids << d.list()->topLevelItem(i)->data(0, Qt::UserRole).toString();
        return ids;
    }
};

} // namespace

TEST_F(AgreedMeasures, TheLowestStatementsComeFirstAndTheTickedOnesEnterThePlanInOneStep)
{
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    // leadership.active (mean 1.0) before strategy.business-goals (3.5); without votes: not offered.
    const QList<ui::AgreedMeasuresDialog::Statement> statements{
        {QStringLiteral("strategy.business-goals"), 3.5},
        {QStringLiteral("roadmap.learning"), std::nullopt},
        {QStringLiteral("leadership.active"), 1.0},
    };
    // exec-workshop is in the plan already; it is shown ticked and cannot be ticked off.
    PlanMeasure existing;
    existing.company = window->selection().company;
    existing.measure = QStringLiteral("exec-workshop");
    WorkspaceError error;
    ASSERT_GT(controller()->session()->addPlanMeasure(existing, &error), 0);

    ui::AgreedMeasuresDialog dialog(controller(), window->selection().company, QStringLiteral("Vertrieb, 2026-Q3"),
                                    statements);
    ASSERT_TRUE(dialog.hasChoices());
    EXPECT_EQ(offered(dialog), (QStringList{QStringLiteral("exec-visibility"), QStringLiteral("exec-workshop"),
                                            QStringLiteral("goals-from-company-goals"),
                                            QStringLiteral("goals-agreed-with-management")}));
    EXPECT_TRUE(dialog.list()
                    ->topLevelItem(0)
                    ->text(ui::AgreedMeasuresDialog::StatementColumn)
                    .endsWith(QStringLiteral("(mean 1.0)")));
    QTreeWidgetItem *inPlan = dialog.list()->topLevelItem(1);
    EXPECT_EQ(inPlan->checkState(0), Qt::Checked);
    EXPECT_FALSE(inPlan->flags() & Qt::ItemIsEnabled);

    dialog.list()->topLevelItem(0)->setCheckState(0, Qt::Checked);
    dialog.list()->topLevelItem(0)->setText(ui::AgreedMeasuresDialog::OwnerColumn,
                                            QStringLiteral(" Leitung Vertrieb "));
    dialog.list()->topLevelItem(3)->setCheckState(0, Qt::Checked);
    const int steps = controller()->undoStack()->count();
    dialog.accept();
    EXPECT_EQ(dialog.added(), 2);
    EXPECT_EQ(controller()->undoStack()->count(), steps + 1);
    const QList<PlanMeasure> after = plan();
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after.at(1).measure, QStringLiteral("exec-visibility"));
    EXPECT_EQ(after.at(1).owner, QStringLiteral("Leitung Vertrieb"));
    EXPECT_EQ(after.at(1).horizon, Horizon::Now);
    EXPECT_EQ(after.at(1).status, PlanStatus::Planned);
    EXPECT_TRUE(after.at(1).note.startsWith(QStringLiteral("Agreed in the workshop Vertrieb, 2026-Q3 on ")));
    EXPECT_EQ(after.at(2).measure, QStringLiteral("goals-agreed-with-management"));
    EXPECT_EQ(after.at(2).owner, QString());

    controller()->undoStack()->undo(); // both at once
    EXPECT_EQ(plan().size(), 1);
    controller()->undoStack()->redo();
    EXPECT_EQ(plan().size(), 3);
}

TEST_F(AgreedMeasures, ADroppedMeasureAgreedAgainIsTakenUp)
{
    selectNode({kWeber});
    PlanMeasure dropped;
    dropped.company = window->selection().company;
    dropped.measure = QStringLiteral("exec-workshop");
    dropped.status = PlanStatus::Dropped;
    dropped.horizon = Horizon::Later;
    dropped.note = QStringLiteral("Zu früh");
    WorkspaceError error;
    const qint64 id = controller()->session()->addPlanMeasure(dropped, &error);
    ASSERT_GT(id, 0);
    ui::AgreedMeasuresDialog dialog(controller(), window->selection().company, QStringLiteral("Vertrieb, 2026-Q3"),
                                    {{QStringLiteral("leadership.awareness"), 1.5}});
    ASSERT_EQ(offered(dialog).indexOf(QStringLiteral("exec-workshop")), 0);
    dialog.list()->topLevelItem(0)->setCheckState(0, Qt::Checked);
    dialog.accept();
    ASSERT_EQ(plan().size(), 1);
    EXPECT_EQ(plan().first().id, id);
    EXPECT_EQ(plan().first().status, PlanStatus::Planned);
    EXPECT_EQ(plan().first().horizon, Horizon::Now);
    EXPECT_TRUE(plan().first().note.startsWith(QStringLiteral("Zu früh\nAgreed in the workshop")));
    controller()->undoStack()->undo();
    EXPECT_EQ(plan().first().status, PlanStatus::Dropped);
}

TEST_F(AgreedMeasures, EndingAWorkshopOffersTheMeasuresOfItsStatements)
{
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ui::WorkshopController *w = window->workshop();
    ui::WorkshopController::Options options;
    options.fullScreen = false;
    ASSERT_TRUE(w->start(window->selection(), options));
    QTest::keyClick(w->presentation(), Qt::Key_Right); // the first statement: open for votes
    workshop::WorkshopSession *session = w->session();
    for (int level : {1, 2, 1}) {
        const QString person = session->join();
        ASSERT_EQ(session->vote(person, 0, level), workshop::WorkshopSession::VoteError::None);
    }
    ui::Dialogs::queueAnswers({QStringLiteral("yes")}); // store the votes
    w->leave();
    EXPECT_FALSE(w->isRunning());
    auto *dialog = window->findChild<ui::AgreedMeasuresDialog *>(QStringLiteral("agreedMeasures"));
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    // Only the statement voted on (the first) offers its measures.
    EXPECT_EQ(offered(*dialog), q().flatItems().first()->measures);
    dialog->reject(); // nothing agreed: the plan stays empty
    EXPECT_TRUE(plan().isEmpty());
}
