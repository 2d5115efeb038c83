#pragma once
// What the user has selected in the navigator: a company, optionally one of its rounds, and
// optionally a department within that round. A company without rounds shows its departments
// directly below it: selecting one names the department without a round. Ids are the
// workspace's; names for display and for finding the scores.

#include <QString>

namespace sbr::ui {

struct Selection {
    qint64 company = 0;
    qint64 round = 0;
    qint64 department = 0;
    QString companyName;
    QString roundLabel;
    QString departmentName;

    bool hasCompany() const { return company != 0; }
    bool hasRound() const { return round != 0; }
    /// A department in a round: an assessment that has answers, a grid, a workshop.
    bool hasDepartment() const { return department != 0 && round != 0; }
    /// A department, in a round or not yet (to rename or delete it).
    bool namesDepartment() const { return department != 0; }
    bool operator==(const Selection &) const = default;
};

} // namespace sbr::ui
