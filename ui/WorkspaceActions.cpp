#include "WorkspaceActions.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "HelpMenu.h"
#include "Language.h"
#include "MainWindow.h"
#include "SavedNotice.h"
#include "WorkspaceController.h"
#include "commands/Commands.h"
#include "dialogs/ConclusionsDialog.h"
#include "dialogs/DistributeDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/MappingWizard.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/TeamConnectDialog.h"
#include "io/ScoreJson.h"
#include "io/ScoreTables.h"
#include "presentation/WorkshopController.h"
#include "session/ScoreExport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace sbr::ui {

namespace {
QString workspaceFilter()
{
    return QObject::tr("Social Business Radar workspaces (*.sbradar);;All files (*)");
}
} // namespace

WorkspaceActions::WorkspaceActions(WorkspaceController *controller, MainWindow *window)
    : QObject(window), m_controller(controller), m_window(window)
{
    // An empty workspace has no selection to change: opening it must still enable the actions.
    connect(controller, &WorkspaceController::workspaceOpened, this, &WorkspaceActions::updateEnabled);
    connect(controller, &WorkspaceController::workspaceClosed, this, &WorkspaceActions::updateEnabled);
}

void WorkspaceActions::populate(QMenuBar *bar)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(tr("&New workspace…"), QKeySequence::New, this, &WorkspaceActions::newWorkspace);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &WorkspaceActions::openWorkspace);
    QMenu *recent = file->addMenu(tr("Open &recent"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    m_connectTeam = file->addAction(tr("Connect to &team workspace…"), this, &WorkspaceActions::connectTeamWorkspace);
    m_connectTeam->setToolTip(tr("Open a team workspace on the company's PostgreSQL server"));
    m_saveCopy = file->addAction(tr("Save a &copy as…"), QKeySequence::SaveAs, this, &WorkspaceActions::saveCopy);
    file->addSeparator();
    m_import = file->addAction(tr("&Import answers (CSV, Excel)…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                               &WorkspaceActions::importCsv);
    m_distribute = file->addAction(tr("&Distribute questionnaire…"), this, &WorkspaceActions::distributeQuestionnaire);
    m_report = file->addAction(tr("Export &report (PDF)…"), QKeySequence::Print, this, &WorkspaceActions::exportReport);
    m_exportScores = file->addAction(tr("Export &scores of the company (Excel, CSV)…"),
                                     QKeySequence(Qt::CTRL | Qt::Key_E), this, &WorkspaceActions::exportScores);
    m_exportAllScores =
        file->addAction(tr("Export scores of &all companies (Excel, CSV)…"), this, &WorkspaceActions::exportAllScores);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, m_window, &QWidget::close);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    QAction *undo = m_controller->undoStack()->createUndoAction(edit);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_controller->undoStack()->createRedoAction(edit);
    redo->setShortcuts({QKeySequence(QKeySequence::Redo), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    m_undo = undo;
    m_redo = redo;
    edit->addSeparator();
    m_newCompany = edit->addAction(tr("New &company…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                                   &WorkspaceActions::newCompany);
    m_newDepartment = edit->addAction(tr("New &department…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this,
                                      &WorkspaceActions::newDepartment);
    m_newRound = edit->addAction(tr("New r&ound…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                                 &WorkspaceActions::newRound);
    edit->addSeparator();
    m_rename = edit->addAction(tr("Re&name…"), QKeySequence(Qt::Key_F2), this, &WorkspaceActions::renameSelected);
    // F2 also edits a cell of the answer grid: the menu's F2 acts only where the navigator has focus.
    m_rename->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_window->navigator()->addAction(m_rename);
    m_roundDate = edit->addAction(tr("Change round &date…"), this, &WorkspaceActions::changeRoundDate);
    m_target = edit->addAction(tr("Set &target…"), this, &WorkspaceActions::setTarget);
    m_conclusions = edit->addAction(tr("Conclusion&s on the round…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                                    this, &WorkspaceActions::editConclusions);
    m_delete = edit->addAction(tr("De&lete…"), QKeySequence(Qt::CTRL | Qt::Key_Delete), this,
                               &WorkspaceActions::deleteSelected);

    QMenu *workshop = bar->addMenu(tr("&Workshop"));
    m_workshop =
        workshop->addAction(tr("&Present and vote…"), QKeySequence(Qt::Key_F5), this, &WorkspaceActions::startWorkshop);
    m_workshop->setToolTip(tr("Show the department's questionnaire on a projector and let participants vote from "
                              "their phones (F5)"));

    QMenu *view = bar->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    for (const auto &[code, name] : {std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                     std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(AppSettings::effectiveLanguage() == code);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            AppSettings::setLanguage(code);
            m_controller->setLanguage(code);
            Language::apply(code); // the window rebuilds its texts on the LanguageChange event
        });
    }
    bar->addMenu(tr("&Settings"))->addAction(tr("&Preferences…"), this, &WorkspaceActions::preferences);
    addHelpMenu(bar, m_window);
    updateEnabled();
}

void WorkspaceActions::populate(QToolBar *bar)
{
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(m_import);
    bar->addAction(m_workshop);
}

QMenu *WorkspaceActions::contextMenu(QWidget *parent, bool onRow) const
{
    auto *menu = new QMenu(parent);
    const Selection &s = m_selection;
    if (!onRow || !s.hasCompany()) {
        menu->addAction(m_newCompany);
        return menu;
    }
    menu->addAction(m_newDepartment);
    menu->addAction(m_newRound);
    menu->addSeparator();
    menu->addAction(m_rename);
    if (s.hasRound())
        menu->addAction(m_roundDate);
    menu->addAction(m_target);
    menu->addAction(m_conclusions);
    if (s.hasDepartment()) {
        menu->addSeparator();
        menu->addAction(m_workshop);
    }
    menu->addSeparator();
    menu->addAction(m_delete);
    return menu;
}

void WorkspaceActions::startWorkshop()
{
    m_window->workshop()->startInteractive(m_selection);
}

void WorkspaceActions::setSelection(const Selection &selection)
{
    m_selection = selection;
    updateEnabled();
}

void WorkspaceActions::updateEnabled()
{
    if (!m_saveCopy)
        return;
    const bool open = m_controller->isOpen();
    // A workspace open for reading only offers nothing that writes.
    const bool writable = open && !m_controller->session()->isReadOnly();
    m_saveCopy->setEnabled(open);
    m_import->setEnabled(writable);
    m_newCompany->setEnabled(writable);
    m_newDepartment->setEnabled(writable && m_selection.hasCompany());
    m_newRound->setEnabled(writable && m_selection.hasCompany());
    m_rename->setEnabled(writable && m_selection.hasCompany());
    m_delete->setEnabled(writable && m_selection.hasCompany());
    m_roundDate->setEnabled(writable && m_selection.hasRound());
    m_target->setEnabled(writable && m_selection.hasCompany());
    m_conclusions->setEnabled(writable && m_selection.hasCompany());
    m_workshop->setEnabled(writable && m_selection.hasDepartment());
    m_report->setEnabled(open && m_selection.hasCompany());
    m_distribute->setEnabled(open && m_selection.hasCompany());
    m_exportScores->setEnabled(open && m_selection.hasCompany());
    m_exportAllScores->setEnabled(open);
}

void WorkspaceActions::fillRecent(QMenu *menu)
{
    menu->clear();
    for (const QString &path : AppSettings::recentFiles()) {
        QAction *a =
            // A '&' in a file name is shown as itself, not as a mnemonic.
            menu->addAction(QDir::toNativeSeparators(path).replace(u'&', QStringLiteral("&&")), this,
                            [this, path] { m_window->openWorkspace(path); });
        a->setEnabled(QFileInfo::exists(path) || session::WorkspaceSession::isTeamLocation(path));
    }
    if (menu->isEmpty())
        menu->addAction(tr("(no workspaces opened yet)"))->setEnabled(false);
}

void WorkspaceActions::newWorkspace()
{
    const QString path =
        Dialogs::saveFileName(m_window, tr("New workspace"), workspaceFilter(), QStringLiteral("sbradar"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        Dialogs::warning(m_window, tr("New workspace"),
                         tr("%1 exists already. Choose another name: a new workspace never replaces a file.")
                             .arg(QDir::toNativeSeparators(path)));
        return;
    }
    WorkspaceError error;
    if (!m_controller->create(path, &error)) {
        Dialogs::warning(m_window, tr("New workspace"), error.message);
        return;
    }
    m_window->openWorkspace(path);
}

void WorkspaceActions::openWorkspace()
{
    const QString path = Dialogs::openFileName(m_window, tr("Open workspace"), workspaceFilter());
    if (!path.isEmpty())
        m_window->openWorkspace(path);
}

void WorkspaceActions::connectTeamWorkspace()
{
    QString last;
    for (const QString &path : AppSettings::recentFiles())
        if (last.isEmpty() && session::WorkspaceSession::isTeamLocation(path))
            last = path;
    TeamConnectDialog dialog(
        [this](const QString &uri, WorkspaceError *error) { return m_window->connectTeamWorkspace(uri, error); }, last,
        m_window);
    dialog.exec();
}

void WorkspaceActions::saveCopy()
{
    const QString path = Dialogs::saveFileName(m_window, tr("Save a copy of the workspace"), workspaceFilter(),
                                               QStringLiteral("sbradar"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_controller->session()->path()).absoluteFilePath()) {
        Dialogs::warning(m_window, tr("Save a copy"), tr("Choose another file than the open workspace."));
        return;
    }
    // The dialog asked before replacing; the copy is written beside it first, so an existing
    // file is only replaced by a complete copy.
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    WorkspaceError error;
    if (!m_controller->session()->saveCopy(temp, &error)) {
        QFile::remove(temp);
        Dialogs::warning(m_window, tr("Save a copy"), error.message);
        return;
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        Dialogs::warning(m_window, tr("Save a copy"),
                         tr("The copy could not be written to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_window->statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void WorkspaceActions::importCsv()
{
    const QString path =
        Dialogs::openFileName(m_window, tr("Import answers"),
                              tr("Answer files (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel "
                                 "workbooks (*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    // A survey tool's export (question texts as headers) goes through the mapping wizard; our
    // own long and wide form (and a file that cannot be read) through the import dialog.
    QFile file(path);
    QStringList header;
    QList<QStringList> rows;
    QString problem;
    if (file.open(QIODevice::ReadOnly) && io::readSurveyTable(file.readAll(), QString(), &header, &rows, &problem, 0) &&
        MappingWizard::isSurveyExport(header, m_controller->session()->questionnaire())) {
        MappingWizard wizard(m_controller, path, m_window);
        wizard.exec();
        return;
    }
    ImportDialog dialog(m_controller, path, m_window);
    dialog.exec();
}

void WorkspaceActions::editConclusions()
{
    if (!m_selection.hasCompany())
        return;
    ConclusionsDialog dialog(m_controller, m_selection, m_window);
    dialog.exec();
}

void WorkspaceActions::exportReport()
{
    if (!m_selection.hasCompany())
        return;
    ReportDialog dialog(m_controller, m_selection, m_window);
    dialog.exec();
}

void WorkspaceActions::distributeQuestionnaire()
{
    if (!m_selection.hasCompany())
        return;
    DistributeDialog dialog(m_controller, m_selection, m_window);
    dialog.exec();
}

void WorkspaceActions::exportScores()
{
    if (m_selection.hasCompany())
        exportScoresOf(m_selection.companyName);
}

void WorkspaceActions::exportAllScores()
{
    exportScoresOf(QString());
}

void WorkspaceActions::exportScoresOf(const QString &company)
{
    // A file for a client holds that client only: never the other companies of the workspace.
    // The numbers are those people may see (scoring.md *Anonymity*), anonymised over the whole
    // workspace before the company is picked.
    const AnonymousReport shown = io::filterReport(m_controller->anonymousReport(), io::ScoreFilter{company, {}});
    if (!company.isEmpty() && shown.companies.empty())
        return;
    QString path = Dialogs::saveFileName(
        m_window, company.isEmpty() ? tr("Export scores of all companies") : tr("Export scores of %1").arg(company),
        tr("Excel workbook, one sheet per level (*.xlsx);;"
           "CSV, one row per department and round (*.csv)"),
        QStringLiteral("xlsx"), company.isEmpty() ? tr("Scores.xlsx") : tr("Scores %1.xlsx").arg(company));
    if (path.isEmpty())
        return;
    session::ScoreExportRequest request;
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    request.format = csv ? session::ScoreExportRequest::Format::Csv : session::ScoreExportRequest::Format::Xlsx;
    request.level = QStringLiteral("departments"); // with CSV: one row per department and round
    request.lang = m_controller->language();
    request.path = path;
    request.plans = m_controller->session(); // the "plan" sheet of an Excel workbook
    const session::ScoreExportResult result = session::exportScores(shown, m_controller->questionnaire(), request);
    const bool ok = result.ok;
    if (!ok)
        Dialogs::warning(m_window, tr("Export scores"), result.error);
    else
        showSavedNotice(m_window, path);
}

void WorkspaceActions::newCompany()
{
    const QString name = Dialogs::askText(m_window, tr("New company"), tr("Name of the company:"));
    if (name.isEmpty())
        return;
    const qint64 id = commands::createCompany(*m_controller, name, AppSettings::defaultTarget());
    if (id > 0)
        m_window->select({id, 0, 0, name, {}, {}});
}

void WorkspaceActions::newDepartment()
{
    if (!m_selection.hasCompany())
        return;
    const QString name = Dialogs::askText(m_window, tr("New department"),
                                          tr("Name of the department of %1:").arg(m_selection.companyName));
    if (!name.isEmpty())
        commands::createDepartment(*m_controller, m_selection.company, name);
}

void WorkspaceActions::newRound()
{
    if (!m_selection.hasCompany())
        return;
    const QDate today = QDate::currentDate();
    QString label = QStringLiteral("%1-Q%2").arg(today.year()).arg((today.month() - 1) / 3 + 1);
    QDate date = today;
    // A refusal (a label or date already used, a case-only variant of a label) shows why and
    // asks again with what was typed, so nothing has to be entered twice.
    while (Dialogs::askRound(m_window, tr("New round"), &label, &date)) {
        const qint64 id = commands::createRound(*m_controller, m_selection.company, label, date);
        if (id > 0) {
            m_window->select({m_selection.company, id, 0, m_selection.companyName, label, {}});
            return;
        }
    }
}

void WorkspaceActions::renameSelected()
{
    const Selection s = m_selection;
    if (s.namesDepartment()) {
        const QString name = Dialogs::askText(m_window, tr("Rename department"), tr("New name:"), s.departmentName);
        if (!name.isEmpty() && name != s.departmentName)
            commands::renameDepartment(*m_controller, s.department, s.departmentName, name);
    } else if (s.hasRound()) {
        const QString label = Dialogs::askText(m_window, tr("Rename round"), tr("New label:"), s.roundLabel);
        const QList<RoundRow> rounds = m_controller->session()->rounds(s.company);
        for (const RoundRow &r : rounds)
            if (r.id == s.round && !label.isEmpty() && label != r.label)
                commands::updateRound(*m_controller, r, label, r.date);
    } else if (s.hasCompany()) {
        const QString name = Dialogs::askText(m_window, tr("Rename company"), tr("New name:"), s.companyName);
        if (!name.isEmpty() && name != s.companyName)
            commands::renameCompany(*m_controller, s.company, s.companyName, name);
    }
}

void WorkspaceActions::changeRoundDate()
{
    const QList<RoundRow> rounds = m_controller->session()->rounds(m_selection.company);
    for (const RoundRow &r : rounds) {
        if (r.id != m_selection.round)
            continue;
        QString label = r.label;
        QDate date = r.date;
        while (Dialogs::askRound(m_window, tr("Change round date"), &label, &date))
            if ((label == r.label && date == r.date) || commands::updateRound(*m_controller, r, label, date))
                break;
    }
}

void WorkspaceActions::setTarget()
{
    const QList<CompanyRow> companies = m_controller->session()->companies();
    for (const CompanyRow &c : companies) {
        if (c.id != m_selection.company)
            continue;
        const QString text = Dialogs::askText(m_window, tr("Target"),
                                              tr("Target score of %1 (0–100; 75 means level 3 of 4):").arg(c.name),
                                              QLocale().toString(c.target));
        bool ok = false;
        const double target = QLocale().toDouble(text, &ok);
        if (ok && target >= 0 && target <= 100 && target != c.target)
            commands::setTarget(*m_controller, c, target);
        else if (!text.isEmpty() && (!ok || target < 0 || target > 100))
            Dialogs::warning(m_window, tr("Target"), tr("Please enter a number from 0 to 100."));
    }
}

void WorkspaceActions::deleteSelected()
{
    const Selection s = m_selection;
    if (s.namesDepartment()) {
        if (Dialogs::confirm(m_window, tr("Delete department"),
                             tr("Delete the department \"%1\" with its answers in every round? Ctrl+Z brings it back.")
                                 .arg(s.departmentName)))
            commands::deleteDepartment(*m_controller, s.department, s.departmentName);
    } else if (s.hasRound()) {
        if (Dialogs::confirm(
                m_window, tr("Delete round"),
                tr("Delete the round \"%1\" with all of its answers? Ctrl+Z brings it back.").arg(s.roundLabel)))
            commands::deleteRound(*m_controller, s.round, s.roundLabel);
    } else if (s.hasCompany()) {
        if (Dialogs::confirm(m_window, tr("Delete company"),
                             tr("Delete the company \"%1\" with all of its departments, rounds and answers? Ctrl+Z "
                                "brings it back.")
                                 .arg(s.companyName)))
            commands::deleteCompany(*m_controller, s.company, s.companyName);
    }
}

void WorkspaceActions::preferences()
{
    PreferencesDialog dialog(m_controller, m_window);
    dialog.exec();
}

} // namespace sbr::ui
