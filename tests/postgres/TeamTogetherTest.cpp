// Working together in a team workspace (formats.md *Team workspace*): what one consultant commits
// reaches the other clients' open sessions within a second (the server announces it, LISTEN/NOTIFY),
// and a session is not disturbed by its own commits. Against the server of run-postgres-tests.sh.

#include "TeamTestSupport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace sbr;
using namespace sbr::teamtest;
using Mode = session::WorkspaceSession::Mode;

namespace {

/// The window's watch interval (WorkspaceController::kWatchInterval): how often an open session
/// asks whether other clients committed something.
constexpr int kWatchMs = 500;

const CompanyResult *companyNamed(const session::WorkspaceSession &s, const QString &name)
{
    for (const CompanyResult &c : s.report().companies)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace

TEST_F(Team, AnAnswerOfOneConsultantReachesAnotherOpenSessionWithinASecond)
{
    WorkspaceError error;
    auto hers = anna.session(Mode::ReadWrite, &error);
    ASSERT_TRUE(hers) << error.message.toStdString();
    auto admins = owner.session(Mode::ReadWrite, &error);
    ASSERT_TRUE(admins) << error.message.toStdString();
    const CompanyResult *company = companyNamed(*admins, names[0]);
    ASSERT_TRUE(company);
    const qint64 assessment = company->rounds.back().departments.front().key;
    const ItemResult before = admins->departmentResult(assessment)->items[0];
    ASSERT_GT(before.n, 0);
    ASSERT_TRUE(before.mean.has_value());

    QSignalSpy adminReloads(admins.get(), &session::WorkspaceSession::reloaded);
    QSignalSpy ownReloads(hers.get(), &session::WorkspaceSession::reloaded);
    admins->watchForOtherWriters(kWatchMs);
    hers->watchForOtherWriters(kWatchMs);
    const qint64 someone = hers->addRespondent(assessment, u"Neu im Team"_s, &error);
    ASSERT_GT(someone, 0) << error.message.toStdString();
    ASSERT_TRUE(hers->setAnswer(assessment, {someone, 0, 4}, &error)) << error.message.toStdString();
    QElapsedTimer clock;
    clock.start();
    const auto item = [&] { return admins->departmentResult(assessment)->items[0]; };
    EXPECT_TRUE(QTest::qWaitFor([&] { return item().n == before.n + 1; }, 1000))
        << "the administrator's session did not follow anna's answer within a second";
    EXPECT_LE(clock.elapsed(), 1000);
    // scoring.md *Item score*: 100 · (mean − 0) / (4 − 0), the mean now with one more 4.
    const double mean = (double(before.n) * *before.mean + 4.0) / double(before.n + 1);
    ASSERT_TRUE(item().score.has_value());
    EXPECT_NEAR(*item().score, 25.0 * mean, 1e-9);
    EXPECT_GE(adminReloads.count(), 1);
    // Her own commits do not make her session read everything again.
    QTest::qWait(2 * kWatchMs);
    EXPECT_EQ(ownReloads.count(), 0);
    EXPECT_EQ(hers->departmentResult(assessment)->items[0].n, before.n + 1);
}

TEST_F(Team, AGrantReachesTheConsultantsOpenSessionWithinASecond)
{
    WorkspaceError error;
    auto his = bob.session(Mode::ReadOnly, &error);
    ASSERT_TRUE(his) << error.message.toStdString();
    ASSERT_EQ(his->companies().size(), 1);
    his->watchForOtherWriters(kWatchMs);
    grant(bob, names[2], u"read"_s);
    EXPECT_TRUE(QTest::qWaitFor([&] { return his->companies().size() == 2; }, 1000))
        << "bob's session did not show the company granted to him within a second";
    EXPECT_TRUE(companyNamed(*his, names[2]));
}
