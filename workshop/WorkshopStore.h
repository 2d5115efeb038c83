#pragma once
// Where a workshop's votes go, and keeping them (formats.md *Workshop sessions*): the session is
// written into the workspace when it starts, every vote before the phone hears "ok", and at the
// end each voter becomes an anonymous respondent of one assessment (company, round, department)
// in the same transaction that removes the session. A session that never ended (a crash, kill -9,
// an empty battery) is found again with unfinished() and stored, resumed or discarded.

#include "session/WorkspaceSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace sbr::workshop {

class WorkshopSession;
class VoteWriter;

struct WorkshopTarget {
    QString company;
    QString round;
    QDate roundDate;
    QString department;         ///< the first of `departments`
    QStringList departments;    ///< every department of the session (a mixed group: several)
    bool newDepartment = false; ///< one of them is created when the votes are stored
};

class WorkshopStore {
    Q_DECLARE_TR_FUNCTIONS(sbr::workshop::WorkshopStore)
public:
    /// The company and the round must exist; departments are created when missing (a mixed group
    /// names several; duplicates are dropped). On failure returns nothing and a message naming
    /// what is missing or mistyped.
    static std::optional<WorkshopTarget> resolve(const io::ImportContext &context, const QString &company,
                                                 const QString &round, const QStringList &departments, QString *error);

    /// Writes the session (target, items, the voting address's token and port, this process as
    /// its owner) and makes every later vote of `session` go into the workspace first (a vote the
    /// workspace cannot take within 250 ms is refused, and the page tries again). Returns the
    /// session's id, or -1 with *error (e.g. a workspace opened for reading only).
    static qint64 begin(session::WorkspaceSession &workspace, WorkshopSession &session, const WorkshopTarget &target,
                        const QString &token, quint16 port, WorkspaceError *error);
    /// Makes the votes of `session` go into the stored session `id` (begin() does this; a resumed
    /// session calls it after restoring the votes) and records this process as its owner.
    static bool attach(session::WorkspaceSession &workspace, WorkshopSession &session, qint64 id, const QString &token,
                       quint16 port, WorkspaceError *error);

    /// Lets the votes of `session` go into the stored session `id` from a thread of its own, on a
    /// second connection (VoteWriter): the server keeps answering while the disk writes, and
    /// votes wait for the disk together. Keep the writer until the server stopped; destroy it,
    /// then run QCoreApplication::sendPostedEvents() before store(). nullptr with *error when
    /// the workspace cannot be opened a second time (the votes then go through begin()'s journal).
    static std::unique_ptr<VoteWriter> writeInBackground(session::WorkspaceSession &workspace, WorkshopSession &session,
                                                         qint64 id, QString *error);

    struct Summary {
        int respondents = 0;
        int answers = 0;
    };
    /// Called while a busy workspace is waited for: milliseconds waited, the most it will wait;
    /// returning false gives up.
    using Waiting = std::function<bool(int waitedMs, int patienceMs)>;
    /// Ends the stored session `id`: the votes of `session` become respondents "Workshop N"
    /// (numbers chosen inside the transaction) and the session is removed, all in one
    /// transaction, waiting up to `patienceMs` for a busy workspace. Nobody voted: the session is
    /// only removed. On failure nothing changes and the session stays for recovery.
    /// `record`, when given, receives what was written, so that the workbench can undo it.
    static bool store(session::WorkspaceSession &workspace, const WorkshopSession &session,
                      const WorkshopTarget &target, qint64 id, WorkspaceError *error, Summary *summary = nullptr,
                      session::WorkspaceSession::WriteRecord *record = nullptr, int patienceMs = 60000,
                      const Waiting &waiting = {});

    // --- Recovery --------------------------------------------------------------------------------
    /// Sessions that never ended, oldest first.
    static bool unfinished(const session::WorkspaceSession &workspace, QList<WorkshopRecord> *out,
                           WorkspaceError *error);
    /// True when the session's owner is a process that still runs on this computer (then it is
    /// not offered for recovery: it is live).
    static bool isRunningElsewhere(const WorkshopRecord &record);
    /// The session as it was: its items and every stored vote (for storing or resuming it).
    static std::unique_ptr<WorkshopSession> load(const session::WorkspaceSession &workspace,
                                                 const WorkshopRecord &record, WorkspaceError *error);
    /// Where its votes go, checked against the workspace as it is now; nothing with *error when
    /// the company or the round is gone.
    static std::optional<WorkshopTarget> targetOf(const session::WorkspaceSession &workspace,
                                                  const WorkshopRecord &record, QString *error);
    /// load() + store(): the recovered votes become respondents and the session is removed.
    static bool recover(session::WorkspaceSession &workspace, const WorkshopRecord &record, WorkspaceError *error,
                        Summary *summary = nullptr, session::WorkspaceSession::WriteRecord *written = nullptr,
                        int patienceMs = 60000, const Waiting &waiting = {});
};

} // namespace sbr::workshop
