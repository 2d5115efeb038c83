// The import wizard for survey exports (formats.md *Survey exports with a mapping profile*),
// offscreen: file → columns → answers → preview with the resulting scores → import, and the
// mapping kept in the workspace so that the next wave's export is mapped at once.
//
// With SBRADAR_WIZARD_SCREENSHOTS=DIR the pages are saved as DIR/import-wizard-N-LANG.png
// (LANG from SBRADAR_WIZARD_LANG, "en" by default; "de" loads the German translation).

#include "dialogs/MappingWizard.h"
#include "Language.h"
#include "UiTestSupport.h"
#include "session/MappingProfiles.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace sbr;
using namespace Qt::StringLiterals;

namespace {

const QString kForms = QStringLiteral(SBRADAR_TEST_DATA "/cli/survey/forms-de.csv");

class MappingWizardTest : public test::WindowTest {
protected:
    void SetUp() override
    {
        test::WindowTest::SetUp();
        const QString lang = qEnvironmentVariable("SBRADAR_WIZARD_LANG", QStringLiteral("en"));
        m_shots = qEnvironmentVariable("SBRADAR_WIZARD_SCREENSHOTS");
        if (!m_shots.isEmpty() && lang == u"de") {
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            ui::Language::apply(QStringLiteral("de"));
        }
        m_lang = lang;
    }
    void TearDown() override
    {
        if (m_lang == u"de") {
            ui::Language::apply(QStringLiteral("en"));
            QLocale::setDefault(QLocale::c());
        }
        test::WindowTest::TearDown();
    }
    void shoot(ui::MappingWizard &wizard, int page)
    {
        if (m_shots.isEmpty())
            return;
        wizard.grab().save(QStringLiteral("%1/import-wizard-%2-%3.png").arg(m_shots).arg(page).arg(m_lang));
    }
    /// The answers of a department's item in the workspace: (n, mean) as the session scores them.
    std::pair<int, double> itemResult(const QString &company, const QString &round, const QString &department,
                                      const QString &item)
    {
        const int index = controller()->session()->questionnaire().itemIndex(item);
        for (const auto &c : controller()->session()->report().companies)
            if (c.name == company)
                for (const auto &r : c.rounds)
                    if (r.label == round)
                        for (const auto &d : r.departments)
                            if (d.name == department && index >= 0)
                                return {int(d.items[size_t(index)].n), d.items[size_t(index)].mean.value_or(-1)};
        return {0, -1};
    }

