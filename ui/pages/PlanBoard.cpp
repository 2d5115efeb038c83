#include "PlanBoard.h"

#include "Theme.h"
#include "models/PlanModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace sbr::ui {

// --- PlanFilter -------------------------------------------------------------------------------

PlanFilter::PlanFilter(PlanModel *plan, std::optional<sbr::Horizon> horizon, QObject *parent)
    : QSortFilterProxyModel(parent), m_plan(plan), m_horizon(horizon)
{
    setSourceModel(plan);
    setDynamicSortFilter(true);
    setSortLocaleAware(true);
}

void PlanFilter::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateRowsFilter();
}

void PlanFilter::setDimensionFilter(const QString &dimension)
{
    m_dimension = dimension;
    invalidateRowsFilter();
}

void PlanFilter::setOverdueOnly(bool only)
{
    m_overdueOnly = only;
    invalidateRowsFilter();
}

bool PlanFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const QModelIndex i = m_plan->index(sourceRow, 0);
    if (m_horizon && i.data(PlanModel::HorizonRole).toInt() != int(*m_horizon))
        return false;
    if (m_overdueOnly && !i.data(PlanModel::OverdueRole).toBool())
        return false;
    if (!m_dimension.isEmpty() && !i.data(PlanModel::DimensionsRole).toStringList().contains(m_dimension))
        return false;
    const auto status = sbr::PlanStatus(i.data(PlanModel::StatusRole).toInt());
    switch (m_status) {
    case StatusFilter::All:
        return true;
    case StatusFilter::Open:
        return status == sbr::PlanStatus::Planned || status == sbr::PlanStatus::Doing;
    case StatusFilter::Planned:
        return status == sbr::PlanStatus::Planned;
    case StatusFilter::Doing:
        return status == sbr::PlanStatus::Doing;
    case StatusFilter::Done:
        return status == sbr::PlanStatus::Done;
    case StatusFilter::Dropped:
        return status == sbr::PlanStatus::Dropped;
    }
    return true;
}

bool PlanFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_horizon)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto rank = [this](const QModelIndex &i) {
        const QModelIndex row = m_plan->index(i.row(), 0);
        if (row.data(PlanModel::OverdueRole).toBool())
            return 0;
        switch (sbr::PlanStatus(row.data(PlanModel::StatusRole).toInt())) {
        case sbr::PlanStatus::Doing:
            return 1;
        case sbr::PlanStatus::Planned:
            return 2;
        case sbr::PlanStatus::Done:
            return 3;
        case sbr::PlanStatus::Dropped:
            return 4;
        }
        return 5;
    };
    const int a = rank(left), b = rank(right);
    if (a != b)
        return a < b;
    const QDate da = m_plan->measureAt(left.row()).due, db = m_plan->measureAt(right.row()).due;
    if (da.isValid() != db.isValid())
        return da.isValid(); // no due date: last
    if (da != db)
        return da < db;
    return left.row() < right.row();
}

Qt::ItemFlags PlanFilter::flags(const QModelIndex &index) const
{
    // A board column takes cards anywhere: on its empty space and on another card.
    const Qt::ItemFlags drop = m_horizon ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return index.isValid() ? QSortFilterProxyModel::flags(index) | drop : drop;
}

bool PlanFilter::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return m_horizon && action == Qt::MoveAction && data->hasFormat(QString::fromLatin1(PlanModel::kMimeType));
}

bool PlanFilter::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    bool moved = false;
    for (const QByteArray &id : data->data(QString::fromLatin1(PlanModel::kMimeType)).split(','))
        moved |= m_plan->setHorizon(m_plan->rowOf(id.toLongLong()), *m_horizon);
    return moved;
}

// --- PlanCardDelegate -------------------------------------------------------------------------

namespace {
constexpr int kPad = 8;
}

QSize PlanCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // As wide as the column: the list lays its cards out again when it is resized.
    const QFontMetrics fm(option.font);
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int width = view ? view->viewport()->width() - 2 : option.rect.width();
    return {std::max(120, width), 4 * fm.lineSpacing() + 2 * kPad + 6};
}

void PlanCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = selected && (option.state & QStyle::State_HasFocus);
    const bool overdue = index.data(PlanModel::OverdueRole).toBool();
    const auto status = sbr::PlanStatus(index.data(PlanModel::StatusRole).toInt());
    const QRect card = option.rect.adjusted(2, 3, -2, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    // Overdue cards stand out: the attention colour of the program (amber, pale or deep by scheme).
    const QColor fill = overdue ? theme::warningBackground(pal) : pal.color(QPalette::Base);
    const QColor ink = overdue ? theme::textOn(fill, pal) : pal.color(QPalette::Text);
    painter->fillPath(path, fill);
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), focused ? 2.5 : 1.2));
    painter->drawPath(path);
    // A coloured edge on the left: amber for overdue, the highlight for done ones.
    if (overdue || status == sbr::PlanStatus::Done)
        painter->fillRect(QRect(card.left() + 1, card.top() + 4, 4, card.height() - 8),
                          overdue ? ink : pal.color(QPalette::Highlight));

    const QRect text = card.adjusted(kPad + 4, kPad, -kPad, -kPad);
    const QFontMetrics fm(option.font);
    const auto sibling = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(ink);
    const QRect titleRect(text.left(), text.top(), text.width(), 2 * fm.lineSpacing());
    painter->drawText(titleRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      QFontMetrics(bold).elidedText(sibling(PlanModel::Title), Qt::ElideRight, 2 * text.width() - 24));
    painter->setFont(option.font);

    QString owner = sibling(PlanModel::Owner);
    const QString due = sibling(PlanModel::Due);
    QStringList second;
    second << (owner.isEmpty() ? tr("no owner yet") : owner);
    if (!due.isEmpty())
        second << (overdue ? tr("overdue since %1") : tr("due %1")).arg(due);
    const QRect secondRect(text.left(), titleRect.bottom() + 1, text.width(), fm.lineSpacing());
    // No owner yet: in italics (the placeholder colour reads too faintly on a dark card).
    painter->setPen(ink);
    if (overdue || owner.isEmpty()) {
        QFont f = option.font;
        f.setBold(overdue);
        f.setItalic(owner.isEmpty());
        painter->setFont(f);
    }
    painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(painter->font())
                          .elidedText(second.join(QStringLiteral(" · ")), Qt::ElideRight, secondRect.width()));
    painter->setFont(option.font);

    QString third = sibling(PlanModel::Status);
    const QString change = sibling(PlanModel::Change);
    if (!change.isEmpty())
        third += QStringLiteral(" · ") + change;
    const QRect thirdRect(text.left(), secondRect.bottom() + 1, text.width(), fm.lineSpacing());
    painter->setPen(ink);
    painter->drawText(thirdRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(third, Qt::ElideRight, thirdRect.width()));
    painter->restore();
}

// --- PlanBoard --------------------------------------------------------------------------------

PlanBoard::PlanBoard(PlanModel *plan, QWidget *parent) : QWidget(parent), m_plan(plan)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    // The chosen card is followed by its id, not by its place: when a change moves it (a key, a
    // drop, undo, redo), the filters move rows between the columns, and afterwards the same card
    // is chosen again. These two are connected before the filters, so they run before them.
    const auto begin = [this] {
        m_following = true;
        m_hadFocus = std::any_of(m_lists.cbegin(), m_lists.cend(), [](QListView *l) { return l && l->hasFocus(); });
    };
    connect(plan, &QAbstractItemModel::dataChanged, this, begin);
    connect(plan, &QAbstractItemModel::modelAboutToBeReset, this, begin);
    for (const sbr::Horizon h : {sbr::Horizon::Now, sbr::Horizon::Next, sbr::Horizon::Later}) {
        const int i = int(h);
        m_filters[i] = new PlanFilter(plan, h, this);
        auto *list = new QListView;
        m_lists[i] = list;
        m_filters[i]->sort(0);
        list->setModel(m_filters[i]);
        list->setItemDelegate(new PlanCardDelegate(list));
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setDragDropMode(QAbstractItemView::DragDrop);
        list->setDefaultDropAction(Qt::MoveAction);
        list->setDropIndicatorShown(true);
        list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
        list->setAccessibleName(tr("Roadmap column \"%1\"").arg(PlanModel::horizonName(h)));
        list->installEventFilter(this);
        connect(list, &QListView::doubleClicked, this,
                [this, i](const QModelIndex &index) { emit editRequested(m_filters[i]->mapToSource(index).row()); });
        m_titles[i] = new QLabel;
        m_titles[i]->setBuddy(list);
        QFont f = m_titles[i]->font();
        f.setBold(true);
        m_titles[i]->setFont(f);
        auto *column = new QVBoxLayout;
        column->addWidget(m_titles[i]);
        column->addWidget(list, 1);
        row->addLayout(column, 1);
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, i](const QModelIndex &current) {
                    if (!m_following && current.isValid())
                        m_currentId = m_plan->measureAt(m_filters[i]->mapToSource(current).row()).id;
                });
        // One card is selected on the whole board.
        connect(list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, i](const QItemSelection &selected) {
                    if (selected.isEmpty())
                        return;
                    for (int other = 0; other < 3; ++other)
                        if (other != i)
                            m_lists[other]->selectionModel()->clearSelection();
                });
        connect(m_filters[i], &QAbstractItemModel::rowsInserted, this, &PlanBoard::updateTitles);
        connect(m_filters[i], &QAbstractItemModel::rowsRemoved, this, &PlanBoard::updateTitles);
        connect(m_filters[i], &QAbstractItemModel::modelReset, this, &PlanBoard::updateTitles);
        connect(m_filters[i], &QAbstractItemModel::layoutChanged, this, &PlanBoard::updateTitles);
    }
    const auto end = [this] {
        m_following = false;
        if (m_currentId != 0)
            selectMeasure(m_currentId, m_hadFocus);
    };
    connect(plan, &QAbstractItemModel::dataChanged, this, end);
    connect(plan, &QAbstractItemModel::modelReset, this, end);
    updateTitles();
}

