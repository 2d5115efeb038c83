#include "VoteWriter.h"

#include "session/WorkspaceSession.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace sbr::workshop {

namespace {
/// How long a batch may wait for another program's lock before the phones are asked to retry.
constexpr int kVoteWaitMs = 250;
} // namespace

std::unique_ptr<VoteWriter> VoteWriter::start(const QString &path, qint64 sessionId, QString *error)
{
    std::unique_ptr<VoteWriter> writer(new VoteWriter);
    writer->m_sessionId = sessionId;
    writer->m_worker = new QObject;
    writer->m_worker->moveToThread(&writer->m_thread);
    QObject::connect(&writer->m_thread, &QThread::finished, writer->m_worker, &QObject::deleteLater);
    writer->m_thread.setObjectName(QStringLiteral("workshop votes"));
    writer->m_thread.start();
    WorkspaceError opened;
    VoteWriter *w = writer.get();
    // The connection belongs to the thread that uses it: open it there.
    QMetaObject::invokeMethod(
        w->m_worker,
        [w, path, &opened] { w->m_session = session::WorkspaceSession::openForBulkWrite(path, &opened).release(); },
        Qt::BlockingQueuedConnection);
    if (!w->m_session) {
        if (error)
            *error = opened.message;
        return nullptr; // the destructor ends the thread
    }
    return writer;
}

VoteWriter::~VoteWriter()
{
    if (m_thread.isRunning()) {
        if (m_session)
            QMetaObject::invokeMethod(
                m_worker, [this] { delete m_session; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void VoteWriter::write(const QList<WorkshopVote> &votes, std::function<void(bool stored)> done)
{
    QMetaObject::invokeMethod(m_worker, [this, votes, done = std::move(done)] {
        WorkspaceError error;
        const bool stored = m_session->recordWorkshopVotes(m_sessionId, votes, &error, kVoteWaitMs);
        // The answer goes to the application's thread (the server's), even when this writer is
        // being closed: what was committed still counts.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [done, stored] { done(stored); }, Qt::QueuedConnection);
    });
}

} // namespace sbr::workshop
