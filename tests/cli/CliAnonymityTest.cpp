// `score --json --anonymous` and `settings --min-group` as a user meets them, on the case of
// Klein GmbH (tests/data/cli/anonymity-differencing.csv, 31 items, scale 0..4): Vertrieb has 3
// respondents answering 2 everywhere (score 50), Einkauf 2 respondents answering 4 and 2 (mean 3,
// score 75). The full report shows Einkauf's 75; an anonymous output must not let anyone get it.

#include "CliTestSupport.h"

#include <cmath>
#include <functional>

using namespace sbr::clitest;

namespace {

const QString kKlein = u"Klein GmbH"_s;
const QString kWeber = u"Weber Maschinenbau GmbH"_s;

class CliAnonymous : public CliTestBase {
protected:
    QString caseWorkspace(int k)
    {
        const QString ws = makeWorkspace(u"case-k%1.sbradar"_s.arg(k));
        const Result imported = cli({u"import"_s, ws, testData(u"cli/anonymity-differencing.csv"_s)});
        EXPECT_EQ(imported.exitCode, 0) << imported.dump();
        const Result set = cli({u"settings"_s, ws, u"--min-group"_s, QString::number(k)});
        EXPECT_EQ(set.exitCode, 0) << set.dump();
        return ws;
    }
    QJsonObject anonymousRound(const QJsonObject &doc, const QString &company, int round = 0)
    {
        const QJsonObject c = findByKey(doc.value(u"companies"_s).toArray(), u"name"_s, company);
        return c.value(u"rounds"_s).toArray().at(round).toObject();
    }
};

/// Every number of a JSON value with its path, skipping the keys in `skip`.
void numbers(const QJsonValue &v, const QString &path, const QStringList &skip, QList<std::pair<QString, double>> &out)
{
    if (v.isDouble()) {
        out.append({path, v.toDouble()});
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            numbers(a[i], path + u'[' + QString::number(i) + u']', skip, out);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!skip.contains(it.key()))
                numbers(it.value(), path + u'.' + it.key(), skip, out);
    }
}

/// With company-level values shown, the company mean over departments minus the visible ones
/// gives the sum of the hidden ones: that is safe only when at least two are hidden together.
void expectNothingToSubtract(const QJsonObject &doc)
{
    for (const QJsonValue &c : doc.value(u"companies"_s).toArray())
        for (const QJsonValue &r : c.toObject().value(u"rounds"_s).toArray()) {
            const QJsonObject round = r.toObject();
            const std::string where =
                (c.toObject().value(u"name"_s).toString() + u' ' + round.value(u"label"_s).toString()).toStdString();
            int hidden = 0;
            for (const QJsonValue &d : round.value(u"departments"_s).toArray())
                hidden += d.toObject().value(u"hidden"_s).toBool() ? 1 : 0;
            const QJsonValue pool = round.value(u"pool"_s);
            EXPECT_EQ(pool.isNull(), hidden == 0) << where;
            if (hidden == 0)
                continue;
            EXPECT_EQ(pool.toObject().value(u"departments"_s).toArray().size(), hidden) << where;
            const bool companyShown = !round.value(u"company"_s).toObject().value(u"index"_s).isNull();
            if (companyShown || !pool.toObject().value(u"respondents"_s).isNull()) {
                EXPECT_GE(hidden, 2) << where << ": one hidden department next to company values";
                EXPECT_GE(pool.toObject().value(u"respondents"_s).toInt(), doc.value(u"min_group"_s).toInt()) << where;
            }
        }
}

TEST_F(CliAnonymous, FullReportStillShowsEinkauf)
{
    // Einkauf: mean 3 of 0..4 = 75 in every dimension; company spread 75 - 50 = 25.
    const QJsonObject round = anonymousRound(scoreJson(caseWorkspace(5)), kKlein);
    const QJsonObject einkauf = findByKey(round.value(u"departments"_s).toArray(), u"name"_s, u"Einkauf"_s);
    EXPECT_DOUBLE_EQ(einkauf.value(u"index"_s).toDouble(), 75.0);
    EXPECT_FALSE(einkauf.contains(u"hidden"_s));
    EXPECT_FALSE(round.contains(u"pool"_s));
    EXPECT_DOUBLE_EQ(round.value(u"company"_s)
                         .toObject()
                         .value(u"dimensions"_s)
                         .toArray()[0]
                         .toObject()
                         .value(u"spread"_s)
                         .toDouble(),
                     25.0);
}

