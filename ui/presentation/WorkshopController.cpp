#include "WorkshopController.h"

#include "WorkshopStore.h"

#include "Dialogs.h"
#include "PresentationWindow.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "WorkspaceController.h"
#include "commands/Commands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QNetworkInterface>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>

namespace sbr::ui {

WorkshopController::WorkshopController(WorkspaceController *controller, QWidget *window)
    : QObject(window), m_controller(controller), m_window(window)
{
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
    form->addRow(tr("S&creen:"), screen);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(live, &QCheckBox::toggled, address, &QWidget::setEnabled);
    connect(live, &QCheckBox::toggled, port, &QWidget::setEnabled);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Options options;
    options.liveVoting = live->isChecked();
    options.address = QHostAddress(address->currentData().toString());
    options.port = quint16(port->value());
    options.screen = screen->currentIndex();
    start(selection, options);
}

bool WorkshopController::start(const Selection &selection, const Options &options)
{
    if (isRunning())
        end(false);
    m_selection = selection;
    QString url;
    if (options.liveVoting) {
        const QList<int> items = workshop::WorkshopSession::allItems(m_controller->questionnaire());
        m_session = std::make_unique<workshop::WorkshopSession>(m_controller->questionnaire(), items);
        m_session->setAnonymityThreshold(m_controller->anonymityThreshold());
        m_server = std::make_unique<workshop::VotingServer>(m_session.get());
        m_server->setLanguage(m_controller->language());
        QString error;
        if (!m_server->start(options.address, options.port, &error)) {
            Dialogs::warning(m_window, tr("Workshop"),
                             tr("The voting server cannot start (%1). Choose another port or network.").arg(error));
            m_server.reset();
            m_session.reset();
            return false;
        }
        url = m_server->url().toString();
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
    return true;
}

void WorkshopController::leave()
{
    const int voters = m_session ? m_session->voters() : 0;
    if (voters == 0) {
        end(false);
        return;
    }
    if (Dialogs::confirm(m_presentation, tr("End the workshop"),
                         tr("Store the votes of %1 participants as anonymous respondents of %2 (%3)? You can undo "
                            "this afterwards with Ctrl+Z.")
                             .arg(voters)
                             .arg(m_selection.departmentName, m_selection.roundLabel))) {
        end(true);
    } else if (Dialogs::confirm(m_presentation, tr("End the workshop"),
                                tr("Discard the votes of %1 participants?").arg(voters))) {
        end(false);
    }
}

int WorkshopController::end(bool store)
{
    if (m_server)
        m_server->stop(); // no vote arrives after this point
    int stored = 0;
    if (store && m_session && m_session->voters() > 0) {
        // Stored through the same use-case as the command line's workshop, then put on the undo stack.
        session::WorkspaceSession *ws = m_controller->session();
        QDate date;
        for (const RoundRow &r : ws->rounds(m_selection.company))
            if (r.id == m_selection.round)
                date = r.date;
        const workshop::WorkshopTarget target{m_selection.companyName, m_selection.roundLabel, date,
                                              m_selection.departmentName, false};
        WorkspaceError error;
        workshop::WorkshopStore::Summary summary;
        session::WorkspaceSession::WriteRecord record;
        if (workshop::WorkshopStore::store(*ws, *m_session, target, &error, &summary, &record)) {
            commands::recordWrite(*m_controller,
                                  tr("Workshop votes for %1 (%n respondent(s))", nullptr, summary.respondents)
                                      .arg(m_selection.departmentName),
                                  record);
            stored = summary.respondents;
        } else {
            m_controller->reportError(error);
            stored = -1;
        }
    }
    if (m_presentation) {
        m_presentation->close(); // deletes itself (WA_DeleteOnClose)
        m_presentation.clear();
    }
    m_server.reset();
    m_session.reset();
    return std::max(0, stored);
}

} // namespace sbr::ui
