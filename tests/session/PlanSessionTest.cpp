// The action plan through the application layer: what is checked before anything is written,
// what each change announces, and the effect of a done measure (scoring.md *Effect of a
// measure*) with and without the anonymity rules.

#include "SessionTestSupport.h"

#include "io/AnswerImport.h"
#include "io/QuestionnaireJson.h"

#include <QSignalSpy>

using namespace sbr;
using session::WorkspaceSession;

namespace {

const QString awareness = QStringLiteral("leadership.awareness"); // both link to exec-workshop
const QString active = QStringLiteral("leadership.active");

/// `people` respondents of `company`/Marketing in a round, answering awareness and active with
/// the given levels (one per respondent).
QByteArray answers(const QString &company, const QString &round, const QString &date, const QList<int> &aware,
                   const QList<int> &act)
{
    QByteArray csv;
    for (int p = 0; p < aware.size(); ++p)
        for (const auto &[item, level] : {std::pair{awareness, aware[p]}, std::pair{active, act[p]}})
            csv += QStringLiteral("%1,Marketing,%2,%3,P%4,%5,%6\n")
                       .arg(company, round, date)
                       .arg(p + 1)
                       .arg(item)
                       .arg(level)
                       .toUtf8();
    return csv;
}

class Plan : public ::testing::Test {
protected:
    void SetUp() override
    {
        session =
            WorkspaceSession::create(dir.filePath(QStringLiteral("p.sbradar")), io::defaultQuestionnaire(), &error);
        ASSERT_TRUE(session) << qPrintable(error.message);
        // Muster GmbH, 5 people each round: awareness 1,1,2,2,2 (mean 1.6 = 40 points) then
        // 3,3,2,2,2 (2.4 = 60); active 0,0,1,1,1 (0.6 = 15) then 2,2,2,1,1 (1.6 = 40).
        // Klein AG: 2 people each round (fewer than k = 5: its company values are withheld).
        QByteArray csv = "company,department,round,date,respondent,item,level\n";
        csv += answers(QStringLiteral("Muster GmbH"), QStringLiteral("2026-Q1"), QStringLiteral("2026-03-15"),
                       {1, 1, 2, 2, 2}, {0, 0, 1, 1, 1});
        csv += answers(QStringLiteral("Muster GmbH"), QStringLiteral("2026-Q3"), QStringLiteral("2026-09-15"),
                       {3, 3, 2, 2, 2}, {2, 2, 2, 1, 1});
        csv += answers(QStringLiteral("Klein AG"), QStringLiteral("2026-Q1"), QStringLiteral("2026-03-15"), {0, 0},
                       {0, 0});
        csv += answers(QStringLiteral("Klein AG"), QStringLiteral("2026-Q3"), QStringLiteral("2026-09-15"), {4, 4},
                       {4, 4});
        io::ImportContext context;
        ASSERT_TRUE(session->importContext(&context, &error));
        const io::ImportResult parsed = io::parseAnswersCsv(csv, context, {});
        ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.messages(QStringLiteral("t.csv")).join(u'\n'));
        WorkspaceSession::WriteRecord record;
        ASSERT_TRUE(session->writeAnswers(parsed.batch, &record, &error)) << qPrintable(error.message);
        for (const CompanyRow &c : session->companies())
            (c.name == u"Muster GmbH" ? muster : klein) = c.id;
    }
    PlanMeasure execWorkshop(qint64 company) const
    {
        PlanMeasure m;
        m.company = company;
        m.measure = QStringLiteral("exec-workshop");
        return m;
    }
    QList<PlanMeasure> plan(qint64 company)
    {
        QList<PlanMeasure> out;
        EXPECT_TRUE(session->planMeasures(company, &out, &error)) << qPrintable(error.message);
        return out;
    }
    QTemporaryDir dir;
    WorkspaceError error;
    std::unique_ptr<WorkspaceSession> session;
    qint64 muster = 0, klein = 0;
};

