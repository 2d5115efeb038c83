#pragma once
// Builders for small questionnaires and workspaces written as literals in the tests.

#include "domain/Workspace.h"

#include <initializer_list>
#include <vector>

namespace sbr::test {

/// Dimensions "d0", "d1", … with the given weight and item weights; items "d0.i0", ….
inline Questionnaire questionnaire(std::initializer_list<std::pair<double, std::vector<double>>> dims, int min = 0,
                                   int max = 4)
{
    Questionnaire q;
    q.id = QStringLiteral("test");
    q.scale.min = min;
    q.scale.max = max;
    int d = 0;
    for (const auto &[weight, items] : dims) {
        Dimension dim;
        dim.id = QStringLiteral("d%1").arg(d);
        dim.weight = weight;
        for (size_t i = 0; i < items.size(); ++i) {
            Item item;
            item.id = QStringLiteral("d%1.i%2").arg(d).arg(i);
            item.weight = items[i];
            item.measures = {QStringLiteral("m-%1").arg(item.id)};
            dim.items.append(item);
        }
        q.dimensions.append(dim);
        ++d;
    }
    return q;
}

using Answers = std::vector<std::optional<int>>; ///< one item's answers in one assessment
constexpr std::nullopt_t na = std::nullopt;

/// An assessment from the answers per item (flat order) and the respondent count.
inline AssessmentData assessment(int round, int department, int respondents, const std::vector<Answers> &items)
{
    AssessmentData a;
    a.round = round;
    a.department = department;
    a.respondents = respondents;
    for (const Answers &answers : items)
        a.items.push_back(tally(answers));
    return a;
}

} // namespace sbr::test
