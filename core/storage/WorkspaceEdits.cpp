// Editing the workspace from the workbench: every call is one statement in its own
// transaction (or a savepoint inside atomically()), committed whole or not at all. The
// application layer announces the change after it succeeded.

#include "PostgresDialect.h"
#include "SqliteWorkspace.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sbr::storage {

namespace {

QVariant optionalLevel(const std::optional<int> &level)
{
    return level ? QVariant(*level) : QVariant(QMetaType::fromType<int>());
}

} // namespace

qint64 SqliteWorkspace::writeOne(const QString &sql, const QVariantList &values, const QString &what,
                                 StorageError *error)
{
    if (!finishCheck(error)) // a damaged file takes no writes
        return -1;
    Transaction t(m_db);
    if (!t.isActive()) {
        *error = sqlError(t.beginError(), what);
        return -1;
    }
    QSqlQuery q(m_db);
    if (!run(q, postgres::returningId(m_db, sql), values, error, what))
        return -1;
    // INSERT: the new row's id; UPDATE … RETURNING: the returned value; anything else: 0.
    qint64 result = 0;
    if (q.isSelect() && q.next())
        result = q.value(0).toLongLong();
    else if (sql.startsWith(u"INSERT") && !postgres::isPostgres(m_db)) // PostgreSQL: RETURNING id above
        result = q.lastInsertId().toLongLong();
    q.finish();
    if (!t.commit()) {
        *error = sqlError(t.beginError(), what);
        return -1;
    }
    return result;
}

