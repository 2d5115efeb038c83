#pragma once
// Colours of the workbench derived from the current palette, so that light, dark and the
// desktop's own colour scheme read alike, and the contrast arithmetic of WCAG 2.1 (§1.4.3 text
// 4.5:1, §1.4.11 controls 3:1) the colours are chosen and tested with.

#include <QColor>
#include <QPalette>

class QStyle;

namespace sbr::ui::theme {

/// Relative luminance of `c` (WCAG 2.1, 0 = black … 1 = white).
double luminance(const QColor &c);
/// Contrast ratio of two opaque colours (WCAG 2.1): 1 (same) … 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

/// True when the palette's window is dark (text lighter than background).
bool isDark(const QPalette &palette);
/// True for a high-contrast palette (the workbench's own or the desktop's, black on white or
/// white on black): text at 15:1 or more on window and base, and a highlight that stands out
/// from the base at 7:1 (an ordinary palette's pale blue reaches about 3.5:1).
bool isHighContrast(const QPalette &palette);
/// The workbench's high-contrast palette: black on white, a deep blue highlight, frames and
/// disabled text that keep 7:1 (WCAG 2.1 AAA).
QPalette highContrastPalette();

/// Background of a marked passage inside text (the chosen level): the highlight colour
/// softened towards the base, so the palette's normal text stays readable on it.
QColor markBackground(const QPalette &palette);
/// Background of a cell that needs attention (disagreement): amber, pale or deep by scheme.
QColor warningBackground(const QPalette &palette);
/// Secondary text (something not yet usable, a hint): the text colour softened towards the
/// base, but never below 4.5:1 on the base (7:1 in a high-contrast palette).
QColor mutedText(const QPalette &palette);
/// The palette's text colour when it reads with at least 4.5:1 on `fill`, else black or white,
/// whichever reads better.
QColor textOn(const QColor &fill, const QPalette &palette);

/// The application style with frames of check boxes and radio buttons that keep 3:1 against the
/// window in light and dark (Qt 6.4's Fusion draws them nearly in the background colour on a
/// dark palette). Owned by the caller
/// (hand it to QApplication::setStyle).
QStyle *createStyle();

} // namespace sbr::ui::theme
