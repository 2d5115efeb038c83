// Use-cases of workshop sessions while they run (formats.md *Workshop sessions*): every
// acknowledged vote written at once, the unfinished sessions for recovery, and ending a session
// as one transaction that waits for a busy workspace.

#include "WorkspaceSession.h"

#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QThread>

namespace sbr::session {

namespace {

/// The connection's usual wait for another writer's lock (as opened by storage).
constexpr int kDefaultBusyMs = 3000;
/// One try of ending a session waits this long, so that progress is reported twice a second.
constexpr int kFinishTryMs = 500;

} // namespace

qint64 WorkspaceSession::beginWorkshop(const WorkshopRecord &record, WorkspaceError *error)
{
    if (!writable(error))
        return -1;
    return m_workspace->beginWorkshop(record, error);
}

bool WorkspaceSession::setWorkshopOwner(qint64 session, const QString &host, qint64 pid, const QString &token,
                                        quint16 port, WorkspaceError *error)
{
    return writable(error) && m_workspace->setWorkshopOwner(session, host, pid, token, port, error);
}

bool WorkspaceSession::recordWorkshopVotes(qint64 session, const QList<WorkshopVote> &votes, WorkspaceError *error,
                                           int waitMs)
{
    if (!writable(error))
        return false;
    m_workspace->setBusyTimeout(waitMs);
    const bool ok = m_workspace->recordWorkshopVotes(session, votes, error);
    m_workspace->setBusyTimeout(kDefaultBusyMs);
    return ok;
}

bool WorkspaceSession::workshopSessions(QList<WorkshopRecord> *out, WorkspaceError *error) const
{
    return m_workspace->workshopSessions(out, error);
}

bool WorkspaceSession::workshopVotes(qint64 session, WorkshopVotes *out, WorkspaceError *error) const
{
    return m_workspace->workshopVotes(session, out, error);
}

bool WorkspaceSession::finishWorkshop(qint64 session, const io::AnswerBatch &batch, WriteRecord *record,
                                      WorkspaceError *error, int patienceMs,
                                      const std::function<bool(int, int)> &waiting)
{
    if (!writable(error))
        return false;
    QElapsedTimer clock;
    clock.start();
    const auto removeSession = [&](WorkspaceError *e) { return m_workspace->deleteWorkshop(session, e); };
    for (;;) {
        const qint64 tryStarted = clock.elapsed();
        m_workspace->setBusyTimeout(kFinishTryMs);
        const bool ok = batch.respondents.isEmpty() ? m_workspace->deleteWorkshop(session, error)
                                                    : writeAnswersWith(batch, record, error, {}, removeSession);
        m_workspace->setBusyTimeout(kDefaultBusyMs);
        if (ok)
            return true;
        if (error->kind != WorkspaceError::Kind::Locked || clock.elapsed() >= patienceMs)
            return false;
        if (waiting && !waiting(int(clock.elapsed()), patienceMs))
            return false;
        // SQLite gives up at once when waiting could deadlock: do not spin then.
        if (clock.elapsed() - tryStarted < 100)
            QThread::msleep(100);
    }
}

bool WorkspaceSession::setWorkshopFirstRounds(qint64 session, const QHash<int, QList<int>> &firstRounds,
                                              WorkspaceError *error)
{
    return writable(error) && m_workspace->setWorkshopFirstRounds(session, firstRounds, error);
}

bool WorkspaceSession::discardWorkshop(qint64 session, WorkspaceError *error)
{
    return writable(error) && m_workspace->deleteWorkshop(session, error);
}

} // namespace sbr::session
