#pragma once
// Use-case "export scores": the anonymous tables of io/ClientTables (scoring.md *Anonymity*: the
// numbers of `score --json --anonymous`) written as an XLSX workbook (a sheet explaining the
// columns and the anonymity rule, then one sheet per level, headings in the file's language) or
// as CSV (one level, column ids), replacing an existing file only when the export succeeds. The
// workbench and sbradar-cli export call this one function.

#include "io/ClientTables.h"
#include "scoring/Anonymity.h"

#include <QString>

namespace sbr::session {

class WorkspaceSession;

struct ScoreExportRequest {
    enum class Format { Xlsx, Csv };
    Format format = Format::Xlsx;
    QString level = QStringLiteral("company"); ///< with Csv: "company", "departments" or "items"
    QString lang = QStringLiteral("de");       ///< language of headings, notes and item texts
    QString path;                              ///< the file to write
    /// With Xlsx: when set, a last sheet "plan" holds the action plans of the exported companies
    /// (formats.md *Action plan*; the effect from the anonymous view, worded as what changed).
    const WorkspaceSession *plans = nullptr;
};

struct ScoreExportResult {
    bool ok = false;
    QString error;        ///< in words for the user when !ok
    QList<int> rowCounts; ///< rows written per table (Xlsx: company, departments, items; Csv: one)
};

/// The "plan" sheet: company, id, measure, title, statements, owner, due, horizon, status,
/// done_on, note, from_round, to_round, mean_change; one row per plan measure of the companies in
/// `report`, horizon and status in `lang` (their ids in the header).
io::Table planTable(const AnonymousReport &report, const WorkspaceSession &plans, const QString &lang);

/// Writes `report` (anonymised over the whole workspace, then filtered to what the file should
/// hold: a client's file holds that client only) as `request` says.
ScoreExportResult exportScores(const AnonymousReport &report, const Questionnaire &questionnaire,
                               const ScoreExportRequest &request);

} // namespace sbr::session
