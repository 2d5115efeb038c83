#include "HelpMenu.h"

#include "AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QUrl>
#include <QVBoxLayout>

namespace sbr::ui {

namespace {

void showShortcuts(QWidget *window)
{
    QDialog dialog(window);
    dialog.setWindowTitle(QCoreApplication::translate("sbr::ui::HelpMenu", "Keyboard shortcuts"));
    auto *text = new QPlainTextEdit(shortcutList(window));
    text->setReadOnly(true);
    text->setTabStopDistance(text->fontMetrics().horizontalAdvance(QStringLiteral("Ctrl+Shift+Alt+X")) + 16);
    text->setAccessibleName(QCoreApplication::translate("sbr::ui::HelpMenu", "Keyboard shortcuts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog.resize(560, 520);
    dialog.exec();
}

} // namespace

QString aboutText()
{
    return QCoreApplication::translate("sbr::ui::HelpMenu",
                                       "Social Business Radar %1\n"
                                       "Social-business readiness assessments for companies and their departments.\n\n"
                                       "Built with Qt %2 (running on Qt %3).\n\n"
                                       "Libraries and their licences:\n"
                                       "Qt 6 (Core, GUI, Widgets, SQL, Charts, SVG, Network, HTTP Server): LGPL-3.0\n"
                                       "SQLite: public domain\n"
                                       "libqrencode: LGPL-2.1 or later\n"
                                       "libxlsxwriter: BSD-2-Clause\n"
                                       "minizip (zlib): Zlib licence")
        .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

QString shortcutList(QWidget *window)
{
    QStringList lines;
    const QList<QMenu *> menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus)
        for (QAction *action : menu->actions()) {
            if (action->shortcut().isEmpty() || action->menu())
                continue;
            QString name = action->text();
            name.remove(u'&').remove(QStringLiteral("…"));
            const QString line = action->shortcut().toString(QKeySequence::NativeText) + u'\t' + name;
            if (!lines.contains(line))
                lines.append(line);
        }
    lines.append(QString());
    lines.append(QCoreApplication::translate("sbr::ui::HelpMenu", "In the answer grid:"));
    lines.append(QCoreApplication::translate("sbr::ui::HelpMenu", "0–4\tset the level, the cursor moves down"));
    lines.append(QCoreApplication::translate("sbr::ui::HelpMenu", "N\tn/a (not applicable), the cursor moves down"));
    lines.append(QCoreApplication::translate("sbr::ui::HelpMenu", "Delete, Backspace\tclear the cell"));
    lines.append(QCoreApplication::translate("sbr::ui::HelpMenu", "Arrow keys\tmove the cursor"));
    return lines.join(u'\n');
}

QWidget *showUserGuide(QWidget *window)
{
    auto *guide = window->findChild<QTextBrowser *>(QStringLiteral("userGuide"));
    if (!guide) {
        guide = new QTextBrowser(window);
        guide->setObjectName(QStringLiteral("userGuide"));
        guide->setWindowFlag(Qt::Window);
        guide->setWindowTitle(QCoreApplication::translate("sbr::ui::HelpMenu", "Social Business Radar – User guide"));
        guide->setOpenExternalLinks(true);
        guide->setSearchPaths({QStringLiteral(":/help")});
        guide->setSource(QUrl(QStringLiteral("qrc:/help/user-guide.md")), QTextDocument::MarkdownResource);
        guide->resize(900, 700);
    }
    guide->show();
    guide->raise();
    // The guide holds both languages: German first, then English from its own title on. The
    // position is found once the shown document is laid out.
    QTextCursor start(guide->document());
    if (AppSettings::effectiveLanguage() == u"en") {
        const QTextCursor english = guide->document()->find(QStringLiteral("Social Business Radar – User guide"), 0,
                                                            QTextDocument::FindCaseSensitively);
        if (!english.isNull())
            start = english;
    }
    guide->setTextCursor(start);
    guide->verticalScrollBar()->setValue(0);
    if (start.position() > 0)
        guide->verticalScrollBar()->setValue(guide->cursorRect(start).top());
    return guide;
}

void addHelpMenu(QMenuBar *bar, QWidget *window)
{
    QMenu *help = bar->addMenu(QCoreApplication::translate("sbr::ui::HelpMenu", "&Help"));
    help->addAction(QCoreApplication::translate("sbr::ui::HelpMenu", "&User guide"), QKeySequence::HelpContents, window,
                    [window] { showUserGuide(window); });
    help->addAction(QCoreApplication::translate("sbr::ui::HelpMenu", "&Keyboard shortcuts"), window,
                    [window] { showShortcuts(window); });
    help->addSeparator();
    help->addAction(QCoreApplication::translate("sbr::ui::HelpMenu", "&About Social Business Radar"), window, [window] {
        QMessageBox box(QMessageBox::Information,
                        QCoreApplication::translate("sbr::ui::HelpMenu", "About Social Business Radar"), aboutText(),
                        QMessageBox::Ok, window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    });
    help->addAction(QCoreApplication::translate("sbr::ui::HelpMenu", "About &Qt"), qApp, &QApplication::aboutQt);
}

} // namespace sbr::ui
