#pragma once
// What Qt's PostgreSQL driver does not offer, done with libpq on the driver's own connection
// (formats.md *Team workspace*): telling why a connection failed (no password, a wrong one, no such
// database, no server), and the announcements of other clients' commits (LISTEN/NOTIFY). Also the
// passwords a user typed, kept in this process's memory only. Private to the storage layer.

#include "StorageError.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sbr::storage::postgres {

/// The channel on which every commit that changes company data is announced (schema step 9's
/// statement triggers; payload empty, so one announcement per transaction).
inline QString changeChannel()
{
    return QStringLiteral("sbradar_changes");
}

/// A password typed by the user for the team workspace `location` (its address without password),
/// used by every connection this process opens to it (the window's, an import's, a workshop's)
/// until it is set to empty. Held in memory only: never written to a file, the settings or a log.
void setPassword(const QString &location, const QString &password);
QString password(const QString &location);

/// Where and as whom a connection goes; `options` are libpq keywords ("sslmode=require").
struct ConnectTarget {
    QString host, user, database;
    int port = -1;
    QStringList options;
    QString shown; ///< the address as the user sees it (no password)
};

/// Why opening a connection to `target` failed, in words a user can act on. `driverText` is what
/// Qt's driver said; when it is not libpq's "no password supplied", the connection is tried once
/// more through libpq with verbose errors to learn the server's SQLSTATE. Kinds: PasswordNeeded
/// (the server asks and none is known), PasswordWrong (28P01), NotFound (no such database,
/// 3D000), Io (no server reachable at that address, TLS failed, or refused otherwise).
StorageError connectFailure(const ConnectTarget &target, const QString &password, const QString &driverText);

/// Announcements of commits of other connections received since the last call on `db`, after one
/// round trip to the server (so that what was committed before this call has arrived). The
/// connection's own commits are not counted. -1 when the server cannot be asked.
int otherCommits(const QSqlDatabase &db);

} // namespace sbr::storage::postgres
