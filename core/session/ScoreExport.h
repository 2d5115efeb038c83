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

struct ScoreExportRequest {
    enum class Format { Xlsx, Csv };
    Format format = Format::Xlsx;
    QString level = QStringLiteral("company"); ///< with Csv: "company", "departments" or "items"
    QString lang = QStringLiteral("de");       ///< language of headings, notes and item texts
    QString path;                              ///< the file to write
};

struct ScoreExportResult {
    bool ok = false;
    QString error;        ///< in words for the user when !ok
    QList<int> rowCounts; ///< rows written per table (Xlsx: company, departments, items; Csv: one)
};

/// Writes `report` (anonymised over the whole workspace, then filtered to what the file should
/// hold: a client's file holds that client only) as `request` says.
ScoreExportResult exportScores(const AnonymousReport &report, const Questionnaire &questionnaire,
                               const ScoreExportRequest &request);

} // namespace sbr::session
