#pragma once
// Scores as flat tables for spreadsheets: one table per level (company, departments, items),
// one row per company round / department round / item of a department round, with stable
// English column ids such as `strategy.score`. The CSV writer is here; the XLSX writer lives in
// core/export (it needs libxlsxwriter). Both get the same tables, so they hold the same numbers.

#include "scoring/Scoring.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sbr::io {

/// One sheet of data. A cell is one of: an invalid QVariant (NULL, an empty cell), a double
/// (every number, counts and stages included), a bool, a QDate, or a QString.
struct Table {
    QString name;       ///< "company", "departments" or "items" (the sheet's name)
    QStringList header; ///< column ids
    QList<QList<QVariant>> rows;
    /// Optional, for people (XLSX): the column headings in the file's language (empty: `header`)
    /// and per column a spreadsheet number format such as "0.0" (empty: as the value is). A format
    /// changes only what is shown; the cell keeps the full double.
    QStringList labels;
    QStringList numberFormats;
};

/// company, round, date, index, stage, delta, peers, index.percentile, then per dimension
/// `<id>.score`, `<id>.spread`, `<id>.delta`, `<id>.percentile`. One row per company round.
Table companyTable(const ScoreReport &report, const Questionnaire &q);

/// company, round, date, department, respondents, index, stage, delta, then per dimension
/// `<id>.score`, `<id>.coverage`. One row per department round.
Table departmentTable(const ScoreReport &report, const Questionnaire &q);

/// company, round, date, department, item, text, n, mean, sd, score, disagreement. One row per
/// item of each department round; `text` is the item text in `lang` ("de" or "en").
Table itemTable(const ScoreReport &report, const Questionnaire &q, const QString &lang);

/// The three tables above, in that order.
QList<Table> scoreTables(const ScoreReport &report, const Questionnaire &q, const QString &lang);

/// Names of the tables scoreTables() returns, in its order.
QStringList scoreTableNames();

/// Writes the table as CSV (RFC 4180): UTF-8 with a BOM (so spreadsheets read umlauts right),
/// `,` between fields, CRLF line ends, the header first. Numbers with '.' at full double
/// precision (formatDouble), NULL as an empty field, bools as `true`/`false`, dates as ISO
/// `YYYY-MM-DD`. Fields holding `,`, `"`, CR or LF are quoted, with `"` doubled.
void writeCsv(const Table &table, QIODevice &out);

} // namespace sbr::io
