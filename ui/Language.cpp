#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sbr::ui {

namespace {
QTranslator *g_qt = nullptr;
QTranslator *g_app = nullptr;
QString g_current;
} // namespace

void Language::apply(const QString &language)
{
    if (language == g_current)
        return;
    for (QTranslator **t : {&g_qt, &g_app}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    g_current = language;
    QLocale::setDefault(QLocale(language == u"de" ? QLocale::German : QLocale::English,
                                language == u"de" ? QLocale::Germany : QLocale::UnitedKingdom));
    if (language != u"de") {
        // English is the source language; its file only adds the plural forms.
        g_app = new QTranslator;
        if (g_app->load(QStringLiteral(":/i18n/sbradar_en.qm")))
            QCoreApplication::installTranslator(g_app);
        return;
    }
    g_qt = new QTranslator;
    if (g_qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    g_app = new QTranslator;
    if (g_app->load(QStringLiteral(":/i18n/sbradar_de.qm")))
        QCoreApplication::installTranslator(g_app);
}

QString Language::current()
{
    return g_current;
}

} // namespace sbr::ui
