#include "NavigatorModel.h"

#include "Theme.h"
#include "WorkspaceController.h"

#include <QApplication>
#include <QFont>
#include <QLocale>

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
    // The tree is rebuilt only when the structure changes; new scores repaint the index column
    // of the nodes they name.
    connect(controller, &WorkspaceController::workspaceOpened, this, &NavigatorModel::rebuild);
    connect(controller, &WorkspaceController::workspaceClosed, this, &NavigatorModel::rebuild);
    connect(controller, &WorkspaceController::companiesChanged, this, &NavigatorModel::rebuild);
    connect(controller, &WorkspaceController::structureChanged, this, &NavigatorModel::rebuild);
    connect(controller, &WorkspaceController::reloaded, this, &NavigatorModel::rebuild);
    connect(controller, &WorkspaceController::scoresChanged, this, &NavigatorModel::repaintScores);
    connect(controller, &WorkspaceController::languageChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    rebuild();
}

NavigatorModel::~NavigatorModel() = default;

void NavigatorModel::rebuild()
{
    std::vector<std::unique_ptr<Node>> fresh;
    if (const session::WorkspaceSession *ws = m_controller->session()) {
        for (const CompanyRow &c : ws->companies()) {
            auto company = std::make_unique<Node>(Node{CompanyNode, c.id, c.name, {}, nullptr, int(fresh.size()), {}});
            const QList<DepartmentRow> departments = ws->departments(c.id);
            for (const RoundRow &r : ws->rounds(c.id)) {
                auto round = std::make_unique<Node>(
                    Node{RoundNode, r.id, r.label, r.date, company.get(), int(company->children.size()), {}});
                for (const DepartmentRow &d : departments)
                    round->children.push_back(std::make_unique<Node>(
                        Node{DepartmentNode, d.id, d.name, {}, round.get(), int(round->children.size()), {}}));
                company->children.push_back(std::move(round));
            }
            if (company->children.empty()) // no round yet: the departments wait below the company
                for (const DepartmentRow &d : departments)
                    company->children.push_back(std::make_unique<Node>(
                        Node{DepartmentNode, d.id, d.name, {}, company.get(), int(company->children.size()), {}}));
            fresh.push_back(std::move(company));
        }
    }
    beginResetModel();
    m_companies = std::move(fresh);
    endResetModel();
}

void NavigatorModel::repaintScores(const session::ScoreChange &change)
{
    const auto touch = [this](const Node &n) {
        const QModelIndex i = createIndex(n.row, IndexColumn, const_cast<Node *>(&n));
        emit dataChanged(i, i);
    };
    for (const auto &c : m_companies) {
        if (!change.all && c->id != change.company)
            continue;
        touch(*c);
        for (const auto &r : c->children) {
            if (r->kind != RoundNode || !change.touchesRound(r->id))
                continue;
            touch(*r);
            if (!r->children.empty())
                emit dataChanged(createIndex(0, IndexColumn, r->children.front().get()),
                                 createIndex(int(r->children.size()) - 1, IndexColumn, r->children.back().get()));
        }
    }
}

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
    // The tree sits beside the dashboard on a projector: it shows what people may see
    // (scoring.md *Anonymity*), a hidden department or company value as an empty cell.
    const session::WorkspaceSession *ws = m_controller->session();
    if (!ws)
        return {};
    OptDouble value;
    if (n.kind == CompanyNode) {
        if (const CompanyResult *c = ws->companyResult(n.id); c && !c->rounds.empty())
            if (const AnonymousRound *r = ws->anonymousRound(c->rounds.back().key))
                value = r->company.index;
    } else if (n.kind == RoundNode) {
        if (const AnonymousRound *r = ws->anonymousRound(n.id))
            value = r->company.index;
    } else if (const AnonymousRound *r = isWaiting(n) || !n.parent ? nullptr : ws->anonymousRound(n.parent->id)) {
        if (const AnonymousDepartment *d = r->department(n.name))
            value = d->index;
    }
    return value ? QVariant(QLocale().toString(*value, 'f', 1)) : QVariant();
}

bool NavigatorModel::isWaiting(const Node &n)
{
    return n.kind == DepartmentNode && n.parent && n.parent->kind == CompanyNode;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    if (isWaiting(*n)) { // muted and italic: seen, but nothing to enter before a round exists
        if (role == Qt::ForegroundRole)
            return QBrush(theme::mutedText(QApplication::palette()));
        if (role == Qt::FontRole) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        if (role == Qt::ToolTipRole)
            return tr("%1 has no answers yet: answers belong to a round. Create one with Edit ▸ New round "
                      "(Ctrl+Shift+O).")
                .arg(n->name);
    }
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
            if (isWaiting(*r) && selection.round == 0 && r->id == selection.department)
                return createIndex(r->row, 0, r.get());
            if (r->kind != RoundNode || r->id != selection.round)
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
