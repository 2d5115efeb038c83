#include "NameMigration.h"

#include "domain/Names.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>

namespace sbr::storage {

namespace {

struct Row {
    qint64 id;
    QString name;
    QString extra; // a round's date
};

class Repair {
public:
    Repair(QSqlDatabase &db, QString *failure) : m_db(db), m_failure(failure) {}

    bool run();

private:
    QList<Row> rows(const QString &sql, qint64 parent = 0, bool withParent = false);
    bool exec(const QString &sql, const QVariantList &values);
    bool fail(const QString &message)
    {
        if (m_failure->isEmpty())
            *m_failure = message;
        return false;
    }
    /// Groups rows by normal name (in id order); each group's first row is the keeper.
    static std::map<QString, QList<Row>> groups(const QList<Row> &list)
    {
        std::map<QString, QList<Row>> out;
        for (const Row &r : list)
            out[normalizeName(r.name)].append(r);
        return out;
    }
    bool mergeCompany(qint64 from, qint64 into, const QString &name);
    bool mergeDepartment(qint64 from, qint64 into);
    bool mergeRound(const Row &from, const Row &into, const QString &company);
    bool mergeAssessment(qint64 from, qint64 into);
    bool repairCompany(qint64 company, const QString &name);
    bool rename(const QString &table, const QString &column, const QList<Row> &list);

