// The session's edits: each is one storage transaction, then the in-memory structure and scores
// are brought up to date and the change is announced with exactly what it touched.

#include "WorkspaceSession.h"

#include "domain/Names.h"
#include "scoring/ScoreUpdate.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace sbr::session {

namespace {
/// The company a snapshot's first row belongs to, when its first table is companies,
/// departments or rounds (the shape of the snapshots the deletes take).
qint64 companyOfSnapshot(const Snapshot &s)
{
    if (s.tables.isEmpty() || s.tables.first().rows.isEmpty())
        return 0;
    const Snapshot::Table &t = s.tables.first();
    const int column = t.name == u"companies" ? int(t.columns.indexOf(QStringLiteral("id")))
                                              : int(t.columns.indexOf(QStringLiteral("company_id")));
    return column < 0 ? 0 : t.rows.first().value(column).toLongLong();
}
/// One name per spelling (formats.md): `name` in its normal form, or false with *error when it is
/// empty or differs from a name in `scope` (other than `own`, the one being renamed) only in case.
bool acceptName(const QString &name, const QList<QPair<qint64, QString>> &scope, qint64 own, QString *normal,
                WorkspaceError *error)
{
    *normal = normalizeName(name);
    if (normal->isEmpty()) {
        *error = {WorkspaceError::Kind::Invalid,
                  QCoreApplication::translate("sbr::session::WorkspaceSession", "The name is empty.")};
        return false;
    }
    const QString key = caseKey(*normal);
    for (const auto &[id, existing] : scope) {
        if (id != own && existing == *normal) {
            *error = {WorkspaceError::Kind::Conflict,
                      QCoreApplication::translate("sbr::session::WorkspaceSession",
                                                  "\"%1\" exists already; choose another name.")
                          .arg(*normal)};
            return false;
        }
        if (id != own && existing != *normal && caseKey(existing) == key) {
            *error = {WorkspaceError::Kind::Conflict,
                      QCoreApplication::translate("sbr::session::WorkspaceSession",
                                                  "\"%1\" differs from the existing \"%2\" only in upper and lower "
                                                  "case; did you mean \"%2\"?")
                          .arg(*normal, existing)};
            return false;
        }
    }
    return true;
}

} // namespace

QList<QPair<qint64, QString>> WorkspaceSession::namesInScope(NameScope scope, qint64 parent) const
{
    QList<QPair<qint64, QString>> out;
    for (const CompanyData &c : m_data.companies) {
        if (scope == NameScope::Companies) {
            out.append({c.key, c.name});
        } else if (c.key == parent || (parent == 0 && scope != NameScope::Respondents)) {
            if (scope == NameScope::Departments)
                for (int i = 0; i < c.departments.size(); ++i)
                    out.append({c.departmentKeys.value(i), c.departments[i]});
            if (scope == NameScope::Rounds)
                for (const Round &r : c.rounds)
                    out.append({r.key, r.label});
        }
    }
    if (scope == NameScope::Respondents) {
        QList<RespondentRow> people;
        WorkspaceError error;
        if (respondents(parent, &people, &error))
            for (const RespondentRow &p : people)
                out.append({p.id, p.name});
    }
    return out;
}

qint64 WorkspaceSession::companyOfDepartment(qint64 department) const
{
    for (const CompanyData &c : m_data.companies)
        if (c.departmentKeys.contains(department))
            return c.key;
    return 0;
}

qint64 WorkspaceSession::companyOfRound(qint64 round) const
{
    for (const CompanyData &c : m_data.companies)
        for (const Round &r : c.rounds)
            if (r.key == round)
                return c.key;
    return 0;
}

void WorkspaceSession::rescoreAssessment(qint64 assessment)
{
    for (CompanyData &c : m_data.companies)
        for (AssessmentData &a : c.assessments)
            if (a.key == assessment) {
                WorkspaceError error;
                if (!m_workspace->loadAssessment(assessment, &a, &error))
                    break;
                const std::optional<ScoreUpdate> update = sbr::rescoreAssessment(m_report, m_data, assessment);
                if (!update) {
                    invalidateShown();
                    break;
                }
                applyServerBenchmarks(m_report, update->benchmarkRounds);
                // The anonymous view of the companies whose numbers changed: this one and those
                // whose benchmark takes this round as a peer value.
                refreshShown(m_companyAt.value(update->company, -1), update->benchmarkRounds);
                ScoreChange change;
                change.company = update->company;
                change.assessments = QSet<qint64>(update->assessments.begin(), update->assessments.end());
                change.rounds = QSet<qint64>(update->rounds.begin(), update->rounds.end());
                change.benchmarks = QSet<qint64>(update->benchmarkRounds.begin(), update->benchmarkRounds.end());
                for (qint64 round : change.benchmarks)
                    if (const auto at = m_roundAt.value(round, {-1, -1}); at.first >= 0)
                        change.benchmarkCompanies.insert(m_report.companies[size_t(at.first)].key);
                emit scoresChanged(change);
                return;
            }
    // Not known yet (or unreadable): everything, from storage.
    WorkspaceError error;
    if (loadAll(&error))
        emit scoresChanged(ScoreChange::everything());
}