    QString m_shots, m_lang;
};

TEST_F(MappingWizardTest, FormsExportGoesThroughThePagesAndIsKeptForTheNextWave)
{
    const Questionnaire &q = controller()->session()->questionnaire();
    ASSERT_TRUE(ui::MappingWizard::isSurveyExport({QStringLiteral("ID"), QStringLiteral("Abteilung")}, q));
    ASSERT_FALSE(ui::MappingWizard::isSurveyExport({QStringLiteral("company"), QStringLiteral("item")}, q));
    {
        ui::MappingWizard wizard(controller(), kForms, window.get());
        wizard.show();
        ASSERT_EQ(wizard.currentId(), ui::MappingWizard::FilePage);
        EXPECT_TRUE(wizard.sourceLabel()->text().contains(QStringLiteral("4 of 31")))
            << qPrintable(wizard.sourceLabel()->text());
        // Without company and round the wizard stays on the first page.
        wizard.next();
        EXPECT_EQ(wizard.currentId(), ui::MappingWizard::FilePage);
        wizard.companyBox()->setCurrentText(QStringLiteral("Muster GmbH"));
        wizard.roundEdit()->setText(QStringLiteral("2026-Q1"));
        wizard.dateEdit()->setDate(QDate(2026, 3, 15));
        shoot(wizard, 1);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ui::MappingWizard::ColumnsPage);
        EXPECT_EQ(wizard.columnTable()->rowCount(), 11);
        QComboBox *comments = wizard.targetBox(QStringLiteral("Anmerkungen"));
        ASSERT_TRUE(comments);
        EXPECT_EQ(comments->currentData().toString(), QString()); // not guessed
        EXPECT_EQ(wizard.targetBox(QStringLiteral("Abteilung"))->currentData().toString(),
                  QStringLiteral("department"));
        shoot(wizard, 2);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ui::MappingWizard::LabelsPage);
        // "Teils, teils", "Trifft voll zu", … and "Weiß nicht": six labels, all mapped.
        EXPECT_EQ(wizard.labelTable()->rowCount(), 6);
        ASSERT_TRUE(wizard.levelBox(QStringLiteral("Trifft voll zu")));
        EXPECT_EQ(wizard.levelBox(QStringLiteral("Trifft voll zu"))->currentData().toString(), QStringLiteral("4"));
        EXPECT_EQ(wizard.levelBox(QStringLiteral("Weiß nicht"))->currentData().toString(), QStringLiteral("null"));
        shoot(wizard, 3);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ui::MappingWizard::PreviewPage);
        // The free-text column is not mapped yet: the preview lists the error, nothing can be imported.
        EXPECT_FALSE(wizard.isValid());
        EXPECT_TRUE(wizard.previewTable()->item(0, 2)->text().contains(QStringLiteral("Anmerkungen")));
        EXPECT_EQ(wizard.previewTable()->item(0, 0)->text(), QStringLiteral("1"));
        wizard.back();
        wizard.back();
        ASSERT_EQ(wizard.currentId(), ui::MappingWizard::ColumnsPage);
        comments->setCurrentIndex(comments->findData(QStringLiteral("ignore")));
        wizard.next();
        wizard.next();
        ASSERT_EQ(wizard.currentId(), ui::MappingWizard::PreviewPage);
        ASSERT_TRUE(wizard.isValid()) << qPrintable(wizard.previewSummary()->text());
        // Marketing, business goals: levels 4 and 3 → mean 3.50, score 87.5 (scoring.md).
        bool found = false;
        for (int row = 0; row < wizard.previewTable()->rowCount(); ++row)
            if (wizard.previewTable()->item(row, 0)->text() == u"Marketing" &&
                wizard.previewTable()->item(row, 1)->text().startsWith(u"Our social media goals")) {
                found = true;
                EXPECT_EQ(wizard.previewTable()->item(row, 2)->text(), QStringLiteral("2"));
                EXPECT_EQ(wizard.previewTable()->item(row, 3)->text(), QLocale().toString(3.5, 'f', 2));
                EXPECT_EQ(wizard.previewTable()->item(row, 4)->text(), QLocale().toString(87.5, 'f', 1));
            }
        EXPECT_TRUE(found);
        EXPECT_TRUE(wizard.previewSummary()->text().contains(QStringLiteral("of 3 respondent")) || !m_shots.isEmpty())
            << qPrintable(wizard.previewSummary()->text());
        shoot(wizard, 4);
        wizard.button(QWizard::FinishButton)->click();
        EXPECT_EQ(wizard.result(), QDialog::Accepted);
    }
    // Written: Marketing business goals (4, 3) and Vertrieb's owner (3); "Weiß nicht" is n/a.
    EXPECT_EQ(itemResult(u"Muster GmbH"_s, u"2026-Q1"_s, u"Marketing"_s, u"strategy.business-goals"_s),
              std::make_pair(2, 3.5));
    EXPECT_EQ(itemResult(u"Muster GmbH"_s, u"2026-Q1"_s, u"Marketing"_s, u"team.owner"_s), std::make_pair(1, 0.0));
    EXPECT_EQ(itemResult(u"Muster GmbH"_s, u"2026-Q1"_s, u"Vertrieb"_s, u"team.owner"_s), std::make_pair(1, 3.0));

    // The next wave: the same export is mapped at once by the kept profile, company included.
    QList<session::StoredMappingProfile> kept;
    WorkspaceError error;
    ASSERT_TRUE(session::keptMappingProfiles(*controller()->session(), &kept, &error)) << qPrintable(error.message);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept[0].name, u"forms-de"_s);
    EXPECT_EQ(kept[0].profile.target(u"Anmerkungen"_s), u"ignore"_s);
    EXPECT_TRUE(kept[0].profile.round.isEmpty());
    ui::MappingWizard again(controller(), kForms, window.get());
    EXPECT_EQ(again.companyBox()->currentText(), u"Muster GmbH"_s);
    EXPECT_TRUE(again.sourceLabel()->text().contains(u"forms-de"_s)) << qPrintable(again.sourceLabel()->text());
    EXPECT_EQ(again.targetBox(u"Anmerkungen"_s)->currentData().toString(), u"ignore"_s);
}

} // namespace
