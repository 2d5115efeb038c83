// sbradar-cli plan (formats.md *Action plan*): listing, --json, --add, --set, and the refusals.
// Muster GmbH, Marketing, 5 people per round (scale 0..4, item score = mean / 4 * 100):
//   leadership.awareness 1,1,2,2,2 = 40 points in 2026-Q1, 3,3,2,2,2 = 60 in 2026-Q3 (+20)
//   leadership.active    0,0,1,1,1 = 15 points in 2026-Q1, 2,2,2,1,1 = 40 in 2026-Q3 (+25)
// Both statements link to the catalogue measure exec-workshop: its mean change is 22.5.
// Klein AG has 2 people per round: fewer than k = 5, its company values are withheld.

#include "CliTestSupport.h"

#include "../export/ExportTestSupport.h"

using namespace sbr::clitest;

namespace {

QByteArray rows(const QString &company, const QString &round, const QString &date, const QList<int> &aware,
                const QList<int> &act)
{
    QByteArray csv;
    for (int p = 0; p < aware.size(); ++p) {
        csv += u"%1,Marketing,%2,%3,P%4,leadership.awareness,%5\n"_s.arg(company, round, date)
                   .arg(p + 1)
                   .arg(aware[p])
                   .toUtf8();
        csv += u"%1,Marketing,%2,%3,P%4,leadership.active,%5\n"_s.arg(company, round, date)
                   .arg(p + 1)
                   .arg(act[p])
                   .toUtf8();
    }
    return csv;
}

class CliPlan : public CliTestBase {
protected:
    void SetUp() override
    {
        CliTestBase::SetUp();
        ws = makeWorkspace();
        QByteArray csv = "company,department,round,date,respondent,item,level\n";
        csv += rows(u"Muster GmbH"_s, u"2026-Q1"_s, u"2026-03-15"_s, {1, 1, 2, 2, 2}, {0, 0, 1, 1, 1});
        csv += rows(u"Muster GmbH"_s, u"2026-Q3"_s, u"2026-09-15"_s, {3, 3, 2, 2, 2}, {2, 2, 2, 1, 1});
        csv += rows(u"Klein AG"_s, u"2026-Q1"_s, u"2026-03-15"_s, {0, 0}, {0, 0});
        csv += rows(u"Klein AG"_s, u"2026-Q3"_s, u"2026-09-15"_s, {4, 4}, {4, 4});
        writeFile(path(u"answers.csv"_s), csv);
        const Result imported = cli({u"import"_s, ws, path(u"answers.csv"_s)});
        ASSERT_EQ(imported.exitCode, 0) << imported.dump();
    }
    Result plan(const QString &company, const QStringList &extra = {})
    {
        return cli(QStringList{u"plan"_s, ws, u"--company"_s, company} + extra);
    }
    QJsonObject planJson(const QString &company)
    {
        const Result r = plan(company, {u"--json"_s});
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        return parseJson(r);
    }
    /// Runs a change that must be refused with exit 2, an "error: " line naming `mention`, and
    /// the plan as it was.
    void expectRefused(const QStringList &args, const QString &mention)
    {
        const QJsonObject before = planJson(u"Muster GmbH"_s);
        const Result r = plan(u"Muster GmbH"_s, args);
        EXPECT_EQ(r.exitCode, 2) << r.dump();
        expectErrorLines(r);
        EXPECT_TRUE(r.err.contains(mention)) << r.dump();
        EXPECT_TRUE(r.out.isEmpty()) << r.dump();
        EXPECT_EQ(planJson(u"Muster GmbH"_s), before);
    }
    QString ws;
};

TEST_F(CliPlan, AnEmptyPlan)
{
    const Result r = plan(u"Muster GmbH"_s);
    EXPECT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_TRUE(r.out.contains(u"Action plan of Muster GmbH"_s)) << r.dump();
    EXPECT_TRUE(r.out.contains(u"No measures in the plan yet."_s)) << r.dump();
    const QJsonObject doc = planJson(u"Muster GmbH"_s);
    EXPECT_EQ(doc.value(u"company"_s).toString(), u"Muster GmbH"_s);
    EXPECT_EQ(doc.value(u"measures"_s).toArray().size(), 0);
}

TEST_F(CliPlan, ADoneMeasureShowsWhatChangedBetweenTheRoundsAroundIt)
{
    const Result added =
        plan(u"Muster GmbH"_s, {u"--add"_s, u"exec-workshop"_s, u"--owner"_s, u"CMO"_s, u"--due"_s, u"2026-06-30"_s,
                                u"--horizon"_s, u"now"_s, u"--status"_s, u"done"_s, u"--done-on"_s, u"2026-05-02"_s});
    ASSERT_EQ(added.exitCode, 0) << added.dump();
    const QJsonArray measures = planJson(u"Muster GmbH"_s).value(u"measures"_s).toArray();
    ASSERT_EQ(measures.size(), 1);
    const QJsonObject m = measures[0].toObject();
    EXPECT_GT(m.value(u"id"_s).toInteger(), 0);
    EXPECT_EQ(m.value(u"measure"_s).toString(), u"exec-workshop"_s);
    EXPECT_EQ(m.value(u"items"_s).toArray(), (QJsonArray{u"leadership.awareness"_s, u"leadership.active"_s}));
    EXPECT_EQ(m.value(u"owner"_s).toString(), u"CMO"_s);
    EXPECT_EQ(m.value(u"due"_s).toString(), u"2026-06-30"_s);
    EXPECT_EQ(m.value(u"horizon"_s).toString(), u"now"_s);
    EXPECT_EQ(m.value(u"status"_s).toString(), u"done"_s);
    EXPECT_EQ(m.value(u"done_on"_s).toString(), u"2026-05-02"_s);
    const QJsonObject effect = m.value(u"effect"_s).toObject();
    EXPECT_EQ(effect.value(u"from_round"_s).toString(), u"2026-Q1"_s);
    EXPECT_EQ(effect.value(u"to_round"_s).toString(), u"2026-Q3"_s);
    const QJsonArray items = effect.value(u"items"_s).toArray();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].toObject().value(u"id"_s).toString(), u"leadership.awareness"_s);
    EXPECT_DOUBLE_EQ(items[0].toObject().value(u"before"_s).toDouble(), 40.0);
    EXPECT_DOUBLE_EQ(items[0].toObject().value(u"after"_s).toDouble(), 60.0);
    EXPECT_DOUBLE_EQ(items[0].toObject().value(u"delta"_s).toDouble(), 20.0);
    EXPECT_DOUBLE_EQ(items[1].toObject().value(u"before"_s).toDouble(), 15.0);
    EXPECT_DOUBLE_EQ(items[1].toObject().value(u"delta"_s).toDouble(), 25.0);
    EXPECT_DOUBLE_EQ(effect.value(u"mean_delta"_s).toDouble(), 22.5);

    const Result listed = plan(u"Muster GmbH"_s);
    EXPECT_TRUE(listed.out.contains(u"CMO"_s)) << listed.dump();
    EXPECT_TRUE(listed.out.contains(u"2026-06-30"_s)) << listed.dump();
    EXPECT_TRUE(listed.out.contains(u"+22.5"_s)) << listed.dump();
    EXPECT_TRUE(listed.out.contains(u"not proof that the measure caused it"_s)) << listed.dump();
}

