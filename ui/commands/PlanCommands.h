#pragma once
// The action plan's changes as undoable steps (formats.md *Action plan*): each is performed at
// once through the session and put on the controller's undo stack; on failure the error is
// reported and nothing is pushed. Undo of a removal brings the measure back with its id and every
// field, so that later steps naming it stay valid.

#include "domain/Plan.h"

#include <QString>

namespace sbr::ui {
class WorkspaceController;
}

namespace sbr::ui::commands {

/// A measure's title as an undo step names it: at most 40 characters, shortened with "…".
QString stepTitle(const QString &title);
/// Adds `m` to the plan of `m.company`; its id, or -1.
qint64 addPlanMeasure(WorkspaceController &c, const PlanMeasure &m);
/// Changes the plan measure `before` (as it is now) into `after` (same id); `text` names the step.
bool changePlanMeasure(WorkspaceController &c, const PlanMeasure &before, const PlanMeasure &after,
                       const QString &text);
bool removePlanMeasure(WorkspaceController &c, const PlanMeasure &m);
/// The recommendations' tick: puts the catalogue measure into the company's plan (or takes a
/// dropped one up again), or takes it out of the plan.
bool setPlanned(WorkspaceController &c, qint64 company, const QString &measure, bool planned);

} // namespace sbr::ui::commands
