// Reading rows for the workbench: small queries with bound parameters, sorted for display.

#include "SqliteDialect.h"
#include "SqliteWorkspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sbr::storage {

namespace {
bool byName(const QString &a, const QString &b)
{
    return QString::localeAwareCompare(a, b) < 0;
}
} // namespace

bool SqliteWorkspace::run(QSqlQuery &q, const QString &sql, const QVariantList &values, StorageError *error,
                          const QString &what) const
{
    if (!q.prepare(sql)) {
        *error = sqlError(q.lastError(), what);
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        *error = sqlError(q.lastError(), what);
        return false;
    }
    return true;
}

bool SqliteWorkspace::companies(QList<CompanyRow> *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT id, name, target, NOT EXISTS (SELECT 1 FROM pool_exclusions x WHERE "
                            "x.company_id = companies.id) FROM companies"),
             {}, error, QCoreApplication::translate("sbr::storage::Workspace", "Reading the companies")))
        return false;
    out->clear();
    while (q.next() && ++m_rowsRead)
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDouble(), q.value(3).toBool()});
    std::sort(out->begin(), out->end(),
              [](const CompanyRow &a, const CompanyRow &b) { return byName(a.name, b.name); });
    return true;
}

bool SqliteWorkspace::departments(qint64 company, QList<DepartmentRow> *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT id, name FROM departments WHERE company_id = ?"), {company}, error,
             QCoreApplication::translate("sbr::storage::Workspace", "Reading the departments")))
        return false;
    out->clear();
    while (q.next() && ++m_rowsRead)
        out->append({q.value(0).toLongLong(), company, q.value(1).toString()});
    std::sort(out->begin(), out->end(),
              [](const DepartmentRow &a, const DepartmentRow &b) { return byName(a.name, b.name); });
    return true;
}

bool SqliteWorkspace::rounds(qint64 company, QList<RoundRow> *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT id, label, date FROM rounds WHERE company_id = ? ORDER BY date"), {company},
             error, QCoreApplication::translate("sbr::storage::Workspace", "Reading the rounds")))
        return false;
    out->clear();
    while (q.next() && ++m_rowsRead)
        out->append({q.value(0).toLongLong(), company, q.value(1).toString(),
                     QDate::fromString(q.value(2).toString(), Qt::ISODate)});
    return true;
}

qint64 SqliteWorkspace::assessmentId(qint64 round, qint64 department) const
{
    QSqlQuery q(m_db);
    StorageError ignored;
    if (run(q, QStringLiteral("SELECT id FROM assessments WHERE round_id = ? AND department_id = ?"),
            {round, department}, &ignored, QString()) &&
        q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool SqliteWorkspace::respondents(qint64 assessment, QList<RespondentRow> *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT id, name FROM respondents WHERE assessment_id = ? ORDER BY id"), {assessment},
             error, QCoreApplication::translate("sbr::storage::Workspace", "Reading the respondents")))
        return false;
    out->clear();
    while (q.next() && ++m_rowsRead)
        out->append({q.value(0).toLongLong(), assessment, q.value(1).toString()});
    return true;
}

bool SqliteWorkspace::answers(qint64 assessment, QList<AnswerCell> *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q, QStringLiteral("SELECT respondent_id, item_id, level FROM answers WHERE assessment_id = ?"),
             {assessment}, error, QCoreApplication::translate("sbr::storage::Workspace", "Reading the answers")))
        return false;
    out->clear();
    while (q.next() && ++m_rowsRead) {
        AnswerCell cell{q.value(0).toLongLong(), q.value(1).toInt() - 1, std::nullopt};
        if (!q.value(2).isNull())
            cell.level = q.value(2).toInt();
        out->append(cell);
    }
    return true;
}

bool SqliteWorkspace::comments(qint64 assessment, QHash<int, QString> *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT item_id, text FROM comments WHERE assessment_id = ?"), {assessment}, error,
             QCoreApplication::translate("sbr::storage::Workspace", "Reading the comments")))
        return false;
    out->clear();
    while (q.next() && ++m_rowsRead)
        out->insert(q.value(0).toInt() - 1, q.value(1).toString());
    return true;
}

bool SqliteWorkspace::saveCopy(const QString &path, StorageError *error) const
{
    QSqlQuery q(m_db);
    // VACUUM INTO writes a consistent, compact copy from one read transaction.
    return run(q, sqlite::copyInto(), {path}, error,
               QCoreApplication::translate("sbr::storage::Workspace", "Saving a copy"));
}

} // namespace sbr::storage
