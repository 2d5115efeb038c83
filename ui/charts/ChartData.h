#pragma once
// The plain data the chart adapter draws. Callers (the workbench pages, the PDF report) turn
// scores into these structs; nothing here knows about core or storage types, so the drawing
// library behind the adapter (Qt Charts today) can be replaced without touching the callers.
// Scores are on the 0..100 scale of the scoring method; std::nullopt means "no value" and is
// never drawn as 0.

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sbr::charts {

using Values = QList<std::optional<double>>;

/// One line of a radar or trend chart. An invalid colour takes the next palette colour.
struct Series {
    QString name;
    Values values; ///< one per axis (radar) or per round (trend); nullopt leaves a gap
    QColor color;
    bool emphasized = false; ///< the company line: thicker, with larger markers
    bool dashed = false;     ///< e.g. the comparison round on the radar
};

/// Radar ("spider") chart: one spoke per axis, clockwise from the top.
struct RadarData {
    QString title;
    QStringList axes; ///< at least 3, e.g. the five dimension titles
    QList<Series> series;
    Values bandLower, bandUpper; ///< peer band (mean ± sd) per axis; empty = no band
    QString bandName;            ///< legend text of the band; empty = no legend entry
    double maximum = 100;
};

/// Line chart over rounds.
struct TrendData {
    QString title;
    QStringList rounds; ///< x categories, in date order
    QList<Series> series;
    double maximum = 100;
};

/// Departments × dimensions table with a colour scale.
struct HeatmapData {
    QString title;
    QStringList rows;       ///< departments
    QStringList columns;    ///< dimensions
    QList<Values> values;   ///< rows × columns; nullopt = no data
    Values spread;          ///< per column (max − min); shown as an extra last row when not empty
    QString spreadLabel;    ///< e.g. "Spread"; empty = translated default
    QString noDataText;     ///< e.g. "–"; empty = "–"
    QList<bool> hiddenRows; ///< anonymity: such a row shows hiddenText instead of numbers
    QString hiddenText;     ///< empty = translated default ("too few respondents")
    /// Per row, when not empty: the text of a hidden row that is not hidden for its own size
    /// ("hidden to protect another department"); an empty entry falls back to hiddenText.
    QStringList hiddenTexts;
};

} // namespace sbr::charts
