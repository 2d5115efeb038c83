// Deleting with an undo: the rows a cascade will remove are read first into a Snapshot, which
// restore() puts back with the same ids.

#include "PostgresDialect.h"
#include "SqliteWorkspace.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sbr::storage {

namespace {

using Selects = QList<QPair<QString, QString>>;

// What hangs on one assessment set (given as a sub-select yielding assessment ids).
Selects assessmentContents(const QString &assessments)
{
    return {{QStringLiteral("assessments"), QStringLiteral("id IN (%1)").arg(assessments)},
            {QStringLiteral("respondents"), QStringLiteral("assessment_id IN (%1)").arg(assessments)},
            {QStringLiteral("answers"), QStringLiteral("assessment_id IN (%1)").arg(assessments)},
            {QStringLiteral("comments"), QStringLiteral("assessment_id IN (%1)").arg(assessments)}};
}

} // namespace

bool SqliteWorkspace::takeSnapshot(const Selects &selects, qint64 id, Snapshot *out, StorageError *error) const
{
    out->tables.clear();
    for (const auto &[table, where] : selects) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where);
        if (!run(q, postgres::isPostgres(m_db) ? postgres::numberedParameters(sql) : sql, {id}, error,
                 QCoreApplication::translate("sbr::storage::Workspace", "Deleting")))
            return false;
        Snapshot::Table t{table, {}, {}};
        const QSqlRecord record = q.record();
        for (int c = 0; c < record.count(); ++c)
            t.columns.append(record.fieldName(c));
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < record.count(); ++c)
                row.append(q.value(c));
            t.rows.append(row);
        }
        out->tables.append(t);
    }
    return true;
}

bool SqliteWorkspace::snapshotRespondent(qint64 id, Snapshot *out, StorageError *error) const
{
    return takeSnapshot({{QStringLiteral("respondents"), QStringLiteral("id = ?1")},
                         {QStringLiteral("answers"), QStringLiteral("respondent_id = ?1")}},
                        id, out, error);
}

bool SqliteWorkspace::deleteWithSnapshot(const QString &table, const Selects &selects, qint64 id, Snapshot *removed,
                                         StorageError *error, const QString &what)
{
    if (!finishCheck(error)) // a damaged file takes no writes
        return false;
    Transaction t(m_db);
    if (!t.isActive()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    if (!takeSnapshot(selects, id, removed, error))
        return false;
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, error, what))
        return false;
    if (!t.commit()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    return true;
}

bool SqliteWorkspace::deleteCompany(qint64 id, Snapshot *removed, StorageError *error)
{
    const QString assessments =
        QStringLiteral("SELECT a.id FROM assessments a JOIN rounds r ON r.id = a.round_id WHERE r.company_id = ?1");
    Selects selects = {
        {QStringLiteral("companies"), QStringLiteral("id = ?1")},
        {QStringLiteral("pool_exclusions"), QStringLiteral("company_id = ?1")},
        {QStringLiteral("departments"), QStringLiteral("company_id = ?1")},
        {QStringLiteral("rounds"), QStringLiteral("company_id = ?1")},
        {QStringLiteral("conclusions"), QStringLiteral("round_id IN (SELECT id FROM rounds WHERE company_id = ?1)")}};
    selects += assessmentContents(assessments);
    selects.append({QStringLiteral("plan_measures"), QStringLiteral("company_id = ?1")});
    if (!deleteWithSnapshot(QStringLiteral("companies"), selects, id, removed, error,
                            QCoreApplication::translate("sbr::storage::Workspace", "Deleting the company")))
        return false;
    return true;
}

bool SqliteWorkspace::deleteDepartment(qint64 id, Snapshot *removed, StorageError *error)
{
    Selects selects = {{QStringLiteral("departments"), QStringLiteral("id = ?1")}};
    selects += assessmentContents(QStringLiteral("SELECT id FROM assessments WHERE department_id = ?1"));
    if (!deleteWithSnapshot(QStringLiteral("departments"), selects, id, removed, error,
                            QCoreApplication::translate("sbr::storage::Workspace", "Deleting the department")))
        return false;
    return true;
}

bool SqliteWorkspace::deleteRound(qint64 id, Snapshot *removed, StorageError *error)
{
    Selects selects = {{QStringLiteral("rounds"), QStringLiteral("id = ?1")},
                       {QStringLiteral("conclusions"), QStringLiteral("round_id = ?1")}};
    selects += assessmentContents(QStringLiteral("SELECT id FROM assessments WHERE round_id = ?1"));
    if (!deleteWithSnapshot(QStringLiteral("rounds"), selects, id, removed, error,
                            QCoreApplication::translate("sbr::storage::Workspace", "Deleting the round")))
        return false;
    return true;
}

bool SqliteWorkspace::deleteRespondent(qint64 id, Snapshot *removed, StorageError *error)
{
    const Selects selects = {
        {QStringLiteral("respondents"), QStringLiteral("id = ?1")},
        {QStringLiteral("answers"),
         QStringLiteral(
             "(assessment_id, respondent_id) IN (SELECT assessment_id, id FROM respondents WHERE id = ?1)")}};
    if (!deleteWithSnapshot(QStringLiteral("respondents"), selects, id, removed, error,
                            QCoreApplication::translate("sbr::storage::Workspace", "Removing the respondent")))
        return false;
    return true;
}

bool SqliteWorkspace::deleteAssessment(qint64 id, Snapshot *removed, StorageError *error)
{
    if (!deleteWithSnapshot(QStringLiteral("assessments"), assessmentContents(QStringLiteral("SELECT ?1")), id, removed,
                            error, QCoreApplication::translate("sbr::storage::Workspace", "Deleting the assessment")))
        return false;
    return true;
}

bool SqliteWorkspace::restore(const Snapshot &snapshot, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Restoring");
    if (!finishCheck(error)) // a damaged file takes no writes
        return false;
    Transaction t(m_db);
    if (!t.isActive()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    for (const Snapshot::Table &table : snapshot.tables) {
        if (table.rows.isEmpty())
            continue;
        QStringList marks;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            marks.append(QStringLiteral("?"));
        QSqlQuery q(m_db);
        if (!q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                           .arg(table.name, table.columns.join(u','), marks.join(u',')))) {
            *error = sqlError(q.lastError(), what);
            return false;
        }
        for (const QVariantList &row : table.rows) {
            for (qsizetype c = 0; c < row.size(); ++c)
                q.bindValue(int(c), row[c]);
            if (!q.exec()) {
                *error = sqlError(q.lastError(), what);
                return false;
            }
        }
    }
    if (!t.commit()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    return true;
}

} // namespace sbr::storage
