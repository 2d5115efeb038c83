#pragma once
// Rows of a workspace as the workbench edits them: ids from the workspace, plain values.

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace sbr {

struct CompanyRow {
    qint64 id = 0;
    QString name;
    double target = 75.0;
    bool inPool = true; ///< its numbers count in other companies' benchmarks (CompanyData::inPool)
};

/// In a team workspace (formats.md *Team workspace*): a consultant's login may read, write or
/// administer (rename, delete, take out of the benchmark pool) a company.
struct TeamGrant {
    QString login;
    QString company;
    QString role; ///< "read", "write" or "admin"
};

struct DepartmentRow {
    qint64 id = 0;
    qint64 company = 0;
    QString name;
};

struct RoundRow {
    qint64 id = 0;
    qint64 company = 0;
    QString label;
    QDate date;
};

struct RespondentRow {
    qint64 id = 0;
    qint64 assessment = 0;
    QString name;
};

/// One respondent's answer to one item; `level` empty means not applicable.
struct AnswerCell {
    qint64 respondent = 0;
    int item = -1; ///< flat item index
    std::optional<int> level;
    bool operator==(const AnswerCell &) const = default;
};

/// An answer as it is after a change: not answered at all, not applicable (answered without a
/// level), or a level.
struct AnswerState {
    qint64 respondent = 0;
    int item = -1; ///< flat item index
    bool answered = false;
    std::optional<int> level; ///< empty with `answered`: not applicable
};

/// Everything a deletion removed, table by table in the order it must be restored, so that an
/// undo puts back exactly the same rows with the same ids. Owned by whoever deleted (the undo
/// command), never by the workspace.
struct Snapshot {
    struct Table {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> tables; ///< parents before children
    bool isEmpty() const { return tables.isEmpty(); }
};

} // namespace sbr
