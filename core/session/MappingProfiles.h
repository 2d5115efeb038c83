#pragma once
// Use-case "keep a survey export's mapping for the next wave" (formats.md *Survey exports with a
// mapping profile*): the import wizard stores the profile it imported with in the workspace, and
// offers it again for the next export whose columns it maps.

#include "io/MappingProfile.h"
#include "session/WorkspaceSession.h"

#include <optional>

namespace sbr::session {

struct StoredMappingProfile {
    QString name;
    io::MappingProfile profile;
    QString saved; ///< ISO date and time (UTC) of the last save
};

/// The profiles kept in the session's workspace, newest first; profiles that no longer fit its
/// questionnaire are left out. False with *error when they cannot be read.
bool keptMappingProfiles(const WorkspaceSession &session, QList<StoredMappingProfile> *out, WorkspaceError *error);

/// Keeps `profile` under `name` (normalised; replaces a profile of that name). Invalid for an
/// empty name, ReadOnly for a workspace opened for reading.
bool keepMappingProfile(WorkspaceSession &session, const QString &name, const io::MappingProfile &profile,
                        WorkspaceError *error);

/// The newest kept profile that maps every named header of `header`; nullopt when none does.
std::optional<StoredMappingProfile> keptMappingProfileFor(const WorkspaceSession &session, const QStringList &header);

} // namespace sbr::session
