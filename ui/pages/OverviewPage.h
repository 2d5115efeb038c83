#pragma once
// Every company and round of the workspace at a glance: index, stage, change, percentile.

#include "Selection.h"

#include <QWidget>

class QTableView;
class QLabel;

namespace sbr::ui {

class WorkspaceController;
class CompanyOverviewModel;

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(WorkspaceController *controller, QWidget *parent = nullptr);
    void setSelection(const Selection &selection);
    CompanyOverviewModel *model() const { return m_model; }

signals:
    /// A row was activated (double-click, Enter): the window selects that round.
    void roundActivated(const QString &company, const QString &round);

private:
    void refresh();
    WorkspaceController *m_controller;
    CompanyOverviewModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace sbr::ui
