// The workshop from the workbench: slides follow the keys, the open statement takes votes, the
// counts stay hidden until revealed, and ending stores the participants as anonymous
// respondents in one undoable step.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "models/AssessmentModel.h"
#include "pages/AssessmentPage.h"
#include "presentation/PresentationWindow.h"
#include "presentation/WorkshopController.h"

#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;

TEST_F(WindowTest, WorkshopVotesBecomeRespondentsAndUndo)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    const ui::Selection selection = window->selection();
    ui::AssessmentModel *model = window->assessmentPage()->model();
    const qsizetype before = model->respondents().size();

    ui::WorkshopController *w = window->workshop();
    ui::WorkshopController::Options options;
    options.address = QHostAddress::LocalHost;
    options.fullScreen = false;
    ASSERT_TRUE(w->start(selection, options));
    ASSERT_TRUE(w->server()->isRunning());
    EXPECT_TRUE(w->server()->url().toString().startsWith(QStringLiteral("http://127.0.0.1:")));
    ui::PresentationWindow *slides = w->presentation();
    ASSERT_TRUE(slides);
    EXPECT_EQ(slides->slideKind(0), ui::PresentationWindow::Kind::Title);

    // → opens the first statement for voting
    QTest::keyClick(slides, Qt::Key_Right);
    const int item = slides->slideItem(slides->currentSlide());
    ASSERT_EQ(item, 0);
    workshop::WorkshopSession *session = w->session();
    EXPECT_TRUE(session->isOpen(0));
    const QStringList people = {session->join(), session->join(), session->join()};
    EXPECT_EQ(session->vote(people[0], 0, 1), workshop::WorkshopSession::VoteError::None);
    EXPECT_EQ(session->vote(people[1], 0, 3), workshop::WorkshopSession::VoteError::None);
    EXPECT_EQ(session->vote(people[2], 0, 3), workshop::WorkshopSession::VoteError::None);
    EXPECT_EQ(session->vote(people[2], 1, 2), workshop::WorkshopSession::VoteError::NotOpen); // not on screen
    ui::PresentationWindow::ItemView view = slides->itemView(0);
    EXPECT_EQ(view.votes, 3);
    EXPECT_FALSE(view.revealed); // no anchoring
    QTest::keyClick(slides, Qt::Key_R);
    view = slides->itemView(0);
    EXPECT_TRUE(view.revealed);
    EXPECT_EQ(view.histogram, (QList<int>{0, 1, 0, 2, 0}));
    QTest::keyClick(slides, Qt::Key_B);
    EXPECT_TRUE(slides->isBlank());
    QTest::keyClick(slides, Qt::Key_B);
    QTest::keyClick(slides, Qt::Key_Right); // the next statement opens, the first closes
    EXPECT_FALSE(session->isOpen(0));
    EXPECT_TRUE(session->isOpen(1));
    EXPECT_EQ(session->vote(people[0], 1, 4), workshop::WorkshopSession::VoteError::None);

    // Esc: store the votes (the first question answers yes).
    ui::Dialogs::queueAnswers({QStringLiteral("yes")});
    QTest::keyClick(slides, Qt::Key_Escape);
    EXPECT_FALSE(w->isRunning());
    ASSERT_EQ(model->respondents().size(), before + 3);
    // The three new respondents answered item 0 with 1, 3, 3 and one of them item 1 with 4.
    QList<int> levels;
    for (qsizetype r = before; r < model->respondents().size(); ++r) {
        EXPECT_TRUE(model->respondents()[r].name.startsWith(QStringLiteral("Workshop ")));
        levels.append(
            model->indexOfItem(0, model->respondentColumn(int(r))).data(ui::AssessmentModel::LevelRole).toInt());
    }
    std::sort(levels.begin(), levels.end());
    EXPECT_EQ(levels, (QList<int>{1, 3, 3}));

    controller()->undoStack()->undo();
    EXPECT_EQ(model->respondents().size(), before);
    controller()->undoStack()->redo();
    EXPECT_EQ(model->respondents().size(), before + 3);
}

TEST_F(WindowTest, PresentingRecordedAnswersNeedsNoServer)
{
    // Marketing (6 respondents) is visible at k = 5; Produktion (4) would show nothing.
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"),
                QStringLiteral("Marketing & Kommunikation")});
    ui::WorkshopController::Options options;
    options.liveVoting = false;
    options.fullScreen = false;
    ASSERT_TRUE(window->workshop()->start(window->selection(), options));
    EXPECT_FALSE(window->workshop()->server());
    ui::PresentationWindow *slides = window->workshop()->presentation();
    slides->goTo(1);
    const ui::PresentationWindow::ItemView view = slides->itemView(0);
    EXPECT_TRUE(view.revealed);
    EXPECT_EQ(view.votes, std::accumulate(view.histogram.begin(), view.histogram.end(), 0));
    EXPECT_GE(view.votes, 3);
    QTest::keyClick(slides, Qt::Key_Escape);
    EXPECT_FALSE(window->workshop()->isRunning());
    EXPECT_EQ(controller()->undoStack()->count(), 0);
}