TEST_F(Plan, AddingChangingAndRemovingAreAnnouncedForTheCompany)
{
    QSignalSpy changed(session.get(), &WorkspaceSession::plannedMeasuresChanged);
    PlanMeasure m = execWorkshop(muster);
    m.owner = QStringLiteral("  CMO ");
    m.due = QDate(2026, 6, 30);
    m.id = session->addPlanMeasure(m, &error);
    ASSERT_GT(m.id, 0) << qPrintable(error.message);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.takeFirst().at(0).toLongLong(), muster);
    QList<PlanMeasure> now = plan(muster);
    ASSERT_EQ(now.size(), 1);
    EXPECT_EQ(now[0].owner, QStringLiteral("CMO")); // trimmed
    EXPECT_EQ(now[0].status, PlanStatus::Planned);
    EXPECT_TRUE(plan(klein).isEmpty());

    m = now[0];
    m.horizon = Horizon::Later;
    m.status = PlanStatus::Doing;
    m.note = QStringLiteral("mit dem Vorstand");
    ASSERT_TRUE(session->updatePlanMeasure(m, &error)) << qPrintable(error.message);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(plan(muster).value(0), m);

    PlanMeasure removed;
    changed.clear();
    ASSERT_TRUE(session->removePlanMeasure(m.id, &removed, &error));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(removed, m);
    EXPECT_TRUE(plan(muster).isEmpty());
    ASSERT_EQ(session->addPlanMeasure(removed, &error), m.id); // the undo
    EXPECT_EQ(plan(muster).value(0), m);
}

TEST_F(Plan, ADoneMeasureWithoutADateIsDoneTodayAndReopeningNeedsTheDateGone)
{
    PlanMeasure m = execWorkshop(muster);
    m.status = PlanStatus::Done;
    m.id = session->addPlanMeasure(m, &error);
    ASSERT_GT(m.id, 0) << qPrintable(error.message);
    m = plan(muster).value(0);
    EXPECT_EQ(m.doneOn, QDate::currentDate());
    m.status = PlanStatus::Doing; // the date stays: refused
    EXPECT_FALSE(session->updatePlanMeasure(m, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Invalid);
    EXPECT_EQ(plan(muster).value(0).status, PlanStatus::Done);
}

TEST_F(Plan, WrongMeasuresAreRefusedAndNothingIsWritten)
{
    QSignalSpy changed(session.get(), &WorkspaceSession::plannedMeasuresChanged);
    PlanMeasure unknown = execWorkshop(muster);
    unknown.measure = QStringLiteral("no-such-measure");
    EXPECT_EQ(session->addPlanMeasure(unknown, &error), -1);
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Invalid);
    EXPECT_TRUE(error.message.contains(u"no-such-measure")) << qPrintable(error.message);

    PlanMeasure own;
    own.company = muster;
    own.ownItems = {awareness};
    EXPECT_EQ(session->addPlanMeasure(own, &error), -1); // no title
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Invalid);
    own.title = QStringLiteral("Vorstandsfrühstück");
    own.ownItems = {};
    EXPECT_EQ(session->addPlanMeasure(own, &error), -1); // no statement
    own.ownItems = {QStringLiteral("leadership.nonsense")};
    EXPECT_EQ(session->addPlanMeasure(own, &error), -1);
    EXPECT_TRUE(error.message.contains(u"leadership.nonsense")) << qPrintable(error.message);

    PlanMeasure early = execWorkshop(muster);
    early.doneOn = QDate(2026, 5, 2); // status planned
    EXPECT_EQ(session->addPlanMeasure(early, &error), -1);
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Invalid);

    PlanMeasure elsewhere = execWorkshop(9999);
    EXPECT_EQ(session->addPlanMeasure(elsewhere, &error), -1);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_TRUE(plan(0).isEmpty());

    ASSERT_GT(session->addPlanMeasure(execWorkshop(muster), &error), 0);
    EXPECT_EQ(session->addPlanMeasure(execWorkshop(muster), &error), -1);
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Conflict);
    EXPECT_EQ(plan(muster).size(), 1);
    EXPECT_GT(session->addPlanMeasure(execWorkshop(klein), &error), 0); // another company's plan
}

TEST_F(Plan, AnOwnMeasureKeepsItsTitleAndStatements)
{
    PlanMeasure own;
    own.company = muster;
    own.title = QStringLiteral("Vorstandsfrühstück <monatlich>");
    own.ownItems = {active, awareness};
    own.id = session->addPlanMeasure(own, &error);
    ASSERT_GT(own.id, 0) << qPrintable(error.message);
    const PlanMeasure stored = plan(muster).value(0);
    EXPECT_EQ(stored.title, own.title);
    // planItems gives the statements in questionnaire order.
    EXPECT_EQ(planItems(session->questionnaire(), stored), (QStringList{awareness, active}));
}

