#include "DepartmentRecommendations.h"

#include <algorithm>

namespace sbr {

std::vector<Recommendation> quickWins(const Questionnaire &q, const std::vector<Recommendation> &recommendations)
{
    std::vector<Recommendation> out;
    for (const Recommendation &r : recommendations) {
        const bool low = std::any_of(r.measures.begin(), r.measures.end(), [&](const QString &id) {
            const Measure *m = q.measure(id);
            return m && m->effort == Effort::Low;
        });
        if (low)
            out.push_back(r);
    }
    return out;
}

DepartmentRecommendations recommendForDepartment(const Questionnaire &q, const AnonymousRound &round,
                                                 const QString &department, double target)
{
    DepartmentRecommendations out;
    const AnonymousDepartment *d = round.department(department);
    if (!d)
        return out;
    if (d->hidden) {
        out.status = d->protectsAnother ? DepartmentRecommendations::Status::ProtectsAnother
                                        : DepartmentRecommendations::Status::TooFew;
        return out;
    }
    out.status = DepartmentRecommendations::Status::Shown;
    std::vector<OptDouble> scores(size_t(q.itemCount()));
    for (size_t i = 0; i < scores.size() && i < d->items.size(); ++i)
        if (!d->items[i].hidden)
            scores[i] = d->items[i].score;
    out.lift = recommend(q, scores, target);
    out.quickWins = quickWins(q, out.lift);
    return out;
}

} // namespace sbr
