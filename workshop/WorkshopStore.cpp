#include "WorkshopStore.h"

#include "VoteWriter.h"
#include "WorkshopSession.h"
#include "domain/Names.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace sbr::workshop {

namespace {

/// How long a vote may wait for a busy workspace before the page is told to try again.
constexpr int kVoteWaitMs = 250;

QString thisHost()
{
    return QSysInfo::machineHostName();
}

/// Every vote, department choice and first round of a re-vote goes into the stored session `id`.
void keepVotes(session::WorkspaceSession &workspace, WorkshopSession &session, qint64 id)
{
    session.setJournal([&workspace, id](const QList<WorkshopVote> &votes) {
        WorkspaceError ignored;
        return workspace.recordWorkshopVotes(id, votes, &ignored, kVoteWaitMs);
    });
    // The first round only feeds the slides of a resumed session: a busy workspace loses nothing stored.
    session.setFirstRoundJournal([&workspace, id](const QHash<int, QList<int>> &rounds) {
        WorkspaceError ignored;
        workspace.setWorkshopFirstRounds(id, rounds, &ignored);
    });
}

} // namespace

std::optional<WorkshopTarget> WorkshopStore::resolve(const io::ImportContext &context, const QString &companyName,
                                                     const QString &roundLabel, const QStringList &departmentNames,
                                                     QString *error)
{
    // Names as typed on the command line or in the workbench, in their normal form (formats.md).
    const QString company = normalizeName(companyName), round = normalizeName(roundLabel);
    const auto c = context.companies.constFind(company);
    if (c == context.companies.cend()) {
        if (error) {
            *error = tr("there is no company \"%1\" in the workspace").arg(company);
            for (auto it = context.companies.cbegin(); it != context.companies.cend(); ++it)
                if (caseKey(it.key()) == caseKey(company))
                    *error += QStringLiteral("; ") + tr("did you mean \"%1\"?").arg(it.key());
        }
        return std::nullopt;
    }
    const auto r = c->rounds.constFind(round);
    if (r == c->rounds.cend()) {
        if (error)
            *error = tr("company \"%1\" has no round \"%2\"").arg(company, round);
        return std::nullopt;
    }
    WorkshopTarget target{company, round, r.value(), {}, {}, false};
    for (const QString &name : departmentNames) {
        const QString department = normalizeName(name);
        if (department.isEmpty()) {
            if (error)
                *error = tr("the department name is empty");
            return std::nullopt;
        }
        for (const QString &existing : c->departments)
            if (existing != department && caseKey(existing) == caseKey(department)) {
                if (error)
                    *error = tr("the department \"%1\" differs from \"%2\" only in upper and lower case; did you "
                                "mean \"%2\"?")
                                 .arg(department, existing);
                return std::nullopt;
            }
        for (const QString &earlier : std::as_const(target.departments))
            if (earlier != department && caseKey(earlier) == caseKey(department)) {
                if (error)
                    *error = tr("the departments \"%1\" and \"%2\" differ only in upper and lower case")
                                 .arg(earlier, department);
                return std::nullopt;
            }
        if (target.departments.contains(department))
            continue;
        target.departments.append(department);
        target.newDepartment = target.newDepartment || !c->departments.contains(department);
    }
    if (target.departments.isEmpty()) {
        if (error)
            *error = tr("the department name is empty");
        return std::nullopt;
    }
    target.department = target.departments.constFirst();
    return target;
}

qint64 WorkshopStore::begin(session::WorkspaceSession &workspace, WorkshopSession &session,
                            const WorkshopTarget &target, const QString &token, quint16 port, WorkspaceError *error)
{
    WorkshopRecord record;
    record.started = QDateTime::currentDateTimeUtc();
    record.company = target.company;
    record.round = target.round;
    record.roundDate = target.roundDate;
    record.department = target.department;
    record.departments = target.departments;
    record.items = session.items();
    record.token = token;
    record.port = port;
    record.host = thisHost();
    record.pid = QCoreApplication::applicationPid();
    const qint64 id = workspace.beginWorkshop(record, error);
    if (id < 0)
        return -1;
    session.setDepartments(target.departments);
    keepVotes(workspace, session, id);
    return id;
}

