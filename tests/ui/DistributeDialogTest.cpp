// File ▸ Distribute questionnaire: the dialog starts from the selection, saves each kind of
// questionnaire under the chosen name and says what it saved, and refuses what cannot work.
// With SBRADAR_SCREENSHOT_DIR set, it also writes the pictures of docs/images (the dialog and a
// page of the paper form, in German and English).

#include "dialogs/DistributeDialog.h"
#include "Dialogs.h"
#include "QuestionnaireForm.h"
#include "UiTestSupport.h"
#include "dialogs/ImportDialog.h"
#include "session/TemplateExport.h"

#include <QComboBox>
#include <QLabel>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTranslator>

using namespace sbr;
using namespace sbr::test;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");

QStringList checked(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            names.append(list->item(i)->text());
    return names;
}

QByteArray head(const QString &path, int n)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(n) : QByteArray();
}

} // namespace

TEST_F(WindowTest, DistributeDialogStartsFromTheSelectionAndSavesEachFormat)
{
    selectNode({kWeber, QStringLiteral("2025-Q3"), QStringLiteral("Vertrieb")});
    ui::DistributeDialog dialog(controller(), window->selection(), window.get());
    EXPECT_EQ(dialog.companyBox()->currentText(), kWeber);
    EXPECT_EQ(dialog.roundBox()->currentText(), QStringLiteral("2025-Q3"));
    EXPECT_EQ(checked(dialog.departmentList()), QStringList{QStringLiteral("Vertrieb")});
    EXPECT_EQ(dialog.departmentList()->count(), 6);
    // The suggested name says what the file is.
    EXPECT_TRUE(dialog.fileEdit()->text().endsWith(QStringLiteral(" Weber Maschinenbau GmbH 2025-Q3.xlsx")))
        << dialog.fileEdit()->text().toStdString();

    const QString xlsx = dir.filePath(QStringLiteral("Fragebogen.xlsx"));
    ASSERT_TRUE(dialog.save(xlsx)) << dialog.status().toStdString();
    EXPECT_EQ(head(xlsx, 2), QByteArray("PK"));
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("10 answer column"))) << dialog.status().toStdString();
    EXPECT_TRUE(dialog.status().contains(QDir::toNativeSeparators(xlsx)));

    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("pdf")));
    EXPECT_TRUE(dialog.fileEdit()->text().endsWith(QStringLiteral(".pdf")));
    const QString pdf = dir.filePath(QStringLiteral("Fragebogen.pdf"));
    ASSERT_TRUE(dialog.save(pdf)) << dialog.status().toStdString();
    EXPECT_EQ(head(pdf, 4), QByteArray("%PDF"));
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("paper form"))) << dialog.status().toStdString();

    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(QStringLiteral("limesurvey")));
    const QString txt = dir.filePath(QStringLiteral("umfrage.txt"));
    ASSERT_TRUE(dialog.save(txt)) << dialog.status().toStdString();
    EXPECT_TRUE(head(txt, 200).contains("class\ttype/scale\tname"));
}

TEST_F(WindowTest, DistributeDialogRefusesWithoutDepartmentAndKeepsTheWorkspace)
{
    selectNode({kWeber});
    ui::DistributeDialog dialog(controller(), window->selection(), window.get());
    EXPECT_EQ(dialog.roundBox()->currentText(), QStringLiteral("2026-Q3")) << "the latest round by default";
    EXPECT_EQ(checked(dialog.departmentList()).size(), 6);
    for (int i = 0; i < dialog.departmentList()->count(); ++i)
        dialog.departmentList()->item(i)->setCheckState(Qt::Unchecked);
    const QString file = dir.filePath(QStringLiteral("none.xlsx"));
    const QByteArray before = fileHash(path);
    EXPECT_FALSE(dialog.save(file));
    EXPECT_EQ(dialog.status(), QStringLiteral("Choose at least one department."));
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(WindowTest, DistributeScreenshots)
{
    const QString out = qEnvironmentVariable("SBRADAR_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set SBRADAR_SCREENSHOT_DIR to write the pictures of the user guide";
    selectNode({kWeber, QStringLiteral("2026-Q3")});
    for (const QString &lang : {QStringLiteral("de"), QStringLiteral("en")}) {
        QTranslator german, qtGerman; // the dialog in the language of the picture
        if (german.load(QStringLiteral("sbradar_") + lang, QStringLiteral(":/i18n"))) // English: plural forms
            QCoreApplication::installTranslator(&german);
        if (lang == u"de" &&
            qtGerman.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtGerman);
        ui::DistributeDialog dialog(controller(), window->selection(), window.get());
        dialog.languageBox()->setCurrentIndex(lang == u"en" ? 1 : 0);
        io::TemplatePlan named;
        named.company = kWeber;
        named.round = QStringLiteral("2026-Q3");
        named.language = lang;
        const QString file = dir.filePath(io::suggestedTemplateFileName(named, QStringLiteral("xlsx")));
        dialog.fileEdit()->setText(file);
        dialog.show();
        ASSERT_TRUE(dialog.save(file));
        dialog.layout()->activate(); // the status line's new height
        QCoreApplication::processEvents();
        dialog.grab().save(out + QStringLiteral("/distribute-%1.png").arg(lang));
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::removeTranslator(&qtGerman);
        QString problem;
        const auto plan = session::planTemplate(*controller()->session(), kWeber, QStringLiteral("2026-Q3"),
                                                {QStringLiteral("Vertrieb")}, 5, lang, &problem);
        ASSERT_TRUE(plan) << problem.toStdString();
        report::QuestionnaireForm form(*plan);
        form.renderPage(0, 110).save(out + QStringLiteral("/questionnaire-form-%1.png").arg(lang));
    }
}

TEST_F(WindowTest, AFilledAnswerWorkbookOpensOnItsAnswersInTheImportDialogAndIsValid)
{
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    ui::DistributeDialog distribute(controller(), window->selection(), window.get());
    distribute.languageBox()->setCurrentIndex(1); // English
    const QString empty = dir.filePath(QStringLiteral("answers.xlsx"));
    ASSERT_TRUE(distribute.save(empty)) << distribute.status().toStdString();
    // One person answers the first statement with a label of the drop-down.
    const QString filled = dir.filePath(QStringLiteral("filled.xlsx"));
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, openpyxl\nb = openpyxl.load_workbook(sys.argv[1])\n"
                                 "b.worksheets[1].cell(8, 4).value = 'Largely in place'\nb.save(sys.argv[2])\n"),
                  empty, filled});
    ASSERT_TRUE(python.waitForFinished(60000));
    if (python.exitCode() != 0)
        GTEST_SKIP() << "python3-openpyxl is not installed";
    ui::ImportDialog dialog(controller(), filled, window.get());
    QSignalSpy checked(&dialog, &ui::ImportDialog::checked);
    ASSERT_TRUE(checked.wait(10000));
    EXPECT_EQ(dialog.sheetBox()->currentText(), QStringLiteral("Answers"));
    EXPECT_TRUE(checked.last().first().toBool()) << dialog.summaryLabel()->text().toStdString();
    EXPECT_TRUE(dialog.importButton()->isEnabled());
}
