#pragma once
// Recommendations of one company round, ranked by index gain, each with the measures the
// questionnaire links to it as children; a measure's check box marks it as planned. In the
// department scope, those of the selected department (scoring.md *Recommendations for a
// department*, from what people may see of it: none for a hidden department); optionally only
// the quick wins (a linked measure of low effort).

#include "Selection.h"
#include "domain/Plan.h"
#include "scoring/DepartmentRecommendations.h"
#include "scoring/Scoring.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace sbr::ui {

class WorkspaceController;

class RecommendationsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Text, Dimension, Score, Gap, Gain, Effort, ColumnCount };

    explicit RecommendationsModel(WorkspaceController *controller, QObject *parent = nullptr);
    void setSelection(const Selection &selection);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    double target() const { return m_target; }
    /// False: the company's recommendations; true: the selected department's.
    void setDepartmentScope(bool department);
    bool departmentScope() const { return m_departmentScope; }
    /// Only the recommendations with a low-effort measure (quick wins).
    void setQuickWinsOnly(bool only);
    /// In the department scope: whether the department's recommendations may be shown, and why not.
    DepartmentRecommendations::Status departmentStatus() const { return m_status; }

private:
    void reload();
    WorkspaceController *m_controller;
    Selection m_selection;
    std::vector<Recommendation> m_recommendations;
    std::vector<OptDouble> m_itemScores;
    QSet<QString> m_planned;              ///< catalogue measures in the plan, not dropped
    QHash<QString, PlanMeasure> m_inPlan; ///< the plan's catalogue measures, by measure id
    double m_target = 75;
    bool m_departmentScope = false;
    bool m_quickWinsOnly = false;
    DepartmentRecommendations::Status m_status = DepartmentRecommendations::Status::NotAssessed;
};

} // namespace sbr::ui
