#pragma once
// Writes a running workshop's votes from a thread of its own, on a connection of its own to the
// workspace (formats.md *Workshop sessions*): the server keeps answering phones while a batch of
// votes waits for the disk, and votes that arrive meanwhile form the next batch (group commit).
// The phones hear "ok" only when their batch is committed.

#include "domain/WorkshopLog.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace sbr::session {
class WorkspaceSession;
}

namespace sbr::workshop {

class VoteWriter : public QObject {
    Q_OBJECT
public:
    /// Opens `path` a second time in a new thread, for the stored session `sessionId`.
    /// nullptr with *error when the workspace cannot be opened for writing.
    static std::unique_ptr<VoteWriter> start(const QString &path, qint64 sessionId, QString *error);
    /// Waits for the batch in flight, then closes the connection and ends the thread. The last
    /// answers wait in the application's event queue (QCoreApplication::sendPostedEvents()).
    ~VoteWriter() override;

    /// Writes `votes` in one transaction (waiting at most 250 ms for a busy workspace); `done`
    /// runs afterwards in the application's main thread, with true when they are committed.
    void write(const QList<WorkshopVote> &votes, std::function<void(bool stored)> done);

private:
    VoteWriter() = default;
    QThread m_thread;
    QObject *m_worker = nullptr;                    ///< lives in m_thread
    session::WorkspaceSession *m_session = nullptr; ///< created and used in m_thread only
    qint64 m_sessionId = 0;
};

} // namespace sbr::workshop
