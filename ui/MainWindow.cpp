#include "MainWindow.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "WorkspaceActions.h"
#include "WorkspaceController.h"
#include "dialogs/TeamConnectDialog.h"
#include "models/NavigatorModel.h"
#include "pages/AssessmentPage.h"
#include "pages/BenchmarkPage.h"
#include "pages/DashboardPage.h"
#include "pages/FastItemDelegate.h"
#include "pages/FirstSteps.h"
#include "pages/OverviewPage.h"
#include "pages/PlanPage.h"
#include "pages/QuestionnairePage.h"
#include "pages/RecommendationsPage.h"
#include "presentation/WorkshopController.h"

#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

namespace sbr::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_controller(new WorkspaceController(this)),
      m_workshop(new WorkshopController(m_controller, this))
{
    m_controller->setLanguage(AppSettings::effectiveLanguage());
    connect(m_controller, &WorkspaceController::errorOccurred, this,
            [this](const QString &title, const QString &message) { Dialogs::warning(this, title, message); });
    connect(m_controller, &WorkspaceController::workspaceOpened, this, &MainWindow::updateTitle);
    connect(m_controller->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    m_remember.setSingleShot(true);
    m_remember.setInterval(1000);
    connect(&m_remember, &QTimer::timeout, this, &MainWindow::writeRememberedSelection);
    buildUi();
    resize(1280, 800);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    updateTitle();
}

MainWindow::~MainWindow()
{
    if (m_remember.isActive()) // the last place, written before the window goes
        writeRememberedSelection();
    m_controller->undoStack()->disconnect(this);
    m_controller->disconnect(this);
}

void MainWindow::buildUi()
{
    buildNavigator();

    m_pages = new PageTabs;
    // All seven tabs in sight in a small window: their titles give way (elided) before any
    // tab hides behind scroll buttons.
    m_pages->setUsesScrollButtons(false);
    m_pages->setElideMode(Qt::ElideRight);
    m_pages->setDocumentMode(true);
    m_dashboard = new DashboardPage(m_controller);
    m_assessment = new AssessmentPage(m_controller);
    m_benchmark = new BenchmarkPage(m_controller);
    m_recommendations = new RecommendationsPage(m_controller);
    m_plan = new PlanPage(m_controller);
    m_questionnaire = new QuestionnairePage(m_controller);
    m_overview = new OverviewPage(m_controller);
    m_pages->addPage(m_dashboard, tr("&Dashboard"));
    m_pages->addPage(m_assessment, tr("&Assessment"));
    m_pages->addPage(m_benchmark, tr("&Benchmark"));
    m_pages->addPage(m_recommendations, tr("&Recommendations"));
    m_pages->addPage(m_plan, tr("Action &plan"));
    m_pages->addPage(m_questionnaire, tr("&Questionnaire"));
    m_pages->addPage(m_overview, tr("All &companies"));
    connect(m_pages, &PageTabs::currentChanged, this, &MainWindow::rememberSelection);
    connect(m_overview, &OverviewPage::roundActivated, this, [this](const QString &company, const QString &round) {
        for (int c = 0; c < m_navigatorModel->rowCount(); ++c) {
            const QModelIndex companyIndex = m_navigatorModel->index(c, 0);
            if (m_navigatorModel->selectionAt(companyIndex).companyName != company)
                continue;
            for (int r = 0; r < m_navigatorModel->rowCount(companyIndex); ++r) {
                const Selection s = m_navigatorModel->selectionAt(m_navigatorModel->index(r, 0, companyIndex));
                if (s.roundLabel == round) {
                    select(s);
                    m_pages->setCurrentWidget(m_dashboard);
                }
            }
        }
    });

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_pages);
    m_firstSteps = new FirstSteps;
    m_stack->addWidget(m_firstSteps);
    m_split = new QSplitter;
    m_split->addWidget(m_navigator);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(1, 3);
    m_split->setCollapsible(0, false); // the navigator keeps its minimum width
    m_split->setSizes({320, 960});
    setCentralWidget(m_split);

    m_actions = new WorkspaceActions(m_controller, this);
    connect(m_firstSteps, &FirstSteps::newCompanyRequested, m_actions, &WorkspaceActions::newCompany);
    connect(m_firstSteps, &FirstSteps::newRoundRequested, m_actions, &WorkspaceActions::newRound);
    connect(m_firstSteps, &FirstSteps::importRequested, m_actions, &WorkspaceActions::importCsv);
    buildMenus();
    restoreSelection();
}