TEST_F(CliPlan, SetChangesOneMeasureAndReopeningTakesTheDoneDateAway)
{
    ASSERT_EQ(plan(u"Muster GmbH"_s,
                   {u"--add"_s, u"exec-workshop"_s, u"--status"_s, u"done"_s, u"--done-on"_s, u"2026-05-02"_s})
                  .exitCode,
              0);
    const QString id = QString::number(
        planJson(u"Muster GmbH"_s).value(u"measures"_s).toArray()[0].toObject().value(u"id"_s).toInteger());
    const Result set = plan(u"Muster GmbH"_s, {u"--set"_s, id, u"--status"_s, u"doing"_s, u"--horizon"_s, u"later"_s,
                                               u"--owner"_s, u"Vorstand"_s, u"--due"_s, u""_s});
    ASSERT_EQ(set.exitCode, 0) << set.dump();
    const QJsonObject m = planJson(u"Muster GmbH"_s).value(u"measures"_s).toArray()[0].toObject();
    EXPECT_EQ(m.value(u"status"_s).toString(), u"doing"_s);
    EXPECT_EQ(m.value(u"horizon"_s).toString(), u"later"_s);
    EXPECT_EQ(m.value(u"owner"_s).toString(), u"Vorstand"_s);
    EXPECT_TRUE(m.value(u"due"_s).isNull());
    EXPECT_TRUE(m.value(u"done_on"_s).isNull());
    EXPECT_TRUE(m.value(u"effect"_s).isNull());
}

