#pragma once
// What to do next: the statements whose improvement to the target gains the most index
// points, with their measures and effort; measures can be marked as planned. Switches between
// the company and the selected department (scoring.md *Recommendations for a department*) and
// can show only the quick wins.

#include "Selection.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTreeView;

namespace sbr::ui {

class WorkspaceController;
class RecommendationsModel;

class RecommendationsPage : public QWidget {
    Q_OBJECT
public:
    explicit RecommendationsPage(WorkspaceController *controller, QWidget *parent = nullptr);
    void setSelection(const Selection &selection);
    RecommendationsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *scopeBox() const { return m_scope; }
    QCheckBox *quickWinsBox() const { return m_quickWins; }
    /// The sentence above the list (what it ranks, or why a department has none).
    QString summary() const;

private:
    class LazyRefresh *m_lazy = nullptr;
    void refresh();
    void targetEdited();
    WorkspaceController *m_controller;
    Selection m_selection;
    QLabel *m_summary;
    QDoubleSpinBox *m_target;
    QComboBox *m_scope;
    QCheckBox *m_quickWins;
    void updateScope();
    QString departmentSummary() const;
    RecommendationsModel *m_model;
    QTreeView *m_view;
};

} // namespace sbr::ui
