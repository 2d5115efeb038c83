#include "Heatmap.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace sbr::charts {

namespace {

QString spreadLabel(const HeatmapData &data)
{
    return data.spreadLabel.isEmpty() ? QCoreApplication::translate("sbr::charts", "Spread") : data.spreadLabel;
}

QString noDataText(const HeatmapData &data)
{
    return data.noDataText.isEmpty() ? QStringLiteral("–") : data.noDataText;
}

QString hiddenText(const HeatmapData &data, int row)
{
    if (row >= 0 && row < data.hiddenTexts.size() && !data.hiddenTexts.at(row).isEmpty())
        return data.hiddenTexts.at(row);
    return data.hiddenText.isEmpty() ? QCoreApplication::translate("sbr::charts", "too few respondents")
                                     : data.hiddenText;
}

bool hasSpreadRow(const HeatmapData &data)
{
    return !data.spread.isEmpty();
}

bool isHidden(const HeatmapData &data, int row)
{
    return row < data.hiddenRows.size() && data.hiddenRows.at(row);
}

std::optional<double> valueAt(const Values &values, int column)
{
    return column < values.size() ? values.at(column) : std::nullopt;
}

struct Fonts {
    QFont font, header, title;
};

Fonts makeFonts(const QFont &base, const ChartStyle &style, double shrink)
{
    Fonts f{style.font(base, shrink), {}, style.font(base, 1.25 * shrink)};
    f.header = f.font;
    f.header.setBold(true);
    f.title.setBold(true);
    return f;
}

// Everything measured from the fonts; the layout then only distributes spare room.
struct Metrics {
    double margin = 0, pad = 0, vpad = 0, rowHeight = 0, rowHeaderWidth = 0, columnWidth = 0, titleHeight = 0;
    QSizeF size;
};

double headerHeight(const HeatmapData &data, const Fonts &fonts, const QPaintDevice *device, double columnWidth,
                    double pad, double vpad)
{
    const QFontMetricsF fm(fonts.header, device);
    double height = fm.height();
    for (const QString &column : data.columns) {
        const QRectF box(0, 0, std::max(1.0, columnWidth - 2 * pad), 1e6);
        height = std::max(height, fm.boundingRect(box, Qt::TextWordWrap | Qt::AlignHCenter, column).height());
    }
    return height + 2 * vpad;
}

Metrics measure(const HeatmapData &data, const ChartStyle &style, const Fonts &fonts, const QPaintDevice *device)
{
    const QFontMetricsF fm(fonts.font, device), hfm(fonts.header, device), tfm(fonts.title, device);
    Metrics m;
    m.margin = fm.height() * 0.4;
    m.pad = fm.height() * 0.5;
    m.vpad = fm.height() * 0.35;
    m.rowHeight = fm.height() + 2 * m.vpad;

    for (const QString &label : data.rows)
        m.rowHeaderWidth = std::max(m.rowHeaderWidth, fm.horizontalAdvance(label));
    if (hasSpreadRow(data)) // drawn in the bold header font: measure it so
        m.rowHeaderWidth = std::max(m.rowHeaderWidth, hfm.horizontalAdvance(spreadLabel(data)));
    m.rowHeaderWidth += 2 * m.pad;

    m.columnWidth = std::max(fm.horizontalAdvance(style.formatScore(100.0)), fm.horizontalAdvance(noDataText(data)));
    for (const QString &column : data.columns) {
        // Column headers wrap at spaces, so a column is at least as wide as its longest word,
        // and about a dozen characters wide when the header has that many.
        double longestWord = 0;
        for (const QString &word : column.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, hfm.horizontalAdvance(word));
        const double preferred = std::min(hfm.horizontalAdvance(column), hfm.averageCharWidth() * 12);
        m.columnWidth = std::max({m.columnWidth, longestWord, preferred});
    }
    m.columnWidth += 2 * m.pad;

    const auto columns = double(data.columns.size());
    if (columns > 0 && data.hiddenRows.contains(true)) {
        for (int row = 0; row < data.hiddenRows.size(); ++row)
            if (data.hiddenRows.at(row)) {
                const double hiddenWidth = fm.horizontalAdvance(hiddenText(data, row)) + 2 * m.pad;
                m.columnWidth = std::max(m.columnWidth, hiddenWidth / columns);
            }
    }
    m.titleHeight = data.title.isEmpty() ? 0.0 : tfm.height() * 1.6;

    const auto rows = double(data.rows.size() + (hasSpreadRow(data) ? 1 : 0));
    m.size = QSizeF(m.rowHeaderWidth + columns * m.columnWidth + 2 * m.margin,
                    m.titleHeight + headerHeight(data, fonts, device, m.columnWidth, m.pad, m.vpad) +
                        rows * m.rowHeight + 2 * m.margin);
    return m;
}

} // namespace