TEST_F(CliPlan, NoEffectWithoutARoundAfterTheDoneDate)
{
    ASSERT_EQ(plan(u"Muster GmbH"_s,
                   {u"--add"_s, u"exec-workshop"_s, u"--status"_s, u"done"_s, u"--done-on"_s, u"2026-10-01"_s})
                  .exitCode,
              0);
    const QJsonObject m = planJson(u"Muster GmbH"_s).value(u"measures"_s).toArray()[0].toObject();
    EXPECT_TRUE(m.value(u"effect"_s).isNull());
}

TEST_F(CliPlan, WithheldCompanyValuesStayWithheldInTheEffect)
{
    ASSERT_EQ(
        plan(u"Klein AG"_s, {u"--add"_s, u"exec-workshop"_s, u"--status"_s, u"done"_s, u"--done-on"_s, u"2026-05-02"_s})
            .exitCode,
        0);
    const QJsonObject effect =
        planJson(u"Klein AG"_s).value(u"measures"_s).toArray()[0].toObject().value(u"effect"_s).toObject();
    ASSERT_EQ(effect.value(u"items"_s).toArray().size(), 2);
    for (const QJsonValue &item : effect.value(u"items"_s).toArray()) {
        EXPECT_TRUE(item.toObject().value(u"before"_s).isNull());
        EXPECT_TRUE(item.toObject().value(u"after"_s).isNull());
    }
    EXPECT_TRUE(effect.value(u"mean_delta"_s).isNull());
}

TEST_F(CliPlan, BadInputIsExitTwoWithAClearMessageAndChangesNothing)
{
    ASSERT_EQ(plan(u"Muster GmbH"_s, {u"--add"_s, u"exec-workshop"_s}).exitCode, 0);
    expectRefused({u"--add"_s, u"no-such-measure"_s}, u"no measure \"no-such-measure\""_s);
    expectRefused({u"--add"_s, u"exec-workshop"_s}, u"already"_s);
    expectRefused({u"--add"_s, u"social-vision"_s, u"--due"_s, u"2026-13-01"_s}, u"2026-13-01"_s);
    expectRefused({u"--add"_s, u"social-vision"_s, u"--due"_s, u"30.06.2026"_s}, u"YYYY-MM-DD"_s);
    expectRefused({u"--add"_s, u"social-vision"_s, u"--status"_s, u"finished"_s}, u"\"finished\""_s);
    expectRefused({u"--add"_s, u"social-vision"_s, u"--horizon"_s, u"soon"_s}, u"now, next or later"_s);
    expectRefused({u"--add"_s, u"social-vision"_s, u"--status"_s, u"done"_s, u"--done-on"_s,
                   QDate::currentDate().addDays(1).toString(Qt::ISODate)},
                  u"has not come yet"_s);
    expectRefused({u"--add"_s, u"social-vision"_s, u"--done-on"_s, u"2026-05-02"_s}, u"done"_s);
    // A done measure keeps its date: "" alone is refused, together with another status it is not.
    ASSERT_EQ(plan(u"Muster GmbH"_s,
                   {u"--add"_s, u"social-vision"_s, u"--status"_s, u"done"_s, u"--done-on"_s, u"2026-05-02"_s})
                  .exitCode,
              0);
    const QString done = QString::number(
        planJson(u"Muster GmbH"_s).value(u"measures"_s).toArray().last().toObject().value(u"id"_s).toInt());
    expectRefused({u"--set"_s, done, u"--done-on"_s, u""_s}, u"keeps the date it was done"_s);
    expectRefused({u"--set"_s, u"999"_s, u"--owner"_s, u"X"_s}, u"999"_s);
    expectRefused({u"--set"_s, u"abc"_s, u"--owner"_s, u"X"_s}, u"abc"_s);

    const Result unknownCompany = plan(u"Nobody GmbH"_s);
    EXPECT_EQ(unknownCompany.exitCode, 2) << unknownCompany.dump();
    EXPECT_TRUE(unknownCompany.err.contains(u"Nobody GmbH"_s)) << unknownCompany.dump();
    const Result wrongCase = plan(u"muster gmbh"_s);
    EXPECT_EQ(wrongCase.exitCode, 2) << wrongCase.dump();
    EXPECT_TRUE(wrongCase.err.contains(u"did you mean \"Muster GmbH\""_s)) << wrongCase.dump();
}

