#include "ChartParts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QFontInfo>
#include <QGuiApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>

#include <algorithm>

namespace sbr::charts::detail {

QString richText(const QString &plain)
{
    return plain.toHtmlEscaped();
}

QFont sceneFont(const QFont &font)
{
    QFont scene = font;
    scene.setPixelSize(std::max(1, QFontInfo(font).pixelSize()));
    return scene;
}

QStringList uniqueRichLabels(const QStringList &labels)
{
    QStringList result;
    QSet<QString> seen;
    for (QString label : labels) {
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        result << richText(label);
    }
    return result;
}

ChartLegend *applyChartStyle(QChart *chart, const QString &title, const ChartStyle &style)
{
    const QFont base = QGuiApplication::font();
    chart->setBackgroundBrush(style.background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0); // the report places charts edge to edge
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation); // a picture must be final the moment it is drawn
    chart->setLocalizeNumbers(true);
    chart->setLocale(style.locale);

    chart->setTitle(richText(title));
    QFont titleFont = style.font(base, 1.25);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(style.foreground());

    return new ChartLegend(chart, style);
}

void applyAxisStyle(QAbstractAxis *axis, const ChartStyle &style)
{
    axis->setLabelsFont(style.font(QGuiApplication::font()));
    axis->setLabelsColor(style.foreground());
    QPen grid(style.gridColor(), style.theme == ChartStyle::Theme::Projector ? 1.5 : 1.0);
    grid.setCosmetic(true);
    axis->setGridLinePen(grid);
    QPen line(style.mutedText(), style.theme == ChartStyle::Theme::Projector ? 2.0 : 1.0);
    line.setCosmetic(true);
    axis->setLinePen(line);
    axis->setShadesVisible(false);
    axis->setTitleVisible(false);
}

QList<QList<QPointF>> presentRuns(const Values &values, double maximum, bool closeRing)
{
    Values sequence = values;
    if (closeRing && !sequence.isEmpty())
        sequence << sequence.first();

    QList<QList<QPointF>> runs;
    QList<QPointF> current;
    for (int i = 0; i < sequence.size(); ++i) {
        if (!sequence.at(i)) {
            if (!current.isEmpty())
                runs << current;
            current.clear();
            continue;
        }
        current << QPointF(i, std::clamp(*sequence.at(i), 0.0, maximum));
    }
    if (!current.isEmpty())
        runs << current;

    // The closing point alone is the first value again, which its own run already draws.
    if (closeRing && runs.size() > 1 && runs.last().size() == 1)
        runs.removeLast();
    return runs;
}

LegendEntry addLineSeries(QChart *chart, const QList<QAbstractAxis *> &axes, const Series &series,
                          const QList<QList<QPointF>> &runs, const QColor &color, const ChartStyle &style)
{
    QPen pen(color, style.lineWidth(series.emphasized), series.dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap,
             Qt::RoundJoin);
    if (series.dashed)
        pen.setDashPattern({3.0, 2.0}); // in pen widths: short dashes still show between the markers

    QList<QPointF> markers;
    const QList<QList<QPointF>> pieces = runs.isEmpty() ? QList<QList<QPointF>>{{}} : runs;
    for (const QList<QPointF> &piece : pieces) {
        auto *line = new QLineSeries;
        line->setName(series.name);
        line->append(piece);
        line->setPen(pen);
        chart->addSeries(line);
        for (QAbstractAxis *axis : axes)
            line->attachAxis(axis);
        markers << piece;
    }
    // Qt 6.4 sizes a line series' own point markers from its pen width (and in a polar chart
    // strokes them once more), ignoring setMarkerSize(); a scatter series gets them right.
    auto *points = new QScatterSeries;
    points->setName(series.name);
    points->append(markers);
    points->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    points->setMarkerSize(style.markerSize(series.emphasized));
    points->setColor(color);
    points->setBorderColor(style.background()); // a thin ring keeps overlapping markers apart
    chart->addSeries(points);
    for (QAbstractAxis *axis : axes)
        points->attachAxis(axis);
    return {series.name, pen, {}, false, style.markerSize(series.emphasized)};
}

QList<int> drawingOrder(const QList<Series> &series)
{
    QList<int> order;
    for (int pass : {0, 1})
        for (int i = 0; i < series.size(); ++i)
            if (series.at(i).emphasized == (pass == 1))
                order << i;
    return order;
}

} // namespace sbr::charts::detail
