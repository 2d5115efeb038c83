// Who sees what in a team workspace (formats.md *Team workspace*), enforced by the server: the demo
// workspace in a database owned by a login that may create roles, set up with `team init`, and two
// consultants (anna: write on the first company, bob: read on the second). Every test checks what
// a consultant would notice: which companies `score --json` lists and with which bytes, what plain
// SQL as that login returns, and which writes are refused with which message.

#include "TeamTestSupport.h"

#include "session/WorkspaceSession.h"

using namespace sbr;
using namespace sbr::teamtest;

namespace {

/// The benchmark of the latest round of the first company in `score --json` output.
QJsonObject latestBenchmark(const QByteArray &json)
{
    const QJsonObject company = QJsonDocument::fromJson(json).object()[u"companies"_s].toArray().first().toObject();
    return company[u"rounds"_s].toArray().last().toObject()[u"benchmark"_s].toObject();
}

QString notAllowed()
{
    return u"does not allow it for this login"_s;
}

} // namespace

TEST_F(Team, InitSecuresEveryTableOfCompanyDataAndASecondRunChangesNothing)
{
    EXPECT_TRUE(init.out.startsWith(u"Set up the team workspace %1:\n"_s.arg(owner.uri()))) << init.dump();
    EXPECT_TRUE(
        init.out.contains(u"- %1 is a member of sbradar_owner: it sees and changes every company\n"_s.arg(owner.name)))
        << init.dump();
    EXPECT_TRUE(init.out.contains(u"- 18 tables now belong to sbradar_owner\n"_s)) << init.dump();
    EXPECT_TRUE(init.out.contains(u"- row-level security, forced, on 15 tables\n"_s)) << init.dump();

    const Result again = owner.cli({u"team"_s, u"init"_s, owner.uri()});
    EXPECT_EQ(again.exitCode, 0) << again.dump();
    EXPECT_EQ(again.out, u"The team workspace %1 is set up already; nothing was changed.\n"_s.arg(owner.uri()));

    const QSqlDatabase db = owner.sql();
    // Every table that holds company data: owned by the role that cannot log in, security forced.
    for (const char *table : {"companies", "pool_exclusions", "departments", "rounds", "plan_measures", "assessments",
                              "conclusions", "respondents", "answers", "comments", "workshop_sessions",
                              "workshop_participants", "workshop_votes", "sbradar_grants", "mapping_profiles"})
        EXPECT_EQ(scalar(db, u"SELECT pg_get_userbyid(relowner) || ' ' || relrowsecurity || ' ' || "
                             u"relforcerowsecurity FROM pg_class WHERE oid = 'public.%1'::regclass"_s.arg(
                                 QString::fromLatin1(table)))
                      .toString(),
                  u"sbradar_owner true true"_s)
            << table;
    EXPECT_EQ(scalar(db, u"SELECT rolcanlogin FROM pg_roles WHERE rolname = 'sbradar_owner'"_s).toBool(), false);
    // The benchmark runs with its owner's rights, on a search path nobody can change.
    EXPECT_EQ(scalar(db, u"SELECT pg_get_userbyid(proowner) || ' ' || prosecdef || ' ' || array_to_string(proconfig, "
                         u"',') FROM pg_proc WHERE oid = 'public.sbradar_benchmark(bigint[])'::regprocedure"_s)
                  .toString(),
              u"sbradar_owner true search_path=pg_catalog, public,jit=off"_s);
}

TEST_F(Team, EachConsultantSeesOnlyHerClientWithTheAdministratorsNumbersBenchmarkIncluded)
{
    EXPECT_EQ(companiesSeenBy(anna), QStringList{names[0]});
    EXPECT_EQ(companiesSeenBy(bob), QStringList{names[1]});
    // Byte for byte what the administrator sees of that company, the benchmark over the whole pool
    // included, although the consultant cannot read a single peer.
    for (const auto &[login, company] : {std::pair{anna, names[0]}, std::pair{bob, names[1]}}) {
        const QByteArray mine = score(login);
        EXPECT_EQ(mine, score(owner, {u"--company"_s, company})) << login.name.toStdString();
        EXPECT_EQ(score(login, {u"--anonymous"_s}), score(owner, {u"--company"_s, company, u"--anonymous"_s}));
        const QJsonObject latest = latestBenchmark(mine);
        EXPECT_GE(latest[u"peers"_s].toInt(), 5) << login.name.toStdString();
        EXPECT_TRUE(latest[u"index_percentile"_s].isDouble()) << login.name.toStdString();
        EXPECT_TRUE(latest[u"dimensions"_s][4][u"sd"_s].isDouble()) << login.name.toStdString();
    }
}