    QSqlDatabase &m_db;
    QString *m_failure;
};

QList<Row> Repair::rows(const QString &sql, qint64 parent, bool withParent)
{
    QList<Row> out;
    QSqlQuery q(m_db);
    q.prepare(sql);
    if (withParent)
        q.addBindValue(parent);
    if (!q.exec()) {
        fail(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

bool Repair::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec() || fail(q.lastError().text());
}

bool Repair::mergeAssessment(qint64 from, qint64 into)
{
    QHash<QString, qint64> names;
    for (const Row &r :
         rows(QStringLiteral("SELECT id, name, '' FROM respondents WHERE assessment_id = ?"), into, true))
        names.insert(normalizeName(r.name), r.id);
    for (const Row &r :
         rows(QStringLiteral("SELECT id, name, '' FROM respondents WHERE assessment_id = ?"), from, true))
        if (names.contains(normalizeName(r.name)))
            return fail(QCoreApplication::translate("sbr::storage::NameMigration",
                                                    "Two respondents named \"%1\" would become one when look-alike "
                                                    "names are merged; rename one of them with the previous version "
                                                    "of the program first.")
                            .arg(normalizeName(r.name)));
    // Comments on the same item are kept both, one after the other.
    return exec(QStringLiteral("UPDATE comments SET text = text || char(10) || (SELECT c.text FROM comments c WHERE "
                               "c.assessment_id = ? AND c.item_id = comments.item_id) WHERE assessment_id = ? AND "
                               "item_id IN (SELECT item_id FROM comments WHERE assessment_id = ?)"),
                {from, into, from}) &&
           exec(QStringLiteral("DELETE FROM comments WHERE assessment_id = ? AND item_id IN (SELECT item_id FROM "
                               "comments WHERE assessment_id = ?)"),
                {from, into}) &&
           exec(QStringLiteral("UPDATE comments SET assessment_id = ? WHERE assessment_id = ?"), {into, from}) &&
           exec(QStringLiteral("UPDATE answers SET assessment_id = ? WHERE assessment_id = ?"), {into, from}) &&
           exec(QStringLiteral("UPDATE respondents SET assessment_id = ? WHERE assessment_id = ?"), {into, from}) &&
           exec(QStringLiteral("DELETE FROM assessments WHERE id = ?"), {from});
}

bool Repair::mergeDepartment(qint64 from, qint64 into)
{
    for (const Row &a :
         rows(QStringLiteral("SELECT a.id, b.id, '' FROM assessments a LEFT JOIN assessments b ON "
                             "b.round_id = a.round_id AND b.department_id = %1 WHERE a.department_id = ?")
                  .arg(into),
              from, true)) {
        const qint64 other = a.name.toLongLong();
        if (other ? !mergeAssessment(a.id, other)
                  : !exec(QStringLiteral("UPDATE assessments SET department_id = ? WHERE id = ?"), {into, a.id}))
            return false;
    }
    return exec(QStringLiteral("DELETE FROM departments WHERE id = ?"), {from});
}

bool Repair::mergeRound(const Row &from, const Row &into, const QString &company)
{
    if (from.extra != into.extra)
        return fail(QCoreApplication::translate("sbr::storage::NameMigration",
                                                "The rounds \"%1\" of \"%2\" are dated %3 and %4 but would become one "
                                                "when look-alike names are merged; give them different labels with "
                                                "the previous version of the program first.")
                        .arg(normalizeName(into.name), company, into.extra, from.extra));
    for (const Row &a :
         rows(QStringLiteral("SELECT a.id, b.id, '' FROM assessments a LEFT JOIN assessments b ON "
                             "b.department_id = a.department_id AND b.round_id = %1 WHERE a.round_id = ?")
                  .arg(into.id),
              from.id, true)) {
        const qint64 other = a.name.toLongLong();
        if (other ? !mergeAssessment(a.id, other)
                  : !exec(QStringLiteral("UPDATE assessments SET round_id = ? WHERE id = ?"), {into.id, a.id}))
            return false;
    }
    return exec(QStringLiteral("DELETE FROM rounds WHERE id = ?"), {from.id});
}

bool Repair::mergeCompany(qint64 from, qint64 into, const QString &name)
{
    // Its departments and rounds move over; look-alikes among them merge in repairCompany().
    if (!exec(QStringLiteral("UPDATE departments SET company_id = ? WHERE company_id = ? AND name NOT IN (SELECT "
                             "name FROM departments WHERE company_id = ?)"),
              {into, from, into}))
        return false;
    for (const Row &d : rows(QStringLiteral("SELECT d.id, e.id, '' FROM departments d JOIN departments e ON "
                                            "e.name = d.name AND e.company_id = %1 WHERE d.company_id = ?")
                                 .arg(into),
                             from, true))
        if (!mergeDepartment(d.id, d.name.toLongLong()))
            return false;
    const QList<Row> mine = rows(QStringLiteral("SELECT id, label, date FROM rounds WHERE company_id = ?"), into, true);
    for (const Row &r : rows(QStringLiteral("SELECT id, label, date FROM rounds WHERE company_id = ?"), from, true)) {
        const Row *same = nullptr;
        for (const Row &m : mine)
            if (normalizeName(m.name) == normalizeName(r.name))
                same = &m;
        if (same) {
            if (!mergeRound(r, *same, name))
                return false;
            continue;
        }
        for (const Row &m : mine)
            if (m.extra == r.extra)
                return fail(QCoreApplication::translate("sbr::storage::NameMigration",
                                                        "The rounds \"%1\" and \"%2\" of \"%3\" would both be on %4 "
                                                        "when look-alike company names are merged; change one date "
                                                        "with the previous version of the program first.")
                                .arg(m.name, r.name, name, r.extra));
        if (!exec(QStringLiteral("UPDATE rounds SET company_id = ? WHERE id = ?"), {into, r.id}))
            return false;
    }
    return exec(QStringLiteral("INSERT INTO planned_measures(company_id, measure) SELECT ?, measure FROM "
                               "planned_measures WHERE company_id = ? ON CONFLICT DO NOTHING"),
                {into, from}) &&
           exec(QStringLiteral("DELETE FROM companies WHERE id = ?"), {from});
}

bool Repair::rename(const QString &table, const QString &column, const QList<Row> &list)
{
    for (const Row &r : list)
        if (const QString normal = normalizeName(r.name); normal != r.name)
            if (!exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column), {normal, r.id}))
                return false;
    return true;
}

bool Repair::repairCompany(qint64 company, const QString &name)
{
    const auto departments = groups(
        rows(QStringLiteral("SELECT id, name, '' FROM departments WHERE company_id = ? ORDER BY id"), company, true));
    for (const auto &[normal, group] : departments)
        for (int i = 1; i < group.size(); ++i)
            if (!mergeDepartment(group[i].id, group[0].id))
                return false;
    const auto rounds = groups(
        rows(QStringLiteral("SELECT id, label, date FROM rounds WHERE company_id = ? ORDER BY id"), company, true));
    for (const auto &[normal, group] : rounds)
        for (int i = 1; i < group.size(); ++i)
            if (!mergeRound(group[i], group[0], name))
                return false;
    return rename(QStringLiteral("departments"), QStringLiteral("name"),
                  rows(QStringLiteral("SELECT id, name, '' FROM departments WHERE company_id = ?"), company, true)) &&
           rename(QStringLiteral("rounds"), QStringLiteral("label"),
                  rows(QStringLiteral("SELECT id, label, '' FROM rounds WHERE company_id = ?"), company, true));
}

bool Repair::run()
{
    const auto companies = groups(rows(QStringLiteral("SELECT id, name, '' FROM companies ORDER BY id")));
    for (const auto &[normal, group] : companies) {
        for (int i = 1; i < group.size(); ++i)
            if (!mergeCompany(group[i].id, group[0].id, normal))
                return false;
        if (!repairCompany(group[0].id, normal))
            return false;
    }
    if (!rename(QStringLiteral("companies"), QStringLiteral("name"),
                rows(QStringLiteral("SELECT id, name, '' FROM companies"))))
        return false;
    // Respondents: within one assessment two look-alikes are two people's answers.
    const QList<Row> assessments = rows(QStringLiteral("SELECT id, '', '' FROM assessments"));
    for (const Row &a : assessments) {
        const QList<Row> people = rows(
            QStringLiteral("SELECT id, name, '' FROM respondents WHERE assessment_id = ? ORDER BY id"), a.id, true);
        for (const auto &[normal, group] : groups(people))
            if (group.size() > 1)
                return fail(QCoreApplication::translate("sbr::storage::NameMigration",
                                                        "Two respondents named \"%1\" would become one when "
                                                        "look-alike names are merged; rename one of them with the "
                                                        "previous version of the program first.")
                                .arg(normal));
        if (!rename(QStringLiteral("respondents"), QStringLiteral("name"), people))
            return false;
    }
    return m_failure->isEmpty();
}

} // namespace

bool normalizeNames(QSqlDatabase &db, QString *failure)
{
    failure->clear();
    Repair repair(db, failure);
    return repair.run();
}

} // namespace sbr::storage
