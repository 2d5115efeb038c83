#pragma once
// What people may see of a score report: scoring.md *Anonymity* (rules 1-7) applied once, here,
// so that `score --json --anonymous`, the dashboard, the presentation, the PDF report and the
// score exports show the same numbers and none of them lets a reader compute a department with
// fewer than k respondents back.
//
// Input: a ScoreReport of scoreWorkspace() for the whole workspace (not filtered: a department's
// delta depends on the previous round, the company's on the previous round's company values),
// the questionnaire it was scored with (the dimension weights of the pool's index) and k.
// Output: an AnonymousReport, a copy in which every value people must not see is empty. The
// input is not changed. Scores are score points (0..100), as in ScoreReport; deltas are
// differences of score points; respondents and n are counts of people.

#include "scoring/Scoring.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace sbr {

/// scoring.md *Anonymity*: the range of the minimum group size k.
constexpr int kMinGroupLowest = 3;
constexpr int kMinGroupHighest = 50;
/// The default k: the usual minimum group size of employee surveys in Germany.
constexpr int kMinGroupDefault = 5;

/// One item of a department as people may see it.
struct AnonymousItem {
    /// True when the values must not be shown: the department is hidden ("too few respondents")
    /// or fewer than k people answered the item ("too few answers", rule 7; n = 0 means none).
    bool hidden = false;
    std::optional<qint64> n; ///< kept for a visible department even when the values are hidden
    OptDouble mean;
    OptDouble sd;
    OptDouble score;
    bool disagreement = false; ///< always false when hidden: the flag is not shown (rule 7)
};

struct AnonymousDimension {
    OptDouble score;    ///< score points; NULL also for "insufficient data"
    OptDouble coverage; ///< 0..1; empty only for a hidden department
    OptDouble delta;    ///< empty unless the department is visible in this and the previous round
};

/// One department in one round.
struct AnonymousDepartment {
    QString name;
    qint64 key = 0;           ///< the assessment's id, as in DepartmentResult
    qint64 departmentKey = 0; ///< the department's id
    /// In the pool: shown as "too few respondents", every number of it is empty (rule 3).
    bool hidden = false;
    /// Hidden although it has k or more respondents: complementary suppression (rule 2), hidden to
    /// protect another department. Shown as "hidden to protect another department", not as "too
    /// few respondents" (which would be wrong). Always false when `hidden` is false.
    bool protectsAnother = false;
    std::optional<int> respondents;
    OptDouble index;
    std::optional<int> stage;
    OptDouble delta; ///< index change; only when visible in both rounds (rule 6)
    std::vector<AnonymousDimension> dimensions;
    std::vector<AnonymousItem> items;
};

/// The hidden departments of a round together, "other departments" (rule 4).
struct AnonymousPool {
    QStringList departments; ///< names, by code point order
    /// False when the pool holds fewer than two departments or fewer than k respondents: then its
    /// numbers are empty and so are the company-level values of the round.
    bool shown = false;
    std::optional<int> respondents; ///< the sum over its departments
    OptDouble index;
    std::optional<int> stage;
    std::vector<OptDouble> dimensions; ///< per dimension: mean of its departments' non-NULL scores
    /// Per item (flat order): the answers of its departments together; empty unless shown. Lets a
    /// report give the company's answer count per statement without one hidden department's n.
    std::vector<qint64> itemAnswers;
};

struct AnonymousRound {
    QString label;
    qint64 key = 0;
    QDate date;
    std::vector<AnonymousDepartment> departments; ///< by name, hidden ones included
    std::optional<AnonymousPool> pool;            ///< empty when no department is hidden
    /// True when the company-level values, the company's own benchmark percentiles and the
    /// recommendations are withheld (the whole company has fewer than k respondents).
    bool companyHidden = false;
    /// Scores, index, stage and item scores as in the report; spread over the visible
    /// departments and the pool (rule 5); deltas empty when this or the previous round's
    /// company values are hidden.
    CompanyLevelResult company;
    BenchmarkResult benchmark;                   ///< percentiles empty when companyHidden
    std::vector<Recommendation> recommendations; ///< empty when companyHidden

    /// The department of this name, nullptr when it has no assessment in this round.
    const AnonymousDepartment *department(const QString &name) const;
    /// True when the department is in the pool; false also when it has no assessment here.
    bool isHidden(const QString &department) const;
    /// True when the department is hidden to protect another one (rule 2), not for its own size.
    bool protectsAnother(const QString &department) const;
};

struct AnonymousCompany {
    QString name;
    qint64 key = 0;
    double target = 75.0;
    std::vector<AnonymousRound> rounds; ///< by date
};

struct AnonymousReport {
    int minGroup = 5; ///< the k that was applied
    QString questionnaireId;
    int questionnaireVersion = 1;
    std::vector<AnonymousCompany> companies;
};

/// The hidden set H of one company round (rules 1 and 2): the indexes into `departments` of
/// those with fewer than k respondents, plus, while H holds fewer than two departments or fewer
/// than k respondents, the smallest remaining department (ties: the name first in code point
/// order). Empty when every department has at least k respondents.
std::vector<size_t> hiddenDepartments(const std::vector<DepartmentResult> &departments, int k);

/// scoring.md *Anonymity* applied to a whole report. k is clamped to 3..50, so that a damaged
/// setting never shows more than the lowest allowed threshold would.
AnonymousReport anonymize(const ScoreReport &report, const Questionnaire &questionnaire, int k);
/// anonymize() of one company: companies are anonymised independently of each other, so a
/// change within one company needs only its own part made again (k clamped the same way).
AnonymousCompany anonymizeCompany(const CompanyResult &company, const Questionnaire &questionnaire, int k);

/// The anonymous report in the shape of a ScoreReport, for the outputs drawn from ScoreReport
/// values (charts, the PDF report, score exports), so that no number of a hidden department can
/// reach them: every withheld value is empty; a hidden department keeps its name and keys, with 0
/// respondents and coverage 0 (ask AnonymousRound::isHidden before printing those); an item with
/// fewer than k answers keeps its n and has no mean, sd, score or disagreement flag. Company
/// values, spreads and deltas are those of the anonymous report.
ScoreReport shownScores(const AnonymousReport &report);
/// Sets the benchmark of an anonymised round from its scored round (the peer values come from
/// other companies and change with their answers): the round's own, without the percentiles
/// when the whole company is hidden.
void refreshBenchmark(AnonymousRound &round, const RoundResult &scored);

/// shownScores() of one company.
CompanyResult shownCompany(const AnonymousCompany &company);

} // namespace sbr
