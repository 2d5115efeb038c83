#pragma once
// Owns the open workspace for the whole window: the storage connection, the undo stack and
// the scores of everything in it. Pages and models read from here and never talk to SQL.
// Scores are kept current from the storage notifier: an edited assessment is re-read alone
// (a few hundred rows) and rescored, so typing in the grid stays fast on large workspaces.

#include "scoring/Scoring.h"
#include "storage/Workspace.h"

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
    /// returns the storage error (in words for a manager).
    bool open(const QString &path, storage::StorageError *error);
    /// Creates an empty workspace with the built-in questionnaire and opens it.
    bool create(const QString &path, storage::StorageError *error);
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    storage::Workspace *workspace() const { return m_workspace.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    const Questionnaire &questionnaire() const;

    /// All scores of the workspace, current with every committed change.
    const ScoreReport &report() const { return m_report; }
    const WorkspaceData &data() const { return m_data; }
    const CompanyResult *company(const QString &name) const;
    const RoundResult *round(const QString &company, const QString &label) const;

    /// "de" or "en": the language of questionnaire texts and stage names.
    QString language() const { return m_language; }
    void setLanguage(const QString &language);

    /// Re-reads everything (after a change made through another connection, e.g. an import).
    void refresh() { reloadAll(); }

    /// Shows a storage failure to the user (the window connects this to a message box).
    void reportError(const storage::StorageError &error);

signals:
    void workspaceOpened();
    void workspaceClosed();
    /// The scores were recomputed (after any change to answers or structure).
    void scoresChanged();
    void languageChanged();
    void plannedMeasuresChanged(qint64 company);
    void errorOccurred(const QString &title, const QString &message);

private:
    void reloadAll();
    void reloadAssessment(qint64 assessment);
    void rescore();
    void attach();

    std::unique_ptr<storage::Workspace> m_workspace;
    QUndoStack *m_undo;
    WorkspaceData m_data;
    ScoreReport m_report;
    QString m_language = QStringLiteral("de");
};

} // namespace sbr::ui
