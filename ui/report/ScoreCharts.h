#pragma once
// Scores → chart data: the one place that decides what the radar, the trend and the heatmap
// show, so the PDF report and the dashboard draw the same pictures (same series and names,
// palette colours, peer band = mean ± sd clipped to 0..100). Texts are in `lang` ("de"/"en")
// from the report's own table, with the wording the dashboard shows in that language.

#include "ChartData.h"
#include "domain/Questionnaire.h"
#include "scoring/Scoring.h"

#include <QStringList>

namespace sbr::report {

/// How the heatmap shows departments under the anonymity threshold.
enum class HiddenDepartments {
    Hide, ///< reports and presentation: "too few respondents" instead of numbers (hiddenRows)
    Mark, ///< the expert's dashboard: numbers shown, the name marked "(n answered)"
};

/// The company line of `round`, a dashed line for `compare` (another round of the company),
/// one line per department of the round named in `departments` (in the round's order), and
/// the peer band when `band` is set and the benchmark has one. With anonymityThreshold > 0,
/// departments with fewer respondents are left out.
charts::RadarData radarData(const Questionnaire &q, const CompanyResult &company, const RoundResult &round,
                            const QStringList &departments, const RoundResult *compare, bool band, const QString &lang,
                            int anonymityThreshold = 0);

/// The index and every dimension score of the company over its rounds.
charts::TrendData trendData(const Questionnaire &q, const CompanyResult &company, const QString &lang);

/// Departments × dimensions of one round with the spread row. Departments with fewer than
/// `anonymityThreshold` respondents are hidden (their values are not even passed on) or
/// marked, see HiddenDepartments.
charts::HeatmapData heatmapData(const Questionnaire &q, const RoundResult &round, const QString &lang,
                                int anonymityThreshold, HiddenDepartments hidden = HiddenDepartments::Hide);

/// Dimension scores of a department or the company, in questionnaire order.
charts::Values dimensionValues(const std::vector<DimensionResult> &dimensions);
charts::Values companyValues(const CompanyLevelResult &company);

} // namespace sbr::report
