#include "PlanModel.h"

#include "Theme.h"
#include "WorkspaceController.h"
#include "commands/PlanCommands.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QPalette>

namespace sbr::ui {

PlanModel::PlanModel(WorkspaceController *controller, QObject *parent)
    : QAbstractTableModel(parent), m_controller(controller), m_today(QDate::currentDate())
{
    connect(controller, &WorkspaceController::plannedMeasuresChanged, this, [this](qint64 company) {
        if (company == m_company)
            reload();
    });
    // The "Change" column follows the scores; titles follow the language.
    connect(controller, &WorkspaceController::scoresChanged, this, [this] {
        m_effects.clear();
        if (!m_plan.isEmpty())
            emit dataChanged(index(0, Change), index(rowCount() - 1, Change));
    });
    connect(controller, &WorkspaceController::languageChanged, this, &PlanModel::reload);
    connect(controller, &WorkspaceController::reloaded, this, &PlanModel::reload);
    connect(controller, &WorkspaceController::workspaceClosed, this, [this] { setCompany(0); });
}

void PlanModel::setCompany(qint64 company)
{
    m_company = company;
    reload();
}

void PlanModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_plan.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void PlanModel::reload()
{
    QList<PlanMeasure> plan;
    WorkspaceError error;
    if (m_company != 0 && m_controller->session() && !m_controller->session()->planMeasures(m_company, &plan, &error))
        m_controller->reportError(error);
    m_effects.clear();
    // The same measures in the same order (an edit, a move on the board): the rows stay, so that
    // selections and open editors stay where they are.
    bool sameRows = plan.size() == m_plan.size();
    for (int i = 0; sameRows && i < plan.size(); ++i)
        sameRows = plan.at(i).id == m_plan.at(i).id;
    if (sameRows) {
        m_plan = plan;
        if (!m_plan.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int PlanModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_plan.size(); ++i)
        if (m_plan.at(i).id == id)
            return i;
    return -1;
}

QString PlanModel::titleAt(int row) const
{
    return planTitle(m_controller->questionnaire(), m_plan.at(row), m_controller->language());
}

QString PlanModel::dateFormat()
{
    // The locale's short date with the year in full ("30.06.2026", "30/06/2026"): a plan looks
    // years ahead.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString PlanModel::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

QDate PlanModel::parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QLocale().toDate(t, dateFormat());
    if (!d.isValid())
        d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d.M.yyyy"));
    return d;
}

QString PlanModel::horizonName(sbr::Horizon h)
{
    switch (h) {
    case sbr::Horizon::Now:
        return tr("Now");
    case sbr::Horizon::Next:
        return tr("Next");
    case sbr::Horizon::Later:
        return tr("Later");
    }
    return {};
}

QString PlanModel::statusName(sbr::PlanStatus s)
{
    switch (s) {
    case sbr::PlanStatus::Planned:
        return tr("planned");
    case sbr::PlanStatus::Doing:
        return tr("in progress");
    case sbr::PlanStatus::Done:
        return tr("done");
    case sbr::PlanStatus::Dropped:
        return tr("dropped");
    }
    return {};
}

QStringList PlanModel::dimensionsOf(const PlanMeasure &m) const
{
    const Questionnaire &q = m_controller->questionnaire();
    QStringList ids;
    for (const QString &item : planItems(q, m)) {
        const int flat = q.itemIndex(item);
        if (flat < 0)
            continue;
        const QString id = q.dimensions.at(q.dimensionOfItem(flat)).id;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

const std::optional<MeasureEffect> &PlanModel::effectOf(const PlanMeasure &m) const
{
    auto it = m_effects.find(m.id);
    if (it == m_effects.end())
        it = m_effects.insert(m.id, m_controller->session()->planEffect(m));
    return *it;
}

QString PlanModel::changeText(const PlanMeasure &m) const
{
    if (m.status != sbr::PlanStatus::Done)
        return {};
    const std::optional<MeasureEffect> &effect = effectOf(m);
    if (!effect)
        return tr("no round after yet");
    if (!effect->meanDelta)
        return tr("no scores to compare");
    return tr("%1 points, %2 → %3")
        .arg(QLocale()
                 .toString(*effect->meanDelta, 'f', 1)
                 .prepend(*effect->meanDelta > 0 ? QStringLiteral("+") : QString()),
             effect->fromRound, effect->toRound);
}

QString PlanModel::changeToolTip(const PlanMeasure &m) const
{
    if (m.status != sbr::PlanStatus::Done)
        return tr("Shown for done measures: how their statements changed between the round before and the round "
                  "after the date they were done.");
    const std::optional<MeasureEffect> &effect = effectOf(m);
    if (!effect)
        return tr("There is no round before and after %1 yet to compare.").arg(dateText(m.doneOn));
    const Questionnaire &q = m_controller->questionnaire();
    const QLocale locale;
    QStringList lines{
        tr("Change of its statements from %1 to %2 (company scores, points):").arg(effect->fromRound, effect->toRound)};
    for (const ItemChange &c : effect->items) {
        const int flat = q.itemIndex(c.id);
        const QString text = flat >= 0 ? q.flatItems().at(flat)->text.text(m_controller->language()) : c.id;
        const QString number = [&](const OptDouble &v) {
            return v ? locale.toString(*v, 'f', 1) : tr("no score");
        }(c.delta);
        QString statement = text.trimmed();
        while (statement.endsWith(u'.'))
            statement.chop(1);
        lines << QStringLiteral("• %1: %2")
                     .arg(statement, c.delta && *c.delta > 0 ? QStringLiteral("+") + number : number);
    }
    lines << tr("This says what changed, not that the measure caused it.");
    return lines.join(u'\n');
}

QVariant PlanModel::display(const PlanMeasure &m, int column) const
{
    const QLocale locale;
    switch (column) {
    case Title:
        return planTitle(m_controller->questionnaire(), m, m_controller->language());
    case Dimension: {
        QStringList names;
        for (const QString &id : dimensionsOf(m))
            for (const sbr::Dimension &d : m_controller->questionnaire().dimensions)
                if (d.id == id)
                    names << d.title.text(m_controller->language());
        return names.join(QStringLiteral(", "));
    }
    case Owner:
        return m.owner;
    case Due:
        return m.due.isValid() ? dateText(m.due) : QString();
    case Horizon:
        return horizonName(m.horizon);
    case Status:
        return statusName(m.status);
    case DoneOn:
        return m.doneOn.isValid() ? dateText(m.doneOn) : QString();
    case Change:
        return changeText(m);
    case Note:
        return m.note;
    }
    return {};
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.size());
}

int PlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanMeasure &m = m_plan.at(index.row());
    const bool overdue = m.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(m, index.column());
    case Qt::EditRole:
        switch (index.column()) {
        case Due:
            return m.due;
        case DoneOn:
            return m.doneOn;
        case Horizon:
            return int(m.horizon);
        case Status:
            return int(m.status);
        default:
            return display(m, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == Change)
            return changeToolTip(m);
        if (index.column() == Due && overdue)
            return tr("Overdue: due on %1 and not done yet.").arg(QLocale().toString(m.due, QLocale::LongFormat));
        if (index.column() == Title) {
            QStringList lines{display(m, Title).toString()};
            if (!m.note.isEmpty())
                lines << m.note;
            if (overdue)
                lines << tr("Overdue: due on %1 and not done yet.").arg(dateText(m.due));
            if (m.status == sbr::PlanStatus::Done)
                lines << changeToolTip(m);
            return lines.join(QStringLiteral("\n\n"));
        }
        return {};
    case Qt::BackgroundRole:
        return overdue ? QVariant(theme::warningBackground(QGuiApplication::palette())) : QVariant();
    case Qt::ForegroundRole:
        return overdue ? QVariant(theme::textOn(theme::warningBackground(QGuiApplication::palette()),
                                                QGuiApplication::palette()))
                       : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == Due) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (m.status == sbr::PlanStatus::Dropped && index.column() == Title) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return overdue ? tr("overdue") : QVariant();
    case IdRole:
        return m.id;
    case HorizonRole:
        return int(m.horizon);
    case StatusRole:
        return int(m.status);
    case OverdueRole:
        return overdue;
    case DimensionsRole:
        return dimensionsOf(m);
    }
    return {};
}

bool PlanModel::change(int row, const PlanMeasure &after, const QString &stepName)
{
    if (row < 0 || row >= m_plan.size() || m_plan.at(row) == after)
        return false;
    return commands::changePlanMeasure(*m_controller, m_plan.at(row), after, stepName);
}

bool PlanModel::setHorizon(int row, sbr::Horizon horizon)
{
    if (row < 0 || row >= m_plan.size() || m_plan.at(row).horizon == horizon)
        return false;
    PlanMeasure after = m_plan.at(row);
    after.horizon = horizon;
    return change(row, after, tr("Move \"%1\" to \"%2\"").arg(commands::stepTitle(titleAt(row)), horizonName(horizon)));
}

bool PlanModel::setStatus(int row, sbr::PlanStatus status)
{
    if (row < 0 || row >= m_plan.size() || m_plan.at(row).status == status)
        return false;
    PlanMeasure after = m_plan.at(row);
    after.status = status;
    // The date it was done belongs to "done" alone; the session sets today's when none is given.
    if (status != sbr::PlanStatus::Done)
        after.doneOn = QDate();
    return change(row, after, tr("Set \"%1\" to \"%2\"").arg(commands::stepTitle(titleAt(row)), statusName(status)));
}

bool PlanModel::remove(int row)
{
    return row >= 0 && row < m_plan.size() && commands::removePlanMeasure(*m_controller, m_plan.at(row));
}

bool PlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    PlanMeasure after = m_plan.at(row);
    QString step;
    switch (index.column()) {
    case Horizon:
        return setHorizon(row, sbr::Horizon(value.toInt()));
    case Status:
        return setStatus(row, sbr::PlanStatus(value.toInt()));
    case Owner:
        after.owner = value.toString().trimmed();
        step = tr("Set the owner of \"%1\"");
        break;
    case Due:
        after.due = value.toDate();
        step = tr("Set the due date of \"%1\"");
        break;
    case DoneOn:
        after.doneOn = value.toDate();
        if (after.doneOn.isValid())
            after.status = sbr::PlanStatus::Done;
        else if (after.status == sbr::PlanStatus::Done)
            return false; // a done measure keeps a date; set another status to take it away
        step = tr("Set the date \"%1\" was done");
        break;
    case Note:
        after.note = value.toString().trimmed();
        step = tr("Change the note on \"%1\"");
        break;
    default:
        return false;
    }
    return change(row, after, step.arg(commands::stepTitle(titleAt(row))));
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    switch (index.column()) {
    case Owner:
    case Due:
    case Horizon:
    case Status:
    case DoneOn:
    case Note:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Measure");
    case Dimension:
        return tr("Dimension");
    case Owner:
        return tr("Owner");
    case Due:
        return tr("Due");
    case Horizon:
        return tr("Horizon");
    case Status:
        return tr("Status");
    case DoneOn:
        return tr("Done on");
    case Change:
        return tr("Change");
    case Note:
        return tr("Note");
    }
    return {};
}

QStringList PlanModel::mimeTypes() const
{
    return {QString::fromLatin1(kMimeType)};
}

QMimeData *PlanModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !ids.contains(m_plan.at(i.row()).id))
            ids << m_plan.at(i.row()).id;
    if (ids.isEmpty())
        return nullptr;
    QStringList text;
    for (qint64 id : ids)
        text << QString::number(id);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), text.join(u',').toLatin1());
    return mime;
}

} // namespace sbr::ui
