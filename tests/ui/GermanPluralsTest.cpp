// Counted texts in German take the grammatical number of the count: "1 neues Unternehmen",
// "2 neue Unternehmen", "1 Runde", "3 Runden" (Qt's numerus forms, chosen by tr(…, n)).

#include <QCoreApplication>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

class GermanPlurals : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_de.load(QStringLiteral("sbradar_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_de);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_de); }
    static QString tr(const char *context, const char *source, int n)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
    QTranslator m_de;
};

} // namespace

TEST_F(GermanPlurals, NewCompaniesOfAnImport)
{
    EXPECT_EQ(tr("sbr::ui::ImportDialog", "%n new company(ies)", 1), QStringLiteral("1 neues Unternehmen"));
    EXPECT_EQ(tr("sbr::ui::ImportDialog", "%n new company(ies)", 2), QStringLiteral("2 neue Unternehmen"));
    EXPECT_EQ(tr("sbr::cli", "%n new company(ies)", 1), QStringLiteral("1 neues Unternehmen"));
}

TEST_F(GermanPlurals, WorkspaceSummaryCountsRoundsAndCompanies)
{
    EXPECT_EQ(tr("sbr::ui::OverviewPage", "%n round(s)", 1), QStringLiteral("1 Runde"));
    EXPECT_EQ(tr("sbr::ui::OverviewPage", "%n round(s)", 3), QStringLiteral("3 Runden"));
    EXPECT_EQ(tr("sbr::ui::OverviewPage", "%n company(ies)", 1), QStringLiteral("1 Unternehmen"));
    EXPECT_EQ(tr("sbr::ui::OverviewPage", "%n company(ies)", 0), QStringLiteral("0 Unternehmen"));
}

TEST_F(GermanPlurals, EndOfWorkshopQuestionCountsParticipants)
{
    EXPECT_EQ(tr("sbr::ui::WorkshopController", "Discard the votes of %n participant(s)?", 1),
              QStringLiteral("Die Stimmen von 1 teilnehmenden Person verwerfen?"));
    EXPECT_EQ(tr("sbr::ui::WorkshopController", "Discard the votes of %n participant(s)?", 12),
              QStringLiteral("Die Stimmen von 12 Teilnehmenden verwerfen?"));
    EXPECT_EQ(tr("sbr::ui::AssessmentPage", "%n respondent(s)", 1), QStringLiteral("1 befragte Person"));
}

TEST_F(GermanPlurals, ThePlanCountsItsMeasuresInBothLanguages)
{
    const char *source = "Plan of %1: %n measure(s)";
    EXPECT_EQ(tr("sbr::ui::PlanPage", source, 1), QStringLiteral("Plan von %1: 1 Maßnahme"));
    EXPECT_EQ(tr("sbr::ui::PlanPage", source, 11), QStringLiteral("Plan von %1: 11 Maßnahmen"));
    EXPECT_EQ(tr("sbr::ui::PlanPage", "%n overdue", 2), QStringLiteral("2 überfällig"));
    QCoreApplication::removeTranslator(&m_de);
    QTranslator en;
    ASSERT_TRUE(en.load(QStringLiteral("sbradar_en"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&en);
    EXPECT_EQ(tr("sbr::ui::PlanPage", source, 1), QStringLiteral("Plan of %1: 1 measure"));
    EXPECT_EQ(tr("sbr::ui::PlanPage", source, 11), QStringLiteral("Plan of %1: 11 measures"));
    QCoreApplication::removeTranslator(&en);
    QCoreApplication::installTranslator(&m_de);
}
