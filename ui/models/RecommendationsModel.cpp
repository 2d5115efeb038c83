#include "RecommendationsModel.h"

#include "Dialogs.h"
#include "WorkspaceController.h"
#include "commands/PlanCommands.h"
#include "models/PlanModel.h"

#include <QFont>
#include <QLocale>

namespace sbr::ui {

namespace {
constexpr quintptr kTop = 0; // recommendations; measures carry their recommendation's row + 1
}

RecommendationsModel::RecommendationsModel(WorkspaceController *controller, QObject *parent)
    : QAbstractItemModel(parent), m_controller(controller)
{
    // New scores reach it through its page (RecommendationsPage), which reloads it when shown;
    // a change of the shown company's plan is applied at once.
    connect(controller, &WorkspaceController::plannedMeasuresChanged, this, [this](qint64 company) {
        if (company == m_selection.company)
            reload();
    });
    connect(controller, &WorkspaceController::languageChanged, this, &RecommendationsModel::reload);
    connect(controller, &WorkspaceController::workspaceClosed, this, [this] { setSelection({}); });
}

void RecommendationsModel::setSelection(const Selection &selection)
{
    m_selection = selection;
    reload();
}

void RecommendationsModel::setDepartmentScope(bool department)
{
    m_departmentScope = department;
    reload();
}

void RecommendationsModel::setQuickWinsOnly(bool only)
{
    m_quickWinsOnly = only;
    reload();
}

void RecommendationsModel::reload()
{
    beginResetModel();
    m_recommendations.clear();
    m_itemScores.clear();
    m_planned.clear();
    m_inPlan.clear();
    m_status = DepartmentRecommendations::Status::NotAssessed;
    const CompanyResult *c = m_controller->shownCompany(m_selection.companyName);
    if (c && !c->rounds.empty()) {
        const RoundResult *r =
            m_selection.hasRound() ? m_controller->shownRound(c->name, m_selection.roundLabel) : &c->rounds.back();
        if (r && !m_departmentScope) {
            m_recommendations = r->recommendations;
            m_itemScores = r->company.itemScores;
        } else if (r && m_selection.hasDepartment()) {
            // scoring.md *Recommendations for a department*, from the anonymous view only.
            if (const AnonymousRound *a = m_controller->anonymousRound(c->name, r->label)) {
                const DepartmentRecommendations d =
                    recommendForDepartment(m_controller->questionnaire(), *a, m_selection.departmentName, c->target);
                m_status = d.status;
                m_recommendations = d.lift;
                if (const AnonymousDepartment *dep = a->department(m_selection.departmentName))
                    for (const AnonymousItem &item : dep->items)
                        m_itemScores.push_back(item.hidden ? OptDouble() : item.score);
            }
        }
        if (m_quickWinsOnly)
            m_recommendations = quickWins(m_controller->questionnaire(), m_recommendations);
        m_target = c->target;
        WorkspaceError error;
        m_controller->session()->plannedMeasures(m_selection.company, &m_planned, &error);
        QList<PlanMeasure> plan;
        if (m_controller->session()->planMeasures(m_selection.company, &plan, &error))
            for (const PlanMeasure &p : std::as_const(plan))
                if (!p.isOwn())
                    m_inPlan.insert(p.measure, p);
    }
    endResetModel();
}

QModelIndex RecommendationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : kTop);
}

QModelIndex RecommendationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTop)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kTop);
}

int RecommendationsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_recommendations.size());
    if (parent.internalId() != kTop || parent.column() != 0)
        return 0;
    return int(m_recommendations[size_t(parent.row())].measures.size());
}

int RecommendationsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RecommendationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Questionnaire &q = m_controller->questionnaire();
    const QString lang = m_controller->language();
    const QLocale locale;
    if (index.internalId() == kTop) {
        const Recommendation &r = m_recommendations[size_t(index.row())];
        const Item *item = q.flatItems()[r.item];
        if (role == Qt::TextAlignmentRole && index.column() >= Score)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == Gain)
            return m_departmentScope
                       ? tr("Index points the department would gain if this statement alone reached the target")
                       : tr("Index points the company would gain if this statement alone reached the target");
        if (role == Qt::ToolTipRole && index.column() == Text)
            return item->text.text(lang);
        if (role != Qt::DisplayRole)
            return {};
        switch (index.column()) {
        case Text:
            return tr("%1. %2").arg(index.row() + 1).arg(item->text.text(lang));
        case Dimension:
            return q.dimensions[q.dimensionOfItem(r.item)].title.text(lang);
        case Score:
            return m_itemScores.size() > size_t(r.item) && m_itemScores[size_t(r.item)]
                       ? locale.toString(*m_itemScores[size_t(r.item)], 'f', 1)
                       : QString();
        case Gap:
            return locale.toString(r.gap, 'f', 1);
        case Gain:
            return QStringLiteral("+") + locale.toString(r.gain, 'f', 1);
        }
        return {};
    }
    const Recommendation &r = m_recommendations[size_t(index.internalId() - 1)];
    const Measure *m = q.measure(r.measures.value(index.row()));
    if (!m)
        return {};
    if (role == Qt::CheckStateRole && index.column() == Text)
        return m_planned.contains(m->id) ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return m->description.text(lang);
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == Text) {
        // Where it stands in the plan when work on it has begun.
        const auto p = m_inPlan.constFind(m->id);
        if (p != m_inPlan.cend() && p->status == PlanStatus::Done && p->doneOn.isValid())
            return tr("%1 (done on %2)").arg(m->title.text(lang), PlanModel::dateText(p->doneOn));
        if (p != m_inPlan.cend() && p->status == PlanStatus::Doing)
            return tr("%1 (in progress)").arg(m->title.text(lang));
        return m->title.text(lang);
    }
    if (index.column() == Effort)
        return m->effort == sbr::Effort::Low ? tr("low") : m->effort == sbr::Effort::Medium ? tr("medium") : tr("high");
    return {};
}

bool RecommendationsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.internalId() == kTop || role != Qt::CheckStateRole || index.column() != Text)
        return false;
    const Recommendation &r = m_recommendations[size_t(index.internalId() - 1)];
    const QString measure = r.measures.value(index.row());
    const bool planned = value.toInt() == Qt::Checked;
    // Taking a measure out of the plan that is under way or done loses its owner, dates and
    // note: only when the user says so.
    if (const auto p = m_inPlan.constFind(measure);
        !planned && p != m_inPlan.cend() && (p->status == PlanStatus::Doing || p->status == PlanStatus::Done)) {
        const QString title = planTitle(m_controller->questionnaire(), *p, m_controller->language());
        const QString where = p->status == PlanStatus::Done ? tr("was done on %1").arg(PlanModel::dateText(p->doneOn))
                                                            : tr("is in progress");
        if (!Dialogs::confirm(nullptr, tr("Remove the measure from the plan?"),
                              tr("\"%1\" %2. Remove it from the action plan, with its owner, dates and note? Ctrl+Z "
                                 "brings it back.")
                                  .arg(title, where)))
            return false;
    }
    return commands::setPlanned(*m_controller, m_selection.company, measure, planned);
}

Qt::ItemFlags RecommendationsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTop && index.column() == Text)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant RecommendationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Text:
        return tr("Statement / measure (tick = planned)");
    case Dimension:
        return tr("Dimension");
    case Score:
        return tr("Score");
    case Gap:
        return tr("Gap to target");
    case Gain:
        return tr("Index gain");
    case Effort:
        return tr("Effort");
    }
    return {};
}

} // namespace sbr::ui
