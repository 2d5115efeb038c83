#pragma once
// How the company compares with the other companies of the workspace (its peers), and the
// published reference figures next to the statements they concern, with their sources.

#include "Selection.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;

namespace sbr::ui {

class WorkspaceController;
class BenchmarkModel;

class BenchmarkPage : public QWidget {
    Q_OBJECT
public:
    explicit BenchmarkPage(WorkspaceController *controller, QWidget *parent = nullptr);
    void setSelection(const Selection &selection);
    BenchmarkModel *model() const { return m_model; }

private:
    class LazyRefresh *m_lazy = nullptr;
    void refresh();
    WorkspaceController *m_controller;
    Selection m_selection;
    QLabel *m_summary;
    BenchmarkModel *m_model;
    QTableView *m_table;
    QTableWidget *m_references;
};

} // namespace sbr::ui
