// Copying between a workspace file and a team workspace (formats.md *Team workspace*): the
// use-case behind `sbradar-cli copy`.

#include "WorkspaceSession.h"

#include "storage/Workspace.h"

namespace sbr::session {

bool WorkspaceSession::copy(const QString &source, const QString &destination, const QString &company,
                            WorkspaceError *error)
{
    return storage::copyWorkspace(source, destination, company, error);
}

} // namespace sbr::session
