// WorkshopSession without any network: opening, voting, results, the batch it becomes, storing
// it in a workspace; the random ids and the QR code.

#include "QrCode.h"
#include "WorkshopSession.h"
#include "WorkshopStore.h"
#include "WorkshopTestSupport.h"

#include "io/QuestionnaireJson.h"
#include "storage/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>

using namespace sbr;
using namespace sbr::workshop;
using VoteError = WorkshopSession::VoteError;

namespace {

class Session : public ::testing::Test {
protected:
    Questionnaire q = io::defaultQuestionnaire();
    WorkshopSession session{q, WorkshopSession::allItems(q)};
};

} // namespace

TEST_F(Session, OnlyTheOpenItemAcceptsVotes)
{
    const QString a = session.join();
    EXPECT_EQ(session.vote(a, 0, 2), VoteError::NotOpen); // nothing open yet
    ASSERT_TRUE(session.open(3));
    EXPECT_EQ(session.vote(a, 2, 2), VoteError::NotOpen);
    EXPECT_EQ(session.vote(a, 3, 2), VoteError::None);
    session.close();
    EXPECT_EQ(session.current(), 3); // still on the screens, but closed
    EXPECT_EQ(session.vote(a, 3, 4), VoteError::NotOpen);
    EXPECT_EQ(session.voteOf(a, 3), std::optional<std::optional<int>>(2));
    EXPECT_FALSE(session.open(q.itemCount())); // unknown item
}

TEST_F(Session, RefusesUnknownParticipantsItemsAndLevels)
{
    session.openAll();
    const QString a = session.join();
    EXPECT_EQ(session.vote(QStringLiteral("made-up"), 0, 1), VoteError::UnknownParticipant);
    EXPECT_EQ(session.vote(a, -1, 1), VoteError::UnknownItem);
    EXPECT_EQ(session.vote(a, q.itemCount(), 1), VoteError::UnknownItem);
    EXPECT_EQ(session.vote(a, 0, q.scale.min - 1), VoteError::BadLevel);
    EXPECT_EQ(session.vote(a, 0, q.scale.max + 1), VoteError::BadLevel);
    EXPECT_EQ(session.results(0).votes + session.results(0).skipped, 0);

    WorkshopSession partial(q, {4, 2, 4, 99999});
    EXPECT_EQ(partial.items(), (QList<int>{4, 2}));
    EXPECT_EQ(partial.itemIndex(q.flatItems()[2]->id), 2);
    EXPECT_EQ(partial.itemIndex(q.flatItems()[0]->id), -1);
}

TEST_F(Session, ResultsCountLevelsSkipsAndDisagreement)
{
    session.setAnonymityThreshold(3);
    ASSERT_TRUE(session.open(0));
    QSignalSpy changed(&session, &WorkshopSession::changed);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << session.join();
    EXPECT_EQ(session.vote(ids[0], 0, 0), VoteError::None);
    EXPECT_EQ(session.vote(ids[1], 0, 4), VoteError::None);
    EXPECT_EQ(session.vote(ids[2], 0, std::nullopt), VoteError::None);
    WorkshopSession::Results r = session.results(0);
    EXPECT_EQ(r.histogram, (QList<int>{1, 0, 0, 0, 1}));
    EXPECT_EQ(r.votes, 2);
    EXPECT_EQ(r.skipped, 1);
    EXPECT_TRUE(r.tooFew); // 2 votes < 3
    EXPECT_FALSE(r.disagree);
    EXPECT_FALSE(r.revealed);

    EXPECT_EQ(session.vote(ids[3], 0, 2), VoteError::None);
    EXPECT_EQ(session.vote(ids[0], 0, 1), VoteError::None); // changed: replaces 0
    r = session.results(0);
    EXPECT_EQ(r.histogram, (QList<int>{0, 1, 1, 0, 1}));
    EXPECT_EQ(r.votes, 3);
    EXPECT_FALSE(r.tooFew);
    ASSERT_TRUE(r.mean && r.sd);
    EXPECT_NEAR(*r.mean, 7.0 / 3.0, 1e-12);
    EXPECT_NEAR(*r.sd, std::sqrt((16.0 / 9 + 1.0 / 9 + 25.0 / 9) / 3), 1e-12);
    EXPECT_TRUE(r.disagree); // sd 1.25 >= 1 with 3 votes
    EXPECT_EQ(session.participants(), 5);
    EXPECT_EQ(session.voters(), 3); // the skipper and the one who never voted are no voters
    EXPECT_GE(changed.count(), 10);

    session.reveal(0);
    EXPECT_TRUE(session.results(0).revealed);
    session.reveal(0, false);
    EXPECT_FALSE(session.results(0).revealed);
}

