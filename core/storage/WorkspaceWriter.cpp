// Writing a batch of answers (an import, the demo data) in one transaction.

#include "BulkInsert.h"
#include "PostgresDialect.h"
#include "SqliteWorkspace.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sbr::storage {

namespace {

/// The id of the row an INSERT (with RETURNING id on PostgreSQL) just created.
qint64 insertedId(QSqlQuery &insert)
{
    if (insert.isSelect() && insert.next()) {
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        return id;
    }
    return insert.lastInsertId().toLongLong();
}

/// "SELECT id … WHERE …" and, when there is none, "INSERT …": the id of a named thing.
class IdResolver {
public:
    IdResolver(const QSqlDatabase &db, const char *select, const char *insert) : m_select(db), m_insert(db)
    {
        m_select.prepare(QString::fromLatin1(select));
        m_insert.prepare(postgres::returningId(db, QString::fromLatin1(insert)));
    }
    /// -1 on a database error (see error()).
    /// `key` binds the SELECT; `extra` values follow the key in the INSERT.
    qint64 resolve(const QVariantList &key, const QVariantList &extra = {})
    {
        for (int i = 0; i < key.size(); ++i)
            m_select.bindValue(i, key[i]);
        if (!m_select.exec())
            return fail(m_select);
        if (m_select.next()) {
            const qint64 id = m_select.value(0).toLongLong();
            m_select.finish();
            return id;
        }
        const QVariantList values = key + extra;
        for (int i = 0; i < values.size(); ++i)
            m_insert.bindValue(i, values[i]);
        if (!m_insert.exec())
            return fail(m_insert);
        return insertedId(m_insert);
    }
    QSqlQuery &select() { return m_select; }
    const QSqlError &error() const { return m_error; }

private:
    qint64 fail(const QSqlQuery &q)
    {
        m_error = q.lastError();
        return -1;
    }
    QSqlQuery m_select, m_insert;
    QSqlError m_error;
};

} // namespace

