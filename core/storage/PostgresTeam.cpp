// Who sees what in a team workspace (formats.md *Team workspace*): setting up roles, grants and
// row-level security (the SQL is in TeamSql.cpp), managing grants, and the pooled benchmark for a
// login that sees only some companies.

#include "PostgresWorkspace.h"
#include "TeamSql.h"
#include "Transaction.h"
#include "io/QuestionnaireJson.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sbr::storage {

namespace {

/// A role name as an SQL identifier (roles cannot be bound as parameters).
QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

/// Privileges of the public schema's tables and of the benchmark, to tell whether a run changed any.
const char kPrivileges[] = "SELECT coalesce(string_agg(c.relname || coalesce(c.relacl::text, ''), ',' "
                           "ORDER BY c.relname), '') || coalesce((SELECT proacl::text FROM pg_proc WHERE oid = "
                           "to_regprocedure('public.sbradar_benchmark(bigint[])')), '') FROM pg_class c "
                           "WHERE c.relnamespace = 'public'::regnamespace";

} // namespace

bool PostgresWorkspace::execute(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what,
                                StorageError *error) const
{
    if (!values.isEmpty())
        return run(q, sql, values, error, what);
    if (q.exec(sql))
        return true;
    *error = sqlError(q.lastError(), what);
    return false;
}

bool PostgresWorkspace::isTeam(StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT to_regclass('public.sbradar_grants') IS NOT NULL"), {}, error,
             QCoreApplication::translate("sbr::storage::Workspace", "Reading the team workspace")) ||
        !q.next())
        return false;
    return q.value(0).toBool();
}

bool PostgresWorkspace::detectServerBenchmarks(StorageError *error)
{
    m_serverBenchmarks = false;
    QSqlQuery q(m_db);
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Opening");
    if (!run(q, QStringLiteral("SELECT to_regprocedure('public.sbradar_benchmark(bigint[])') IS NOT NULL"), {}, error,
             what) ||
        !q.next())
        return false;
    if (!q.value(0).toBool())
        return true;
    if (!run(q, QStringLiteral("SELECT public.sbradar_sees_all()"), {}, error, what) || !q.next())
        return false;
    m_serverBenchmarks = !q.value(0).toBool();
    return true;
}

bool PostgresWorkspace::pooledBenchmarks(const QList<qint64> &rounds, QHash<qint64, BenchmarkResult> *out,
                                         StorageError *error) const
{
    out->clear();
    if (!m_serverBenchmarks || rounds.isEmpty())
        return true;
    QStringList ids;
    for (const qint64 id : rounds)
        ids << QString::number(id);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT round_id, measure, peers, percentile, mean, sd "
                            "FROM public.sbradar_benchmark(?::bigint[])"),
             {u'{' + ids.join(u',') + u'}'}, error,
             QCoreApplication::translate("sbr::storage::Workspace", "Reading the benchmark")))
        return false;
    const auto value = [&](int column) {
        return q.isNull(column) ? OptDouble() : OptDouble(q.value(column).toDouble());
    };
    const size_t dimensions = size_t(m_questionnaire.dimensions.size());
    while (q.next()) {
        BenchmarkResult &b = (*out)[q.value(0).toLongLong()];
        b.dimensions.resize(dimensions);
        b.peers = q.value(2).toInt();
        const int measure = q.value(1).toInt();
        if (measure < 0 || size_t(measure) > dimensions)
            continue;
        const BandResult band{value(3), value(4), value(5)};
        if (measure == 0)
            b.index = band;
        else
            b.dimensions[size_t(measure - 1)] = band;
    }
    return true;
}

