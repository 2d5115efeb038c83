#pragma once
// A workshop session as the workspace keeps it while it runs (formats.md *Workshop sessions*):
// where its votes go, which items it covers, and every acknowledged vote, so that a crash loses
// nothing and the session can be stored, resumed or discarded the next time.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sbr {

/// One unfinished workshop session.
struct WorkshopRecord {
    qint64 id = 0;     ///< the workspace's id of the session (0 before it is written)
    QDateTime started; ///< UTC
    QString company;   ///< where the votes go when the session ends
    QString round;     ///< round label
    QDate roundDate;
    QString department; ///< the first (or only) department
    /// Every department of a mixed group, in the facilitator's order (formats.md *Workshop
    /// sessions*); empty or one name: a session of `department` alone.
    QStringList departments;
    QList<int> items; ///< flat item indexes of the questionnaire, in session order
    /// Statements voted on again: flat item index -> the first round's votes per level
    /// (scale.min .. scale.max), as the slides show them beside the second round.
    QHash<int, QList<int>> firstRounds;
    QString token;    ///< the voting address's secret, so that a resumed session keeps its address
    quint16 port = 0; ///< the port it listened on
    QString host;     ///< computer and process that run it (empty / 0: nobody)
    qint64 pid = 0;
    int participants = 0; ///< participants who joined (or chose a department, or voted)
    int voters = 0;       ///< participants with at least one level: the respondents it becomes
    int votes = 0;        ///< stored votes and skips
    QDateTime lastVote;   ///< UTC, invalid when there is none
};

/// One acknowledged vote of a session: participant by its ordinal, a level or a skip.
struct WorkshopVote {
    int participant = 0;
    int item = -1;            ///< flat item index
    std::optional<int> level; ///< empty: skipped
    QByteArray idHash;        ///< when writing: the participant's id hash (see WorkshopVotes)
    /// When writing: the department the participant chose in a mixed group (empty: the session's
    /// first). With item -1 only the participant and its choice are written, no vote.
    QString department;
};

/// The participants (their ids' SHA-256, hex, by ordinal) and votes of a session.
struct WorkshopVotes {
    QList<QByteArray> participantHashes; ///< index = ordinal; empty entries for gaps
    QStringList participantDepartments;  ///< index = ordinal; empty: the session's first department
    QList<WorkshopVote> votes;
};

} // namespace sbr