TEST_F(CliPlan, TheXlsxExportHasAPlanSheet)
{
    using namespace sbr::exporttest;
    if (!haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    ASSERT_EQ(plan(u"Muster GmbH"_s, {u"--add"_s, u"exec-workshop"_s, u"--owner"_s, u"CMO"_s, u"--due"_s,
                                      u"2026-06-30"_s, u"--status"_s, u"done"_s, u"--done-on"_s, u"2026-05-02"_s})
                  .exitCode,
              0);
    ASSERT_EQ(plan(u"Klein AG"_s, {u"--add"_s, u"social-vision"_s, u"--horizon"_s, u"later"_s}).exitCode, 0);
    ASSERT_EQ(plan(u"Muster GmbH"_s, {u"--add"_s, u"social-vision"_s, u"--status"_s, u"doing"_s}).exitCode, 0);
    const Result exported = cli({u"export"_s, ws, u"--company"_s, u"Muster GmbH"_s, u"--format"_s, u"xlsx"_s,
                                 u"--lang"_s, u"en"_s, u"-o"_s, path(u"scores.xlsx"_s)});
    ASSERT_EQ(exported.exitCode, 0) << exported.dump();
    const QJsonArray planRows = sheet(readXlsx(path(u"scores.xlsx"_s)), u"Action plan"_s).value(u"rows"_s).toArray();
    ASSERT_EQ(planRows.size(), 3); // the headings and Muster GmbH's measures; Klein AG is not in this file
    const QJsonArray m = planRows[1].toArray();
    const auto text = [&](int column) { return m[column].toObject().value(u"s"_s).toString(); };
    EXPECT_EQ(text(0), u"Muster GmbH"_s);
    EXPECT_EQ(text(2), u"exec-workshop"_s);
    EXPECT_EQ(text(4), u"leadership.awareness, leadership.active"_s);
    EXPECT_EQ(text(5), u"CMO"_s);
    EXPECT_EQ(m[6].toObject().value(u"d"_s).toString(), u"2026-06-30"_s);
    EXPECT_EQ(text(7), u"now"_s);
    EXPECT_EQ(text(8), u"done"_s);
    EXPECT_EQ(m[9].toObject().value(u"d"_s).toString(), u"2026-05-02"_s);
    EXPECT_EQ(text(11), u"2026-Q1"_s);
    EXPECT_EQ(text(12), u"2026-Q3"_s);
    EXPECT_DOUBLE_EQ(m[13].toObject().value(u"n"_s).toDouble(), 22.5);
    // Statuses in words of the export's language, not as the keys of the JSON.
    EXPECT_EQ(planRows[2].toArray()[8].toObject().value(u"s"_s).toString(), u"in progress"_s);
}

TEST_F(CliPlan, ChangesWithoutAMeasureAreUsageErrors)
{
    const Snapshot before = Snapshot::of(ws);
    const Result owner = plan(u"Muster GmbH"_s, {u"--owner"_s, u"CMO"_s});
    EXPECT_EQ(owner.exitCode, 1) << owner.dump();
    const Result both = plan(u"Muster GmbH"_s, {u"--add"_s, u"exec-workshop"_s, u"--set"_s, u"1"_s});
    EXPECT_EQ(both.exitCode, 1) << both.dump();
    const Result noCompany = cli({u"plan"_s, ws});
    EXPECT_EQ(noCompany.exitCode, 1) << noCompany.dump();
    before.expectUnchanged();
}

} // namespace
