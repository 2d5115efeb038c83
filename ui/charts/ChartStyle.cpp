#include "ChartStyle.h"

#include <QtMath>

#include <algorithm>

namespace sbr::charts {

namespace {

// WCAG relative luminance: decides text colour and whether a series needs lightening.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

} // namespace

QList<QColor> ChartStyle::palette()
{
    // Okabe & Ito (2008). Blue first: it is the company line in most charts. Yellow and black
    // come last, because yellow is weak on white and black vanishes on the dark theme.
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
            QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
}

QColor ChartStyle::seriesColor(const QColor &requested, int index) const
{
    const QList<QColor> colours = palette();
    QColor c = requested.isValid() ? requested : colours.at(std::max(index, 0) % colours.size());
    // A line needs about 1.5:1 against its background to be found at all.
    for (int step = 0; step < 6 && contrast(c, background()) < 1.5; ++step)
        c = mix(c, foreground(), 0.35);
    return c;
}

double ChartStyle::effectiveFontScale() const
{
    return std::max(0.25, fontScale) * (theme == Theme::Projector ? 1.6 : 1.0);
}

QFont ChartStyle::font(const QFont &base, double relative) const
{
    QFont f = base;
    const double size = base.pointSizeF() > 0 ? base.pointSizeF() : 9.0;
    f.setPointSizeF(size * effectiveFontScale() * relative);
    return f;
}

QColor ChartStyle::background() const
{
    if (theme == Theme::Dark)
        return highContrast ? QColor(Qt::black) : QColor(0x20, 0x22, 0x25);
    return QColor(Qt::white);
}

QColor ChartStyle::foreground() const
{
    if (highContrast)
        return theme == Theme::Dark ? QColor(Qt::white) : QColor(Qt::black);
    switch (theme) {
    case Theme::Dark:
        return QColor(0xE8, 0xE8, 0xE8);
    case Theme::Projector:
        return QColor(Qt::black);
    case Theme::Light:
        break;
    }
    return QColor(0x20, 0x20, 0x20);
}

QColor ChartStyle::mutedText() const
{
    if (highContrast)
        return foreground();
    switch (theme) {
    case Theme::Dark:
        return QColor(0xA8, 0xA8, 0xA8);
    case Theme::Projector:
        return QColor(0x30, 0x30, 0x30);
    case Theme::Light:
        break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QColor ChartStyle::gridColor() const
{
    if (highContrast) // 7:1 on the background: axes and rings as clear as a control's frame
        return theme == Theme::Dark ? QColor(0xA0, 0xA0, 0xA0) : QColor(0x59, 0x59, 0x59);
    switch (theme) {
    case Theme::Dark:
        return QColor(0x5A, 0x5E, 0x64);
    case Theme::Projector:
        return QColor(0x70, 0x70, 0x70); // high contrast on a washed-out beamer
    case Theme::Light:
        break;
    }
    return QColor(0xC8, 0xC8, 0xC8);
}

QColor ChartStyle::neutralFill() const
{
    if (highContrast)
        return theme == Theme::Dark ? QColor(0x33, 0x33, 0x33) : QColor(0xE0, 0xE0, 0xE0);
    switch (theme) {
    case Theme::Dark:
        return QColor(0x38, 0x3B, 0x40);
    case Theme::Projector:
        return QColor(0xD8, 0xD8, 0xD8);
    case Theme::Light:
        break;
    }
    return QColor(0xEC, 0xEC, 0xEC);
}

double ChartStyle::lineWidth(bool emphasized) const
{
    const double base = emphasized ? 3.5 : 2.0;
    return theme == Theme::Projector ? base * 1.6 : highContrast ? base * 1.5 : base;
}

double ChartStyle::markerSize(bool emphasized) const
{
    const double base = emphasized ? 10.0 : 7.0;
    return theme == Theme::Projector || highContrast ? base * 1.5 : base;
}

QString ChartStyle::formatScore(double value) const
{
    return locale.toString(value, 'f', 1);
}

QColor ChartStyle::scoreColor(double value, double maximum)
{
    // Interpolated in HSV: in RGB the way from amber to green passes through olive browns.
    // Saturation is toned down a little, so a page full of cells does not glare.
    static const QColor red(0xD7, 0x30, 0x27), amber(0xF5, 0xB0, 0x41), green(0x1A, 0x98, 0x50);
    const double t = maximum > 0 ? std::clamp(value / maximum, 0.0, 1.0) : 0.0;
    const QColor &from = t < 0.5 ? red : amber;
    const QColor &to = t < 0.5 ? amber : green;
    const double u = t < 0.5 ? t * 2.0 : (t - 0.5) * 2.0;
    auto lerp = [u](double a, double b) { return float(a + (b - a) * u); };
    return QColor::fromHsvF(lerp(from.hsvHueF(), to.hsvHueF()), lerp(from.hsvSaturationF(), to.hsvSaturationF()) * 0.8f,
                            lerp(from.valueF(), to.valueF()));
}

QColor ChartStyle::textColorOn(const QColor &fill)
{
    return contrast(fill, Qt::black) >= contrast(fill, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace sbr::charts
