// Mixed groups and re-votes from the workbench (issue 9 items 4 and 5): the facilitator starts a
// workshop for two departments, the slides show each department beside the total, V reopens a
// statement and shows both rounds, and ending stores every voter in its own department's
// assessment with its last vote. The same once more in Debian's Chromium: phones join by the
// short address, pick their department and vote again after the discussion.
//
// With SBRADAR_SLIDE_SCREENSHOTS=DIR the browser test switches to German and saves the slides
// (presentation-joined-de.png, presentation-groups-de.png, presentation-revote-de.png) and two
// phone pictures there (docs/images/ of the user guide).

#include "AppSettings.h"
#include "Dialogs.h"
#include "Language.h"
#include "UiTestSupport.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "dialogs/PreferencesDialog.h"
#include "presentation/PresentationWindow.h"
#include "presentation/WorkshopController.h"

#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>

using namespace sbr;
using namespace sbr::test;
using VoteError = workshop::WorkshopSession::VoteError;

namespace {

const QString kCompany = QStringLiteral("Weber Maschinenbau GmbH");
const QString kRound = QStringLiteral("2026-Q3");
const QString kSales = QStringLiteral("Vertrieb");
const QString kBoard = QStringLiteral("Geschäftsführung");

/// Respondents and answers of one department of Weber's round 2026-Q3, as stored.
class StoredDepartment {
public:
    StoredDepartment(session::WorkspaceSession *ws, const QString &name) : m_ws(ws)
    {
        const qint64 company = companyId(ws);
        qint64 round = 0, department = 0;
        for (const RoundRow &r : ws->rounds(company))
            if (r.label == kRound)
                round = r.id;
        for (const DepartmentRow &d : ws->departments(company))
            if (d.name == name)
                department = d.id;
        m_assessment = ws->assessmentId(round, department);
        m_before = ids();
    }
    /// Levels of item `item` given by respondents added since construction, sorted.
    QList<int> newLevels(int item) const
    {
        QList<AnswerCell> cells;
        WorkspaceError error;
        EXPECT_TRUE(m_ws->answers(m_assessment, &cells, &error));
        QList<int> levels;
        for (const AnswerCell &c : cells)
            if (c.item == item && c.level && !m_before.contains(c.respondent))
                levels << *c.level;
        std::sort(levels.begin(), levels.end());
        return levels;
    }
    int added() const { return int(ids().size() - m_before.size()); }

private:
    static qint64 companyId(session::WorkspaceSession *ws)
    {
        for (const CompanyRow &c : ws->companies())
            if (c.name == kCompany)
                return c.id;
        return 0;
    }
    QSet<qint64> ids() const
    {
        QList<RespondentRow> rows;
        WorkspaceError error;
        EXPECT_TRUE(m_ws->respondents(m_assessment, &rows, &error));
        QSet<qint64> out;
        for (const RespondentRow &r : rows)
            out.insert(r.id);
        return out;
    }
    session::WorkspaceSession *m_ws;
    qint64 m_assessment = 0;
    QSet<qint64> m_before;
};

/// Votes per level 0..4 of the given levels.
QList<int> histogram(std::initializer_list<int> levels)
{
    QList<int> h(5, 0);
    for (int l : levels)
        ++h[l];
    return h;
}

} // namespace

