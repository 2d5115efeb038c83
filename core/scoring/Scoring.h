#pragma once
// The scoring engine: every number of ../shared/spec/scoring.md as pure functions over value
// types. No database, no settings, no widgets: what goes in is all it knows.

#include "domain/Workspace.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sbr {

using OptDouble = std::optional<double>;

/// scoring.md *Tolerance*: every comparison of a computed value with a threshold or with another
/// computed value allows this much, so that floating-point noise never decides a stage or an order.
constexpr double kTolerance = 1e-9;

struct ItemResult {
    qint64 n = 0;
    OptDouble mean;
    OptDouble sd;
    OptDouble score;
    bool disagreement = false; ///< sd >= 1 level with n >= 3: worth discussing
};

/// scoring.md *Consensus*: answers disagree when sd >= 1.0 level (within the tolerance) with n >= 3.
/// The one rule for the grid, the report and the workshop's live votes.
bool disagrees(qint64 n, OptDouble sd);

struct DimensionResult {
    OptDouble score; ///< NULL when coverage < 0.5
    double coverage = 0.0;
    OptDouble delta; ///< against the previous round of the company
};

/// One department in one round.
struct DepartmentResult {
    QString name;
    qint64 key = 0;           ///< the assessment's id in the workspace (0 for literal inputs)
    qint64 departmentKey = 0; ///< the department's id
    int respondents = 0;
    OptDouble index;
    std::optional<int> stage;
    OptDouble delta; ///< index change against the previous round
    std::vector<DimensionResult> dimensions;
    std::vector<ItemResult> items;
};

struct CompanyDimensionResult {
    OptDouble score;
    OptDouble spread; ///< max - min of department scores; NULL with fewer than two
    OptDouble delta;
};

struct CompanyLevelResult {
    OptDouble index;
    std::optional<int> stage;
    OptDouble delta;
    std::vector<CompanyDimensionResult> dimensions;
    std::vector<OptDouble> itemScores;
};

struct BandResult {
    OptDouble percentile;
    OptDouble mean;
    OptDouble sd;
};

struct BenchmarkResult {
    int peers = 0;
    BandResult index;
    std::vector<BandResult> dimensions;
};

struct Recommendation {
    int item = -1; ///< flat item index
    QString itemId;
    double gap = 0.0;
    double gain = 0.0; ///< index points gained if this item alone reached the target
    QStringList measures;
};

struct RoundResult {
    QString label;
    qint64 key = 0; ///< the round's id in the workspace
    QDate date;
    std::vector<DepartmentResult> departments; ///< sorted by name
    CompanyLevelResult company;
    BenchmarkResult benchmark;
    std::vector<Recommendation> recommendations;
};

struct CompanyResult {
    QString name;
    qint64 key = 0; ///< the company's id in the workspace
    double target = 75.0;
    std::vector<RoundResult> rounds; ///< sorted by date
    bool inPool = true;              ///< a peer in the other companies' benchmarks (CompanyData::inPool)
};

struct ScoreReport {
    QString questionnaireId;
    int questionnaireVersion = 1;
    std::vector<CompanyResult> companies; ///< sorted by name
};

struct ScoringOptions {
    std::optional<double> targetOverride; ///< replaces every company's target
};

/// Order of names and ids in every listing: by Unicode code point, the same on every platform
/// and in every language (not UTF-16 units, which put some characters after emoji).
bool codePointLess(const QString &a, const QString &b);

// --- The rules, one function each -------------------------------------------------------------

ItemResult scoreItem(const ItemTally &t, const Scale &scale);
/// Dimension score and coverage from the item results of one assessment.
DimensionResult scoreDimension(const Dimension &d, const std::vector<ItemResult> &items, int firstItem);
/// Weighted index over dimension scores; NULL unless every score is non-NULL.
OptDouble readinessIndex(const QList<Dimension> &dims, const std::vector<OptDouble> &scores);
std::optional<int> stageOf(OptDouble index);
/// Stage name in "de"; any other language gives English (context "sbr::stage" of the .ts files).
QString stageName(int stage, const QString &lang);
OptDouble meanOf(const std::vector<OptDouble> &values);
OptDouble spreadOf(const std::vector<OptDouble> &values);
OptDouble deltaOf(OptDouble current, OptDouble previous);
/// Percentile of x among the non-NULL peer values and the peer band (mean, population sd).
BandResult benchmarkBand(OptDouble x, const std::vector<OptDouble> &peerValues);
std::vector<Recommendation> recommend(const Questionnaire &q, const std::vector<OptDouble> &companyItemScores,
                                      double target);

// --- The building blocks of scoreWorkspace, for incremental updates (ScoreUpdate.h) -----------

/// One department in one round: item, dimension, index and stage (deltas are left empty).
DepartmentResult scoreAssessment(const Questionnaire &q, const QString &name, const AssessmentData &a);
/// The company level of one round from its department results (deltas are left empty).
CompanyLevelResult scoreCompanyLevel(const Questionnaire &q, const std::vector<DepartmentResult> &departments);
/// Deltas of round `r` of the company (company level and departments) against round r - 1.
void fillDeltas(CompanyResult &company, size_t r);
/// The benchmark of one round of one company against the other companies of the report that are
/// in the benchmark pool.
void fillBenchmark(ScoreReport &report, size_t company, size_t round, int dimensionCount);

/// Everything for a whole workspace.
ScoreReport scoreWorkspace(const WorkspaceData &ws, const ScoringOptions &options = {});

} // namespace sbr
