#pragma once
// The storage layer speaks in the domain's row types (core/domain/Records.h).

#include "domain/Records.h"

namespace sbr::storage {
using sbr::AnswerCell;
using sbr::CompanyRow;
using sbr::DepartmentRow;
using sbr::RespondentRow;
using sbr::RoundRow;
using sbr::Snapshot;
using sbr::TeamGrant;
} // namespace sbr::storage