TEST_F(WindowTest, AMixedGroupVotesPerDepartmentAndAgainAfterTheDiscussion)
{
    WorkspaceError error;
    ASSERT_TRUE(controller()->session()->setAnonymityThreshold(3, &error)); // three per department are enough
    selectNode({kCompany, kRound, kSales});
    StoredDepartment sales(controller()->session(), kSales), board(controller()->session(), kBoard);
    ui::WorkshopController *w = window->workshop();
    ui::WorkshopController::Options options;
    options.address = QHostAddress::LocalHost;
    options.fullScreen = false;
    options.departments = {kSales, kBoard};
    ASSERT_TRUE(w->start(window->selection(), options));
    workshop::WorkshopSession *session = w->session();
    EXPECT_EQ(session->departments(), (QStringList{kSales, kBoard}));
    ui::PresentationWindow *slides = w->presentation();
    slides->goTo(1);
    // Vertrieb votes 1, 3, 2; Geschäftsführung 4, 4, 2.
    QStringList people;
    const QList<QPair<int, int>> votes = {{0, 1}, {0, 3}, {0, 2}, {1, 4}, {1, 4}, {1, 2}};
    for (const auto &[department, level] : votes) {
        people << session->join();
        ASSERT_EQ(session->chooseDepartment(people.last(), department), VoteError::None);
        ASSERT_EQ(session->vote(people.last(), 0, level), VoteError::None);
    }
    QTest::keyClick(slides, Qt::Key_R);
    ui::PresentationWindow::ItemView view = slides->itemView(0);
    EXPECT_EQ(view.histogram, histogram({1, 3, 2, 4, 4, 2}));
    ASSERT_EQ(view.departments.size(), 2);
    EXPECT_EQ(view.departments[0].name, kSales);
    EXPECT_FALSE(view.departments[0].tooFew);
    EXPECT_EQ(view.departments[0].histogram, histogram({1, 3, 2}));
    EXPECT_DOUBLE_EQ(*view.departments[0].mean, 2.0);
    EXPECT_EQ(view.departments[1].histogram, histogram({4, 4, 2}));
    EXPECT_DOUBLE_EQ(*view.departments[1].mean, 10.0 / 3);

    // V: the statement is open again, its results hidden until R; the first round stays.
    QTest::keyClick(slides, Qt::Key_V);
    EXPECT_TRUE(session->isOpen(0));
    EXPECT_FALSE(slides->itemView(0).revealed);
    ASSERT_EQ(session->vote(people[0], 0, 3), VoteError::None); // Vertrieb: 1 -> 3
    ASSERT_EQ(session->vote(people[5], 0, 4), VoteError::None); // Geschäftsführung: 2 -> 4
    QTest::keyClick(slides, Qt::Key_R);
    view = slides->itemView(0);
    EXPECT_EQ(view.firstRound, histogram({1, 3, 2, 4, 4, 2}));
    EXPECT_EQ(view.histogram, histogram({3, 3, 2, 4, 4, 4}));
    EXPECT_EQ(view.revoters, 2);
    EXPECT_EQ(view.departments[0].histogram, histogram({3, 3, 2}));
    EXPECT_EQ(view.departments[1].histogram, histogram({4, 4, 4}));

    ui::Dialogs::queueAnswers({QStringLiteral("yes")});
    slides->setFocus();
    QTest::keyClick(slides, Qt::Key_Escape);
    ASSERT_FALSE(w->isRunning());
    EXPECT_EQ(sales.added(), 3);
    EXPECT_EQ(board.added(), 3);
    EXPECT_EQ(sales.newLevels(0), (QList<int>{2, 3, 3}));
    EXPECT_EQ(board.newLevels(0), (QList<int>{4, 4, 4}));
}

