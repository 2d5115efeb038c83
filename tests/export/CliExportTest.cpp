// `sbradar-cli export` as a user meets it: the real binary, offscreen-free (Qt Core only),
// with its exit codes, the files it writes (and does not write), and numbers that agree with
// `score --json`.

#include "../cli/CliTestSupport.h"
#include "ExportTestSupport.h"

#include <cmath>

using namespace sbr::clitest;

namespace {

const QString kWeber = u"Weber Maschinenbau GmbH"_s;

class CliExport : public CliTestBase {
protected:
    QString m_ws;
    void SetUp() override
    {
        CliTestBase::SetUp();
        m_ws = makeDemo();
    }
    Result exportTo(const QString &file, const QStringList &extra)
    {
        return cli(QStringList{u"export"_s, m_ws} + extra + QStringList{u"-o"_s, file});
    }
};

} // namespace

TEST_F(CliExport, HelpAndVersionWithoutAWorkspace)
{
    QTemporaryDir empty;
    for (const QString &flag : {u"--help"_s, u"--version"_s}) {
        const Result r = run({u"export"_s, flag}, empty.path());
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        EXPECT_TRUE(r.err.isEmpty()) << r.dump();
    }
    const Result help = run({u"export"_s, u"--help"_s}, empty.path());
    for (const QString &word : {u"--format"_s, u"-o"_s, u"--company"_s, u"--level"_s, u"xlsx"_s})
        EXPECT_TRUE(help.out.contains(word)) << word.toStdString() << "\n" << help.dump();
    EXPECT_TRUE(cli({u"--help"_s}).out.contains(u"export"_s)) << "the top-level help does not list export";
    EXPECT_TRUE(dirEntries(empty.path()).isEmpty());
}

TEST_F(CliExport, XlsxHoldsEveryLevelAndAgreesWithAnonymousScoreJson)
{
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(u"out"_s));
    const Snapshot workspace = Snapshot::of(m_ws);
    const QString file = path(u"out/scores.xlsx"_s);
    const Result r = exportTo(file, {u"--format"_s, u"xlsx"_s, u"--lang"_s, u"en"_s});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_TRUE(r.err.isEmpty()) << r.dump();
    EXPECT_TRUE(readFile(file).startsWith("PK")) << "not a zip container";
    workspace.expectUnchanged();
    if (!sbr::exporttest::haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";

    const QJsonArray book = sbr::exporttest::readXlsx(file);
    ASSERT_EQ(book.size(), 5); // the last sheet: the action plan
    EXPECT_EQ(book[0].toObject()[u"name"_s].toString(), u"Read me");
    EXPECT_EQ(book[1].toObject()[u"name"_s].toString(), u"Company");
    EXPECT_EQ(book[2].toObject()[u"name"_s].toString(), u"Departments");
    EXPECT_EQ(book[3].toObject()[u"name"_s].toString(), u"Statements");
    EXPECT_EQ(book[4].toObject()[u"name"_s].toString(), u"Action plan");

    // Every company round of `score --json --anonymous` is a row of the company sheet with the
    // same index.
    const QJsonObject json = scoreJson(m_ws, {u"--anonymous"_s});
    const QJsonArray company = book[1].toObject()[u"rows"_s].toArray();
    const QJsonArray header = company[0].toArray();
    ASSERT_EQ(header[4].toObject()[u"s"_s].toString(), u"Readiness index");
    int rounds = 0;
    for (const QJsonValue &c : json[u"companies"_s].toArray()) {
        for (const QJsonValue &round : c.toObject()[u"rounds"_s].toArray()) {
            ++rounds;
            ASSERT_LT(rounds, company.size());
            const QJsonArray row = company[rounds].toArray();
            EXPECT_EQ(row[0].toObject()[u"s"_s].toString(), c.toObject()[u"name"_s].toString());
            EXPECT_EQ(row[1].toObject()[u"s"_s].toString(), round.toObject()[u"label"_s].toString());
            const QJsonValue index = round.toObject()[u"company"_s].toObject()[u"index"_s];
            if (index.isNull())
                EXPECT_TRUE(row[4].isNull());
            else
                EXPECT_NEAR(row[4].toObject()[u"n"_s].toDouble(), index.toDouble(), 1e-9);
        }
    }
    EXPECT_EQ(company.size(), rounds + 1);
    EXPECT_GT(rounds, 3);
}