TEST_F(CliAnonymous, CaseHidesBothDepartmentsInAPoolOfFive)
{
    // k = 5: both departments are under 5 and form the pool (2 + 3 = 5 >= 5, shown).
    // k = 3: Einkauf (2) is under 3 and alone; Vertrieb, the smallest department outside, joins.
    // Either way: pool of 5 respondents, dimensions mean(75, 50) = 62.5, index 62.5, stage 4;
    // company 62.5 (stage 4); spread NULL (the pool is the only unit).
    for (const int k : {5, 3}) {
        SCOPED_TRACE(k);
        const QJsonObject doc = scoreJson(caseWorkspace(k), {u"--anonymous"_s});
        EXPECT_EQ(doc.value(u"min_group"_s).toInt(), k);
        const QJsonObject round = anonymousRound(doc, kKlein);
        const QJsonArray departments = round.value(u"departments"_s).toArray();
        ASSERT_EQ(departments.size(), 2);
        for (const QJsonValue &v : departments) {
            const QJsonObject d = v.toObject();
            EXPECT_TRUE(d.value(u"hidden"_s).toBool()) << d.value(u"name"_s).toString().toStdString();
            for (const char *key : {"respondents", "index", "stage", "delta"})
                EXPECT_TRUE(d.value(QLatin1String(key)).isNull()) << key;
            for (const QJsonValue &dim : d.value(u"dimensions"_s).toArray())
                for (const char *key : {"score", "coverage", "delta"})
                    EXPECT_TRUE(dim.toObject().value(QLatin1String(key)).isNull()) << key;
            const QJsonArray items = d.value(u"items"_s).toArray();
            ASSERT_EQ(items.size(), 31);
            for (const char *key : {"n", "mean", "sd", "score", "disagreement"})
                EXPECT_TRUE(items[0].toObject().value(QLatin1String(key)).isNull()) << key;
        }
        const QJsonObject pool = round.value(u"pool"_s).toObject();
        EXPECT_EQ(pool.value(u"departments"_s).toArray(), (QJsonArray{u"Einkauf"_s, u"Vertrieb"_s}));
        EXPECT_EQ(pool.value(u"respondents"_s).toInt(), 5);
        EXPECT_DOUBLE_EQ(pool.value(u"index"_s).toDouble(), 62.5);
        EXPECT_EQ(pool.value(u"stage"_s).toInt(), 4);
        const QJsonArray poolDimensions = pool.value(u"dimensions"_s).toArray();
        ASSERT_EQ(poolDimensions.size(), 5);
        EXPECT_EQ(poolDimensions[0].toObject().value(u"id"_s).toString(), u"strategy"_s);
        for (const QJsonValue &dim : poolDimensions)
            EXPECT_DOUBLE_EQ(dim.toObject().value(u"score"_s).toDouble(), 62.5);
        const QJsonObject company = round.value(u"company"_s).toObject();
        EXPECT_DOUBLE_EQ(company.value(u"index"_s).toDouble(), 62.5);
        EXPECT_EQ(company.value(u"stage"_s).toInt(), 4);
        for (const QJsonValue &dim : company.value(u"dimensions"_s).toArray()) {
            EXPECT_DOUBLE_EQ(dim.toObject().value(u"score"_s).toDouble(), 62.5);
            EXPECT_TRUE(dim.toObject().value(u"spread"_s).isNull());
        }
    }
}

TEST_F(CliAnonymous, NoDepartmentCanBeComputedBack)
{
    for (const int k : {5, 3}) {
        SCOPED_TRACE(k);
        const QJsonObject doc = scoreJson(caseWorkspace(k), {u"--anonymous"_s});
        // Einkauf's 75 (index, dimension and item scores) and Vertrieb's 50 appear nowhere; the
        // target 75 is the user's setting, not a result.
        QList<std::pair<QString, double>> all;
        numbers(doc, u"$"_s, {u"target"_s}, all);
        ASSERT_FALSE(all.isEmpty());
        for (const auto &[path, value] : all) {
            EXPECT_GT(std::abs(value - 75.0), 1e-6) << path.toStdString();
            EXPECT_GT(std::abs(value - 50.0), 1e-6) << path.toStdString();
        }
        // No visible department index next to the company index while a department is hidden.
        const QJsonObject round = anonymousRound(doc, kKlein);
        for (const QJsonValue &d : round.value(u"departments"_s).toArray())
            EXPECT_TRUE(d.toObject().value(u"index"_s).isNull());
        expectNothingToSubtract(doc);
    }
}

