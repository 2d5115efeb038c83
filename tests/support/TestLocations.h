#pragma once
// Where a test keeps its workspace: a file in a temporary folder, or, when the suite runs against
// the team backend (tests/postgres/run-postgres-tests.sh sets SBRADAR_TEST_POSTGRES=1 inside a
// throwaway server started by pg_virtualenv), a fresh PostgreSQL database. Tests that use
// workspaceLocation() run unchanged against both backends.

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sbr::test {

/// True when the suite runs against PostgreSQL.
inline bool onPostgres()
{
    return qEnvironmentVariableIntValue("SBRADAR_TEST_POSTGRES") == 1;
}

/// Runs one statement as the server's superuser (libpq's environment: PGHOST, PGPORT, PGUSER,
/// PGPASSWORD, PGDATABASE); fails the test when the server cannot be reached.
inline bool adminExec(const QString &sql, const QString &database = QString())
{
    const QString name = QStringLiteral("sbradar-test-admin-") + database;
    {
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!database.isEmpty())
            db.setDatabaseName(database);
        if (!db.isOpen() && !db.open()) {
            ADD_FAILURE() << "PostgreSQL cannot be reached: " << qPrintable(db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            ADD_FAILURE() << qPrintable(sql) << ": " << qPrintable(q.lastError().text());
            return false;
        }
    }
    return true;
}

/// A new, empty database and its URI (the password comes from PGPASSWORD, never the URI).
inline QString newDatabase()
{
    static QAtomicInt counter;
    const QString name =
        QStringLiteral("sbradar_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    adminExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(name));
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), name);
}

/// The workspace location for `fileName`: the file in `dir`, or a fresh team workspace database.
inline QString workspaceLocation(const QTemporaryDir &dir, const QString &fileName)
{
    return onPostgres() ? newDatabase() : dir.filePath(fileName);
}

} // namespace sbr::test
