// Checks of the raw file header (https://www.sqlite.org/fileformat.html, "The Database Header")
// done before SQLite opens the file, so that a foreign, damaged or newer file is refused
// without SQLite creating or changing anything.

#include "Schema.h"
#include "SqliteWorkspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sbr::storage {

namespace {

quint32 bigEndian32(const uchar *p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}
} // namespace

StorageError inspectWorkspaceFile(const QString &path)
{
    using K = StorageError::Kind;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return {K::NotFound,
                QCoreApplication::translate("sbr::storage::Workspace",
                                            "There is no workspace at %1. Check the path, or create one with \"init\".")
                    .arg(name)};
    if (!info.isFile())
        return {
            K::NotAWorkspace,
            QCoreApplication::translate("sbr::storage::Workspace", "%1 is a folder, not a workspace file.").arg(name)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {K::Io, QCoreApplication::translate("sbr::storage::Workspace", "%1 cannot be read: %2")
                           .arg(name, file.errorString())};
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    if (size == 0)
        return {K::NotAWorkspace,
                QCoreApplication::translate(
                    "sbr::storage::Workspace",
                    "%1 is empty. It is not a Social Business Radar workspace; perhaps saving it was interrupted. "
                    "Open a backup copy instead.")
                    .arg(name)};
    if (header.size() < 100 && header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {K::Corrupt, QCoreApplication::translate("sbr::storage::Workspace",
                                                        "%1 is damaged: the file is shorter than its contents say "
                                                        "(truncated). Restore it from a backup copy.")
                                .arg(name)};
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {K::NotAWorkspace, QCoreApplication::translate(
                                      "sbr::storage::Workspace",
                                      "%1 is not a Social Business Radar workspace (it is not a database file at all).")
                                      .arg(name)};
    const auto *h = reinterpret_cast<const uchar *>(header.constData());
    const quint32 applicationId = bigEndian32(h + 68);
    const quint32 userVersion = bigEndian32(h + 60);
    if (applicationId != kApplicationId)
        return {K::Foreign, QCoreApplication::translate(
                                "sbr::storage::Workspace",
                                "%1 is a database of another program, not a Social Business Radar workspace. "
                                "It was left unchanged.")
                                .arg(name)};
    if (userVersion > quint32(currentSchemaVersion()))
        return {K::NewerVersion, QCoreApplication::translate(
                                     "sbr::storage::Workspace",
                                     "%1 was saved by a newer version of Social Business Radar (file format %2; this "
                                     "version reads up to %3). Please update the program to open it.")
                                     .arg(name)
                                     .arg(userVersion)
                                     .arg(currentSchemaVersion())};
    quint32 pageSize = quint32(h[16]) << 8 | h[17];
    if (pageSize == 1)
        pageSize = 65536;
    const bool sizeValid = bigEndian32(h + 24) == bigEndian32(h + 92); // "in-header database size" is trustworthy
    const quint64 pages = bigEndian32(h + 28);
    // After a crash mid-write the rollback journal beside the file holds the original pages and
    // the header may describe the unfinished state: SQLite restores the file when it opens it.
    const bool hotJournal =
        QFileInfo(path + QStringLiteral("-journal")).size() > 0 || QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const bool badPageSize = pageSize < 512 || (pageSize & (pageSize - 1)) != 0;
    if (badPageSize ||
        (!hotJournal && (size % pageSize != 0 || (sizeValid && pages > 0 && quint64(size) < pages * pageSize))))
        return {K::Corrupt,
                QCoreApplication::translate("sbr::storage::Workspace",
                                            "%1 is damaged: the file is shorter than its contents say (truncated). "
                                            "Restore it from a backup copy.")
                    .arg(name)};
    return {};
}

} // namespace sbr::storage