TEST_F(Team, PlainSqlAsAConsultantShowsNothingMoreWhateverSheSets)
{
    const QSqlDatabase admin = owner.sql(), db = anna.sql();
    const QString answersOf = u"SELECT count(*) FROM answers x JOIN assessments a ON a.id = x.assessment_id JOIN "
                              u"rounds r ON r.id = a.round_id JOIN companies c ON c.id = r.company_id "
                              u"WHERE c.name = '%1'"_s.arg(names[0]);
    const qint64 hers = scalar(admin, answersOf).toLongLong();
    ASSERT_GT(hers, 0);
    ASSERT_GT(scalar(admin, u"SELECT count(*) FROM answers"_s).toLongLong(), hers);
    const auto seen = [&] { return scalar(db, u"SELECT string_agg(name, ',') FROM companies"_s).toString(); };
    EXPECT_EQ(seen(), names[0]);
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM answers"_s).toLongLong(), hers);
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM sbradar_grants"_s).toLongLong(), 1); // her own grant only
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM rounds r WHERE r.company_id NOT IN "
                         u"(SELECT id FROM companies WHERE name = '%1')"_s.arg(names[0]))
                  .toLongLong(),
              0);

    // Settings a client can make leave the view as it is or narrow it.
    for (const QString &statement :
         {u"SET sbradar.company = '%1'"_s.arg(names[1]), u"SET sbradar.user = '%1'"_s.arg(bob.name),
          u"SELECT set_config('sbradar.login', '%1', false)"_s.arg(owner.name), u"SET row_security = off"_s,
          u"RESET ALL"_s, u"SET ROLE NONE"_s, u"RESET ROLE"_s}) {
        scalar(db, statement);
        const QString now = seen(); // empty: the server refuses to answer at all (row_security = off)
        EXPECT_TRUE(now == names[0] || now.isEmpty()) << statement.toStdString() << ": " << now.toStdString();
    }
    scalar(db, u"RESET ALL"_s);
    EXPECT_EQ(seen(), names[0]);
    scalar(db, u"SET ROLE sbradar_consultant"_s);
    EXPECT_EQ(seen(), QString()) << "the group itself is granted no company";
    scalar(db, u"RESET ROLE"_s);
    // What would widen the view is refused by the server.
    for (const QString &statement :
         {u"SET ROLE %1"_s.arg(bob.name), u"SET ROLE sbradar_owner"_s, u"SET ROLE %1"_s.arg(owner.name),
          u"SET SESSION AUTHORIZATION %1"_s.arg(bob.name), u"ALTER TABLE companies DISABLE ROW LEVEL SECURITY"_s,
          u"ALTER TABLE companies NO FORCE ROW LEVEL SECURITY"_s, u"DROP POLICY sbradar_read ON companies"_s,
          u"INSERT INTO sbradar_grants VALUES ('%1', 2, 'admin')"_s.arg(anna.name),
          u"UPDATE sbradar_grants SET company_id = 2"_s,
          u"CREATE OR REPLACE FUNCTION public.sbradar_sees_all() RETURNS boolean LANGUAGE sql AS 'SELECT true'"_s,
          u"CREATE TABLE public.mine(a int)"_s}) {
        QString failure;
        const QVariant result = scalar(db, statement, &failure);
        EXPECT_FALSE(failure.isEmpty()) << statement.toStdString() << " was allowed";
        EXPECT_EQ(seen(), names[0]) << statement.toStdString();
    }
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM sbradar_grants"_s).toLongLong(), 1);
    // The benchmark answers only for her rounds, with aggregates (6 rows a round: index, 5 dimensions).
    const QString everyRound = scalar(admin, u"SELECT string_agg(id::text, ',') FROM rounds"_s).toString();
    const qint64 herRounds =
        scalar(admin,
               u"SELECT count(*) FROM rounds r JOIN companies c ON c.id = r.company_id WHERE c.name = '%1'"_s.arg(
                   names[0]))
            .toLongLong();
    EXPECT_EQ(scalar(db, u"SELECT count(*) FROM sbradar_benchmark('{%1}')"_s.arg(everyRound)).toLongLong(),
              herRounds * 6);
}

