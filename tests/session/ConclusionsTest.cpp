// The manager's conclusions per company and round: stored in the workspace, announced, kept
// apart per round, refused when too long (nothing written), deleted and restored with their round.

#include "SessionTestSupport.h"
#include "storage/Schema.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sbr;
using session::WorkspaceSession;

namespace {

/// The ids of the first company's rounds, oldest first.
QList<qint64> roundsOfFirstCompany(const WorkspaceSession &s)
{
    QList<qint64> ids;
    for (const RoundResult &r : s.report().companies.front().rounds)
        ids.append(r.key);
    return ids;
}

QString conclusionsOf(const WorkspaceSession &s, qint64 round)
{
    QString text;
    WorkspaceError error;
    EXPECT_TRUE(s.conclusions(round, &text, &error)) << qPrintable(error.message);
    return text;
}

} // namespace

TEST(Conclusions, AreStoredPerRoundAnnouncedAndSurviveReopening)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    const QList<qint64> rounds = roundsOfFirstCompany(s);
    ASSERT_GE(rounds.size(), 2);
    EXPECT_EQ(conclusionsOf(s, rounds.last()), QString());

    QSignalSpy changed(&s, &WorkspaceSession::conclusionsChanged);
    const QString text = QStringLiteral("  Wir <b>priorisieren</b> & \"Zuhören\".\r\n\r\nZweiter Absatz: 100 %\n");
    WorkspaceError error;
    ASSERT_TRUE(s.setConclusions(rounds.last(), text, &error)) << qPrintable(error.message);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toLongLong(), rounds.last());
    // Kept as written, with the ends trimmed and Windows line breaks as '\n'.
    const QString stored = QStringLiteral("Wir <b>priorisieren</b> & \"Zuhören\".\n\nZweiter Absatz: 100 %");
    EXPECT_EQ(conclusionsOf(s, rounds.last()), stored);
    EXPECT_EQ(conclusionsOf(s, rounds.first()), QString()); // another round has its own

    demo.session.reset();
    auto reopened = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadOnly, &error);
    ASSERT_TRUE(reopened) << qPrintable(error.message);
    EXPECT_EQ(conclusionsOf(*reopened, rounds.last()), stored);
    // A read-only session refuses to change them.
    EXPECT_FALSE(reopened->setConclusions(rounds.last(), QStringLiteral("x"), &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::ReadOnly);
}

TEST(Conclusions, TooLongOrUnknownRoundIsRefusedAndNothingWritten)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    const qint64 round = roundsOfFirstCompany(s).last();
    WorkspaceError error;
    ASSERT_TRUE(s.setConclusions(round, QStringLiteral("Erster Stand"), &error));
    QSignalSpy changed(&s, &WorkspaceSession::conclusionsChanged);

    const QString tooLong(WorkspaceSession::kConclusionsMaxLength + 1, u'x');
    EXPECT_FALSE(s.setConclusions(round, tooLong, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Invalid);
    EXPECT_TRUE(error.message.contains(QString::number(WorkspaceSession::kConclusionsMaxLength + 1)))
        << qPrintable(error.message);
    EXPECT_EQ(conclusionsOf(s, round), QStringLiteral("Erster Stand"));
    // Exactly the maximum is fine (spaces around it do not count).
    EXPECT_TRUE(
        s.setConclusions(round, QStringLiteral(" ") + tooLong.left(WorkspaceSession::kConclusionsMaxLength), &error))
        << qPrintable(error.message);

    error = {};
    EXPECT_FALSE(s.setConclusions(987654, QStringLiteral("x"), &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::NotFound);
    EXPECT_EQ(changed.count(), 1);
}

TEST(Conclusions, EmptyTextRemovesThemAndDeletingTheRoundIsUndoneWithThem)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    const QList<qint64> rounds = roundsOfFirstCompany(s);
    WorkspaceError error;
    ASSERT_TRUE(s.setConclusions(rounds.first(), QStringLiteral("Weg damit"), &error));
    ASSERT_TRUE(s.setConclusions(rounds.first(), QStringLiteral("  \n "), &error));
    EXPECT_EQ(conclusionsOf(s, rounds.first()), QString());

    ASSERT_TRUE(s.setConclusions(rounds.last(), QStringLiteral("Bleibt nach dem Rückgängigmachen"), &error));
    Snapshot removed;
    ASSERT_TRUE(s.deleteRound(rounds.last(), &removed, &error)) << qPrintable(error.message);
    EXPECT_EQ(conclusionsOf(s, rounds.last()), QString());
    ASSERT_TRUE(s.restore(removed, &error)) << qPrintable(error.message);
    EXPECT_EQ(conclusionsOf(s, rounds.last()), QStringLiteral("Bleibt nach dem Rückgängigmachen"));
}

TEST(Conclusions, AWorkspaceOfTheVersionBeforeIsMigratedAndTakesThem)
{
    test::DemoSession demo;
    const qint64 round = roundsOfFirstCompany(*demo.session).last();
    const QByteArray scores = test::scoreJson(*demo.session);
    demo.session.reset();
    // The file as the previous version wrote it: no conclusions table, one schema version less.
    int version = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(demo.path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        // The step that added the conclusions, and the tables of the steps after it as they were.
        for (const storage::Migration &m : storage::migrations())
            for (const QString &sql : m.statements)
                if (sql.contains(QStringLiteral("CREATE TABLE conclusions")))
                    version = m.to;
        ASSERT_GT(version, 0);
        for (const char *sql :
             {"DROP TABLE conclusions", "DROP TABLE IF EXISTS mapping_profiles", "DROP TABLE plan_measures",
              "CREATE TABLE planned_measures(company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE, "
              "measure TEXT NOT NULL, PRIMARY KEY (company_id, measure)) WITHOUT ROWID"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql;
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version - 1)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));

    WorkspaceError error;
    auto s = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadWrite, &error);
    ASSERT_TRUE(s) << qPrintable(error.message);
    EXPECT_EQ(test::scoreJson(*s), scores) << "the migration changes no answer";
    EXPECT_EQ(conclusionsOf(*s, round), QString());
    ASSERT_TRUE(s->setConclusions(round, QStringLiteral("Nach der Umstellung"), &error)) << qPrintable(error.message);
    EXPECT_EQ(conclusionsOf(*s, round), QStringLiteral("Nach der Umstellung"));
}
