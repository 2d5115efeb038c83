#pragma once
// Everything in the storage layer that only SQLite understands, in one place: the statements a
// second backend (PostgreSQL) has to say in its own words. The rest of the SQL of storage is
// standard (ON CONFLICT … DO UPDATE / DO NOTHING, RETURNING), understood by both.

#include <QString>
#include <QStringList>

namespace sbr::storage::sqlite {

/// Connection settings applied to every connection.
inline QStringList connectionPragmas()
{
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA cache_size = -32768"),
            QStringLiteral("PRAGMA temp_store = MEMORY")};
}
inline QString foreignKeysOn()
{
    return QStringLiteral("PRAGMA foreign_keys = ON");
}
inline QString cacheSize(int pages)
{
    return QStringLiteral("PRAGMA cache_size = %1").arg(pages);
}
inline QString quickCheck()
{
    return QStringLiteral("PRAGMA quick_check(1)");
}
inline QString integrityCheck()
{
    return QStringLiteral("PRAGMA integrity_check");
}
inline QString schemaVersion()
{
    return QStringLiteral("PRAGMA user_version");
}
inline QString setSchemaVersion(int version)
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}
inline QString setApplicationId(quint32 id)
{
    return QStringLiteral("PRAGMA application_id = %1").arg(id);
}
/// Changes when another connection committed (PRAGMA data_version).
inline QString dataVersion()
{
    return QStringLiteral("PRAGMA data_version");
}
/// A write transaction that takes the write lock at once.
inline QString beginWrite()
{
    return QStringLiteral("BEGIN IMMEDIATE");
}
/// A consistent, compact copy of the live database into the file bound as the parameter.
inline QString copyInto()
{
    return QStringLiteral("VACUUM INTO ?");
}
/// How long a statement waits for another connection's lock before it fails as busy.
inline QString busyTimeout(int ms)
{
    return QStringLiteral("PRAGMA busy_timeout = %1").arg(ms);
}
/// Qt's driver name and its connection options (busy timeout in ms, read-only).
inline QString driver()
{
    return QStringLiteral("QSQLITE");
}
inline QString connectOptions(bool readOnly)
{
    return readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
}

} // namespace sbr::storage::sqlite
