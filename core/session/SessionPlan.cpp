// The action plan's use-cases (formats.md *Action plan*): checked, one transaction each,
// announced as plannedMeasuresChanged(company).

#include "WorkspaceSession.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <algorithm>

namespace sbr::session {

namespace {

WorkspaceError invalid(const QString &message)
{
    return {WorkspaceError::Kind::Invalid, message};
}

} // namespace

bool WorkspaceSession::checkPlanMeasure(PlanMeasure *m, WorkspaceError *error) const
{
    const std::optional<CompanyRow> company = this->company(m->company);
    if (!company) {
        *error = {WorkspaceError::Kind::NotFound,
                  QCoreApplication::translate("sbr::session::WorkspaceSession",
                                              "The company of this measure no longer exists.")};
        return false;
    }
    m->owner = m->owner.trimmed();
    m->note = m->note.trimmed();
    m->title = m->title.trimmed();
    const Questionnaire &q = questionnaire();
    if (!m->isOwn()) {
        if (!q.measure(m->measure)) {
            *error = invalid(QCoreApplication::translate("sbr::session::WorkspaceSession",
                                                         "The questionnaire has no measure \"%1\".")
                                 .arg(m->measure));
            return false;
        }
        m->title.clear();
        m->ownItems.clear();
    } else {
        if (m->title.isEmpty()) {
            *error =
                invalid(QCoreApplication::translate("sbr::session::WorkspaceSession", "An own measure needs a title."));
            return false;
        }
        if (m->ownItems.isEmpty()) {
            *error = invalid(QCoreApplication::translate(
                "sbr::session::WorkspaceSession", "An own measure needs at least one statement it should move."));
            return false;
        }
        for (const QString &item : std::as_const(m->ownItems))
            if (q.itemIndex(item) < 0) {
                *error = invalid(QCoreApplication::translate("sbr::session::WorkspaceSession",
                                                             "The questionnaire has no statement \"%1\".")
                                     .arg(item));
                return false;
            }
        m->ownItems.removeDuplicates();
    }
    if (m->doneOn.isValid() && m->status != PlanStatus::Done) {
        *error = invalid(QCoreApplication::translate(
            "sbr::session::WorkspaceSession", "A measure has a date it was done only when its status is \"done\"."));
        return false;
    }
    if (m->status == PlanStatus::Done && !m->doneOn.isValid())
        m->doneOn = QDate::currentDate();
    if (m->doneOn.isValid() && m->doneOn > QDate::currentDate()) {
        *error = invalid(QCoreApplication::translate("sbr::session::WorkspaceSession",
                                                     "A measure cannot have been done on %1: that day has not come "
                                                     "yet. Give the day it was done, today at the latest.")
                             .arg(m->doneOn.toString(Qt::ISODate)));
        return false;
    }
    if (!m->isOwn()) {
        QList<PlanMeasure> plan;
        if (!planMeasures(m->company, &plan, error))
            return false;
        for (const PlanMeasure &other : std::as_const(plan))
            if (other.id != m->id && other.measure == m->measure) {
                *error = {WorkspaceError::Kind::Conflict,
                          QCoreApplication::translate("sbr::session::WorkspaceSession",
                                                      "The measure \"%1\" is in the plan of %2 already.")
                              .arg(m->measure, company->name)};
                return false;
            }
    }
    return true;
}

bool WorkspaceSession::planMeasures(qint64 company, QList<PlanMeasure> *out, WorkspaceError *error) const
{
    return m_workspace->planMeasures(company, out, error);
}

qint64 WorkspaceSession::addPlanMeasure(const PlanMeasure &m, WorkspaceError *error)
{
    PlanMeasure checked = m;
    if (!writable(error) || !checkPlanMeasure(&checked, error))
        return -1;
    const qint64 id = m_workspace->insertPlanMeasure(checked, error);
    if (id < 0)
        return -1;
    emit plannedMeasuresChanged(checked.company);
    return id;
}

bool WorkspaceSession::updatePlanMeasure(const PlanMeasure &m, WorkspaceError *error)
{
    if (!writable(error))
        return false;
    QList<PlanMeasure> plan;
    if (!planMeasures(0, &plan, error))
        return false;
    const auto it = std::find_if(plan.cbegin(), plan.cend(), [&](const PlanMeasure &p) { return p.id == m.id; });
    if (it == plan.cend()) {
        *error = {
            WorkspaceError::Kind::NotFound,
            QCoreApplication::translate("sbr::session::WorkspaceSession", "The plan has no measure with the number %1.")
                .arg(m.id)};
        return false;
    }
    PlanMeasure checked = m;
    checked.company = it->company;
    if (!checkPlanMeasure(&checked, error) || !m_workspace->updatePlanMeasure(checked, error))
        return false;
    emit plannedMeasuresChanged(checked.company);
    return true;
}

bool WorkspaceSession::removePlanMeasure(qint64 id, PlanMeasure *removed, WorkspaceError *error)
{
    if (!writable(error))
        return false;
    QList<PlanMeasure> plan;
    if (!planMeasures(0, &plan, error))
        return false;
    const auto it = std::find_if(plan.cbegin(), plan.cend(), [&](const PlanMeasure &p) { return p.id == id; });
    if (it == plan.cend()) {
        *error = {
            WorkspaceError::Kind::NotFound,
            QCoreApplication::translate("sbr::session::WorkspaceSession", "The plan has no measure with the number %1.")
                .arg(id)};
        return false;
    }
    if (!m_workspace->deletePlanMeasure(id, error))
        return false;
    if (removed)
        *removed = *it;
    emit plannedMeasuresChanged(it->company);
    return true;
}

bool WorkspaceSession::plannedMeasures(qint64 company, QSet<QString> *out, WorkspaceError *error) const
{
    QList<PlanMeasure> plan;
    if (!planMeasures(company, &plan, error))
        return false;
    out->clear();
    for (const PlanMeasure &m : std::as_const(plan))
        if (!m.isOwn() && m.status != PlanStatus::Dropped)
            out->insert(m.measure);
    return true;
}

bool WorkspaceSession::setPlanned(qint64 company, const QString &measure, bool planned, WorkspaceError *error)
{
    QList<PlanMeasure> plan;
    if (!planMeasures(company, &plan, error))
        return false;
    const auto it =
        std::find_if(plan.cbegin(), plan.cend(), [&](const PlanMeasure &p) { return p.measure == measure; });
    if (!planned)
        return it == plan.cend() || removePlanMeasure(it->id, nullptr, error);
    if (it == plan.cend()) {
        PlanMeasure m;
        m.company = company;
        m.measure = measure;
        return addPlanMeasure(m, error) > 0;
    }
    if (it->status != PlanStatus::Dropped)
        return true;
    PlanMeasure again = *it;
    again.status = PlanStatus::Planned;
    return updatePlanMeasure(again, error);
}

std::optional<MeasureEffect> WorkspaceSession::planEffect(const PlanMeasure &m, bool anonymous) const
{
    if (m.status != PlanStatus::Done)
        return std::nullopt;
    const ScoreReport &scores = anonymous ? shownReport() : m_report;
    for (const CompanyResult &c : scores.companies)
        if (c.key == m.company)
            return measureEffect(questionnaire(), c, planItems(questionnaire(), m), m.doneOn);
    return std::nullopt;
}

} // namespace sbr::session
