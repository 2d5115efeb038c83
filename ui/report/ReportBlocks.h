#pragma once
// The blocks a report is made of: page break, spacer, heading, paragraph, key figures, table,
// chart (through the chart adapter, as vectors) and heatmap. Each owns copies of its data.

#include "ReportLayout.h"

#include "ChartData.h"
#include "ChartStyle.h"

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace sbr::report {

class PageBreakBlock : public Block {
public:
    void layout(const Typesetter &, double) override {}
    double unitHeight(int) const override { return 0; }
    void paint(PaintContext &, const QRectF &, int, int) const override {}
    bool isPageBreak() const override { return true; }
};

class SpacerBlock : public Block {
public:
    explicit SpacerBlock(double height) : m_height(height) {}
    void layout(const Typesetter &, double) override {}
    double unitHeight(int) const override { return m_height; }
    void paint(PaintContext &, const QRectF &, int, int) const override {}

private:
    double m_height;
};

/// A section heading; level 1 has a rule under it. Kept with what follows.
class HeadingBlock : public Block {
public:
    HeadingBlock(const QString &text, int level);
    void layout(const Typesetter &type, double width) override;
    double unitHeight(int) const override;
    void paint(PaintContext &ctx, const QRectF &rect, int first, int last) const override;

private:
    TextBox m_text;
    int m_level;
};

/// Wrapped text, split between lines across pages; optional bullet or number in a hanging indent.
class ParagraphBlock : public Block {
public:
    ParagraphBlock(const QString &text, const TextStyle &style, const QString &bullet = QString(), int boldPrefix = 0);
    void layout(const Typesetter &type, double width) override;
    int units() const override { return m_text.lineCount(); }
    double unitHeight(int) const override { return m_text.lineHeight(); }
    void paint(PaintContext &ctx, const QRectF &rect, int first, int last) const override;

private:
    TextBox m_text;
    QString m_bullet;
    double m_indent = 0;
};

/// A row of highlighted figures: a small label, a large value, a caption under it.
class KeyFiguresBlock : public Block {
public:
    struct Figure {
        QString label, value, caption;
    };
    explicit KeyFiguresBlock(const QList<Figure> &figures);
    void layout(const Typesetter &type, double width) override;
    double unitHeight(int) const override { return m_height; }
    void paint(PaintContext &ctx, const QRectF &rect, int first, int last) const override;

private:
    struct Box {
        TextBox label, value, caption;
    };
    QList<Box> m_boxes;
    double m_height = 0, m_boxWidth = 0;
};

/// A table: header row repeated after page breaks, wrapped cells, right-aligned numbers,
/// zebra rows and light rules. A cell may span several columns ("too few respondents").
class TableBlock : public Block {
public:
    struct Column {
        QString title;
        double width = 0; ///< dots; 0 = share the remaining width
        Qt::Alignment align = Qt::AlignLeft;
    };
    struct Cell {
        QString text;
        int span = 1;
        bool muted = false; ///< italic, secondary colour
        std::optional<Qt::Alignment> align;
        int boldPrefix = 0; ///< the first characters in bold (a title above its note)
    };
    struct Row {
        QList<Cell> cells;
        bool emphasized = false; ///< bold (the company row)
    };
    TableBlock(const QList<Column> &columns, const QList<Row> &rows);
    void layout(const Typesetter &type, double width) override;
    int units() const override { return int(m_rows.size()); }
    double unitHeight(int unit) const override { return m_rowHeights.at(unit); }
    double headerHeight() const override { return m_headerHeight; }
    void paint(PaintContext &ctx, const QRectF &rect, int first, int last) const override;

    static Cell text(const QString &t) { return {t, 1, false, {}}; }

private:
    struct LaidCell {
        TextBox box;
        double x = 0, width = 0;
        Qt::Alignment align;
    };
    QList<Column> m_columns;
    QList<Row> m_rows;
    QList<double> m_x, m_widths;
    QList<TextBox> m_header;
    QList<QList<LaidCell>> m_cells;
    QList<double> m_rowHeights;
    double m_headerHeight = 0, m_padX = 0, m_padY = 0;
};

/// A Qt Charts chart made by the adapter, drawn as vectors at a fixed size, centred. The chart
/// is made when the page is painted and deleted afterwards.
class ChartBlock : public Block {
public:
    ChartBlock(std::function<QChart *()> make, QSizeF size);
    void layout(const Typesetter &, double width) override;
    double unitHeight(int) const override { return m_size.height(); }
    void paint(PaintContext &ctx, const QRectF &rect, int first, int last) const override;

private:
    std::function<QChart *()> m_make;
    QSizeF m_size;
    double m_width = 0;
};

/// The departments × dimensions heatmap of the adapter, at its natural height for `font`.
class HeatmapBlock : public Block {
public:
    HeatmapBlock(const charts::HeatmapData &data, const charts::ChartStyle &style, const TextStyle &font);
    void layout(const Typesetter &type, double width) override;
    double unitHeight(int) const override { return m_height; }
    void paint(PaintContext &ctx, const QRectF &rect, int first, int last) const override;

private:
    charts::HeatmapData m_data;
    charts::ChartStyle m_style;
    TextStyle m_font;
    double m_height = 0, m_width = 0;
};

} // namespace sbr::report
