// Reports and score exports from the window: the preview shows the pages that are saved, the
// PDF holds the dashboard's numbers, the workbook opens.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "WorkspaceActions.h"
#include "dialogs/ReportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QProcess>

using namespace sbr;
using namespace sbr::test;

namespace {
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_F(WindowTest, ReportPreviewAndPdfMatchTheDashboard)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3")});
    ui::ReportDialog dialog(controller(), window->selection(), window.get());
    dialog.languageBox()->setCurrentIndex(0); // Deutsch
    const int withoutPlan = dialog.refreshPreview();
    // The demo's action plan; the preview follows every change of the plan.
    for (PlanMeasure m : demo::plan()) {
        m.company = controller()->company(QStringLiteral("Weber Maschinenbau GmbH"))->key;
        WorkspaceError error;
        ASSERT_GT(controller()->session()->addPlanMeasure(m, &error), 0) << qPrintable(error.message);
    }
    int pages = 0; // the pages the preview shows now
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        pages += label->accessibleName().startsWith(u"Page ") ? 1 : 0;
    EXPECT_GT(pages, withoutPlan); // the roadmap and "done since" have pages of their own
    EXPECT_EQ(pages, dialog.refreshPreview());
    EXPECT_GE(pages, 8);
    const QString pdf = dir.filePath(QStringLiteral("bericht.pdf"));
    ASSERT_TRUE(dialog.save(pdf));
    const QString text = pdfText(pdf);
    if (text.isEmpty())
        GTEST_SKIP() << "pdftotext is not installed";
    EXPECT_TRUE(text.contains(QStringLiteral("Weber Maschinenbau GmbH")));
    const double index =
        *controller()->round(QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3"))->company.index;
    EXPECT_TRUE(text.contains(QLocale(QLocale::German).toString(index, 'f', 1))) << index;
    EXPECT_TRUE(text.contains(QStringLiteral("Seite 1 von %1").arg(pages)));
    // The company's action plan: the roadmap and what was done since the last round.
    EXPECT_TRUE(text.contains(QStringLiteral("Fahrplan")));
    EXPECT_TRUE(text.contains(QStringLiteral("Seit der letzten Runde erledigt")));
    EXPECT_TRUE(text.contains(QStringLiteral("Leitung Vertrieb"))); // an owner of the demo plan
}

TEST_F(WindowTest, ScoresExportAsWorkbookAndCsv)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH")}); // a client's file: the selected company
    const QString xlsx = dir.filePath(QStringLiteral("scores.xlsx"));
    ui::Dialogs::queueAnswers({xlsx});
    window->actions()->exportScores();
    QFile workbook(xlsx);
    ASSERT_TRUE(workbook.open(QIODevice::ReadOnly));
    EXPECT_TRUE(workbook.read(2) == "PK"); // a zip container, not CSV renamed
    const QString csv = dir.filePath(QStringLiteral("scores.csv"));
    ui::Dialogs::queueAnswers({csv});
    window->actions()->exportScores();
    QFile table(csv);
    ASSERT_TRUE(table.open(QIODevice::ReadOnly));
    const QByteArray content = table.readAll();
    EXPECT_TRUE(content.contains("Weber Maschinenbau GmbH"));
    EXPECT_TRUE(content.contains("Vertrieb"));
    EXPECT_FALSE(content.contains("Albrecht")) << "another company of the workspace in a client's file";

    // All companies only when asked.
    const QString all = dir.filePath(QStringLiteral("all.csv"));
    ui::Dialogs::queueAnswers({all});
    window->actions()->exportAllScores();
    QFile allTable(all);
    ASSERT_TRUE(allTable.open(QIODevice::ReadOnly));
    EXPECT_TRUE(allTable.readAll().contains("Albrecht"));
}