TEST_F(Session, SurveyModeOpensEveryItem)
{
    session.openAll();
    const QString a = session.join();
    for (int item : session.items())
        EXPECT_EQ(session.vote(a, item, item % 5), VoteError::None);
    session.close();
    EXPECT_EQ(session.vote(a, 0, 1), VoteError::NotOpen);
    EXPECT_EQ(session.voteOf(a, 0), std::optional<std::optional<int>>(0));
}

TEST_F(Session, BatchHasOneAnonymousRespondentPerVoter)
{
    session.openAll();
    const QString a = session.join(), b = session.join(), skipper = session.join();
    session.join(); // never votes
    session.vote(a, 0, 1);
    session.vote(a, 1, std::nullopt); // a skip is no answer
    session.vote(a, 2, 3);
    session.vote(b, 0, 4);
    session.vote(skipper, 5, std::nullopt);

    const io::AnswerBatch batch = session.toBatch(QStringLiteral("Muster GmbH"), {QStringLiteral("Mixed group")},
                                                  QStringLiteral("2026-Q1"), QDate(2026, 3, 15));
    EXPECT_EQ(batch.companies, QStringList{QStringLiteral("Muster GmbH")});
    ASSERT_EQ(batch.departments.size(), 1);
    EXPECT_EQ(batch.departments[0].name, QStringLiteral("Mixed group"));
    ASSERT_EQ(batch.rounds.size(), 1);
    EXPECT_EQ(batch.rounds[0].date, QDate(2026, 3, 15));
    ASSERT_EQ(batch.respondents.size(), 2);
    // Numbered by the write, inside its transaction (so that two sessions ending together never collide).
    for (const io::AnswerBatch::Respondent &r : batch.respondents) {
        EXPECT_EQ(r.name, QStringLiteral("Workshop"));
        EXPECT_TRUE(r.numbered);
        EXPECT_FALSE(r.replaces);
    }
    // Per respondent the answers as voted, levels only.
    QList<QList<std::pair<int, int>>> answers(2);
    for (const io::AnswerBatch::Answer &answer : batch.answers) {
        EXPECT_TRUE(answer.applicable);
        answers[answer.respondent].append({answer.item, answer.level});
    }
    std::sort(answers.begin(), answers.end(), [](const auto &x, const auto &y) { return x.size() > y.size(); });
    EXPECT_EQ(answers[0], (QList<std::pair<int, int>>{{0, 1}, {2, 3}}));
    EXPECT_EQ(answers[1], (QList<std::pair<int, int>>{{0, 4}}));
}

