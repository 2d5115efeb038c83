// sbradar: the workbench. Opens the workspace given on the command line, or the last one, or
// on first start a demo workspace so that there is something to see.

#include "AppSettings.h"
#include "Language.h"
#include "MainWindow.h"
#include "dialogs/PreferencesDialog.h"
#include "models/NavigatorModel.h"
#include "presentation/PresentationWindow.h"
#include "presentation/WorkshopController.h"
#include "session/WorkspaceSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QKeyEvent>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

namespace {

QString demoWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/Demo.sbradar");
}

bool ensureDemoWorkspace(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    sbr::WorkspaceError error;
    if (sbr::session::WorkspaceSession::createDemo(path, &error))
        return true;
    qWarning("%s", qPrintable(error.message));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SocialBusinessRadar"));
    QApplication::setApplicationName(QStringLiteral("Social Business Radar"));
    QApplication::setApplicationVersion(QStringLiteral(SBRADAR_VERSION));
#ifdef SBRADAR_APP_ID
    QGuiApplication::setDesktopFileName(QStringLiteral(SBRADAR_APP_ID)); // the installed .desktop entry
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(SBRADAR_APP_ID)));
#endif
    sbr::ui::Language::apply(sbr::ui::AppSettings::effectiveLanguage());
    sbr::ui::PreferencesDialog::applyTheme(int(sbr::ui::AppSettings::theme()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Social-business readiness workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QApplication::translate("main", "The page to show first (0 = first tab)."),
                                  QStringLiteral("N"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QApplication::translate("main", "Select company/round/department, e.g. "
                                                                    "\"Weber Maschinenbau GmbH/2026-Q3/Vertrieb\"."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption present(QStringLiteral("present"),
                                     QApplication::translate("main", "Start the presentation of the selected "
                                                                     "department on slide N (with --screenshot: "
                                                                     "a picture of that slide)."),
                                     QStringLiteral("N"));
    const QCommandLineOption live(QStringLiteral("live"),
                                  QApplication::translate("main", "With --present: live voting on this computer "
                                                                  "only (127.0.0.1)."));
    const QCommandLineOption expected(QStringLiteral("expected"),
                                      QApplication::translate("main", "With --present --live: the expected group "
                                                                      "size shown on the slides."),
                                      QStringLiteral("N"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        QApplication::translate("main", "Window size in pixels, e.g. 1024x700."),
                                        QStringLiteral("WxH"));
    parser.addOptions({screenshot, page, select, present, live, expected, windowSize});
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file to open."));
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = sbr::ui::AppSettings::lastWorkspace();
        // A team workspace used last is connected to again (asking for its password if need be).
        if (path.isEmpty() || (!QFileInfo::exists(path) && !sbr::session::WorkspaceSession::isTeamLocation(path))) {
            path = demoWorkspacePath();
            ensureDemoWorkspace(path);
        }
    }
    sbr::ui::MainWindow window;
    // A screenshot run never waits for a question about an unfinished workshop (it stays for later).
    window.workshop()->setRecoveryOffered(!parser.isSet(screenshot));
    window.openWorkspace(path);
    if (parser.isSet(select)) {
        // Walk the navigator by names: company, then round, then department.
        const QStringList names = parser.value(select).split(u'/');
        auto *model = window.navigatorModel();
        QModelIndex parent;
        for (const QString &name : names) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex child = model->index(row, 0, parent);
                if (model->selectionAt(child).companyName == name || child.data().toString().startsWith(name)) {
                    parent = child;
                    break;
                }
            }
        }
        if (parent.isValid())
            window.select(model->selectionAt(parent));
    }
    if (parser.isSet(page))
        window.pages()->setCurrentIndex(parser.value(page).toInt());
    if (const QStringList wh = parser.value(windowSize).split(u'x'); wh.size() == 2)
        window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    window.show();
    QWidget *shown = &window;
    if (parser.isSet(present)) {
        sbr::ui::WorkshopController::Options options;
        options.liveVoting = parser.isSet(live);
        options.address = QHostAddress::LocalHost;
        options.fullScreen = !parser.isSet(screenshot);
        options.expected = parser.value(expected).toInt();
        if (window.workshop()->start(window.selection(), options)) {
            shown = window.workshop()->presentation();
            shown->resize(1280, 720);
            // "J": the join slide (what the J key shows), over the first statement.
            const bool join = parser.value(present).startsWith(u'J', Qt::CaseInsensitive);
            window.workshop()->presentation()->goTo(join ? 1 : parser.value(present).toInt());
            if (join) {
                QKeyEvent key(QEvent::KeyPress, Qt::Key_J, Qt::NoModifier);
                QApplication::sendEvent(shown, &key);
            }
        }
    }
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(700, &window, [shown, file] {
            shown->grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
