#pragma once
// Scores → chart data: the one place that decides what the radar, the trend and the heatmap
// show, so the PDF report and the dashboard draw the same pictures (same series and names,
// palette colours, peer band = mean ± sd clipped to 0..100). Texts are in `lang` ("de"/"en")
// from the report's own table, with the wording the dashboard shows in that language.

#include "ChartData.h"
#include "domain/Questionnaire.h"
#include "scoring/Anonymity.h"
#include "scoring/Scoring.h"

#include <QStringList>

namespace sbr::report {

/// The company line of `round`, a dashed line for `compare` (another round of the company),
/// one line per department of the round named in `departments` (in the round's order), and
/// the peer band when `band` is set and the benchmark has one. `round` and `compare` are rounds of
/// the shown scores (shownScores, scoring.md *Anonymity*); departments that `anonymous` hides are
/// left out (nullptr: none is hidden).
charts::RadarData radarData(const Questionnaire &q, const CompanyResult &company, const RoundResult &round,
                            const QStringList &departments, const RoundResult *compare, bool band, const QString &lang,
                            const AnonymousRound *anonymous = nullptr);

/// The index and every dimension score of the company over its rounds.
charts::TrendData trendData(const Questionnaire &q, const CompanyResult &company, const QString &lang);

/// Departments × dimensions of one round of the shown scores, with the spread row. A department
/// that `anonymous` hides is a row "too few respondents" without numbers, and a shown pool adds
/// the row "Other departments (n respondents)" with the pool's scores (scoring.md *Anonymity*).
charts::HeatmapData heatmapData(const Questionnaire &q, const RoundResult &round, const QString &lang,
                                const AnonymousRound *anonymous = nullptr);

/// Dimension scores of a department or the company, in questionnaire order.
charts::Values dimensionValues(const std::vector<DimensionResult> &dimensions);
charts::Values companyValues(const CompanyLevelResult &company);

} // namespace sbr::report
