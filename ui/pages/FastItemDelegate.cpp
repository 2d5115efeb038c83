#include "FastItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace sbr::ui {

namespace {

constexpr int kCacheLimit = 4096; // distinct texts kept; a grid shows a few hundred

} // namespace

size_t qHash(const FastItemDelegate::CacheKey &key, size_t seed)
{
    return qHashMulti(seed, key.font, key.a, key.b, key.text);
}

FastItemDelegate::FastItemDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

int FastItemDelegate::fontSlot(const QFont &font) const
{
    const qsizetype found = m_fonts.indexOf(font);
    if (found >= 0)
        return int(found);
    if (m_fonts.size() >= 16) { // the font changed (preferences): start over
        m_fonts.clear();
        m_texts.clear();
        m_sizes.clear();
    }
    m_fonts.append(font);
    return int(m_fonts.size() - 1);
}

const QStaticText &FastItemDelegate::laidOut(int font, const QFont &qfont, const QString &text, int elideWidth,
                                             Qt::TextElideMode elide) const
{
    const CacheKey key{font, elideWidth, int(elide), text};
    auto cached = m_texts.find(key);
    if (cached != m_texts.end())
        return *cached;
    if (m_texts.size() > kCacheLimit)
        m_texts.clear();
    QStaticText laid(elideWidth < 0 ? text : QFontMetrics(qfont).elidedText(text, elide, elideWidth));
    laid.setTextFormat(Qt::PlainText);
    laid.setPerformanceHint(QStaticText::AggressiveCaching);
    laid.prepare(QTransform(), qfont);
    return *m_texts.insert(key, laid);
}

bool FastItemDelegate::paintCached(QPainter *painter, const QStyleOptionViewItem &opt) const
{
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator) ||
        opt.state & QStyle::State_HasFocus || opt.text.contains(QLatin1Char('\n')))
        return false;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    if (opt.text.isEmpty()) { // an empty cell is its background alone, as Qt draws it
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        return true;
    }
    // The same text rectangle as Qt's item drawing: the focus frame margin plus one pixel a side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
    const bool wrap = opt.features & QStyleOptionViewItem::WrapText;
    const int font = fontSlot(opt.font);
    const QStaticText *text = &laidOut(font, opt.font, opt.text, -1, Qt::ElideNone);
    const auto fits = [&](const QStaticText *t) {
        return t->size().width() <= textRect.width() + 0.5 && t->size().height() <= opt.rect.height() + 0.5;
    };
    if (!fits(text) && !wrap && opt.textElideMode != Qt::ElideNone) // as Qt does: elided to the width
        text = &laidOut(font, opt.font, opt.text, textRect.width(), opt.textElideMode);
    if (!fits(text))
        return false; // wrapped over several lines: the general path

    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect placed = QStyle::alignedRect(opt.direction, opt.displayAlignment, text->size().toSize(), textRect);
    painter->drawStaticText(placed.topLeft(), *text);
    painter->restore();
    return true;
}

void FastItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!paintCached(painter, opt))
        QStyledItemDelegate::paint(painter, option, index);
}

QSize FastItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (opt.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator))
        return QStyledItemDelegate::sizeHint(option, index);
    const CacheKey key{fontSlot(opt.font), opt.rect.width(), int(opt.features), opt.text};
    const auto cached = m_sizes.constFind(key);
    if (cached != m_sizes.constEnd())
        return *cached;
    if (m_sizes.size() > kCacheLimit)
        m_sizes.clear();
    const QSize size = QStyledItemDelegate::sizeHint(option, index);
    m_sizes.insert(key, size);
    return size;
}

} // namespace sbr::ui