TEST_F(WindowTest, PhonesOfTwoDepartmentsJoinByTheShortCodeAndVoteAgainInARealBrowser)
{
    const QString e2e = QStringLiteral(SBRADAR_SOURCE_DIR "/tests/e2e");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString chromium = qEnvironmentVariable("CHROMIUM", QStringLiteral("/usr/bin/chromium"));
    if (node.isEmpty() || !QFileInfo::exists(chromium) ||
        !QFileInfo::exists(e2e + QStringLiteral("/node_modules/playwright-core")))
        GTEST_SKIP() << "needs node, Debian's chromium and `npm ci` in tests/e2e (make test does all three)";
    const QString shots = qEnvironmentVariable("SBRADAR_SLIDE_SCREENSHOTS");
    if (!shots.isEmpty()) { // the pictures of the German user guide: the program and the questionnaire in German
        ui::Language::apply(QStringLiteral("de"));
        controller()->setLanguage(QStringLiteral("de"));
    }
    WorkspaceError error;
    ASSERT_TRUE(controller()->session()->setAnonymityThreshold(3, &error)); // three per department are enough

    selectNode({kCompany, kRound, kSales});
    StoredDepartment sales(controller()->session(), kSales), board(controller()->session(), kBoard);
    ui::WorkshopController *w = window->workshop();
    ui::WorkshopController::Options options;
    options.address = QHostAddress::LocalHost;
    options.fullScreen = false;
    options.perAddress = 0; // every phone of this test is 127.0.0.1
    options.expected = 8;
    options.departments = {kSales, kBoard};
    ASSERT_TRUE(w->start(window->selection(), options));
    ui::PresentationWindow *slides = w->presentation();
    slides->resize(1280, 720);
    slides->goTo(1);
    const auto save = [&](const QString &name) {
        if (!shots.isEmpty()) {
            EXPECT_TRUE(slides->grab().save(shots + u'/' + name));
        }
    };

    QProcess browser;
    browser.setProcessChannelMode(QProcess::MergedChannels);
    const QString typed = QStringLiteral("http://") + w->server()->shortAddress().toLower();
    QStringList args = {e2e + QStringLiteral("/groups.mjs"), typed,
                        QStringLiteral(R"([["Vertrieb",1],["Vertrieb",3],["Vertrieb",2],)"
                                       R"(["Geschäftsführung",4],["Geschäftsführung",4],["Geschäftsführung",2]])"),
                        QStringLiteral("[[0,3],[5,4]]")};
    if (!shots.isEmpty())
        args.append(shots);
    browser.start(node, args);
    ASSERT_TRUE(browser.waitForStarted());
    QString output;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            output += QString::fromUtf8(browser.readAll());
            return output.contains(QStringLiteral("voted 6")) || browser.state() == QProcess::NotRunning;
        },
        120000));
    ASSERT_TRUE(output.contains(QStringLiteral("voted 6"))) << qPrintable(output);
    EXPECT_EQ(w->session()->participantsIn(0), 3);
    EXPECT_EQ(w->session()->participantsIn(1), 3);
    EXPECT_TRUE(slides->footerText().contains(QStringLiteral("6"))) << qPrintable(slides->footerText());
    save(QStringLiteral("presentation-joined-de.png"));
    slides->revealCurrent();
    ui::PresentationWindow::ItemView view = slides->itemView(0);
    EXPECT_EQ(view.departments.value(0).histogram, histogram({1, 3, 2}));
    EXPECT_EQ(view.departments.value(1).histogram, histogram({4, 4, 2}));
    save(QStringLiteral("presentation-groups-de.png"));

    slides->setFocus();
    QTest::keyClick(slides, Qt::Key_V);
    browser.write("again\n");
    EXPECT_TRUE(QTest::qWaitFor([&] { return browser.state() == QProcess::NotRunning; }, 120000));
    output += QString::fromUtf8(browser.readAll());
    ASSERT_TRUE(output.contains(QStringLiteral("revoted 2"))) << qPrintable(output);
    slides->revealCurrent();
    view = slides->itemView(0);
    EXPECT_EQ(view.firstRound, histogram({1, 3, 2, 4, 4, 2}));
    EXPECT_EQ(view.histogram, histogram({3, 3, 2, 4, 4, 4}));
    EXPECT_EQ(view.revoters, 2);
    save(QStringLiteral("presentation-revote-de.png"));

    ui::Dialogs::queueAnswers({QStringLiteral("yes")});
    QTest::keyClick(slides, Qt::Key_Escape);
    ASSERT_FALSE(w->isRunning());
    EXPECT_EQ(sales.newLevels(0), (QList<int>{2, 3, 3}));
    EXPECT_EQ(board.newLevels(0), (QList<int>{4, 4, 4}));
    if (!shots.isEmpty()) {
        ui::Language::apply(QStringLiteral("en"));
        controller()->setLanguage(QStringLiteral("en"));
    }
}

TEST_F(WindowTest, ParticipantsPerAddressIsAPreferenceThatTheWorkshopStartsWith)
{
    EXPECT_EQ(ui::AppSettings::workshopPerAddress(), 3); // the default
    ui::PreferencesDialog dialog(controller(), window.get());
    auto *perAddress = dialog.findChild<QSpinBox *>(QStringLiteral("perAddress"));
    ASSERT_TRUE(perAddress);
    EXPECT_EQ(perAddress->value(), 3);
    perAddress->setValue(8);
    dialog.accept();
    EXPECT_EQ(ui::AppSettings::workshopPerAddress(), 8);
    // Kept for the next time (the start dialog of a workshop begins with it).
    ui::PreferencesDialog again(controller(), window.get());
    EXPECT_EQ(again.findChild<QSpinBox *>(QStringLiteral("perAddress"))->value(), 8);
}