TEST_F(Team, WritingIntoAnotherClientIsRefusedWithAClearErrorAndChangesNothing)
{
    const QByteArray bobsBefore = score(owner, {u"--company"_s, names[1]});
    // anna writes into bob's client: she cannot see it, so the import would have to create it.
    Result r = anna.cli({u"import"_s, anna.uri(), answersFor(names[1], u"Eindringling"_s, 4)});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(notAllowed())) << r.dump();
    // bob may read his client but not change it.
    r = bob.cli({u"import"_s, bob.uri(), answersFor(names[1], u"Leser"_s, 4)});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(notAllowed())) << r.dump();
    r = bob.cli({u"settings"_s, bob.uri(), u"--min-group"_s, u"3"_s});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(notAllowed())) << r.dump();
    // Plain SQL reaches no row of another client.
    const QSqlDatabase db = anna.sql();
    QSqlQuery q(db);
    ASSERT_TRUE(q.exec(u"UPDATE companies SET target = 10 WHERE name = '%1'"_s.arg(names[1])));
    EXPECT_EQ(q.numRowsAffected(), 0);
    ASSERT_TRUE(
        q.exec(u"DELETE FROM answers WHERE assessment_id NOT IN (SELECT a.id FROM assessments a JOIN rounds r "
               u"ON r.id = a.round_id JOIN companies c ON c.id = r.company_id WHERE c.name = '%1')"_s.arg(names[0])));
    EXPECT_EQ(q.numRowsAffected(), 0);
    EXPECT_EQ(score(owner, {u"--company"_s, names[1]}), bobsBefore);

    // Her own client takes her answers, and the pool's benchmark follows at once.
    const QByteArray annasBefore = score(anna);
    r = anna.cli({u"import"_s, anna.uri(), answersFor(names[0], u"Neue Stimme"_s, 4)});
    EXPECT_EQ(r.exitCode, 0) << r.dump();
    const QByteArray annasAfter = score(anna);
    EXPECT_NE(annasAfter, annasBefore);
    EXPECT_EQ(annasAfter, score(owner, {u"--company"_s, names[0]}));
}

TEST_F(Team, RevokeTakesTheViewAwayAndUnknownNamesAreBadInput)
{
    Result r = owner.cli({u"team"_s, u"revoke"_s, owner.uri(), u"--user"_s, anna.name, u"--company"_s, names[0]});
    EXPECT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(r.out, u"%1 no longer has access to \"%2\" (it had the role write).\n"_s.arg(anna.name, names[0]));
    EXPECT_EQ(companiesSeenBy(anna), QStringList{});
    EXPECT_EQ(scalar(anna.sql(), u"SELECT count(*) FROM answers"_s).toLongLong(), 0);
    r = owner.cli({u"team"_s, u"revoke"_s, owner.uri(), u"--user"_s, anna.name, u"--company"_s, names[0]});
    EXPECT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(r.out, u"%1 had no access to \"%2\"; nothing was changed.\n"_s.arg(anna.name, names[0]));

    const QStringList grant = {u"team"_s, u"grant"_s, owner.uri(), u"--company"_s, names[0]};
    r = owner.cli(grant + QStringList{u"--user"_s, u"niemand"_s, u"--role"_s, u"read"_s});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    EXPECT_TRUE(r.err.startsWith(u"error: There is no login \"niemand\" on the server"_s)) << r.dump();
    r = owner.cli(grant + QStringList{u"--user"_s, u"sbradar_consultant"_s, u"--role"_s, u"read"_s}); // a group
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    r = owner.cli(grant + QStringList{u"--user"_s, anna.name, u"--role"_s, u"owner"_s});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    EXPECT_EQ(r.err, u"error: --role must be read, write or admin, not \"owner\"\n"_s);
    r = owner.cli({u"team"_s, u"grant"_s, owner.uri(), u"--user"_s, anna.name, u"--company"_s, u"Gibt es nicht AG"_s,
                   u"--role"_s, u"read"_s});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    EXPECT_TRUE(r.err.startsWith(u"error: There is no company \"Gibt es nicht AG\""_s)) << r.dump();
    EXPECT_EQ(companiesSeenBy(anna), QStringList{});

    // A consultant cannot give herself more: the grants table is not hers to write.
    r = bob.cli(
        {u"team"_s, u"grant"_s, bob.uri(), u"--user"_s, bob.name, u"--company"_s, names[1], u"--role"_s, u"admin"_s});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(notAllowed())) << r.dump();
    r = owner.cli({u"team"_s, u"list"_s, owner.uri()});
    EXPECT_EQ(r.out, u"%1\tread\t%2\n"_s.arg(bob.name, names[1])) << r.dump();
    r = bob.cli({u"team"_s, u"list"_s, bob.uri()}); // a consultant sees her own grants
    EXPECT_EQ(r.out, u"%1\tread\t%2\n"_s.arg(bob.name, names[1])) << r.dump();
}

