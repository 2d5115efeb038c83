#pragma once
// Logins of a throwaway PostgreSQL server for the team workspace tests (TeamTest.cpp): the
// database's owner, who sets the team workspace up, and consultants. The server is the one
// tests/postgres/run-postgres-tests.sh starts with pg_virtualenv (PGHOST, PGPORT, PGUSER and
// PGPASSWORD of its superuser); without it every test fails.

#include "../cli/CliTestSupport.h"
#include "../support/TestLocations.h"
#include "session/WorkspaceSession.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sbr::teamtest {

using namespace sbr::clitest;

/// A login of the server; `database` is the team workspace it works on.
struct Login {
    QString name;
    QString password;
    QString database;

    /// The team workspace's address for this login (the password comes from PGPASSWORD).
    QString uri() const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4")
            .arg(name, qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), database);
    }

    /// sbradar-cli as this login (PGUSER and PGPASSWORD set for it).
    Result cli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("PGUSER"), name);
        env.insert(QStringLiteral("PGPASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(cliPath(), args);
        Result r;
        if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("did not start or finish: ") + cliPath();
            return r;
        }
        r.outBytes = p.readAllStandardOutput();
        r.out = QString::fromUtf8(r.outBytes);
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

    /// A session of the program as this login (libpq reads its password from PGPASSWORD, set for
    /// the moment of connecting).
    std::unique_ptr<session::WorkspaceSession> session(session::WorkspaceSession::Mode mode,
                                                       WorkspaceError *error) const
    {
        const QByteArray before = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", password.toUtf8());
        auto s = session::WorkspaceSession::open(uri(), mode, error);
        qputenv("PGPASSWORD", before);
        return s;
    }

    /// A plain SQL connection as this login (as psql would open one).
    QSqlDatabase sql() const
    {
        const QString connection = QStringLiteral("team-test-%1-%2").arg(name, database);
        QSqlDatabase db = QSqlDatabase::contains(connection)
                              ? QSqlDatabase::database(connection)
                              : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(qEnvironmentVariable("PGHOST"));
        db.setPort(qEnvironmentVariableIntValue("PGPORT"));
        db.setUserName(name);
        db.setPassword(password);
        db.setDatabaseName(database);
        if (!db.isOpen() && !db.open())
            ADD_FAILURE() << name.toStdString() << " cannot connect: " << db.lastError().text().toStdString();
        return db;
    }
};

/// The first column of the first row of `sql`, or an invalid value when the statement failed
/// (*failure, when given, receives the server's message).
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, QString *failure = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (failure)
            *failure = q.lastError().databaseText();
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

/// Runs `sql` as the server's superuser; fails the test when that is impossible.
inline void asSuperuser(const QString &sql, const QString &database = QString())
{
    test::adminExec(sql, database);
}

/// A new login with a password of its own; `extra` adds role options (CREATEROLE, …).
inline Login newLogin(const QString &prefix, const QString &database, const QString &extra = QString())
{
    static QAtomicInt counter;
    Login login{QStringLiteral("%1_%2_%3").arg(prefix).arg(QCoreApplication::applicationPid()).arg(counter++),
                QStringLiteral("pw-%1").arg(prefix), database};
    asSuperuser(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' %3").arg(login.name, login.password, extra));
    return login;
}

/// The demo workspace in a database of its own, owned by a login that may create roles and set
/// up with `team init`, and two consultants: anna (write on the first company), bob (read on the
/// second).
class Team : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        demoDir = new QTemporaryDir;
        const Result r = run({u"demo"_s, demoDir->filePath(u"demo.sbradar"_s)});
        ASSERT_EQ(r.exitCode, 0) << r.dump();
    }
    static void TearDownTestSuite()
    {
        delete demoDir;
        demoDir = nullptr;
    }

    void SetUp() override
    {
        // These tests run only against the server of run-postgres-tests.sh; anywhere else they fail.
        ASSERT_TRUE(test::onPostgres()) << "the team workspace tests need SBRADAR_TEST_POSTGRES=1 and a server";
        static QAtomicInt counter;
        const QString database =
            u"sbradar_team_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
        owner = newLogin(u"chefin"_s, database, u"CREATEROLE"_s);
        asSuperuser(u"CREATE DATABASE %1 OWNER %2 TEMPLATE template0"_s.arg(database, owner.name));
        Result r = owner.cli({u"copy"_s, demoDir->filePath(u"demo.sbradar"_s), owner.uri()});
        ASSERT_EQ(r.exitCode, 0) << r.dump();
        init = owner.cli({u"team"_s, u"init"_s, owner.uri()});
        ASSERT_EQ(init.exitCode, 0) << init.dump();

        const QJsonArray companies =
            parseJson(owner.cli({u"score"_s, owner.uri(), u"--json"_s}))[u"companies"_s].toArray();
        ASSERT_EQ(companies.size(), 10);
        for (const QJsonValue &c : companies)
            names << c.toObject()[u"name"_s].toString();
        anna = newLogin(u"anna"_s, database);
        bob = newLogin(u"bob"_s, database);
        grant(anna, names[0], u"write"_s);
        grant(bob, names[1], u"read"_s);
    }

    void grant(const Login &login, const QString &company, const QString &role)
    {
        const Result r = owner.cli(
            {u"team"_s, u"grant"_s, owner.uri(), u"--user"_s, login.name, u"--company"_s, company, u"--role"_s, role});
        ASSERT_EQ(r.exitCode, 0) << r.dump();
        EXPECT_EQ(r.out, u"%1 now has the role %2 for \"%3\".\n"_s.arg(login.name, role, company)) << r.dump();
    }
    /// `score --json` as `login` (with `extra` options); the test fails unless it succeeds.
    QByteArray score(const Login &login, const QStringList &extra = {})
    {
        const Result r = login.cli(QStringList{u"score"_s, login.uri(), u"--json"_s} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        return r.outBytes;
    }
    QStringList companiesSeenBy(const Login &login)
    {
        QStringList out;
        for (const QJsonValue &c : QJsonDocument::fromJson(score(login)).object()[u"companies"_s].toArray())
            out << c.toObject()[u"name"_s].toString();
        return out;
    }
    /// Answers of one new respondent to every item in the latest round of `company`, in the first
    /// department of that round, as the administrator's scores name them.
    QString answersFor(const QString &company, const QString &respondent, int level)
    {
        const QJsonObject c = findByKey(
            parseJson(owner.cli({u"score"_s, owner.uri(), u"--json"_s}))[u"companies"_s].toArray(), u"name"_s, company);
        const QJsonObject round = c[u"rounds"_s].toArray().last().toObject();
        const QJsonObject department = round[u"departments"_s].toArray().first().toObject();
        QString csv = u"company,department,round,date,respondent,item,level\n"_s;
        for (const QJsonValue &item : department[u"items"_s].toArray())
            csv += u"%1,%2,%3,%4,%5,%6,%7\n"_s
                       .arg(company, department[u"name"_s].toString(), round[u"label"_s].toString(),
                            round[u"date"_s].toString(), respondent, item.toObject()[u"id"_s].toString())
                       .arg(level);
        const QString path = demoDir->filePath(respondent + u".csv"_s);
        writeFile(path, csv.toUtf8());
        return path;
    }

    static inline QTemporaryDir *demoDir = nullptr;
    Login owner, anna, bob;
    Result init;
    QStringList names; ///< the demo's companies, by name
};

} // namespace sbr::teamtest
