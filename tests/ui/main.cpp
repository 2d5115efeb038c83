// The GUI tests need a QApplication (offscreen) and settings that never touch the user's, nor
// those of another test process running at the same time (ctest -j): each process has its own.

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SocialBusinessRadarTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests-%1").arg(QApplication::applicationPid()));
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    QFile::remove(QSettings().fileName());
    return result;
}
