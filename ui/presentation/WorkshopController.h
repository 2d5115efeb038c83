#pragma once
// Runs a workshop from the workbench: asks how (live voting or recorded answers, network
// interface, port, screen), starts the voting server and the presentation, and at the end
// stores the votes as anonymous respondents in one undoable step.

#include "Selection.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

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
    };

    WorkshopController(WorkspaceController *controller, QWidget *window);
    ~WorkshopController() override;

    /// Asks for the options, then starts. Needs a department of a round in the selection.
    void startInteractive(const Selection &selection);
    /// Starts with these options; false (and a warning) when the server cannot listen.
    bool start(const Selection &selection, const Options &options);
    /// Ends the session: with `store`, the votes become respondents (undoable). Returns the
    /// number of respondents stored.
    int end(bool store);
    /// Esc on the slides: asks whether to store the votes, then ends (or goes on).
    void leave();

    bool isRunning() const { return m_presentation != nullptr; }
    PresentationWindow *presentation() const { return m_presentation; }
    workshop::WorkshopSession *session() const { return m_session.get(); }
    workshop::VotingServer *server() const { return m_server.get(); }

private:
    WorkspaceController *m_controller;
    QWidget *m_window;
    Selection m_selection;
    std::unique_ptr<workshop::WorkshopSession> m_session;
    std::unique_ptr<workshop::VotingServer> m_server;
    QPointer<PresentationWindow> m_presentation;
};

} // namespace sbr::ui
