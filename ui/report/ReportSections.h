#pragma once
// The content of the management report: each function appends one section's blocks to the
// layout. ReportSections.cpp has the overview (cover, profile, trend, departments),
// SummarySection.cpp the summary page (with the manager's conclusions),
// DimensionSections.cpp the details (one section per dimension, recommendations, reference
// figures, method), PlanSections.cpp the action plan (roadmap, done since the last round). Only Report.cpp calls these.

#include "Report.h"
#include "ReportLayout.h"
#include "ReportText.h"

#include "ChartStyle.h"

#include <QList>

namespace sbr::report {

class PageLayout;

/// Running text and small print of every section.
inline TextStyle body()
{
    return TextStyle{};
}
inline TextStyle small()
{
    return TextStyle{8.0, false, false, colors::muted(), 1.3};
}

/// What every section reads: the selection, resolved, and the report's language.
struct SectionInput {
    const Questionnaire &q;
    const CompanyResult &company;
    const RoundResult &round;
    const RoundResult *previous; ///< the round before, by date; nullptr for the first
    const ReportOptions &options;
    const ReportText &t;
    QList<const DepartmentResult *> departments; ///< of the round, filtered by the options
    /// scoring.md *Anonymity*: the company and round as people may see them (company and round
    /// above are the same in the shape of ScoreReport, hidden values empty).
    const AnonymousCompany &anonymousCompany;
    const AnonymousRound &anonymous;
    int minGroup; ///< k

    bool hidden(const DepartmentResult &d) const { return anonymous.isHidden(d.name); }
    /// What a hidden department shows instead of numbers: "too few respondents", or "hidden to
    /// protect another department" when it is hidden by complementary suppression (rule 2).
    QString hiddenText(const QString &department) const;
    /// Respondents of a round as shown: the visible departments and a shown pool together;
    /// empty when the company's values of that round are hidden (fewer than k in all).
    static std::optional<int> respondentsShown(const AnonymousRound &round);
    /// The anonymous view of a round of `company` (by label), nullptr when there is none.
    const AnonymousRound *anonymousRound(const QString &label) const;
    QStringList departmentNames() const;
    /// "Other departments (Einkauf, Vertrieb)": the row of the pool (scoring.md *Anonymity*, rule 4).
    QString poolName() const;
    QString dimensionTitle(int d) const;
    QString itemText(int flatItem) const;
    /// "2.3": the third statement of the second dimension, as numbered in the dimension tables.
    QString itemNumber(int flatItem) const;
    /// "Praxis 2.3", the dimension and number of a statement.
    QString itemReference(int flatItem) const;
    charts::ChartStyle chartStyle() const;
};

/// A bullet point whose text starts with a bold lead-in ending in a colon ("Team 3.2: …");
/// without a colon in `text`, nothing is bold.
void addBullet(PageLayout &layout, const QString &text);

void addCover(PageLayout &layout, const SectionInput &in);
void addSummary(PageLayout &layout, const SectionInput &in);
void addProfile(PageLayout &layout, const SectionInput &in);
void addTrend(PageLayout &layout, const SectionInput &in);
void addDepartments(PageLayout &layout, const SectionInput &in);

void addDimensions(PageLayout &layout, const SectionInput &in);
void addRecommendations(PageLayout &layout, const SectionInput &in);
/// DepartmentSection.cpp: scoring.md *Recommendations for a department*, per listed department.
void addDepartmentRecommendations(PageLayout &layout, const SectionInput &in);
/// PlanSections.cpp: the roadmap page and "Done since the last round" from options.plan (nothing
/// when it is not given); which measures each lists is defined at the top of that file.
void addRoadmap(PageLayout &layout, const SectionInput &in);
void addDoneSince(PageLayout &layout, const SectionInput &in);
void addReferences(PageLayout &layout, const SectionInput &in);
void addMethod(PageLayout &layout, const SectionInput &in);

} // namespace sbr::report