TEST_F(CliExport, CsvWritesOneLevel)
{
    const QString file = path(u"scores.csv"_s);
    Result r = exportTo(file, {u"--format"_s, u"csv"_s});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    QByteArray bytes = readFile(file);
    EXPECT_TRUE(
        bytes.startsWith("\xEF\xBB\xBF"
                         "company,round,date,respondents,index,stage,delta,peers,index.percentile,strategy.score,"))
        << bytes.left(200).toStdString();
    EXPECT_TRUE(bytes.contains("\r\nWeber Maschinenbau GmbH,"));

    r = exportTo(file,
                 {u"--format"_s, u"CSV"_s, u"--level"_s, u"items"_s, u"--company"_s, kWeber, u"--lang"_s, u"de"_s});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    bytes = readFile(file);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"
                                 "company,round,date,department,item,text,n,mean,sd,score,disagreement\r\n"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    for (qsizetype i = 1; i + 1 < lines.size(); ++i)
        EXPECT_TRUE(lines[i].startsWith("Weber Maschinenbau GmbH,"))
            << "--company let another company through: " << lines[i].toStdString();
    EXPECT_EQ(dirEntries(m_dir.path()), (QStringList{u"demo.sbradar"_s, u"scores.csv"_s}));
}

TEST_F(CliExport, UnknownCompanyIsBadInput)
{
    const QString file = path(u"x.xlsx"_s);
    const Result r = exportTo(file, {u"--format"_s, u"xlsx"_s, u"--company"_s, u"No Such GmbH"_s});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    expectErrorLines(r);
    EXPECT_TRUE(r.err.contains(u"No Such GmbH"_s)) << r.dump();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(CliExport, UsageErrors)
{
    const Snapshot workspace = Snapshot::of(m_ws);
    const QString file = path(u"x.out"_s);
    const QList<QStringList> cases = {
        {u"export"_s, m_ws, u"--format"_s, u"pdf"_s, u"-o"_s, file},
        {u"export"_s, m_ws, u"-o"_s, file},
        {u"export"_s, m_ws, u"--format"_s, u"csv"_s},
        {u"export"_s, m_ws, u"--format"_s, u"csv"_s, u"-o"_s, u""_s},
        {u"export"_s, m_ws, u"--format"_s, u"csv"_s, u"--level"_s, u"everything"_s, u"-o"_s, file},
        {u"export"_s, m_ws, u"--format"_s, u"xlsx"_s, u"--level"_s, u"items"_s, u"-o"_s, file},
        {u"export"_s, m_ws, u"--format"_s, u"csv"_s, u"--lang"_s, u"fr"_s, u"-o"_s, file},
        {u"export"_s, m_ws, u"--format"_s, u"xlsx"_s, u"-o"_s, m_ws}, // would overwrite the workspace
        {u"export"_s, m_ws, u"--format"_s, u"xlsx"_s, u"--no-such-option"_s, u"-o"_s, file},
        {u"export"_s, u"--format"_s, u"xlsx"_s, u"-o"_s, file},
    };
    for (const QStringList &args : cases) {
        const Result r = cli(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString() << "\n" << r.dump();
        expectErrorLines(r);
        EXPECT_TRUE(r.out.isEmpty()) << r.dump();
    }
    EXPECT_FALSE(QFileInfo::exists(file));
    workspace.expectUnchanged();
}

TEST_F(CliExport, UnwritableFileIsExit3AndLeavesNothing)
{
    for (const QString &format : {u"xlsx"_s, u"csv"_s}) {
        const QString file = u"/nonexistent-dir/x."_s + format;
        const Result r = exportTo(file, {u"--format"_s, format});
        EXPECT_EQ(r.exitCode, 3) << r.dump();
        expectErrorLines(r);
        EXPECT_TRUE(r.err.contains(file)) << r.dump();
        EXPECT_FALSE(QFileInfo::exists(file));
    }
    // A folder in the way: nothing written into it or beside it.
    QDir(m_dir.path()).mkdir(u"folder.xlsx"_s);
    const Result r = exportTo(path(u"folder.xlsx"_s), {u"--format"_s, u"xlsx"_s});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    expectErrorLines(r);
    EXPECT_EQ(dirEntries(m_dir.path()), (QStringList{u"demo.sbradar"_s, u"folder.xlsx"_s}));
    EXPECT_TRUE(dirEntries(path(u"folder.xlsx"_s)).isEmpty());
}

TEST_F(CliExport, NotAWorkspaceIsExit3)
{
    writeFile(path(u"junk.sbradar"_s), "not a workspace at all");
    const Result r = cli({u"export"_s, path(u"junk.sbradar"_s), u"--format"_s, u"xlsx"_s, u"-o"_s, path(u"x.xlsx"_s)});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    expectErrorLines(r);
    EXPECT_FALSE(QFileInfo::exists(path(u"x.xlsx"_s)));
}

TEST_F(CliExport, RunsWithoutADisplay)
{
    // Export needs no display: with no platform plugin available it still works.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    p.setProcessEnvironment(env);
    const QString file = path(u"headless.xlsx"_s);
    p.start(cliPath(), {u"export"_s, m_ws, u"--format"_s, u"xlsx"_s, u"-o"_s, file});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(QFileInfo::exists(file));
}
