#pragma once
// Who sees what in a team workspace (formats.md *Team workspace*), as the SQL that PostgreSQL
// enforces: the roles, the grants table, the row-level security policies of every table that
// holds company data, and the pooled benchmark. Private to the storage layer; PostgresTeam.cpp
// runs it. Every policy is keyed on current_user through the grants table, never on a setting a
// client could SET.

#include <QString>
#include <QStringList>

namespace sbr::storage::team {

/// Version of the functions and policies below; a team workspace set up with an older one gets
/// them anew from `team init` (and after a migration).
inline constexpr int kSetupVersion = 1;

/// The role that owns every table and function; it cannot log in. Its members (the login that ran
/// `team init`, and whoever IT adds) see and change every company.
inline QString ownerRole()
{
    return QStringLiteral("sbradar_owner");
}
/// The group of the consultants' logins: the table privileges, narrowed to granted companies by
/// row-level security.
inline QString consultantRole()
{
    return QStringLiteral("sbradar_consultant");
}

/// A grant's role as stored: "read", "write" or "admin" (what it allows: formats.md).
bool isGrantRole(const QString &role);

/// The tables whose rows belong to one company (row-level security, forced), in creation order.
QStringList companyTables();
/// Every table the consultants' group may read (companyTables() and the workspace's own tables).
QStringList readableTables();

/// The grants table (login, company, role) and the version table of the setup.
QStringList grantsTables();
/// The helper functions of the policies and the pooled benchmark (CREATE OR REPLACE):
/// sbradar_benchmark(round_ids bigint[]) returns, for the rounds the caller may read, one row per
/// measure (0 = index, d = the d-th dimension): round_id, measure, peers, percentile, mean, sd,
/// computed over the companies in the pool as scoring.md *Benchmark* says (aggregates only).
QStringList functions();
/// DROP POLICY IF EXISTS and CREATE POLICY for one table of companyTables(), the grants table
/// or mapping_profiles.
QStringList policies(const QString &table);
/// The privileges of the consultants' group (idempotent GRANT and REVOKE statements).
QStringList privileges();

} // namespace sbr::storage::team
