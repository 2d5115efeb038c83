#include "TeamSql.h"

#include "PostgresDialect.h"

namespace sbr::storage::team {

namespace {

/// How the rows of a table reach their company: `column` holds a key that `keys` selects for the
/// companies whose ids `%1` (a sub-select) yields.
struct Path {
    const char16_t *table;
    const char16_t *column;
    const char16_t *keys;
};

constexpr char16_t kRounds[] = u"SELECT id FROM public.rounds WHERE company_id IN (%1)";
constexpr char16_t kAssessments[] = u"SELECT a.id FROM public.assessments a JOIN public.rounds r ON r.id = a.round_id "
                                    u"WHERE r.company_id IN (%1)";
constexpr char16_t kSessions[] = u"SELECT s.id FROM public.workshop_sessions s JOIN public.companies c "
                                 u"ON c.name = s.company WHERE c.id IN (%1)";

const Path kPaths[] = {
    {u"companies", u"id", u"%1"},
    {u"pool_exclusions", u"company_id", u"%1"},
    {u"departments", u"company_id", u"%1"},
    {u"rounds", u"company_id", u"%1"},
    {u"plan_measures", u"company_id", u"%1"},
    {u"assessments", u"round_id", kRounds},
    {u"conclusions", u"round_id", kRounds},
    {u"respondents", u"assessment_id", kAssessments},
    {u"answers", u"assessment_id", kAssessments},
    {u"comments", u"assessment_id", kAssessments},
    {u"workshop_sessions", u"company", u"SELECT name FROM public.companies WHERE id IN (%1)"},
    {u"workshop_participants", u"session_id", kSessions},
    {u"workshop_votes", u"session_id", kSessions},
};

QString seesAll()
{
    // A scalar sub-select: evaluated once per statement, not per row.
    return QStringLiteral("(SELECT public.sbradar_sees_all())");
}

/// The rows of `path` whose company the current user may use at `level` (read, write, admin).
QString allowed(const Path &path, const QString &level)
{
    const QString companies = QStringLiteral("SELECT public.sbradar_granted('%1')").arg(level);
    return QStringLiteral("%1 OR %2 IN (%3)")
        .arg(seesAll(), QString::fromUtf16(path.column), QString::fromUtf16(path.keys).arg(companies));
}

QStringList policySet(const QString &table, const QString &read, const QString &insert, const QString &update,
                      const QString &remove)
{
    QStringList out;
    for (const char *name : {"sbradar_read", "sbradar_insert", "sbradar_update", "sbradar_delete"})
        out << QStringLiteral("DROP POLICY IF EXISTS %1 ON public.%2").arg(QString::fromLatin1(name), table);
    // UPDATE: a row that may be read but not changed fails loudly (WITH CHECK) instead of being
    // skipped.
    out << QStringLiteral("CREATE POLICY sbradar_read ON public.%1 FOR SELECT USING (%2)").arg(table, read)
        << QStringLiteral("CREATE POLICY sbradar_insert ON public.%1 FOR INSERT WITH CHECK (%2)").arg(table, insert)
        << QStringLiteral("CREATE POLICY sbradar_update ON public.%1 FOR UPDATE USING (%2) WITH CHECK (%3)")
               .arg(table, read, update)
        << QStringLiteral("CREATE POLICY sbradar_delete ON public.%1 FOR DELETE USING (%2)").arg(table, remove);
    return out;
}

QString benchmarkQuery()
{
    // scoring.md, step by step as core/scoring/Scoring.cpp computes it: every sum in the same order
    // (items, dimensions, departments and peers as the engine orders them) and every literal a
    // double, so that a login that sees one company gets the very numbers of one that sees all.
    return QStringLiteral(R"sql(
WITH doc AS MATERIALIZED (SELECT json::jsonb AS j FROM public.questionnaire WHERE id = 1),
scale AS MATERIALIZED (SELECT (j->'scale'->>'min')::integer AS lo, (j->'scale'->>'max')::integer AS hi FROM doc),
dim_docs AS MATERIALIZED (
    SELECT d.pos::integer AS dim, d.v
    FROM doc CROSS JOIN LATERAL jsonb_array_elements(doc.j->'dimensions') WITH ORDINALITY AS d(v, pos)),
dims AS MATERIALIZED (SELECT dim, coalesce((v->>'weight')::float8, 1.0::float8) AS w FROM dim_docs),
item_defs AS MATERIALIZED (
    SELECT d.dim, i.pos, it.id AS item_id, coalesce((i.v->>'weight')::float8, 1.0::float8) AS w
    FROM dim_docs d CROSS JOIN LATERAL jsonb_array_elements(d.v->'items') WITH ORDINALITY AS i(v, pos)
    JOIN public.items it ON it.key = i.v->>'id'),
dim_weights AS (SELECT dim, sum(w ORDER BY pos) AS total FROM item_defs GROUP BY dim),
pool AS (
    SELECT c.id, c.name FROM public.companies c
    WHERE NOT EXISTS (SELECT 1 FROM public.pool_exclusions x WHERE x.company_id = c.id)),
asked AS (
    SELECT r.id, r.company_id, r.date FROM public.rounds r
    WHERE r.id = ANY (round_ids)
      AND (pg_has_role(session_user, 'sbradar_owner', 'MEMBER')
           OR r.company_id IN (SELECT g.company_id FROM public.sbradar_grants g
                               WHERE g.login = session_user::text))),
peer_rounds AS (
    SELECT a.id AS asked, p.name AS peer,
           (SELECT r.id FROM public.rounds r WHERE r.company_id = p.id AND r.date <= a.date
            ORDER BY r.date DESC LIMIT 1) AS round_id
    FROM asked a JOIN pool p ON p.id <> a.company_id),
needed AS (SELECT id AS round_id FROM asked UNION SELECT round_id FROM peer_rounds WHERE round_id IS NOT NULL),
tallies AS (
    SELECT a.round_id, d.name AS dept, a.id AS assessment_id, x.item_id, count(*) AS n, sum(x.level) AS total
    FROM public.assessments a
    JOIN public.departments d ON d.id = a.department_id
    JOIN public.answers x ON x.assessment_id = a.id
    WHERE a.round_id IN (SELECT round_id FROM needed) AND x.level IS NOT NULL
    GROUP BY a.round_id, d.name, a.id, x.item_id),
item_scores AS (
    SELECT t.round_id, t.dept, t.assessment_id, i.dim, i.pos, i.w,
           100.0::float8 * (t.total::float8 / t.n::float8 - s.lo::float8) / (s.hi - s.lo)::float8 AS score
    FROM tallies t JOIN item_defs i ON i.item_id = t.item_id CROSS JOIN scale s),
department_dims AS (
    SELECT s.round_id, s.dept, s.dim,
           CASE WHEN sum(s.w ORDER BY s.pos) / dw.total >= 0.5::float8 - 1e-9::float8
                THEN sum(s.w * s.score ORDER BY s.pos) / sum(s.w ORDER BY s.pos) END AS score
    FROM item_scores s JOIN dim_weights dw ON dw.dim = s.dim
    GROUP BY s.round_id, s.assessment_id, s.dept, s.dim, dw.total),
company_dims AS (
    SELECT round_id, dim, sum(score ORDER BY dept) / count(*)::float8 AS score
    FROM department_dims WHERE score IS NOT NULL GROUP BY round_id, dim),
company_values AS (
    SELECT round_id, dim AS measure, score AS value FROM company_dims
    UNION ALL
    SELECT c.round_id, 0, sum(d.w * c.score ORDER BY c.dim) / sum(d.w ORDER BY c.dim)
    FROM company_dims c JOIN dims d ON d.dim = c.dim
    GROUP BY c.round_id HAVING count(*) = (SELECT count(*) FROM dims)),
measures AS (SELECT 0 AS measure UNION ALL SELECT dim FROM dims),
peer_values AS (
    SELECT p.asked, p.peer, m.measure, v.value
    FROM peer_rounds p CROSS JOIN measures m
    LEFT JOIN company_values v ON v.round_id = p.round_id AND v.measure = m.measure
    WHERE p.round_id IS NOT NULL),
bands AS (
    SELECT asked, measure, count(*) AS peers, count(value) AS n,
           sum(value ORDER BY peer) / nullif(count(value), 0)::float8 AS mean
    FROM peer_values GROUP BY asked, measure),
result AS (
    SELECT a.id AS round_id, m.measure, coalesce(b.peers, 0) AS peers, coalesce(b.n, 0) AS n, b.mean, x.value AS x
    FROM asked a CROSS JOIN measures m
    LEFT JOIN bands b ON b.asked = a.id AND b.measure = m.measure
    LEFT JOIN company_values x ON x.round_id = a.id AND x.measure = m.measure)
SELECT r.round_id, r.measure, r.peers::integer,
       CASE WHEN r.n >= 5 AND r.x IS NOT NULL THEN
           100.0::float8 * ((SELECT (count(*) FILTER (WHERE v.value < r.x - 1e-9::float8))::float8
                                    + 0.5::float8 * (count(*) FILTER (WHERE v.value >= r.x - 1e-9::float8
                                                                      AND abs(v.value - r.x) <= 1e-9::float8))::float8
                             FROM peer_values v WHERE v.asked = r.round_id AND v.measure = r.measure))
           / r.n::float8 END,
       CASE WHEN r.n >= 5 THEN r.mean END,
       CASE WHEN r.n >= 5 THEN sqrt((SELECT sum((v.value - r.mean) * (v.value - r.mean) ORDER BY v.peer)
                                     FROM peer_values v
                                     WHERE v.asked = r.round_id AND v.measure = r.measure AND v.value IS NOT NULL)
                                    / r.n::float8) END
FROM result r ORDER BY r.round_id, r.measure
)sql");
}

} // namespace

bool isGrantRole(const QString &role)
{
    return role == u"read" || role == u"write" || role == u"admin";
}

QStringList companyTables()
{
    QStringList out;
    for (const Path &p : kPaths)
        out << QString::fromUtf16(p.table);
    return out;
}

QStringList readableTables()
{
    return companyTables() + QStringList{QStringLiteral("sbradar_schema"),   QStringLiteral("settings"),
                                         QStringLiteral("questionnaire"),    QStringLiteral("items"),
                                         QStringLiteral("mapping_profiles"), QStringLiteral("sbradar_grants"),
                                         QStringLiteral("sbradar_team")};
}

QStringList grantsTables()
{
    // A changed grant changes what the login's open windows may show: announced like company data.
    return QStringList{
               QStringLiteral("CREATE TABLE IF NOT EXISTS public.sbradar_grants(login TEXT COLLATE \"C\" NOT NULL, "
                              "company_id BIGINT NOT NULL REFERENCES public.companies(id) ON DELETE CASCADE, "
                              "role TEXT NOT NULL CHECK (role IN ('read', 'write', 'admin')), "
                              "PRIMARY KEY (login, company_id))"),
               QStringLiteral("CREATE TABLE IF NOT EXISTS public.sbradar_team(version INTEGER NOT NULL)"),
           } +
           postgres::announceTrigger(QStringLiteral("sbradar_grants"));
}

QStringList functions()
{
    return {
        // Members of the owner role see every company; pg_has_role is true for superusers too.
        QStringLiteral("CREATE OR REPLACE FUNCTION public.sbradar_sees_all() RETURNS boolean LANGUAGE sql STABLE "
                       "SET search_path = pg_catalog AS $$ SELECT pg_has_role(current_user, '%1', 'MEMBER') $$")
            .arg(ownerRole()),
        // The companies granted to the current user at `min_role` or above.
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION public.sbradar_granted(min_role text) RETURNS SETOF bigint LANGUAGE sql "
            "STABLE SET search_path = pg_catalog AS $$ SELECT g.company_id FROM public.sbradar_grants g "
            "WHERE g.login = current_user::text AND CASE min_role WHEN 'read' THEN true "
            "WHEN 'write' THEN g.role IN ('write', 'admin') ELSE g.role = 'admin' END $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION public.sbradar_benchmark(round_ids bigint[]) "
                       "RETURNS TABLE(round_id bigint, measure integer, peers integer, percentile double precision, "
                       "mean double precision, sd double precision) LANGUAGE sql STABLE SECURITY DEFINER "
                       "SET search_path = pg_catalog, public SET jit = off AS $fn$ %1 $fn$")
            .arg(benchmarkQuery()),
    };
}

