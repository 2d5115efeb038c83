#pragma once
// Mapping profiles for survey exports (formats.md *Survey exports with a mapping profile*): which
// header of a Microsoft Forms, Google Forms, SurveyMonkey or LimeSurvey export is which item or
// key column, which answer label is which level, and the constants (company, department, round,
// date) that such exports do not hold. Read from and written to the JSON format of formats.md:
//   {"format": "sbradar-mapping", "version": 1,
//    "columns": {"<header>": "<item id>|company|department|round|date|respondent|ignore", …},
//    "levels": {"<label>": <level>|null, …},
//    "constants": {"company": "…", "department": "…", "round": "…", "date": "YYYY-MM-DD"}}

#include "domain/Questionnaire.h"
#include "io/AnswerImport.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace sbr::io {

struct MappingProfile {
    struct Column {
        QString header; ///< as the export writes it
        QString target; ///< an item id, a key name (company, department, round, date, respondent) or "ignore"
        bool operator==(const Column &) const = default;
    };
    struct Label {
        QString label;
        std::optional<int> level; ///< nullopt: not applicable ("Weiß nicht")
        bool operator==(const Label &) const = default;
    };
    QList<Column> columns; ///< in the order of the export's header
    QList<Label> levels;
    QString company, department, round; ///< constants; empty = taken from a column
    QString date;                       ///< constant, ISO YYYY-MM-DD; empty = taken from a column

    /// The target of a header (compared after name normalisation, ignoring case); empty if unmapped.
    QString target(const QString &header) const;
    bool operator==(const MappingProfile &) const = default;
};

/// A broken rule of a profile: the line of the JSON file where it was found (0 when unknown) and
/// the field ("columns[\"Q3 …\"]", "levels[\"Trifft voll zu\"]", "constants.date").
struct MappingIssue {
    int line = 0;
    QString field;
    QString message;
    /// "profile.json, line 4 (levels["Trifft voll zu"]): 7 is not a level of the scale 0 to 4".
    QString toString(const QString &fileName) const;
};

struct MappingParse {
    std::optional<MappingProfile> profile; ///< set only when there are no issues
    QList<MappingIssue> issues;
};

/// Reads a profile and checks it against the questionnaire: the format marker and version, every
/// target an item id of `q`, a key name or "ignore", no item or key mapped twice, every level an
/// integer of the scale or null, the constants known keys with a date that is a real day (ISO or
/// D.M.YYYY). All broken rules are listed, not just the first.
MappingParse readMappingProfile(const QByteArray &json, const Questionnaire &q);

/// The profile as indented JSON (UTF-8, headers and labels in the profile's order); reads back
/// equal with readMappingProfile.
QByteArray writeMappingProfile(const MappingProfile &profile);

/// Imports a survey export through a profile (formats.md *Survey exports with a mapping profile*):
/// like parseAnswersFile (CSV, tab-separated text or .xlsx; all or nothing; up to 20 errors with
/// line and column), but every header is looked up in `profile` (an unmapped one is an error at
/// its header cell), keys without a column are the profile's constants, a cell is a label of the
/// profile, a level number or empty. Without a respondent column, respondents are named
/// "<sourceName> #<data row>" (the first record after the header is row 1).
ImportResult parseSurveyExport(const QByteArray &data, const ImportContext &context, const ImportOptions &options,
                               const MappingProfile &profile, const QString &sourceName);

/// The key names a column may be mapped to, and "ignore".
bool isMappingKey(const QString &target);
inline const QString kMappingIgnore = QStringLiteral("ignore");

} // namespace sbr::io
