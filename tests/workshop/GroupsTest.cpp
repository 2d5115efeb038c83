// Mixed groups and re-votes (formats.md *Workshop sessions*, issue 9 items 4 and 5), as the
// facilitator and the participants see them: every phone picks its department once, results per
// department and in total, each voter stored in its own department's assessment (also after a
// crash and recovery); a statement voted on again keeps the first round beside the second and
// stores everyone's last vote. Known answers are worked out by hand below each scenario.

#include "VotingServer.h"
#include "WorkshopSession.h"
#include "WorkshopStore.h"
#include "WorkshopTestSupport.h"

#include "io/QuestionnaireJson.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace sbr;
using namespace sbr::workshop;
using namespace sbr::workshoptest;
using namespace Qt::StringLiterals;
using VoteError = WorkshopSession::VoteError;

namespace {

class Groups : public ::testing::Test {
protected:
    void SetUp() override
    {
        session.setAnonymityThreshold(2);
        session.setDepartments({u"Vertrieb"_s, u"Einkauf"_s});
    }
    /// A participant of `department` (index) who votes `level` on item 0.
    QString voter(int department, int level)
    {
        const QString p = session.join();
        EXPECT_EQ(session.chooseDepartment(p, department), VoteError::None);
        EXPECT_EQ(session.vote(p, 0, level), VoteError::None);
        return p;
    }
    /// The levels of the batch's answers to `item` of respondents in `department`, sorted.
    static QList<int> levelsIn(const io::AnswerBatch &batch, int department, int item)
    {
        QList<int> levels;
        for (const io::AnswerBatch::Answer &a : batch.answers)
            if (a.item == item && batch.respondents.at(a.respondent).department == department)
                levels << a.level;
        std::sort(levels.begin(), levels.end());
        return levels;
    }

    Questionnaire q = io::defaultQuestionnaire();
    WorkshopSession session{q, WorkshopSession::allItems(q)};
};

/// The stored answers of `department` in the only round of the workspace's only company: item -> sorted levels.
QHash<int, QList<int>> storedLevels(session::WorkspaceSession &ws, const QString &department)
{
    QHash<int, QList<int>> levels;
    const QList<CompanyRow> companies = ws.companies();
    const qint64 round = ws.rounds(companies.at(0).id).at(0).id;
    for (const DepartmentRow &d : ws.departments(companies.at(0).id))
        if (d.name == department) {
            QList<AnswerCell> cells;
            WorkspaceError error;
            EXPECT_TRUE(ws.answers(ws.assessmentId(round, d.id), &cells, &error)) << qPrintable(error.message);
            for (const AnswerCell &c : cells)
                if (c.level)
                    levels[c.item] << *c.level;
        }
    for (QList<int> &l : levels)
        std::sort(l.begin(), l.end());
    return levels;
}

} // namespace

TEST_F(Groups, EveryPhonePicksItsDepartmentOnceBeforeVoting)
{
    session.open(0);
    const QString p = session.join();
    EXPECT_EQ(session.departmentOf(p), -1);
    EXPECT_EQ(session.vote(p, 0, 2), VoteError::NoDepartment);
    EXPECT_EQ(session.chooseDepartment(p, 2), VoteError::BadDepartment);
    EXPECT_EQ(session.chooseDepartment(p, 1), VoteError::None);
    EXPECT_EQ(session.chooseDepartment(p, 1), VoteError::None); // the same again: fine
    EXPECT_EQ(session.chooseDepartment(p, 0), VoteError::DepartmentChosen);
    EXPECT_EQ(session.departmentOf(p), 1);
    EXPECT_EQ(session.vote(p, 0, 2), VoteError::None);
    EXPECT_EQ(session.participantsIn(1), 1);
    EXPECT_EQ(session.participantsIn(0), 0);
}

