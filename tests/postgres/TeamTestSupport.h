#pragma once
// Logins of a throwaway PostgreSQL server for the team workspace tests (TeamTest.cpp): the
// database's owner, who sets the team workspace up, and consultants. The server is the one
// tests/postgres/run-postgres-tests.sh starts with pg_virtualenv (PGHOST, PGPORT, PGUSER and
// PGPASSWORD of its superuser); without it every test fails.

#include "../cli/CliTestSupport.h"
#include "../support/TestLocations.h"

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

} // namespace sbr::teamtest
