// Editing the workspace from the workbench: every call is one transaction, committed whole or
// not at all, and announced through the ChangeNotifier only after it succeeded.

#include "Transaction.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sbr::storage {

namespace {


/// Runs `body` in a transaction; false (and nothing written) unless body and COMMIT succeed.
template <typename Body>
bool inTransaction(const QSqlDatabase &db, StorageError *error, const std::function<StorageError(const QSqlError &)> &fail,
                   Body &&body)
{
    Transaction t(db);
    if (!t.isActive()) {
        *error = fail(t.beginError());
        return false;
    }
    if (!body())
        return false;
    if (!t.commit()) {
        *error = fail(t.beginError());
        return false;
    }
    return true;
}

QVariant optionalLevel(const std::optional<int> &level)
{
    return level ? QVariant(*level) : QVariant(QMetaType::fromType<int>());
}

} // namespace

#define SBR_WRITE(what, body)                                                                                          \
    inTransaction(m_db, error, [&](const QSqlError &e) { return sqlError(e, what); }, [&]() -> bool body)

qint64 Workspace::createCompany(const QString &name, double target, StorageError *error)
{
    qint64 id = -1;
    QSqlQuery q(m_db);
    const bool ok = SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Creating the company"), {
        if (!run(q, QStringLiteral("INSERT INTO companies(name, target) VALUES (?, ?)"), {name, target}, error,
                 QCoreApplication::translate("sbr::storage::Workspace", "Creating the company")))
            return false;
        id = q.lastInsertId().toLongLong();
        return true;
    });
    if (!ok)
        return -1;
    emit m_notifier->companiesChanged();
    return id;
}

bool Workspace::renameCompany(qint64 id, const QString &name, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Renaming the company"), {
            return run(q, QStringLiteral("UPDATE companies SET name = ? WHERE id = ?"), {name, id}, error,
                       QCoreApplication::translate("sbr::storage::Workspace", "Renaming the company"));
        }))
        return false;
    emit m_notifier->companiesChanged();
    return true;
}

qint64 Workspace::createDepartment(qint64 company, const QString &name, StorageError *error)
{
    qint64 id = -1;
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Creating the department"), {
            if (!run(q, QStringLiteral("INSERT INTO departments(company_id, name) VALUES (?, ?)"), {company, name},
                     error, QCoreApplication::translate("sbr::storage::Workspace", "Creating the department")))
                return false;
            id = q.lastInsertId().toLongLong();
            return true;
        }))
        return -1;
    emit m_notifier->structureChanged(company);
    return id;
}

bool Workspace::renameDepartment(qint64 id, const QString &name, StorageError *error)
{
    QSqlQuery q(m_db);
    qint64 company = 0;
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Renaming the department"), {
            if (!run(q, QStringLiteral("UPDATE departments SET name = ? WHERE id = ? RETURNING company_id"), {name, id},
                     error, QCoreApplication::translate("sbr::storage::Workspace", "Renaming the department")))
                return false;
            company = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            return true;
        }))
        return false;
    emit m_notifier->structureChanged(company);
    return true;
}

qint64 Workspace::createRound(qint64 company, const QString &label, const QDate &date, StorageError *error)
{
    qint64 id = -1;
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Creating the round"), {
            if (!run(q, QStringLiteral("INSERT INTO rounds(company_id, label, date) VALUES (?, ?, ?)"),
                     {company, label, date.toString(Qt::ISODate)}, error, QCoreApplication::translate("sbr::storage::Workspace", "Creating the round")))
                return false;
            id = q.lastInsertId().toLongLong();
            return true;
        }))
        return -1;
    emit m_notifier->structureChanged(company);
    return id;
}

bool Workspace::updateRound(qint64 id, const QString &label, const QDate &date, StorageError *error)
{
    QSqlQuery q(m_db);
    qint64 company = 0;
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Changing the round"), {
            if (!run(q, QStringLiteral("UPDATE rounds SET label = ?, date = ? WHERE id = ? RETURNING company_id"),
                     {label, date.toString(Qt::ISODate), id}, error, QCoreApplication::translate("sbr::storage::Workspace", "Changing the round")))
                return false;
            company = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            return true;
        }))
        return false;
    emit m_notifier->structureChanged(company);
    emit m_notifier->dataChanged(); // dates decide trends and peers
    return true;
}

