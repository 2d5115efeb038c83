#pragma once
// Schema step 2 (formats.md *What spreadsheets and survey tools really write*): every company,
// department, round and respondent name is brought into its normal form (domain/Names.h), and
// what becomes equal is merged: look-alike companies into the oldest one (with their departments,
// rounds and plans), look-alike departments and rounds of a company, and so their assessments.
// Refused (the caller rolls the step back, the file stays as it was) when merging would put two
// respondents of the same name into one assessment, or two rounds of different dates (or two
// rounds on one date) into one company.

#include <QSqlDatabase>
#include <QString>

namespace sbr::storage {

/// Runs inside the migration's transaction with foreign keys deferred. Returns false with
/// *failure (a sentence for the user) when the workspace cannot be repaired automatically.
bool normalizeNames(QSqlDatabase &db, QString *failure);

} // namespace sbr::storage
