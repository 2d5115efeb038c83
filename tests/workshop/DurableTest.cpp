// formats.md *Workshop sessions*, as a facilitator would bet on it: `kill -9` during a session
// loses no acknowledged vote once `--recover` ran; two sessions on one assessment ending at the
// same moment are both stored; a workspace held by another program while a session ends is
// stored after the wait; one address cannot become a crowd.

#include "WorkshopTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace sbr::workshoptest;
using namespace Qt::StringLiterals;

namespace {

class Durable : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ws = dir.filePath(u"ws.sbradar"_s);
        ASSERT_TRUE(seededWorkspace(ws, &items));
    }
    QStringList sessionArgs(const QStringList &extra = {}) const
    {
        return QStringList{ws,          u"--company"_s, u"Muster GmbH"_s, u"--round"_s, u"2026-Q1"_s, u"--department"_s,
                           u"Gruppe"_s, u"--bind"_s,    u"127.0.0.1"_s} +
               extra;
    }
    /// Per item of the group: (n, sum of levels); plus the number of respondents under key "".
    QHash<QString, QPair<int, double>> stored()
    {
        QString out;
        EXPECT_EQ(runCli({u"score"_s, ws, u"--json"_s}, &out), 0);
        const QJsonArray rounds = QJsonDocument::fromJson(out.toUtf8())
                                      .object()
                                      .value(u"companies")
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(u"rounds")
                                      .toArray();
        QHash<QString, QPair<int, double>> result;
        for (const QJsonValue &d : rounds.at(0).toObject().value(u"departments").toArray()) {
            const QJsonObject o = d.toObject();
            if (o.value(u"name").toString() != u"Gruppe"_s)
                continue;
            result.insert(QString(), {o.value(u"respondents").toInt(), 0});
            for (const QJsonValue &i : o.value(u"items").toArray()) {
                const QJsonObject item = i.toObject();
                const int n = item.value(u"n").toInt();
                if (n > 0)
                    result.insert(item.value(u"id").toString(), {n, n * item.value(u"mean").toDouble()});
            }
        }
        return result;
    }
    QStringList join(Http &http, const QUrl &url, int phones)
    {
        QStringList ids;
        for (int i = 0; i < phones; ++i) {
            const HttpReply r = http.get(url.resolved(QUrl(u"state"_s)));
            EXPECT_EQ(r.status, 200);
            ids << r.json().value(u"participant").toString();
        }
        return ids;
    }
    static QByteArray voteBody(const QString &participant, const QString &item, int level)
    {
        return QJsonDocument(QJsonObject{{u"participant"_s, participant}, {u"item"_s, item}, {u"level"_s, level}})
            .toJson(QJsonDocument::Compact);
    }

    QTemporaryDir dir;
    QString ws;
    QStringList items;
};

} // namespace