void MainWindow::buildNavigator()
{
    m_navigatorModel = new NavigatorModel(m_controller, this);
    m_navigator = new QTreeView;
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setItemDelegate(new FastItemDelegate(m_navigator));
    m_navigator->setAccessibleName(tr("Navigator: companies, rounds and departments"));
    m_navigator->header()->setSectionResizeMode(NavigatorModel::NameColumn, QHeaderView::Stretch);
    // The index never needs more room than "100,0": a fixed width spares measuring every row's
    // text whenever a score changes (ResizeToContents would, on each keystroke).
    m_navigator->header()->setSectionResizeMode(NavigatorModel::IndexColumn, QHeaderView::Fixed);
    const int indexWidth = std::max(m_navigator->fontMetrics().horizontalAdvance(QLocale().toString(100.0, 'f', 1)),
                                    m_navigator->fontMetrics().horizontalAdvance(tr("Index"))) +
                           4 * m_navigator->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    m_navigator->header()->resizeSection(NavigatorModel::IndexColumn, indexWidth);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->setUniformRowHeights(true);
    // However small the window, a company name of two dozen letters in bold (as long as "Weber
    // Maschinenbau GmbH") stays readable beside its index: the splitter stops there. Longer
    // names are elided and shown in full as the row's tooltip.
    QFont bold = m_navigator->font();
    bold.setBold(true);
    const int nameWidth = QFontMetrics(bold).horizontalAdvance(QString(24, u'n')) + m_navigator->indentation() +
                          2 * m_navigator->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 4;
    m_navigator->setMinimumWidth(std::max(220, nameWidth + indexWidth + 2 * m_navigator->frameWidth()));
    m_navigator->installEventFilter(this);
    m_navigator->viewport()->installEventFilter(this);
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::onNavigatorChanged);
    connect(m_navigatorModel, &QAbstractItemModel::modelReset, this, &MainWindow::restoreSelection);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The event type first: the navigator may be half destroyed while the language changes.
    const bool menuKey = event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_F10 &&
                         static_cast<QKeyEvent *>(event)->modifiers() == Qt::ShiftModifier;
    if ((event->type() != QEvent::ContextMenu && !menuKey) || !m_navigator ||
        (watched != m_navigator && watched != m_navigator->viewport()))
        return QMainWindow::eventFilter(watched, event);
    const QModelIndex current = m_navigator->currentIndex();
    const auto *menuEvent = event->type() == QEvent::ContextMenu ? static_cast<QContextMenuEvent *>(event) : nullptr;
    if (menuEvent && menuEvent->reason() == QContextMenuEvent::Mouse) { // the row under the pointer
        const QPoint pos =
            m_navigator->viewport()->mapFromGlobal(static_cast<QWidget *>(watched)->mapToGlobal(menuEvent->pos()));
        showNavigatorMenu(m_navigator->indexAt(pos), menuEvent->globalPos());
    } else { // the Menu key, Shift+F10: the current row
        showNavigatorMenu(current, m_navigator->viewport()->mapToGlobal(m_navigator->visualRect(current).bottomLeft()));
    }
    return true;
}

void MainWindow::showNavigatorMenu(const QModelIndex &index, const QPoint &globalPos)
{
    // The menu acts on the row it was opened on: that row is selected first.
    if (index.isValid())
        m_navigator->setCurrentIndex(index.siblingAtColumn(NavigatorModel::NameColumn));
    if (m_navigatorMenu)
        m_navigatorMenu->close();
    m_navigatorMenu = m_actions->contextMenu(this, index.isValid());
    m_navigatorMenu->setAttribute(Qt::WA_DeleteOnClose);
    m_navigatorMenu->popup(globalPos);
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    m_actions->populate(menuBar());
    delete findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->populate(bar);
    statusBar()->showMessage(tr("Changes are saved as you make them. Ctrl+Z undoes the last one."));
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_shown) {
        m_shown = true;
        const int navigator =
            std::clamp(width() / 4, m_navigator->minimumWidth(), std::max(340, m_navigator->minimumWidth()));
        m_split->setSizes({navigator, std::max(0, m_split->width() - navigator)});
    }
    QMainWindow::showEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // A new language: rebuild every text by rebuilding the window's widgets; the data and the
    // selection live in the controller and survive.
    if (event->type() == QEvent::LanguageChange && m_navigator && !m_rebuilding) {
        m_rebuilding = true;
        const Selection keep = m_selection;
        const int page = m_pages->currentIndex();
        const QByteArray splitState = m_split->saveState();
        delete m_actions;
        delete m_navigatorModel;
        delete takeCentralWidget();
        m_selection = {}; // the new pages know nothing yet
        buildUi();
        m_split->restoreState(splitState);
        select(keep);
        m_pages->setCurrentIndex(page);
        updateTitle();
        m_rebuilding = false;
    }
    QMainWindow::changeEvent(event);
}

