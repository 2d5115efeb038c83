// Editing through the storage API: rows, notifications, and delete + restore as an undo.

#include "../support/TestLocations.h"
#include "io/QuestionnaireJson.h"
#include "storage/Workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::storage;

namespace {

class Edits : public ::testing::Test {
protected:
    void SetUp() override
    {

        ws = Workspace::create(test::workspaceLocation(dir, QStringLiteral("e.sbradar")), io::defaultQuestionnaire(),
                               &error);
        ASSERT_TRUE(ws) << qPrintable(error.message);
        company = ws->createCompany(QStringLiteral("Muster GmbH"), 80.0, &error);
        department = ws->createDepartment(company, QStringLiteral("Vertrieb"), &error);
        round = ws->createRound(company, QStringLiteral("2026-Q1"), QDate(2026, 3, 15), &error);
        assessment = ws->ensureAssessment(round, department, &error);
        respondent = ws->addRespondent(assessment, QStringLiteral("A"), &error);
        ASSERT_GT(respondent, 0) << qPrintable(error.message);
    }
    qint64 answerCount()
    {
        QList<AnswerCell> cells;

        EXPECT_TRUE(ws->answers(assessment, &cells, &error));
        return cells.size();
    }

    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    StorageError error;
    qint64 company = 0, department = 0, round = 0, assessment = 0, respondent = 0;
};

} // namespace

TEST_F(Edits, RowsReadBack)
{
    QList<CompanyRow> companies;
    ASSERT_TRUE(ws->companies(&companies, &error));
    ASSERT_EQ(companies.size(), 1);
    EXPECT_EQ(companies[0].name, QStringLiteral("Muster GmbH"));
    EXPECT_DOUBLE_EQ(companies[0].target, 80.0);
    EXPECT_EQ(ws->ensureAssessment(round, department, &error), assessment); // no second one
    QList<RoundRow> rounds;
    ws->createRound(company, QStringLiteral("2025-Q4"), QDate(2025, 11, 1), &error);
    ASSERT_TRUE(ws->rounds(company, &rounds, &error));
    ASSERT_EQ(rounds.size(), 2);
    EXPECT_EQ(rounds[0].label, QStringLiteral("2025-Q4")); // by date
}

TEST_F(Edits, AnswersAndCommentsAreUpserted)
{
    ASSERT_TRUE(ws->setAnswer(assessment, {respondent, 3, 2}, &error));
    ASSERT_TRUE(ws->setAnswer(assessment, {respondent, 3, 4}, &error));
    ASSERT_TRUE(ws->setAnswer(assessment, {respondent, 4, std::nullopt}, &error)); // n/a
    QList<AnswerCell> cells;
    ASSERT_TRUE(ws->answers(assessment, &cells, &error));
    ASSERT_EQ(cells.size(), 2);
    EXPECT_TRUE(cells.contains(AnswerCell{respondent, 3, 4}));
    EXPECT_TRUE(cells.contains(AnswerCell{respondent, 4, std::nullopt}));
    ASSERT_TRUE(ws->clearAnswer(assessment, respondent, 3, &error));
    EXPECT_EQ(answerCount(), 1);

    ASSERT_TRUE(ws->setComment(assessment, 2, QStringLiteral("<b>kein</b> Markup"), &error));
    QHash<int, QString> comments;
    ASSERT_TRUE(ws->comments(assessment, &comments, &error));
    EXPECT_EQ(comments.value(2), QStringLiteral("<b>kein</b> Markup"));
    ASSERT_TRUE(ws->setComment(assessment, 2, QString(), &error));
    ASSERT_TRUE(ws->comments(assessment, &comments, &error));
    EXPECT_TRUE(comments.isEmpty());
}

TEST_F(Edits, DuplicateNamesAndDatesAreRefused)
{
    EXPECT_EQ(ws->createCompany(QStringLiteral("Muster GmbH"), 75, &error), -1);
    EXPECT_EQ(error.kind, StorageError::Kind::Conflict);
    EXPECT_EQ(ws->createRound(company, QStringLiteral("other"), QDate(2026, 3, 15), &error), -1);
    EXPECT_EQ(ws->createRound(company, QStringLiteral("2026-Q1"), QDate(2026, 4, 1), &error), -1);
    EXPECT_EQ(ws->addRespondent(assessment, QStringLiteral("A"), &error), -1);
}

