#pragma once
// Use-case "export scores": the tables of io/ScoreTables written as an XLSX workbook (one sheet
// per level) or as CSV (one level), replacing an existing file only when the export succeeds.
// The workbench and sbradar-cli export call this one function.

#include "io/ScoreTables.h"
#include "scoring/Scoring.h"

#include <QString>

namespace sbr::session {

struct ScoreExportRequest {
    enum class Format { Xlsx, Csv };
    Format format = Format::Xlsx;
    QString level = QStringLiteral("company"); ///< with Csv: "company", "departments" or "items"
    QString lang = QStringLiteral("de");       ///< language of the item texts
    QString path;                              ///< the file to write
};

struct ScoreExportResult {
    bool ok = false;
    QString error;        ///< in words for the user when !ok
    QList<int> rowCounts; ///< rows written per table (Xlsx: company, departments, items; Csv: one)
};

/// Writes `report` (already filtered to what the file should hold) as `request` says.
ScoreExportResult exportScores(const ScoreReport &report, const Questionnaire &questionnaire,
                               const ScoreExportRequest &request);

} // namespace sbr::session
