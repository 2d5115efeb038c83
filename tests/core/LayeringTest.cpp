// The layers of architecture.md, checked on the sources: core (outside core/storage) must not
// include GUI or SQL headers, nor storage (only the session's sources may); core/storage must
// not include GUI headers; nothing above the session (app/, ui/, workshop/) includes storage or
// SQL headers, and the session's own headers do not either.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

QStringList offenders(const QString &dir, const QRegularExpression &forbidden, const QString &skip = {},
                      const QStringList &patterns = {QStringLiteral("*.h"), QStringLiteral("*.cpp")})
{
    QStringList out;
    QDirIterator it(dir, patterns, QDir::Files, QDirIterator::Subdirectories);
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
    QStringList found =
        offenders(QStringLiteral(SBRADAR_SOURCE_DIR "/core"), forbidden, QStringLiteral("/core/storage/"));
    // The session's sources are the one place above storage that uses it.
    found.removeIf([](const QString &line) {
        return line.contains(QStringLiteral("/core/session/")) &&
               line.endsWith(QStringLiteral("\"storage/Workspace.h\""));
    });
    EXPECT_TRUE(found.isEmpty()) << qPrintable(found.join(u'\n'));
}

TEST(Layering, NothingAboveTheSessionSeesStorage)
{
    const QRegularExpression forbidden(QStringLiteral(R"(#\s*include\s*[<"](storage/|core/storage/|QSql\w*|QtSql))"));
    ASSERT_TRUE(forbidden.isValid()) << qPrintable(forbidden.errorString());
    QStringList found;
    for (const char *dir : {"/app", "/ui", "/workshop"})
        found += offenders(QStringLiteral(SBRADAR_SOURCE_DIR) + QString::fromLatin1(dir), forbidden);
    found += offenders(QStringLiteral(SBRADAR_SOURCE_DIR "/core/session"), forbidden, {}, {QStringLiteral("*.h")});
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