TEST_F(Edits, DeleteAndRestoreRoundTrip)
{
    for (int item = 0; item < 5; ++item)
        ASSERT_TRUE(ws->setAnswer(assessment, {respondent, item, item % 5}, &error));
    ASSERT_TRUE(ws->setComment(assessment, 1, QStringLiteral("Notiz"), &error));
    PlanMeasure planned;
    planned.company = company;
    planned.measure = QStringLiteral("goals-workshop");
    ASSERT_GT(ws->insertPlanMeasure(planned, &error), 0) << qPrintable(error.message);

    Snapshot removed;
    ASSERT_TRUE(ws->deleteCompany(company, &removed, &error)) << qPrintable(error.message);
    QList<CompanyRow> companies;
    ASSERT_TRUE(ws->companies(&companies, &error));
    EXPECT_TRUE(companies.isEmpty());
    EXPECT_EQ(answerCount(), 0);

    ASSERT_TRUE(ws->restore(removed, &error)) << qPrintable(error.message);
    ASSERT_TRUE(ws->companies(&companies, &error));
    ASSERT_EQ(companies.size(), 1);
    EXPECT_EQ(companies[0].id, company); // same ids: later undo steps still refer to them
    EXPECT_EQ(answerCount(), 5);
    QList<PlanMeasure> plan;
    ASSERT_TRUE(ws->planMeasures(company, &plan, &error));
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0].measure, QStringLiteral("goals-workshop"));
    EXPECT_EQ(ws->integrityCheck(), QStringLiteral("ok"));

    Snapshot respondentRows;
    ASSERT_TRUE(ws->deleteRespondent(respondent, &respondentRows, &error)) << qPrintable(error.message);
    EXPECT_EQ(answerCount(), 0);
    ASSERT_TRUE(ws->restore(respondentRows, &error));
    EXPECT_EQ(answerCount(), 5);

    Snapshot roundRows;
    ASSERT_TRUE(ws->deleteRound(round, &roundRows, &error));
    EXPECT_EQ(ws->assessmentId(round, department), 0);
    ASSERT_TRUE(ws->restore(roundRows, &error));
    EXPECT_EQ(ws->assessmentId(round, department), assessment);
    EXPECT_EQ(answerCount(), 5);
}

TEST_F(Edits, SaveCopyIsAWorkspace)
{
    ASSERT_TRUE(ws->setAnswer(assessment, {respondent, 0, 3}, &error));
    const QString copy = dir.filePath(QStringLiteral("copy.sbradar"));
    ASSERT_TRUE(ws->saveCopy(copy, &error)) << qPrintable(error.message);
    auto other = Workspace::open(copy, Workspace::Mode::ReadOnly, &error);
    ASSERT_TRUE(other) << qPrintable(error.message);
    WorkspaceData data;
    ASSERT_TRUE(other->loadScoringData(&data, &error));
    ASSERT_EQ(data.companies.size(), 1u);
    EXPECT_EQ(data.companies[0].assessments[0].items[0].sum, 3);
}

TEST_F(Edits, ACompanyOutsideTheBenchmarkPoolStaysOutsideAfterAnUndoneDeleteAndACopy)
{
    const auto inPool = [&](Workspace &w) {
        QList<CompanyRow> companies;
        EXPECT_TRUE(w.companies(&companies, &error)) << qPrintable(error.message);
        WorkspaceData data;
        EXPECT_TRUE(w.loadScoringData(&data, &error, false)) << qPrintable(error.message);
        EXPECT_EQ(data.companies.size(), 1u);
        EXPECT_EQ(data.companies.at(0).inPool, companies.value(0).inPool); // both reads agree
        return companies.value(0).inPool;
    };
    EXPECT_TRUE(inPool(*ws)); // every company is in the pool until it is taken out
    ASSERT_TRUE(ws->setInPool(company, false, &error)) << qPrintable(error.message);
    ASSERT_TRUE(ws->setInPool(company, false, &error)) << qPrintable(error.message); // twice is once
    EXPECT_FALSE(inPool(*ws));

    Snapshot removed;
    ASSERT_TRUE(ws->deleteCompany(company, &removed, &error)) << qPrintable(error.message);
    ASSERT_TRUE(ws->restore(removed, &error)) << qPrintable(error.message);
    EXPECT_FALSE(inPool(*ws));

    const QString copy = test::workspaceLocation(dir, QStringLiteral("copy.sbradar"));
    ASSERT_TRUE(copyWorkspace(*ws, copy, QString(), &error)) << qPrintable(error.message);
    auto copied = Workspace::open(copy, Workspace::Mode::ReadOnly, &error);
    ASSERT_TRUE(copied) << qPrintable(error.message);
    EXPECT_FALSE(inPool(*copied));

    ASSERT_TRUE(ws->setInPool(company, true, &error)) << qPrintable(error.message);
    EXPECT_TRUE(inPool(*ws));
}
