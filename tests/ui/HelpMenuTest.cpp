// Help: the user guide opens from the menu with its text and pictures, at the section of the
// workbench's language; the shortcut list names the menu shortcuts; About names the version and
// the licences of the libraries.

#include "HelpMenu.h"
#include "AppSettings.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QScrollBar>
#include <QTextBrowser>

using namespace sbr;
using namespace sbr::test;

namespace {

QMenu *helpMenu(QMainWindow *window)
{
    for (QAction *a : window->menuBar()->actions())
        if (a->menu() && a->text().remove(u'&') == QStringLiteral("Help"))
            return a->menu();
    return nullptr;
}

} // namespace

TEST_F(WindowTest, HelpMenuOffersGuideShortcutsAndAbout)
{
    QMenu *help = helpMenu(window.get());
    ASSERT_NE(help, nullptr);
    QStringList texts;
    for (QAction *a : help->actions())
        if (!a->isSeparator())
            texts.append(a->text().remove(u'&'));
    EXPECT_EQ(texts, (QStringList{QStringLiteral("User guide"), QStringLiteral("Keyboard shortcuts"),
                                  QStringLiteral("About Social Business Radar"), QStringLiteral("About Qt")}));
    EXPECT_EQ(help->actions().first()->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

TEST_F(WindowTest, UserGuideShowsItsTextAndPicturesInTheChosenLanguage)
{
    ui::AppSettings::setLanguage(QStringLiteral("de"));
    auto *guide = qobject_cast<QTextBrowser *>(ui::showUserGuide(window.get()));
    ASSERT_NE(guide, nullptr);
    const QString text = guide->document()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Benutzerhandbuch"))) << qPrintable(text.left(200));
    EXPECT_TRUE(text.contains(QStringLiteral("Tastenkürzel")));
    EXPECT_FALSE(text.contains(QStringLiteral("<a id="))); // anchors are markup, not text
    const QVariant picture =
        guide->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/dashboard-de.png")));
    QImage image;
    if (picture.canConvert<QByteArray>())
        image.loadFromData(picture.toByteArray());
    else
        image = picture.value<QImage>();
    EXPECT_GT(image.width(), 300);
    QApplication::processEvents();
    EXPECT_EQ(guide->verticalScrollBar()->value(), 0); // German: from the top
    guide->close();

    ui::AppSettings::setLanguage(QStringLiteral("en"));
    ui::showUserGuide(window.get());
    QApplication::processEvents();
    EXPECT_GT(guide->verticalScrollBar()->value(), guide->verticalScrollBar()->maximum() / 4); // the English half
    ui::AppSettings::setLanguage(QString());
}

TEST_F(WindowTest, ShortcutListAndAboutNameWhatTheyShould)
{
    const QString shortcuts = ui::shortcutList(window.get());
    EXPECT_TRUE(shortcuts.contains(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText) +
                                   QStringLiteral("\tOpen")))
        << qPrintable(shortcuts);
    EXPECT_TRUE(shortcuts.contains(QStringLiteral("\tUser guide")));
    EXPECT_TRUE(shortcuts.contains(QStringLiteral("Delete, Backspace\tclear the cell")));

    const QString about = ui::aboutText();
    EXPECT_TRUE(about.contains(QStringLiteral("Social Business Radar ") + QApplication::applicationVersion()));
    EXPECT_TRUE(about.contains(QStringLiteral("LGPL-3.0")));
    EXPECT_TRUE(about.contains(QStringLiteral("libxlsxwriter: BSD-2-Clause")));
}