QSizeF heatmapNaturalSize(const HeatmapData &data, const ChartStyle &style, const QFont &base,
                          const QPaintDevice *device)
{
    return measure(data, style, makeFonts(base, style, 1.0), device).size;
}

QSizeF heatmapMinimumSize(const HeatmapData &data, const ChartStyle &style, const QFont &base,
                          const QPaintDevice *device)
{
    const Fonts fonts = makeFonts(base, style, 1.0);
    const Metrics m = measure(data, style, fonts, device);
    const double shortest = QFontMetricsF(fonts.font, device).averageCharWidth() * 12 + 2 * m.pad;
    return {m.size.width() - std::max(0.0, m.rowHeaderWidth - shortest), m.size.height()};
}

QString heatmapHiddenText(const HeatmapData &data, int row)
{
    return hiddenText(data, row);
}

QString heatmapRowLabel(const HeatmapData &data, int row)
{
    return row < data.rows.size() ? data.rows.at(row) : spreadLabel(data);
}

HeatmapLayout layoutHeatmap(const QRectF &rect, const HeatmapData &data, const ChartStyle &style, const QFont &base,
                            const QPaintDevice *device, double minimumShrink)
{
    Fonts fonts = makeFonts(base, style, 1.0);
    Metrics m = measure(data, style, fonts, device);
    HeatmapLayout layout;
    layout.naturalSize = m.size;

    // Too small: shrink the font (text metrics are not linear in the size, so measure again).
    double shrink = 1.0;
    for (int attempt = 0; attempt < 4 && shrink > minimumShrink; ++attempt) {
        if (m.size.isEmpty())
            break;
        const double fit = std::min(rect.width() / m.size.width(), rect.height() / m.size.height());
        if (fit >= 1.0)
            break;
        shrink = std::max(minimumShrink, shrink * fit * 0.98);
        fonts = makeFonts(base, style, shrink);
        m = measure(data, style, fonts, device);
    }
    layout.font = fonts.font;
    layout.headerFont = fonts.header;
    layout.titleFont = fonts.title;

    const QRectF area = rect.adjusted(m.margin, m.margin, -m.margin, -m.margin);
    const int columns = int(data.columns.size());
    const int rows = int(data.rows.size()) + (hasSpreadRow(data) ? 1 : 0);
    // Even at the smallest font too wide: the row headers give way first (they are elided); on
    // paper down to a third of the width, on screen down to what the columns leave them.
    const double rowHeaderFloor = minimumShrink < 1.0 ? area.width() * 0.35 : 0.0;
    const double rowHeaderWidth =
        columns > 0 ? std::min(m.rowHeaderWidth, std::max(area.width() - columns * m.columnWidth, rowHeaderFloor))
                    : area.width();
    // Spare width widens the columns, but not beyond three times their need: a table spread
    // over a whole wide window is harder to read than a compact one.
    const double columnWidth =
        columns > 0 ? std::min((area.width() - rowHeaderWidth) / columns, m.columnWidth * 3.0) : 0.0;
    const double tableWidth = rowHeaderWidth + columns * columnWidth;
    const double left = area.left() + std::max(0.0, (area.width() - tableWidth) / 2.0);

    const double header = headerHeight(data, fonts, device, columnWidth, m.pad, m.vpad);
    double rowHeight = m.rowHeight;
    const double available = area.height() - m.titleHeight - header;
    if (rows > 0 && available > rows * rowHeight)
        rowHeight = std::min(available / rows, rowHeight * 1.6);

    double y = area.top();
    if (m.titleHeight > 0)
        layout.title = QRectF(left, y, tableWidth, m.titleHeight);
    y += m.titleHeight;
    for (int c = 0; c < columns; ++c)
        layout.columnHeaders << QRectF(left + rowHeaderWidth + c * columnWidth, y, columnWidth, header);
    y += header;
    for (int r = 0; r < rows; ++r) {
        layout.rowHeaders << QRectF(left, y, rowHeaderWidth, rowHeight);
        QList<QRectF> cells;
        for (int c = 0; c < columns; ++c)
            cells << QRectF(left + rowHeaderWidth + c * columnWidth, y, columnWidth, rowHeight);
        layout.cells << cells;
        y += rowHeight;
    }
    return layout;
}

