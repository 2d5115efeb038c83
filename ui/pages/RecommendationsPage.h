#pragma once
// What to do next: the statements whose improvement to the target gains the most index
// points, with their measures and effort; measures can be marked as planned.

#include "Selection.h"

#include <QWidget>

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

private:
    class LazyRefresh *m_lazy = nullptr;
    void refresh();
    void targetEdited();
    WorkspaceController *m_controller;
    Selection m_selection;
    QLabel *m_summary;
    QDoubleSpinBox *m_target;
    RecommendationsModel *m_model;
    QTreeView *m_view;
};

} // namespace sbr::ui