TEST_F(Groups, ResultsPerDepartmentAndInTotalAndEachVoterInItsDepartment)
{
    session.open(0);
    // Vertrieb votes 1 and 3; Einkauf 4, 4 and 2.
    voter(0, 1);
    voter(0, 3);
    voter(1, 4);
    voter(1, 4);
    voter(1, 2);
    const WorkshopSession::Results sales = session.results(0, 0), purchasing = session.results(0, 1),
                                   all = session.results(0);
    EXPECT_EQ(sales.votes, 2);
    EXPECT_DOUBLE_EQ(*sales.mean, 2.0); // (1 + 3) / 2
    EXPECT_EQ(sales.histogram.value(1 - q.scale.min), 1);
    EXPECT_EQ(sales.histogram.value(3 - q.scale.min), 1);
    EXPECT_EQ(purchasing.votes, 3);
    EXPECT_DOUBLE_EQ(*purchasing.mean, 10.0 / 3); // (4 + 4 + 2) / 3
    EXPECT_EQ(purchasing.histogram.value(4 - q.scale.min), 2);
    EXPECT_EQ(all.votes, 5);
    EXPECT_DOUBLE_EQ(*all.mean, 14.0 / 5);
    session.setAnonymityThreshold(3); // Vertrieb's two votes are now too few on their own
    EXPECT_TRUE(session.results(0, 0).tooFew);
    EXPECT_FALSE(session.results(0, 1).tooFew);
    EXPECT_FALSE(session.results(0).tooFew);

    const io::AnswerBatch batch =
        session.toBatch(u"Muster GmbH"_s, session.departments(), u"2026-Q1"_s, QDate(2026, 3, 15));
    ASSERT_EQ(batch.departments.size(), 2);
    EXPECT_EQ(batch.departments[0].name, u"Vertrieb"_s);
    EXPECT_EQ(batch.departments[1].name, u"Einkauf"_s);
    EXPECT_EQ(levelsIn(batch, 0, 0), (QList<int>{1, 3}));
    EXPECT_EQ(levelsIn(batch, 1, 0), (QList<int>{2, 4, 4}));
    EXPECT_EQ(session.votersIn(0), 2);
    EXPECT_EQ(session.votersIn(1), 3);
}

TEST_F(Groups, AReopenedStatementKeepsTheFirstRoundAndStoresTheLastVotes)
{
    session.setDepartments({u"Gruppe"_s});
    session.open(0);
    QStringList people;
    for (int level : {1, 1, 2, 4}) {
        people << session.join();
        ASSERT_EQ(session.vote(people.last(), 0, level), VoteError::None);
    }
    session.open(1);
    EXPECT_EQ(session.vote(people[0], 0, 3), VoteError::NotOpen);
    ASSERT_TRUE(session.reopen(0));
    EXPECT_TRUE(session.isOpen(0));
    EXPECT_TRUE(session.wasReopened(0));
    EXPECT_FALSE(session.wasReopened(1));
    QList<int> first(q.scale.levelCount(), 0);
    first[1 - q.scale.min] = 2;
    first[2 - q.scale.min] = 1;
    first[4 - q.scale.min] = 1;
    EXPECT_EQ(session.firstRound(0), first);
    EXPECT_EQ(session.revoters(0), 0);
    // After the discussion the two who said 1 now say 3; the others keep their votes.
    ASSERT_EQ(session.vote(people[0], 0, 3), VoteError::None);
    ASSERT_EQ(session.vote(people[1], 0, 3), VoteError::None);
    EXPECT_EQ(session.revoters(0), 2);
    EXPECT_EQ(session.firstRound(0), first); // unchanged by the second round
    const WorkshopSession::Results second = session.results(0);
    EXPECT_EQ(second.votes, 4);
    EXPECT_DOUBLE_EQ(*second.mean, 3.0); // (3 + 3 + 2 + 4) / 4
    EXPECT_EQ(second.histogram.value(3 - q.scale.min), 2);
    EXPECT_EQ(second.histogram.value(1 - q.scale.min), 0);
    // Reopening again keeps the very first round.
    ASSERT_TRUE(session.reopen(0));
    EXPECT_EQ(session.firstRound(0), first);

    const io::AnswerBatch batch = session.toBatch(u"Muster GmbH"_s, {u"Gruppe"_s}, u"2026-Q1"_s, QDate(2026, 3, 15));
    EXPECT_EQ(levelsIn(batch, 0, 0), (QList<int>{2, 3, 3, 4}));
}

