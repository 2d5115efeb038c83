// The layers of architecture.md, checked on the sources: core (outside core/storage) must not
// include GUI or SQL headers, nor storage; core/storage must not include GUI headers.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList offenders(const QString &dir, const QRegularExpression &forbidden, const QString &skip = {})
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!skip.isEmpty() && path.contains(skip))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int line = 0;
        while (!f.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(f.readLine());
            if (forbidden.match(text).hasMatch())
                out.append(QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed()));
        }
    }
    return out;
}

} // namespace

TEST(Layering, CoreSeesOnlyQtCore)
{
    const QRegularExpression forbidden(
        QStringLiteral(R"(#\s*include\s*[<"](QtWidgets|QtGui|QtSql|QtCharts|QWidget|QApplication|QGuiApplication|)"
                       R"(QPainter|QImage|QColor|QChart|QSql\w*|storage/|ui/))"));
    ASSERT_TRUE(forbidden.isValid()) << qPrintable(forbidden.errorString());
    const QStringList found =
        offenders(QStringLiteral(SBRADAR_SOURCE_DIR "/core"), forbidden, QStringLiteral("/core/storage/"));
    EXPECT_TRUE(found.isEmpty()) << qPrintable(found.join(u'\n'));
}

TEST(Layering, StorageSeesNoWidgets)
{
    const QRegularExpression forbidden(
        QStringLiteral(R"(#\s*include\s*[<"](QtWidgets|QtGui|QWidget|QApplication|QMessageBox|QDialog|ui/))"));
    ASSERT_TRUE(forbidden.isValid()) << qPrintable(forbidden.errorString());
    const QStringList found = offenders(QStringLiteral(SBRADAR_SOURCE_DIR "/core/storage"), forbidden);
    EXPECT_TRUE(found.isEmpty()) << qPrintable(found.join(u'\n'));
}

TEST(Layering, CheckWouldCatchAnOffender)
{
    // The pattern itself must match a forbidden include, or the two tests above prove nothing.
    const QRegularExpression forbidden(QStringLiteral(R"(#\s*include\s*[<"](QtWidgets|QSql\w*))"));
    ASSERT_TRUE(forbidden.isValid());
    EXPECT_TRUE(forbidden.match(QStringLiteral("#include <QSqlQuery>")).hasMatch());
    EXPECT_TRUE(forbidden.match(QStringLiteral("#include <QtWidgets/QWidget>")).hasMatch());
    EXPECT_FALSE(forbidden.match(QStringLiteral("#include <QString>")).hasMatch());
}

TEST(Layering, WidgetsRunNoSql)
{
    // The workbench reads and writes through core/storage's API; no SQL in ui/ or app/.
    const QRegularExpression forbidden(QStringLiteral(R"(#\s*include\s*[<"](QtSql|QSql\w*|sqlite3\.h))"));
    ASSERT_TRUE(forbidden.isValid());
    QStringList found = offenders(QStringLiteral(SBRADAR_SOURCE_DIR "/ui"), forbidden);
    found += offenders(QStringLiteral(SBRADAR_SOURCE_DIR "/app"), forbidden);
    EXPECT_TRUE(found.isEmpty()) << qPrintable(found.join(u'\n'));
}
