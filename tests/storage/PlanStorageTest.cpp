// The action plan in the workspace file: its rows, and the schema step that turns the bare list of
// planned measures of older files into plan measures.

#include "io/QuestionnaireJson.h"
#include "storage/Schema.h"
#include "storage/Workspace.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::storage;

namespace {

/// The schema step that creates plan_measures (wherever it stands after a merge).
int planStep()
{
    for (const Migration &m : migrations())
        if (!m.statements.isEmpty() && m.statements.first().startsWith(u"CREATE TABLE plan_measures"))
            return m.to;
    return -1;
}

/// A workspace file as the version before the plan step wrote it, with two companies and three
/// planned measures.
void writeOldWorkspace(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)));
        for (const Migration &m : migrations()) {
            if (m.to >= planStep())
                break;
            for (const QString &s : m.statements)
                ASSERT_TRUE(q.exec(s)) << qPrintable(q.lastError().text());
            QString failure;
            if (m.repair) {
                ASSERT_TRUE(m.repair(db, &failure)) << qPrintable(failure);
            }
        }
        ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO questionnaire(id, json) VALUES (1, ?)")));
        q.addBindValue(QString::fromUtf8(io::writeQuestionnaire(io::defaultQuestionnaire())));
        ASSERT_TRUE(q.exec()) << qPrintable(q.lastError().text());
        int key = 0;
        const Questionnaire questionnaire = io::defaultQuestionnaire(); // flatItems() points into it
        for (const Item *item : questionnaire.flatItems())
            ASSERT_TRUE(
                q.exec(QStringLiteral("INSERT INTO items(id, key) VALUES (%1, '%2')").arg(++key).arg(item->id)));
        for (const char *sql : {"INSERT INTO companies(id, name) VALUES (1, 'Muster GmbH'), (2, 'Beispiel AG')",
                                "INSERT INTO planned_measures(company_id, measure) VALUES (1, "
                                "'goals-from-company-goals'), (2, 'exec-workshop'), "
                                "(1, 'exec-workshop')",
                                "PRAGMA user_version = 0"})
            ASSERT_TRUE(q.exec(QString::fromLatin1(sql))) << sql << qPrintable(q.lastError().text());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(planStep() - 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
}

TEST(PlanStorage, OlderFilesKeepTheirPlannedMeasuresAsPlanned)
{
    ASSERT_GT(planStep(), 1);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sbradar"));
    writeOldWorkspace(path);
    StorageError error;
    auto ws = Workspace::open(path, Workspace::Mode::ReadWrite, &error);
    ASSERT_TRUE(ws) << qPrintable(error.message);
    EXPECT_EQ(ws->schemaVersion(), currentSchemaVersion());
    QList<PlanMeasure> muster, beispiel;
    ASSERT_TRUE(ws->planMeasures(1, &muster, &error)) << qPrintable(error.message);
    ASSERT_TRUE(ws->planMeasures(2, &beispiel, &error));
    ASSERT_EQ(muster.size(), 2);
    ASSERT_EQ(beispiel.size(), 1);
    QStringList measures;
    for (const PlanMeasure &m : muster) {
        measures << m.measure;
        EXPECT_EQ(m.status, PlanStatus::Planned);
        EXPECT_EQ(m.horizon, Horizon::Now);
        EXPECT_TRUE(m.owner.isEmpty());
        EXPECT_FALSE(m.due.isValid());
    }
    measures.sort();
    EXPECT_EQ(measures, (QStringList{QStringLiteral("exec-workshop"), QStringLiteral("goals-from-company-goals")}));
    EXPECT_EQ(beispiel[0].measure, QStringLiteral("exec-workshop"));
    EXPECT_EQ(beispiel[0].company, 2);
    EXPECT_EQ(ws->integrityCheck(), QStringLiteral("ok"));
}

class PlanRows : public ::testing::Test {
protected:
    void SetUp() override
    {
        ws = Workspace::create(dir.filePath(QStringLiteral("p.sbradar")), io::defaultQuestionnaire(), &error);
        ASSERT_TRUE(ws) << qPrintable(error.message);
        company = ws->createCompany(QStringLiteral("Muster GmbH"), 75.0, &error);
    }
    QTemporaryDir dir;
    StorageError error;
    std::unique_ptr<Workspace> ws;
    qint64 company = 0;
};

TEST_F(PlanRows, EveryFieldReadsBackAsWritten)
{
    PlanMeasure own;
    own.company = company;
    own.title = QStringLiteral("Redaktionsplan für \"alle\" Kanäle; DROP TABLE x");
    own.ownItems = {QStringLiteral("strategy.business-goals"), QStringLiteral("roadmap.content-calendar")};
    own.owner = QStringLiteral("Leitung Marketing");
    own.due = QDate(2026, 6, 30);
    own.horizon = Horizon::Next;
    own.status = PlanStatus::Done;
    own.doneOn = QDate(2026, 5, 2);
    own.note = QStringLiteral("mit Vertrieb abstimmen");
    own.id = ws->insertPlanMeasure(own, &error);
    ASSERT_GT(own.id, 0) << qPrintable(error.message);
    QList<PlanMeasure> plan;
    ASSERT_TRUE(ws->planMeasures(company, &plan, &error));
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0], own);

    own.status = PlanStatus::Doing;
    own.doneOn = QDate();
    own.horizon = Horizon::Later;
    ASSERT_TRUE(ws->updatePlanMeasure(own, &error)) << qPrintable(error.message);
    ASSERT_TRUE(ws->planMeasures(0, &plan, &error));
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0], own);

    ASSERT_TRUE(ws->deletePlanMeasure(own.id, &error));
    ASSERT_TRUE(ws->planMeasures(company, &plan, &error));
    EXPECT_TRUE(plan.isEmpty());
    // Back under its id: the undo of a removal.
    ASSERT_EQ(ws->insertPlanMeasure(own, &error), own.id);
    ASSERT_TRUE(ws->planMeasures(company, &plan, &error));
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0], own);
}

TEST_F(PlanRows, ACatalogueMeasureIsInAPlanOnlyOnce)
{
    PlanMeasure m;
    m.company = company;
    m.measure = QStringLiteral("goals-from-company-goals");
    ASSERT_GT(ws->insertPlanMeasure(m, &error), 0);
    EXPECT_EQ(ws->insertPlanMeasure(m, &error), -1);
    EXPECT_EQ(error.kind, StorageError::Kind::Conflict);
}

TEST_F(PlanRows, DeletingTheCompanyTakesItsPlanAlongAndRestoreBringsItBack)
{
    PlanMeasure m;
    m.company = company;
    m.measure = QStringLiteral("goals-from-company-goals");
    m.owner = QStringLiteral("CMO");
    m.id = ws->insertPlanMeasure(m, &error);
    Snapshot removed;
    ASSERT_TRUE(ws->deleteCompany(company, &removed, &error)) << qPrintable(error.message);
    QList<PlanMeasure> plan;
    ASSERT_TRUE(ws->planMeasures(0, &plan, &error));
    EXPECT_TRUE(plan.isEmpty());
    ASSERT_TRUE(ws->restore(removed, &error)) << qPrintable(error.message);
    ASSERT_TRUE(ws->planMeasures(company, &plan, &error));
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0], m);
}

} // namespace
