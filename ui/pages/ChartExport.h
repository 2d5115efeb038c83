#pragma once
// Saving and copying the dashboard's pictures: a context menu on every chart offers PNG at
// twice the screen resolution (sharp on slides), SVG (vectors) and the clipboard.

#include <QString>

class QWidget;

namespace sbr::charts {
class ChartView;
class HeatmapWidget;
} // namespace sbr::charts

namespace sbr::ui {

class ChartExport {
public:
    static void attach(charts::ChartView *view, const QString &baseName);
    static void attach(charts::HeatmapWidget *heatmap, const QString &baseName);

    /// Writes the view's chart as PNG (2x) or SVG by the file's suffix; false with *error.
    static bool save(charts::ChartView *view, const QString &path, QString *error);
    static bool save(charts::HeatmapWidget *heatmap, const QString &path, QString *error);
};

} // namespace sbr::ui
