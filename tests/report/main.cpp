// The report tests need a QApplication (Qt Charts' charts are graphics widgets), offscreen,
// and settings that never touch the user's.

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SocialBusinessRadarTests"));
    QApplication::setApplicationName(QStringLiteral("report_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