bool PostgresWorkspace::secureTables(QStringList *changes, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Setting up the team workspace");
    QSqlQuery q(m_db);
    const auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        return execute(q, sql, values, what, error);
    };
    const auto exists = [&](const QString &sql, const QVariantList &values = {}) {
        return exec(sql, values) && q.next() && q.value(0).toBool();
    };
    if (!exec(QStringLiteral("SELECT to_regclass('public.sbradar_grants') IS NULL")) || !q.next())
        return false;
    if (q.value(0).toBool())
        *changes << QCoreApplication::translate("sbr::storage::Workspace", "created the grants table sbradar_grants");
    for (const QString &statement : team::grantsTables())
        if (!exec(statement))
            return false;
    const bool current = exists(
        QStringLiteral("SELECT coalesce(max(version), 0) = %1 FROM public.sbradar_team").arg(team::kSetupVersion));
    if (!current) {
        for (const QString &statement : team::functions())
            if (!exec(statement))
                return false;
        if (!exec(QStringLiteral("DELETE FROM public.sbradar_team")) ||
            !exec(QStringLiteral("INSERT INTO public.sbradar_team(version) VALUES (%1)").arg(team::kSetupVersion)))
            return false;
        *changes << QCoreApplication::translate(
            "sbr::storage::Workspace", "created the functions of the row-level security and the pooled benchmark");
    }
    int secured = 0;
    for (const QString &table :
         team::companyTables() + QStringList{QStringLiteral("sbradar_grants"), QStringLiteral("mapping_profiles")}) {
        if (!exec(QStringLiteral("SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE oid = ?::regclass"),
                  {QStringLiteral("public.") + table}) ||
            !q.next())
            return false;
        const bool forced = q.value(0).toBool();
        if (!forced && (!exec(QStringLiteral("ALTER TABLE public.%1 ENABLE ROW LEVEL SECURITY").arg(table)) ||
                        !exec(QStringLiteral("ALTER TABLE public.%1 FORCE ROW LEVEL SECURITY").arg(table))))
            return false;
        const bool policed = exists(QStringLiteral("SELECT count(*) = 4 FROM pg_policies WHERE schemaname = 'public' "
                                                   "AND tablename = ? AND policyname LIKE 'sbradar\\_%'"),
                                    {table});
        if (!current || !policed)
            for (const QString &statement : team::policies(table))
                if (!exec(statement))
                    return false;
        secured += !forced || !policed ? 1 : 0;
    }
    if (secured > 0)
        *changes << QCoreApplication::translate("sbr::storage::Workspace", "row-level security, forced, on %n table(s)",
                                                nullptr, secured);
    if (!exec(QString::fromLatin1(kPrivileges)) || !q.next())
        return false;
    const QString before = q.value(0).toString();
    for (const QString &statement : team::privileges())
        if (!exec(statement))
            return false;
    if (!exec(QString::fromLatin1(kPrivileges)) || !q.next())
        return false;
    if (q.value(0).toString() != before)
        *changes << QCoreApplication::translate("sbr::storage::Workspace", "table privileges of the group %1 set")
                        .arg(team::consultantRole());
    return true;
}

bool PostgresWorkspace::ensureRoles(QStringList *changes, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Setting up the team workspace");
    QSqlQuery q(m_db);
    const auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        return execute(q, sql, values, what, error);
    };
    const auto yes = [&](const QString &sql, const QVariantList &values = {}) {
        return exec(sql, values) && q.next() && q.value(0).toBool();
    };
    if (!exec(QStringLiteral("SELECT rolsuper, rolsuper OR rolcreaterole, current_user FROM pg_roles "
                             "WHERE rolname = current_user")) ||
        !q.next())
        return false;
    const bool superuser = q.value(0).toBool(), mayCreateRoles = q.value(1).toBool();
    const QString me = q.value(2).toString();
    for (const QString &role : {team::ownerRole(), team::consultantRole()}) {
        if (yes(QStringLiteral("SELECT count(*) > 0 FROM pg_roles WHERE rolname = ?"), {role}))
            continue;
        if (!mayCreateRoles) {
            *error = {StorageError::Kind::Io,
                      QCoreApplication::translate(
                          "sbr::storage::Workspace",
                          "The login %1 may not create roles, so it cannot set up the team workspace %2. Run "
                          "\"team init\" as the database's owner with the right CREATEROLE, or as a superuser.")
                          .arg(me, m_path)};
            return false;
        }
        if (!exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role)))
            return false;
        *changes
            << QCoreApplication::translate("sbr::storage::Workspace", "created the role %1 (cannot log in)").arg(role);
    }
    if (!superuser && !yes(QStringLiteral("SELECT pg_has_role(current_user, ?, 'MEMBER')"), {team::ownerRole()})) {
        if (!exec(QStringLiteral("GRANT %1 TO %2").arg(team::ownerRole(), quoted(me))))
            return false;
        *changes << QCoreApplication::translate("sbr::storage::Workspace",
                                                "%1 is a member of %2: it sees and changes every company")
                        .arg(me, team::ownerRole());
    }
    // Members of the owner role may make logins consultants (team grant).
    if (!yes(QStringLiteral("SELECT count(*) > 0 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                            "JOIN pg_roles o ON o.oid = m.member WHERE g.rolname = ? AND o.rolname = ? "
                            "AND m.admin_option"),
             {team::consultantRole(), team::ownerRole()})) {
        if (!exec(QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(team::consultantRole(), team::ownerRole())))
            return false;
    }
    if (!yes(QStringLiteral("SELECT has_schema_privilege(?, 'public', 'CREATE')"), {team::ownerRole()})) {
        if (!exec(QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(team::ownerRole())))
            return false;
        *changes << QCoreApplication::translate("sbr::storage::Workspace", "%1 may create tables in the schema public")
                        .arg(team::ownerRole());
    }
    return true;
}

