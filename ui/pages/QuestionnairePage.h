#pragma once
// Reading the questionnaire: dimensions and their items on the left; for the selected item its
// level descriptions, the measures it links to and the reference figures, with sources.

#include <QWidget>

class QTreeWidget;
class QTextBrowser;

namespace sbr::ui {

class WorkspaceController;

class QuestionnairePage : public QWidget {
    Q_OBJECT
public:
    explicit QuestionnairePage(WorkspaceController *controller, QWidget *parent = nullptr);

private:
    void rebuild();
    void showDetails();

    WorkspaceController *m_controller;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
};

} // namespace sbr::ui
