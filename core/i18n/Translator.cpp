#include "Translator.h"

#include <QLocale>
#include <QMutex>
#include <QSet>
#include <QTranslator>
#include <QtDebug>

#include <map>
#include <memory>

namespace sbr::i18n {

namespace {

// Each language's file is loaded on first use and kept until the program ends. QTranslator
// is not documented as thread-safe, so every look-up holds the mutex; it is cheap.
struct Catalogue {
    QMutex mutex;
    std::map<QString, std::unique_ptr<QTranslator>> translators;
    QSet<QString> missing;
};

Catalogue &catalogue()
{
    static Catalogue c;
    return c;
}

/// nullptr when the language has no embedded file. The caller holds the mutex.
const QTranslator *translatorFor(Catalogue &c, const QString &language)
{
    auto it = c.translators.find(language);
    if (it == c.translators.end()) {
        auto translator = std::make_unique<QTranslator>();
        const QString file = QStringLiteral(":/i18n/sbradar_%1.qm").arg(language);
        if (!translator->load(file)) {
            qWarning("sbr::i18n: cannot load %s; texts stay in English", qUtf8Printable(file));
            translator.reset();
        }
        it = c.translators.emplace(language, std::move(translator)).first;
    }
    return it->second.get();
}

void replacePercentN(QString &text, const QString &language, int n)
{
    text.replace(QStringLiteral("%Ln"), QLocale(language).toString(n));
    text.replace(QStringLiteral("%n"), QString::number(n));
}

} // namespace

QString translate(const QString &language, const char *context, const char *source, int n)
{
    Catalogue &c = catalogue();
    QString text;
    {
        const QMutexLocker lock(&c.mutex);
        if (const QTranslator *translator = translatorFor(c, language))
            text = translator->translate(context, source, nullptr, n);
        if (text.isEmpty()) {
            text = QString::fromUtf8(source);
            if (language != u"en" || n >= 0)
                c.missing.insert(QString::fromUtf8(context) + QStringLiteral(": ") + text);
        }
    }
    if (n >= 0)
        replacePercentN(text, language, n);
    return text;
}

QStringList untranslated()
{
    Catalogue &c = catalogue();
    const QMutexLocker lock(&c.mutex);
    QStringList list(c.missing.cbegin(), c.missing.cend());
    list.sort();
    return list;
}

} // namespace sbr::i18n