bool MainWindow::openWorkspace(const QString &path)
{
    WorkspaceError error;
    if (session::WorkspaceSession::isTeamLocation(path)) {
        if (connectTeamWorkspace(path, &error))
            return true;
        if (error.kind != WorkspaceError::Kind::Cancelled)
            Dialogs::warning(this, tr("The team workspace cannot be opened"), teamOpenProblem(path, error));
        return false;
    }
    if (!m_controller->open(path, &error) &&
        !(error.kind == WorkspaceError::Kind::OpenElsewhere && openElsewhereOpened(path, &error))) {
        if (error.kind != WorkspaceError::Kind::Cancelled)
            Dialogs::warning(this, tr("The workspace cannot be opened"), error.message);
        return false;
    }
    showOpened(path);
    return true;
}

bool MainWindow::connectTeamWorkspace(const QString &uri, WorkspaceError *error)
{
    const auto open = [this, &uri](const QString &password, WorkspaceError *e) {
        return m_controller->open(uri, e, false, password);
    };
    if (!connectWithPassword(this, uri, open, error))
        return false;
    showOpened(uri);
    return true;
}

void MainWindow::showOpened(const QString &path)
{
    AppSettings::addRecentFile(path);
    m_selection = {};
    if (m_remember.isActive())
        writeRememberedSelection(); // the place in the workspace before
    m_path.clear();                 // nothing remembered while the first selection is made
    // Start where the user left off, else where there is something to see: the newest round of
    // the first company.
    if (!selectRemembered(path) && m_navigatorModel->rowCount() > 0) {
        const QModelIndex company = m_navigatorModel->index(0, 0);
        const QModelIndex last = m_navigatorModel->index(m_navigatorModel->rowCount(company) - 1, 0, company);
        select(m_navigatorModel->selectionAt(m_navigatorModel->selectionAt(last).hasRound() ? last : company));
    }
    m_path = path;
    rememberSelection();
    updateFirstSteps();
    updateTitle();
    // A workshop that never ended (a crash, an empty battery) is offered: store, resume, discard.
    m_workshop->offerRecovery();
}

bool MainWindow::openElsewhereOpened(const QString &path, WorkspaceError *error)
{
    const int choice = Dialogs::choose(this, tr("Open workspace"), error->message,
                                       {tr("Open for &reading only"), tr("Save a &copy and open it")});
    if (choice == 0)
        return m_controller->open(path, error, true);
    if (choice == 1) {
        const QString copy = Dialogs::saveFileName(this, tr("Save a copy of the workspace"),
                                                   tr("Workspaces (*.sbradar)"), QStringLiteral("sbradar"));
        if (copy.isEmpty() || QFileInfo(copy).absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
            *error = {WorkspaceError::Kind::Cancelled, {}};
            return false;
        }
        auto reader = session::WorkspaceSession::open(path, session::WorkspaceSession::Mode::ReadOnly, error);
        const QString part = copy + QStringLiteral(".part");
        QFile::remove(part);
        if (!reader || !reader->saveCopy(part, error) || !(QFile::remove(copy) || !QFile::exists(copy)) ||
            !QFile::rename(part, copy)) {
            QFile::remove(part);
            if (!*error)
                *error = {WorkspaceError::Kind::Io, tr("%1 cannot be written.").arg(QDir::toNativeSeparators(copy))};
            return false;
        }
        return m_controller->open(copy, error);
    }
    *error = {WorkspaceError::Kind::Cancelled, {}};
    return false;
}

void MainWindow::updateTitle()
{
    if (!m_controller->isOpen()) {
        setWindowTitle(tr("Social Business Radar"));
        return;
    }
    const QString path = m_controller->session()->path();
    const bool team = session::WorkspaceSession::isTeamLocation(path);
    // A team workspace is named by its database and server; its address is no file.
    setWindowFilePath(team ? QString() : path);
    const QUrl address(path);
    const QString name =
        team ? tr("%1 on %2 (team workspace)").arg(address.path().mid(1), address.host()) : QFileInfo(path).fileName();
    statusBar()->showMessage(m_controller->session()->isReadOnly()
                                 ? tr("Open for reading only: nothing can be changed here. Open the workspace again "
                                      "for editing once the other window has closed it.")
                             : team ? tr("Changes are saved as you make them; those of your colleagues appear within a "
                                         "second. Ctrl+Z undoes your last one.")
                                    : tr("Changes are saved as you make them. Ctrl+Z undoes the last one."));
    setWindowTitle(m_controller->session()->isReadOnly() ? tr("%1 (read only) – Social Business Radar").arg(name)
                                                         : tr("%1 – Social Business Radar").arg(name));
}

