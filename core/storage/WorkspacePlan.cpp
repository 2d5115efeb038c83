// The action plans (formats.md *Action plan*): one statement per edit, in its own transaction
// (or a savepoint inside atomically()).

#include "SqliteWorkspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sbr::storage {

namespace {

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

/// Text for a NOT NULL column: a null QString would be bound as NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// The values of the columns after id and company_id, in the order of kColumns.
QVariantList planValues(const PlanMeasure &m)
{
    return {text(m.measure),
            text(m.isOwn() ? m.title : QString()),
            text(m.isOwn() ? m.ownItems.join(u'\n') : QString()),
            text(m.owner),
            optionalDate(m.due),
            horizonKey(m.horizon),
            planStatusKey(m.status),
            optionalDate(m.status == PlanStatus::Done ? m.doneOn : QDate()),
            text(m.note)};
}

const QString kColumns = QStringLiteral("measure, title, items, owner, due, horizon, status, done_on, note");

} // namespace

bool SqliteWorkspace::planMeasures(qint64 company, QList<PlanMeasure> *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT id, company_id, %1 FROM plan_measures WHERE ? = 0 OR company_id = ? ORDER BY id")
                 .arg(kColumns),
             {company, company}, error, QCoreApplication::translate("sbr::storage::Workspace", "Reading the plan")))
        return false;
    out->clear();
    while (q.next() && ++m_rowsRead) {
        PlanMeasure m;
        m.id = q.value(0).toLongLong();
        m.company = q.value(1).toLongLong();
        m.measure = q.value(2).toString();
        m.title = q.value(3).toString();
        const QString items = q.value(4).toString();
        m.ownItems = items.isEmpty() ? QStringList() : items.split(u'\n');
        m.owner = q.value(5).toString();
        m.due = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        m.horizon = horizonFromKey(q.value(7).toString()).value_or(Horizon::Now);
        m.status = planStatusFromKey(q.value(8).toString()).value_or(PlanStatus::Planned);
        m.doneOn = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        m.note = q.value(10).toString();
        out->append(m);
    }
    return true;
}

qint64 SqliteWorkspace::insertPlanMeasure(const PlanMeasure &m, StorageError *error)
{
    // A new measure gets its id from the database; an explicit id puts a removed one back (undo).
    if (m.id <= 0)
        return writeOne(
            QStringLiteral("INSERT INTO plan_measures(company_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(kColumns),
            QVariantList{m.company} + planValues(m),
            QCoreApplication::translate("sbr::storage::Workspace", "Adding to the plan"), error);
    return writeOne(
        QStringLiteral("INSERT INTO plan_measures(id, company_id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(kColumns),
        QVariantList{m.id, m.company} + planValues(m),
        QCoreApplication::translate("sbr::storage::Workspace", "Adding to the plan"), error);
}

bool SqliteWorkspace::updatePlanMeasure(const PlanMeasure &m, StorageError *error)
{
    return writeOne(QStringLiteral("UPDATE plan_measures SET measure = ?, title = ?, items = ?, owner = ?, due = ?, "
                                   "horizon = ?, status = ?, done_on = ?, note = ? WHERE id = ?"),
                    planValues(m) + QVariantList{m.id},
                    QCoreApplication::translate("sbr::storage::Workspace", "Saving the plan"), error) >= 0;
}

bool SqliteWorkspace::deletePlanMeasure(qint64 id, StorageError *error)
{
    return writeOne(QStringLiteral("DELETE FROM plan_measures WHERE id = ?"), {id},
                    QCoreApplication::translate("sbr::storage::Workspace", "Removing from the plan"), error) >= 0;
}

} // namespace sbr::storage
