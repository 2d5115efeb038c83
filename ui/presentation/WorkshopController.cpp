#include "WorkshopController.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "PresentationWindow.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "WorkspaceController.h"
#include "commands/Commands.h"
#include "dialogs/AgreedMeasuresDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QListWidget>
#include <QLocale>
#include <QNetworkInterface>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>

namespace sbr::ui {

WorkshopController::WorkshopController(WorkspaceController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{
    // Another workspace opens: the session keeps its votes in this one, for the next time.
    connect(controller, &WorkspaceController::workspaceAboutToClose, this, [this] {
        if (isRunning())
            suspend();
    });
}

WorkshopController::~WorkshopController()
{
    if (m_presentation)
        delete m_presentation;
    if (m_server)
        m_server->stop();
}

void WorkshopController::startInteractive(const Selection &selection)
{
    if (!selection.hasDepartment()) {
        Dialogs::warning(m_window, tr("Workshop"),
                         tr("Choose the department (or group) of a round in the navigator first: its answers are "
                            "what the workshop collects."));
        return;
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Start the workshop"));
    auto *live = new QCheckBox(tr("&Live voting from participants' phones"));
    live->setChecked(true);
    auto *address = new QComboBox;
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            address->addItem(tr("%1 (this computer in the network)").arg(a.toString()), a.toString());
    address->addItem(tr("127.0.0.1 (this computer only, for trying out)"), QStringLiteral("127.0.0.1"));
    auto *port = new QSpinBox;
    port->setRange(1024, 65535);
    port->setValue(8765);
    auto *perAddress = new QSpinBox;
    perAddress->setRange(0, 50);
    perAddress->setSpecialValueText(tr("no limit"));
    perAddress->setValue(AppSettings::workshopPerAddress());
    perAddress->setToolTip(tr("One person, one voice: how many participants may join from one phone or network "
                              "address. Raise it when the room shares one address (a guest network behind one "
                              "router)."));
    auto *expected = new QSpinBox;
    expected->setRange(0, 2000);
    expected->setSpecialValueText(tr("open"));
    expected->setToolTip(tr("The size of the group: nobody joins beyond it, and the slides show how many joined."));
    QStringList departments;
    QWidget *departmentList = departmentChooser(selection, &departments);
    auto *screen = new QComboBox;
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (int i = 0; i < screens.size(); ++i)
        screen->addItem(tr("%1 (%2 × %3)")
                            .arg(screens[i]->name())
                            .arg(screens[i]->size().width())
                            .arg(screens[i]->size().height()));
    screen->setCurrentIndex(int(screens.size()) - 1);
    auto *form = new QFormLayout(&dialog);
    form->addRow(live);
    form->addRow(tr("&Network:"), address);
    form->addRow(tr("&Port:"), port);
    form->addRow(tr("Participants per &address:"), perAddress);
    form->addRow(tr("&Expected participants:"), expected);
    if (departmentList)
        form->addRow(tr("&Departments voting:"), departmentList);
    form->addRow(tr("S&creen:"), screen);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    for (QWidget *w : std::initializer_list<QWidget *>{address, port, perAddress, expected})
        connect(live, &QCheckBox::toggled, w, &QWidget::setEnabled);
    if (departmentList)
        connect(live, &QCheckBox::toggled, departmentList, &QWidget::setEnabled);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Options options;
    options.liveVoting = live->isChecked();
    options.address = QHostAddress(address->currentData().toString());
    options.port = quint16(port->value());
    options.screen = screen->currentIndex();
    options.perAddress = perAddress->value();
    options.expected = expected->value();
    if (auto *list = qobject_cast<QListWidget *>(departmentList))
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                options.departments.append(list->item(i)->text());
    start(selection, options);
}

bool WorkshopController::start(const Selection &selection, const Options &options)
{
    return startWith(selection, options, nullptr, 0);
}

bool WorkshopController::startWith(const Selection &selection, const Options &options,
                                   std::unique_ptr<workshop::WorkshopSession> restored, qint64 storedId)
{
    if (isRunning())
        suspend(); // its votes stay in the workspace, offered the next time it is opened
    m_selection = selection;
    m_options = options;
    m_storedId = 0;
    QString url;
    if (options.liveVoting) {
        session::WorkspaceSession *ws = m_controller->session();
        QDate date;
        for (const RoundRow &r : ws->rounds(selection.company))
            if (r.id == selection.round)
                date = r.date;
        const QStringList departments =
            options.departments.isEmpty() ? QStringList{selection.departmentName} : options.departments;
        m_target = {selection.companyName, selection.roundLabel, date, departments.constFirst(), departments, false};
        if (restored) {
            m_session = std::move(restored);
        } else {
            const QList<int> items = workshop::WorkshopSession::allItems(m_controller->questionnaire());
            m_session = std::make_unique<workshop::WorkshopSession>(m_controller->questionnaire(), items);
        }
        m_session->setAnonymityThreshold(m_controller->anonymityThreshold());
        if (options.expected > 0)
            m_session->setMaxParticipants(options.expected);
        m_server = std::make_unique<workshop::VotingServer>(m_session.get());
        m_server->setLanguage(m_controller->language());
        workshop::ServerLimits limits = m_server->limits();
        limits.perAddress = options.perAddress;
        m_server->setLimits(limits);
        QString error;
        // A resumed session tries its old port first, so that open voting pages carry on.
        bool listening = m_server->start(options.address, options.port, &error, options.token);
        if (!listening && storedId)
            listening = m_server->start(options.address, 0, &error, options.token);
        WorkspaceError stored;
        const bool kept =
            listening &&
            (storedId ? workshop::WorkshopStore::attach(*ws, *m_session, storedId, m_server->token(), m_server->port(),
                                                        &stored)
                      : (storedId = workshop::WorkshopStore::begin(*ws, *m_session, m_target, m_server->token(),
                                                                   m_server->port(), &stored)) > 0);
        if (!listening || !kept) {
            Dialogs::warning(m_window, tr("Workshop"),
                             !listening
                                 ? tr("The voting server cannot start (%1). Choose another port or network.").arg(error)
                                 : tr("The workshop cannot keep its votes in the workspace (%1), so it does "
                                      "not start.")
                                       .arg(stored.message));
            m_server.reset();
            m_session.reset();
            return false;
        }
        m_storedId = storedId;
        url = m_server->url().toString();
        connect(m_server.get(), &workshop::VotingServer::participantJoined, this, &WorkshopController::showCounts);
    }
    m_presentation = new PresentationWindow(m_controller, selection, m_session.get(), url);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_presentation, &PresentationWindow::leaveRequested, this, &WorkshopController::leave);
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (QScreen *screen = screens.value(options.screen < 0 ? int(screens.size()) - 1 : options.screen)) {
        m_presentation->setScreen(screen);
        m_presentation->setGeometry(screen->geometry());
    }
    if (options.fullScreen)
        m_presentation->showFullScreen();
    else
        m_presentation->show();
    m_presentation->goTo(0);
    if (m_server)
        m_presentation->setShortAddress(m_server->shortAddress());
    showCounts();
    return true;
}

QWidget *WorkshopController::departmentChooser(const Selection &selection, QStringList *names) const
{
    for (const DepartmentRow &d : m_controller->session()->departments(selection.company))
        names->append(d.name);
    if (names->size() < 2)
        return nullptr;
    auto *list = new QListWidget;
    list->setToolTip(tr("A mixed group: tick every department whose members take part. Each participant picks "
                        "their department once on the phone and is stored in it."));
    for (const QString &name : *names) {
        auto *item = new QListWidgetItem(name, list);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(name == selection.departmentName ? Qt::Checked : Qt::Unchecked);
    }
    list->setMaximumHeight(list->sizeHintForRow(0) * std::min<int>(6, int(names->size())) + 2 * list->frameWidth());
    return list;
}

QString WorkshopController::departmentsText() const
{
    return m_target.departments.isEmpty() ? m_selection.departmentName
                                          : m_target.departments.join(QStringLiteral(", "));
}

void WorkshopController::reopenCurrent()
{
    if (m_presentation)
        m_presentation->reopenCurrent();
}

void WorkshopController::showCounts()
{
    if (m_presentation && m_server)
        m_presentation->setJoinCounts(m_server->joined(), m_options.expected, m_server->sharingAddress());
}

void WorkshopController::leave()
{
    const int voters = m_session ? m_session->voters() : 0;
    if (voters == 0) {
        end(false);
        return;
    }
    if (Dialogs::confirm(m_presentation, tr("End the workshop"),
                         tr("Store the votes of %n participant(s) as anonymous respondents of %1 (%2)? You can "
                            "undo this afterwards with Ctrl+Z.",
                            nullptr, voters)
                             .arg(departmentsText(), m_selection.roundLabel))) {
        // What the room voted on, for the question which measures it agreed on.
        QList<AgreedMeasuresDialog::Statement> statements;
        for (int item : m_session->items())
            statements.append({m_session->questionnaire().flatItems().at(item)->id, m_session->results(item).mean});
        const QString workshop = tr("%1, %2").arg(departmentsText(), m_selection.roundLabel);
        if (end(true) > 0)
            offerAgreedMeasures(workshop, statements);
    } else if (Dialogs::confirm(m_presentation, tr("End the workshop"),
                                tr("Discard the votes of %n participant(s)?", nullptr, voters))) {
        end(false);
    }
}

bool WorkshopController::storeVotes(int *stored)
{
    session::WorkspaceSession *ws = m_controller->session();
    std::unique_ptr<QProgressDialog> progress;
    const auto waiting = [&](int waited, int patience) {
        if (!progress) {
            progress =
                std::make_unique<QProgressDialog>(m_presentation ? static_cast<QWidget *>(m_presentation) : m_window);
            progress->setWindowTitle(tr("Storing the votes"));
            progress->setCancelButtonText(tr("&Stop waiting"));
            progress->setRange(0, patience / 1000);
            progress->setMinimumDuration(0);
            progress->setWindowModality(Qt::WindowModal);
        }
        progress->setLabelText(tr("The workspace is in use by another program or window. Waiting for it to store "
                                  "the votes (%1 of at most %2 seconds) …")
                                   .arg(waited / 1000)
                                   .arg(patience / 1000));
        progress->setValue(waited / 1000);
        QApplication::processEvents();
        return !progress->wasCanceled();
    };
    WorkspaceError error;
    workshop::WorkshopStore::Summary summary;
    session::WorkspaceSession::WriteRecord record;
    if (!workshop::WorkshopStore::store(*ws, *m_session, m_target, m_storedId, &error, &summary, &record, m_patienceMs,
                                        waiting)) {
        progress.reset();
        Dialogs::warning(m_presentation ? static_cast<QWidget *>(m_presentation) : m_window, tr("Workshop"),
                         tr("The votes were not stored: %1\n\nThe session stays open and its votes are safe in the "
                            "workspace. End it again when the workspace is free; if you quit, the votes are "
                            "offered the next time you open the workspace.")
                             .arg(error.message));
        return false;
    }
    if (summary.respondents > 0)
        commands::recordWrite(
            *m_controller,
            tr("Workshop votes for %1 (%n respondent(s))", nullptr, summary.respondents).arg(departmentsText()),
            record);
    *stored = summary.respondents;
    return true;
}

int WorkshopController::end(bool store)
{
    const QString token = m_server ? m_server->token() : QString();
    const quint16 port = m_server ? m_server->port() : 0;
    if (m_server)
        m_server->stop(); // no vote arrives after this point
    int stored = 0;
    if (m_session && m_storedId) {
        if (store) {
            if (!storeVotes(&stored)) {
                // Voting goes on at the same address until the facilitator ends it again.
                QString error;
                if (m_server)
                    m_server->start(m_options.address, port, &error, token);
                if (m_presentation)
                    m_presentation->update();
                return -1;
            }
        } else {
            WorkspaceError error;
            if (!m_controller->session()->discardWorkshop(m_storedId, &error))
                m_controller->reportError(error); // the votes stay for the next opening
        }
    }
    if (m_presentation) {
        m_presentation->close(); // deletes itself (WA_DeleteOnClose)
        m_presentation.clear();
    }
    m_server.reset();
    m_session.reset();
    m_storedId = 0;
    return stored;
}

void WorkshopController::offerAgreedMeasures(const QString &workshop,
                                             const QList<AgreedMeasuresDialog::Statement> &statements)
{
    auto *dialog = new AgreedMeasuresDialog(m_controller, m_selection.company, workshop, statements, m_window);
    if (!dialog->hasChoices()) {
        delete dialog;
        return;
    }
    // Not modal for the program's event loop: the slides are closed, the window stays usable.
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("agreedMeasures"));
    dialog->open();
}

void WorkshopController::suspend()
{
    if (m_server)
        m_server->stop();
    if (m_presentation) {
        m_presentation->close();
        m_presentation.clear();
    }
    m_server.reset();
    m_session.reset();
    m_storedId = 0;
}

bool WorkshopController::confirmClose()
{
    if (!isRunning())
        return true;
    const int voters = m_session ? m_session->voters() : 0;
    if (!m_session || voters == 0) {
        end(false);
        return true;
    }
    const int choice =
        Dialogs::choose(m_window, tr("A workshop is running"),
                        tr("The workshop for %1 (%2) is still running; %n participant(s) voted.", nullptr, voters)
                            .arg(departmentsText(), m_selection.roundLabel),
                        {tr("&Store the votes and quit"), tr("&Keep the session for later and quit")});
    if (choice == 0)
        return end(true) >= 0;
    if (choice == 1) {
        suspend();
        return true;
    }
    return false;
}

} // namespace sbr::ui
