#pragma once
// The workbench window. For now an overview of the open workspace: every company and round
// with its readiness index; pages for assessments, benchmark and recommendations follow.

#include <QMainWindow>

#include <memory>

class QTableView;
class QLabel;

namespace sbr::storage {
class Workspace;
}

namespace sbr::ui {

class CompanyOverviewModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace; on failure shows the reason and keeps the current one.
    bool openWorkspace(const QString &path);

private:
    void chooseWorkspace();
    void refresh();

    std::unique_ptr<storage::Workspace> m_workspace;
    CompanyOverviewModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
};

} // namespace sbr::ui
