#pragma once
// Mapping profiles on the command line (formats.md *Survey exports with a mapping profile*).

#include "CliCommands.h"
#include "io/MappingProfile.h"

#include <optional>

namespace sbr::cli {

/// The profile at `path`, checked against `q`; nullopt after printing every problem (with file,
/// line and field) as an error.
std::optional<io::MappingProfile> readProfileOption(const QString &path, const Questionnaire &q, const Io &io);

class Options;
/// --company, --department, --round and --date of import into the profile's constants (names
/// normalised, the date as ISO); false after a usage error for a date that is no day.
bool applyConstantOptions(const Options &o, io::MappingProfile *profile, const Io &io);

} // namespace sbr::cli
