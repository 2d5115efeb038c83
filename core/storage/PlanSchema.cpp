// Schema step: the action plan (formats.md *Action plan*). Replaces the bare list of planned
// catalogue measures by plan measures with owner, due date, horizon, status, done date and note;
// every planned measure stays in the plan as "planned", on the "now" horizon.

#include "Schema.h"

namespace sbr::storage {

Migration planMigration(int to)
{
    return {
        to,
        {
            QStringLiteral("CREATE TABLE plan_measures(id INTEGER PRIMARY KEY, "
                           "company_id INTEGER NOT NULL REFERENCES companies(id) ON DELETE CASCADE, "
                           "measure TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', "
                           "items TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', due TEXT, "
                           "horizon TEXT NOT NULL DEFAULT 'now' CHECK (horizon IN ('now', 'next', 'later')), "
                           "status TEXT NOT NULL DEFAULT 'planned' "
                           "CHECK (status IN ('planned', 'doing', 'done', 'dropped')), "
                           "done_on TEXT CHECK (done_on IS NULL OR status = 'done'), note TEXT NOT NULL DEFAULT '', "
                           "CHECK (measure <> '' OR title <> ''))"),
            // A catalogue measure is in a company's plan at most once.
            QStringLiteral("CREATE UNIQUE INDEX plan_measures_catalogue ON plan_measures(company_id, measure) "
                           "WHERE measure <> ''"),
            QStringLiteral("INSERT INTO plan_measures(company_id, measure) SELECT company_id, measure "
                           "FROM planned_measures ORDER BY company_id, measure"),
            QStringLiteral("DROP TABLE planned_measures"),
        }};
}

} // namespace sbr::storage
