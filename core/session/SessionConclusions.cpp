// Use-case "write the conclusions": the manager's own text per company and round.

#include "WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace sbr::session {

bool WorkspaceSession::setConclusions(qint64 round, const QString &text, WorkspaceError *error)
{
    if (!writable(error))
        return false;
    if (companyOfRound(round) == 0) {
        *error = {WorkspaceError::Kind::NotFound,
                  QCoreApplication::translate("sbr::session::WorkspaceSession", "The round no longer exists.")};
        return false;
    }
    QString clean = text;
    clean.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    clean = clean.trimmed();
    if (clean.size() > kConclusionsMaxLength) {
        *error = {WorkspaceError::Kind::Invalid,
                  QCoreApplication::translate("sbr::session::WorkspaceSession",
                                              "The conclusions have %1 characters; at most %2 fit on the summary "
                                              "page. Please shorten them.")
                      .arg(clean.size())
                      .arg(kConclusionsMaxLength)};
        return false;
    }
    if (!m_workspace->setConclusions(round, clean, error))
        return false;
    emit conclusionsChanged(round);
    return true;
}

bool WorkspaceSession::conclusions(qint64 round, QString *out, WorkspaceError *error) const
{
    return m_workspace->conclusions(round, out, error);
}

} // namespace sbr::session
