// Names in their normal form (formats.md *What spreadsheets and survey tools really write*).

#include "domain/Names.h"

#include <gtest/gtest.h>

using namespace sbr;

TEST(Names, LookAlikesBecomeOneSpelling)
{
    const QString nfc = QStringLiteral("M\u00FCller GmbH");
    EXPECT_EQ(normalizeName(QStringLiteral("Mu\u0308ller GmbH")), nfc);            // NFD, as macOS writes it
    EXPECT_EQ(normalizeName(QStringLiteral("M\u00FCller\u00A0GmbH")), nfc);        // no-break space
    EXPECT_EQ(normalizeName(QStringLiteral("M\u00FCller\u202FGmbH")), nfc);        // narrow no-break space
    EXPECT_EQ(normalizeName(QStringLiteral("M\u00FCller \tGmbH ")), nfc);          // tab, blanks at the end
    EXPECT_EQ(normalizeName(QStringLiteral("\u200BM\u00FCller GmbH")), nfc);       // zero-width space
    EXPECT_EQ(normalizeName(QStringLiteral("\uFEFFM\u00FCller\u200E GmbH")), nfc); // BOM, bidi mark
    EXPECT_EQ(normalizeName(QStringLiteral("  Vertrieb   S\u00FCd ")), QStringLiteral("Vertrieb S\u00FCd"));
    EXPECT_EQ(normalizeName(QStringLiteral("\u00A0\u200B ")), QString());
}

TEST(Names, NormalFormIsKeptAndStable)
{
    for (const QString &name : {QStringLiteral("Marketing"), QStringLiteral("2026-Q1"),
                                QStringLiteral("\u05E9\u05D9\u05D5\u05D5\u05E7"), QStringLiteral("R&D / IT")}) {
        EXPECT_EQ(normalizeName(name), name);
        EXPECT_EQ(normalizeName(normalizeName(name)), normalizeName(name));
    }
}

TEST(Names, CaseKeyJoinsOnlyCaseVariants)
{
    EXPECT_EQ(caseKey(QStringLiteral("Marketing")), caseKey(QStringLiteral("MARKETING")));
    EXPECT_EQ(caseKey(QStringLiteral("\u00C4rger")), caseKey(QStringLiteral("\u00E4RGER")));
    EXPECT_NE(caseKey(QStringLiteral("Marketing")), caseKey(QStringLiteral("Marketing 2")));
}
