#pragma once
// Keeping a score report current after one assessment changed, without rescoring the workspace:
// the assessment, its company round (and the next round's deltas) and the benchmark values
// that depend on that round. The result equals scoreWorkspace() of the changed data.

#include "scoring/Scoring.h"

#include <QList>

#include <optional>

namespace sbr {

/// What an incremental update recomputed, by the workspace's ids.
struct ScoreUpdate {
    qint64 company = 0;            ///< the company of the edited assessment
    QList<qint64> rounds;          ///< its rounds whose company values or deltas changed
    QList<qint64> assessments;     ///< department results that changed (the edited one, deltas of the next)
    QList<qint64> benchmarkRounds; ///< rounds (of any company) whose benchmark was recomputed
};

/// scoring.md, incrementally. `report` must be scoreWorkspace(data, options) of the data before
/// the tallies of assessment `assessmentKey` changed in `data`; afterwards it equals
/// scoreWorkspace(data, options). Returns what was recomputed, or std::nullopt when the report
/// does not know the assessment (a new one: the caller rescores everything).
std::optional<ScoreUpdate> rescoreAssessment(ScoreReport &report, const WorkspaceData &data, qint64 assessmentKey,
                                             const ScoringOptions &options = {});

} // namespace sbr
