#include "NavigatorModel.h"

#include "WorkspaceController.h"

#include <QFont>
#include <QLocale>

#include <functional>

namespace sbr::ui {

struct NavigatorModel::Node {
    Kind kind;
    qint64 id;
    QString name;
    QDate date;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

NavigatorModel::NavigatorModel(WorkspaceController *controller, QObject *parent)
    : QAbstractItemModel(parent), m_controller(controller)
{
    connect(controller, &WorkspaceController::scoresChanged, this, &NavigatorModel::rebuild);
    connect(controller, &WorkspaceController::workspaceClosed, this, &NavigatorModel::rebuild);
    connect(controller, &WorkspaceController::languageChanged, this, &NavigatorModel::rebuild);
    rebuild();
}

NavigatorModel::~NavigatorModel() = default;

namespace {
/// The tree's shape and names, to tell a change of structure from a change of scores only.
QString signature(const std::vector<std::unique_ptr<NavigatorModel::Node>> &nodes);
} // namespace

void NavigatorModel::rebuild()
{
    std::vector<std::unique_ptr<Node>> fresh;
    storage::Workspace *ws = m_controller->workspace();
    QList<storage::CompanyRow> companies;
    storage::StorageError error;
    if (ws && ws->companies(&companies, &error)) {
        for (const storage::CompanyRow &c : companies) {
            auto company = std::make_unique<Node>(Node{CompanyNode, c.id, c.name, {}, nullptr, int(fresh.size()), {}});
            QList<storage::RoundRow> rounds;
            QList<storage::DepartmentRow> departments;
            ws->rounds(c.id, &rounds, &error);
            ws->departments(c.id, &departments, &error);
            for (const storage::RoundRow &r : rounds) {
                auto round = std::make_unique<Node>(
                    Node{RoundNode, r.id, r.label, r.date, company.get(), int(company->children.size()), {}});
                for (const storage::DepartmentRow &d : departments)
                    round->children.push_back(std::make_unique<Node>(
                        Node{DepartmentNode, d.id, d.name, {}, round.get(), int(round->children.size()), {}}));
                company->children.push_back(std::move(round));
            }
            fresh.push_back(std::move(company));
        }
    }
    if (signature(fresh) == signature(m_companies)) {
        // Only the scores changed (an answer was typed): update the index column in place, so
        // the views keep their expanded branches, selection and scroll position.
        const std::function<void(const QModelIndex &)> touch = [&](const QModelIndex &parent) {
            const int rows = rowCount(parent);
            if (rows == 0)
                return;
            emit dataChanged(index(0, IndexColumn, parent), index(rows - 1, IndexColumn, parent));
            for (int r = 0; r < rows; ++r)
                touch(index(r, 0, parent));
        };
        touch({});
        return;
    }
    beginResetModel();
    m_companies = std::move(fresh);
    endResetModel();
}

namespace {
QString signature(const std::vector<std::unique_ptr<NavigatorModel::Node>> &nodes)
{
    QString out;
    for (const auto &n : nodes)
        out += QStringLiteral("%1:%2:%3:%4(%5)")
                   .arg(n->kind)
                   .arg(n->id)
                   .arg(n->name, n->date.toString(Qt::ISODate), signature(n->children));
    return out;
}
} // namespace

const NavigatorModel::Node *NavigatorModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : nullptr;
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Node *p = node(parent);
    if (parent.isValid() && parent.column() != 0)
        return {};
    const auto &list = p ? p->children : m_companies;
    if (row >= int(list.size()))
        return {};
    return createIndex(row, column, list[size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || !n->parent)
        return {};
    return createIndex(n->parent->row, 0, n->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = node(parent);
    return int(p ? p->children.size() : m_companies.size());
}

int NavigatorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NavigatorModel::indexValue(const Node &n) const
{
    OptDouble value;
    if (n.kind == CompanyNode) {
        if (const CompanyResult *c = m_controller->company(n.name); c && !c->rounds.empty())
            value = c->rounds.back().company.index;
    } else if (n.kind == RoundNode) {
        if (const RoundResult *r = m_controller->round(n.parent->name, n.name))
            value = r->company.index;
    } else if (const RoundResult *r = m_controller->round(n.parent->parent->name, n.parent->name)) {
        for (const DepartmentResult &d : r->departments)
            if (d.name == n.name)
                value = d.index;
    }
    return value ? QVariant(QLocale().toString(*value, 'f', 1)) : QVariant();
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == IndexColumn)
            return indexValue(*n);
        if (n->kind == RoundNode)
            return tr("%1 (%2)").arg(n->name, QLocale().toString(n->date, QLocale::ShortFormat));
        return n->name;
    case Qt::ToolTipRole:
        if (index.column() == IndexColumn)
            return tr("Readiness index (0–100)");
        return n->name;
    case Qt::TextAlignmentRole:
        return index.column() == IndexColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::FontRole:
        if (n->kind == CompanyNode) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KindRole:
        return n->kind;
    case IdRole:
        return n->id;
    }
    return {};
}

QVariant NavigatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return section == NameColumn ? tr("Company / round / department") : tr("Index");
    return {};
}

Selection NavigatorModel::selectionAt(const QModelIndex &index) const
{
    Selection s;
    for (const Node *n = node(index); n; n = n->parent) {
        switch (n->kind) {
        case CompanyNode:
            s.company = n->id;
            s.companyName = n->name;
            break;
        case RoundNode:
            s.round = n->id;
            s.roundLabel = n->name;
            break;
        case DepartmentNode:
            s.department = n->id;
            s.departmentName = n->name;
            break;
        }
    }
    return s;
}

QModelIndex NavigatorModel::indexOf(const Selection &selection) const
{
    for (const auto &c : m_companies) {
        if (c->id != selection.company)
            continue;
        for (const auto &r : c->children) {
            if (r->id != selection.round)
                continue;
            for (const auto &d : r->children)
                if (d->id == selection.department)
                    return createIndex(d->row, 0, d.get());
            return createIndex(r->row, 0, r.get());
        }
        return createIndex(c->row, 0, c.get());
    }
    return {};
}

} // namespace sbr::ui
