#pragma once
// A scoped write transaction: rolls back unless commit() succeeded, so an early return or an
// exception can never leave half a change in the workspace. Inside another transaction of the
// same connection it becomes a savepoint, so that several edits can form one atomic step
// (Workspace::atomically) while each edit keeps its own scope.

#include "PostgresDialect.h"
#include "SqliteDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sbr::storage {

class Transaction {
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)), m_depth(depth(m_db)++)
    {
        QSqlQuery q(m_db);
        // IMMEDIATE takes the write lock now, so a concurrent writer is detected before any work.
        // PostgreSQL locks the rows a statement writes; its BEGIN takes no lock.
        m_active = q.exec(m_depth > 0                  ? QStringLiteral("SAVEPOINT s%1").arg(m_depth)
                          : postgres::isPostgres(m_db) ? QStringLiteral("BEGIN")
                                                       : sqlite::beginWrite());
        // PostgreSQL: a savepoint at the start, so that recoverAfterError() can make a transaction
        // whose statement failed usable again.
        if (m_active && m_depth == 0 && postgres::isPostgres(m_db) && !q.exec(QStringLiteral("SAVEPOINT s0"))) {
            q.exec(QStringLiteral("ROLLBACK"));
            m_active = false;
        }
        if (!m_active) {
            m_error = q.lastError();
            --depth(m_db);
        }
    }
    ~Transaction()
    {
        if (!m_active)
            return;
        QSqlQuery q(m_db);
        if (m_depth == 0) {
            q.exec(QStringLiteral("ROLLBACK"));
        } else {
            q.exec(QStringLiteral("ROLLBACK TO s%1").arg(m_depth));
            q.exec(QStringLiteral("RELEASE s%1").arg(m_depth));
        }
        --depth(m_db);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QSqlError &beginError() const { return m_error; }

    bool commit()
    {
        QSqlQuery q(m_db);
        // PostgreSQL answers COMMIT of a transaction that a failed statement aborted with a silent
        // ROLLBACK; releasing the savepoint first fails there instead, so the failure is reported.
        const QString top =
            postgres::isPostgres(m_db) ? QStringLiteral("RELEASE s0; COMMIT") : QStringLiteral("COMMIT");
        if (!m_active || !q.exec(m_depth == 0 ? top : QStringLiteral("RELEASE s%1").arg(m_depth))) {
            m_error = q.lastError();
            return false;
        }
        m_active = false;
        --depth(m_db);
        return true;
    }

    /// PostgreSQL: after a statement failed, a transaction accepts nothing but a rollback; even
    /// Qt's driver cannot free its prepared statements then ("Unable to free statement" on stderr,
    /// and the statements stay on the server). Rolls back to the start of the innermost open
    /// transaction of `db`, which its owner undoes on the failure anyway, so that the connection
    /// takes statements again. Nothing happens outside a transaction or on SQLite, whose failed
    /// statements leave the transaction usable.
    static void recoverAfterError(const QSqlDatabase &db)
    {
        if (!postgres::isPostgres(db))
            return;
        if (const int open = depth(db); open > 0)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK TO s%1").arg(open - 1));
    }

private:
    /// Open transactions per connection of this thread (a connection belongs to one thread).
    static int &depth(const QSqlDatabase &db)
    {
        thread_local QHash<QString, int> open;
        return open[db.connectionName()];
    }

    QSqlDatabase m_db;
    int m_depth;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace sbr::storage