QStringList policies(const QString &table)
{
    if (table == u"sbradar_grants") {
        const QString own = seesAll() + QStringLiteral(" OR login = current_user::text");
        return policySet(table, own, seesAll(), seesAll(), seesAll());
    }
    if (table == u"mapping_profiles") {
        // A profile that names a fixed company belongs to that company; the others to everybody.
        const QString company = QStringLiteral("coalesce(profile::jsonb #>> '{constants,company}', '')");
        const QString visible =
            QStringLiteral("%1 OR %2 = '' OR %2 IN (SELECT name FROM public.companies)").arg(seesAll(), company);
        return policySet(table, visible, visible, visible, visible);
    }
    for (const Path &p : kPaths) {
        if (table != QString::fromUtf16(p.table))
            continue;
        const bool company = table == u"companies" || table == u"pool_exclusions";
        const QString change = allowed(p, company ? QStringLiteral("admin") : QStringLiteral("write"));
        return policySet(table, allowed(p, QStringLiteral("read")), table == u"companies" ? seesAll() : change, change,
                         change);
    }
    return {};
}

QStringList privileges()
{
    const QString group = consultantRole();
    QStringList writable = companyTables();
    writable.removeAll(QStringLiteral("companies"));
    return {
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
        QStringLiteral("GRANT SELECT ON %1 TO %2").arg(readableTables().join(QStringLiteral(", ")), group),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1, mapping_profiles TO %2")
            .arg(writable.join(QStringLiteral(", ")), group),
        // A company is created by an administrator of the workspace; its admins rename or delete it.
        QStringLiteral("GRANT UPDATE, DELETE ON companies TO %1").arg(group),
        QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(group),
        QStringLiteral("REVOKE ALL ON FUNCTION public.sbradar_benchmark(bigint[]) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION public.sbradar_benchmark(bigint[]) TO %1").arg(group),
    };
}

} // namespace sbr::storage::team
