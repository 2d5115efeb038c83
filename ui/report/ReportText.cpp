#include "ReportText.h"

#include "i18n/Translator.h"

#include <QCoreApplication>

namespace sbr::report {

namespace {
constexpr const char *kContext = "sbr::report";
} // namespace

QStringList ReportText::untranslated()
{
    return i18n::untranslated();
}

ReportText::ReportText(const QString &lang)
    : m_german(lang == u"de"),
      m_locale(m_german ? QLocale(QLocale::German, QLocale::Germany) : QLocale(QLocale::English, QLocale::UnitedStates))
{
}

QString ReportText::operator()(const char *source) const
{
    return i18n::translate(lang(), kContext, source);
}

QString ReportText::plural(const char *source, int n) const
{
    return i18n::translate(lang(), kContext, source, n);
}

QString ReportText::number(std::optional<double> value, int decimals) const
{
    return value ? m_locale.toString(*value, 'f', decimals) : QStringLiteral("–");
}

QString ReportText::change(std::optional<double> value) const
{
    if (!value)
        return QStringLiteral("–");
    return (*value > 0 ? QStringLiteral("+") : QString()) + m_locale.toString(*value, 'f', 1);
}

QString ReportText::date(const QDate &d) const
{
    return m_locale.toString(d, m_german ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy"));
}

QString ReportText::shortDate(const QDate &d) const
{
    if (!d.isValid())
        return QStringLiteral("–");
    return d.toString(m_german ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd"));
}

QString ReportText::quoted(const QString &text) const
{
    return m_german ? QStringLiteral("„%1“").arg(text) : QStringLiteral("“%1”").arg(text);
}

QString ReportText::stageMeaning(int stage) const
{
    static const char *const meanings[] = {
        QT_TRANSLATE_NOOP("sbr::report", "Social media is used here and there, without shared goals; what works "
                                         "depends on single people."),
        QT_TRANSLATE_NOOP("sbr::report", "First projects are running, mostly inside one department; goals, "
                                         "ownership and budget are still open."),
        QT_TRANSLATE_NOOP("sbr::report", "Goals and responsibilities are agreed and several departments work "
                                         "together; strategy and measurement do not yet reach every part of the "
                                         "company."),
        QT_TRANSLATE_NOOP("sbr::report", "Social media is part of the business processes and of management; its "
                                         "indicators feed into decisions."),
        QT_TRANSLATE_NOOP("sbr::report", "Open exchange with customers, partners and employees shapes the whole "
                                         "company and keeps developing."),
    };
    if (stage < 1 || stage > 5)
        return {};
    return (*this)(meanings[stage - 1]);
}

QString ReportText::effort(const QString &key) const
{
    if (key == u"low")
        return (*this)(QT_TRANSLATE_NOOP("sbr::report", "low effort"));
    if (key == u"high")
        return (*this)(QT_TRANSLATE_NOOP("sbr::report", "high effort"));
    return (*this)(QT_TRANSLATE_NOOP("sbr::report", "medium effort"));
}

QString ReportText::effortLevel(const QString &key) const
{
    if (key == u"low")
        return (*this)(QT_TRANSLATE_NOOP("sbr::report", "low"));
    if (key == u"high")
        return (*this)(QT_TRANSLATE_NOOP("sbr::report", "high"));
    return (*this)(QT_TRANSLATE_NOOP("sbr::report", "medium"));
}

} // namespace sbr::report
