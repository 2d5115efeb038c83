// Writing batches: everything or nothing, --replace, and reading back what scoring needs.

#include "../support/TestLocations.h"
#include "io/AnswerImport.h"
#include "io/QuestionnaireJson.h"
#include "scoring/Scoring.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::storage;

namespace {

class Batches : public ::testing::Test {
protected:
    void SetUp() override
    {
        StorageError error;
        ws = Workspace::create(test::workspaceLocation(dir, QStringLiteral("w.sbradar")), io::defaultQuestionnaire(),
                               &error);
        ASSERT_TRUE(ws) << qPrintable(error.message);
        items = ws->questionnaire().flatItems();
    }
    io::ImportResult parse(const QByteArray &body, bool replace = false)
    {
        io::ImportContext context;
        StorageError error;
        EXPECT_TRUE(ws->importContext(&context, &error));
        io::ImportOptions options;
        options.replace = replace;
        return io::parseAnswersCsv("company,department,round,date,respondent,item,level\n" + body, context, options);
    }
    QByteArray row(const char *respondent, int item, const char *level, const char *department = "Vertrieb")
    {
        return QByteArray("Muster GmbH,") + department + ",2026-Q1,2026-03-15," + respondent + "," +
               items[item]->id.toUtf8() + "," + level + "\n";
    }
    WorkspaceData load()
    {
        WorkspaceData data;
        StorageError error;
        EXPECT_TRUE(ws->loadScoringData(&data, &error)) << qPrintable(error.message);
        return data;
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QList<const Item *> items;
};

} // namespace

TEST_F(Batches, WrittenAnswersAreReadBackAsTallies)
{
    const io::ImportResult r = parse(row("A", 0, "1") + row("B", 0, "3") + row("C", 0, "n/a") + row("C", 1, "") +
                                     row("A", 1, "4", "Marketing"));
    ASSERT_TRUE(r.ok());
    StorageError error;
    Workspace::WriteSummary summary;
    ASSERT_TRUE(ws->writeBatch(r.batch, &error, &summary)) << qPrintable(error.message);
    EXPECT_EQ(summary.answers, 5);
    EXPECT_EQ(summary.respondentIds.size(), 4); // A, B, C in Vertrieb and A in Marketing
    const WorkspaceData data = load();
    ASSERT_EQ(data.companies.size(), 1u);
    const CompanyData &c = data.companies[0];
    EXPECT_EQ(c.name, QStringLiteral("Muster GmbH"));
    EXPECT_DOUBLE_EQ(c.target, 75.0);
    ASSERT_EQ(c.assessments.size(), 2u);
    const AssessmentData &vertrieb =
        c.departments[c.assessments[0].department] == u"Vertrieb" ? c.assessments[0] : c.assessments[1];
    EXPECT_EQ(vertrieb.respondents, 2); // C answered nothing but n/a
    EXPECT_EQ(vertrieb.items[0], (ItemTally{2, 4, 10}));
    EXPECT_EQ(vertrieb.items[1], ItemTally{});
}

TEST_F(Batches, ReplaceSwapsARespondentsAnswersAsAWhole)
{
    StorageError error;
    ASSERT_TRUE(ws->writeBatch(parse(row("A", 0, "1") + row("A", 1, "2")).batch, &error));
    EXPECT_FALSE(parse(row("A", 0, "4")).ok()); // already recorded
    const io::ImportResult again = parse(row("A", 0, "4"), true);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(ws->writeBatch(again.batch, &error)) << qPrintable(error.message);
    const WorkspaceData data = load();
    const AssessmentData &a = data.companies[0].assessments[0];
    EXPECT_EQ(a.respondents, 1);
    EXPECT_EQ(a.items[0], (ItemTally{1, 4, 16}));
    EXPECT_EQ(a.items[1], ItemTally{}); // the old answer to item 1 is gone with the rest
}

TEST_F(Batches, AFailingBatchWritesNothing)
{
    StorageError error;
    ASSERT_TRUE(ws->writeBatch(parse(row("A", 0, "1")).batch, &error));
    // A batch validated before someone else recorded "A" (so it does not say "replaces"),
    // which also adds a new department: the write must fail whole.
    io::AnswerBatch stale;
    stale.companies = {QStringLiteral("Muster GmbH")};
    stale.departments = {{0, QStringLiteral("Neu")}, {0, QStringLiteral("Vertrieb")}};
    stale.rounds = {{0, QStringLiteral("2026-Q1"), QDate(2026, 3, 15)}};
    stale.respondents = {{0, 0, QStringLiteral("B"), false}, {1, 0, QStringLiteral("A"), false}};
    stale.answers = {{0, 0, 2, true}, {1, 1, 3, true}};
    EXPECT_FALSE(ws->writeBatch(stale, &error));
    EXPECT_EQ(error.kind, StorageError::Kind::Conflict) << qPrintable(error.message);
    const WorkspaceData data = load();
    ASSERT_EQ(data.companies.size(), 1u);
    EXPECT_EQ(data.companies[0].departments.size(), 1); // "Neu" was rolled back too
    EXPECT_EQ(data.companies[0].assessments[0].items[0], (ItemTally{1, 1, 1}));
    EXPECT_EQ(ws->integrityCheck(), QStringLiteral("ok"));
}

TEST_F(Batches, TargetsAreStoredPerCompany)
{
    StorageError error;
    ASSERT_TRUE(ws->writeBatch(parse(row("A", 0, "1")).batch, &error));
    ASSERT_TRUE(ws->setCompanyTarget(QStringLiteral("Muster GmbH"), 90.0, &error));
    EXPECT_DOUBLE_EQ(load().companies[0].target, 90.0);
}
