#pragma once
// Plain data of a workspace as the scoring engine sees it: companies with their rounds and
// departments, and per assessment the tallies of the answers to each item. Storage builds this
// in one scan; tests build it from literals.

#include "domain/Questionnaire.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace sbr {

/// Sufficient statistics of the non-NULL answers to one item in one assessment.
/// Integer sums keep mean and standard deviation exact up to the final division.
struct ItemTally {
    qint64 n = 0;
    qint64 sum = 0;
    qint64 sumSquares = 0;

    void add(int level)
    {
        ++n;
        sum += level;
        sumSquares += qint64(level) * level;
    }
    bool operator==(const ItemTally &) const = default;
};

struct Round {
    QString label;
    QDate date;
    qint64 key = 0; ///< the storage layer's id, opaque to scoring
};

/// One department in one round.
struct AssessmentData {
    int round = -1;               ///< index into CompanyData::rounds
    int department = -1;          ///< index into CompanyData::departments
    int respondents = 0;          ///< distinct respondents with at least one non-NULL answer
    std::vector<ItemTally> items; ///< by flat item index of the questionnaire
    qint64 key = 0;               ///< the storage layer's id, opaque to scoring
};

struct CompanyData {
    QString name;
    double target = 75.0;
    QList<Round> rounds;     ///< any order; the engine orders them by date
    QStringList departments; ///< any order; the engine orders them by name
    std::vector<AssessmentData> assessments;
    qint64 key = 0;               ///< the storage layer's id, opaque to scoring
    QList<qint64> departmentKeys; ///< parallel to departments
    /// In the benchmark pool: its values count for the other companies' benchmarks (scoring.md
    /// *Benchmark*). A company outside the pool still gets a benchmark of its own.
    bool inPool = true;
};

struct WorkspaceData {
    Questionnaire questionnaire;
    std::vector<CompanyData> companies;
};

/// Tally of a list of answers (std::nullopt = not applicable), for tests and small inputs.
ItemTally tally(const std::vector<std::optional<int>> &levels);

} // namespace sbr
