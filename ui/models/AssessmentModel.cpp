#include "AssessmentModel.h"

#include "Theme.h"
#include "WorkspaceController.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <utility>

namespace sbr::ui {

using commands::CellValue;

namespace {
constexpr quintptr kTopLevel = 0; // internal id of dimension rows; item rows carry dimension + 1
}

AssessmentModel::AssessmentModel(WorkspaceController *controller, QObject *parent)
    : QAbstractItemModel(parent), m_controller(controller)
{
    // Each event touches only what it names: a typed answer repaints its cell and the statistics
    // columns; a new respondent inserts one column.
    connect(controller, &WorkspaceController::answersChanged, this, &AssessmentModel::answersChanged);
    connect(controller, &WorkspaceController::commentChanged, this, &AssessmentModel::commentChanged);
    connect(controller, &WorkspaceController::scoresChanged, this, &AssessmentModel::scoresChanged);
    connect(controller, &WorkspaceController::respondentsAdded, this, &AssessmentModel::respondentsChanged);
    connect(controller, &WorkspaceController::respondentsRemoved, this, &AssessmentModel::respondentsChanged);
    connect(controller, &WorkspaceController::respondentRenamed, this, &AssessmentModel::respondentsChanged);
    connect(controller, &WorkspaceController::structureChanged, this, &AssessmentModel::reload);
    connect(controller, &WorkspaceController::reloaded, this, &AssessmentModel::reload);
    connect(controller, &WorkspaceController::languageChanged, this, &AssessmentModel::reload);
    connect(controller, &WorkspaceController::workspaceClosed, this, [this] { setSelection({}); });
}

void AssessmentModel::setSelection(const Selection &selection)
{
    m_selection = selection;
    reload();
}

void AssessmentModel::reload()
{
    session::WorkspaceSession *ws = m_controller->session();
    const qint64 assessment =
        ws && m_selection.hasDepartment() ? ws->assessmentId(m_selection.round, m_selection.department) : 0;
    QList<RespondentRow> respondents;
    QHash<QPair<qint64, int>, CellValue> cells;
    QHash<int, QString> comments;
    WorkspaceError error;
    if (assessment) {
        QList<AnswerCell> answers;
        ws->respondents(assessment, &respondents, &error);
        ws->answers(assessment, &answers, &error);
        ws->comments(assessment, &comments, &error);
        for (const AnswerCell &a : answers)
            cells.insert({a.respondent, a.item}, a.level ? CellValue::of(*a.level) : CellValue::notApplicable());
    }
    QList<int> firstItem;
    int flat = 0;
    if (ws)
        for (const Dimension &d : m_controller->questionnaire().dimensions) {
            firstItem.append(flat);
            flat += int(d.items.size());
        }
    const bool sameShape = assessment == m_assessment && firstItem == m_firstItem &&
                           respondents.size() == m_respondents.size() &&
                           std::equal(respondents.begin(), respondents.end(), m_respondents.begin(),
                                      [](const auto &a, const auto &b) { return a.id == b.id; });
    if (!sameShape)
        beginResetModel();
    m_assessment = assessment;
    m_respondents = respondents;
    m_cells = cells;
    m_comments = comments;
    m_firstItem = firstItem;
    if (!sameShape) {
        endResetModel();
        return;
    }
    // Same rows and columns: repaint in place, so the current cell and the selection stay.
    for (int d = 0; d < rowCount(); ++d) {
        emit dataChanged(index(d, 0), index(d, columnCount() - 1));
        const QModelIndex parent = index(d, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, columnCount() - 1, parent));
    }
    if (rowCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

const DepartmentResult *AssessmentModel::result() const
{
    return m_controller->session() && m_assessment ? m_controller->session()->departmentResult(m_assessment) : nullptr;
}

void AssessmentModel::answersChanged(qint64 assessment, const QList<AnswerState> &answers)
{
    if (assessment != m_assessment)
        return;
    for (const AnswerState &a : answers) {
        const CellValue v = !a.answered ? CellValue::empty()
                            : a.level   ? CellValue::of(*a.level)
                                        : CellValue::notApplicable();
        if (v.kind == CellValue::Kind::Empty)
            m_cells.remove({a.respondent, a.item});
        else
            m_cells.insert({a.respondent, a.item}, v);
        for (int r = 0; r < m_respondents.size(); ++r)
            if (m_respondents[r].id == a.respondent) {
                const QModelIndex cell = indexOfItem(a.item, respondentColumn(r));
                emit dataChanged(cell, cell);
            }
        m_edited.append(a.item);
    }
}

void AssessmentModel::commentChanged(qint64 assessment, int item)
{
    if (assessment != m_assessment)
        return;
    WorkspaceError error;
    QHash<int, QString> comments;
    if (!m_controller->session()->comments(assessment, &comments, &error))
        return;
    m_comments = comments;
    const QModelIndex cell = indexOfItem(item, commentColumn());
    emit dataChanged(cell, cell);
}

void AssessmentModel::respondentsChanged(qint64 assessment)
{
    if (m_assessment == 0 && m_selection.hasDepartment()) {
        reload(); // the first respondent made the assessment
        return;
    }
    if (assessment != m_assessment)
        return;
    QList<RespondentRow> now;
    WorkspaceError error;
    if (!m_controller->session()->respondents(assessment, &now, &error))
        return;
    // One respondent added or removed: insert or remove its column alone (the columns are the
    // same under every parent, so the root announces them, as QTreeView's header expects).
    const auto ids = [](const QList<RespondentRow> &rows) {
        QList<qint64> out;
        for (const RespondentRow &r : rows)
            out.append(r.id);
        return out;
    };
    const QList<qint64> before = ids(m_respondents), after = ids(now);
    if (after.size() == before.size() + 1) {
        int at = 0;
        while (at < before.size() && before[at] == after[at])
            ++at;
        if (before.mid(at) == after.mid(at + 1)) {
            beginInsertColumns({}, respondentColumn(at), respondentColumn(at));
            m_respondents = now;
            endInsertColumns();
            return;
        }
    } else if (after.size() + 1 == before.size()) {
        int at = 0;
        while (at < after.size() && before[at] == after[at])
            ++at;
        if (before.mid(at + 1) == after.mid(at)) {
            beginRemoveColumns({}, respondentColumn(at), respondentColumn(at));
            m_respondents = now;
            endRemoveColumns();
            return;
        }
    } else if (after == before) {
        m_respondents = now; // renamed
        emit headerDataChanged(Qt::Horizontal, 1, int(now.size()));
        return;
    }
    reload();
}

void AssessmentModel::scoresChanged(const session::ScoreChange &change)
{
    const QList<int> edited = std::exchange(m_edited, {});
    if (!m_assessment || !change.touchesAssessment(m_assessment))
        return;
    if (change.all || edited.isEmpty()) {
        repaintColumns(nColumn(), flagColumn());
        return;
    }
    // An answer changes the statistics of its item and of its dimension, nothing else.
    for (int item : edited) {
        const QModelIndex first = indexOfItem(item, nColumn());
        emit dataChanged(first, first.siblingAtColumn(flagColumn()));
        const QModelIndex dimension = first.parent();
        emit dataChanged(dimension.siblingAtColumn(nColumn()), dimension.siblingAtColumn(flagColumn()));
    }
}

void AssessmentModel::repaintColumns(int first, int last)
{
    for (int d = 0; d < rowCount(); ++d) {
        emit dataChanged(index(d, first), index(d, last));
        const QModelIndex parent = index(d, 0);
        if (rowCount(parent) > 0)
            emit dataChanged(index(0, first, parent), index(rowCount(parent) - 1, last, parent));
    }
}

int AssessmentModel::respondentAt(int column) const
{
    const int r = column - 1;
    return r >= 0 && r < m_respondents.size() ? r : -1;
}

int AssessmentModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kTopLevel)
        return -1;
    return m_firstItem.value(int(index.internalId()) - 1) + index.row();
}

