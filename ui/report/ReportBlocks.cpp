#include "ReportBlocks.h"

#include "ChartView.h"
#include "Heatmap.h"

#include <QChart>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sbr::report {

namespace {

TextStyle headingStyle(int level)
{
    TextStyle s;
    s.bold = true;
    s.size = level <= 1 ? 15.0 : 11.0;
    s.leading = 1.2;
    return s;
}

} // namespace

// --- Heading ----------------------------------------------------------------------------------

HeadingBlock::HeadingBlock(const QString &text, int level) : m_text(text, headingStyle(level)), m_level(level)
{
    keepWithNext = true;
    spaceBefore = level <= 1 ? mm(7) : mm(4.5);
    spaceAfter = level <= 1 ? mm(4) : mm(1.5);
}

void HeadingBlock::layout(const Typesetter &type, double width)
{
    m_text.layout(type, width);
}

double HeadingBlock::unitHeight(int) const
{
    return m_text.height() + (m_level <= 1 ? mm(1.6) : 0.0);
}

void HeadingBlock::paint(PaintContext &ctx, const QRectF &rect, int, int) const
{
    m_text.draw(ctx.painter, ctx.type, rect.topLeft(), rect.width(), 0, m_text.lineCount() - 1);
    if (m_level <= 1) {
        // A short accent bar under the title: the report's one piece of decoration.
        const double y = rect.top() + m_text.height() + mm(0.6);
        ctx.painter.fillRect(QRectF(rect.left(), y, mm(14), mm(0.8)), colors::accent());
        ctx.painter.fillRect(QRectF(rect.left() + mm(14), y + mm(0.3), rect.width() - mm(14), pt(0.4)), colors::rule());
    }
}

// --- Paragraph --------------------------------------------------------------------------------

ParagraphBlock::ParagraphBlock(const QString &text, const TextStyle &style, const QString &bullet, int boldPrefix)
    : m_text(text, style, boldPrefix), m_bullet(bullet)
{
    spaceAfter = mm(2.2);
    minUnitsPerPart = 2;
}

void ParagraphBlock::layout(const Typesetter &type, double width)
{
    m_indent = m_bullet.isEmpty() ? 0.0 : std::max(mm(5), type.width(m_text.style(), m_bullet) + mm(2));
    m_text.layout(type, width - m_indent);
}

void ParagraphBlock::paint(PaintContext &ctx, const QRectF &rect, int first, int last) const
{
    if (!m_bullet.isEmpty() && first == 0) {
        TextStyle bulletStyle = m_text.style();
        bulletStyle.color = colors::accent();
        bulletStyle.bold = true;
        ctx.type.drawLine(ctx.painter, bulletStyle, rect.topLeft(), m_bullet);
    }
    m_text.draw(ctx.painter, ctx.type, QPointF(rect.left() + m_indent, rect.top()), rect.width() - m_indent, first,
                last);
}

// --- Key figures ------------------------------------------------------------------------------

KeyFiguresBlock::KeyFiguresBlock(const QList<Figure> &figures)
{
    TextStyle label{7.5, true, false, colors::muted(), 1.2};
    TextStyle value{19.0, true, false, colors::accent(), 1.15};
    TextStyle caption{8.0, false, false, colors::ink(), 1.25};
    for (const Figure &f : figures)
        m_boxes.append({TextBox(f.label, label), TextBox(f.value, value), TextBox(f.caption, caption)});
    spaceAfter = mm(4);
}

void KeyFiguresBlock::layout(const Typesetter &type, double width)
{
    const double gap = mm(3);
    const double n = std::max<qsizetype>(1, m_boxes.size());
    m_boxWidth = (width - gap * (n - 1)) / n;
    const double inner = m_boxWidth - mm(3.5) - mm(2.5);
    m_height = 0;
    for (Box &box : m_boxes) {
        box.label.layout(type, inner);
        box.value.layout(type, inner);
        box.caption.layout(type, inner);
        m_height = std::max(m_height, box.label.height() + box.value.height() + box.caption.height());
    }
    m_height += mm(2.5) * 2 + mm(1);
}

void KeyFiguresBlock::paint(PaintContext &ctx, const QRectF &rect, int, int) const
{
    const double gap = mm(3);
    for (int i = 0; i < m_boxes.size(); ++i) {
        const Box &box = m_boxes.at(i);
        const QRectF r(rect.left() + i * (m_boxWidth + gap), rect.top(), m_boxWidth, m_height);
        ctx.painter.fillRect(r, colors::tint());
        ctx.painter.fillRect(QRectF(r.left(), r.top(), mm(1), r.height()), colors::accent());
        const double x = r.left() + mm(3.5), w = r.width() - mm(3.5) - mm(2.5);
        double y = r.top() + mm(2.5);
        box.label.draw(ctx.painter, ctx.type, QPointF(x, y), w, 0, box.label.lineCount() - 1);
        y += box.label.height() + mm(0.5);
        box.value.draw(ctx.painter, ctx.type, QPointF(x, y), w, 0, box.value.lineCount() - 1);
        y += box.value.height() + mm(0.5);
        box.caption.draw(ctx.painter, ctx.type, QPointF(x, y), w, 0, box.caption.lineCount() - 1);
    }
}

