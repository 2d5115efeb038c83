#pragma once
// Runs a workshop from the workbench: asks how (live voting or recorded answers, network
// interface, port, screen, participants per address, expected group size), starts the voting
// server and the presentation, keeps every vote in the workspace as it arrives, and at the end
// stores the votes as anonymous respondents in one undoable step (waiting for a busy workspace,
// with progress). A session that never ended is offered again when its workspace is opened.

#include "Selection.h"
#include "WorkshopStore.h"
#include "dialogs/AgreedMeasuresDialog.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "PresentationWindow.h"

#include <memory>

class QWidget;

namespace sbr::workshop {
class WorkshopSession;
class VotingServer;
} // namespace sbr::workshop

namespace sbr::ui {

class WorkspaceController;
class PresentationWindow;

class WorkshopController : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool liveVoting = true;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; ///< 0: any free port
        int screen = -1;  ///< -1: the last screen (usually the projector)
        bool fullScreen = true;
        int perAddress = 3; ///< new participants per network address (0: no limit)
        int expected = 0;   ///< expected group size: nobody joins beyond it (0: open)
        QString token;      ///< a resumed session's token (empty: a new one)
        /// A mixed group: the departments whose members vote (each phone picks one); empty: the
        /// selection's department alone.
        QStringList departments;
    };

    WorkshopController(WorkspaceController *controller, QWidget *window);
    ~WorkshopController() override;

    /// Asks for the options, then starts. Needs a department of a round in the selection.
    void startInteractive(const Selection &selection);
    /// Starts with these options; false (and a warning) when the server cannot listen.
    bool start(const Selection &selection, const Options &options);
    /// Ends the session: with `store`, the votes become respondents (undoable); without, they
    /// are discarded. Returns the number of respondents stored, or -1 when storing failed: then
    /// the session stays open (voting goes on at the same address) and a message says so.
    int end(bool store);
    /// Esc on the slides: asks whether to store the votes, then ends (or goes on). After storing,
    /// offers the measures linked to the statements voted on for the action plan (a dialog named
    /// "agreedMeasures", child of the window; see AgreedMeasuresDialog).
    void leave();
    /// Stops voting and closes the slides but keeps the session in the workspace, to be stored
    /// or resumed the next time the workspace is opened (quitting during a session).
    void suspend();
    /// The main window closes during a session: asks what to do with it. False: stay open.
    bool confirmClose();
    /// Offers each session of the open workspace that never ended: store, resume or discard.
    void offerRecovery();
    /// Whether offerRecovery() asks at all (a screenshot run must not wait for an answer; the
    /// sessions stay in the workspace for the next opening).
    void setRecoveryOffered(bool offered) { m_recoveryOffered = offered; }
    /// Continues a session that never ended, with its votes, at its old address when possible.
    bool resume(const WorkshopRecord &record, const Options &options);
    /// Votes on the statement on the slides again after a discussion (V on the slides, or their
    /// context menu): the first round stays beside the second; the last vote of each person counts.
    void reopenCurrent();
    /// How long storing waits for a busy workspace (ms; tests shorten it).
    void setPatience(int ms) { m_patienceMs = ms; }

    bool isRunning() const { return m_presentation != nullptr; }
    PresentationWindow *presentation() const { return m_presentation; }
    workshop::WorkshopSession *session() const { return m_session.get(); }
    workshop::VotingServer *server() const { return m_server.get(); }

private:
    bool startWith(const Selection &selection, const Options &options,
                   std::unique_ptr<workshop::WorkshopSession> restored, qint64 storedId);
    bool storeVotes(int *stored);
    void offerAgreedMeasures(const QString &workshop, const QList<AgreedMeasuresDialog::Statement> &statements);
    void showCounts();
    /// The departments of the company to choose from for a mixed group (none: a list of one).
    QWidget *departmentChooser(const Selection &selection, QStringList *names) const;
    QString departmentsText() const;

    WorkspaceController *m_controller;
    qint64 m_storedId = 0; ///< the session's id in the workspace (0: not kept, e.g. recorded answers)
    workshop::WorkshopTarget m_target;
    Options m_options;
    int m_patienceMs = 60000;
    bool m_recoveryOffered = true;
    QWidget *m_window;
    Selection m_selection;
    std::unique_ptr<workshop::WorkshopSession> m_session;
    std::unique_ptr<workshop::VotingServer> m_server;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace sbr::ui