TEST_F(Team, ACompanyTakenOutOfThePoolIsNobodysPeerForConsultantsAndAdministratorsAlike)
{
    const auto peers = [](const QByteArray &json) { return latestBenchmark(json)[u"peers"_s].toInt(); };
    const int before = peers(score(anna));
    // Only an administrator of a company decides about its pool; anna may only write.
    Result r = anna.cli({u"team"_s, u"pool"_s, anna.uri(), u"--company"_s, names[0], u"--out"_s});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(notAllowed())) << r.dump();

    r = owner.cli({u"team"_s, u"pool"_s, owner.uri(), u"--company"_s, names[1], u"--out"_s});
    EXPECT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(r.out, u"\"%1\" is not in the benchmark pool: its numbers count in no other company's benchmark.\n"_s.arg(
                         names[1]));
    const QByteArray hers = score(anna);
    EXPECT_EQ(peers(hers), before - 1);
    EXPECT_EQ(hers, score(owner, {u"--company"_s, names[0]}));
    EXPECT_EQ(peers(score(bob)), before); // bob's client is still compared with the whole pool
    EXPECT_EQ(score(bob), score(owner, {u"--company"_s, names[1]}));
}

TEST_F(Team, AConsultantsSessionFollowsHerEditWithThePoolsBenchmark)
{
    const QByteArray superuserPassword = qgetenv("PGPASSWORD");
    qputenv("PGPASSWORD", anna.password.toUtf8()); // libpq reads it when the session connects
    WorkspaceError error;
    auto hers = session::WorkspaceSession::open(anna.uri(), session::WorkspaceSession::Mode::ReadWrite, &error);
    qputenv("PGPASSWORD", owner.password.toUtf8());
    auto all = session::WorkspaceSession::open(owner.uri(), session::WorkspaceSession::Mode::ReadOnly, &error);
    qputenv("PGPASSWORD", superuserPassword);
    ASSERT_TRUE(hers && all) << error.message.toStdString();
    ASSERT_EQ(hers->report().companies.size(), 1u);
    const RoundResult &latest = hers->report().companies[0].rounds.back();
    const DepartmentResult &department = latest.departments.front();
    QList<RespondentRow> people;
    ASSERT_TRUE(hers->respondents(department.key, &people, &error)) << error.message.toStdString();
    ASSERT_FALSE(people.isEmpty());
    const std::optional<double> percentileBefore = latest.benchmark.index.percentile;
    const std::optional<double> indexBefore = latest.company.index;
    for (int item = 0; item < hers->questionnaire().itemCount(); ++item)
        ASSERT_TRUE(hers->setAnswer(department.key, {people[0].id, item, 4}, &error)) << error.message.toStdString();

    ASSERT_TRUE(all->reload(&error)) << error.message.toStdString();
    const RoundResult *seenByAll = all->roundResult(latest.key);
    ASSERT_TRUE(seenByAll);
    const RoundResult &now = hers->report().companies[0].rounds.back();
    EXPECT_NE(now.company.index, indexBefore);
    EXPECT_EQ(now.benchmark.peers, seenByAll->benchmark.peers);
    EXPECT_EQ(now.benchmark.index.percentile, seenByAll->benchmark.index.percentile);
    EXPECT_EQ(now.benchmark.index.mean, seenByAll->benchmark.index.mean);
    for (size_t d = 0; d < now.benchmark.dimensions.size(); ++d)
        EXPECT_EQ(now.benchmark.dimensions[d].percentile, seenByAll->benchmark.dimensions[d].percentile) << d;
    EXPECT_TRUE(now.benchmark.index.percentile.has_value());
    EXPECT_GE(*now.benchmark.index.percentile, percentileBefore.value_or(0.0));
}

TEST_F(Team, AnOlderTeamWorkspaceIsUpdatedByAnAdministratorAndItsNewTableSecuredAtOnce)
{
    // The workspace as the version before the benchmark pool left it.
    asSuperuser(u"DROP TABLE pool_exclusions"_s, anna.database);
    asSuperuser(u"UPDATE sbradar_schema SET version = 7"_s, anna.database);
    Result r = anna.cli({u"score"_s, anna.uri(), u"--json"_s});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(u"must be brought up to date once by one of its administrators"_s)) << r.dump();

    const QByteArray annasCompany = score(owner, {u"--company"_s, names[0]}); // migrates
    EXPECT_EQ(scalar(owner.sql(), u"SELECT pg_get_userbyid(relowner) || ' ' || relforcerowsecurity FROM pg_class "
                                  u"WHERE oid = 'public.pool_exclusions'::regclass"_s)
                  .toString(),
              u"sbradar_owner true"_s);
    EXPECT_EQ(score(anna), annasCompany);
    r = owner.cli({u"team"_s, u"init"_s, owner.uri()});
    EXPECT_TRUE(r.out.endsWith(u"nothing was changed.\n"_s)) << r.dump();
}
