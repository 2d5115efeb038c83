#include "MappingProfiles.h"

#include "domain/Names.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace sbr::session {

bool WorkspaceSession::keptMappings(QList<KeptMapping> *out, WorkspaceError *error) const
{
    out->clear();
    QList<storage::StoredMapping> stored;
    if (!m_workspace->mappingProfiles(&stored, error))
        return false;
    for (const storage::StoredMapping &m : std::as_const(stored))
        out->append({m.name, m.json, m.saved});
    return true;
}

bool WorkspaceSession::keepMapping(const QString &name, const QByteArray &json, WorkspaceError *error)
{
    return writable(error) && m_workspace->keepMappingProfile(name, json, error);
}

bool keptMappingProfiles(const WorkspaceSession &session, QList<StoredMappingProfile> *out, WorkspaceError *error)
{
    out->clear();
    QList<WorkspaceSession::KeptMapping> stored;
    if (!session.keptMappings(&stored, error))
        return false;
    for (const auto &s : stored) {
        const io::MappingParse parsed = io::readMappingProfile(s.json, session.questionnaire());
        if (parsed.profile)
            out->append({s.name, *parsed.profile, s.saved});
    }
    return true;
}

bool keepMappingProfile(WorkspaceSession &session, const QString &name, const io::MappingProfile &profile,
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
    return session.keepMapping(normal, io::writeMappingProfile(profile), error);
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
