#pragma once
// An item delegate that draws text cells without laying their text out on every paint.
//
// Qt's own delegate shapes and lays out each cell's text anew whenever the view paints, and a
// view that sizes rows to their contents asks for every row's size hint on each layout. In the
// answer grid (a few hundred cells) and the navigator that made switching the selection cost tens
// of milliseconds. This delegate draws a one-line cell (elided to the column width as Qt does) from
// a cache of laid-out texts (QStaticText), and remembers size hints per font, width, features and
// text. Cells with an icon, a check box or the focus frame, and texts wrapped over several lines,
// take Qt's general path.

#include <QFont>
#include <QHash>
#include <QList>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace sbr::ui {

class FastItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit FastItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    /// Exactly what QStyledItemDelegate::sizeHint returns, computed once per font, width,
    /// features and text.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// What a cached text or size depends on besides the text: the font (a slot number) and
    /// two numbers (elide width and mode for texts; width and features for sizes).
    struct CacheKey {
        int font, a, b;
        QString text;
        bool operator==(const CacheKey &o) const { return font == o.font && a == o.a && b == o.b && text == o.text; }
    };

private:
    /// Draws a cell from the text cache; false when it needs the general path.
    bool paintCached(QPainter *painter, const QStyleOptionViewItem &option) const;
    /// `text` laid out in one line in `font` (first elided to `elideWidth` pixels when >= 0),
    /// from the cache.
    const QStaticText &laidOut(int font, const QFont &qfont, const QString &text, int elideWidth,
                               Qt::TextElideMode elide) const;
    /// A small number standing for the font (fonts are few: regular and bold).
    int fontSlot(const QFont &font) const;

    mutable QList<QFont> m_fonts;
    mutable QHash<CacheKey, QStaticText> m_texts; // font slot, elide width, elide mode, text
    mutable QHash<CacheKey, QSize> m_sizes;       // font slot, width, features, text
};

size_t qHash(const FastItemDelegate::CacheKey &key, size_t seed = 0);

} // namespace sbr::ui
