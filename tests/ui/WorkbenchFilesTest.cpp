// Files and settings through the window: a bad file is refused in plain words and left alone,
// a copy is a workspace, companies are created, renamed and deleted with undo, and the
// language switches at run time.

#include "AppSettings.h"
#include "Dialogs.h"
#include "Language.h"
#include "UiTestSupport.h"
#include "WorkspaceActions.h"
#include "pages/DashboardPage.h"

#include <QFile>
#include <QMenuBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace sbr;
using namespace sbr::test;

namespace {
struct CollectWarnings {
    CollectWarnings() { ui::Dialogs::collectWarnings(true); }
    ~CollectWarnings()
    {
        ui::Dialogs::collectWarnings(false);
        ui::Dialogs::takeWarnings();
    }
};
} // namespace

TEST_F(WindowTest, BadFilesAreRefusedInPlainWordsAndLeftAlone)
{
    CollectWarnings collect;
    const QString foreign = dir.filePath(QStringLiteral("notes.sbradar"));
    QFile f(foreign);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Besprechungsnotizen vom Montag\n");
    f.close();
    const QByteArray before = fileHash(foreign);
    EXPECT_FALSE(window->openWorkspace(foreign));
    const QStringList warnings = ui::Dialogs::takeWarnings();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("is not a Social Business Radar workspace")))
        << qPrintable(warnings[0]);
    EXPECT_EQ(fileHash(foreign), before);
    // the open workspace stays open
    EXPECT_EQ(controller()->session()->path(), QFileInfo(path).absoluteFilePath());
    EXPECT_GE(controller()->report().companies.size(), 9u);
}

TEST_F(WindowTest, ADamagedFileIsShownFirstThenClosedWithAMessage)
{
    // The window shows a workspace before the check of the whole file is done; damage the
    // check alone finds (an index that reading never uses) closes it with a message.
    CollectWarnings collect;
    const QString damaged = dir.filePath(QStringLiteral("beschaedigt.sbradar"));
    ASSERT_TRUE(QFile::copy(path, damaged));
    int page = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(damaged);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'assessments_department'")));
        ASSERT_TRUE(q.next());
        page = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(qint64(page - 1) * 4096 + 8));
    file.write(QByteArray(4096 - 8, '\x5a'));
    file.close();

    ASSERT_TRUE(window->openWorkspace(damaged));
    QTRY_VERIFY_WITH_TIMEOUT(controller()->session() == nullptr, 5000);
    const QStringList warnings = ui::Dialogs::takeWarnings();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("damaged"))) << qPrintable(warnings[0]);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("backup"))) << qPrintable(warnings[0]);
}

TEST_F(WindowTest, SaveACopyWritesAWorkspace)
{
    const QString copy = dir.filePath(QStringLiteral("Kopie.sbradar"));
    ui::Dialogs::queueAnswers({copy});
    window->actions()->saveCopy();
    storage::StorageError error;
    auto other = storage::Workspace::open(copy, storage::Workspace::Mode::ReadOnly, &error);
    ASSERT_TRUE(other) << qPrintable(error.message);
    WorkspaceData data;
    ASSERT_TRUE(other->loadScoringData(&data, &error));
    EXPECT_EQ(scoreWorkspace(data).companies.size(), controller()->report().companies.size());
}

TEST_F(WindowTest, CompaniesCreatedRenamedDeletedWithUndo)
{
    ui::Dialogs::queueAnswers({QStringLiteral("Zeta <b>Bau</b> & \"Söhne\"")});
    window->actions()->newCompany();
    const QString name = QStringLiteral("Zeta <b>Bau</b> & \"Söhne\"");
    ASSERT_TRUE(findNode(window->navigatorModel(), {name}).isValid());
    EXPECT_EQ(window->selection().companyName, name);
    ui::Dialogs::queueAnswers({QStringLiteral("Zeta Bau GmbH")});
    window->actions()->renameSelected();
    EXPECT_TRUE(findNode(window->navigatorModel(), {QStringLiteral("Zeta Bau GmbH")}).isValid());
    ui::Dialogs::queueAnswers({QStringLiteral("Einkauf")});
    window->actions()->newDepartment();
    ui::Dialogs::queueAnswers({QStringLiteral("yes")});
    window->select(
        window->navigatorModel()->selectionAt(findNode(window->navigatorModel(), {QStringLiteral("Zeta Bau GmbH")})));
    window->actions()->deleteSelected();
    EXPECT_FALSE(findNode(window->navigatorModel(), {QStringLiteral("Zeta Bau GmbH")}).isValid());
    QUndoStack *undo = controller()->undoStack();
    EXPECT_EQ(undo->count(), 4);
    undo->undo(); // delete
    undo->undo(); // new department
    undo->undo(); // rename
    EXPECT_TRUE(findNode(window->navigatorModel(), {name}).isValid());
    undo->undo(); // creation
    EXPECT_FALSE(findNode(window->navigatorModel(), {name}).isValid());
}

TEST_F(WindowTest, DuplicateNamesAreRefusedWithAReason)
{
    CollectWarnings collect;
    ui::Dialogs::queueAnswers({QStringLiteral("Weber Maschinenbau GmbH")});
    window->actions()->newCompany();
    const QStringList warnings = ui::Dialogs::takeWarnings();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings[0].contains(QStringLiteral("\"Weber Maschinenbau GmbH\" exists already")))
        << qPrintable(warnings[0]);
    EXPECT_EQ(controller()->undoStack()->count(), 0);
}

TEST_F(WindowTest, LanguageSwitchesAtRunTime)
{
    selectNode({QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("2026-Q3")});
    ui::Language::apply(QStringLiteral("de"));
    controller()->setLanguage(QStringLiteral("de"));
    QCoreApplication::processEvents();
    EXPECT_EQ(window->menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
    EXPECT_EQ(window->pages()->tabText(0), QStringLiteral("Dashb&oard"));
    // Alt + a letter opens one thing: the menus and the tabs have different mnemonics.
    QStringList texts;
    for (QAction *menu : window->menuBar()->actions())
        texts << menu->text();
    for (int tab = 0; tab < window->pages()->count(); ++tab)
        texts << window->pages()->tabText(tab);
    QHash<QChar, QString> taken;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype amp = text.indexOf(u'&');
        if (amp < 0 || amp + 1 >= text.size())
            continue;
        const QChar key = text.at(amp + 1).toLower();
        EXPECT_FALSE(taken.contains(key)) << qPrintable(text) << " and " << qPrintable(taken.value(key));
        taken.insert(key, text);
    }
    EXPECT_EQ(window->selection().roundLabel, QStringLiteral("2026-Q3")); // the selection survives
    EXPECT_TRUE(window->dashboardPage()->indexText().contains(u','));     // German decimal comma
    ui::Language::apply(QStringLiteral("en"));
    controller()->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(window->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    EXPECT_TRUE(window->dashboardPage()->indexText().contains(u'.'));
}
