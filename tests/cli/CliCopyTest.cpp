// sbradar-cli copy SRC DST [--company NAME] (formats.md *Team workspace*): between a workspace file
// and a team workspace. In the PostgreSQL run (tests/postgres/run-postgres-tests.sh) the far side
// is a fresh database on a real server; otherwise it is a second file, so the rules hold for both.

#include "CliTestSupport.h"

#include "../support/TestLocations.h"

using namespace sbr::clitest;

namespace {

class CliCopy : public ::testing::Test {
protected:
    void SetUp() override
    {
        demo = dir.filePath(u"demo.sbradar"_s);
        const Result r = run({u"demo"_s, demo});
        ASSERT_EQ(r.exitCode, 0) << r.dump();
    }
    QByteArray scoreJson(const QString &ws, const QStringList &extra = {})
    {
        const Result r = run(QStringList{u"score"_s, ws, u"--json"_s} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        return r.outBytes;
    }
    QStringList companyNames(const QString &ws)
    {
        QStringList names;
        for (const QJsonValue &c : QJsonDocument::fromJson(scoreJson(ws)).object()[u"companies"_s].toArray())
            names << c.toObject()[u"name"_s].toString();
        return names;
    }

    QTemporaryDir dir;
    QString demo;
};

} // namespace

TEST_F(CliCopy, TheDemoCopiedThereAndBackScoresByteForByteTheSame)
{
    const QString team = sbr::test::workspaceLocation(dir, u"team.sbradar"_s);
    const QByteArray original = scoreJson(demo);
    ASSERT_GT(original.size(), 1000);

    Result r = run({u"copy"_s, demo, team});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(scoreJson(team), original);
    EXPECT_EQ(scoreJson(team, {u"--anonymous"_s}), scoreJson(demo, {u"--anonymous"_s}));

    const QString back = dir.filePath(u"back.sbradar"_s);
    r = run({u"copy"_s, team, back});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(scoreJson(back), original);
}

TEST_F(CliCopy, OneCompanyGoesAloneAndASecondCopyOfItIsRefusedLeavingTheDestinationAsItWas)
{
    const QStringList names = companyNames(demo);
    ASSERT_GE(names.size(), 2);
    const QString team = sbr::test::workspaceLocation(dir, u"team.sbradar"_s);
    Result r = run({u"copy"_s, demo, team, u"--company"_s, names[1]});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(companyNames(team), QStringList{names[1]});
    const QByteArray before = scoreJson(team);

    // The same company again, together with another one: nothing of it is written.
    r = run({u"copy"_s, demo, team});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(u"holds the company \"%1\" already"_s.arg(names[1]))) << r.dump();
    EXPECT_EQ(scoreJson(team), before);

    // Another company joins the first one.
    r = run({u"copy"_s, demo, team, u"--company"_s, names[0]});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(companyNames(team), (QStringList{names[0], names[1]}));
}

TEST_F(CliCopy, AnUnknownCompanyCreatesNothing)
{
    const QString team = sbr::test::workspaceLocation(dir, u"team.sbradar"_s);
    const Result r = run({u"copy"_s, demo, team, u"--company"_s, u"Gibt es nicht AG"_s});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    EXPECT_TRUE(r.err.startsWith(u"error: There is no company \"Gibt es nicht AG\""_s)) << r.dump();
    const Result score = run({u"score"_s, team});
    EXPECT_EQ(score.exitCode, 3) << score.dump(); // no workspace was made there
}

TEST_F(CliCopy, AnAddressWithAPasswordIsRefusedAndNotEchoed)
{
    const Result r = run({u"copy"_s, demo, u"postgresql://anna:geheim@localhost:5432/radar"_s});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(u"must not contain a password"_s)) << r.dump();
    EXPECT_FALSE(r.err.contains(u"geheim"_s)) << r.dump();
}