TEST_F(CliAnonymous, DemoWorkspaceHasNothingToSubtractAndFiltersKeepTheNumbers)
{
    // Weber has a small HR department. The anonymous view is computed on the whole workspace and
    // filtered afterwards: a round alone shows exactly what it shows in the full document
    // (its deltas look at the previous round, which the filter leaves out).
    const QString ws = makeDemo();
    for (const int k : {3, 5, 12}) {
        SCOPED_TRACE(k);
        ASSERT_EQ(cli({u"settings"_s, ws, u"--min-group"_s, QString::number(k)}).exitCode, 0);
        const QJsonObject full = scoreJson(ws, {u"--anonymous"_s});
        expectNothingToSubtract(full);
        const QJsonArray rounds =
            findByKey(full.value(u"companies"_s).toArray(), u"name"_s, kWeber).value(u"rounds"_s).toArray();
        ASSERT_EQ(rounds.size(), 3);
        for (const QJsonValue &round : rounds) {
            const QString label = round.toObject().value(u"label"_s).toString();
            const QJsonObject one = scoreJson(ws, {u"--anonymous"_s, u"--company"_s, kWeber, u"--round"_s, label});
            EXPECT_EQ(one.value(u"min_group"_s).toInt(), k);
            const QJsonArray only = one.value(u"companies"_s).toArray()[0].toObject().value(u"rounds"_s).toArray();
            ASSERT_EQ(only.size(), 1);
            EXPECT_EQ(only[0].toObject(), round.toObject()) << label.toStdString();
        }
    }
}

TEST_F(CliAnonymous, PlainJsonIsUnchangedAndAnonymousNeedsJson)
{
    const QString ws = caseWorkspace(5);
    const QJsonObject plain = scoreJson(ws);
    EXPECT_FALSE(plain.contains(u"min_group"_s));
    const Result table = cli({u"score"_s, ws, u"--anonymous"_s});
    EXPECT_EQ(table.exitCode, 1) << table.dump();
    expectErrorLines(table);
    EXPECT_TRUE(table.err.contains(u"--json"_s)) << table.dump();
}

class CliSettings : public CliTestBase {};

TEST_F(CliSettings, MinGroupRoundTrip)
{
    const QString ws = makeWorkspace();
    const Result initial = cli({u"settings"_s, ws});
    ASSERT_EQ(initial.exitCode, 0) << initial.dump();
    EXPECT_TRUE(initial.out.contains(u"--min-group"_s)) << initial.dump();
    EXPECT_TRUE(initial.err.isEmpty()) << initial.dump();
    for (const int k : {3, 50, 7}) {
        const Result set = cli({u"settings"_s, ws, u"--min-group"_s, QString::number(k)});
        ASSERT_EQ(set.exitCode, 0) << set.dump();
        EXPECT_TRUE(set.out.trimmed().endsWith(u": "_s + QString::number(k))) << set.dump();
        const Result shown = cli({u"settings"_s, ws});
        ASSERT_EQ(shown.exitCode, 0) << shown.dump();
        EXPECT_TRUE(shown.out.trimmed().endsWith(u": "_s + QString::number(k))) << shown.dump();
    }
    EXPECT_EQ(scoreJson(ws, {u"--anonymous"_s}).value(u"min_group"_s).toInt(), 7);
    EXPECT_EQ(dirEntries(m_dir.path()), QStringList{u"ws.sbradar"_s});
}

TEST_F(CliSettings, MinGroupOutsideThreeToFiftyIsAUsageErrorAndChangesNothing)
{
    const QString ws = makeWorkspace();
    ASSERT_EQ(cli({u"settings"_s, ws, u"--min-group"_s, u"6"_s}).exitCode, 0);
    const Snapshot before = Snapshot::of(ws);
    for (const QString &k : {u"2"_s, u"51"_s, u"0"_s, u"-5"_s, u"4.5"_s, u"five"_s, u""_s}) {
        const Result r = cli({u"settings"_s, ws, u"--min-group"_s, k});
        EXPECT_EQ(r.exitCode, 1) << "--min-group \"" << k.toStdString() << "\"\n" << r.dump();
        expectErrorLines(r);
        EXPECT_TRUE(r.err.contains(u"3"_s) && r.err.contains(u"50"_s)) << "the message should say the range\n"
                                                                       << r.dump();
        EXPECT_TRUE(r.out.isEmpty()) << r.dump();
    }
    EXPECT_EQ(cli({u"settings"_s, ws, u"--min-group"_s}).exitCode, 1); // no value at all
    before.expectUnchanged();
    EXPECT_TRUE(cli({u"settings"_s, ws}).out.trimmed().endsWith(u": 6"_s));
}

TEST_F(CliSettings, MissingWorkspaceIsAWorkspaceProblem)
{
    for (const QStringList &extra : {QStringList{}, QStringList{u"--min-group"_s, u"5"_s}}) {
        const Result r = cli(QStringList{u"settings"_s, path(u"nowhere.sbradar"_s)} + extra);
        EXPECT_EQ(r.exitCode, 3) << r.dump();
        expectErrorLines(r);
        EXPECT_TRUE(r.err.contains(u"nowhere.sbradar"_s)) << r.dump();
    }
    EXPECT_TRUE(dirEntries(m_dir.path()).isEmpty());
}

} // namespace
