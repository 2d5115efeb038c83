#pragma once
// The `score --json` document of formats.md, and the filter that selects companies/rounds for
// output without touching any number.

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

/// Writes the report as JSON (plain numbers at full double precision, null for NULL).
void writeScoreJson(const ScoreReport &report, const Questionnaire &q, QIODevice &out);

/// Shortest text that reads back as exactly the same double ("57.5", "0.1", "1e-07").
QByteArray formatDouble(double value);

} // namespace sbr::io
