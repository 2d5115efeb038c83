#include "Plan.h"

namespace sbr {

QString horizonKey(Horizon h)
{
    switch (h) {
    case Horizon::Now:
        return QStringLiteral("now");
    case Horizon::Next:
        return QStringLiteral("next");
    case Horizon::Later:
        break;
    }
    return QStringLiteral("later");
}

QString planStatusKey(PlanStatus s)
{
    switch (s) {
    case PlanStatus::Planned:
        return QStringLiteral("planned");
    case PlanStatus::Doing:
        return QStringLiteral("doing");
    case PlanStatus::Done:
        return QStringLiteral("done");
    case PlanStatus::Dropped:
        break;
    }
    return QStringLiteral("dropped");
}

std::optional<Horizon> horizonFromKey(const QString &key)
{
    for (Horizon h : {Horizon::Now, Horizon::Next, Horizon::Later})
        if (horizonKey(h) == key)
            return h;
    return std::nullopt;
}

std::optional<PlanStatus> planStatusFromKey(const QString &key)
{
    for (PlanStatus s : {PlanStatus::Planned, PlanStatus::Doing, PlanStatus::Done, PlanStatus::Dropped})
        if (planStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QStringList planItems(const Questionnaire &q, const PlanMeasure &m)
{
    QStringList out;
    for (const Item *item : q.flatItems())
        if (m.isOwn() ? m.ownItems.contains(item->id) : item->measures.contains(m.measure))
            out.append(item->id);
    return out;
}

QString planTitle(const Questionnaire &q, const PlanMeasure &m, const QString &lang)
{
    if (m.isOwn())
        return m.title;
    const Measure *measure = q.measure(m.measure);
    return measure ? measure->title.text(lang) : m.measure;
}

} // namespace sbr
