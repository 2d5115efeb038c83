#include "MappingProfiles.h"

#include "domain/Names.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace sbr::session {

bool keptMappingProfiles(const WorkspaceSession &session, QList<StoredMappingProfile> *out, WorkspaceError *error)
{
    out->clear();
    QList<storage::StoredMapping> stored;
    if (!storage::readMappingProfiles(session.path(), &stored, error))
        return false;
    for (const auto &s : stored) {
        const io::MappingParse parsed = io::readMappingProfile(s.json, session.questionnaire());
        if (parsed.profile)
            out->append({s.name, *parsed.profile, s.saved});
    }
    return true;
}

bool keepMappingProfile(const WorkspaceSession &session, const QString &name, const io::MappingProfile &profile,
                        WorkspaceError *error)
{
    const QString normal = normalizeName(name);
    if (normal.isEmpty()) {
        *error = {WorkspaceError::Kind::Invalid,
                  QCoreApplication::translate("sbr::session::WorkspaceSession", "The mapping needs a name.")};
        return false;
    }
    if (session.isReadOnly()) {
        *error = {
            WorkspaceError::Kind::ReadOnly,
            QCoreApplication::translate("sbr::session::WorkspaceSession", "The workspace is open for reading only.")};
        return false;
    }
    return storage::writeMappingProfile(session.path(), normal, io::writeMappingProfile(profile), error);
}

std::optional<StoredMappingProfile> keptMappingProfileFor(const WorkspaceSession &session, const QStringList &header)
{
    QList<StoredMappingProfile> all;
    WorkspaceError error;
    if (!keptMappingProfiles(session, &all, &error))
        return std::nullopt;
    for (const StoredMappingProfile &p : all)
        if (std::all_of(header.begin(), header.end(),
                        [&](const QString &h) { return normalizeName(h).isEmpty() || !p.profile.target(h).isEmpty(); }))
            return p;
    return std::nullopt;
}

} // namespace sbr::session
