// End to end in a real browser: three participants join by the short address and vote from
// Debian's Chromium (driven by playwright-core, tests/e2e/vote.mjs) on the page the workbench serves; the presentation
// counts them, the facilitator reveals and ends, and the workspace holds three anonymous
// respondents with exactly those answers.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "models/AssessmentModel.h"
#include "pages/AssessmentPage.h"
#include "presentation/PresentationWindow.h"
#include "presentation/WorkshopController.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace sbr;
using namespace sbr::test;

TEST_F(WindowTest, ThreePhonesVoteInARealBrowser)
{
    const QString e2e = QStringLiteral(SBRADAR_SOURCE_DIR "/tests/e2e");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString chromium = qEnvironmentVariable("CHROMIUM", QStringLiteral("/usr/bin/chromium"));
    if (node.isEmpty() || !QFileInfo::exists(chromium) ||
        !QFileInfo::exists(e2e + QStringLiteral("/node_modules/playwright-core")))
        GTEST_SKIP() << "needs node, Debian's chromium and `npm ci` in tests/e2e (make test does all three)";

    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ui::AssessmentModel *model = window->assessmentPage()->model();
    const qsizetype before = model->respondents().size();
    ui::WorkshopController *w = window->workshop();
    ui::WorkshopController::Options options;
    options.address = QHostAddress::LocalHost;
    options.fullScreen = false;
    ASSERT_TRUE(w->start(window->selection(), options));
    ui::PresentationWindow *slides = w->presentation();
    slides->goTo(1); // the first statement is open for voting

    QProcess browser;
    browser.setProcessChannelMode(QProcess::MergedChannels);
    // Joined as people in the room do: by the short address on the slide, typed in lower case.
    const QString typed = QStringLiteral("http://") + w->server()->shortAddress().toLower();
    EXPECT_LE(w->server()->shortAddress().size(), 30);
    QStringList args = {e2e + QStringLiteral("/vote.mjs"), typed, QStringLiteral("[1,3,3]")};
    const QString shot = qEnvironmentVariable("SBRADAR_PHONE_SCREENSHOT");
    if (!shot.isEmpty())
        args.append(shot);
    browser.start(node, args);
    ASSERT_TRUE(browser.waitForStarted());
    // The server lives in this thread: keep the event loop running while the browser votes.
    EXPECT_TRUE(QTest::qWaitFor([&] { return browser.state() == QProcess::NotRunning; }, 90000));
    const QString output = QString::fromUtf8(browser.readAll());
    ASSERT_TRUE(output.contains(QStringLiteral("voted 3"))) << qPrintable(output);

    ui::PresentationWindow::ItemView view = slides->itemView(0);
    EXPECT_EQ(view.votes, 3);
    EXPECT_FALSE(view.revealed);
    EXPECT_EQ(w->session()->participants(), 3);
    slides->revealCurrent();
    view = slides->itemView(0);
    EXPECT_TRUE(view.revealed);
    EXPECT_EQ(view.histogram, (QList<int>{0, 1, 0, 2, 0}));

    ui::Dialogs::queueAnswers({QStringLiteral("yes")});
    slides->setFocus();
    QTest::keyClick(slides, Qt::Key_Escape);
    ASSERT_FALSE(w->isRunning());
    ASSERT_EQ(model->respondents().size(), before + 3);
    QList<int> levels;
    int otherAnswers = 0;
    for (qsizetype r = before; r < model->respondents().size(); ++r) {
        levels.append(
            model->indexOfItem(0, model->respondentColumn(int(r))).data(ui::AssessmentModel::LevelRole).toInt());
        for (int item = 1; item < controller()->questionnaire().itemCount(); ++item)
            otherAnswers += model->indexOfItem(item, model->respondentColumn(int(r)))
                                .data(ui::AssessmentModel::LevelRole)
                                .toInt() != -1;
    }
    std::sort(levels.begin(), levels.end());
    EXPECT_EQ(levels, (QList<int>{1, 3, 3}));
    EXPECT_EQ(otherAnswers, 0); // only the statement they voted on
}
