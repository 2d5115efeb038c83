#include "Theme.h"

#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <cmath>

namespace sbr::ui::theme {

namespace {

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Fusion in Qt 6.4 outlines indicators with the window colour darkened: invisible on a dark
// palette and about 2:1 on a light one. Drawn again on top: a frame in the text colour, a third
// of the way to the base (WCAG 1.4.11 asks 3:1 for the boundary of a control).
class ReadableStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
        if (!(box || element == PE_IndicatorRadioButton))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, element == PE_IndicatorRadioButton);
        const QColor frame = mix(option->palette.color(QPalette::Text), option->palette.color(QPalette::Base), 0.35);
        painter->setPen(QPen(frame, 1.0));
        painter->setBrush(Qt::NoBrush);
        const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (box)
            painter->drawRect(r);
        else
            painter->drawEllipse(r);
        painter->restore();
    }
};

} // namespace

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

bool isHighContrast(const QPalette &palette)
{
    return contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 15 &&
           contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 15 &&
           contrastRatio(palette.color(QPalette::Highlight), palette.color(QPalette::Base)) >= 7;
}

QPalette highContrastPalette()
{
    const QColor black(Qt::black), white(Qt::white), deepBlue(0x00, 0x00, 0xA8), grey(0x59, 0x59, 0x59);
    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? grey : black; // #595959: 7:1 on white
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xF0, 0xF0, 0xF0));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, white);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, white);
        p.setColor(group, QPalette::PlaceholderText, grey);
        p.setColor(group, QPalette::Highlight, disabled ? grey : deepBlue);
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::Link, deepBlue);
        p.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x00, 0x8B));
        p.setColor(group, QPalette::ToolTipBase, white);
        p.setColor(group, QPalette::ToolTipText, black);
        // Frames and separators as dark as secondary text, so every control's edge shows.
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xE0, 0xE0, 0xE0));
        p.setColor(group, QPalette::Mid, grey);
        p.setColor(group, QPalette::Dark, grey);
        p.setColor(group, QPalette::Shadow, black);
    }
    return p;
}

QColor markBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), isDark(palette) ? 0.45 : 0.25);
}

QColor warningBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6B, 0x4A, 0x00) : QColor(0xFF, 0xD6, 0x99);
}

QColor mutedText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    const double needed = isHighContrast(palette) ? 7.0 : 4.5;
    for (double t = 0.45; t > 0; t -= 0.05)
        if (const QColor muted = mix(text, base, t); contrastRatio(muted, base) >= needed)
            return muted;
    return text;
}

QColor textOn(const QColor &fill, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    if (contrastRatio(text, fill) >= 4.5)
        return text;
    return contrastRatio(Qt::black, fill) >= contrastRatio(Qt::white, fill) ? QColor(Qt::black) : QColor(Qt::white);
}

QStyle *createStyle()
{
    return new ReadableStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

} // namespace sbr::ui::theme
