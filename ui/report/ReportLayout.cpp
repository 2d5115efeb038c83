#include "ReportLayout.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace sbr::report {

namespace colors {
QColor ink()
{
    return QColor(0x1F, 0x29, 0x33);
}
QColor muted()
{
    return QColor(0x5F, 0x6B, 0x7A);
}
QColor accent()
{
    return QColor(0x00, 0x72, 0xB2);
} // the first palette colour: the company line
QColor rule()
{
    return QColor(0xCF, 0xD6, 0xDE);
}
QColor zebra()
{
    return QColor(0xF3, 0xF5, 0xF8);
}
QColor tint()
{
    return QColor(0xEA, 0xF2, 0xF8);
}
} // namespace colors

namespace {

// A tiny image whose only purpose is its resolution: fonts measured against it have the pixel
// sizes they get in the 1200-dpi PDF.
const QPaintDevice *referenceDevice()
{
    static const QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        const int dotsPerMeter = qRound(kDotsPerInch / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}

} // namespace

// --- Typesetter -------------------------------------------------------------------------------

Typesetter::Typesetter() : m_device(referenceDevice()) {}

Typesetter::Typesetter(const QPaintDevice *device) : m_device(device)
{
    const int dpi = device ? device->logicalDpiY() : 0;
    m_fontFactor = dpi > 0 ? kDotsPerInch / dpi : 1.0;
}

QFont Typesetter::font(const TextStyle &style) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(style.size * m_fontFactor);
    f.setBold(style.bold);
    f.setItalic(style.italic);
    // Hinting would round advances to whole pixels of each device; without it text measures the
    // same on the PDF and on a 60-dpi preview.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double Typesetter::lineHeight(const TextStyle &style) const
{
    return QFontMetricsF(font(style), m_device).height() * style.leading;
}

double Typesetter::width(const TextStyle &style, const QString &text) const
{
    return QFontMetricsF(font(style), m_device).horizontalAdvance(text);
}

QString Typesetter::elided(const TextStyle &style, const QString &text, double w) const
{
    return QFontMetricsF(font(style), m_device).elidedText(text, Qt::ElideRight, w);
}

void Typesetter::drawLine(QPainter &painter, const TextStyle &style, const QPointF &topLeft, const QString &text) const
{
    const QFont f = font(style);
    const QFontMetricsF fm(f, m_device);
    const double lh = fm.height() * style.leading;
    painter.setFont(f);
    painter.setPen(style.color);
    painter.drawText(QPointF(topLeft.x(), topLeft.y() + (lh - fm.height()) / 2 + fm.ascent()), text);
}

// --- TextBox ----------------------------------------------------------------------------------

TextBox::TextBox(const QString &text, const TextStyle &style, int boldPrefix)
    : m_text(text), m_style(style), m_boldPrefix(std::clamp(boldPrefix, 0, int(text.size())))
{
    // QTextLayout breaks at U+2028; carriage returns would show as boxes.
    m_text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    m_text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

void TextBox::layout(const Typesetter &type, double width)
{
    m_lines.clear();
    const QFont font = type.font(m_style);
    m_lineHeight = QFontMetricsF(font, type.device()).height() * m_style.leading;
    if (m_text.isEmpty())
        return;
    QTextLayout layout(m_text, font, type.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    if (m_boldPrefix > 0) {
        TextStyle bold = m_style;
        bold.bold = true;
        QTextCharFormat format;
        format.setFont(type.font(bold));
        layout.setFormats({{0, m_boldPrefix, format}});
    }
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(std::max(1.0, width));
        m_lines.append({line.textStart(), line.textLength(), line.naturalTextWidth()});
    }
    layout.endLayout();
}

double TextBox::naturalWidth() const
{
    double w = 0;
    for (const Line &line : m_lines)
        w = std::max(w, line.width);
    return w;
}

void TextBox::draw(QPainter &painter, const Typesetter &type, const QPointF &topLeft, double width, int first, int last,
                   Qt::Alignment align) const
{
    TextStyle bold = m_style;
    bold.bold = true;
    double y = topLeft.y();
    for (int i = std::max(0, first); i <= last && i < m_lines.size(); ++i, y += m_lineHeight) {
        const Line &line = m_lines.at(i);
        QString text = m_text.mid(line.start, line.length);
        // Trailing spaces and the line separator belong to the break, not to the ink.
        while (!text.isEmpty() && (text.back().isSpace() || text.back() == QChar::LineSeparator))
            text.chop(1);
        const int boldChars = std::clamp(m_boldPrefix - line.start, 0, int(text.size()));
        const QString head = text.left(boldChars), tail = text.mid(boldChars);
        const double headWidth = head.isEmpty() ? 0.0 : type.width(bold, head);
        const double inkWidth = headWidth + type.width(m_style, tail);
        double x = topLeft.x();
        if (align & Qt::AlignRight)
            x += width - inkWidth;
        else if (align & Qt::AlignHCenter)
            x += (width - inkWidth) / 2;
        if (!head.isEmpty())
            type.drawLine(painter, bold, QPointF(x, y), head);
        if (!tail.isEmpty())
            type.drawLine(painter, m_style, QPointF(x + headWidth, y), tail);
    }
}

// --- PageLayout -------------------------------------------------------------------------------

PageLayout::PageLayout(const PageGeometry &geometry) : m_geometry(geometry) {}
PageLayout::~PageLayout() = default;

void PageLayout::add(std::unique_ptr<Block> block)
{
    m_blocks.push_back(std::move(block));
}

QList<QList<PageLayout::Placement>> PageLayout::paginate(int from, int to, double spacing, double startY) const
{
    const QRectF body = m_geometry.body;
    QList<QList<Placement>> pages = {{}};
    double y = startY >= 0 ? startY : body.top();
    auto newPage = [&] {
        pages.append(QList<Placement>());
        y = body.top();
    };
    auto atTop = [&] { return y <= body.top() + 0.5; };
    // The height of the first part a block can have: its header and its first units.
    // A block too short to leave minUnitsPerPart on both sides of a break is never split.
    auto firstPartHeight = [](const Block &b) {
        const int min = std::max(1, b.minUnitsPerPart);
        const int units = b.units() < 2 * min ? b.units() : min;
        double h = b.headerHeight();
        for (int u = 0; u < units; ++u)
            h += b.unitHeight(u);
        return h;
    };

    for (int i = from; i < to; ++i) {
        const Block &b = *m_blocks[size_t(i)];
        if (!atTop())
            y += b.spaceBefore * spacing;
        const int n = b.units();
        double total = b.headerHeight();
        for (int u = 0; u < n; ++u)
            total += b.unitHeight(u);

        // Keep-with-next: the block and the start of the next must fit together; through a chain
        // of such blocks (a heading, its introduction, the table) to the first that is not one.
        if (b.keepWithNext && !atTop() && i + 1 < int(m_blocks.size())) {
            double need = total;
            const Block *prev = &b;
            for (int j = i + 1; j < to; ++j) {
                const Block &next = *m_blocks[size_t(j)];
                if (next.isPageBreak())
                    break;
                // The space after the one before comes before the next one, too.
                need += (prev->spaceAfter + next.spaceBefore) * spacing;
                if (!next.keepWithNext || j + 1 >= to) {
                    need += firstPartHeight(next);
                    break;
                }
                double whole = next.headerHeight();
                for (int u = 0; u < next.units(); ++u)
                    whole += next.unitHeight(u);
                need += whole;
                prev = &next;
            }
            if (y + need > body.bottom() && need <= body.height())
                newPage();
        }
        // A block that is not split moves on whole; a split one keeps at least minUnitsPerPart.
        if (!atTop() && y + firstPartHeight(b) > body.bottom())
            newPage();
        if (n <= 1 && !atTop() && y + total > body.bottom())
            newPage();

        int first = 0;
        while (first < std::max(n, 1)) {
            double h = b.headerHeight();
            int last = first - 1;
            while (last + 1 < n && y + h + b.unitHeight(last + 1) <= body.bottom() + 0.5) {
                h += b.unitHeight(last + 1);
                ++last;
            }
            if (n == 0) { // an empty paragraph: nothing but its spacing
                last = 0;
            } else if (last < first) {
                if (!atTop()) {
                    newPage();
                    continue;
                }
                last = first; // taller than a page: placed alone and clipped
                h += b.unitHeight(first);
            }
            // Orphans and widows: leave at least minUnitsPerPart on either side of a break, or
            // move the whole rest to the next page.
            const int remaining = n - 1 - last;
            if (remaining > 0 && remaining < b.minUnitsPerPart) {
                const int back = b.minUnitsPerPart - remaining;
                if (last - first + 1 - back >= b.minUnitsPerPart) {
                    for (int k = 0; k < back; ++k)
                        h -= b.unitHeight(last--);
                } else if (!atTop()) {
                    newPage();
                    continue;
                }
            }
            pages.last().append({i, QRectF(body.left(), y, body.width(), h), first, last});
            y += h;
            first = last + 1;
            if (first < n)
                newPage();
        }
        y += b.spaceAfter * spacing;
    }
    while (pages.size() > 1 && pages.last().isEmpty())
        pages.removeLast();
    return pages;
}

double PageLayout::filled(const QList<Placement> &page) const
{
    double bottom = m_geometry.body.top();
    for (const Placement &p : page)
        bottom = std::max(bottom, p.rect.bottom());
    return (bottom - m_geometry.body.top()) / m_geometry.body.height();
}

namespace {
constexpr double kRunGap = mm(10); // between a spill and the run that goes on below it
} // namespace

void PageLayout::layout()
{
    const Typesetter type;
    for (const auto &block : m_blocks)
        block->layout(type, m_geometry.body.width());

    // Each run of blocks between page breaks starts on a page of its own. When its last page
    // would hold only a spill of a few lines, the run is set again with less space between its
    // blocks, so that the spill moves up and no page stays nearly empty; the text itself, its
    // lines and the margins stay as they are.
    m_pages.clear();
    int from = 0;
    double carryY = -1; // >= 0: the run goes on below a spill on the last page, from here
    while (from < int(m_blocks.size())) {
        int to = from;
        while (to < int(m_blocks.size()) && !m_blocks[size_t(to)]->isPageBreak())
            ++to;
        if (to > from) {
            QList<QList<Placement>> pages = paginate(from, to, 1.0, carryY);
            for (double spacing : {0.6, 0.3, 0.0}) {
                if (pages.size() < 2 || filled(pages.last()) >= kNearlyEmpty)
                    break;
                if (QList<QList<Placement>> tighter = paginate(from, to, spacing, carryY);
                    tighter.size() < pages.size()) {
                    pages = tighter;
                    break;
                }
            }
            const qsizetype runPages = pages.size();
            if (carryY >= 0 && !m_pages.isEmpty())
                m_pages.last() += pages.takeFirst();
            m_pages += pages;
            // Still a spill of a few lines on a page of its own: the next run starts below it.
            const bool spill = runPages >= 2 && filled(m_pages.last()) < kCarryBelow && to < int(m_blocks.size());
            carryY = spill ? m_geometry.body.top() + filled(m_pages.last()) * m_geometry.body.height() + kRunGap : -1;
        }
        from = to + 1;
    }
    if (m_pages.isEmpty())
        m_pages = {{}};
}

QList<int> PageLayout::pagesOf(int block) const
{
    QList<int> pages;
    for (int p = 0; p < m_pages.size(); ++p)
        for (const Placement &placed : m_pages[p])
            if (placed.block == block && !pages.contains(p))
                pages.append(p);
    return pages;
}

void PageLayout::paintPage(QPainter &painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter.save();
    const QPaintDevice *device = painter.device();
    const double dpi = device && device->logicalDpiX() > 0 ? device->logicalDpiX() : kDotsPerInch;
    painter.scale(dpi / kDotsPerInch, dpi / kDotsPerInch);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Typesetter type(device);
    PaintContext ctx{painter, type};
    for (const Placement &p : m_pages.at(page)) {
        painter.save();
        m_blocks[size_t(p.block)]->paint(ctx, p.rect, p.first, p.last);
        painter.restore();
    }
    if (m_decorator) {
        painter.save();
        m_decorator(ctx, page, pageCount());
        painter.restore();
    }
    painter.restore();
}

} // namespace sbr::report