bool SqliteWorkspace::writeBatch(const io::AnswerBatch &batch, StorageError *error, WriteSummary *summary,
                                 const std::function<bool(double)> &progress)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Saving the answers");
    if (!finishCheck(error)) // a damaged file takes no writes
        return false;
    Transaction t(m_db);
    if (!t.isActive()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    const auto failed = [&](const QSqlError &e) {
        *error = sqlError(e, what);
        return false;
    };

    IdResolver companies(m_db, "SELECT id FROM companies WHERE name = ?", "INSERT INTO companies(name) VALUES (?)");
    std::vector<qint64> companyIds;
    for (const QString &name : batch.companies) {
        companyIds.push_back(companies.resolve({name}));
        if (companyIds.back() < 0)
            return failed(companies.error());
    }
    IdResolver departments(m_db, "SELECT id FROM departments WHERE company_id = ? AND name = ?",
                           "INSERT INTO departments(company_id, name) VALUES (?, ?)");
    std::vector<qint64> departmentIds;
    for (const auto &d : batch.departments) {
        departmentIds.push_back(departments.resolve({companyIds[size_t(d.company)], d.name}));
        if (departmentIds.back() < 0)
            return failed(departments.error());
    }
    IdResolver rounds(m_db, "SELECT id, date FROM rounds WHERE company_id = ? AND label = ?",
                      "INSERT INTO rounds(company_id, label, date) VALUES (?, ?, ?)");
    std::vector<qint64> roundIds;
    for (const auto &r : batch.rounds) {
        QSqlQuery &select = rounds.select();
        select.bindValue(0, companyIds[size_t(r.company)]);
        select.bindValue(1, r.label);
        if (!select.exec())
            return failed(select.lastError());
        if (select.next()) {
            if (select.value(1).toString() != r.date.toString(Qt::ISODate)) {
                *error = {StorageError::Kind::Conflict,
                          QCoreApplication::translate(
                              "sbr::storage::Workspace",
                              "Round \"%1\" has another date in the workspace than in the data (%2). Nothing was "
                              "written.")
                              .arg(r.label, r.date.toString(Qt::ISODate))};
                return false;
            }
            roundIds.push_back(select.value(0).toLongLong());
            select.finish();
            continue;
        }
        roundIds.push_back(rounds.resolve({companyIds[size_t(r.company)], r.label}, {r.date.toString(Qt::ISODate)}));
        if (roundIds.back() < 0)
            return failed(rounds.error());
    }

    IdResolver assessments(m_db, "SELECT id FROM assessments WHERE round_id = ? AND department_id = ?",
                           "INSERT INTO assessments(round_id, department_id) VALUES (?, ?)");
    QSqlQuery findRespondent(m_db), insertRespondent(m_db), clearRespondent(m_db), namesOf(m_db);
    namesOf.prepare(QStringLiteral("SELECT name FROM respondents WHERE assessment_id = ?"));
    QHash<qint64, QSet<QString>> usedNames; // assessment -> names, for numbered respondents
    findRespondent.prepare(QStringLiteral("SELECT id FROM respondents WHERE assessment_id = ? AND name = ?"));
    insertRespondent.prepare(
        postgres::returningId(m_db, QStringLiteral("INSERT INTO respondents(assessment_id, name) VALUES (?, ?)")));
    clearRespondent.prepare(QStringLiteral("DELETE FROM answers WHERE assessment_id = ? AND respondent_id = ?"));
    std::vector<std::pair<qint64, qint64>> respondentIds; // (assessment, respondent)
    QHash<QPair<int, int>, qint64> assessmentIds;         // (round, department) of the batch -> id
    for (const auto &p : batch.respondents) {
        qint64 &assessment = assessmentIds[qMakePair(p.round, p.department)];
        if (assessment == 0)
            assessment = assessments.resolve({roundIds[size_t(p.round)], departmentIds[size_t(p.department)]});
        if (assessment < 0)
            return failed(assessments.error());
        qint64 id = -1;
        QString name = p.name;
        if (p.numbered) {
            // Inside the write transaction: no other writer can take the name before the commit.
            auto names = usedNames.find(assessment);
            if (names == usedNames.end()) {
                names = usedNames.insert(assessment, {});
                namesOf.bindValue(0, assessment);
                if (!namesOf.exec())
                    return failed(namesOf.lastError());
                while (namesOf.next())
                    names->insert(namesOf.value(0).toString());
            }
            int number = 0;
            do
                name = QStringLiteral("%1 %2").arg(p.name).arg(++number);
            while (names->contains(name));
            names->insert(name);
        }
        if (p.replaces) {
            findRespondent.bindValue(0, assessment);
            findRespondent.bindValue(1, name);
            if (!findRespondent.exec())
                return failed(findRespondent.lastError());
            if (findRespondent.next())
                id = findRespondent.value(0).toLongLong();
            findRespondent.finish();
        }
        if (id >= 0) {
            clearRespondent.bindValue(0, assessment);
            clearRespondent.bindValue(1, id);
            if (!clearRespondent.exec())
                return failed(clearRespondent.lastError());
        } else {
            // A respondent recorded since the batch was validated violates UNIQUE (assessment, name)
            // here and the whole batch is rolled back as a conflict.
            insertRespondent.bindValue(0, assessment);
            insertRespondent.bindValue(1, name);
            if (!insertRespondent.exec()) {
                const QSqlError e = insertRespondent.lastError();
                if (postgres::isConstraintViolation(e)) {
                    Transaction::recoverAfterError(m_db);
                    *error = {StorageError::Kind::Conflict,
                              QCoreApplication::translate(
                                  "sbr::storage::Workspace",
                                  "Respondent \"%1\" is already recorded in this assessment. Nothing was written.")
                                  .arg(name)};
                    return false;
                }
                return failed(e);
            }
            id = insertedId(insertRespondent);
        }
        respondentIds.emplace_back(assessment, id);
    }

    // Insert in primary-key order: the B-tree then grows at its end instead of splitting pages.
    std::vector<AnswerRow> rows;
    rows.reserve(batch.answers.size());
    for (const auto &a : batch.answers) {
        const auto [assessment, respondent] = respondentIds[size_t(a.respondent)];
        rows.push_back({assessment, respondent, qint64(a.item) + 1, a.level, a.applicable});
    }
    std::sort(rows.begin(), rows.end(), [](const AnswerRow &x, const AnswerRow &y) {
        return std::tie(x.assessment, x.respondent, x.item) < std::tie(y.assessment, y.respondent, y.item);
    });
    QSqlError insertError;
    if (!insertAnswers(m_db, rows, &insertError, progress)) {
        if (!insertError.isValid()) { // cancelled: the transaction rolls back
            *error = {StorageError::Kind::Cancelled,
                      QCoreApplication::translate("sbr::storage::Workspace",
                                                  "The import was cancelled; nothing was written.")};
            return false;
        }
        return failed(insertError);
    }
    if (!t.commit())
        return failed(t.beginError());
    if (summary) {
        summary->answers = int(rows.size());
        summary->respondents = int(batch.respondents.size());
        summary->respondentIds.clear();
        for (const auto &[assessment, respondent] : respondentIds)
            summary->respondentIds.append(respondent);
    }
    return true;
}

} // namespace sbr::storage
