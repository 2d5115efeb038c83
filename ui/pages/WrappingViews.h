#pragma once
// Long texts in item views that wrap instead of being cut off, for windows down to 1024×700:
//
// - WrappingHeader: column titles wrap at spaces and hyphens ("Gap to / target"), so a column of
//   short numbers is as narrow as its numbers and its longest word, not as its whole title.
// - WrappingDelegate: the cells of one column of a tree view wrap over as many lines as the
//   column's width needs (rows grow), and rows are laid out again when the column changes width.
//
// Both belong to the view they are installed on.

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTimer>

class QAbstractItemView;
class QTreeView;

namespace sbr::ui {

class WrappingHeader : public QHeaderView {
    Q_OBJECT
public:
    /// A horizontal header for `view`, a QTreeView or a QTableView (takes the place of its
    /// header, keeping whether sections can be clicked and moved); titles are drawn wrapped.
    explicit WrappingHeader(QAbstractItemView *view);

    /// The width a title needs at least: its longest word, with the style's margins.
    int minimumTitleWidth(int logicalIndex) const;

protected:
    /// Width: the longest word of the title; height: the lines the title needs at the section's
    /// present width.
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

class WrappingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    /// Wraps the texts of `column` of `view` (taking over that column's delegate; rows then have
    /// their own heights).
    WrappingDelegate(QTreeView *view, int column);

    /// The size of the wrapped text at the width the column gives the cell (minus indentation).
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The width the cell's text has in `view`: the column minus the tree's indentation.
    int textWidth(const QModelIndex &index) const;

private:
    QTreeView *m_view;
    int m_column;
    QTimer m_relayout; ///< rows laid out again once the column has settled on a width
};

} // namespace sbr::ui
