// sbradar: the workbench. Opens the workspace given on the command line, or the last one, or
// on first start a demo workspace so that there is something to see.

#include "MainWindow.h"
#include "demo/DemoData.h"
#include "io/QuestionnaireJson.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

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
    const sbr::Questionnaire q = sbr::io::defaultQuestionnaire();
    const sbr::demo::DemoData data = sbr::demo::generate(q);
    sbr::storage::StorageError error;
    if (sbr::storage::Workspace::create(path, q, &error, &data.batch, &data.targets))
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

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("sbradar"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Social-business readiness workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save a picture of the window and quit."),
                                        QStringLiteral("FILE.png"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "The workspace file to open."));
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        path = QSettings().value(QStringLiteral("workspace/last")).toString();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = demoWorkspacePath();
            ensureDemoWorkspace(path);
        }
    }
    sbr::ui::MainWindow window;
    if (window.openWorkspace(path))
        QSettings().setValue(QStringLiteral("workspace/last"), QFileInfo(path).absoluteFilePath());
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return app.exec();
}
