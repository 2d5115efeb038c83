#pragma once
// The typed change events of a WorkspaceSession: what a view needs to know to update only the
// rows a change touched. The signals themselves are declared on WorkspaceSession.

#include <QList>
#include <QMetaType>
#include <QSet>

namespace sbr::session {

/// A workspace setting that can change.
enum class Setting {
    AnonymityThreshold, ///< scoring.md *Anonymity*: k
};

/// Which scores a change recomputed, by the workspace's ids.
struct ScoreChange {
    bool all = false;                ///< everything was rescored (a structure change, a reload)
    qint64 company = 0;              ///< the company whose values changed (when not `all`)
    QSet<qint64> assessments;        ///< department results that changed
    QSet<qint64> rounds;             ///< company-level values, deltas or recommendations of these rounds
    QSet<qint64> benchmarks;         ///< rounds (of any company) whose benchmark changed
    QSet<qint64> benchmarkCompanies; ///< the companies of those rounds

    static ScoreChange everything()
    {
        ScoreChange c;
        c.all = true;
        return c;
    }
    bool touchesAssessment(qint64 id) const { return all || assessments.contains(id); }
    bool touchesRound(qint64 id) const { return all || rounds.contains(id) || benchmarks.contains(id); }
    bool touchesCompany(qint64 id) const { return all || company == id || benchmarkCompanies.contains(id); }
};

} // namespace sbr::session

Q_DECLARE_METATYPE(sbr::session::ScoreChange)
Q_DECLARE_METATYPE(sbr::session::Setting)