void WorkspaceSession::structureEdited(qint64 company)
{
    // Only the structure is read again; the tallies of the assessments stay as they are (a new
    // assessment has none yet).
    WorkspaceData fresh;
    WorkspaceError error;
    if (!m_workspace->loadScoringData(&fresh, &error, false))
        return;
    QHash<qint64, const AssessmentData *> old;
    for (const CompanyData &c : m_data.companies)
        for (const AssessmentData &a : c.assessments)
            old.insert(a.key, &a);
    for (CompanyData &c : fresh.companies)
        for (AssessmentData &a : c.assessments)
            if (const AssessmentData *before = old.value(a.key)) {
                a.items = before->items;
                a.respondents = before->respondents;
            }
    m_data = std::move(fresh);
    rescoreAll();
    if (company)
        emit structureChanged(company);
    else
        emit companiesChanged();
    emit scoresChanged(ScoreChange::everything());
}

qint64 WorkspaceSession::createCompany(const QString &name, double target, WorkspaceError *error)
{
    QString normal;
    if (!writable(error) || !acceptName(name, namesInScope(NameScope::Companies, 0), 0, &normal, error))
        return -1;
    const qint64 id = m_workspace->createCompany(normal, target, error);
    if (id > 0)
        structureEdited(0);
    return id;
}

bool WorkspaceSession::renameCompany(qint64 id, const QString &name, WorkspaceError *error)
{
    QString normal;
    if (!writable(error) || !acceptName(name, namesInScope(NameScope::Companies, 0), id, &normal, error) ||
        !m_workspace->renameCompany(id, normal, error))
        return false;
    structureEdited(0);
    return true;
}

bool WorkspaceSession::setTarget(qint64 company, double target, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->setTarget(company, target, error))
        return false;
    structureEdited(0);
    return true;
}

bool WorkspaceSession::setInPool(qint64 company, bool inPool, WorkspaceError *error)
{
    if (!this->company(company)) {
        *error = {WorkspaceError::Kind::NotFound,
                  QCoreApplication::translate("sbr::session::WorkspaceSession", "There is no such company.")};
        return false;
    }
    if (!writable(error) || !m_workspace->setInPool(company, inPool, error))
        return false;
    structureEdited(0);
    // A team workspace skips rows this login may read but not change, without an error.
    if (this->company(company)->inPool != inPool) {
        *error = {WorkspaceError::Kind::ReadOnly,
                  QCoreApplication::translate("sbr::session::WorkspaceSession",
                                              "Only an administrator of the company may put it into the benchmark "
                                              "pool or take it out; nothing was changed.")};
        return false;
    }
    return true;
}

qint64 WorkspaceSession::createDepartment(qint64 company, const QString &name, WorkspaceError *error)
{
    QString normal;
    if (!writable(error) || !acceptName(name, namesInScope(NameScope::Departments, company), 0, &normal, error))
        return -1;
    const qint64 id = m_workspace->createDepartment(company, normal, error);
    if (id > 0)
        structureEdited(company);
    return id;
}

bool WorkspaceSession::renameDepartment(qint64 id, const QString &name, WorkspaceError *error)
{
    QString normal;
    if (!writable(error) ||
        !acceptName(name, namesInScope(NameScope::Departments, companyOfDepartment(id)), id, &normal, error) ||
        !m_workspace->renameDepartment(id, normal, error))
        return false;
    for (const CompanyData &c : m_data.companies)
        if (c.departmentKeys.contains(id)) {
            structureEdited(c.key);
            return true;
        }
    structureEdited(0);
    return true;
}

qint64 WorkspaceSession::createRound(qint64 company, const QString &label, const QDate &date, WorkspaceError *error)
{
    QString normal;
    if (!writable(error) || !acceptName(label, namesInScope(NameScope::Rounds, company), 0, &normal, error))
        return -1;
    const qint64 id = m_workspace->createRound(company, normal, date, error);
    if (id > 0)
        structureEdited(company);
    return id;
}

