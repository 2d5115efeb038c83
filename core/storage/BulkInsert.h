#pragma once
// Fast insertion and reading of many answer rows. SQLite's C API is used directly on the connection Qt
// opened (same library, same handle) because the generic QSqlQuery path costs ~3 µs a row in
// QVariant conversions; a million answers would take seconds longer. Other drivers get the
// portable QSqlQuery path. This, Schema.cpp and SqliteDialect.h are the only places that know
// the dialect.

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <QtGlobal>

#include <functional>
#include <vector>

namespace sbr::storage {

struct AnswerRow {
    qint64 assessment, respondent, item;
    int level;
    bool applicable;
};

/// Inserts the rows (in the caller's transaction). Returns false and sets *error on failure;
/// false with no error when `progress` (share done, 0..1) returned false to cancel.
bool insertAnswers(const QSqlDatabase &db, const std::vector<AnswerRow> &rows, QSqlError *error,
                   const std::function<bool(double)> &progress = {});

/// Reads every answer with a level, in primary-key order (assessment, respondent, item), and
/// calls `row` with each; answers without a level (not applicable) are skipped. The native path
/// reads a million rows in a fraction of what QSqlQuery needs. Returns the rows read, or -1 with
/// *error on failure.
qint64 scanLevels(const QSqlDatabase &db, const std::function<void(qint64, qint64, qint64, int)> &row,
                  QSqlError *error);

/// scanLevels() in two halves read at the same time: rows of assessments below `split` go to
/// `below` (read on `db`), the others to `from` (read in another thread on a read-only
/// connection of its own to the file at `path`). Each callback is called from one thread only;
/// they must not share state. Returns the rows read, or -1 with *error.
qint64 scanLevelsSplit(const QSqlDatabase &db, const QString &path, qint64 split,
                       const std::function<void(qint64, qint64, qint64, int)> &below,
                       const std::function<void(qint64, qint64, qint64, int)> &from, QSqlError *error);

/// SQLite's PRAGMA quick_check of the file at `path` on a read-only connection of its own
/// ("ok" when healthy, else SQLite's report or error). Safe to run in another thread.
QString quickCheckFile(const QString &path);

} // namespace sbr::storage
