// i18n::translate reads the embedded .qm files itself, so these tests install no translator:
// the language is a parameter, as for a report written in another language than the GUI's.

#include "i18n/Translator.h"
#include "scoring/Scoring.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace sbr;

TEST(Translator, StageNamesInBothLanguages)
{
    const QStringList de{QStringLiteral("Ad hoc"), QStringLiteral("Experimentierend"), QStringLiteral("Koordiniert"),
                         QStringLiteral("Integriert"), QStringLiteral("Social Business")};
    const QStringList en{QStringLiteral("Ad hoc"), QStringLiteral("Experimenting"), QStringLiteral("Coordinated"),
                         QStringLiteral("Integrated"), QStringLiteral("Social Business")};
    for (int stage = 1; stage <= 5; ++stage) {
        EXPECT_EQ(stageName(stage, QStringLiteral("de")), de[stage - 1]);
        EXPECT_EQ(stageName(stage, QStringLiteral("en")), en[stage - 1]);
        EXPECT_EQ(stageName(stage, QStringLiteral("fr")), en[stage - 1]) << "other languages fall back to English";
    }
    EXPECT_TRUE(stageName(0, QStringLiteral("de")).isEmpty());
    EXPECT_TRUE(stageName(6, QStringLiteral("de")).isEmpty());
}

TEST(Translator, MissingGermanTextFallsBackToEnglishAndIsReported)
{
    const char *source = "A text nobody marked for translation";
    EXPECT_EQ(i18n::translate(QStringLiteral("de"), "sbr::test", source), QString::fromUtf8(source));
    EXPECT_TRUE(i18n::untranslated().contains(QStringLiteral("sbr::test: ") + QString::fromUtf8(source)));
    // English is the source language: a plain English text needs no translation.
    const char *english = "Another text only in English";
    EXPECT_EQ(i18n::translate(QStringLiteral("en"), "sbr::test", english), QString::fromUtf8(english));
    EXPECT_FALSE(i18n::untranslated().contains(QStringLiteral("sbr::test: ") + QString::fromUtf8(english)));
}

TEST(Translator, InstalledTranslatorsDoNotMatter)
{
    // Without any QTranslator installed, QCoreApplication::translate gives the English source;
    // i18n::translate still gives German.
    EXPECT_EQ(QCoreApplication::translate("sbr::stage", "Coordinated"), QStringLiteral("Coordinated"));
    EXPECT_EQ(i18n::translate(QStringLiteral("de"), "sbr::stage", "Coordinated"), QStringLiteral("Koordiniert"));
}

TEST(Translator, CountsTakeTheirPluralFormAndLocalNumbers)
{
    const char *respondents = "%Ln respondent(s)"; // marked in the report (context sbr::report)
    EXPECT_EQ(i18n::translate(QStringLiteral("de"), "sbr::report", respondents, 1),
              QStringLiteral("1 befragte Person"));
    EXPECT_EQ(i18n::translate(QStringLiteral("de"), "sbr::report", respondents, 1234),
              QStringLiteral("1.234 Befragte"));
    EXPECT_EQ(i18n::translate(QStringLiteral("en"), "sbr::report", respondents, 1), QStringLiteral("1 respondent"));
    EXPECT_EQ(i18n::translate(QStringLiteral("en"), "sbr::report", respondents, 0), QStringLiteral("0 respondents"));
    EXPECT_EQ(i18n::translate(QStringLiteral("en"), "sbr::report", respondents, 1234),
              QStringLiteral("1,234 respondents"));
}

namespace {

struct TsFile {
    QSet<QString> numerus; ///< "context|source" of the counted texts
    int unfinished = 0;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ts;
    QXmlStreamReader xml(&file);
    QString context;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        else if (xml.name() == u"source" && numerus)
            ts.numerus.insert(context + u'|' + xml.readElementText());
        else if (xml.name() == u"translation" && xml.attributes().value(QStringLiteral("type")) == u"unfinished")
            ++ts.unfinished;
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(path) << ": " << qPrintable(xml.errorString());
    return ts;
}

} // namespace

TEST(Translations, EveryTextHasItsGermanAndEveryCountItsEnglishForms)
{
    const TsFile de = readTs(QStringLiteral(SBRADAR_SOURCE_DIR "/translations/sbradar_de.ts"));
    const TsFile en = readTs(QStringLiteral(SBRADAR_SOURCE_DIR "/translations/sbradar_en.ts"));
    EXPECT_EQ(de.unfinished, 0) << "sbradar_de.ts has texts without a German translation";
    ASSERT_FALSE(de.numerus.isEmpty());
    // English is the source language, so only the plural forms of counted texts need sbradar_en.ts.
    const QSet<QString> lacking = de.numerus - en.numerus;
    EXPECT_TRUE(lacking.isEmpty()) << "add to sbradar_en.ts: "
                                   << qPrintable(QStringList(lacking.begin(), lacking.end()).join(u'\n'));
}