TEST_F(Groups, AfterACrashEachVoterIsRecoveredIntoItsDepartmentWithTheFinalVotes)
{
    QTemporaryDir dir;
    WorkspaceError error;
    auto ws = session::WorkspaceSession::create(dir.filePath(u"w.sbradar"_s), q, &error);
    ASSERT_TRUE(ws) << qPrintable(error.message);
    ASSERT_GT(ws->createCompany(u"Muster GmbH"_s, 75, &error), 0);
    const qint64 company = ws->companies().at(0).id;
    ASSERT_GT(ws->createRound(company, u"2026-Q1"_s, QDate(2026, 3, 15), &error), 0);
    ASSERT_GT(ws->createDepartment(company, u"Vertrieb"_s, &error), 0);
    io::ImportContext context;
    ASSERT_TRUE(ws->importContext(&context, &error));
    QString problem;
    EXPECT_FALSE(
        WorkshopStore::resolve(context, u"Muster GmbH"_s, u"2026-Q1"_s, {u"Vertrieb"_s, u"vertrieb"_s}, &problem));
    EXPECT_TRUE(problem.contains(u"Vertrieb"_s)) << qPrintable(problem);
    const auto target = WorkshopStore::resolve(context, u"Muster GmbH"_s, u"2026-Q1"_s,
                                               {u"Vertrieb"_s, u"Geschäftsleitung"_s, u"Vertrieb"_s}, &problem);
    ASSERT_TRUE(target) << qPrintable(problem);
    EXPECT_EQ(target->departments, (QStringList{u"Vertrieb"_s, u"Geschäftsleitung"_s}));
    EXPECT_TRUE(target->newDepartment);

    WorkshopSession live(q, WorkshopSession::allItems(q));
    const qint64 id = WorkshopStore::begin(*ws, live, *target, u"token"_s, 8765, &error);
    ASSERT_GT(id, 0) << qPrintable(error.message);
    EXPECT_TRUE(live.isMixed());
    live.open(0);
    // Vertrieb: 2 and 3 on item 0, 1 on item 1; Geschäftsleitung: 4 and 4 on item 0. One phone
    // chooses Geschäftsleitung and never votes.
    const auto member = [&](int department) {
        const QString p = live.join();
        EXPECT_EQ(live.chooseDepartment(p, department), VoteError::None);
        return p;
    };
    const QString a = member(0), b = member(0), c = member(1), d = member(1);
    member(1);
    ASSERT_EQ(live.vote(a, 0, 2), VoteError::None);
    ASSERT_EQ(live.vote(b, 0, 1), VoteError::None);
    ASSERT_EQ(live.vote(c, 0, 4), VoteError::None);
    ASSERT_EQ(live.vote(d, 0, 4), VoteError::None);
    ASSERT_TRUE(live.reopen(0)); // b changes 1 to 3 in the second round
    ASSERT_EQ(live.vote(b, 0, 3), VoteError::None);
    live.open(1);
    ASSERT_EQ(live.vote(a, 1, 1), VoteError::None);

    // The process dies here: what the workspace holds is all there is.
    QList<WorkshopRecord> pending;
    ASSERT_TRUE(WorkshopStore::unfinished(*ws, &pending, &error));
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending[0].departments, (QStringList{u"Vertrieb"_s, u"Geschäftsleitung"_s}));
    EXPECT_EQ(pending[0].participants, 5); // the phone that only chose counts as joined
    EXPECT_EQ(pending[0].voters, 4);
    auto resumed = WorkshopStore::load(*ws, pending[0], &error);
    ASSERT_TRUE(resumed);
    EXPECT_EQ(resumed->results(0, 0).votes, 2);
    EXPECT_EQ(resumed->results(0, 1).votes, 2);
    EXPECT_EQ(resumed->participantsIn(1), 3);
    QList<int> first(q.scale.levelCount(), 0);
    first[1 - q.scale.min] = 1;
    first[2 - q.scale.min] = 1;
    first[4 - q.scale.min] = 2;
    EXPECT_EQ(resumed->firstRound(0), first);

    WorkshopStore::Summary summary;
    ASSERT_TRUE(WorkshopStore::recover(*ws, pending[0], &error, &summary)) << qPrintable(error.message);
    EXPECT_EQ(summary.respondents, 4);
    EXPECT_EQ(summary.answers, 5);
    const QHash<int, QList<int>> sales = storedLevels(*ws, u"Vertrieb"_s);
    EXPECT_EQ(sales.value(0), (QList<int>{2, 3})); // b's final vote, not its first
    EXPECT_EQ(sales.value(1), (QList<int>{1}));
    const QHash<int, QList<int>> board = storedLevels(*ws, u"Geschäftsleitung"_s);
    EXPECT_EQ(board.value(0), (QList<int>{4, 4}));
    EXPECT_FALSE(board.contains(1));
    ASSERT_TRUE(WorkshopStore::unfinished(*ws, &pending, &error));
    EXPECT_TRUE(pending.isEmpty());
}

