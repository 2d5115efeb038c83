#pragma once
// The action plan of a company (formats.md *Action plan*, domain.md measures): measures from the
// questionnaire's catalogue or the company's own, each with an owner, a due date, a horizon of
// the roadmap, a status and the date it was done. Plain data; the application layer
// (core/session) validates and stores it.

#include "domain/Questionnaire.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace sbr {

/// Where a measure stands on the roadmap: started now, next, or later.
enum class Horizon { Now, Next, Later };
/// Where a measure stands in its work.
enum class PlanStatus { Planned, Doing, Done, Dropped };

QString horizonKey(Horizon h);       ///< "now", "next", "later" (formats.md)
QString planStatusKey(PlanStatus s); ///< "planned", "doing", "done", "dropped"
std::optional<Horizon> horizonFromKey(const QString &key);
std::optional<PlanStatus> planStatusFromKey(const QString &key);

struct PlanMeasure {
    qint64 id = 0;        ///< the workspace's id (0 before it is stored)
    qint64 company = 0;   ///< the company's id
    QString measure;      ///< catalogue measure id; empty for an own measure
    QString title;        ///< an own measure's title (empty for catalogue measures)
    QStringList ownItems; ///< an own measure's statements (item ids); empty for catalogue measures
    QString owner;        ///< who is responsible (free text, may be empty)
    QDate due;            ///< invalid: no due date
    Horizon horizon = Horizon::Now;
    PlanStatus status = PlanStatus::Planned;
    QDate doneOn; ///< the date it was done; valid only with PlanStatus::Done
    QString note;

    bool isOwn() const { return measure.isEmpty(); }
    /// Overdue: a due date before `today` and not done or dropped.
    bool isOverdue(const QDate &today) const
    {
        return due.isValid() && due < today && status != PlanStatus::Done && status != PlanStatus::Dropped;
    }
    bool operator==(const PlanMeasure &) const = default;
};

/// The statements (item ids, questionnaire order) a plan measure should move: for a catalogue
/// measure the items that link to it, for an own measure its own list.
QStringList planItems(const Questionnaire &q, const PlanMeasure &m);
/// The measure's title in `lang`: the catalogue title, or the own title.
QString planTitle(const Questionnaire &q, const PlanMeasure &m, const QString &lang);

} // namespace sbr