bool SqliteWorkspace::atomically(const std::function<bool(StorageError *)> &steps, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Saving the change");
    if (!finishCheck(error)) // a damaged file takes no writes
        return false;
    Transaction t(m_db);
    if (!t.isActive()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    if (!steps(error))
        return false;
    if (!t.commit()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    return true;
}

qint64 SqliteWorkspace::createCompany(const QString &name, double target, StorageError *error)
{
    const qint64 id = writeOne(QStringLiteral("INSERT INTO companies(name, target) VALUES (?, ?)"), {name, target},
                               QCoreApplication::translate("sbr::storage::Workspace", "Creating the company"), error);
    return id;
}

bool SqliteWorkspace::renameCompany(qint64 id, const QString &name, StorageError *error)
{
    if (writeOne(QStringLiteral("UPDATE companies SET name = ? WHERE id = ?"), {name, id},
                 QCoreApplication::translate("sbr::storage::Workspace", "Renaming the company"), error) < 0)
        return false;
    return true;
}

bool SqliteWorkspace::setTarget(qint64 company, double target, StorageError *error)
{
    if (writeOne(QStringLiteral("UPDATE companies SET target = ? WHERE id = ?"), {target, company},
                 QCoreApplication::translate("sbr::storage::Workspace", "Saving the target"), error) < 0)
        return false;
    return true;
}

bool SqliteWorkspace::setInPool(qint64 company, bool inPool, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Changing the benchmark pool");
    const QString sql = inPool ? QStringLiteral("DELETE FROM pool_exclusions WHERE company_id = ?")
                               : QStringLiteral("INSERT INTO pool_exclusions(company_id) SELECT id FROM companies "
                                                "WHERE id = ? AND id NOT IN (SELECT company_id FROM pool_exclusions)");
    return writeOne(sql, {company}, what, error) >= 0;
}

qint64 SqliteWorkspace::createDepartment(qint64 company, const QString &name, StorageError *error)
{
    const qint64 id =
        writeOne(QStringLiteral("INSERT INTO departments(company_id, name) VALUES (?, ?)"), {company, name},
                 QCoreApplication::translate("sbr::storage::Workspace", "Creating the department"), error);
    return id;
}

bool SqliteWorkspace::renameDepartment(qint64 id, const QString &name, StorageError *error)
{
    const qint64 company =
        writeOne(QStringLiteral("UPDATE departments SET name = ? WHERE id = ? RETURNING company_id"), {name, id},
                 QCoreApplication::translate("sbr::storage::Workspace", "Renaming the department"), error);
    if (company < 0)
        return false;
    return true;
}

qint64 SqliteWorkspace::createRound(qint64 company, const QString &label, const QDate &date, StorageError *error)
{
    const qint64 id = writeOne(QStringLiteral("INSERT INTO rounds(company_id, label, date) VALUES (?, ?, ?)"),
                               {company, label, date.toString(Qt::ISODate)},
                               QCoreApplication::translate("sbr::storage::Workspace", "Creating the round"), error);
    return id;
}

bool SqliteWorkspace::updateRound(qint64 id, const QString &label, const QDate &date, StorageError *error)
{
    const qint64 company =
        writeOne(QStringLiteral("UPDATE rounds SET label = ?, date = ? WHERE id = ? RETURNING company_id"),
                 {label, date.toString(Qt::ISODate), id},
                 QCoreApplication::translate("sbr::storage::Workspace", "Changing the round"), error);
    if (company < 0)
        return false;
    return true;
}

qint64 SqliteWorkspace::ensureAssessment(qint64 round, qint64 department, StorageError *error)
{
    if (const qint64 existing = assessmentId(round, department))
        return existing;
    const qint64 id =
        writeOne(QStringLiteral("INSERT INTO assessments(round_id, department_id) VALUES (?, ?)"), {round, department},
                 QCoreApplication::translate("sbr::storage::Workspace", "Creating the assessment"), error);
    return id;
}

qint64 SqliteWorkspace::addRespondent(qint64 assessment, const QString &name, StorageError *error)
{
    const qint64 id =
        writeOne(QStringLiteral("INSERT INTO respondents(assessment_id, name) VALUES (?, ?)"), {assessment, name},
                 QCoreApplication::translate("sbr::storage::Workspace", "Adding the respondent"), error);
    return id;
}

bool SqliteWorkspace::renameRespondent(qint64 id, const QString &name, StorageError *error)
{
    const qint64 assessment =
        writeOne(QStringLiteral("UPDATE respondents SET name = ? WHERE id = ? RETURNING assessment_id"), {name, id},
                 QCoreApplication::translate("sbr::storage::Workspace", "Renaming the respondent"), error);
    if (assessment < 0)
        return false;
    return true;
}

bool SqliteWorkspace::setAnswer(qint64 assessment, const AnswerCell &cell, StorageError *error)
{
    if (cell.level && !m_questionnaire.scale.contains(*cell.level)) {
        *error = {StorageError::Kind::Conflict,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "Level %1 is outside the scale %2 to %3; nothing was saved.")
                      .arg(*cell.level)
                      .arg(m_questionnaire.scale.min)
                      .arg(m_questionnaire.scale.max)};
        return false;
    }
    if (writeOne(
            QStringLiteral("INSERT INTO answers(assessment_id, respondent_id, item_id, level) VALUES (?, ?, ?, ?) "
                           "ON CONFLICT (assessment_id, respondent_id, item_id) DO UPDATE SET level = excluded.level"),
            {assessment, cell.respondent, cell.item + 1, optionalLevel(cell.level)},
            QCoreApplication::translate("sbr::storage::Workspace", "Saving the answer"), error) < 0)
        return false;
    return true;
}

bool SqliteWorkspace::clearAnswer(qint64 assessment, qint64 respondent, int item, StorageError *error)
{
    if (writeOne(QStringLiteral("DELETE FROM answers WHERE assessment_id = ? AND respondent_id = ? AND item_id = ?"),
                 {assessment, respondent, item + 1},
                 QCoreApplication::translate("sbr::storage::Workspace", "Removing the answer"), error) < 0)
        return false;
    return true;
}

bool SqliteWorkspace::setComment(qint64 assessment, int item, const QString &text, StorageError *error)
{
    const qint64 ok =
        text.trimmed().isEmpty()
            ? writeOne(QStringLiteral("DELETE FROM comments WHERE assessment_id = ? AND item_id = ?"),
                       {assessment, item + 1},
                       QCoreApplication::translate("sbr::storage::Workspace", "Saving the comment"), error)
            : writeOne(QStringLiteral("INSERT INTO comments(assessment_id, item_id, text) VALUES (?, ?, ?) "
                                      "ON CONFLICT (assessment_id, item_id) DO UPDATE SET text = excluded.text"),
                       {assessment, item + 1, text},
                       QCoreApplication::translate("sbr::storage::Workspace", "Saving the comment"), error);
    if (ok < 0)
        return false;
    return true;
}

} // namespace sbr::storage
