// Schema step: working together in a team workspace (formats.md *Team workspace*). On PostgreSQL
// every commit that changes what a client shows is announced to the other clients (LISTEN/NOTIFY
// on postgres::changeChannel()), so that their views follow within a second; a file has SQLite's
// data_version for that and needs nothing here.

#include "PostgresDialect.h"
#include "PostgresLink.h"
#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sbr::storage {

namespace {

/// The tables whose changes other clients must see: company data, the settings and the
/// questionnaire (the workshop's own tables change with every vote and show nothing elsewhere).
QStringList announcedTables()
{
    return {QStringLiteral("settings"),    QStringLiteral("questionnaire"), QStringLiteral("companies"),
            QStringLiteral("departments"), QStringLiteral("rounds"),        QStringLiteral("assessments"),
            QStringLiteral("respondents"), QStringLiteral("answers"),       QStringLiteral("comments"),
            QStringLiteral("conclusions"), QStringLiteral("plan_measures"), QStringLiteral("pool_exclusions")};
}

bool announceChanges(QSqlDatabase &db, QString *failure)
{
    if (!postgres::isPostgres(db))
        return true;
    QStringList statements{
        // One announcement per transaction: PostgreSQL folds equal notifications of a transaction.
        QStringLiteral("CREATE OR REPLACE FUNCTION sbradar_announce_change() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN PERFORM pg_notify('%1', ''); RETURN NULL; END $$")
            .arg(postgres::changeChannel())};
    for (const QString &table : announcedTables())
        statements << postgres::announceTrigger(table);
    QSqlQuery q(db);
    for (const QString &statement : statements)
        if (!q.exec(statement)) {
            *failure = q.lastError().text();
            return false;
        }
    return true;
}

} // namespace

Migration collaborationMigration(int to)
{
    return {to, {}, announceChanges};
}

} // namespace sbr::storage
