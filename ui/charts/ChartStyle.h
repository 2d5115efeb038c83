#pragma once
// How a chart looks: theme, font size and number locale. A plain value passed to every chart
// function, so the workbench (light/dark), the presentation mode (projector) and the PDF report
// draw from the same rules. The helpers derive every colour, font and pen width from it; chart
// code never hard-codes them.

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QString>

namespace sbr::charts {

struct ChartStyle {
    /// Projector: white background, black text, fonts ×1.6 and thicker lines for a beamer.
    enum class Theme { Light, Dark, Projector } theme = Theme::Light;
    /// The desktop's (or the workbench's) high-contrast scheme: a pure white (Light) or black
    /// (Dark) background, text, secondary text and axes as strong as the text, thicker lines.
    bool highContrast = false;
    double fontScale = 1.0;
    QLocale locale; ///< numbers use its decimal separator (German: 57,5)

    /// Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
    static QList<QColor> palette();

    /// The requested colour, or palette colour `index` when it is invalid; colours too close to
    /// the background (black on the dark theme) are lightened so the line stays visible.
    QColor seriesColor(const QColor &requested, int index) const;

    double effectiveFontScale() const;
    /// `base` scaled by the theme and fontScale, times `relative` (1.2 for titles).
    QFont font(const QFont &base, double relative = 1.0) const;

    QColor background() const;
    QColor foreground() const; ///< text
    QColor mutedText() const;  ///< secondary text (radial axis numbers)
    QColor gridColor() const;
    QColor neutralFill() const; ///< header and spread-row background of the heatmap

    double lineWidth(bool emphasized) const;
    double markerSize(bool emphasized) const; ///< point marker diameter

    /// A score with one decimal in the style's locale ("57,5" in German).
    QString formatScore(double value) const;

    /// Heatmap colour scale: red (0) → amber (50) → green (maximum).
    static QColor scoreColor(double value, double maximum = 100);
    /// Black or white, whichever reads better on `fill`.
    static QColor textColorOn(const QColor &fill);
};

} // namespace sbr::charts