bool WorkspaceSession::updateRound(qint64 id, const QString &label, const QDate &date, WorkspaceError *error)
{
    QString normal;
    if (!writable(error) ||
        !acceptName(label, namesInScope(NameScope::Rounds, companyOfRound(id)), id, &normal, error) ||
        !m_workspace->updateRound(id, normal, date, error))
        return false;
    const auto at = m_roundAt.value(id, {-1, -1});
    structureEdited(at.first >= 0 ? m_report.companies[size_t(at.first)].key : 0);
    return true;
}

qint64 WorkspaceSession::ensureAssessment(qint64 round, qint64 department, WorkspaceError *error)
{
    if (const qint64 existing = assessmentId(round, department))
        return existing;
    const qint64 id = writable(error) ? m_workspace->ensureAssessment(round, department, error) : -1;
    if (id > 0) {
        const auto at = m_roundAt.value(round, {-1, -1});
        structureEdited(at.first >= 0 ? m_report.companies[size_t(at.first)].key : 0);
    }
    return id;
}

qint64 WorkspaceSession::addRespondent(qint64 assessment, const QString &name, WorkspaceError *error)
{
    QString normal;
    if (!writable(error) || !acceptName(name, namesInScope(NameScope::Respondents, assessment), 0, &normal, error))
        return -1;
    const qint64 id = m_workspace->addRespondent(assessment, normal, error);
    if (id > 0)
        emit respondentsAdded(assessment, {id});
    return id;
}

bool WorkspaceSession::renameRespondent(qint64 assessment, qint64 respondent, const QString &name,
                                        WorkspaceError *error)
{
    QString normal;
    if (!writable(error) ||
        !acceptName(name, namesInScope(NameScope::Respondents, assessment), respondent, &normal, error) ||
        !m_workspace->renameRespondent(respondent, normal, error))
        return false;
    emit respondentRenamed(assessment, respondent);
    return true;
}

bool WorkspaceSession::setAnswer(qint64 assessment, const AnswerCell &cell, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->setAnswer(assessment, cell, error))
        return false;
    emit answersChanged(assessment, {AnswerState{cell.respondent, cell.item, true, cell.level}});
    rescoreAssessment(assessment);
    return true;
}

bool WorkspaceSession::clearAnswer(qint64 assessment, qint64 respondent, int item, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->clearAnswer(assessment, respondent, item, error))
        return false;
    emit answersChanged(assessment, {AnswerState{respondent, item, false, std::nullopt}});
    rescoreAssessment(assessment);
    return true;
}

bool WorkspaceSession::setComment(qint64 assessment, int item, const QString &text, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->setComment(assessment, item, text, error))
        return false;
    emit commentChanged(assessment, item);
    return true;
}

bool WorkspaceSession::deleteCompany(qint64 id, Snapshot *removed, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->deleteCompany(id, removed, error))
        return false;
    structureEdited(0);
    return true;
}

bool WorkspaceSession::deleteDepartment(qint64 id, Snapshot *removed, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->deleteDepartment(id, removed, error))
        return false;
    structureEdited(companyOfSnapshot(*removed));
    return true;
}

bool WorkspaceSession::deleteRound(qint64 id, Snapshot *removed, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->deleteRound(id, removed, error))
        return false;
    structureEdited(companyOfSnapshot(*removed));
    return true;
}

bool WorkspaceSession::deleteAssessment(qint64 id, Snapshot *removed, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->deleteAssessment(id, removed, error))
        return false;
    const auto at = m_assessmentAt.value(id, {-1, -1});
    structureEdited(at.first >= 0 ? m_report.companies[size_t(at.first)].key : 0);
    return true;
}

bool WorkspaceSession::deleteRespondent(qint64 assessment, qint64 respondent, Snapshot *removed, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->deleteRespondent(respondent, removed, error))
        return false;
    emit respondentsRemoved(assessment, {respondent});
    rescoreAssessment(assessment);
    return true;
}

bool WorkspaceSession::restore(const Snapshot &snapshot, WorkspaceError *error)
{
    if (!writable(error) || !m_workspace->restore(snapshot, error))
        return false;
    // A respondent with its answers comes back into one assessment; anything larger is re-read.
    if (snapshot.tables.value(0).name == u"respondents" && snapshot.tables.value(0).rows.size() == 1) {
        const Snapshot::Table &t = snapshot.tables.first();
        const QVariantList &row = t.rows.first();
        const qint64 id = row.value(int(t.columns.indexOf(QStringLiteral("id")))).toLongLong();
        const qint64 assessment = row.value(int(t.columns.indexOf(QStringLiteral("assessment_id")))).toLongLong();
        emit respondentsAdded(assessment, {id});
        rescoreAssessment(assessment);
        return true;
    }
    return reload(error);
}

} // namespace sbr::session
