#pragma once
// The window's hold on the open workspace: the application session (the only owner of the
// workspace), the undo stack and the language of questionnaire texts. It forwards the session's
// typed change events, so that models connect once and keep working when another workspace is
// opened. Pages and models read scores and rows through session(); nothing here talks to storage.

#include "scoring/Scoring.h"
#include "session/WorkspaceSession.h"

#include <QLockFile>
#include <QObject>
#include <QUndoStack>

#include <memory>

namespace sbr::ui {

class WorkspaceController : public QObject {
    Q_OBJECT
public:
    explicit WorkspaceController(QObject *parent = nullptr);
    ~WorkspaceController() override;

    /// Opens a workspace and replaces the current one; on failure keeps the current one and
    /// returns the error (in words for a manager). For editing, the workspace must not be open
    /// for editing in another window of the program (OpenElsewhere); reading is always possible.
    /// A team workspace (a postgresql:// address) is not held for this window alone: other clients
    /// work on it too. `password`, when given, is one the user typed for it (WorkspaceSession::openTeam).
    bool open(const QString &path, WorkspaceError *error, bool readOnly = false, const QString &password = {});
    /// Creates an empty workspace with the built-in questionnaire and opens it.
    bool create(const QString &path, WorkspaceError *error);
    /// Takes over a session opened elsewhere (the demo on first start).
    void adopt(std::unique_ptr<session::WorkspaceSession> session);
    void close();

    bool isOpen() const { return m_session != nullptr; }
    /// The open session; nullptr when no workspace is open.
    session::WorkspaceSession *session() const { return m_session.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    const Questionnaire &questionnaire() const;

    /// All scores of the workspace, current with every committed change.
    const ScoreReport &report() const;
    const CompanyResult *company(const QString &name) const;
    const RoundResult *round(const QString &company, const QString &label) const;
    /// scoring.md *Anonymity*: k of the open workspace (the default when none is open).
    int anonymityThreshold() const;
    /// scoring.md *Anonymity*: the scores as every output people read shows them (dashboard,
    /// heatmap, trend, benchmark, presentation, PDF report, exports); the same numbers as
    /// `score --json --anonymous`. shownReport() is the same in the shape of report().
    const AnonymousReport &anonymousReport() const;
    const ScoreReport &shownReport() const;
    const CompanyResult *shownCompany(const QString &name) const;
    const RoundResult *shownRound(const QString &company, const QString &label) const;
    const AnonymousRound *anonymousRound(const QString &company, const QString &label) const;

    /// "de" or "en": the language of questionnaire texts and stage names.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    /// Shows a failure to the user (the window connects this to a message box).
    void reportError(const WorkspaceError &error);
    /// Tells that an undo or redo of the step named `step` could not be done and was dropped.
    void reportStepFailed(const QString &step, bool undoing, const WorkspaceError &error);

    /// How often other writers (another window, the command line) are looked for, in ms.
    static constexpr int kWatchInterval = 500;

signals:
    void workspaceOpened();
    void workspaceClosed();
    /// The open session is about to go (another workspace opens, the window closes).
    void workspaceAboutToClose();
    void languageChanged();
    void errorOccurred(const QString &title, const QString &message);

    // The open session's events (see session/WorkspaceSession.h), forwarded.
    void answersChanged(qint64 assessment, const QList<sbr::AnswerState> &answers);
    void commentChanged(qint64 assessment, int item);
    void respondentsAdded(qint64 assessment, const QList<qint64> &respondents);
    void respondentsRemoved(qint64 assessment, const QList<qint64> &respondents);
    void respondentRenamed(qint64 assessment, qint64 respondent);
    void companiesChanged();
    void structureChanged(qint64 company);
    void plannedMeasuresChanged(qint64 company);
    void conclusionsChanged(qint64 round);
    void settingChanged(sbr::session::Setting setting);
    void scoresChanged(const sbr::session::ScoreChange &change);
    void reloaded();

private:
    void attach();

    std::unique_ptr<session::WorkspaceSession> m_session;
    std::unique_ptr<QLockFile> m_lock; ///< held while this window edits the workspace
    QUndoStack *m_undo;
    QString m_language = QStringLiteral("de");
};

} // namespace sbr::ui
