// The session's use-cases that write many rows: the demo workspace, imported answers and
// workshop votes (writeAnswers), and taking such a write back exactly (undoWrite/redoWrite).

#include "WorkspaceSession.h"

#include "demo/DemoData.h"
#include "io/QuestionnaireJson.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace sbr::session {

namespace {

struct Ids {
    QSet<qint64> companies, departments, rounds, assessments;
};

Ids idsOf(const WorkspaceData &data)
{
    Ids ids;
    for (const CompanyData &c : data.companies) {
        ids.companies.insert(c.key);
        for (qint64 d : c.departmentKeys)
            ids.departments.insert(d);
        for (const Round &r : c.rounds)
            ids.rounds.insert(r.key);
        for (const AssessmentData &a : c.assessments)
            ids.assessments.insert(a.key);
    }
    return ids;
}

QList<qint64> added(const QSet<qint64> &after, const QSet<qint64> &before)
{
    QList<qint64> out;
    for (qint64 id : after)
        if (!before.contains(id))
            out.append(id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::unique_ptr<WorkspaceSession> WorkspaceSession::createDemo(const QString &path, WorkspaceError *error,
                                                               DemoSummary *summary)
{
    const Questionnaire q = io::defaultQuestionnaire();
    const demo::DemoData data = demo::generate(q);
    auto ws = storage::Workspace::create(path, q, error, &data.batch, &data.targets);
    if (!ws)
        return nullptr;
    if (summary)
        *summary = {int(data.batch.companies.size()), int(data.batch.rounds.size()), int(data.batch.answers.size())};
    std::unique_ptr<WorkspaceSession> s(new WorkspaceSession(std::move(ws), false));
    if (!s->loadAll(error))
        return nullptr;
    for (const CompanyRow &c : s->companies())
        if (c.name == demo::mainCompany())
            for (PlanMeasure m : demo::plan()) {
                m.company = c.id;
                if (s->addPlanMeasure(m, error) < 0)
                    return nullptr;
            }
    return s;
}

bool WorkspaceSession::writeAnswers(const io::AnswerBatch &batch, WriteRecord *record, WorkspaceError *error,
                                    const std::function<bool(double)> &progress)
{
    return writeAnswersWith(batch, record, error, progress, {});
}

bool WorkspaceSession::writeAnswersWith(const io::AnswerBatch &batch, WriteRecord *record, WorkspaceError *error,
                                        const std::function<bool(double)> &progress,
                                        const std::function<bool(WorkspaceError *)> &alsoInTransaction)
{
    if (!writable(error))
        return false;
    WriteRecord r;
    // Respondents whose answers the batch replaces, as they are now (for the undo).
    for (const io::AnswerBatch::Respondent &p : batch.respondents) {
        if (!p.replaces)
            continue;
        const io::AnswerBatch::Department &d = batch.departments[p.department];
        const io::AnswerBatch::Round &round = batch.rounds[p.round];
        qint64 roundId = 0, departmentId = 0;
        for (const CompanyData &c : m_data.companies)
            if (c.name == batch.companies[d.company]) {
                for (const Round &x : c.rounds)
                    if (x.label == round.label)
                        roundId = x.key;
                departmentId = c.departmentKeys.value(c.departments.indexOf(d.name));
            }
        QList<RespondentRow> people;
        if (const qint64 a = assessmentId(roundId, departmentId); a && !respondents(a, &people, error))
            return false;
        for (const RespondentRow &person : people)
            if (person.name == p.name) {
                Snapshot before;
                if (!m_workspace->snapshotRespondent(person.id, &before, error))
                    return false;
                r.replacedBefore.append(before);
            }
    }
    const Ids before = idsOf(m_data);
    storage::Workspace::WriteSummary written;
    const bool ok = alsoInTransaction
                        ? m_workspace->atomically(
                              [&](WorkspaceError *e) {
                                  return m_workspace->writeBatch(batch, e, &written, progress) && alsoInTransaction(e);
                              },
                              error)
                        : m_workspace->writeBatch(batch, error, &written, progress);
    if (!ok)
        return false;
    if (!loadAll(error))
        return false;
    const Ids after = idsOf(m_data);
    r.answers = written.answers;
    r.respondents = written.respondentIds;
    QSet<qint64> replaced;
    for (const Snapshot &s : r.replacedBefore)
        replaced.insert(s.tables.first().rows.first().value(0).toLongLong());
    for (qint64 id : written.respondentIds)
        if (!replaced.contains(id))
            r.newRespondents.append(id);
    r.companies = added(after.companies, before.companies);
    r.departments = added(after.departments, before.departments);
    r.rounds = added(after.rounds, before.rounds);
    r.assessments = added(after.assessments, before.assessments);
    if (record)
        *record = std::move(r);
    emit reloaded();
    emit scoresChanged(ScoreChange::everything());
    return true;
}

bool WorkspaceSession::undoWrite(const WriteRecord &record, QList<Snapshot> *removed, WorkspaceError *error)
{
    if (!writable(error))
        return false;
    QList<Snapshot> taken;
    const auto take = [&](const std::function<bool(Snapshot *, WorkspaceError *)> &remove) {
        Snapshot s;
        if (!remove(&s, error))
            return false;
        taken.append(s);
        return true;
    };
    const bool ok = m_workspace->atomically(
        [&](WorkspaceError *) {
            storage::Workspace &ws = *m_workspace;
            for (qint64 id : record.respondents)
                if (!take([&](Snapshot *s, WorkspaceError *e) { return ws.deleteRespondent(id, s, e); }))
                    return false;
            for (const Snapshot &s : record.replacedBefore)
                if (!ws.restore(s, error))
                    return false;
            // What the write created may hold respondents recorded since (another window, the
            // command line): then nothing is taken back rather than those deleted silently.
            if (const int since = recordedSince(record); since != 0) {
                *error = {WorkspaceError::Kind::Conflict,
                          QCoreApplication::translate("sbr::session::WorkspaceSession",
                                                      "%n respondent(s) were recorded in what this step created after "
                                                      "it was done. Undoing it would delete them, so nothing was "
                                                      "undone; delete them yourself if that is meant.",
                                                      nullptr, since)};
                return false;
            }
            // Children first: assessments, rounds, departments, companies the write created.
            for (qint64 id : record.assessments)
                if (!take([&](Snapshot *s, WorkspaceError *e) { return ws.deleteAssessment(id, s, e); }))
                    return false;
            for (qint64 id : record.rounds)
                if (!take([&](Snapshot *s, WorkspaceError *e) { return ws.deleteRound(id, s, e); }))
                    return false;
            for (qint64 id : record.departments)
                if (!take([&](Snapshot *s, WorkspaceError *e) { return ws.deleteDepartment(id, s, e); }))
                    return false;
            for (qint64 id : record.companies)
                if (!take([&](Snapshot *s, WorkspaceError *e) { return ws.deleteCompany(id, s, e); }))
                    return false;
            return true;
        },
        error);
    if (!ok)
        return false;
    *removed = taken;
    return reload(error);
}

int WorkspaceSession::recordedSince(const WriteRecord &record) const
{
    // Called inside undoWrite's transaction, after the record's own respondents are gone.
    int n = 0;
    WorkspaceError error;
    const auto count = [&](qint64 company, qint64 department, qint64 round) {
        const int c = m_workspace->respondentCount(company, department, round, &error);
        // The parts overlap (a created company holds the created departments): the largest count
        // is the one that says how many; unreadable counts as "something is there".
        n = std::max(n, c < 0 ? 1 : c);
    };
    for (qint64 id : record.companies)
        count(id, 0, 0);
    for (qint64 id : record.departments)
        count(0, id, 0);
    for (qint64 id : record.rounds)
        count(0, 0, id);
    for (const CompanyData &c : m_data.companies)
        for (const AssessmentData &a : c.assessments)
            if (record.assessments.contains(a.key))
                count(0, c.departmentKeys.value(a.department), c.rounds.value(a.round).key);
    return n;
}

bool WorkspaceSession::redoWrite(const WriteRecord &record, const QList<Snapshot> &removed, WorkspaceError *error)
{
    if (!writable(error))
        return false;
    const bool ok = m_workspace->atomically(
        [&](WorkspaceError *) {
            storage::Workspace &ws = *m_workspace;
            // The replaced respondents' old answers go first, then everything comes back in the
            // reverse order of the undo (parents before children).
            for (const Snapshot &s : record.replacedBefore) {
                Snapshot discard;
                if (!ws.deleteRespondent(s.tables.first().rows.first().value(0).toLongLong(), &discard, error))
                    return false;
            }
            for (auto it = removed.crbegin(); it != removed.crend(); ++it)
                if (!ws.restore(*it, error))
                    return false;
            return true;
        },
        error);
    return ok && reload(error);
}

} // namespace sbr::session
