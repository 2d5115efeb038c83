#pragma once
// The roadmap board of the action plan: three columns (now, next, later), each a list of cards
// over the same PlanModel, filtered by status and question like the table. A card is moved to
// another column by dragging it there or with Ctrl+Left / Ctrl+Right; every move is one undoable
// step. Left / Right go to the neighbouring column, Enter edits, Delete removes.

#include "domain/Plan.h"

#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QWidget>

#include <array>
#include <optional>

class QLabel;
class QListView;

namespace sbr::ui {

class PlanModel;

/// Which statuses the plan page shows.
enum class StatusFilter { All, Open, Planned, Doing, Done, Dropped };

/// The rows of a PlanModel that pass the page's filters (and, for a board column, have its
/// horizon). A column accepts dropped cards and moves them to its horizon.
class PlanFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PlanFilter(PlanModel *plan, std::optional<sbr::Horizon> horizon, QObject *parent = nullptr);
    void setStatusFilter(StatusFilter filter);
    /// Only measures addressing a statement of this dimension (id); empty: all.
    void setDimensionFilter(const QString &dimension);
    void setOverdueOnly(bool only);
    std::optional<sbr::Horizon> horizon() const { return m_horizon; }

    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::ItemFlags flags(const QModelIndex &index) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// A board column lists what needs attention first: overdue, in progress, planned (each by
    /// due date, none last), then done and dropped ones.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    PlanModel *m_plan;
    std::optional<sbr::Horizon> m_horizon;
    StatusFilter m_status = StatusFilter::All;
    QString m_dimension;
    bool m_overdueOnly = false;
};

/// Draws a plan measure as a card: its title, owner and due date (overdue ones marked), status.
class PlanCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

class PlanBoard : public QWidget {
    Q_OBJECT
public:
    explicit PlanBoard(PlanModel *plan, QWidget *parent = nullptr);
    /// The column (list) of a horizon, and its filter.
    QListView *column(sbr::Horizon h) const { return m_lists.at(int(h)); }
    PlanFilter *filter(sbr::Horizon h) const { return m_filters.at(int(h)); }
    void setStatusFilter(StatusFilter filter);
    void setDimensionFilter(const QString &dimension);
    void setOverdueOnly(bool only);
    /// The plan model's row of the card that has the focus, or -1.
    int currentRow() const;
    /// Selects the card of this plan measure (wherever it is now), with the keyboard focus.
    void selectMeasure(qint64 id, bool focus = true);

signals:
    /// Enter or a double click on a card (the plan model's row).
    void editRequested(int row);
    void removeRequested(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTitles();
    PlanModel *m_plan;
    std::array<PlanFilter *, 3> m_filters{};
    std::array<QListView *, 3> m_lists{};
    std::array<QLabel *, 3> m_titles{};
    qint64 m_currentId = 0;   ///< the chosen card's plan measure
    bool m_following = false; ///< a change of the plan is being applied to the columns
    bool m_hadFocus = false;  ///< a column had the keyboard focus when it began
};

} // namespace sbr::ui
