#pragma once
// Copying between workspaces (formats.md *Team workspace*, `sbradar-cli copy`): a laptop file into
// a team workspace on PostgreSQL and back, or file to file. Works through the Workspace roles
// only, so it is the same for every pair of backends.

#include "Workspace.h"

namespace sbr::storage {

/// Copies the companies of `source` (all, or only `company` when not empty) with their
/// departments, rounds, respondents, answers, comments, planned measures and targets into the
/// workspace at `destination` (a file path or a postgresql:// URI).
/// A destination that does not exist is created with the source's questionnaire and anonymity
/// threshold; an existing one must have the same questionnaire items and none of the companies.
/// All or nothing: on any failure (*error set) the destination is as it was, a new one is not
/// created. Running workshop sessions are not copied.
bool copyWorkspace(const Workspace &source, const QString &destination, const QString &company, StorageError *error);

/// The same, opening `source` (file or URI) for reading first.
bool copyWorkspace(const QString &source, const QString &destination, const QString &company, StorageError *error);

} // namespace sbr::storage
