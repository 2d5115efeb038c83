#include "WrappingViews.h"

#include <QRegularExpression>
#include <QTableView>
#include <QTreeView>

namespace sbr::ui {

namespace {

int headerMargin(const QHeaderView *header)
{
    return 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 2;
}

QString titleOf(const QHeaderView *header, int logicalIndex)
{
    return header->model() ? header->model()->headerData(logicalIndex, header->orientation()).toString() : QString();
}

/// The metrics of a title's font: the one the model gives it, else the header's in bold (as
/// QHeaderView measures, since the title of a column with a selection is drawn bold).
QFontMetrics titleMetrics(const QHeaderView *header, int logicalIndex)
{
    const QVariant font =
        header->model() ? header->model()->headerData(logicalIndex, header->orientation(), Qt::FontRole) : QVariant();
    if (font.isValid())
        return QFontMetrics(font.value<QFont>().resolve(header->font()), header);
    QFont bold = header->font();
    bold.setBold(true);
    return QFontMetrics(bold, header);
}

} // namespace

WrappingHeader::WrappingHeader(QAbstractItemView *view) : QHeaderView(Qt::Horizontal, view)
{
    auto *tree = qobject_cast<QTreeView *>(view);
    auto *table = qobject_cast<QTableView *>(view);
    Q_ASSERT(tree || table);
    const QHeaderView *before = tree ? tree->header() : table->horizontalHeader();
    setSectionsClickable(before->sectionsClickable());
    setSectionsMovable(before->sectionsMovable());
    setHighlightSections(before->highlightSections());
    setDefaultAlignment(Qt::Alignment(before->defaultAlignment() | Qt::TextWordWrap));
    if (tree)
        tree->setHeader(this);
    else
        table->setHorizontalHeader(this);
    // A column made narrower or wider may need another number of title lines.
    connect(this, &QHeaderView::sectionResized, this, [this] {
        if (count() > 0)
            headerDataChanged(orientation(), 0, count() - 1);
    });
}

int WrappingHeader::minimumTitleWidth(int logicalIndex) const
{
    // Breaks as the drawing does: at spaces, and after a hyphen ("Index-" / "gain").
    static const QRegularExpression breaks(QStringLiteral("(?<=[-/])|\\s+"));
    int widest = 0;
    for (const QString &word : titleOf(this, logicalIndex).split(breaks, Qt::SkipEmptyParts))
        widest = std::max(widest, titleMetrics(this, logicalIndex).horizontalAdvance(word));
    return widest + headerMargin(this);
}

QSize WrappingHeader::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    const int width = sectionSize(logicalIndex) > 0 ? sectionSize(logicalIndex) : size.width();
    const QFontMetrics fm = titleMetrics(this, logicalIndex);
    const QRect text = fm.boundingRect(QRect(0, 0, std::max(1, width - headerMargin(this)), 100000),
                                       int(Qt::AlignLeft | Qt::TextWordWrap), titleOf(this, logicalIndex));
    size.setHeight(std::max(size.height(), text.height() + size.height() - fm.height()));
    size.setWidth(minimumTitleWidth(logicalIndex));
    return size;
}

WrappingDelegate::WrappingDelegate(QTreeView *view, int column)
    : QStyledItemDelegate(view), m_view(view), m_column(column)
{
    view->setItemDelegateForColumn(column, this);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    m_relayout.setSingleShot(true);
    m_relayout.setInterval(0); // after a drag or a window resize has settled
    connect(&m_relayout, &QTimer::timeout, view, &QTreeView::doItemsLayout);
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int section, int before, int after) {
        if (section == m_column && before != after)
            m_relayout.start();
    });
}

int WrappingDelegate::textWidth(const QModelIndex &index) const
{
    int width = m_view->columnWidth(index.column());
    if (index.column() == m_view->header()->logicalIndex(0)) { // the tree's indentation is in the first column
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    return std::max(1, width);
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    // The style wraps to the rect's width only for a valid rect: its height must not be empty.
    opt.rect = QRect(0, 0, textWidth(index), std::max(1, opt.rect.height()));
    opt.features |= QStyleOptionViewItem::WrapText;
    return QStyledItemDelegate::sizeHint(opt, index);
}

} // namespace sbr::ui
