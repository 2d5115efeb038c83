#pragma once
// Shared helpers of the sbradar-cli tests: run the real binary with QProcess in a temporary
// folder, write input files, and check what a user notices (exit code, stdout, "error: " lines
// on stderr, a workspace file left byte-for-byte unchanged, no stray files beside it).

#include <gtest/gtest.h>

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <filesystem>
#include <random>

/// Readable test parameters in gtest and ctest output.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace sbr::clitest {

using namespace Qt::StringLiterals;

inline QString cliPath()
{
    return QStringLiteral(SBRADAR_BIN_DIR "/sbradar-cli");
}
inline QString testData(const QString &name)
{
    return QStringLiteral(SBRADAR_TEST_DATA "/") + name;
}

struct Result {
    int exitCode = -1; ///< -1 when the process crashed or did not finish
    QByteArray outBytes;
    QString out;
    QString err;

    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    /// For assertion messages.
    std::string dump() const
    {
        return QStringLiteral("exit %1\n--- stdout ---\n%2--- stderr ---\n%3")
            .arg(exitCode)
            .arg(out.left(4000), err.left(8000))
            .toStdString();
    }
};

/// Runs sbradar-cli with LANG=C (English messages) in `workDir` (the test's folder).
inline Result run(const QStringList &args, const QString &workDir = {}, const QByteArray &stdinData = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(cliPath(), args);
    Result r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("could not start ") + cliPath();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.outBytes = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.outBytes);
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

/// Every line on stderr starts with "error: " and there is at least one.
inline void expectErrorLines(const Result &r)
{
    const QStringList lines = r.errLines();
    EXPECT_FALSE(lines.isEmpty()) << r.dump();
    for (const QString &line : lines)
        EXPECT_TRUE(line.startsWith(u"error: ")) << "stderr line without \"error: \": " << line.toStdString();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(f.write(bytes), bytes.size());
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Deterministic pseudo-random bytes.
inline QByteArray randomBytes(qsizetype n, unsigned seed)
{
    std::mt19937 gen(seed);
    QByteArray b(n, '\0');
    for (qsizetype i = 0; i < n; ++i)
        b[i] = char(gen() & 0xff);
    return b;
}

/// Everything in a folder, hidden files included (journals, temporary files).
inline QStringList dirEntries(const QString &dir)
{
    QStringList names =
        QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    return names;
}

/// A file's bytes and modification time (nanoseconds) and its folder's listing, to prove that
/// a failed command left everything as it was.
struct Snapshot {
    QString path;
    bool exists = false;
    QByteArray bytes;
    std::filesystem::file_time_type mtime{};
    QStringList folder;

    static Snapshot of(const QString &path)
    {
        Snapshot s;
        s.path = path;
        s.exists = QFileInfo::exists(path);
        if (s.exists) {
            s.bytes = readFile(path);
            s.mtime = std::filesystem::last_write_time(std::filesystem::path(path.toStdString()));
        }
        s.folder = dirEntries(QFileInfo(path).absolutePath());
        return s;
    }
    void expectUnchanged() const
    {
        const Snapshot now = of(path);
        EXPECT_EQ(now.exists, exists) << path.toStdString();
        EXPECT_TRUE(now.bytes == bytes) << path.toStdString() << " changed: " << bytes.size() << " -> "
                                        << now.bytes.size() << " bytes";
        EXPECT_TRUE(now.mtime == mtime) << path.toStdString() << ": modification time changed";
        EXPECT_EQ(now.folder, folder) << "files appeared or vanished beside " << path.toStdString();
    }
};

inline QJsonObject parseJson(const Result &r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.outBytes, &e);
    EXPECT_EQ(e.error, QJsonParseError::NoError) << e.errorString().toStdString() << "\n" << r.dump();
    EXPECT_TRUE(doc.isObject());
    return doc.object();
}

inline QJsonObject findByKey(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array)
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    return {};
}

/// Test base: a fresh temporary folder and shortcuts to run the CLI inside it.
class CliTestBase : public ::testing::Test {
protected:
    QTemporaryDir m_dir;

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QFileInfo::exists(cliPath())) << "build sbradar-cli first: " << cliPath().toStdString();
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Result cli(const QStringList &args) const { return run(args, m_dir.path()); }

    QString makeWorkspace(const QString &name = QStringLiteral("ws.sbradar"))
    {
        const Result r = cli({QStringLiteral("init"), path(name)});
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        return path(name);
    }
    QString makeDemo(const QString &name = QStringLiteral("demo.sbradar"))
    {
        const Result r = cli({QStringLiteral("demo"), path(name)});
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        return path(name);
    }
    QJsonObject scoreJson(const QString &ws, const QStringList &extra = {})
    {
        const Result r = cli(QStringList{QStringLiteral("score"), ws, QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        return parseJson(r);
    }
    /// The item ids of a workspace's questionnaire, as `questionnaire --json` prints them.
    QStringList itemIds(const QString &ws)
    {
        const Result r = cli({QStringLiteral("questionnaire"), ws, QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        QStringList ids;
        for (const QJsonValue &d : parseJson(r).value(u"dimensions"_s).toArray())
            for (const QJsonValue &i : d.toObject().value(u"items"_s).toArray())
                ids.append(i.toObject().value(u"id"_s).toString());
        return ids;
    }
    /// Imports `file` into `ws` and expects a refusal (exit 2, "error:" lines) that left the
    /// workspace as it was.
    Result refusedImport(const QString &ws, const QString &file, const QStringList &options = {}) const
    {
        const Snapshot before = Snapshot::of(ws);
        const Result r = cli(QStringList{QStringLiteral("import"), ws, file} + options);
        EXPECT_EQ(r.exitCode, 2) << r.dump();
        expectErrorLines(r);
        before.expectUnchanged();
        return r;
    }
    /// Expects an "error: " line that starts with `start` (after the prefix) and contains `text`.
    static void expectErrorLine(const Result &r, const QString &start, const QString &text)
    {
        for (const QString &l : r.errLines())
            if (l.startsWith(QStringLiteral("error: ") + start) && l.contains(text))
                return;
        ADD_FAILURE() << "no error starting \"" << start.toStdString() << "\" containing \"" << text.toStdString()
                      << "\"\n"
                      << r.dump();
    }
    /// Runs the sqlite3 shell on a file; skips the test when it is not installed.
    bool sqlite(const QString &file, const QString &sql)
    {
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (exe.isEmpty())
            return false;
        QProcess p;
        p.start(exe, {file, sql});
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
};

} // namespace sbr::clitest
