#pragma once
// Storage returns the domain's error type (core/domain/WorkspaceError.h).

#include "domain/WorkspaceError.h"

namespace sbr::storage {
using StorageError = sbr::WorkspaceError;
} // namespace sbr::storage
