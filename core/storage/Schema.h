#pragma once
// The workspace file format: application id, schema version and the ordered migration steps.
// This is the one place that holds SQL dialect choices (see Dialect notes in Schema.cpp).

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sbr::storage {

/// PRAGMA application_id of every workspace: "SBRD".
inline constexpr quint32 kApplicationId = 0x53425244;

/// One step from schema version `to - 1` to `to`, run inside its own transaction: the statements,
/// then `repair` (when set) with foreign keys deferred to the commit; a repair that returns false
/// sets its sentence for the user and the step is rolled back.
struct Migration {
    int to;
    QStringList statements;
    bool (*repair)(QSqlDatabase &db, QString *failure) = nullptr;
};

/// Step: the action plan (PlanSchema.cpp), as step `to`.
Migration planMigration(int to);
/// Step: working together in a team workspace (CollaborationSchema.cpp), as step `to`.
Migration collaborationMigration(int to);

/// All migrations in order; the last one's `to` is the current schema version.
const QList<Migration> &migrations();
int currentSchemaVersion();

} // namespace sbr::storage