void MainWindow::select(const Selection &selection)
{
    const QModelIndex index = m_navigatorModel->indexOf(selection);
    if (index.isValid()) {
        m_navigator->setCurrentIndex(index);
        m_navigator->scrollTo(index);
        m_navigator->expand(index.parent());
    } else {
        m_selection = {};
        showPagesFor(m_selection);
    }
}

void MainWindow::restoreSelection()
{
    // After a rebuild of the navigator the same company/round/department is selected again.
    const QModelIndex index = m_navigatorModel->indexOf(m_selection);
    if (index.isValid()) {
        QSignalBlocker block(m_navigator->selectionModel());
        m_navigator->setCurrentIndex(index);
        for (QModelIndex up = index; up.isValid(); up = up.parent())
            m_navigator->expand(up);
    }
    const Selection found = m_navigatorModel->selectionAt(index);
    if (found != m_selection) { // the selected thing is gone (deleted, undone)
        m_selection = found;
        showPagesFor(m_selection);
    }
    updateFirstSteps();
}

void MainWindow::onNavigatorChanged()
{
    const Selection s = m_navigatorModel->selectionAt(m_navigator->currentIndex());
    if (s == m_selection)
        return;
    m_selection = s;
    m_navigator->expand(m_navigator->currentIndex());
    if (s.hasDepartment()) {
        // The grid first: the page being left is hidden before it hears of the new selection,
        // so it only marks itself stale instead of drawing charts nobody sees.
        m_assessment->setSelection(s);
        m_pages->setCurrentWidget(m_assessment);
    }
    showPagesFor(s);
    rememberSelection();
}

void MainWindow::rememberSelection()
{
    // Written once the user has settled (a settings file written on every click would cost the
    // switch several milliseconds), and at the latest when the window goes.
    if (m_path.isEmpty() || m_rebuilding)
        return;
    m_remember.start();
}

void MainWindow::writeRememberedSelection()
{
    m_remember.stop();
    if (m_path.isEmpty())
        return;
    QStringList names;
    if (m_selection.company)
        names << m_selection.companyName;
    if (m_selection.hasRound())
        names << m_selection.roundLabel;
    if (m_selection.namesDepartment())
        names << m_selection.departmentName;
    AppSettings::setLastSelection(m_path, names, m_pages->currentIndex());
}

bool MainWindow::selectRemembered(const QString &path)
{
    int page = -1;
    const QStringList names = AppSettings::lastSelection(path, &page);
    if (names.isEmpty())
        return false;
    QModelIndex found;
    for (const QString &name : names) {
        const QModelIndex parent = found;
        found = {};
        for (int row = 0; row < m_navigatorModel->rowCount(parent) && !found.isValid(); ++row) {
            const QModelIndex child = m_navigatorModel->index(row, 0, parent);
            const Selection s = m_navigatorModel->selectionAt(child);
            if ((s.namesDepartment() ? s.departmentName : s.hasRound() ? s.roundLabel : s.companyName) == name)
                found = child;
        }
        if (!found.isValid())
            return false;
    }
    select(m_navigatorModel->selectionAt(found));
    if (page >= 0 && page < m_pages->count())
        m_pages->setCurrentIndex(page);
    return true;
}

void MainWindow::updateFirstSteps()
{
    bool hasRound = false;
    for (int c = 0; c < m_navigatorModel->rowCount() && !hasRound; ++c) // below a company: rounds, or
        hasRound = m_navigatorModel->selectionAt(m_navigatorModel->index(0, 0, m_navigatorModel->index(c, 0)))
                       .hasRound(); // the departments that wait for one
    m_firstSteps->setHasCompany(m_navigatorModel->rowCount() > 0);
    m_stack->setCurrentWidget(m_controller->isOpen() && !hasRound ? static_cast<QWidget *>(m_firstSteps)
                                                                  : static_cast<QWidget *>(m_pages));
}

void MainWindow::showPagesFor(const Selection &selection)
{
    updateFirstSteps();
    m_actions->setSelection(selection);
    m_overview->setSelection(selection);
    m_dashboard->setSelection(selection);
    m_assessment->setSelection(selection);
    m_benchmark->setSelection(selection);
    m_recommendations->setSelection(selection);
    m_plan->setSelection(selection);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Ctrl+Q or closing the window during a workshop: ask what happens with its votes.
    if (!m_workshop->confirmClose()) {
        event->ignore();
        return;
    }
    AppSettings::setWindow(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace sbr::ui