bool WorkshopStore::attach(session::WorkspaceSession &workspace, WorkshopSession &session, qint64 id,
                           const QString &token, quint16 port, WorkspaceError *error)
{
    if (!workspace.setWorkshopOwner(id, thisHost(), QCoreApplication::applicationPid(), token, port, error))
        return false;
    keepVotes(workspace, session, id);
    return true;
}

std::unique_ptr<VoteWriter> WorkshopStore::writeInBackground(session::WorkspaceSession &workspace,
                                                             WorkshopSession &session, qint64 id, QString *error)
{
    auto writer = VoteWriter::start(workspace.path(), id, error);
    if (!writer)
        return nullptr;
    QPointer<VoteWriter> guard(writer.get());
    session.setAsyncJournal([guard](const QList<WorkshopVote> &votes, std::function<void(bool)> done) {
        if (guard)
            guard->write(votes, std::move(done));
        else
            done(false);
    });
    return writer;
}

bool WorkshopStore::store(session::WorkspaceSession &workspace, const WorkshopSession &session,
                          const WorkshopTarget &target, qint64 id, WorkspaceError *error, Summary *summary,
                          session::WorkspaceSession::WriteRecord *record, int patienceMs, const Waiting &waiting)
{
    if (summary)
        *summary = {};
    const io::AnswerBatch batch = session.toBatch(target.company, target.departments, target.round, target.roundDate);
    session::WorkspaceSession::WriteRecord written;
    if (!workspace.finishWorkshop(id, batch, &written, error, patienceMs, waiting))
        return false;
    if (summary)
        *summary = {int(written.respondents.size()), written.answers};
    if (record)
        *record = std::move(written);
    return true;
}

bool WorkshopStore::unfinished(const session::WorkspaceSession &workspace, QList<WorkshopRecord> *out,
                               WorkspaceError *error)
{
    return workspace.workshopSessions(out, error);
}

bool WorkshopStore::isRunningElsewhere(const WorkshopRecord &record)
{
    if (record.pid <= 0 || record.host != thisHost() || record.pid == QCoreApplication::applicationPid())
        return false;
#ifdef Q_OS_UNIX
    // Signal 0 only asks whether the process exists (EPERM: it exists, but belongs to someone else).
    if (::kill(pid_t(record.pid), 0) != 0 && errno != EPERM)
        return false;
    // A killed process that nobody reaped yet (a zombie) runs no more.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(record.pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype end = line.lastIndexOf(')');
        if (end > 0 && line.size() > end + 2 && line.at(end + 2) == 'Z')
            return false;
    }
    return true;
#else
    return false;
#endif
}

std::unique_ptr<WorkshopSession> WorkshopStore::load(const session::WorkspaceSession &workspace,
                                                     const WorkshopRecord &record, WorkspaceError *error)
{
    WorkshopVotes votes;
    if (!workspace.workshopVotes(record.id, &votes, error))
        return nullptr;
    auto session = std::make_unique<WorkshopSession>(workspace.questionnaire(), record.items);
    session->setAnonymityThreshold(workspace.anonymityThreshold());
    session->setDepartments(record.departments.isEmpty() ? QStringList{record.department} : record.departments);
    session->restore(votes);
    session->restoreFirstRounds(record.firstRounds);
    return session;
}

std::optional<WorkshopTarget> WorkshopStore::targetOf(const session::WorkspaceSession &workspace,
                                                      const WorkshopRecord &record, QString *error)
{
    io::ImportContext context;
    WorkspaceError e;
    if (!workspace.importContext(&context, &e)) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
    return resolve(context, record.company, record.round,
                   record.departments.isEmpty() ? QStringList{record.department} : record.departments, error);
}

bool WorkshopStore::recover(session::WorkspaceSession &workspace, const WorkshopRecord &record, WorkspaceError *error,
                            Summary *summary, session::WorkspaceSession::WriteRecord *written, int patienceMs,
                            const Waiting &waiting)
{
    QString problem;
    const auto target = targetOf(workspace, record, &problem);
    if (!target) {
        *error = {WorkspaceError::Kind::Conflict,
                  tr("The workshop session of %1 cannot be stored: %2. Its votes stay in the workspace.")
                      .arg(QLocale().toString(record.started.toLocalTime(), QLocale::ShortFormat), problem)};
        return false;
    }
    const auto session = load(workspace, record, error);
    return session && store(workspace, *session, *target, record.id, error, summary, written, patienceMs, waiting);
}

} // namespace sbr::workshop
