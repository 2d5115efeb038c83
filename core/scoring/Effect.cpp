#include "Effect.h"

namespace sbr {

std::optional<MeasureEffect> measureEffect(const Questionnaire &q, const CompanyResult &company,
                                           const QStringList &items, const QDate &doneOn)
{
    if (!doneOn.isValid())
        return std::nullopt;
    const RoundResult *from = nullptr;
    const RoundResult *to = nullptr;
    for (const RoundResult &r : company.rounds) { // by date
        if (r.date <= doneOn)
            from = &r;
        else if (!to)
            to = &r;
    }
    if (!from || !to)
        return std::nullopt;
    MeasureEffect effect;
    effect.fromRound = from->label;
    effect.toRound = to->label;
    effect.fromKey = from->key;
    effect.toKey = to->key;
    double sum = 0.0;
    int count = 0;
    for (const QString &id : items) {
        const int index = q.itemIndex(id);
        auto scoreIn = [index](const RoundResult &r) -> OptDouble {
            if (index < 0 || size_t(index) >= r.company.itemScores.size())
                return std::nullopt;
            return r.company.itemScores[size_t(index)];
        };
        ItemChange change{id, scoreIn(*from), scoreIn(*to), std::nullopt};
        if (change.before && change.after) {
            change.delta = *change.after - *change.before;
            sum += *change.delta;
            ++count;
        }
        effect.items.push_back(change);
    }
    if (count > 0)
        effect.meanDelta = sum / count;
    return effect;
}

} // namespace sbr
