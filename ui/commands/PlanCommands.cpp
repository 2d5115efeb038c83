#include "PlanCommands.h"

#include "Commands.h"
#include "WorkspaceController.h"

#include <QCoreApplication>
#include <algorithm>

#include <memory>

namespace sbr::ui::commands {

QString stepTitle(const QString &title)
{
    constexpr int kMax = 40; // the undo step is named in the Edit menu and on the toolbar
    const QString t = title.simplified();
    return t.size() <= kMax ? t : t.left(kMax - 1).trimmed() + QChar(0x2026);
}

namespace {

QString title(WorkspaceController &c, const PlanMeasure &m)
{
    return stepTitle(planTitle(c.questionnaire(), m, c.language()));
}

} // namespace

qint64 addPlanMeasure(WorkspaceController &c, const PlanMeasure &m)
{
    session::WorkspaceSession *ws = c.session();
    auto added = std::make_shared<PlanMeasure>(m);
    const bool ok = perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Add \"%1\" to the plan").arg(title(c, m)),
        [ws, added](WorkspaceError *e) {
            const qint64 id = ws->addPlanMeasure(*added, e); // after an undo: the same id again
            if (id > 0)
                added->id = id;
            return id > 0;
        },
        [ws, added](WorkspaceError *e) { return ws->removePlanMeasure(added->id, nullptr, e); });
    return ok ? added->id : -1;
}

bool changePlanMeasure(WorkspaceController &c, const PlanMeasure &before, const PlanMeasure &after, const QString &text)
{
    session::WorkspaceSession *ws = c.session();
    return perform(
        c, text, [ws, after](WorkspaceError *e) { return ws->updatePlanMeasure(after, e); },
        [ws, before](WorkspaceError *e) { return ws->updatePlanMeasure(before, e); });
}

bool removePlanMeasure(WorkspaceController &c, const PlanMeasure &m)
{
    session::WorkspaceSession *ws = c.session();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Remove \"%1\" from the plan").arg(title(c, m)),
        [ws, m](WorkspaceError *e) { return ws->removePlanMeasure(m.id, nullptr, e); },
        [ws, m](WorkspaceError *e) { return ws->addPlanMeasure(m, e) > 0; });
}

bool setPlanned(WorkspaceController &c, qint64 company, const QString &measure, bool planned)
{
    QList<PlanMeasure> plan;
    WorkspaceError error;
    if (!c.session()->planMeasures(company, &plan, &error)) {
        c.reportError(error);
        return false;
    }
    const auto it =
        std::find_if(plan.cbegin(), plan.cend(), [&](const PlanMeasure &p) { return p.measure == measure; });
    if (!planned)
        return it == plan.cend() || removePlanMeasure(c, *it);
    if (it == plan.cend()) {
        PlanMeasure m;
        m.company = company;
        m.measure = measure;
        return addPlanMeasure(c, m) > 0;
    }
    if (it->status != PlanStatus::Dropped)
        return true;
    PlanMeasure again = *it;
    again.status = PlanStatus::Planned;
    return changePlanMeasure(
        c, *it, again, QCoreApplication::translate("sbr::ui::commands", "Take up \"%1\" again").arg(title(c, again)));
}

} // namespace sbr::ui::commands
