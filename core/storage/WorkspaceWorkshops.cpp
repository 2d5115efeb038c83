// Workshop sessions while they run: the session row, one short transaction per acknowledged vote,
// reading them back for recovery, and removing them when the session ends.

#include "SqliteDialect.h"
#include "SqliteWorkspace.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace sbr::storage {

namespace {

QString itemList(const QList<int> &items)
{
    QStringList ids;
    for (int item : items)
        ids << QString::number(item + 1); // the items table's ids
    return ids.join(u',');
}

QList<int> parseItems(const QString &text)
{
    QList<int> items;
    for (const QString &id : text.split(u',', Qt::SkipEmptyParts))
        items.append(id.toInt() - 1);
    return items;
}

/// {"3": [0, 2, 1, 0, 0], …} with 1-based item ids, as the items table numbers them.
QString firstRoundsJson(const QHash<int, QList<int>> &rounds)
{
    if (rounds.isEmpty())
        return {};
    QJsonObject o;
    for (auto it = rounds.cbegin(); it != rounds.cend(); ++it) {
        QJsonArray counts;
        for (int n : it.value())
            counts.append(n);
        o.insert(QString::number(it.key() + 1), counts);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<int, QList<int>> parseFirstRounds(const QString &text)
{
    QHash<int, QList<int>> rounds;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        QList<int> counts;
        for (const QJsonValue &v : it.value().toArray())
            counts.append(std::max(0, v.toInt()));
        const int item = it.key().toInt() - 1;
        if (item >= 0)
            rounds.insert(item, counts);
    }
    return rounds;
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

qint64 SqliteWorkspace::beginWorkshop(const WorkshopRecord &session, StorageError *error)
{
    return writeOne(QStringLiteral("INSERT INTO workshop_sessions(started, company, round, round_date, department, "
                                   "departments, items, token, port, host, pid) "
                                   "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?)"),
                    {session.started.toUTC().toString(Qt::ISODate), session.company, session.round,
                     session.roundDate.toString(Qt::ISODate), session.department,
                     session.departments.size() > 1 ? session.departments.join(u'\n') : QString(),
                     itemList(session.items), session.token, int(session.port), session.host, session.pid},
                    QCoreApplication::translate("sbr::storage::Workspace", "Starting the workshop session"), error);
}

bool SqliteWorkspace::setWorkshopOwner(qint64 session, const QString &host, qint64 pid, const QString &token,
                                       quint16 port, StorageError *error)
{
    return writeOne(QStringLiteral("UPDATE workshop_sessions SET host = ?, pid = ?, token = ?, port = ? WHERE id = ?"),
                    {host, pid, token, int(port), session},
                    QCoreApplication::translate("sbr::storage::Workspace", "Resuming the workshop session"),
                    error) >= 0;
}

bool SqliteWorkspace::recordWorkshopVotes(qint64 session, const QList<WorkshopVote> &votes, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Saving the vote");
    Transaction t(m_db);
    if (!t.isActive()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    QSqlQuery participant(m_db), vote(m_db);
    // A department is chosen once (before the first vote): a later row never changes it.
    if (!participant.prepare(
            QStringLiteral("INSERT INTO workshop_participants(session_id, ordinal, id_hash, "
                           "department) VALUES (?, ?, ?, COALESCE(?, '')) ON CONFLICT (session_id, ordinal) "
                           "DO UPDATE SET department = excluded.department "
                           "WHERE workshop_participants.department = ''")) ||
        !vote.prepare(QStringLiteral("INSERT INTO workshop_votes(session_id, participant, item_id, level, at) "
                                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, participant, item_id) "
                                     "DO UPDATE SET level = excluded.level, at = excluded.at"))) {
        *error = sqlError(participant.lastError().isValid() ? participant.lastError() : vote.lastError(), what);
        return false;
    }
    const QString at = nowUtc();
    for (const WorkshopVote &v : votes) {
        participant.bindValue(0, session);
        participant.bindValue(1, v.participant);
        participant.bindValue(2, QString::fromLatin1(v.idHash));
        participant.bindValue(3, v.department);
        if (!participant.exec()) {
            *error = sqlError(participant.lastError(), what);
            return false;
        }
        if (v.item < 0) // only the participant's choice of department
            continue;
        vote.bindValue(0, session);
        vote.bindValue(1, v.participant);
        vote.bindValue(2, v.item + 1);
        vote.bindValue(3, v.level ? QVariant(*v.level) : QVariant(QMetaType::fromType<int>()));
        vote.bindValue(4, at);
        if (!vote.exec()) {
            *error = sqlError(vote.lastError(), what);
            return false;
        }
    }
    participant.finish();
    vote.finish();
    if (!t.commit()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    return true;
}

bool SqliteWorkspace::workshopSessions(QList<WorkshopRecord> *out, StorageError *error) const
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Reading the workshop sessions");
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral(
                 "SELECT s.id, s.started, s.company, s.round, s.round_date, s.department, s.items, s.token, s.port, "
                 "s.host, s.pid, "
                 "(SELECT COUNT(*) FROM workshop_participants p WHERE p.session_id = s.id), "
                 "(SELECT COUNT(DISTINCT participant) FROM workshop_votes v WHERE v.session_id = s.id "
                 "AND v.level IS NOT NULL), "
                 "(SELECT COUNT(*) FROM workshop_votes v WHERE v.session_id = s.id), "
                 "(SELECT MAX(at) FROM workshop_votes v WHERE v.session_id = s.id), s.departments, s.first_rounds "
                 "FROM workshop_sessions s ORDER BY s.id"),
             {}, error, what))
        return false;
    out->clear();
    while (q.next()) {
        WorkshopRecord r;
        r.id = q.value(0).toLongLong();
        r.started = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        r.company = q.value(2).toString();
        r.round = q.value(3).toString();
        r.roundDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.department = q.value(5).toString();
        r.items = parseItems(q.value(6).toString());
        r.token = q.value(7).toString();
        r.port = quint16(q.value(8).toInt());
        r.host = q.value(9).toString();
        r.pid = q.value(10).toLongLong();
        r.participants = q.value(11).toInt();
        r.voters = q.value(12).toInt();
        r.votes = q.value(13).toInt();
        r.lastVote = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        r.departments = q.value(15).toString().split(u'\n', Qt::SkipEmptyParts);
        if (r.departments.isEmpty())
            r.departments = {r.department};
        r.firstRounds = parseFirstRounds(q.value(16).toString());
        ++m_rowsRead;
        out->append(r);
    }
    return true;
}

bool SqliteWorkspace::workshopVotes(qint64 session, WorkshopVotes *out, StorageError *error) const
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Reading the workshop votes");
    QSqlQuery q(m_db);
    if (!run(
            q,
            QStringLiteral(
                "SELECT ordinal, id_hash, department FROM workshop_participants WHERE session_id = ? ORDER BY ordinal"),
            {session}, error, what))
        return false;
    *out = {};
    while (q.next()) {
        const int ordinal = q.value(0).toInt();
        if (ordinal < 0 || ordinal > 1000000)
            continue;
        if (out->participantHashes.size() <= ordinal) {
            out->participantHashes.resize(ordinal + 1);
            out->participantDepartments.resize(ordinal + 1);
        }
        out->participantHashes[ordinal] = q.value(1).toString().toLatin1();
        out->participantDepartments[ordinal] = q.value(2).toString();
    }
    if (!run(q,
             QStringLiteral("SELECT participant, item_id, level FROM workshop_votes WHERE session_id = ? "
                            "ORDER BY participant, item_id"),
             {session}, error, what))
        return false;
    while (q.next()) {
        WorkshopVote v;
        v.participant = q.value(0).toInt();
        v.item = q.value(1).toInt() - 1;
        if (!q.value(2).isNull())
            v.level = q.value(2).toInt();
        out->votes.append(v);
        ++m_rowsRead;
    }
    return true;
}

bool SqliteWorkspace::setWorkshopFirstRounds(qint64 session, const QHash<int, QList<int>> &firstRounds,
                                             StorageError *error)
{
    return writeOne(QStringLiteral("UPDATE workshop_sessions SET first_rounds = COALESCE(?, '') WHERE id = ?"),
                    {firstRoundsJson(firstRounds), session},
                    QCoreApplication::translate("sbr::storage::Workspace", "Saving the first round of a re-vote"),
                    error) >= 0;
}

bool SqliteWorkspace::deleteWorkshop(qint64 session, StorageError *error)
{
    return writeOne(QStringLiteral("DELETE FROM workshop_sessions WHERE id = ?"), {session},
                    QCoreApplication::translate("sbr::storage::Workspace", "Removing the workshop session"),
                    error) >= 0;
}

void SqliteWorkspace::setBusyTimeout(int ms)
{
    QSqlQuery(m_db).exec(sqlite::busyTimeout(ms));
}

} // namespace sbr::storage