void PlanBoard::updateTitles()
{
    const std::array<QString, 3> names{tr("&Now (%1)"), tr("N&ext (%1)"), tr("&Later (%1)")};
    for (int i = 0; i < 3; ++i)
        m_titles[i]->setText(names[i].arg(m_filters[i]->rowCount()));
}

void PlanBoard::setStatusFilter(StatusFilter filter)
{
    for (PlanFilter *f : m_filters)
        f->setStatusFilter(filter);
    updateTitles();
}

void PlanBoard::setDimensionFilter(const QString &dimension)
{
    for (PlanFilter *f : m_filters)
        f->setDimensionFilter(dimension);
    updateTitles();
}

void PlanBoard::setOverdueOnly(bool only)
{
    for (PlanFilter *f : m_filters)
        f->setOverdueOnly(only);
    updateTitles();
}

int PlanBoard::currentRow() const
{
    for (int i = 0; i < 3; ++i)
        if (m_lists[i]->hasFocus() && m_lists[i]->currentIndex().isValid())
            return m_filters[i]->mapToSource(m_lists[i]->currentIndex()).row();
    for (int i = 0; i < 3; ++i) {
        const QModelIndexList selected = m_lists[i]->selectionModel()->selectedIndexes();
        if (!selected.isEmpty())
            return m_filters[i]->mapToSource(selected.first()).row();
    }
    return -1;
}

void PlanBoard::selectMeasure(qint64 id, bool focus)
{
    const int row = m_plan->rowOf(id);
    if (row < 0)
        return;
    m_currentId = id;
    for (int i = 0; i < 3; ++i) {
        const QModelIndex proxy = m_filters[i]->mapFromSource(m_plan->index(row, 0));
        if (!proxy.isValid())
            continue;
        for (int other = 0; other < 3; ++other)
            if (other != i)
                m_lists[other]->selectionModel()->clearSelection();
        m_lists[i]->setCurrentIndex(proxy);
        m_lists[i]->scrollTo(proxy);
        if (focus)
            m_lists[i]->setFocus();
        return;
    }
}

bool PlanBoard::eventFilter(QObject *watched, QEvent *event)
{
    const auto it = std::find(m_lists.cbegin(), m_lists.cend(), watched);
    if (it == m_lists.cend() || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int column = int(it - m_lists.cbegin());
    auto *key = static_cast<QKeyEvent *>(event);
    const QModelIndex current = m_lists[column]->currentIndex();
    const int row = current.isValid() ? m_filters[column]->mapToSource(current).row() : -1;
    const bool ctrl = key->modifiers() & Qt::ControlModifier;
    const int step = key->key() == Qt::Key_Left ? -1 : key->key() == Qt::Key_Right ? 1 : 0;
    if (step != 0 && ctrl) {
        const int to = column + step;
        if (row >= 0 && to >= 0 && to < 3) {
            const qint64 id = m_plan->measureAt(row).id;
            if (m_plan->setHorizon(row, sbr::Horizon(to)))
                selectMeasure(id);
        }
        return true;
    }
    if (step != 0 && key->modifiers() == Qt::NoModifier) {
        const int to = column + step;
        if (to >= 0 && to < 3) {
            QListView *next = m_lists[to];
            if (!next->currentIndex().isValid() && next->model()->rowCount() > 0)
                next->setCurrentIndex(next->model()->index(0, 0));
            next->setFocus();
        }
        return true;
    }
    if (row >= 0 && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_F2)) {
        emit editRequested(row);
        return true;
    }
    if (row >= 0 && key->key() == Qt::Key_Delete) {
        emit removeRequested(row);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sbr::ui
