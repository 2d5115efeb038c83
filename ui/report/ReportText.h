#pragma once
// The report's own fixed texts and number formats in the report language ("de" or "en").
// The report language is chosen per report and may differ from the language of the user
// interface, so these texts do not go through the installed QTranslator but through
// i18n::translate, which reads the same embedded .qm files for the language asked for. The
// texts are marked at their call sites with QT_TRANSLATE_NOOP("sbr::report", …) (or
// QT_TRANSLATE_N_NOOP for counts) so that lupdate files them under that context. Numbers use
// QLocale(lang), one decimal, exactly as the dashboard formats them.

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace sbr::report {

class ReportText {
public:
    /// "de" for German, anything else gives English.
    explicit ReportText(const QString &lang);

    QString lang() const { return m_german ? QStringLiteral("de") : QStringLiteral("en"); }
    bool german() const { return m_german; }
    QLocale locale() const { return m_locale; }

    /// The English `source`, marked with QT_TRANSLATE_NOOP("sbr::report", …), in the report language.
    QString operator()(const char *source) const;
    /// A text with a count, marked with QT_TRANSLATE_N_NOOP("sbr::report", …): the plural form
    /// for n, with "%Ln" replaced by n in the report's number format.
    QString plural(const char *source, int n) const;

    /// One decimal in the report locale ("50,7"); "–" when there is no value.
    QString number(std::optional<double> value, int decimals = 1) const;
    /// A change with its sign ("+8,5", "-2,0"), as the dashboard shows it; "–" without value.
    QString change(std::optional<double> value) const;
    /// "16. September 2026" / "16 September 2026".
    QString date(const QDate &date) const;
    /// A date in a table: "16.02.2026" in German, ISO "2026-02-16" in English; "–" when invalid.
    QString shortDate(const QDate &date) const;
    /// „text“ in German, “text” in English.
    QString quoted(const QString &text) const;

    /// What a stage means, in a sentence or two.
    QString stageMeaning(int stage) const;
    /// Effort of a measure from its key ("low", "medium", "high").
    QString effort(const QString &key) const;
    /// Just the level: "gering" / "low".
    QString effortLevel(const QString &key) const;

    /// Texts asked for since the program started that the .qm file of their language lacks
    /// (see i18n::untranslated; the tests check that a report leaves this empty).
    static QStringList untranslated();

private:
    bool m_german;
    QLocale m_locale;
};

} // namespace sbr::report