bool PostgresWorkspace::setUpTeam(QStringList *changes, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Setting up the team workspace");
    Transaction t(m_db);
    if (!t.isActive()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    QSqlQuery q(m_db);
    const auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        return execute(q, sql, values, what, error);
    };
    const auto yes = [&](const QString &sql, const QVariantList &values = {}) {
        return exec(sql, values) && q.next() && q.value(0).toBool();
    };
    if (!ensureRoles(changes, error))
        return false;
    if (yes(QStringLiteral("SELECT count(*) > 0 FROM pg_namespace n, aclexplode(n.nspacl) a WHERE n.nspname = "
                           "'public' AND a.grantee = 0 AND a.privilege_type = 'CREATE'"))) {
        if (!exec(QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")))
            return false;
        *changes << QCoreApplication::translate("sbr::storage::Workspace",
                                                "other logins may no longer create objects in the schema public");
    }
    if (!exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner <> ?"),
              {team::ownerRole()}))
        return false;
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : tables)
        if (!exec(QStringLiteral("ALTER TABLE public.%1 OWNER TO %2").arg(quoted(table), team::ownerRole())))
            return false;
    if (!tables.isEmpty())
        *changes << QCoreApplication::translate("sbr::storage::Workspace", "%n table(s) now belong to %1", nullptr,
                                                int(tables.size()))
                        .arg(team::ownerRole());
    // The schema's own functions (the announcement of changes, …), so that a later update of the
    // schema, run as the owner role, may replace them.
    if (!exec(QStringLiteral(
                  "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = "
                  "'public'::regnamespace AND p.proname LIKE 'sbradar\\_%' AND pg_get_userbyid(p.proowner) <> ?"),
              {team::ownerRole()}))
        return false;
    QStringList functions;
    while (q.next())
        functions << q.value(0).toString();
    for (const QString &function : functions)
        if (!exec(QStringLiteral("ALTER FUNCTION %1 OWNER TO %2").arg(function, team::ownerRole())))
            return false;
    if (!exec(QStringLiteral("SET LOCAL ROLE %1").arg(team::ownerRole())) || !secureTables(changes, error))
        return false;
    if (!t.commit()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    return detectServerBenchmarks(error);
}

bool PostgresWorkspace::grantTarget(const QString &login, const QString &company, qint64 *companyId,
                                    StorageError *error) const
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Changing the access to a company");
    QSqlQuery q(m_db);
    if (!run(q, QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login}, error, what))
        return false;
    if (!q.next() || !q.value(0).toBool()) {
        *error = {StorageError::Kind::Invalid,
                  QCoreApplication::translate(
                      "sbr::storage::Workspace",
                      "There is no login \"%1\" on the server of %2; nothing was changed. Create it first "
                      "(CREATE ROLE … LOGIN PASSWORD …) or check the spelling.")
                      .arg(login, m_path)};
        return false;
    }
    if (!run(q, QStringLiteral("SELECT id FROM companies WHERE name = ?"), {company}, error, what))
        return false;
    if (!q.next()) {
        *error = {StorageError::Kind::Invalid,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "There is no company \"%1\" in %2; nothing was changed.")
                      .arg(company, m_path)};
        return false;
    }
    *companyId = q.value(0).toLongLong();
    return true;
}

