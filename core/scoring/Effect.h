#pragma once
// scoring.md *Effect of a measure (action plan)*: for a measure done on a date D, how the company
// item scores of its statements changed between the company's latest round dated on or before D
// and its first round dated after D. This says what changed, not that the measure caused it.

#include "scoring/Scoring.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace sbr {

struct ItemChange {
    QString id;       ///< item id
    OptDouble before; ///< company item score in the from round (score points 0..100), NULL if none
    OptDouble after;  ///< the same in the to round
    OptDouble delta;  ///< after - before; NULL if either is NULL
};

struct MeasureEffect {
    QString fromRound; ///< label of the latest round dated on or before the done date
    QString toRound;   ///< label of the first round dated after it
    qint64 fromKey = 0;
    qint64 toKey = 0;
    std::vector<ItemChange> items; ///< in the order of `items` given
    OptDouble meanDelta;           ///< mean of the non-NULL deltas; NULL if none
};

/// The effect of a measure of `company` done on `doneOn` on the statements `items` (item ids of
/// `q`; unknown ids give NULL scores). `company` is a scored company (its rounds by date); pass a
/// company of the anonymous view (WorkspaceSession::shownReport()) for outputs that people read,
/// so that withheld company values stay withheld. Empty (NULL) when `doneOn` is invalid or either
/// round does not exist. The caller applies it only to measures with status done.
std::optional<MeasureEffect> measureEffect(const Questionnaire &q, const CompanyResult &company,
                                           const QStringList &items, const QDate &doneOn);

} // namespace sbr
