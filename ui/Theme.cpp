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
    for (double t = 0.45; t > 0; t -= 0.05)
        if (const QColor muted = mix(text, base, t); contrastRatio(muted, base) >= 4.5)
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
