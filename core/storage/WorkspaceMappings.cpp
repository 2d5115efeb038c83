// Mapping profiles kept for the next wave (formats.md *Survey exports with a mapping profile*;
// schema step 6): one row per name, on the workspace's own connection, so that a team workspace
// keeps them too and every write goes through the one owner of the workspace.

#include "SqliteWorkspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace sbr::storage {

bool SqliteWorkspace::mappingProfiles(QList<StoredMapping> *out, StorageError *error) const
{
    out->clear();
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT name, profile, saved FROM mapping_profiles ORDER BY saved DESC, name"), {},
             error, QCoreApplication::translate("sbr::storage::Workspace", "Reading the mapping profiles")))
        return false;
    while (q.next() && ++m_rowsRead)
        out->append({q.value(0).toString(), q.value(1).toString().toUtf8(), q.value(2).toString()});
    return true;
}

bool SqliteWorkspace::keepMappingProfile(const QString &name, const QByteArray &json, StorageError *error)
{
    return writeOne(
               QStringLiteral("INSERT INTO mapping_profiles(name, profile, saved) VALUES (?, ?, ?) "
                              "ON CONFLICT (name) DO UPDATE SET profile = excluded.profile, saved = excluded.saved"),
               {name, QString::fromUtf8(json), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
               QCoreApplication::translate("sbr::storage::Workspace", "Saving the mapping profile"), error) >= 0;
}

} // namespace sbr::storage
