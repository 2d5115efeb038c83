#pragma once
// Fast insertion of many answer rows. SQLite's C API is used directly on the connection Qt
// opened (same library, same handle) because the generic QSqlQuery path costs ~3 µs a row in
// QVariant conversions; a million answers would take seconds longer. Other drivers get the
// portable QSqlQuery path. This and Schema.cpp are the only places that know the dialect.

#include <QSqlDatabase>
#include <QSqlError>

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

} // namespace sbr::storage
