// The workshop's votes in the workbench survive what a meeting room does to a laptop: they are in
// the workspace while the session runs, a session that never ended is offered when the workspace
// opens again, storing into a busy workspace keeps the session open, and quitting asks first.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "models/AssessmentModel.h"
#include "pages/AssessmentPage.h"
#include "presentation/PresentationWindow.h"
#include "presentation/WorkshopController.h"
#include "session/WorkspaceSession.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;

namespace {

class WorkshopDurable : public WindowTest {
protected:
    /// Starts a live session on Vertrieb 2026-Q3 and lets three people vote on the first statement.
    void startAndVote(int expected = 0)
    {
        selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
        before = window->assessmentPage()->model()->respondents().size();
        ui::WorkshopController::Options options;
        options.address = QHostAddress::LocalHost;
        options.fullScreen = false;
        options.expected = expected;
        ASSERT_TRUE(w()->start(window->selection(), options));
        QTest::keyClick(w()->presentation(), Qt::Key_Right);
        workshop::WorkshopSession *session = w()->session();
        for (int level : {1, 3, 3}) {
            const QString person = session->join();
            ASSERT_EQ(session->vote(person, 0, level), workshop::WorkshopSession::VoteError::None);
        }
    }
    ui::WorkshopController *w() const { return window->workshop(); }
    /// Unfinished sessions as another program sees them: (voters, votes) of each.
    QList<QPair<int, int>> unfinished() const
    {
        WorkspaceError error;
        auto reader = session::WorkspaceSession::open(path, session::WorkspaceSession::Mode::ReadOnly, &error);
        QList<WorkshopRecord> sessions;
        if (!reader || !reader->workshopSessions(&sessions, &error))
            return {{-1, -1}};
        QList<QPair<int, int>> out;
        for (const WorkshopRecord &r : sessions)
            out.append({r.voters, r.votes});
        return out;
    }
    qsizetype respondents() const { return window->assessmentPage()->model()->respondents().size(); }

    qsizetype before = 0;
};

} // namespace

TEST_F(WorkshopDurable, VotesAreInTheWorkspaceWhileTheSessionRuns)
{
    startAndVote();
    EXPECT_EQ(unfinished(), (QList<QPair<int, int>>{{3, 3}}));
    ASSERT_EQ(w()->end(true), 3);
    EXPECT_TRUE(unfinished().isEmpty());
    EXPECT_EQ(respondents(), before + 3);
}

TEST_F(WorkshopDurable, ASessionThatNeverEndedIsOfferedAndStoredInOneUndoableStep)
{
    startAndVote();
    w()->suspend(); // as if the laptop had died: nothing stored, the votes stay
    EXPECT_FALSE(w()->isRunning());
    EXPECT_EQ(respondents(), before);
    // Opening the workspace again offers it: "Store the votes".
    ui::Dialogs::queueAnswers({QStringLiteral("0")});
    ASSERT_TRUE(window->openWorkspace(path));
    EXPECT_FALSE(ui::Dialogs::hasQueuedAnswers());
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    EXPECT_EQ(respondents(), before + 3);
    EXPECT_TRUE(unfinished().isEmpty());
    controller()->undoStack()->undo();
    EXPECT_EQ(respondents(), before);
}

TEST_F(WorkshopDurable, AResumedSessionKeepsItsVotesAndItsAddress)
{
    startAndVote();
    const QString url = w()->server()->url().toString();
    w()->suspend();
    ui::Dialogs::queueAnswers({QStringLiteral("1")}); // "Resume the workshop"
    ASSERT_TRUE(window->openWorkspace(path));
    ASSERT_TRUE(w()->isRunning());
    EXPECT_EQ(w()->server()->token(), url.section(u'/', 4, 4));
    EXPECT_EQ(w()->session()->voters(), 3);
    w()->presentation()->goTo(1);
    const QString late = w()->session()->join();
    ASSERT_EQ(w()->session()->vote(late, 0, 4), workshop::WorkshopSession::VoteError::None);
    ASSERT_EQ(w()->end(true), 4);
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    EXPECT_EQ(respondents(), before + 4);
}

TEST_F(WorkshopDurable, StoringIntoABusyWorkspaceKeepsTheSessionOpen)
{
    startAndVote();
    ui::Dialogs::collectWarnings(true);
    w()->setPatience(1500);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        EXPECT_EQ(w()->end(true), -1);
        q.exec(QStringLiteral("ROLLBACK"));
        q = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    const QStringList warnings = ui::Dialogs::takeWarnings();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("stays open"))) << qPrintable(warnings[0]);
    // Still running, at the same address, with every vote; voting goes on.
    ASSERT_TRUE(w()->isRunning());
    EXPECT_TRUE(w()->server()->isRunning());
    EXPECT_EQ(w()->session()->voters(), 3);
    ASSERT_EQ(w()->end(true), 3);
    EXPECT_EQ(respondents(), before + 3);
    ui::Dialogs::collectWarnings(false);
}

TEST_F(WorkshopDurable, QuittingDuringASessionAsksAndCanKeepItForLater)
{
    startAndVote();
    ui::Dialogs::queueAnswers({QStringLiteral("cancel")});
    EXPECT_FALSE(window->close()); // cancelled: everything goes on
    EXPECT_TRUE(w()->isRunning());
    ui::Dialogs::queueAnswers({QStringLiteral("1")}); // keep the session for later and quit
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(w()->isRunning());
    EXPECT_EQ(unfinished(), (QList<QPair<int, int>>{{3, 3}}));
    EXPECT_EQ(respondents(), before);
}

TEST_F(WorkshopDurable, SlidesShowWhoJoinedAndJumpWithHomeAndEnd)
{
    startAndVote(15);
    ui::PresentationWindow *slides = w()->presentation();
    EXPECT_TRUE(slides->footerText().startsWith(QStringLiteral("3 of 15 joined"))) << qPrintable(slides->footerText());
    QTest::keyClick(slides, Qt::Key_End);
    EXPECT_EQ(slides->slideKind(slides->currentSlide()), ui::PresentationWindow::Kind::Summary);
    QTest::keyClick(slides, Qt::Key_Home);
    EXPECT_EQ(slides->currentSlide(), 0);
    w()->end(false);
    EXPECT_TRUE(unfinished().isEmpty()); // discarded: nothing kept
}
