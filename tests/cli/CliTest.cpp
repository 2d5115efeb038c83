// sbradar-cli as a user meets it: usage and exit codes, init and demo, bad questionnaire files,
// files that are not (healthy, current) workspaces, and the filters of `score`.
// The import of answers files is tested in CliImportTest.cpp.

#include "CliTestSupport.h"

using namespace sbr::clitest;

namespace {

const QStringList kCommands = {u"init"_s,     u"demo"_s,   u"questionnaire"_s, u"import"_s,   u"score"_s,
                               u"settings"_s, u"export"_s, u"report"_s,        u"workshop"_s, u"template"_s};
const QString kWeber = u"Weber Maschinenbau GmbH"_s;

// ---------------------------------------------------------------------------------------------
// A. Usage

class CliUsage : public CliTestBase {};

TEST_F(CliUsage, NoArgumentsIsAUsageErrorOnStderr)
{
    const Result r = cli({});
    EXPECT_EQ(r.exitCode, 1) << r.dump();
    EXPECT_TRUE(r.out.isEmpty()) << r.dump();
    expectErrorLines(r);
}

TEST_F(CliUsage, UnknownCommandIsAUsageError)
{
    const Result r = cli({u"frobnicate"_s, path(u"ws.sbradar"_s)});
    EXPECT_EQ(r.exitCode, 1) << r.dump();
    expectErrorLines(r);
    EXPECT_TRUE(r.err.contains(u"frobnicate"_s)) << r.dump();
    EXPECT_TRUE(dirEntries(m_dir.path()).isEmpty());
}

TEST_F(CliUsage, TopLevelHelpAndVersion)
{
    for (const QString &flag : {u"--help"_s, u"--version"_s}) {
        const Result r = cli({flag});
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        EXPECT_FALSE(r.out.trimmed().isEmpty()) << flag.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.dump();
    }
    const Result help = cli({u"--help"_s});
    for (const QString &command : kCommands)
        EXPECT_TRUE(help.out.contains(command)) << "--help does not mention " << command.toStdString();
    EXPECT_TRUE(cli({u"--version"_s}).out.contains(u"sbradar-cli"_s));
}

class CliCommandUsage : public CliTestBase, public ::testing::WithParamInterface<QString> {};

TEST_P(CliCommandUsage, HelpAndVersionWorkWithoutAWorkspace)
{
    for (const QString &flag : {u"--help"_s, u"--version"_s}) {
        const Result r = cli({GetParam(), flag});
        EXPECT_EQ(r.exitCode, 0) << flag.toStdString() << "\n" << r.dump();
        EXPECT_FALSE(r.out.trimmed().isEmpty()) << flag.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.dump();
    }
    EXPECT_TRUE(cli({GetParam(), u"--help"_s}).out.contains(GetParam()));
    EXPECT_TRUE(dirEntries(m_dir.path()).isEmpty()) << "--help created a file";
}

TEST_P(CliCommandUsage, MissingPositionalArgumentIsAUsageError)
{
    const Result r = cli({GetParam()});
    EXPECT_EQ(r.exitCode, 1) << r.dump();
    expectErrorLines(r);
    EXPECT_TRUE(r.out.isEmpty()) << r.dump();
}

TEST_P(CliCommandUsage, UnknownOptionAndExtraArgumentAreUsageErrors)
{
    const QString ws = makeDemo();
    const Snapshot before = Snapshot::of(ws);
    const QStringList extra = GetParam() == u"import" ? QStringList{path(u"a.csv"_s), path(u"b.csv"_s)}
                                                      : QStringList{path(u"other.sbradar"_s)};
    for (const QStringList &args :
         {QStringList{GetParam(), ws, u"--no-such-option"_s}, QStringList{GetParam(), ws} + extra}) {
        const Result r = cli(args);
        EXPECT_EQ(r.exitCode, 1) << args.join(u' ').toStdString() << "\n" << r.dump();
        expectErrorLines(r);
    }
    before.expectUnchanged();
}

TEST_P(CliCommandUsage, EmptyFileNameIsAUsageError)
{
    // "sbradar-cli score $WS" with WS unset in a script
    const QString ws = makeDemo();
    const QStringList args =
        GetParam() == u"import" ? QStringList{GetParam(), ws, u""_s} : QStringList{GetParam(), u""_s};
    const Result r = cli(args);
    EXPECT_EQ(r.exitCode, 1) << r.dump();
    expectErrorLines(r); // and no Qt warnings
    EXPECT_EQ(dirEntries(m_dir.path()), QStringList{u"demo.sbradar"_s});
}

INSTANTIATE_TEST_SUITE_P(Commands, CliCommandUsage, ::testing::ValuesIn(kCommands),
                         [](const auto &tpi) { return tpi.param.toStdString(); });

TEST_F(CliUsage, BadTargetIsAUsageError)
{
    const QString ws = makeDemo();
    for (const QString &t : {u"abc"_s, u"150"_s, u"-1"_s, u""_s}) {
        const Result r = cli({u"score"_s, ws, u"--target"_s, t});
        EXPECT_EQ(r.exitCode, 1) << "--target \"" << t.toStdString() << "\"\n" << r.dump();
        expectErrorLines(r);
    }
    EXPECT_EQ(cli({u"score"_s, ws, u"--target"_s}).exitCode, 1); // no value at all
    EXPECT_EQ(cli({u"score"_s, ws, u"--target"_s, u"80"_s}).exitCode, 0);
}

// ---------------------------------------------------------------------------------------------
// B. init and demo

class CliInit : public CliTestBase {};

TEST_F(CliInit, CreatesAnEmptyWorkspaceThatScoreReads)
{
    const QString ws = path(u"new.sbradar"_s);
    const Result r = cli({u"init"_s, ws});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_FALSE(r.out.isEmpty());
    EXPECT_TRUE(r.err.isEmpty()) << r.dump();
    EXPECT_EQ(dirEntries(m_dir.path()), QStringList{u"new.sbradar"_s}) << "temporary files left behind";
    const QJsonObject score = scoreJson(ws);
    EXPECT_EQ(score.value(u"questionnaire"_s).toObject().value(u"id"_s).toString(), u"social-business-readiness"_s);
    ASSERT_TRUE(score.value(u"companies"_s).isArray());
    EXPECT_TRUE(score.value(u"companies"_s).toArray().isEmpty());
    EXPECT_EQ(itemIds(ws).size(), 31);
}

TEST_F(CliInit, RefusesToOverwriteAnExistingFile)
{
    const QString precious = path(u"precious.sbradar"_s);
    writeFile(precious, "my thesis, not a workspace\n");
    const QString ws = makeDemo();
    for (const QString &target : {precious, ws})
        for (const QString &command : {u"init"_s, u"demo"_s}) {
            const Snapshot before = Snapshot::of(target);
            const Result r = cli({command, target});
            EXPECT_EQ(r.exitCode, 3) << command.toStdString() << " " << target.toStdString() << "\n" << r.dump();
            expectErrorLines(r);
            EXPECT_TRUE(r.err.contains(QFileInfo(target).fileName())) << r.dump();
            before.expectUnchanged();
        }
}

TEST_F(CliInit, UsesAQuestionnaireFile)
{
    const QString ws = path(u"mini.sbradar"_s);
    const Result r = cli({u"init"_s, ws, u"--questionnaire"_s, testData(u"three-dimensions.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(itemIds(ws),
              (QStringList{u"a.one"_s, u"a.two"_s, u"b.one"_s, u"c.one"_s, u"c.two"_s, u"c.three"_s, u"c.four"_s}));
    const QJsonObject q = scoreJson(ws).value(u"questionnaire"_s).toObject();
    EXPECT_EQ(q.value(u"id"_s).toString(), u"mini"_s);
    EXPECT_EQ(q.value(u"version"_s).toInt(), 2);
}

struct BadQuestionnaire {
    const char *file;
    const char *expected; // the rule with its JSON path
};

void PrintTo(const BadQuestionnaire &q, std::ostream *os)
{
    *os << q.file;
}

class CliInitBadQuestionnaire : public CliTestBase, public ::testing::WithParamInterface<BadQuestionnaire> {};

TEST_P(CliInitBadQuestionnaire, IsRefusedWithTheJsonPathAndNoFileIsCreated)
{
    const QString json = testData(u"cli/"_s + QString::fromUtf8(GetParam().file));
    ASSERT_TRUE(QFileInfo::exists(json)) << json.toStdString();
    const QString ws = path(u"ws.sbradar"_s);
    const Result r = cli({u"init"_s, ws, u"--questionnaire"_s, json});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    expectErrorLines(r);
    EXPECT_TRUE(r.err.contains(QString::fromUtf8(GetParam().expected)))
        << "expected \"" << GetParam().expected << "\"\n"
        << r.dump();
    EXPECT_TRUE(r.err.contains(QString::fromUtf8(GetParam().file))) << "the message should name the file\n" << r.dump();
    EXPECT_FALSE(QFileInfo::exists(ws));
    EXPECT_TRUE(dirEntries(m_dir.path()).isEmpty()) << dirEntries(m_dir.path()).join(u' ').toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Files, CliInitBadQuestionnaire,
    ::testing::Values(BadQuestionnaire{"questionnaire-weight-zero.json", "dimensions[0].items[1].weight: must be > 0"},
                      BadQuestionnaire{"questionnaire-two-dimensions.json", "dimensions: needs at least three"},
                      BadQuestionnaire{"questionnaire-duplicate-item.json", "dimensions[2].items[1].id: \"a.one\""},
                      BadQuestionnaire{"questionnaire-unknown-measure.json",
                                       "dimensions[1].items[0].measures[1]: measure \"no-such-measure\""},
                      BadQuestionnaire{"questionnaire-levels-length.json",
                                       "dimensions[2].items[0].levels.de: must list "
                                       "exactly 5"},
                      BadQuestionnaire{"questionnaire-not-json.json", "not valid JSON (line 3"}),
    [](const auto &tpi) {
        std::string name = QString::fromUtf8(tpi.param.file).section(u'.', 0, 0).mid(14).toStdString();
        for (char &c : name)
            c = c == '-' ? '_' : c;
        return name;
    });

TEST_F(CliInit, MissingQuestionnaireFileIsBadInput)
{
    const Result r = cli({u"init"_s, path(u"ws.sbradar"_s), u"--questionnaire"_s, path(u"nowhere.json"_s)});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    expectErrorLines(r);
    EXPECT_TRUE(r.err.contains(u"nowhere.json"_s)) << r.dump();
    EXPECT_TRUE(dirEntries(m_dir.path()).isEmpty());
}

TEST_F(CliInit, DemoHasWeberWithThreeRoundsAndPeers)
{
    const QString ws = path(u"demo.sbradar"_s);
    const Result r = cli({u"demo"_s, ws});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_EQ(dirEntries(m_dir.path()), QStringList{u"demo.sbradar"_s});
    const QJsonArray companies = scoreJson(ws).value(u"companies"_s).toArray();
    const QJsonObject weber = findByKey(companies, u"name"_s, kWeber);
    ASSERT_FALSE(weber.isEmpty()) << "no company " << kWeber.toStdString();
    const QJsonArray rounds = weber.value(u"rounds"_s).toArray();
    EXPECT_EQ(rounds.size(), 3);
    for (qsizetype i = 1; i < rounds.size(); ++i)
        EXPECT_LT(rounds[i - 1].toObject().value(u"date"_s).toString(),
                  rounds[i].toObject().value(u"date"_s).toString())
            << "rounds are not sorted by date";
    EXPECT_GE(companies.size() - 1, 8) << "too few peer companies for a benchmark";
    for (qsizetype i = 1; i < companies.size(); ++i)
        EXPECT_LT(companies[i - 1].toObject().value(u"name"_s).toString(),
                  companies[i].toObject().value(u"name"_s).toString())
            << "companies are not sorted by name";
}

TEST_F(CliInit, DemoIsDeterministic)
{
    const QString a = makeDemo(u"a.sbradar"_s), b = makeDemo(u"b.sbradar"_s);
    const Result ra = cli({u"score"_s, a, u"--json"_s}), rb = cli({u"score"_s, b, u"--json"_s});
    ASSERT_EQ(ra.exitCode, 0) << ra.dump();
    ASSERT_EQ(rb.exitCode, 0) << rb.dump();
    EXPECT_GT(ra.outBytes.size(), 1000);
    EXPECT_TRUE(ra.outBytes == rb.outBytes) << "two demo workspaces score differently";
}

// ---------------------------------------------------------------------------------------------
// D. Files that are not healthy, current workspaces: exit 3, a clear message, nothing touched.

enum class Bad {
    Missing,
    Empty,
    RandomBytes,
    Text,
    Foreign,
    Truncated,
    TruncatedAtPage,
    Corrupt40,
    Corrupt60,
    Corrupt80,
    Newer
};

struct BadWorkspace {
    const char *name;
    Bad kind;
    const char *keyword;
};

const BadWorkspace kBadWorkspaces[] = {
    {"Missing", Bad::Missing, "no workspace"},
    {"Empty", Bad::Empty, "not a Social Business Radar workspace"},
    {"RandomBytes", Bad::RandomBytes, "not a Social Business Radar workspace"},
    {"TextFile", Bad::Text, "not a Social Business Radar workspace"},
    {"OtherProgramsDatabase", Bad::Foreign, "another program"},
    {"TruncatedToHalf", Bad::Truncated, "damaged"},
    {"TruncatedAtPageBoundary", Bad::TruncatedAtPage, "damaged"},
    {"CorruptAt40Percent", Bad::Corrupt40, "damaged"},
    {"CorruptAt60Percent", Bad::Corrupt60, "damaged"},
    {"CorruptAt80Percent", Bad::Corrupt80, "damaged"},
    {"NewerVersion", Bad::Newer, "newer version"},
};

void PrintTo(const BadWorkspace &w, std::ostream *os)
{
    *os << w.name;
}

const QStringList kOpeningCommands = {u"score"_s, u"questionnaire"_s, u"import"_s, u"import-dry-run"_s};

class CliBadWorkspace : public CliTestBase, public ::testing::WithParamInterface<std::tuple<BadWorkspace, QString>> {
protected:
    /// Makes bad.sbradar of the given kind; false when the sqlite3 shell is needed but missing.
    bool makeBad(const QString &ws, Bad kind)
    {
        const auto corrupt = [&](int percent) {
            QByteArray bytes = readFile(ws);
            const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
            const qsizetype offset = bytes.size() * percent / 100 / pageSize * pageSize;
            bytes.replace(offset, pageSize, randomBytes(pageSize, unsigned(percent))); // one whole page of garbage
            writeFile(ws, bytes);
        };
        switch (kind) {
        case Bad::Missing:
            return true;
        case Bad::Empty:
            writeFile(ws, {});
            return true;
        case Bad::RandomBytes:
            writeFile(ws, randomBytes(8192, 7));
            return true;
        case Bad::Text:
            writeFile(ws, "company,department\nAcme,Sales\n");
            return true;
        case Bad::Foreign:
            return sqlite(ws, u"create table t(a)"_s);
        case Bad::Newer:
            makeDemo(QFileInfo(ws).fileName());
            return sqlite(ws, u"PRAGMA user_version=999"_s);
        default:
            break;
        }
        makeDemo(QFileInfo(ws).fileName());
        QByteArray bytes = readFile(ws);
        const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
        switch (kind) {
        case Bad::Truncated:
            writeFile(ws, bytes.left(bytes.size() / 2));
            break;
        case Bad::TruncatedAtPage:
            writeFile(ws, bytes.left(bytes.size() / 2 / pageSize * pageSize));
            break;
        case Bad::Corrupt40:
            corrupt(40);
            break;
        case Bad::Corrupt60:
            corrupt(60);
            break;
        case Bad::Corrupt80:
            corrupt(80);
            break;
        default:
            break;
        }
        return true;
    }
};

TEST_P(CliBadWorkspace, IsRefusedClearlyAndLeftUnchanged)
{
    const auto &[bad, command] = GetParam();
    const QString ws = path(u"bad.sbradar"_s);
    if (!makeBad(ws, bad.kind))
        GTEST_SKIP() << "needs the sqlite3 shell";
    const QString csv = path(u"answers.csv"_s);
    writeFile(csv, "company,department,round,date,respondent,item,level\n"
                   "Acme,Sales,2026-Q1,2026-03-15,r1,strategy.business-goals,2\n");
    QStringList args{command.section(u'-', 0, 0), ws};
    if (command.startsWith(u"import"))
        args << csv;
    if (command.endsWith(u"dry-run"))
        args << u"--dry-run"_s;
    if (command == u"score" || command == u"questionnaire")
        args << u"--json"_s;
    const Snapshot before = Snapshot::of(ws);
    const Result r = cli(args);
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    expectErrorLines(r);
    EXPECT_TRUE(r.err.contains(u"bad.sbradar"_s)) << "the message should name the file\n" << r.dump();
    EXPECT_TRUE(r.err.contains(QString::fromUtf8(bad.keyword), Qt::CaseInsensitive))
        << "expected \"" << bad.keyword << "\"\n"
        << r.dump();
    EXPECT_TRUE(r.out.isEmpty()) << r.dump();
    before.expectUnchanged();
}

INSTANTIATE_TEST_SUITE_P(Files, CliBadWorkspace,
                         ::testing::Combine(::testing::ValuesIn(kBadWorkspaces), ::testing::ValuesIn(kOpeningCommands)),
                         [](const auto &tpi) {
                             QString command = std::get<1>(tpi.param);
                             return std::string(std::get<0>(tpi.param).name) + "_" +
                                    command.replace(u'-', u'_').toStdString();
                         });

class CliLockedWorkspace : public CliTestBase {};

TEST_F(CliLockedWorkspace, IsAWorkspaceProblem)
{
    const QString exe = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (exe.isEmpty())
        GTEST_SKIP() << "needs the sqlite3 shell";
    const QString ws = makeDemo();
    QProcess holder; // another program in the middle of a write transaction
    holder.start(exe, {ws});
    ASSERT_TRUE(holder.waitForStarted());
    holder.write("BEGIN EXCLUSIVE;\nCREATE TABLE lock_test(a);\n");
    holder.waitForBytesWritten();
    for (int i = 0; i < 100 && !QFileInfo::exists(ws + u"-journal"_s); ++i)
        QThread::msleep(50);
    ASSERT_TRUE(QFileInfo::exists(ws + u"-journal"_s)) << "sqlite3 did not take the lock";
    const Result r = cli({u"score"_s, ws, u"--json"_s});
    holder.closeWriteChannel(); // sqlite3 ends and rolls back
    holder.waitForFinished();
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    expectErrorLines(r);
    EXPECT_TRUE(r.err.contains(u"in use"_s)) << r.dump();
    const Result after = cli({u"score"_s, ws, u"--json"_s});
    EXPECT_EQ(after.exitCode, 0) << after.dump();
    EXPECT_EQ(dirEntries(m_dir.path()), QStringList{u"demo.sbradar"_s});
}

// ---------------------------------------------------------------------------------------------
// E. score filters

class CliScoreFilter : public CliTestBase {};

TEST_F(CliScoreFilter, UnknownCompanyOrRoundIsBadInput)
{
    const QString ws = makeDemo();
    const QList<QStringList> cases = {{u"--company"_s, u"Nobody GmbH"_s},
                                      {u"--round"_s, u"1999-Q1"_s},
                                      {u"--company"_s, kWeber, u"--round"_s, u"2025-H1"_s}}; // a round of others only
    for (const QStringList &filter : cases) {
        const Result r = cli(QStringList{u"score"_s, ws, u"--json"_s} + filter);
        EXPECT_EQ(r.exitCode, 2) << filter.join(u' ').toStdString() << "\n" << r.dump();
        expectErrorLines(r);
        EXPECT_TRUE(r.err.contains(filter[1])) << r.dump();
        EXPECT_TRUE(r.out.isEmpty()) << r.dump();
    }
}

TEST_F(CliScoreFilter, CompanyAndRoundGiveExactlyThatRoundWithUnchangedNumbers)
{
    const QString ws = makeDemo();
    const QJsonObject full = scoreJson(ws);
    const QJsonObject weber = findByKey(full.value(u"companies"_s).toArray(), u"name"_s, kWeber);
    const QJsonArray rounds = weber.value(u"rounds"_s).toArray();
    ASSERT_EQ(rounds.size(), 3);
    for (const QJsonValue &round : rounds) {
        const QString label = round.toObject().value(u"label"_s).toString();
        const QJsonObject filtered = scoreJson(ws, {u"--company"_s, kWeber, u"--round"_s, label});
        EXPECT_EQ(filtered.value(u"questionnaire"_s), full.value(u"questionnaire"_s));
        const QJsonArray companies = filtered.value(u"companies"_s).toArray();
        ASSERT_EQ(companies.size(), 1) << label.toStdString();
        EXPECT_EQ(companies[0].toObject().value(u"name"_s).toString(), kWeber);
        EXPECT_EQ(companies[0].toObject().value(u"target"_s), weber.value(u"target"_s));
        const QJsonArray only = companies[0].toObject().value(u"rounds"_s).toArray();
        ASSERT_EQ(only.size(), 1) << label.toStdString();
        EXPECT_EQ(only[0].toObject(), round.toObject()) << "filtering changed the numbers of " << label.toStdString();
    }
}

TEST_F(CliScoreFilter, CompanyOnlyAndRoundOnlyKeepTheNumbers)
{
    const QString ws = makeDemo();
    const QJsonArray all = scoreJson(ws).value(u"companies"_s).toArray();
    const QJsonArray weberOnly = scoreJson(ws, {u"--company"_s, kWeber}).value(u"companies"_s).toArray();
    ASSERT_EQ(weberOnly.size(), 1);
    EXPECT_EQ(weberOnly[0].toObject(), findByKey(all, u"name"_s, kWeber));

    const QString label = u"2026-H1"_s; // a round label of the peer companies
    const QJsonArray byRound = scoreJson(ws, {u"--round"_s, label}).value(u"companies"_s).toArray();
    int expected = 0;
    for (const QJsonValue &c : all)
        expected += findByKey(c.toObject().value(u"rounds"_s).toArray(), u"label"_s, label).isEmpty() ? 0 : 1;
    ASSERT_GE(expected, 2);
    ASSERT_EQ(byRound.size(), expected);
    for (const QJsonValue &c : byRound) {
        const QJsonArray rounds = c.toObject().value(u"rounds"_s).toArray();
        ASSERT_EQ(rounds.size(), 1);
        const QJsonObject original =
            findByKey(findByKey(all, u"name"_s, c.toObject().value(u"name"_s).toString()).value(u"rounds"_s).toArray(),
                      u"label"_s, label);
        EXPECT_EQ(rounds[0].toObject(), original) << c.toObject().value(u"name"_s).toString().toStdString();
    }
}

} // namespace
