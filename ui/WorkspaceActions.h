#pragma once
// The menus' actions: files (new, open, recent, save a copy, import) and the structure of the
// workspace (companies, departments, rounds), each edit through the undo commands.

#include "Selection.h"

#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace sbr::ui {

class WorkspaceController;
class MainWindow;

class WorkspaceActions : public QObject {
    Q_OBJECT
public:
    WorkspaceActions(WorkspaceController *controller, MainWindow *window);

    void populate(QMenuBar *bar);
    /// The most used actions, for the toolbar.
    void populate(QToolBar *bar);
    void setSelection(const Selection &selection);
    /// A context menu for the selected navigator row with the Edit menu's actions that apply to
    /// that kind of row (company, round, department), the same QAction objects, so they act on
    /// the selection and are enabled alike; `onRow` false (empty space): a new company only.
    /// Owned by `parent`.
    QMenu *contextMenu(QWidget *parent, bool onRow) const;

public slots:
    void newWorkspace();
    void openWorkspace();
    /// File ▸ Connect to team workspace… (TeamConnectDialog), starting with the last team workspace's fields.
    void connectTeamWorkspace();
    void saveCopy();
    void importCsv();
    void exportReport();
    void distributeQuestionnaire();
    /// The selected company's scores (a file for that client); nothing without a selection.
    void exportScores();
    /// Every company of the workspace (the consultant's own overview).
    void exportAllScores();
    void newCompany();
    void newDepartment();
    void newRound();
    void renameSelected();
    void changeRoundDate();
    void setTarget();
    void editConclusions();
    void deleteSelected();
    void preferences();
    void startWorkshop();

private:
    void fillRecent(QMenu *menu);
    /// Asks for the file and writes the scores of `company` (empty: of all companies).
    void exportScoresOf(const QString &company);
    void updateEnabled();

    WorkspaceController *m_controller;
    MainWindow *m_window;
    Selection m_selection;
    QAction *m_saveCopy = nullptr, *m_import = nullptr, *m_newCompany = nullptr, *m_newDepartment = nullptr,
            *m_newRound = nullptr, *m_rename = nullptr, *m_roundDate = nullptr, *m_target = nullptr,
            *m_delete = nullptr, *m_workshop = nullptr, *m_undo = nullptr, *m_redo = nullptr, *m_report = nullptr,
            *m_exportScores = nullptr, *m_exportAllScores = nullptr, *m_conclusions = nullptr, *m_distribute = nullptr,
            *m_connectTeam = nullptr;
};

} // namespace sbr::ui