TEST_F(Session, StoredVotesBecomeRespondentsInOneStep)
{
    QTemporaryDir dir;
    WorkspaceError error;
    auto ws = session::WorkspaceSession::create(dir.filePath(QStringLiteral("w.sbradar")), q, &error);
    ASSERT_TRUE(ws) << qPrintable(error.message);
    ASSERT_GT(ws->createCompany(QStringLiteral("Muster GmbH"), 75, &error), 0);
    const QList<CompanyRow> companies = ws->companies();
    ASSERT_GT(ws->createRound(companies[0].id, QStringLiteral("2026-Q1"), QDate(2026, 3, 15), &error), 0);

    io::ImportContext context;
    ASSERT_TRUE(ws->importContext(&context, &error)) << qPrintable(error.message);
    QString problem;
    EXPECT_FALSE(WorkshopStore::resolve(context, QStringLiteral("Nobody AG"), QStringLiteral("2026-Q1"),
                                        {QStringLiteral("X")}, &problem));
    EXPECT_TRUE(problem.contains(u"Nobody AG"));
    EXPECT_FALSE(WorkshopStore::resolve(context, QStringLiteral("Muster GmbH"), QStringLiteral("2030"),
                                        {QStringLiteral("X")}, &problem));
    const auto target = WorkshopStore::resolve(context, QStringLiteral("Muster GmbH"), QStringLiteral("2026-Q1"),
                                               {QStringLiteral("Mixed group")}, &problem);
    ASSERT_TRUE(target);
    EXPECT_TRUE(target->newDepartment);

    // An existing respondent's name is skipped by the numbering.
    const qint64 assessmentBefore =
        ws->ensureAssessment(ws->rounds(companies[0].id)[0].id,
                             ws->createDepartment(companies[0].id, QStringLiteral("Mixed group"), &error), &error);
    ASSERT_GT(ws->addRespondent(assessmentBefore, QStringLiteral("Workshop 2"), &error), 0);

    qint64 id = WorkshopStore::begin(*ws, session, *target, QStringLiteral("token"), 8765, &error);
    ASSERT_GT(id, 0) << qPrintable(error.message);
    WorkshopStore::Summary summary;
    ASSERT_TRUE(WorkshopStore::store(*ws, session, *target, id, &error, &summary)); // nobody voted: nothing
    EXPECT_EQ(summary.respondents, 0);
    QList<WorkshopRecord> pending;
    ASSERT_TRUE(WorkshopStore::unfinished(*ws, &pending, &error));
    EXPECT_TRUE(pending.isEmpty()); // ended: the session is gone
    id = WorkshopStore::begin(*ws, session, *target, QStringLiteral("token"), 8765, &error);

    session.openAll();
    for (int level = 0; level < 4; ++level) {
        const QString p = session.join();
        session.vote(p, 0, level);
        session.vote(p, 1, 4 - level);
    }
    // Every vote is in the workspace before the session ends.
    ASSERT_TRUE(WorkshopStore::unfinished(*ws, &pending, &error));
    ASSERT_EQ(pending.size(), 1);
    EXPECT_EQ(pending[0].voters, 4);
    EXPECT_EQ(pending[0].votes, 8);
    ASSERT_TRUE(WorkshopStore::store(*ws, session, *target, id, &error, &summary)) << qPrintable(error.message);
    EXPECT_EQ(summary.respondents, 4);
    EXPECT_EQ(summary.answers, 8);
    ASSERT_TRUE(WorkshopStore::unfinished(*ws, &pending, &error));
    EXPECT_TRUE(pending.isEmpty());
    // A second store (e.g. a second session into the same assessment) does not collide by name.
    ASSERT_TRUE(WorkshopStore::store(*ws, session, *target, id, &error, &summary)) << qPrintable(error.message);

    const QList<DepartmentRow> departments = ws->departments(companies[0].id);
    ASSERT_EQ(departments.size(), 1);
    const QList<RoundRow> rounds = ws->rounds(companies[0].id);
    const qint64 assessment = ws->assessmentId(rounds[0].id, departments[0].id);
    QList<RespondentRow> respondents;
    ASSERT_TRUE(ws->respondents(assessment, &respondents, &error));
    ASSERT_EQ(respondents.size(), 9);
    QStringList names;
    for (const RespondentRow &r : respondents)
        names << r.name;
    names.sort();
    QStringList expected;
    for (int n = 1; n <= 9; ++n)
        expected << QStringLiteral("Workshop %1").arg(n);
    expected.sort();
    EXPECT_EQ(names, expected); // "Workshop 2" existed: the numbering went around it
}

TEST(WorkshopIds, TokensAreLongRandomAndUrlSafe)
{
    QSet<QString> seen;
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]+$"));
    for (int i = 0; i < 1000; ++i) {
        const QString token = randomToken(16);
        EXPECT_EQ(token.size(), 22); // 128 bits in base64url
        EXPECT_TRUE(urlSafe.match(token).hasMatch()) << qPrintable(token);
        seen.insert(token);
    }
    EXPECT_EQ(seen.size(), 1000);
}

TEST(WorkshopQrCode, IsASquareBlackAndWhiteImage)
{
    const QImage image = qrCode("http://192.168.1.20:8080/s/So8uBuFVbvxEqjrihoiP7glS/", 6);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), image.height());
    EXPECT_EQ(image.width() % 6, 0);
    EXPECT_GE(image.width(), (21 + 8) * 6); // at least version 1 plus the quiet zone
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128;
    EXPECT_GT(dark, image.width() * image.height() / 5);
    EXPECT_LT(dark, image.width() * image.height() * 3 / 4);
    EXPECT_EQ(qGray(image.pixel(0, 0)), 255);       // quiet zone
    EXPECT_EQ(qGray(image.pixel(4 * 6, 4 * 6)), 0); // corner of the finder pattern
    EXPECT_TRUE(qrCode(QByteArray(), 6).isNull());
    EXPECT_TRUE(qrCode(QByteArray(10000, 'x'), 6).isNull()); // too long for any QR code
}
