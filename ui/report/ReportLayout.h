#pragma once
// A small page-layout engine over QPainter: a document is a list of blocks (heading,
// paragraph, key figures, table, chart, heatmap, page break, …) that is laid out once into
// pages — so the page count is known before anything is painted ("page 3 of 12") — and then
// painted page by page on any device: a QPdfWriter, or a QImage per page for previews.
//
// Units: everything is measured in "dots" of 1/1200 inch, the resolution the PDF is written
// at. A painter on another device is scaled to dots and its fonts are enlarged by the same
// factor, so every font has the same pixel size in dots everywhere and text measures the
// same on every device: a line that fits in the PDF fits in the preview too.
// Text is always drawn as plain text (QPainter::drawText): nothing is read as markup.

#include <QColor>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QPainter;
class QPaintDevice;
QT_END_NAMESPACE

namespace sbr::report {

constexpr double kDotsPerInch = 1200.0;
constexpr double mm(double v)
{
    return v * kDotsPerInch / 25.4;
}
constexpr double pt(double v)
{
    return v * kDotsPerInch / 72.0;
}

/// The report's colours: ink, secondary text, accent (the company blue of the charts), rules.
namespace colors {
QColor ink();
QColor muted();
QColor accent();
QColor rule();
QColor zebra();
QColor tint();
} // namespace colors

/// A font role of the type scale.
struct TextStyle {
    double size = 9.5; ///< points
    bool bold = false;
    bool italic = false;
    QColor color = colors::ink();
    double leading = 1.28; ///< line height as a multiple of the font height
};

/// Fonts and text measurement for one device. Layout uses a reference device at kDotsPerInch;
/// painting uses the painter's device with fonts scaled to the same pixel size in dots.
class Typesetter {
public:
    Typesetter(); ///< the reference device for layout
    explicit Typesetter(const QPaintDevice *device);

    QFont font(const TextStyle &style) const;
    const QPaintDevice *device() const { return m_device; }
    /// kDotsPerInch / the device's dpi: how much larger fonts must be for a painter scaled to dots.
    double fontFactor() const { return m_fontFactor; }

    double lineHeight(const TextStyle &style) const;
    double width(const TextStyle &style, const QString &text) const;
    QString elided(const TextStyle &style, const QString &text, double width) const;
    /// Draws one line of plain text with its top-left at `topLeft` (baseline from the line height).
    void drawLine(QPainter &painter, const TextStyle &style, const QPointF &topLeft, const QString &text) const;

private:
    const QPaintDevice *m_device;
    double m_fontFactor = 1.0;
};

/// Wrapped plain text: lines broken at word boundaries (anywhere if a word is too long), an
/// optional bold lead-in ("Stage 3: …"), explicit line breaks for '\n'.
class TextBox {
public:
    TextBox() = default;
    TextBox(const QString &text, const TextStyle &style, int boldPrefix = 0);

    void layout(const Typesetter &type, double width);
    int lineCount() const { return int(m_lines.size()); }
    double lineHeight() const { return m_lineHeight; }
    double height() const { return m_lineHeight * double(m_lines.size()); }
    /// Widest line after layout.
    double naturalWidth() const;
    const TextStyle &style() const { return m_style; }
    QString text() const { return m_text; }

    /// Draws lines [first, last] with the top of `first` at `topLeft.y()`, aligned in `width`.
    void draw(QPainter &painter, const Typesetter &type, const QPointF &topLeft, double width, int first, int last,
              Qt::Alignment align = Qt::AlignLeft) const;

private:
    struct Line {
        int start = 0;
        int length = 0;
        double width = 0;
    };
    QString m_text;
    TextStyle m_style;
    int m_boldPrefix = 0;
    double m_lineHeight = 0;
    QList<Line> m_lines;
};

struct PaintContext {
    QPainter &painter;
    const Typesetter &type;
};

/// One piece of the document. The layout asks for its height per unit (a line of a paragraph,
/// a row of a table) and may split it between units across pages.
class Block {
public:
    virtual ~Block() = default;
    /// Measures the block for `width`; called once, before placing.
    virtual void layout(const Typesetter &type, double width) = 0;
    /// Units the block may be split between; 1 = never split.
    virtual int units() const { return 1; }
    virtual double unitHeight(int unit) const = 0;
    /// Height repeated at the top of every part of a split block (a table's header).
    virtual double headerHeight() const { return 0; }
    /// Paints units [first, last] into `rect` (header included at its top).
    virtual void paint(PaintContext &ctx, const QRectF &rect, int first, int last) const = 0;
    /// A page break: the layout starts a new page and places nothing.
    virtual bool isPageBreak() const { return false; }

    double spaceBefore = 0; ///< dropped at the top of a page
    double spaceAfter = 0;
    bool keepWithNext = false; ///< never the last thing on a page (headings)
    int minUnitsPerPart = 1;   ///< no widows and orphans below this many lines or rows
};

/// Pages of laid-out blocks, and how to paint one.
class PageLayout {
public:
    struct PageGeometry {
        QSizeF size; ///< whole page, dots
        QRectF body; ///< where blocks go
    };
    /// Called for every page after its blocks: header, footer, page number.
    using Decorator = std::function<void(PaintContext &, int page, int pageCount)>;

    explicit PageLayout(const PageGeometry &geometry);
    ~PageLayout();

    void add(std::unique_ptr<Block> block);
    template <class T, class... Args> T *emplace(Args &&...args)
    {
        auto block = std::make_unique<T>(std::forward<Args>(args)...);
        T *raw = block.get();
        add(std::move(block));
        return raw;
    }

    /// Lays the blocks out into pages. A page left with less than kNearlyEmpty of its height by a
    /// spill at the end of a run of blocks (before a page break or the end) is avoided when less
    /// space between the blocks of that run lets the spill fit on the pages before; when a run's
    /// last page still holds less than kCarryBelow, the page break after it is skipped and the
    /// next run goes on below the spill.
    void layout();
    static constexpr double kNearlyEmpty = 0.15;
    static constexpr double kCarryBelow = 0.3;
    int pageCount() const { return int(m_pages.size()); }
    /// The pages (0-based, in order) that hold a part of block `block` (the order of add()).
    QList<int> pagesOf(int block) const;
    const PageGeometry &geometry() const { return m_geometry; }
    void setDecorator(Decorator decorator) { m_decorator = std::move(decorator); }

    /// Paints one page; the painter's device may have any resolution (it is scaled to dots).
    void paintPage(QPainter &painter, int page) const;

private:
    struct Placement {
        int block;
        QRectF rect;
        int first, last;
    };
    /// Pages of blocks [from, to) (no page break among them), starting on a new page, with the
    /// space before and after blocks multiplied by `spacing`.
    /// Blocks [from, to) on pages; the first page starts at `startY` (dots; < 0: its top).
    QList<QList<Placement>> paginate(int from, int to, double spacing, double startY = -1) const;
    /// How much of the body height the blocks of `page` use, 0..1.
    double filled(const QList<Placement> &page) const;
    PageGeometry m_geometry;
    std::vector<std::unique_ptr<Block>> m_blocks;
    QList<QList<Placement>> m_pages;
    Decorator m_decorator;
};

} // namespace sbr::report
