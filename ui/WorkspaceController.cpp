#include "WorkspaceController.h"

#include "io/QuestionnaireJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace sbr::ui {

namespace {
/// Where windows of the program note which workspace they edit: beside the user's runtime files,
/// never beside the workspace itself (no side files next to the user's document).
QString lockPath(const QString &workspace)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    const QByteArray key = QFileInfo(workspace).absoluteFilePath().toUtf8();
    return dir + QStringLiteral("/sbradar-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(16)) +
           QStringLiteral(".lock");
}

const ScoreReport &emptyReport()
{
    static const ScoreReport empty;
    return empty;
}
const AnonymousReport &emptyAnonymousReport()
{
    static const AnonymousReport empty;
    return empty;
}
const Questionnaire &emptyQuestionnaire()
{
    static const Questionnaire empty;
    return empty;
}
} // namespace

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
    return m_session ? m_session->questionnaire() : emptyQuestionnaire();
}

const ScoreReport &WorkspaceController::report() const
{
    return m_session ? m_session->report() : emptyReport();
}

int WorkspaceController::anonymityThreshold() const
{
    return m_session ? m_session->anonymityThreshold() : kMinGroupDefault;
}

const AnonymousReport &WorkspaceController::anonymousReport() const
{
    return m_session ? m_session->anonymousReport() : emptyAnonymousReport();
}

const ScoreReport &WorkspaceController::shownReport() const
{
    return m_session ? m_session->shownReport() : emptyReport();
}

const CompanyResult *WorkspaceController::shownCompany(const QString &name) const
{
    for (const CompanyResult &c : shownReport().companies)
        if (c.name == name)
            return &c;
    return nullptr;
}

const RoundResult *WorkspaceController::shownRound(const QString &companyName, const QString &label) const
{
    if (const CompanyResult *c = shownCompany(companyName))
        for (const RoundResult &r : c->rounds)
            if (r.label == label)
                return &r;
    return nullptr;
}

const AnonymousRound *WorkspaceController::anonymousRound(const QString &companyName, const QString &label) const
{
    for (const AnonymousCompany &c : anonymousReport().companies)
        if (c.name == companyName)
            for (const AnonymousRound &r : c.rounds)
                if (r.label == label)
                    return &r;
    return nullptr;
}

bool WorkspaceController::open(const QString &path, WorkspaceError *error, bool readOnly, const QString &password)
{
    const bool team = session::WorkspaceSession::isTeamLocation(path);
    const bool same =
        m_session && m_lock && QFileInfo(m_session->path()).absoluteFilePath() == QFileInfo(path).absoluteFilePath();
    std::unique_ptr<QLockFile> lock;
    if (!readOnly && !same && !team) {
        lock = std::make_unique<QLockFile>(lockPath(path));
        lock->setStaleLockTime(0); // a crashed window's lock is stale as soon as its process is gone
        if (!lock->tryLock(0)) {
            *error = {WorkspaceError::Kind::OpenElsewhere,
                      tr("%1 is open in another window of Social Business Radar. Edit it there, open it here for "
                         "reading only, or save a copy and work on that.")
                          .arg(QDir::toNativeSeparators(path))};
            return false;
        }
    }
    // The window shows the workspace at once; the integrity check of the whole file follows in
    // the background (writes wait for it), and a damaged file is closed with a message.
    auto s = session::WorkspaceSession::openTeam(
        path, readOnly ? session::WorkspaceSession::Mode::ReadOnly : session::WorkspaceSession::Mode::ReadWrite,
        team ? password : QString(), error, session::WorkspaceSession::Check::AfterOpening);
    if (!s)
        return false;
    if (same)
        lock = std::move(m_lock);
    adopt(std::move(s));
    m_lock = std::move(lock);
    return true;
}

bool WorkspaceController::create(const QString &path, WorkspaceError *error)
{
    auto s = session::WorkspaceSession::create(path, io::defaultQuestionnaire(), error);
    if (!s)
        return false;
    adopt(std::move(s));
    return true;
}

void WorkspaceController::adopt(std::unique_ptr<session::WorkspaceSession> session)
{
    close();
    m_session = std::move(session);
    attach();
}

void WorkspaceController::attach()
{
    using S = session::WorkspaceSession;
    S *s = m_session.get();
    connect(s, &S::answersChanged, this, &WorkspaceController::answersChanged);
    connect(s, &S::commentChanged, this, &WorkspaceController::commentChanged);
    connect(s, &S::respondentsAdded, this, &WorkspaceController::respondentsAdded);
    connect(s, &S::respondentsRemoved, this, &WorkspaceController::respondentsRemoved);
    connect(s, &S::respondentRenamed, this, &WorkspaceController::respondentRenamed);
    connect(s, &S::companiesChanged, this, &WorkspaceController::companiesChanged);
    connect(s, &S::structureChanged, this, &WorkspaceController::structureChanged);
    connect(s, &S::plannedMeasuresChanged, this, &WorkspaceController::plannedMeasuresChanged);
    connect(s, &S::conclusionsChanged, this, &WorkspaceController::conclusionsChanged);
    connect(s, &S::settingChanged, this, &WorkspaceController::settingChanged);
    connect(s, &S::scoresChanged, this, &WorkspaceController::scoresChanged);
    connect(s, &S::reloaded, this, &WorkspaceController::reloaded);
    connect(s, &S::damaged, this, [this, s](const WorkspaceError &damage) {
        // Closed once the session has finished announcing it.
        QTimer::singleShot(0, this, [this, s, message = damage.message] {
            if (m_session.get() != s)
                return;
            close();
            emit errorOccurred(tr("The workspace is damaged"), message);
        });
    });
    s->watchForOtherWriters(kWatchInterval);
    emit workspaceOpened();
}

void WorkspaceController::close()
{
    if (!m_session)
        return;
    emit workspaceAboutToClose(); // a running workshop lets go of the session first
    m_undo->clear();              // commands refer to rows of this workspace
    m_session.reset();
    m_lock.reset();
    emit workspaceClosed();
}

void WorkspaceController::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
}

void WorkspaceController::reportError(const WorkspaceError &error)
{
    emit errorOccurred(tr("The change was not saved"), error.message);
}

void WorkspaceController::reportStepFailed(const QString &step, bool undoing, const WorkspaceError &error)
{
    emit errorOccurred(undoing ? tr("Cannot undo") : tr("Cannot redo"),
                       (undoing ? tr("Undoing %1 is not possible.") : tr("Redoing %1 is not possible.")).arg(step) +
                           u'\n' + error.message + u'\n' +
                           tr("The step was taken off the undo history; the workspace is as it was before."));
}

const CompanyResult *WorkspaceController::company(const QString &name) const
{
    for (const CompanyResult &c : report().companies)
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

} // namespace sbr::ui