TEST_F(Plan, TheEffectOfADoneMeasureIsTheChangeOfItsStatements)
{
    PlanMeasure m = execWorkshop(muster);
    m.status = PlanStatus::Done;
    m.doneOn = QDate(2026, 5, 2);
    m.id = session->addPlanMeasure(m, &error);
    const auto effect = session->planEffect(plan(muster).value(0));
    ASSERT_TRUE(effect);
    EXPECT_EQ(effect->fromRound, QStringLiteral("2026-Q1"));
    EXPECT_EQ(effect->toRound, QStringLiteral("2026-Q3"));
    ASSERT_EQ(effect->items.size(), 2u);
    EXPECT_EQ(effect->items[0].id, awareness);
    EXPECT_DOUBLE_EQ(*effect->items[0].before, 40.0);
    EXPECT_DOUBLE_EQ(*effect->items[0].after, 60.0);
    EXPECT_DOUBLE_EQ(*effect->items[1].before, 15.0);
    EXPECT_DOUBLE_EQ(*effect->items[1].after, 40.0);
    EXPECT_DOUBLE_EQ(*effect->meanDelta, (20.0 + 25.0) / 2);

    m.status = PlanStatus::Doing;
    m.doneOn = QDate();
    EXPECT_FALSE(session->planEffect(m)); // only done measures have an effect
}

TEST_F(Plan, TheEffectKeepsWithheldCompanyValuesWithheld)
{
    PlanMeasure m = execWorkshop(klein);
    m.status = PlanStatus::Done;
    m.doneOn = QDate(2026, 5, 2);
    ASSERT_GT(session->addPlanMeasure(m, &error), 0);
    m = plan(klein).value(0);
    // Two people: what people read shows no company values of Klein AG.
    const auto shown = session->planEffect(m);
    ASSERT_TRUE(shown);
    for (const ItemChange &c : shown->items) {
        EXPECT_FALSE(c.before);
        EXPECT_FALSE(c.after);
    }
    EXPECT_FALSE(shown->meanDelta);
    // The full numbers exist (0 -> 100 on both statements).
    const auto full = session->planEffect(m, false);
    ASSERT_TRUE(full);
    EXPECT_DOUBLE_EQ(*full->meanDelta, 100.0);
}

TEST_F(Plan, TheRecommendationsTickIsACatalogueMeasureInThePlan)
{
    ASSERT_TRUE(session->setPlanned(muster, QStringLiteral("exec-workshop"), true, &error));
    QSet<QString> planned;
    ASSERT_TRUE(session->plannedMeasures(muster, &planned, &error));
    EXPECT_EQ(planned, QSet<QString>{QStringLiteral("exec-workshop")});
    PlanMeasure m = plan(muster).value(0);
    m.status = PlanStatus::Dropped;
    ASSERT_TRUE(session->updatePlanMeasure(m, &error));
    ASSERT_TRUE(session->plannedMeasures(muster, &planned, &error));
    EXPECT_TRUE(planned.isEmpty()); // dropped is not planned
    ASSERT_TRUE(session->setPlanned(muster, QStringLiteral("exec-workshop"), true, &error));
    EXPECT_EQ(plan(muster).value(0).status, PlanStatus::Planned);
    ASSERT_TRUE(session->setPlanned(muster, QStringLiteral("exec-workshop"), false, &error));
    EXPECT_TRUE(plan(muster).isEmpty());
}

} // namespace

TEST(DemoPlan, WeberHasAPlanWithMeasuresDoneBetweenItsRounds)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    qint64 weber = 0;
    for (const CompanyRow &c : s.companies())
        if (c.name == u"Weber Maschinenbau GmbH")
            weber = c.id;
    ASSERT_GT(weber, 0);
    QList<PlanMeasure> plan;
    WorkspaceError error;
    ASSERT_TRUE(s.planMeasures(weber, &plan, &error)) << qPrintable(error.message);
    EXPECT_EQ(plan.size(), 11);
    QStringList periods;
    int own = 0;
    for (const PlanMeasure &m : std::as_const(plan)) {
        own += m.isOwn();
        if (m.status != PlanStatus::Done) {
            EXPECT_FALSE(s.planEffect(m));
            continue;
        }
        const auto effect = s.planEffect(m);
        ASSERT_TRUE(effect) << qPrintable(m.measure);
        EXPECT_TRUE(effect->meanDelta) << qPrintable(m.measure);
        periods << effect->fromRound + u'-' + effect->toRound;
    }
    EXPECT_EQ(own, 1);
    // Two measures done between the first two rounds, two between the last two.
    EXPECT_EQ(periods, (QStringList{QStringLiteral("2025-Q1-2025-Q3"), QStringLiteral("2025-Q1-2025-Q3"),
                                    QStringLiteral("2025-Q3-2026-Q3"), QStringLiteral("2025-Q3-2026-Q3")}));
}