TEST_F(Durable, KillNineAtTenMomentsLosesNoAcknowledgedVote)
{
    QHash<QString, QPair<int, double>> previous; // what the runs before stored
    for (int moment = 0; moment < 10; ++moment) {
        SCOPED_TRACE(moment);
        CliSession session;
        ASSERT_TRUE(session.start(sessionArgs({u"--per-address"_s, u"0"_s}))) << session.out().toStdString();
        Http http;
        const QStringList phones = join(http, session.url(), 60);
        // Phone i votes item i % 4 with level i % 5; `acknowledged` of them hear "ok" first.
        const int acknowledged = 6 * moment + 3;
        QHash<QString, QPair<int, double>> expected;
        for (int i = 0; i < acknowledged; ++i) {
            const QString item = items[i % 4];
            ASSERT_EQ(http.post(session.url().resolved(QUrl(u"vote"_s)), voteBody(phones[i], item, i % 5)).status, 200);
            expected[item].first += 1;
            expected[item].second += i % 5;
        }
        // One more vote on its way while the process dies: it may count or not, nothing else.
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(session.url().resolved(QUrl(u"vote"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        const int last = acknowledged;
        QNetworkReply *inFlight = nam.post(request, voteBody(phones[last], items[last % 4], last % 5));
        const int delayMs = int(QRandomGenerator::global()->bounded(12));
        QElapsedTimer clock;
        clock.start();
        waitUntil([&] { return clock.elapsed() >= delayMs || inFlight->isFinished(); });
        const bool lastAcknowledged =
            inFlight->isFinished() && inFlight->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        EXPECT_EQ(session.terminate(SIGKILL), -1);

        QString out, err;
        ASSERT_EQ(runCli({u"workshop"_s, ws, u"--recover"_s, u"--list"_s}, &out, &err), 0) << err.toStdString();
        EXPECT_TRUE(out.contains(u"Muster GmbH / Gruppe / 2026-Q1"_s)) << out.toStdString();
        EXPECT_TRUE(out.contains(u"not ended"_s)) << out.toStdString();
        ASSERT_EQ(runCli({u"workshop"_s, ws, u"--recover"_s}, &out, &err), 0) << err.toStdString();

        const auto now = stored();
        const auto &before = previous;
        // What this run added: every acknowledged vote, plus perhaps the one in flight.
        auto added = [&](const QString &item) {
            return QPair<int, double>{now.value(item).first - before.value(item).first,
                                      now.value(item).second - before.value(item).second};
        };
        const int respondents = now.value(QString()).first - before.value(QString()).first;
        EXPECT_TRUE(respondents == acknowledged + (lastAcknowledged ? 1 : 0) ||
                    (!lastAcknowledged && respondents == acknowledged + 1))
            << respondents << " respondents for " << acknowledged << " acknowledged votes";
        if (lastAcknowledged || respondents == acknowledged + 1) {
            expected[items[last % 4]].first += 1;
            expected[items[last % 4]].second += last % 5;
        }
        for (int i = 0; i < 4; ++i) {
            EXPECT_EQ(added(items[i]).first, expected.value(items[i]).first) << items[i].toStdString();
            EXPECT_NEAR(added(items[i]).second, expected.value(items[i]).second, 1e-9) << items[i].toStdString();
        }
        // Stored once: a second recovery finds nothing.
        ASSERT_EQ(runCli({u"workshop"_s, ws, u"--recover"_s}, &out, &err), 0);
        EXPECT_TRUE(out.contains(u"No unfinished workshop sessions"_s)) << out.toStdString();
        previous = now;
    }
}

TEST_F(Durable, TwoSessionsOnOneAssessmentEndingTogetherAreBothStored)
{
    int expectedRespondents = 0;
    for (int run = 0; run < 20; ++run) {
        SCOPED_TRACE(run);
        CliSession a, b;
        ASSERT_TRUE(a.start(sessionArgs()));
        ASSERT_TRUE(b.start(sessionArgs()));
        Http http;
        for (CliSession *s : {&a, &b}) {
            const QStringList phones = join(http, s->url(), 2);
            for (const QString &phone : phones)
                ASSERT_EQ(http.post(s->url().resolved(QUrl(u"vote"_s)), voteBody(phone, items[1], 3)).status, 200);
        }
        // Both at the same moment: the names "Workshop N" are picked inside each write.
        ::kill(pid_t(a.pid()), SIGTERM);
        ::kill(pid_t(b.pid()), SIGTERM);
        EXPECT_EQ(a.wait(), 0) << a.err().toStdString();
        EXPECT_EQ(b.wait(), 0) << b.err().toStdString();
        EXPECT_TRUE(a.out().contains(u"stored 2 respondents"_s)) << a.out().toStdString();
        EXPECT_TRUE(b.out().contains(u"stored 2 respondents"_s)) << b.out().toStdString();
        expectedRespondents += 4;
    }
    const auto now = stored();
    EXPECT_EQ(now.value(QString()).first, expectedRespondents);
    EXPECT_EQ(now.value(items[1]).first, expectedRespondents);
    EXPECT_NEAR(now.value(items[1]).second, 3.0 * expectedRespondents, 1e-9);
}

TEST_F(Durable, AWorkspaceLockedForEightSecondsAtTheEndIsStoredAfterTheWait)
{
    CliSession session;
    ASSERT_TRUE(session.start(sessionArgs()));
    Http http;
    const QStringList phones = join(http, session.url(), 2);
    ASSERT_EQ(http.post(session.url().resolved(QUrl(u"vote"_s)), voteBody(phones[0], items[2], 1)).status, 200);
    ASSERT_EQ(http.post(session.url().resolved(QUrl(u"vote"_s)), voteBody(phones[1], items[2], 4)).status, 200);
    {
        // Another program holds the whole file (no reading, no writing) for eight seconds.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
        other.setDatabaseName(ws);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(u"BEGIN EXCLUSIVE"_s));
        ::kill(pid_t(session.pid()), SIGTERM);
        QThread::sleep(8);
        q.exec(u"ROLLBACK"_s);
        q = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-program"_s);
    EXPECT_EQ(session.wait(), 0) << session.err().toStdString();
    EXPECT_TRUE(session.out().contains(u"waiting"_s)) << session.out().toStdString();
    EXPECT_TRUE(session.out().contains(u"stored 2 respondents with 2 answers"_s)) << session.out().toStdString();
    const auto now = stored();
    EXPECT_EQ(now.value(QString()).first, 2);
    EXPECT_EQ(now.value(items[2]).first, 2);
    EXPECT_NEAR(now.value(items[2]).second, 5.0, 1e-9);
}

TEST_F(Durable, TwentyFiveFreshIdentitiesFromOneAddressStoreAtMostThreeVoters)
{
    CliSession session;
    ASSERT_TRUE(session.start(sessionArgs()));
    Http http;
    QStringList accepted;
    int refused = 0;
    for (int i = 0; i < 25; ++i) {
        const HttpReply r = http.get(session.url().resolved(QUrl(u"state"_s)));
        if (r.status == 200) {
            accepted << r.json().value(u"participant").toString();
        } else {
            EXPECT_EQ(r.status, 429);
            EXPECT_EQ(r.json().value(u"error").toString(), u"address-limit"_s);
            ++refused;
        }
    }
    EXPECT_EQ(accepted.size(), 3);
    EXPECT_EQ(refused, 22);
    for (const QString &phone : accepted)
        EXPECT_EQ(http.post(session.url().resolved(QUrl(u"vote"_s)), voteBody(phone, items[3], 2)).status, 200);
    EXPECT_EQ(session.terminate(SIGTERM), 0) << session.err().toStdString();
    EXPECT_EQ(stored().value(QString()).first, 3);
}
