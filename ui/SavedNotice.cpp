#include "SavedNotice.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace sbr::ui {

namespace {

QMainWindow *mainWindowOf(QWidget *from)
{
    for (QWidget *w = from; w; w = w->parentWidget())
        if (auto *main = qobject_cast<QMainWindow *>(w->window()))
            return main;
    return qobject_cast<QMainWindow *>(QApplication::activeWindow());
}

} // namespace

void showSavedNotice(QWidget *from, const QString &path)
{
    QMainWindow *main = mainWindowOf(from);
    if (!main)
        return;
    QStatusBar *bar = main->statusBar();
    delete bar->findChild<QLabel *>(QStringLiteral("savedNotice"));
    auto *notice = new QLabel(bar);
    notice->setObjectName(QStringLiteral("savedNotice"));
    notice->setTextFormat(Qt::RichText);
    notice->setOpenExternalLinks(true); // file: URLs open in the desktop's program for the type
    notice->setText(
        QCoreApplication::translate("sbr::ui::SavedNotice", "Saved: %1 – <a href=\"%2\">Open</a>")
            .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                 QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded).toHtmlEscaped()));
    notice->setToolTip(QDir::toNativeSeparators(path));
    bar->clearMessage();
    bar->addWidget(notice);
    QTimer::singleShot(15000, notice, &QObject::deleteLater);
}

} // namespace sbr::ui
