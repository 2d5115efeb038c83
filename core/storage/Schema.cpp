#include "Schema.h"

#include "NameMigration.h"

namespace sbr::storage {

// Dialect notes: the statements below use SQLite's WITHOUT ROWID tables for the two large
// tables (clustered on the primary key, which is also the scan order of the scoring query)
// and INTEGER PRIMARY KEY ids. A PostgreSQL backend would use the same tables with plain
// primary keys and identity columns; everything else here is standard SQL.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        {1,
         {
             QStringLiteral("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             // The questionnaire as its JSON document; items mirror its item ids as integers.
             QStringLiteral("CREATE TABLE questionnaire(id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE items(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE companies(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                            "target REAL NOT NULL DEFAULT 75 CHECK (target >= 0 AND target <= 100), "
                            "logo BLOB)"),
             QStringLiteral("CREATE TABLE departments(id INTEGER PRIMARY KEY, "
                            "company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE, "
                            "name TEXT NOT NULL, UNIQUE (company_id, name))"),
             QStringLiteral("CREATE TABLE rounds(id INTEGER PRIMARY KEY, "
                            "company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE, "
                            "label TEXT NOT NULL, date TEXT NOT NULL, "
                            "UNIQUE (company_id, label), UNIQUE (company_id, date))"),
             QStringLiteral("CREATE TABLE assessments(id INTEGER PRIMARY KEY, "
                            "round_id INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE, "
                            "department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE CASCADE, "
                            "UNIQUE (round_id, department_id))"),
             QStringLiteral("CREATE INDEX assessments_department ON assessments(department_id)"),
             QStringLiteral("CREATE TABLE respondents(id INTEGER PRIMARY KEY, "
                            "assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE, "
                            "name TEXT NOT NULL, UNIQUE (assessment_id, name), UNIQUE (assessment_id, id))"),
             // Clustered by (assessment, respondent, item): the scoring scan reads it in this order
             // and deleting one respondent's answers touches one contiguous range.
             QStringLiteral("CREATE TABLE answers(assessment_id INTEGER NOT NULL, respondent_id INTEGER NOT NULL, "
                            "item_id INTEGER NOT NULL REFERENCES items(id), level INTEGER, "
                            "PRIMARY KEY (assessment_id, respondent_id, item_id), "
                            "FOREIGN KEY (assessment_id, respondent_id) REFERENCES respondents(assessment_id, id) "
                            "ON DELETE CASCADE) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE comments(assessment_id INTEGER NOT NULL REFERENCES assessments(id) "
                            "ON DELETE CASCADE, item_id INTEGER NOT NULL REFERENCES items(id), "
                            "text TEXT NOT NULL, PRIMARY KEY (assessment_id, item_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE planned_measures(company_id INTEGER NOT NULL REFERENCES companies(id) "
                            "ON DELETE CASCADE, measure TEXT NOT NULL, PRIMARY KEY (company_id, measure)) "
                            "WITHOUT ROWID"),
         }},
        // Workshop sessions while they run (formats.md *Workshop sessions*): every acknowledged
        // vote is here before the phone hears "ok"; ending a session moves its voters into
        // respondents and deletes these rows in the same transaction. Participants are kept only
        // as the SHA-256 of their random id, so that a resumed session knows returning phones.
        {2,
         {
             QStringLiteral("CREATE TABLE workshop_sessions(id INTEGER PRIMARY KEY, started TEXT NOT NULL, "
                            "company TEXT NOT NULL, round TEXT NOT NULL, round_date TEXT NOT NULL, "
                            "department TEXT NOT NULL, items TEXT NOT NULL, token TEXT NOT NULL, "
                            "port INTEGER NOT NULL DEFAULT 0, host TEXT NOT NULL DEFAULT '', "
                            "pid INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE workshop_participants(session_id INTEGER NOT NULL "
                            "REFERENCES workshop_sessions(id) ON DELETE CASCADE, ordinal INTEGER NOT NULL, "
                            "id_hash TEXT NOT NULL, PRIMARY KEY (session_id, ordinal)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE workshop_votes(session_id INTEGER NOT NULL, participant INTEGER NOT NULL, "
                            "item_id INTEGER NOT NULL REFERENCES items(id), level INTEGER, at TEXT NOT NULL, "
                            "PRIMARY KEY (session_id, participant, item_id), "
                            "FOREIGN KEY (session_id, participant) REFERENCES workshop_participants(session_id, "
                            "ordinal) ON DELETE CASCADE) WITHOUT ROWID"),
         }},
        // Names in their normal form, look-alikes merged (formats.md, NameMigration.h).
        {3, {}, normalizeNames},
        // Mixed groups and re-votes in workshops (formats.md *Workshop sessions*): a session may
        // span several departments (newline-separated names; empty: `department` alone), each
        // participant keeps the department it chose, and a statement voted on again keeps its
        // first distribution (JSON: item id -> votes per level) for the slides.
        {4,
         {
             QStringLiteral("ALTER TABLE workshop_sessions ADD COLUMN departments TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE workshop_sessions ADD COLUMN first_rounds TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE workshop_participants ADD COLUMN department TEXT NOT NULL DEFAULT ''"),
         }},
        // The manager's conclusions, one text per round (and so per company and round), printed on
        // the report's summary page; deleted with their round.
        {5,
         {
             QStringLiteral("CREATE TABLE conclusions(round_id INTEGER PRIMARY KEY REFERENCES rounds(id) "
                            "ON DELETE CASCADE, text TEXT NOT NULL)"),
         }},
        // Mapping profiles of survey exports, kept for the next wave (formats.md *Survey exports
        // with a mapping profile*): the profile's JSON as the user saw it in the import wizard.
        {6,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS mapping_profiles(name TEXT PRIMARY KEY, profile TEXT NOT NULL, "
                            "saved TEXT NOT NULL)"),
         }},
        planMigration(7),
        // The benchmark pool (formats.md *Team workspace*): a company listed here has not agreed
        // that its numbers count in other companies' benchmarks; every other company is in the pool.
        {8,
         {
             QStringLiteral("CREATE TABLE IF NOT EXISTS pool_exclusions(company_id INTEGER NOT NULL PRIMARY KEY "
                            "REFERENCES companies(id) ON DELETE CASCADE)"),
         }},
        collaborationMigration(9),
    };
    return steps;
}

int currentSchemaVersion()
{
    return migrations().constLast().to;
}

} // namespace sbr::storage