QModelIndex AssessmentModel::indexOfItem(int item, int column) const
{
    for (int d = m_firstItem.size() - 1; d >= 0; --d)
        if (item >= m_firstItem[d])
            return index(item - m_firstItem[d], column, index(d, 0));
    return {};
}

CellValue AssessmentModel::cell(qint64 respondent, int item) const
{
    return m_cells.value({respondent, item});
}

QString AssessmentModel::levelText(const CellValue &value) const
{
    switch (value.kind) {
    case CellValue::Kind::Empty:
        return QString();
    case CellValue::Kind::NotApplicable:
        return tr("n/a");
    case CellValue::Kind::Level:
        return QString::number(value.level);
    }
    return {};
}

QModelIndex AssessmentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount() || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AssessmentModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, kTopLevel);
}

int AssessmentModel::rowCount(const QModelIndex &parent) const
{
    if (!m_controller->isOpen() || !m_selection.hasDepartment())
        return 0;
    const QList<Dimension> &dims = m_controller->questionnaire().dimensions;
    if (!parent.isValid())
        return int(dims.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return parent.row() < dims.size() ? int(dims[parent.row()].items.size()) : 0;
}

int AssessmentModel::columnCount(const QModelIndex &) const
{
    return commentColumn() + 1;
}

QVariant AssessmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel)
        return dimensionData(index.row(), index.column(), role);
    const int dimension = int(index.internalId()) - 1;
    return itemData(dimension, m_firstItem.value(dimension) + index.row(), index.column(), role);
}