void paintHeatmap(QPainter &painter, const QRectF &rect, const HeatmapData &data, const ChartStyle &style,
                  double minimumShrink)
{
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip); // a rect too small even for the smallest text cuts off, never spills
    painter.fillRect(rect, style.background());
    const HeatmapLayout layout = layoutHeatmap(rect, data, style, painter.font(), painter.device(), minimumShrink);
    const QFontMetricsF fm(layout.font, painter.device());
    const double pad = fm.height() * 0.5;
    const double gap = std::max(1.0, fm.height() * 0.08); // background seams between cells

    if (!layout.title.isEmpty()) {
        painter.setFont(layout.titleFont);
        painter.setPen(style.foreground());
        painter.drawText(layout.title, Qt::AlignLeft | Qt::AlignVCenter, data.title);
    }

    painter.setFont(layout.headerFont);
    painter.setPen(style.foreground());
    for (int c = 0; c < layout.columnHeaders.size(); ++c)
        painter.drawText(layout.columnHeaders.at(c).adjusted(pad, 0, -pad, -gap * 2),
                         Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, data.columns.at(c));

    auto drawCell = [&](const QRectF &cell, const QColor &fill, const QColor &textColor, const QString &text) {
        const QRectF inner = cell.adjusted(gap / 2, gap / 2, -gap / 2, -gap / 2);
        painter.fillRect(inner, fill);
        painter.setPen(textColor);
        painter.drawText(inner, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, inner.width()));
    };

    for (int r = 0; r < layout.rowHeaders.size(); ++r) {
        const bool spreadRow = r >= data.rows.size();
        const QRectF header = layout.rowHeaders.at(r).adjusted(0, 0, -pad / 2, 0);
        const QString label = heatmapRowLabel(data, r);
        painter.setFont(spreadRow ? layout.headerFont : layout.font);
        painter.setPen(style.foreground());
        const QFontMetricsF labelMetrics(spreadRow ? layout.headerFont : layout.font, painter.device());
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                         labelMetrics.elidedText(label, Qt::ElideRight, header.width()));
        painter.setFont(layout.font);
        const QList<QRectF> &cells = layout.cells.at(r);
        if (cells.isEmpty())
            continue;

        if (spreadRow) {
            // A rule above keeps the spread from being read as one more department.
            painter.setPen(QPen(style.mutedText(), gap));
            painter.drawLine(QLineF(cells.first().topLeft(), cells.last().topRight()));
            for (int c = 0; c < cells.size(); ++c) {
                const std::optional<double> v = valueAt(data.spread, c);
                drawCell(cells.at(c), style.neutralFill(), style.foreground(),
                         v ? style.formatScore(*v) : noDataText(data));
            }
        } else if (isHidden(data, r)) {
            QFont italic = layout.font;
            italic.setItalic(true);
            painter.setFont(italic);
            drawCell(cells.first().united(cells.last()), style.neutralFill(), style.mutedText(), hiddenText(data, r));
        } else {
            const Values values = r < data.values.size() ? data.values.at(r) : Values{};
            for (int c = 0; c < cells.size(); ++c) {
                const std::optional<double> v = valueAt(values, c);
                if (v) {
                    const QColor fill = ChartStyle::scoreColor(*v);
                    drawCell(cells.at(c), fill, ChartStyle::textColorOn(fill), style.formatScore(*v));
                } else {
                    drawCell(cells.at(c), style.background(), style.mutedText(), noDataText(data));
                    painter.setPen(QPen(style.neutralFill(), gap));
                    painter.drawRect(cells.at(c).adjusted(gap, gap, -gap, -gap));
                }
            }
        }
    }
    painter.restore();
}

QImage renderHeatmap(const HeatmapData &data, const ChartStyle &style, QSize size, qreal devicePixelRatio)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(style.background());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintHeatmap(painter, QRectF(QPointF(0, 0), QSizeF(size)), data, style);
    return image;
}

bool saveHeatmapSvg(const HeatmapData &data, const ChartStyle &style, QSizeF size, const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setResolution(96); // so `size` means the same pixels as on screen
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(data.title);
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paintHeatmap(painter, QRectF(QPointF(0, 0), size), data, style);
    return painter.end();
}

} // namespace sbr::charts