// --- Table ------------------------------------------------------------------------------------

namespace {

TextStyle tableStyle(bool bold = false, bool muted = false)
{
    TextStyle s{8.5, bold, muted, muted ? colors::muted() : colors::ink(), 1.25};
    return s;
}

TextStyle tableHeaderStyle()
{
    TextStyle s{7.5, true, false, colors::muted(), 1.2};
    return s;
}

} // namespace

TableBlock::TableBlock(const QList<Column> &columns, const QList<Row> &rows) : m_columns(columns), m_rows(rows)
{
    spaceAfter = mm(4);
    minUnitsPerPart = 2;
}

void TableBlock::layout(const Typesetter &type, double width)
{
    m_padX = mm(1.6);
    m_padY = mm(1.1);
    // A column is never narrower than its longest word (header or cell) or, when it holds
    // numbers (right-aligned), its widest entry: words and numbers are not broken apart.
    QList<double> need(m_columns.size(), 0.0);
    auto longestWord = [&](const TextStyle &style, const QString &text) {
        double w = 0;
        for (const QString &word :
             text.split(QRegularExpression(QStringLiteral("[ \\t\\n\\x{2028}]+")), Qt::SkipEmptyParts))
            w = std::max(w, type.width(style, word));
        return w;
    };
    for (int c = 0; c < m_columns.size(); ++c)
        need[c] = longestWord(tableHeaderStyle(), m_columns.at(c).title);
    for (const Row &row : m_rows) {
        int column = 0;
        for (const Cell &cell : row.cells) {
            if (column >= m_columns.size())
                break;
            if (cell.span == 1) {
                const TextStyle style = tableStyle(row.emphasized, cell.muted);
                const bool number = cell.align.value_or(m_columns.at(column).align) & Qt::AlignRight;
                need[column] =
                    std::max(need[column], number ? type.width(style, cell.text) : longestWord(style, cell.text));
            }
            column += std::max(1, cell.span);
        }
    }
    double fixed = 0;
    int flexible = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        need[c] += 2 * m_padX + 1.0;
        if (m_columns.at(c).width > 0)
            fixed += std::max(m_columns.at(c).width, need[c]);
        else
            ++flexible;
    }
    // The table stays inside the text block: when a long word would widen a fixed column past the
    // block, that column keeps its given width, and a flexible column takes what the fixed ones
    // leave. Text that is still too wide wraps (after "/", "-" and at spaces, or inside a word).
    if (fixed + flexible * mm(15) > width) {
        fixed = 0;
        for (int c = 0; c < m_columns.size(); ++c)
            if (m_columns.at(c).width > 0) {
                need[c] = std::min(need[c], m_columns.at(c).width);
                fixed += m_columns.at(c).width;
            }
    }
    const double rest = flexible > 0 ? std::max(mm(15), (width - fixed) / flexible) : 0.0;
    m_x.clear();
    m_widths.clear();
    double x = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        m_x.append(x);
        m_widths.append(m_columns.at(c).width > 0 ? std::max(m_columns.at(c).width, need[c]) : rest);
        x += m_widths.last();
    }

    m_header.clear();
    m_headerHeight = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        TextBox box(m_columns.at(c).title, tableHeaderStyle());
        box.layout(type, m_widths.at(c) - 2 * m_padX);
        m_headerHeight = std::max(m_headerHeight, box.height());
        m_header.append(box);
    }
    m_headerHeight += 2 * m_padY;

    m_cells.clear();
    m_rowHeights.clear();
    for (const Row &row : m_rows) {
        QList<LaidCell> cells;
        double height = 0;
        int column = 0;
        for (const Cell &cell : row.cells) {
            if (column >= m_columns.size())
                break;
            const int span = std::clamp(cell.span, 1, int(m_columns.size()) - column);
            double w = 0;
            for (int k = column; k < column + span; ++k)
                w += m_widths.at(k);
            LaidCell laid{TextBox(cell.text, tableStyle(row.emphasized, cell.muted), cell.boldPrefix), m_x.at(column),
                          w, cell.align.value_or(m_columns.at(column).align)};
            laid.box.layout(type, w - 2 * m_padX);
            height = std::max(height, laid.box.height());
            cells.append(laid);
            column += span;
        }
        m_cells.append(cells);
        m_rowHeights.append(height + 2 * m_padY);
    }
}

