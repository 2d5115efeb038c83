#pragma once
// The `score --json` document of formats.md (also with `--anonymous`), and the filter that
// selects companies/rounds for output without touching any number.

#include "scoring/Anonymity.h"
#include "scoring/Scoring.h"

#include <QByteArray>
#include <QIODevice>

namespace sbr::io {

struct ScoreFilter {
    QString company; ///< empty: all
    QString round;   ///< empty: all
};

/// Keeps only the selected companies and rounds (with a round but no company: only the companies
/// that have that round). Numbers are computed before filtering, so a
/// benchmark still uses every company of the workspace.
ScoreReport filterReport(const ScoreReport &report, const ScoreFilter &filter);
/// The same for the anonymous view; anonymize the whole report first (deltas look at the
/// previous round, which a filter may drop).
AnonymousReport filterReport(const AnonymousReport &report, const ScoreFilter &filter);

/// Writes the report as JSON (plain numbers at full double precision, null for NULL).
void writeScoreJson(const ScoreReport &report, const Questionnaire &q, QIODevice &out);
/// formats.md *With `--anonymous`*: the same document with "hidden" per department, "pool" per
/// round, null for every withheld value and a top-level "min_group".
void writeScoreJson(const AnonymousReport &report, const Questionnaire &q, QIODevice &out);

/// Shortest text that reads back as exactly the same double ("57.5", "0.1", "1e-07").
QByteArray formatDouble(double value);

} // namespace sbr::io
