#pragma once
// The `plan --json` document of formats.md *Action plan*.

#include "domain/Plan.h"
#include "scoring/Effect.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace sbr::io {

/// One plan measure with its effect (scoring.md *Effect of a measure*; empty: `null`).
struct PlanEntry {
    PlanMeasure measure;
    QStringList items; ///< the statements it should move (planItems())
    std::optional<MeasureEffect> effect;
};

/// {"company": …, "measures": [{"id", "measure" (null for an own measure, which has "title"),
/// "items", "owner", "due", "horizon", "status", "done_on", "note", "effect"}]}; dates as
/// YYYY-MM-DD or null, numbers at full double precision, one line with a newline.
QByteArray planJson(const QString &company, const QList<PlanEntry> &entries);

} // namespace sbr::io