void TableBlock::paint(PaintContext &ctx, const QRectF &rect, int first, int last) const
{
    QPainter &p = ctx.painter;
    const double left = rect.left();
    const double width = m_x.isEmpty() ? rect.width() : m_x.last() + m_widths.last();
    double y = rect.top();
    for (int c = 0; c < m_header.size(); ++c) {
        const TextBox &box = m_header.at(c);
        // Header texts sit on the rule, aligned like their column.
        const double top = y + m_headerHeight - m_padY - box.height();
        box.draw(p, ctx.type, QPointF(left + m_x.at(c) + m_padX, top), m_widths.at(c) - 2 * m_padX, 0,
                 box.lineCount() - 1, m_columns.at(c).align);
    }
    y += m_headerHeight;
    p.fillRect(QRectF(left, y - pt(0.5), width, pt(0.8)), colors::ink());

    for (int r = first; r <= last && r < m_rows.size(); ++r) {
        const double h = m_rowHeights.at(r);
        if (r % 2 == 1)
            p.fillRect(QRectF(left, y, width, h), colors::zebra());
        for (const LaidCell &cell : m_cells.at(r))
            cell.box.draw(p, ctx.type, QPointF(left + cell.x + m_padX, y + m_padY), cell.width - 2 * m_padX, 0,
                          cell.box.lineCount() - 1, cell.align);
        y += h;
    }
    p.fillRect(QRectF(left, y - pt(0.2), width, pt(0.5)), colors::rule());
}

// --- Chart ------------------------------------------------------------------------------------

ChartBlock::ChartBlock(std::function<QChart *()> make, QSizeF size) : m_make(std::move(make)), m_size(size)
{
    spaceAfter = mm(3);
}

void ChartBlock::layout(const Typesetter &, double width)
{
    m_width = width;
}

void ChartBlock::paint(PaintContext &ctx, const QRectF &rect, int, int) const
{
    const double w = std::min(m_size.width(), rect.width());
    const QRectF target(rect.left() + (rect.width() - w) / 2, rect.top(), w, m_size.height());
    std::unique_ptr<QChart> chart(m_make ? m_make() : nullptr);
    if (!chart)
        return;
    // The adapter lays charts out in 96-dpi pixels of the device it paints on, so it gets the
    // target in device coordinates and an unscaled painter.
    const QRectF device = ctx.painter.transform().mapRect(target);
    ctx.painter.save();
    ctx.painter.resetTransform();
    charts::renderChart(ctx.painter, device, chart.get());
    ctx.painter.restore();
}

// --- Heatmap ----------------------------------------------------------------------------------

HeatmapBlock::HeatmapBlock(const charts::HeatmapData &data, const charts::ChartStyle &style, const TextStyle &font)
    : m_data(data), m_style(style), m_font(font)
{
    spaceAfter = mm(3);
}

void HeatmapBlock::layout(const Typesetter &type, double width)
{
    m_width = width;
    // A very long department name would make the adapter shrink the whole table; the tables
    // below the heatmap show the full names, so here they are shortened instead.
    for (QString &row : m_data.rows)
        row = type.elided(m_font, row, width * 0.4);
    // The adapter sizes the row headers with the regular font but draws the spread label bold,
    // so a spread label wider than every department name was cut off. Invisible trailing
    // no-break spaces on the first row widen the headers enough (no-op once the names are wider).
    if (!m_data.spread.isEmpty() && !m_data.rows.isEmpty()) {
        TextStyle bold = m_font;
        bold.bold = true;
        const QString label = m_data.spreadLabel;
        const double need = type.width(bold, label) + type.width(m_font, QStringLiteral("\u00a0\u00a0"));
        double widest = type.width(m_font, label);
        for (const QString &row : std::as_const(m_data.rows))
            widest = std::max(widest, type.width(m_font, row));
        const double space = std::max(1.0, type.width(m_font, QStringLiteral("\u00a0")));
        if (need > widest)
            m_data.rows.first() +=
                QString(int(std::ceil((need - type.width(m_font, m_data.rows.first())) / space)), QChar(0x00a0));
    }
    const QSizeF natural = charts::heatmapNaturalSize(m_data, m_style, type.font(m_font), type.device());
    // A little more than the natural height: the adapter gives the rows some air (up to 1.6 ×).
    m_height = natural.height() * 1.3;
    if (natural.width() > width) // the adapter shrinks the font to fit; so does the height
        m_height *= width / natural.width();
}

void HeatmapBlock::paint(PaintContext &ctx, const QRectF &rect, int, int) const
{
    ctx.painter.setFont(ctx.type.font(m_font));
    charts::paintHeatmap(ctx.painter, QRectF(rect.left(), rect.top(), rect.width(), m_height), m_data, m_style);
}

} // namespace sbr::report