bool PostgresWorkspace::grantAccess(const TeamGrant &grant, QString *previous, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Changing the access to a company");
    if (!team::isGrantRole(grant.role)) {
        *error = {StorageError::Kind::Invalid,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "The role must be read, write or admin, not \"%1\"; nothing was changed.")
                      .arg(grant.role)};
        return false;
    }
    Transaction t(m_db);
    QSqlQuery q(m_db);
    qint64 company = 0;
    if (!t.isActive()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    if (!grantTarget(grant.login, grant.company, &company, error) ||
        !run(q, QStringLiteral("SELECT role FROM sbradar_grants WHERE login = ? AND company_id = ?"),
             {grant.login, company}, error, what))
        return false;
    *previous = q.next() ? q.value(0).toString() : QString();
    if (!run(q,
             QStringLiteral("INSERT INTO sbradar_grants(login, company_id, role) VALUES (?, ?, ?) "
                            "ON CONFLICT (login, company_id) DO UPDATE SET role = excluded.role"),
             {grant.login, company, grant.role}, error, what) ||
        !run(q, QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"), {grant.login, team::consultantRole()}, error,
             what) ||
        !q.next())
        return false;
    if (!q.value(0).toBool() &&
        !execute(q, QStringLiteral("GRANT %1 TO %2").arg(team::consultantRole(), quoted(grant.login)), {}, what, error))
        return false;
    if (!t.commit()) {
        *error = sqlError(t.beginError(), what);
        return false;
    }
    return true;
}

bool PostgresWorkspace::revokeAccess(const QString &login, const QString &company, QString *previous,
                                     StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Changing the access to a company");
    qint64 id = 0;
    QSqlQuery q(m_db);
    if (!grantTarget(login, company, &id, error) ||
        !run(q, QStringLiteral("DELETE FROM sbradar_grants WHERE login = ? AND company_id = ? RETURNING role"),
             {login, id}, error, what))
        return false;
    *previous = q.next() ? q.value(0).toString() : QString();
    return true;
}

bool PostgresWorkspace::grants(QList<TeamGrant> *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT g.login, c.name, g.role FROM sbradar_grants g JOIN companies c ON c.id = "
                            "g.company_id ORDER BY g.login, c.name"),
             {}, error, QCoreApplication::translate("sbr::storage::Workspace", "Reading the team workspace")))
        return false;
    out->clear();
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

// --- The free functions of Workspace.h --------------------------------------------------------------

namespace {

/// The team workspace at `uri`, opened for a team command; nullptr with *error.
std::unique_ptr<PostgresWorkspace> openTeam(const QString &uri, bool needsTeam, StorageError *error)
{
    if (!isTeamLocation(uri)) {
        *error = {StorageError::Kind::NotAWorkspace,
                  QCoreApplication::translate(
                      "sbr::storage::Workspace",
                      "%1 is not a team workspace address. Write it as postgresql://user@host:5432/database.")
                      .arg(uri)};
        return nullptr;
    }
    std::unique_ptr<Workspace> ws = PostgresWorkspace::open(uri, Workspace::Mode::ReadWrite, error);
    std::unique_ptr<PostgresWorkspace> team(static_cast<PostgresWorkspace *>(ws.release()));
    if (team && needsTeam && !team->isTeam(error)) {
        if (!*error)
            *error = {StorageError::Kind::NotAWorkspace,
                      QCoreApplication::translate(
                          "sbr::storage::Workspace",
                          "%1 is not set up as a team workspace yet. Run \"sbradar-cli team init\" first.")
                          .arg(uri)};
        return nullptr;
    }
    return team;
}

} // namespace

bool setUpTeamWorkspace(const QString &uri, QStringList *changes, StorageError *error)
{
    changes->clear();
    std::unique_ptr<PostgresWorkspace> ws = openTeam(uri, false, error);
    if (!ws && error->kind == StorageError::Kind::NotAWorkspace && isTeamLocation(uri)) {
        // An empty database: the workspace first, with the built-in questionnaire.
        StorageError none;
        std::unique_ptr<Workspace> created = PostgresWorkspace::create(uri, io::defaultQuestionnaire(), {}, &none);
        if (!created) {
            *error = none;
            return false;
        }
        created.reset();
        *changes << QCoreApplication::translate("sbr::storage::Workspace",
                                                "created an empty workspace with the built-in questionnaire");
        ws = openTeam(uri, false, error);
    }
    return ws && ws->setUpTeam(changes, error);
}

bool grantTeamAccess(const QString &uri, const TeamGrant &grant, QString *previous, StorageError *error)
{
    const auto ws = openTeam(uri, true, error);
    return ws && ws->grantAccess(grant, previous, error);
}

bool revokeTeamAccess(const QString &uri, const QString &login, const QString &company, QString *previous,
                      StorageError *error)
{
    const auto ws = openTeam(uri, true, error);
    return ws && ws->revokeAccess(login, company, previous, error);
}

bool teamGrants(const QString &uri, QList<TeamGrant> *out, StorageError *error)
{
    const auto ws = openTeam(uri, true, error);
    return ws && ws->grants(out, error);
}

} // namespace sbr::storage
