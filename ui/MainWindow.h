#pragma once
// The workbench window: the navigator (companies → rounds → departments) beside the pages for
// the selection. It only assembles: files and structure edits live in WorkspaceActions, each
// page in its own class, all data in the WorkspaceController.

#include "PageTabs.h"
#include "Selection.h"
#include "domain/WorkspaceError.h"

#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QTimer>

class QTreeView;
class QSplitter;
class QStackedWidget;

namespace sbr::ui {

class WorkspaceController;
class WorkspaceActions;
class NavigatorModel;
class FirstSteps;
class AssessmentPage;
class QuestionnairePage;
class OverviewPage;
class WorkshopController;
class DashboardPage;
class BenchmarkPage;
class RecommendationsPage;
class PlanPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkspaceController *controller() const { return m_controller; }
    WorkspaceActions *actions() const { return m_actions; }
    NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    QTreeView *navigator() const { return m_navigator; }
    AssessmentPage *assessmentPage() const { return m_assessment; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    BenchmarkPage *benchmarkPage() const { return m_benchmark; }
    RecommendationsPage *recommendationsPage() const { return m_recommendations; }
    PlanPage *planPage() const { return m_plan; }
    /// The pages as tabs; each scrolls when the window is too small for it.
    PageTabs *pages() const { return m_pages; }
    /// The first steps, shown instead of the pages while the workspace has no round.
    FirstSteps *firstSteps() const { return m_firstSteps; }
    WorkshopController *workshop() const { return m_workshop; }

    /// Opens a workspace (a file, or a team workspace's address: then the password is asked for
    /// when the server wants one); on failure shows why and keeps the current one.
    bool openWorkspace(const QString &path);
    /// Opens the team workspace at `uri`, asking for the password when the server wants one; false
    /// with *error and no message box (the connect dialog shows it).
    bool connectTeamWorkspace(const QString &uri, WorkspaceError *error);
    Selection selection() const { return m_selection; }
    void select(const Selection &selection);

    /// Selects the navigator row `index` (nothing for an invalid one) and pops up its context
    /// menu (WorkspaceActions::contextMenu) at `globalPos`: what a right click, the Menu key and
    /// Shift+F10 do.
    void showNavigatorMenu(const QModelIndex &index, const QPoint &globalPos);
    /// The navigator's context menu while it is open, else nullptr.
    QMenu *navigatorMenu() const { return m_navigatorMenu; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// The first time: the navigator takes a quarter of the window (within its minimum and 340 px).
    void showEvent(QShowEvent *event) override;
    /// The navigator's context menu: a right click on a row, the Menu key, Shift+F10.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void buildNavigator();
    void buildMenus();
    void onNavigatorChanged();
    void restoreSelection();
    /// Remembers the selection and page for the next start (AppSettings::lastSelection).
    void rememberSelection();
    void writeRememberedSelection();
    /// Selects what was shown when `path` was open last; false if it is gone.
    bool selectRemembered(const QString &path);
    void updateTitle();
    /// After the workspace at `path` was opened: recent files, the selection, title, recovery.
    void showOpened(const QString &path);
    /// The workspace is being edited in another window: offers reading only or a copy.
    bool openElsewhereOpened(const QString &path, WorkspaceError *error);
    void showPagesFor(const Selection &selection);
    /// An empty workspace (no round yet) shows the first steps instead of the pages.
    void updateFirstSteps();

    WorkspaceController *m_controller;
    WorkshopController *m_workshop;
    WorkspaceActions *m_actions = nullptr;
    NavigatorModel *m_navigatorModel = nullptr;
    QTreeView *m_navigator = nullptr;
    PageTabs *m_pages = nullptr;
    QPointer<QMenu> m_navigatorMenu;
    QSplitter *m_split = nullptr;
    QStackedWidget *m_stack = nullptr; ///< the pages, or the first steps
    FirstSteps *m_firstSteps = nullptr;
    QString m_path; ///< the open workspace's file, for the remembered selection
    OverviewPage *m_overview = nullptr;
    DashboardPage *m_dashboard = nullptr;
    BenchmarkPage *m_benchmark = nullptr;
    RecommendationsPage *m_recommendations = nullptr;
    PlanPage *m_plan = nullptr;
    AssessmentPage *m_assessment = nullptr;
    QuestionnairePage *m_questionnaire = nullptr;
    Selection m_selection;
    bool m_rebuilding = false;
    bool m_shown = false; ///< the splitter has had its first sizes
    QTimer m_remember;    ///< writes the remembered selection a moment after the last change
};

} // namespace sbr::ui