QVariant AssessmentModel::dimensionData(int dimension, int column, int role) const
{
    const QString lang = m_controller->language();
    const Dimension &d = m_controller->questionnaire().dimensions[dimension];
    const DepartmentResult *r = result();
    const DimensionResult *dim = r ? &r->dimensions[size_t(dimension)] : nullptr;
    const QLocale locale;
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == ItemRole)
        return -1;
    if (role == Qt::TextAlignmentRole && column != 0)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == 0)
        return d.question.text(lang);
    if (role == Qt::ToolTipRole && column == scoreColumn() && dim && !dim->score)
        return tr("Fewer than half of the item weight is answered: the dimension has no score yet.");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (column == 0)
        return d.title.text(lang);
    if (column == scoreColumn())
        return dim && dim->score ? locale.toString(*dim->score, 'f', 1) : (dim ? tr("insufficient") : QString());
    if (column == coverageColumn())
        return dim ? locale.toString(dim->coverage * 100.0, 'f', 0) + QStringLiteral(" %") : QString();
    return {};
}

QVariant AssessmentModel::itemData(int dimension, int item, int column, int role) const
{
    const QString lang = m_controller->language();
    const Item &it = m_controller->questionnaire().dimensions[dimension].items[item - m_firstItem[dimension]];
    const DepartmentResult *r = result();
    const ItemResult *stats = r && size_t(item) < r->items.size() ? &r->items[size_t(item)] : nullptr;
    const int respondent = respondentAt(column);
    const QLocale locale;
    switch (role) {
    case ItemRole:
        return item;
    case LevelDescriptionsRole:
        return it.levels.list(lang);
    case DisagreementRole:
        return stats && stats->disagreement;
    case LevelRole:
        if (respondent >= 0) {
            const CellValue v = cell(m_respondents[respondent].id, item);
            return v.kind == CellValue::Kind::Level ? v.level : v.kind == CellValue::Kind::NotApplicable ? -2 : -1;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == 0 || column == commentColumn())
            return {};
        return respondent >= 0 ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        if (column == flagColumn() && stats && stats->disagreement)
            return QBrush(theme::warningBackground(QApplication::palette()));
        return {};
    case Qt::ForegroundRole:
        if (column == flagColumn() && stats && stats->disagreement)
            return QBrush(theme::textOn(theme::warningBackground(QApplication::palette()), QApplication::palette()));
        return {};
    case Qt::ToolTipRole:
        if (respondent >= 0) {
            const CellValue v = cell(m_respondents[respondent].id, item);
            if (v.kind == CellValue::Kind::Level)
                return tr("%1: %2").arg(m_controller->questionnaire().scale.label(v.level, lang),
                                        it.levels.list(lang).value(v.level - m_controller->questionnaire().scale.min));
            return tr("Keys %1–%2 choose a level, N marks not applicable, Delete clears the answer.")
                .arg(m_controller->questionnaire().scale.min)
                .arg(m_controller->questionnaire().scale.max);
        }
        if (column == flagColumn() && stats && stats->disagreement)
            return tr("The answers differ by a level or more on average: worth discussing.");
        if (column == 0)
            return it.text.text(lang);
        return {};
    case Qt::EditRole:
        if (column == commentColumn())
            return m_comments.value(item);
        if (respondent >= 0)
            return levelText(cell(m_respondents[respondent].id, item));
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == 0)
            return it.text.text(lang);
        if (respondent >= 0)
            return levelText(cell(m_respondents[respondent].id, item));
        if (column == nColumn())
            return stats ? QVariant(qlonglong(stats->n)) : QVariant();
        if (column == meanColumn())
            return stats && stats->mean ? locale.toString(*stats->mean, 'f', 2) : QString();
        if (column == scoreColumn())
            return stats && stats->score ? locale.toString(*stats->score, 'f', 1) : QString();
        if (column == flagColumn())
            return stats && stats->disagreement ? tr("discuss") : QString();
        if (column == commentColumn())
            return m_comments.value(item);
        return {};
    }
    return {};
}

