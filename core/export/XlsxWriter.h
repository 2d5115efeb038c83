#pragma once
// Writes score tables (io/ScoreTables.h) as a real Excel workbook through libxlsxwriter: one
// worksheet per table, numbers as number cells, dates as date cells, text as (UTF-8) strings.
// libxlsxwriter stores a number with 16 significant digits (a relative error below 1e-15).
// Kept out of sbradar_core so that only the targets that export link the C library.

#include "io/ScoreTables.h"

#include <QList>
#include <QString>

namespace sbr::exporting {

/// Writes `tables` to the XLSX file `path`, one worksheet per table, named after it. The header
/// row (the table's labels when it has them, else its ids) is bold, frozen and carries an
/// autofilter; NULL cells stay empty; numbers keep full precision and are shown in the column's
/// number format when the table gives one. The workbook is written
/// to a temporary file beside `path` and renamed at the end, so a failure never leaves a partial
/// file (an existing file at `path` is replaced only on success). On failure returns false and
/// sets *error (when given) to a message for the user.
bool writeXlsx(const QList<io::Table> &tables, const QString &path, QString *error);

namespace detail {
/// Creates an empty file with a fresh name beside `target`, so that it is on the same file
/// system (for the rename) and libxlsxwriter never fails to create it. Empty (with *problem set)
/// on failure.
QString reserveTemporaryFile(const QString &target, QString *problem);
} // namespace detail

} // namespace sbr::exporting
