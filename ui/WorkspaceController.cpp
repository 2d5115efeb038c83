#include "WorkspaceController.h"

#include "io/QuestionnaireJson.h"

namespace sbr::ui {

WorkspaceController::WorkspaceController(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

WorkspaceController::~WorkspaceController()
{
    // The commands refer to the workspace: drop them first, without telling anyone (the
    // window that listens is being destroyed too).
    m_undo->blockSignals(true);
    m_undo->clear();
}

const Questionnaire &WorkspaceController::questionnaire() const
{
    return m_data.questionnaire;
}

bool WorkspaceController::open(const QString &path, storage::StorageError *error)
{
    auto ws = storage::Workspace::open(path, storage::Workspace::Mode::ReadWrite, error);
    if (!ws)
        return false;
    close();
    m_workspace = std::move(ws);
    attach();
    return true;
}

bool WorkspaceController::create(const QString &path, storage::StorageError *error)
{
    auto ws = storage::Workspace::create(path, io::defaultQuestionnaire(), error);
    if (!ws)
        return false;
    close();
    m_workspace = std::move(ws);
    attach();
    return true;
}

void WorkspaceController::attach()
{
    const storage::ChangeNotifier *n = m_workspace->notifier();
    connect(n, &storage::ChangeNotifier::assessmentChanged, this, &WorkspaceController::reloadAssessment);
    connect(n, &storage::ChangeNotifier::structureChanged, this, &WorkspaceController::reloadAll);
    connect(n, &storage::ChangeNotifier::companiesChanged, this, &WorkspaceController::reloadAll);
    connect(n, &storage::ChangeNotifier::dataChanged, this, &WorkspaceController::reloadAll);
    connect(n, &storage::ChangeNotifier::plannedMeasuresChanged, this, &WorkspaceController::plannedMeasuresChanged);
    reloadAll();
    emit workspaceOpened();
}

void WorkspaceController::close()
{
    if (!m_workspace)
        return;
    m_undo->clear(); // commands refer to rows of this workspace
    m_workspace.reset();
    m_data = {};
    m_report = {};
    emit workspaceClosed();
}

void WorkspaceController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
}

void WorkspaceController::reportError(const storage::StorageError &error)
{
    emit errorOccurred(tr("The change was not saved"), error.message);
}

const CompanyResult *WorkspaceController::company(const QString &name) const
{
    for (const CompanyResult &c : m_report.companies)
        if (c.name == name)
            return &c;
    return nullptr;
}

const RoundResult *WorkspaceController::round(const QString &companyName, const QString &label) const
{
    if (const CompanyResult *c = company(companyName))
        for (const RoundResult &r : c->rounds)
            if (r.label == label)
                return &r;
    return nullptr;
}

void WorkspaceController::reloadAll()
{
    if (!m_workspace)
        return;
    storage::StorageError error;
    WorkspaceData data;
    if (!m_workspace->loadScoringData(&data, &error)) {
        emit errorOccurred(tr("Cannot read the workspace"), error.message);
        return;
    }
    m_data = std::move(data);
    rescore();
}

void WorkspaceController::reloadAssessment(qint64 assessment)
{
    for (CompanyData &c : m_data.companies)
        for (AssessmentData &a : c.assessments)
            if (a.key == assessment) {
                storage::StorageError error;
                if (!m_workspace->loadAssessment(assessment, &a, &error)) {
                    emit errorOccurred(tr("Cannot read the workspace"), error.message);
                    return;
                }
                rescore();
                return;
            }
    reloadAll(); // a new assessment: the structure changed
}

void WorkspaceController::rescore()
{
    m_report = scoreWorkspace(m_data);
    emit scoresChanged();
}

} // namespace sbr::ui