TEST_F(Groups, ThePhonePageAsksForTheDepartmentAndShowsAReopenedStatement)
{
    VotingServer server(&session);
    ServerLimits limits;
    limits.perAddress = 0;
    server.setLimits(limits);
    QString error;
    ASSERT_TRUE(server.start(QHostAddress(QHostAddress::LocalHost), 0, &error)) << qPrintable(error);
    Http http;
    const auto at = [&](const QString &name) { return server.url().resolved(QUrl(name)); };
    const auto post = [&](const QString &name, const QJsonObject &body) {
        return http.post(at(name), QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    session.open(0);
    const QString itemId = q.flatItems()[0]->id;
    QJsonObject state = http.get(at(u"state"_s)).json();
    const QString p = state.value(u"participant").toString();
    EXPECT_EQ(state.value(u"departments").toArray(), (QJsonArray{u"Vertrieb"_s, u"Einkauf"_s}));
    EXPECT_TRUE(state.value(u"department").isNull());
    EXPECT_TRUE(state.value(u"items").toArray().isEmpty()); // no statement before the choice

    HttpReply r = post(u"vote"_s, {{u"participant"_s, p}, {u"item"_s, itemId}, {u"level"_s, 2}});
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(r.json().value(u"error").toString(), u"no-department"_s);
    EXPECT_EQ(post(u"department"_s, {{u"participant"_s, p}, {u"department"_s, 7}}).status, 422);
    EXPECT_EQ(post(u"department"_s, {{u"participant"_s, u"nobody"_s}, {u"department"_s, 1}}).status, 403);
    EXPECT_EQ(post(u"department"_s, {{u"participant"_s, p}, {u"department"_s, 1}}).status, 200);
    r = post(u"department"_s, {{u"participant"_s, p}, {u"department"_s, 0}});
    EXPECT_EQ(r.status, 409);
    EXPECT_EQ(r.json().value(u"error").toString(), u"department-chosen"_s);
    EXPECT_EQ(http.get(at(u"department"_s)).status, 405);

    state = http.get(at(u"state?participant="_s + p)).json();
    EXPECT_EQ(state.value(u"department").toInt(-1), 1);
    ASSERT_EQ(state.value(u"items").toArray().size(), 1);
    EXPECT_FALSE(state.value(u"items").toArray().at(0).toObject().value(u"reopened").toBool());
    EXPECT_EQ(post(u"vote"_s, {{u"participant"_s, p}, {u"item"_s, itemId}, {u"level"_s, 2}}).status, 200);
    EXPECT_EQ(session.results(0, 1).votes, 1);

    session.open(1);
    session.reopen(0);
    const QJsonObject item =
        http.get(at(u"state?participant="_s + p)).json().value(u"items").toArray().at(0).toObject();
    EXPECT_EQ(item.value(u"id").toString(), itemId);
    EXPECT_TRUE(item.value(u"open").toBool());
    EXPECT_TRUE(item.value(u"reopened").toBool());
    EXPECT_EQ(item.value(u"level").toInt(), 2); // the first vote stands until a new one
    EXPECT_EQ(post(u"vote"_s, {{u"participant"_s, p}, {u"item"_s, itemId}, {u"level"_s, 4}}).status, 200);
    EXPECT_EQ(*session.results(0).mean, 4.0);
    EXPECT_EQ(session.revoters(0), 1);
}