qint64 Workspace::ensureAssessment(qint64 round, qint64 department, StorageError *error)
{
    if (const qint64 existing = assessmentId(round, department))
        return existing;
    qint64 id = -1;
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Creating the assessment"), {
            if (!run(q, QStringLiteral("INSERT INTO assessments(round_id, department_id) VALUES (?, ?)"),
                     {round, department}, error, QCoreApplication::translate("sbr::storage::Workspace", "Creating the assessment")))
                return false;
            id = q.lastInsertId().toLongLong();
            return true;
        }))
        return -1;
    emit m_notifier->assessmentChanged(id);
    return id;
}

qint64 Workspace::addRespondent(qint64 assessment, const QString &name, StorageError *error)
{
    qint64 id = -1;
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Adding the respondent"), {
            if (!run(q, QStringLiteral("INSERT INTO respondents(assessment_id, name) VALUES (?, ?)"), {assessment, name},
                     error, QCoreApplication::translate("sbr::storage::Workspace", "Adding the respondent")))
                return false;
            id = q.lastInsertId().toLongLong();
            return true;
        }))
        return -1;
    emit m_notifier->assessmentChanged(assessment);
    return id;
}

bool Workspace::renameRespondent(qint64 id, const QString &name, StorageError *error)
{
    QSqlQuery q(m_db);
    qint64 assessment = 0;
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Renaming the respondent"), {
            if (!run(q, QStringLiteral("UPDATE respondents SET name = ? WHERE id = ? RETURNING assessment_id"),
                     {name, id}, error, QCoreApplication::translate("sbr::storage::Workspace", "Renaming the respondent")))
                return false;
            assessment = q.next() ? q.value(0).toLongLong() : 0;
            q.finish();
            return true;
        }))
        return false;
    emit m_notifier->assessmentChanged(assessment);
    return true;
}

bool Workspace::setAnswer(qint64 assessment, const AnswerCell &cell, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Saving the answer"), {
            return run(q,
                       QStringLiteral("INSERT INTO answers(assessment_id, respondent_id, item_id, level) "
                                      "VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id, respondent_id, item_id) "
                                      "DO UPDATE SET level = excluded.level"),
                       {assessment, cell.respondent, cell.item + 1, optionalLevel(cell.level)}, error,
                       QCoreApplication::translate("sbr::storage::Workspace", "Saving the answer"));
        }))
        return false;
    emit m_notifier->assessmentChanged(assessment);
    return true;
}

bool Workspace::clearAnswer(qint64 assessment, qint64 respondent, int item, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Removing the answer"), {
            return run(q,
                       QStringLiteral("DELETE FROM answers WHERE assessment_id = ? AND respondent_id = ? AND item_id = ?"),
                       {assessment, respondent, item + 1}, error, QCoreApplication::translate("sbr::storage::Workspace", "Removing the answer"));
        }))
        return false;
    emit m_notifier->assessmentChanged(assessment);
    return true;
}

bool Workspace::setComment(qint64 assessment, int item, const QString &text, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Saving the comment"), {
            if (text.trimmed().isEmpty())
                return run(q, QStringLiteral("DELETE FROM comments WHERE assessment_id = ? AND item_id = ?"),
                           {assessment, item + 1}, error, QCoreApplication::translate("sbr::storage::Workspace", "Saving the comment"));
            return run(q,
                       QStringLiteral("INSERT INTO comments(assessment_id, item_id, text) VALUES (?, ?, ?) "
                                      "ON CONFLICT (assessment_id, item_id) DO UPDATE SET text = excluded.text"),
                       {assessment, item + 1, text}, error, QCoreApplication::translate("sbr::storage::Workspace", "Saving the comment"));
        }))
        return false;
    emit m_notifier->assessmentChanged(assessment);
    return true;
}

bool Workspace::setPlanned(qint64 company, const QString &measure, bool planned, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Saving the plan"), {
            return run(q,
                       planned ? QStringLiteral("INSERT OR IGNORE INTO planned_measures(company_id, measure) VALUES (?, ?)")
                               : QStringLiteral("DELETE FROM planned_measures WHERE company_id = ? AND measure = ?"),
                       {company, measure}, error, QCoreApplication::translate("sbr::storage::Workspace", "Saving the plan"));
        }))
        return false;
    emit m_notifier->plannedMeasuresChanged(company);
    return true;
}

bool Workspace::setTarget(qint64 company, double target, StorageError *error)
{
    QSqlQuery q(m_db);
    if (!SBR_WRITE(QCoreApplication::translate("sbr::storage::Workspace", "Saving the target"), {
            return run(q, QStringLiteral("UPDATE companies SET target = ? WHERE id = ?"), {target, company}, error,
                       QCoreApplication::translate("sbr::storage::Workspace", "Saving the target"));
        }))
        return false;
    emit m_notifier->companiesChanged();
    return true;
}

} // namespace sbr::storage
