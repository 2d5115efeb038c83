#pragma once
// scoring.md *Recommendations for a department*: what would lift one department's index most,
// and the quick wins among it, computed from what people may see of that department
// (scoring.md *Anonymity*): a hidden department gets none, and an item whose values are hidden
// (fewer than k answers, rule 7) is left out as an item without a score would be.
//
// Scores, gaps and the target are score points (0..100); a gain is the index points the
// department would gain if that statement alone reached the target.

#include "scoring/Anonymity.h"
#include "scoring/Scoring.h"

#include <vector>

namespace sbr {

/// The recommendations whose linked measures include one of effort `low`, in the same order
/// (measures the questionnaire does not know are ignored).
std::vector<Recommendation> quickWins(const Questionnaire &q, const std::vector<Recommendation> &recommendations);

struct DepartmentRecommendations {
    enum class Status {
        Shown,           ///< `lift` and `quickWins` hold the department's recommendations
        NotAssessed,     ///< the department has no assessment in the round
        TooFew,          ///< hidden: fewer than k respondents (rule 1)
        ProtectsAnother, ///< hidden to protect another department (rule 2)
    };
    Status status = Status::NotAssessed;
    std::vector<Recommendation> lift;      ///< recommend() with the department's item scores, by gain
    std::vector<Recommendation> quickWins; ///< quickWins(lift)
};

/// The department `department` (by name) of an anonymised round, against the company's target
/// `target` (score points). Empty lists unless the status is Shown.
DepartmentRecommendations recommendForDepartment(const Questionnaire &q, const AnonymousRound &round,
                                                 const QString &department, double target);

} // namespace sbr
