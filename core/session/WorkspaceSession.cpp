#include "WorkspaceSession.h"

#include "scoring/ScoreUpdate.h"
#include "storage/Workspace.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>

namespace sbr::session {

namespace {
// Names sort as a dictionary of the workbench's language does (QLocale's default, which the
// language setting sets), not by the process's LC_COLLATE: "Bäckerei" before "Brandt" also when
// the program runs under C.UTF-8.
bool byName(const QString &a, const QString &b)
{
    static thread_local QCollator collator;
    if (collator.locale() != QLocale())
        collator = QCollator(QLocale());
    return collator.compare(a, b) < 0;
}
} // namespace

WorkspaceSession::WorkspaceSession(std::unique_ptr<storage::Workspace> workspace, bool readOnly)
    : m_workspace(std::move(workspace)), m_readOnly(readOnly)
{
    qRegisterMetaType<ScoreChange>();
    qRegisterMetaType<Setting>();
    connect(&m_watch, &QTimer::timeout, this, [this] { checkForOtherWriters(); });
}

WorkspaceSession::~WorkspaceSession()
{
    m_workspace.reset();
    if (!m_passwordFor.isEmpty())
        storage::setTeamPassword(m_passwordFor, QString());
}

bool WorkspaceSession::isTeamLocation(const QString &location)
{
    return storage::isTeamWorkspace(location);
}

std::unique_ptr<WorkspaceSession> WorkspaceSession::openTeam(const QString &uri, Mode mode, const QString &password,
                                                             WorkspaceError *error, Check check)
{
    if (password.isEmpty())
        return open(uri, mode, error, check);
    storage::setTeamPassword(uri, password);
    auto s = open(uri, mode, error, check);
    if (s)
        s->m_passwordFor = uri;
    else
        storage::setTeamPassword(uri, QString());
    return s;
}

std::unique_ptr<WorkspaceSession> WorkspaceSession::open(const QString &path, Mode mode, WorkspaceError *error,
                                                         Check check)
{
    // The file's integrity check runs beside the first read (both must succeed) or, for a
    // window that wants to show the workspace at once, after it.
    const bool later = check == Check::AfterOpening;
    auto ws = storage::Workspace::open(
        path, mode == Mode::ReadOnly ? storage::Workspace::Mode::ReadOnly : storage::Workspace::Mode::ReadWrite, error,
        later ? storage::Workspace::Check::AfterFirstRead : storage::Workspace::Check::BesideFirstRead);
    if (!ws)
        return nullptr;
    std::unique_ptr<WorkspaceSession> s(new WorkspaceSession(std::move(ws), mode == Mode::ReadOnly));
    if (!s->loadAll(error))
        return nullptr;
    if (!later)
        return s->m_workspace->finishCheck(error) ? std::move(s) : nullptr;
    s->m_workspace->startCheck();
    WorkspaceSession *session = s.get();
    session->m_checkWatch.setInterval(25);
    connect(&session->m_checkWatch, &QTimer::timeout, session, [session] {
        if (!session->m_workspace->checkDone())
            return;
        session->m_checkWatch.stop();
        WorkspaceError damage;
        if (!session->m_workspace->finishCheck(&damage))
            emit session->damaged(damage);
    });
    session->m_checkWatch.start();
    return s;
}

std::unique_ptr<WorkspaceSession> WorkspaceSession::create(const QString &path, const Questionnaire &questionnaire,
                                                           WorkspaceError *error)
{
    auto ws = storage::Workspace::create(path, questionnaire, error);
    if (!ws)
        return nullptr;
    std::unique_ptr<WorkspaceSession> s(new WorkspaceSession(std::move(ws), false));
    if (!s->loadAll(error))
        return nullptr;
    return s;
}

std::unique_ptr<WorkspaceSession> WorkspaceSession::openForBulkWrite(const QString &path, WorkspaceError *error)
{
    auto ws = storage::Workspace::open(path, storage::Workspace::Mode::ReadWrite, error);
    if (!ws)
        return nullptr;
    std::unique_ptr<WorkspaceSession> s(new WorkspaceSession(std::move(ws), false));
    s->m_scoring = false;
    if (!s->loadAll(error))
        return nullptr;
    return s;
}

QString WorkspaceSession::path() const
{
    return m_workspace->path();
}

bool WorkspaceSession::loadAll(WorkspaceError *error)
{
    WorkspaceData data;
    if (!m_workspace->loadScoringData(&data, error, m_scoring))
        return false;
    m_data = std::move(data);
    m_anonymityThreshold = m_workspace->anonymityThreshold();
    rememberVersion();
    rescoreAll();
    if (m_benchmarkError) {
        *error = m_benchmarkError;
        return false;
    }
    return true;
}

void WorkspaceSession::rememberVersion()
{
    m_dataVersion = m_workspace->dataVersion();
}

void WorkspaceSession::rescoreAll()
{
    m_report = m_scoring ? scoreWorkspace(m_data) : ScoreReport{};
    QList<qint64> rounds;
    for (const CompanyResult &company : m_report.companies)
        for (const RoundResult &round : company.rounds)
            rounds.append(round.key);
    applyServerBenchmarks(m_report, rounds);
    invalidateShown();
    index();
}

const WorkspaceSession::Shown &WorkspaceSession::shown() const
{
    if (!m_shown) {
        Shown s;
        s.anonymous = anonymize(m_report, m_data.questionnaire, m_anonymityThreshold);
        s.scores = shownScores(s.anonymous);
        m_shown = std::move(s);
    }
    return *m_shown;
}

void WorkspaceSession::refreshShown(int company, const QList<qint64> &benchmarkRounds)
{
    if (!m_shown)
        return; // made whole on first use
    const size_t companies = m_report.companies.size();
    if (company < 0 || size_t(company) >= companies || m_shown->anonymous.companies.size() != companies) {
        invalidateShown();
        return;
    }
    for (const qint64 round : benchmarkRounds) {
        const auto at = m_roundAt.constFind(round);
        if (at == m_roundAt.cend() || at->first == company)
            continue; // the edited company is made anew below
        const auto [c, r] = std::pair{size_t(at->first), size_t(at->second)};
        AnonymousRound &shown = m_shown->anonymous.companies[c].rounds[r];
        refreshBenchmark(shown, m_report.companies[c].rounds[r]);
        m_shown->scores.companies[c].rounds[r].benchmark = shown.benchmark;
    }
    const auto c = size_t(company);
    m_shown->anonymous.companies[c] =
        anonymizeCompany(m_report.companies[c], m_data.questionnaire, m_anonymityThreshold);
    m_shown->scores.companies[c] = shownCompany(m_shown->anonymous.companies[c]);
}

const AnonymousReport &WorkspaceSession::anonymousReport() const
{
    return shown().anonymous;
}

const ScoreReport &WorkspaceSession::shownReport() const
{
    return shown().scores;
}

const AnonymousRound *WorkspaceSession::anonymousRound(qint64 round) const
{
    const auto it = m_roundAt.constFind(round);
    return it == m_roundAt.cend() ? nullptr
                                  : &anonymousReport().companies[size_t(it->first)].rounds[size_t(it->second)];
}

void WorkspaceSession::index()
{
    m_companyAt.clear();
    m_roundAt.clear();
    m_assessmentAt.clear();
    m_assessmentOf.clear();
    for (const CompanyData &c : m_data.companies)
        for (const AssessmentData &a : c.assessments)
            m_assessmentOf.insert({c.rounds.value(a.round).key, c.departmentKeys.value(a.department)}, a.key);
    for (int c = 0; c < int(m_report.companies.size()); ++c) {
        const CompanyResult &company = m_report.companies[size_t(c)];
        m_companyAt.insert(company.key, c);
        for (int r = 0; r < int(company.rounds.size()); ++r) {
            m_roundAt.insert(company.rounds[size_t(r)].key, {c, r});
            for (const DepartmentResult &d : company.rounds[size_t(r)].departments)
                m_assessmentAt.insert(d.key, {c, r});
        }
    }
}

const CompanyResult *WorkspaceSession::companyResult(qint64 company) const
{
    const auto it = m_companyAt.constFind(company);
    return it == m_companyAt.cend() ? nullptr : &m_report.companies[size_t(*it)];
}

const RoundResult *WorkspaceSession::roundResult(qint64 round) const
{
    const auto it = m_roundAt.constFind(round);
    return it == m_roundAt.cend() ? nullptr : &m_report.companies[size_t(it->first)].rounds[size_t(it->second)];
}

const DepartmentResult *WorkspaceSession::departmentResult(qint64 assessment) const
{
    const auto it = m_assessmentAt.constFind(assessment);
    if (it == m_assessmentAt.cend())
        return nullptr;
    for (const DepartmentResult &d : m_report.companies[size_t(it->first)].rounds[size_t(it->second)].departments)
        if (d.key == assessment)
            return &d;
    return nullptr;
}

// --- Structure from memory -------------------------------------------------------------------

QList<CompanyRow> WorkspaceSession::companies() const
{
    QList<CompanyRow> out;
    for (const CompanyData &c : m_data.companies)
        out.append({c.key, c.name, c.target, c.inPool});
    std::sort(out.begin(), out.end(), [](const CompanyRow &a, const CompanyRow &b) { return byName(a.name, b.name); });
    return out;
}

std::optional<CompanyRow> WorkspaceSession::company(qint64 id) const
{
    for (const CompanyData &c : m_data.companies)
        if (c.key == id)
            return CompanyRow{c.key, c.name, c.target, c.inPool};
    return std::nullopt;
}

QList<DepartmentRow> WorkspaceSession::departments(qint64 company) const
{
    QList<DepartmentRow> out;
    for (const CompanyData &c : m_data.companies)
        if (c.key == company)
            for (qsizetype d = 0; d < c.departments.size(); ++d)
                out.append({c.departmentKeys.value(d), c.key, c.departments[d]});
    std::sort(out.begin(), out.end(),
              [](const DepartmentRow &a, const DepartmentRow &b) { return byName(a.name, b.name); });
    return out;
}

QList<RoundRow> WorkspaceSession::rounds(qint64 company) const
{
    QList<RoundRow> out;
    for (const CompanyData &c : m_data.companies)
        if (c.key == company)
            for (const Round &r : c.rounds)
                out.append({r.key, c.key, r.label, r.date});
    std::sort(out.begin(), out.end(), [](const RoundRow &a, const RoundRow &b) { return a.date < b.date; });
    return out;
}

qint64 WorkspaceSession::assessmentId(qint64 round, qint64 department) const
{
    return m_assessmentOf.value({round, department}, 0);
}

bool WorkspaceSession::importContext(io::ImportContext *out, WorkspaceError *error) const
{
    return m_workspace->importContext(out, error);
}

bool WorkspaceSession::respondents(qint64 assessment, QList<RespondentRow> *out, WorkspaceError *error) const
{
    return m_workspace->respondents(assessment, out, error);
}

bool WorkspaceSession::answers(qint64 assessment, QList<AnswerCell> *out, WorkspaceError *error) const
{
    return m_workspace->answers(assessment, out, error);
}

bool WorkspaceSession::comments(qint64 assessment, QHash<int, QString> *out, WorkspaceError *error) const
{
    return m_workspace->comments(assessment, out, error);
}

int WorkspaceSession::respondentsUnder(qint64 company, qint64 department, qint64 round) const
{
    WorkspaceError error;
    return std::max(0, m_workspace->respondentCount(company, department, round, &error));
}

// --- Settings ----------------------------------------------------------------------------------

bool WorkspaceSession::setAnonymityThreshold(int k, WorkspaceError *error)
{
    if (k < 3 || k > 50) {
        *error = {WorkspaceError::Kind::Invalid,
                  QCoreApplication::translate("sbr::session::WorkspaceSession",
                                              "The minimum group size must be between 3 and 50, not %1.")
                      .arg(k)};
        return false;
    }
    if (!writable(error) || !m_workspace->setAnonymityThreshold(k, error))
        return false;
    m_anonymityThreshold = k;
    invalidateShown();
    rememberVersion();
    emit settingChanged(Setting::AnonymityThreshold);
    emit scoresChanged(ScoreChange::everything()); // the scores people see depend on k
    return true;
}

// --- Other writers -------------------------------------------------------------------------------

void WorkspaceSession::watchForOtherWriters(int ms)
{
    if (ms <= 0)
        m_watch.stop();
    else
        m_watch.start(ms);
}

bool WorkspaceSession::checkForOtherWriters()
{
    const qint64 version = m_workspace->dataVersion();
    if (version < 0 || version == m_dataVersion)
        return false;
    WorkspaceError error;
    return reload(&error);
}

bool WorkspaceSession::reload(WorkspaceError *error)
{
    const int k = m_anonymityThreshold;
    if (!m_workspace->reloadSettings(error) || !loadAll(error))
        return false;
    invalidateShown();
    if (k != m_anonymityThreshold)
        emit settingChanged(Setting::AnonymityThreshold);
    emit reloaded();
    emit scoresChanged(ScoreChange::everything());
    return true;
}

qint64 WorkspaceSession::storageRowsRead() const
{
    return m_workspace->rowsRead();
}

bool WorkspaceSession::saveCopy(const QString &path, WorkspaceError *error) const
{
    return m_workspace->saveCopy(path, error);
}

QString WorkspaceSession::integrityCheck() const
{
    return m_workspace->integrityCheck();
}

bool WorkspaceSession::writable(WorkspaceError *error) const
{
    if (!m_readOnly)
        return true;
    *error = {WorkspaceError::Kind::ReadOnly,
              QCoreApplication::translate("sbr::session::WorkspaceSession",
                                          "%1 is open for reading only; nothing was changed. Open it again for "
                                          "editing, or save a copy and edit that.")
                  .arg(m_workspace->path())};
    return false;
}

} // namespace sbr::session
