#pragma once
// Mapping profiles of survey exports kept in a workspace for the next wave (formats.md *Survey
// exports with a mapping profile*; schema step 6, table mapping_profiles). Each call opens a
// connection of its own on the workspace file (which the caller's session has opened and
// migrated already), runs one statement (a write in its own transaction) and closes it again.

#include "StorageError.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sbr::storage {

struct StoredMapping {
    QString name;
    QByteArray json; ///< the profile as io::writeMappingProfile wrote it
    QString saved;   ///< ISO date and time (UTC) of the last save
};

/// The profiles of the workspace at `path`, newest first; false with *error when it cannot be read.
bool readMappingProfiles(const QString &path, QList<StoredMapping> *out, StorageError *error);

/// Saves (or replaces) the profile called `name`; false with *error (Locked when another writer
/// holds the file longer than the busy timeout).
bool writeMappingProfile(const QString &path, const QString &name, const QByteArray &json, StorageError *error);

} // namespace sbr::storage
