#pragma once
// A scoped write transaction: rolls back unless commit() succeeded, so an early return or an
// exception can never leave half a change in the workspace.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sbr::storage {

class Transaction {
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db))
    {
        // IMMEDIATE takes the write lock now, so a concurrent writer is detected before any work.
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError();
    }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    const QSqlError &beginError() const { return m_error; }

    bool commit()
    {
        QSqlQuery q(m_db);
        if (!m_active || !q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace sbr::storage
