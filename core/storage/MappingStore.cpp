#include "MappingStore.h"

#include "Schema.h"
#include "SqliteDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace sbr::storage {

namespace {

/// Runs `work` on a connection of its own to `path` (ours, migrated to the step with the table).
bool withConnection(const QString &path, bool readOnly, const QString &what,
                    const std::function<bool(QSqlDatabase &, QString *)> &work, StorageError *error)
{
    const QString name = QStringLiteral("mapping-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(sqlite::driver(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(sqlite::connectOptions(readOnly));
        if (db.open()) {
            QSqlQuery q(db);
            const bool ours = q.exec(QStringLiteral("PRAGMA application_id")) && q.next() &&
                              quint32(q.value(0).toLongLong()) == kApplicationId &&
                              q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                                    "name = 'mapping_profiles'")) &&
                              q.next();
            q.finish();
            if (!ours)
                problem =
                    QCoreApplication::translate("sbr::storage::Workspace", "%1 is not a workspace of this version.")
                        .arg(path);
            else
                ok = work(db, &problem);
        } else {
            problem = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok) {
        const bool locked = problem.contains(QStringLiteral("locked"), Qt::CaseInsensitive);
        *error = {locked ? WorkspaceError::Kind::Locked : WorkspaceError::Kind::Io,
                  QStringLiteral("%1: %2").arg(what, problem)};
    }
    return ok;
}

} // namespace

bool readMappingProfiles(const QString &path, QList<StoredMapping> *out, StorageError *error)
{
    out->clear();
    return withConnection(
        path, true, QCoreApplication::translate("sbr::storage::Workspace", "Reading the mapping profiles"),
        [out](QSqlDatabase &db, QString *problem) {
            QSqlQuery q(db);
            if (!q.exec(
                    QStringLiteral("SELECT name, profile, saved FROM mapping_profiles ORDER BY saved DESC, name"))) {
                *problem = q.lastError().text();
                return false;
            }
            while (q.next())
                out->append({q.value(0).toString(), q.value(1).toString().toUtf8(), q.value(2).toString()});
            return true;
        },
        error);
}

bool writeMappingProfile(const QString &path, const QString &name, const QByteArray &json, StorageError *error)
{
    return withConnection(
        path, false, QCoreApplication::translate("sbr::storage::Workspace", "Saving the mapping profile"),
        [&](QSqlDatabase &db, QString *problem) {
            QSqlQuery q(db);
            q.exec(sqlite::busyTimeout(5000));
            q.prepare(QStringLiteral("INSERT INTO mapping_profiles(name, profile, saved) VALUES (?, ?, ?) "
                                     "ON CONFLICT (name) DO UPDATE SET profile = excluded.profile, "
                                     "saved = excluded.saved"));
            q.addBindValue(name);
            q.addBindValue(QString::fromUtf8(json));
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            if (!q.exec()) { // one statement: its own transaction
                *problem = q.lastError().text();
                return false;
            }
            return true;
        },
        error);
}

} // namespace sbr::storage