Qt::ItemFlags AssessmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool writable = m_controller->session() && !m_controller->session()->isReadOnly();
    if (writable && index.internalId() != kTopLevel &&
        (respondentAt(index.column()) >= 0 || index.column() == commentColumn()))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AssessmentModel::setCell(const QModelIndex &index, CellValue value)
{
    const int item = itemAt(index);
    const int respondent = respondentAt(index.column());
    if (item < 0 || respondent < 0 || !m_assessment || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (value.kind == CellValue::Kind::Level && !m_controller->questionnaire().scale.contains(value.level))
        return false; // e.g. the key 7 on a 0..4 scale
    const qint64 id = m_respondents[respondent].id;
    return commands::setAnswer(*m_controller, m_assessment, id, item, cell(id, item), value);
}

bool AssessmentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole)
        return false;
    const int item = itemAt(index);
    if (item < 0 || !m_assessment)
        return false;
    if (index.column() == commentColumn())
        return commands::setComment(*m_controller, m_assessment, item, m_comments.value(item), value.toString());
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return setCell(index, CellValue::empty());
    if (text.compare(QStringLiteral("n/a"), Qt::CaseInsensitive) == 0 || text == tr("n/a"))
        return setCell(index, CellValue::notApplicable());
    bool ok = false;
    const int level = text.toInt(&ok);
    if (!ok || !m_controller->questionnaire().scale.contains(level))
        return false;
    return setCell(index, CellValue::of(level));
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (const int r = respondentAt(section); r >= 0)
        return m_respondents[r].name;
    if (section == 0)
        return tr("Statement");
    if (section == nColumn())
        return role == Qt::ToolTipRole ? tr("Number of answers (not counting n/a)") : tr("n");
    if (section == meanColumn())
        return tr("Mean");
    if (section == scoreColumn())
        return role == Qt::ToolTipRole ? tr("Score 0–100") : tr("Score");
    if (section == coverageColumn())
        return role == Qt::ToolTipRole ? tr("Share of the dimension's item weight that is answered") : tr("Coverage");
    if (section == flagColumn())
        return tr("Disagreement");
    if (section == commentColumn())
        return tr("Comment");
    return {};
}

} // namespace sbr::ui
