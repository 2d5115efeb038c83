// VotingServer on loopback: good votes counted; every kind of refusal with its status and
// nothing stored; votes hidden until revealed; security headers; the server's lifetime.

#include "VotingServer.h"
#include "WorkshopSession.h"
#include "WorkshopTestSupport.h"

#include "io/QuestionnaireJson.h"

#include <QJsonArray>
#include <QTcpServer>

using namespace sbr;
using namespace sbr::workshop;
using namespace sbr::workshoptest;

namespace {

class Server : public ::testing::Test {
protected:
    void SetUp() override { startWith({}); }

    void startWith(ServerLimits limits, bool everyJoinFromHere = true)
    {
        server.stop();
        // Every phone of these tests is 127.0.0.1: the limit per address has its own test.
        if (everyJoinFromHere)
            limits.perAddress = 0;
        server.setLimits(limits);
        QString error;
        ASSERT_TRUE(server.start(QHostAddress(QHostAddress::LocalHost), 0, &error)) << qPrintable(error);
    }
    QUrl at(const QString &name) const { return server.url().resolved(QUrl(name)); }
    QString join()
    {
        const HttpReply r = http.get(at(QStringLiteral("state")));
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return r.json().value(u"participant").toString();
    }
    QJsonObject state(const QString &participant)
    {
        const HttpReply r = http.get(at(QStringLiteral("state?participant=") + participant));
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        EXPECT_EQ(r.json().value(u"participant").toString(), participant);
        return r.json();
    }
    HttpReply vote(const QString &participant, const QString &item, const QJsonValue &level)
    {
        const QJsonObject body{{QStringLiteral("participant"), participant},
                               {QStringLiteral("item"), item},
                               {QStringLiteral("level"), level}};
        return http.post(at(QStringLiteral("vote")), QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpReply raw(const QByteArray &requestLine, const QByteArray &body = {})
    {
        QByteArray request = requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
        if (!body.isEmpty())
            request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        return rawRequest(QStringLiteral("127.0.0.1"), server.port(), request + "\r\n" + body);
    }
    /// Everything recorded for any item: participants' votes and skips.
    int recorded() const
    {
        int n = 0;
        for (int item : session.items())
            n += session.results(item).votes + session.results(item).skipped;
        return n;
    }
    QString itemId(int flat) const { return q.flatItems()[flat]->id; }
    QByteArray token() const { return server.token().toLatin1(); }

    Questionnaire q = io::defaultQuestionnaire();
    WorkshopSession session{q, WorkshopSession::allItems(q)};
    VotingServer server{&session};
    Http http;
};

void expectSecurityHeaders(const HttpReply &r)
{
    EXPECT_TRUE(r.header("Content-Security-Policy").contains("default-src 'self'")) << r.status;
    EXPECT_TRUE(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(r.header("Referrer-Policy"), "no-referrer");
    EXPECT_EQ(r.header("Cache-Control"), "no-store");
}

} // namespace

TEST_F(Server, ServesThePageFromItsOwnResources)
{
    EXPECT_TRUE(server.isRunning());
    EXPECT_EQ(server.url().host(), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(server.url().path(), QStringLiteral("/s/") + server.token() + u'/');
    EXPECT_GE(server.token().size(), 22); // >= 128 bits in base64url
    const HttpReply page = http.get(server.url());
    EXPECT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(page.body.contains("<script src=\"app.js\""));
    EXPECT_FALSE(page.body.contains("http://")) << "no external resources";
    EXPECT_FALSE(page.body.contains("https://"));
    expectSecurityHeaders(page);
    const HttpReply script = http.get(at(QStringLiteral("app.js")));
    EXPECT_EQ(script.status, 200);
    EXPECT_TRUE(script.header("Content-Type").startsWith("text/javascript"));
    EXPECT_FALSE(script.body.contains("https://"));
    const HttpReply style = http.get(at(QStringLiteral("style.css")));
    EXPECT_EQ(style.status, 200);
    EXPECT_TRUE(style.header("Content-Type").startsWith("text/css"));
    EXPECT_FALSE(style.body.contains("@import"));
    EXPECT_FALSE(style.body.contains("url("));
    // Without the trailing slash the relative links would break: redirect.
    const HttpReply bare = raw("GET /s/" + token() + " HTTP/1.1");
    EXPECT_EQ(bare.status, 308);
    EXPECT_EQ(bare.header("Location"), "/s/" + token() + "/");
}

TEST_F(Server, GoodVotesAreCountedAndAChangeReplacesTheVote)
{
    session.open(0);
    const QString a = join(), b = join(), c = join();
    EXPECT_NE(a, b);
    HttpReply r = vote(a, itemId(0), 1);
    EXPECT_EQ(r.status, 200) << r.body.toStdString();
    EXPECT_EQ(r.json().value(u"level").toInt(), 1);
    expectSecurityHeaders(r);
    EXPECT_EQ(vote(b, itemId(0), 3).status, 200);
    EXPECT_EQ(vote(c, itemId(0), QJsonValue()).status, 200); // skip
    EXPECT_EQ(vote(a, itemId(0), 4).status, 200);            // changed its mind
    const WorkshopSession::Results results = session.results(0);
    EXPECT_EQ(results.histogram, (QList<int>{0, 0, 0, 1, 1}));
    EXPECT_EQ(results.skipped, 1);
    const QJsonObject item = state(a).value(u"items").toArray().at(0).toObject();
    EXPECT_EQ(item.value(u"id").toString(), itemId(0));
    EXPECT_TRUE(item.value(u"voted").toBool());
    EXPECT_EQ(item.value(u"level").toInt(), 4);
    EXPECT_EQ(item.value(u"levels").toArray().size(), q.scale.levelCount());
    const QJsonObject skipped = state(c).value(u"items").toArray().at(0).toObject();
    EXPECT_TRUE(skipped.value(u"voted").toBool());
    EXPECT_TRUE(skipped.value(u"level").isNull());
}

TEST_F(Server, VotesStayHiddenUntilRevealedAndSmallGroupsShowTooFew)
{
    session.setAnonymityThreshold(3);
    session.open(2);
    const QString a = join(), b = join(), c = join(), watcher = join();
    vote(a, itemId(2), 1);
    vote(b, itemId(2), 2);
    QJsonObject item = state(watcher).value(u"items").toArray().at(0).toObject();
    EXPECT_FALSE(item.contains(u"results"));
    EXPECT_FALSE(item.value(u"voted").toBool());
    session.reveal(2);
    item = state(watcher).value(u"items").toArray().at(0).toObject();
    EXPECT_TRUE(item.value(u"results").toObject().value(u"tooFew").toBool()); // 2 votes < 3
    EXPECT_FALSE(item.value(u"results").toObject().contains(u"histogram"));
    vote(c, itemId(2), 2);
    session.close(); // closed but still shown, with its results
    item = state(watcher).value(u"items").toArray().at(0).toObject();
    EXPECT_FALSE(item.value(u"open").toBool());
    const QJsonObject results = item.value(u"results").toObject();
    EXPECT_FALSE(results.value(u"tooFew").toBool());
    EXPECT_EQ(results.value(u"votes").toInt(), 3);
    EXPECT_EQ(results.value(u"histogram").toArray(), (QJsonArray{0, 1, 2, 0, 0}));
}

TEST_F(Server, ShowsWaitingOneItemOrTheWholeSurvey)
{
    const QString a = join();
    EXPECT_TRUE(state(a).value(u"items").toArray().isEmpty()); // nothing open: "waiting"
    EXPECT_EQ(state(a).value(u"mode").toString(), QStringLiteral("live"));
    EXPECT_EQ(state(a).value(u"language").toString(), QStringLiteral("de"));
    session.open(5);
    EXPECT_EQ(state(a).value(u"items").toArray().size(), 1);
    session.openAll();
    EXPECT_EQ(state(a).value(u"mode").toString(), QStringLiteral("survey"));
    EXPECT_EQ(state(a).value(u"items").toArray().size(), q.itemCount());
    server.setLanguage(QStringLiteral("en"));
    const QJsonObject en = state(a);
    EXPECT_EQ(en.value(u"language").toString(), QStringLiteral("en"));
    EXPECT_EQ(en.value(u"items").toArray().at(0).toObject().value(u"text").toString(),
              q.flatItems()[0]->text.text(QStringLiteral("en")));
}

TEST_F(Server, MissingOrWrongTokenIsForbiddenAndStoresNothing)
{
    session.openAll();
    const QString a = join();
    QByteArray wrong = token();
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    const QByteArray body =
        R"({"participant":")" + a.toLatin1() + R"(","item":")" + itemId(0).toLatin1() + R"(","level":2})";
    for (const QByteArray &path :
         {QByteArray("/"), QByteArray("/s/"), QByteArray("/s//vote"), QByteArray("/vote"), QByteArray("/favicon.ico"),
          "/s/" + wrong + "/vote", "/s/" + token().left(10) + "/vote", "/s/" + token() + "x/vote",
          "/x/" + token() + "/vote", "/S/" + token() + "/vote"}) {
        const HttpReply r = raw("POST " + path + " HTTP/1.1", body);
        EXPECT_EQ(r.status, 403) << path.toStdString();
        expectSecurityHeaders(r);
    }
    EXPECT_EQ(http.get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.port()))).status, 403);
    EXPECT_EQ(raw("GET /s/" + wrong + "/state HTTP/1.1").status, 403);
    EXPECT_EQ(raw("GET /s/" + wrong + "/ HTTP/1.1").status, 403);
    // A token from an earlier run of the server is worth nothing.
    const QByteArray old = token();
    startWith({});
    EXPECT_NE(token(), old);
    EXPECT_EQ(raw("POST /s/" + old + "/vote HTTP/1.1", body).status, 403);
    EXPECT_EQ(recorded(), 0);
}

TEST_F(Server, RefusesBadVotesWithTheRightStatusAndStoresNothing)
{
    session.open(1);
    const QString a = join();
    EXPECT_EQ(vote(a, itemId(0), 2).status, 409);                               // not the open item
    EXPECT_EQ(vote(a, QStringLiteral("strategy.no-such-item"), 2).status, 422); // unknown item
    EXPECT_EQ(vote(a, QString(), 2).status, 422);
    for (const QJsonValue &level : {QJsonValue(-1), QJsonValue(5), QJsonValue(2.5), QJsonValue(QStringLiteral("3")),
                                    QJsonValue(true), QJsonValue(1e300), QJsonValue(QJsonArray{2})})
        EXPECT_EQ(vote(a, itemId(1), level).status, 422) << QJsonDocument(QJsonArray{level}).toJson().toStdString();
    EXPECT_EQ(vote(QStringLiteral("invented-participant"), itemId(1), 2).status, 403);
    const QUrl url = at(QStringLiteral("vote"));
    for (const QByteArray &body :
         {QByteArray("{bad json"), QByteArray("[1,2]"), QByteArray(""), QByteArray("null"),
          QByteArray(R"({"item":"x","level":1})"), "{\"participant\":\"" + a.toLatin1() + "\",\"level\":1}",
          "{\"participant\":\"" + a.toLatin1() + "\",\"item\":\"" + itemId(1).toLatin1() + "\"}",
          "{\"participant\":7,\"item\":\"" + itemId(1).toLatin1() + "\",\"level\":1}"})
        EXPECT_EQ(http.post(url, body).status, 400) << body.toStdString();
    session.close();
    EXPECT_EQ(vote(a, itemId(1), 2).status, 409); // closed
    EXPECT_EQ(recorded(), 0);
    // Wrong methods.
    EXPECT_EQ(http.get(url).status, 405);
    EXPECT_EQ(http.send("PUT", at(QStringLiteral("state")), "{}").status, 405);
    EXPECT_EQ(http.send("DELETE", server.url()).status, 405);
    EXPECT_EQ(recorded(), 0);
}

TEST_F(Server, OversizedBodiesAreRefused)
{
    session.openAll();
    const QString a = join();
    const QByteArray padding(5000, ' ');
    const QByteArray body = R"({"participant":")" + a.toLatin1() + R"(","item":")" + itemId(0).toLatin1() +
                            R"(","level":2)" + padding + "}";
    const HttpReply r = http.post(at(QStringLiteral("vote")), body);
    EXPECT_EQ(r.status, 413);
    expectSecurityHeaders(r);
    // Far too large: the connection is cut before the body is read, the server goes on.
    const HttpReply huge = raw("POST /s/" + token() + "/vote HTTP/1.1", QByteArray(4 * 1024 * 1024, 'x'));
    EXPECT_TRUE(huge.status == 413 || huge.status == 0) << huge.status;
    // And a body announced as huge, of which only the beginning comes.
    const HttpReply announced = rawRequest(QStringLiteral("127.0.0.1"), server.port(),
                                           "POST /s/" + token() +
                                               "/vote HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                               "1000000000\r\n\r\n" +
                                               QByteArray(200000, 'x'),
                                           3000);
    EXPECT_TRUE(announced.status == 413 || announced.status == 0) << announced.status;
    EXPECT_EQ(recorded(), 0);
    EXPECT_EQ(vote(a, itemId(0), 2).status, 200);
    EXPECT_EQ(recorded(), 1);
}

TEST_F(Server, NoFileOutsideThePageCanBeFetched)
{
    const QByteArray t = "/s/" + token();
    const QByteArray paths[] = {t + "/../../../../etc/passwd",
                                t + "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                                t + "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
                                t + "/..%2f..%2fetc%2fpasswd",
                                t + "/../" + token() + "/app.js/../../..",
                                t + "//etc/passwd",
                                t + "/etc/passwd",
                                t + "/index.html",
                                t + "/./app.js",
                                t + "/app.js/",
                                t + "/APP.JS",
                                t + "/:/workshop/app.js",
                                t + "/%3A%2Fworkshop%2Fapp.js",
                                t + "/app.js%00",
                                t + "/app.js%00.png",
                                t + "/state/../app.js",
                                t + "/..\\..\\etc\\passwd",
                                t + "/%5c..%5c..%5cetc%5cpasswd",
                                t + "/qrc:/workshop/app.js",
                                t + "/%2Fetc%2Fpasswd"};
    for (const QByteArray &path : paths) {
        const HttpReply r = raw("GET " + path + " HTTP/1.1");
        EXPECT_TRUE(r.status == 404 || r.status == 400 || r.status == 0) << path.toStdString() << " " << r.status;
        EXPECT_FALSE(r.body.contains("root:")) << path.toStdString();
        EXPECT_FALSE(r.body.contains("function")) << path.toStdString();
    }
    const QByteArray outside[] = {"/../etc/passwd", "/%2e%2e/s/" + token() + "/", "/etc/passwd",
                                  "/s/../s/" + token() + "/app.js", "/:/workshop/index.html"};
    for (const QByteArray &path : outside) {
        const HttpReply r = raw("GET " + path + " HTTP/1.1");
        EXPECT_TRUE(r.status == 403 || r.status == 400 || r.status == 0) << path.toStdString() << " " << r.status;
        EXPECT_FALSE(r.body.contains("<html")) << path.toStdString();
    }
}

TEST_F(Server, FloodsOfOneParticipantAreLimited)
{
    ServerLimits limits;
    limits.participant = {0.1, 4}; // burst of 4, then one request every ten seconds
    startWith(limits);
    session.openAll();
    const QString a = join(); // does not count: a join is limited per address
    int ok = 0, limited = 0;
    for (int i = 0; i < 10; ++i) {
        const HttpReply r = http.get(at(QStringLiteral("state?participant=") + a));
        (r.status == 200 ? ok : limited) += 1;
        if (r.status == 429) {
            EXPECT_EQ(r.header("Retry-After"), "1");
            expectSecurityHeaders(r);
        }
    }
    EXPECT_EQ(ok, 4);
    EXPECT_EQ(limited, 6);
    const HttpReply r = vote(a, itemId(0), 3);
    EXPECT_EQ(r.status, 429);
    EXPECT_EQ(recorded(), 0);
    // Another participant is not affected.
    const QString b = join();
    EXPECT_EQ(vote(b, itemId(0), 1).status, 200);
    EXPECT_EQ(recorded(), 1);
}

TEST_F(Server, FloodsFromOneAddressAndMassJoinsAreLimited)
{
    ServerLimits limits;
    limits.address = {0.1, 12};
    limits.joins = {0.01, 3};
    startWith(limits);
    session.openAll();
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        const HttpReply r = http.get(at(QStringLiteral("state")));
        EXPECT_EQ(r.status, i < 3 ? 200 : 429) << i;
        if (r.status == 200)
            ids << r.json().value(u"participant").toString();
    }
    EXPECT_EQ(session.participants(), 3);
    int limited = 0;
    for (int i = 0; i < 12; ++i) {
        const HttpReply r = i % 2 ? vote(ids[i % 3], itemId(i), 2) : raw("GET /s/wrong/state HTTP/1.1");
        limited += r.status == 429;
        if (r.status == 429) {
            EXPECT_EQ(r.header("Retry-After"), "1");
        }
    }
    EXPECT_GE(limited, 3); // 12 allowed in all, 4 used by the joins
    EXPECT_LE(recorded(), 6);
    const int before = recorded();
    EXPECT_EQ(vote(ids[0], itemId(30), 2).status, 429);
    EXPECT_EQ(recorded(), before);
}

TEST_F(Server, RunsOnlyBetweenStartAndStopOnTheChosenAddress)
{
    const quint16 port = server.port();
    EXPECT_EQ(http.get(server.url()).status, 200);
    // Bound to 127.0.0.1 only: another loopback address of this machine gets no answer.
    EXPECT_EQ(rawRequest(QStringLiteral("127.0.0.2"), port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 2000).status, 0);
    QString error;
    VotingServer second(&session);
    EXPECT_FALSE(second.start(QHostAddress(QHostAddress::LocalHost), port, &error)); // port taken
    EXPECT_TRUE(error.contains(QString::number(port))) << qPrintable(error);
    EXPECT_FALSE(second.isRunning());
    server.stop();
    EXPECT_FALSE(server.isRunning());
    EXPECT_TRUE(server.url().isEmpty());
    EXPECT_EQ(rawRequest(QStringLiteral("127.0.0.1"), port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 2000).status, 0);
    // "Any" address: the URL names an address phones can reach, never 0.0.0.0.
    ASSERT_TRUE(server.start(QHostAddress(QHostAddress::AnyIPv4), 0, &error)) << qPrintable(error);
    EXPECT_NE(server.url().host(), QStringLiteral("0.0.0.0"));
    EXPECT_FALSE(server.url().host().isEmpty());
}

TEST_F(Server, NewParticipantsPerAddressAreLimitedAndSharedAddressesCounted)
{
    startWith({}, false); // the default: 3 per address
    session.openAll();
    const auto joinFrom = [&](const char *address) {
        VotingServer::Request r{
            "GET", "/s/" + server.token().toLatin1() + "/state", {}, {}, QHostAddress(QString::fromLatin1(address))};
        return server.handle(r);
    };
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(joinFrom("10.0.0.1").status, 200);
    const VotingServer::Reply fourth = joinFrom("10.0.0.1");
    EXPECT_EQ(fourth.status, 429);
    EXPECT_TRUE(fourth.body.contains("address-limit")) << fourth.body.toStdString();
    EXPECT_EQ(joinFrom("10.0.0.2").status, 200);
    EXPECT_EQ(session.participants(), 4);
    EXPECT_EQ(server.joined(), 4);
    EXPECT_EQ(server.sharingAddress(), 3); // the three from 10.0.0.1
}

TEST_F(Server, TheShortCodeLeadsToTheSessionAndGuessingIsSlowedDown)
{
    const QString code = server.shortCode();
    ASSERT_EQ(code.size(), 6);
    for (QChar c : code)
        EXPECT_TRUE(QByteArray(VotingServer::kCodeAlphabet).contains(char(c.unicode()))) << qPrintable(code);
    EXPECT_FALSE(code.contains(u'I') || code.contains(u'O') || code.contains(u'0') || code.contains(u'1'));
    // ADDRESS:PORT/CODE: with the longest IPv4 address and port, 28 characters.
    EXPECT_EQ(server.shortAddress(), QStringLiteral("127.0.0.1:%1/%2").arg(server.port()).arg(code));
    const auto get = [&](const QByteArray &path, const char *from = "10.1.1.1") {
        return server.handle({"GET", path, {}, {}, QHostAddress(QString::fromLatin1(from))});
    };
    const VotingServer::Reply right = get('/' + code.toLatin1());
    EXPECT_EQ(right.status, 303);
    const QByteArray expectedLocation = "/s/" + server.token().toLatin1() + '/';
    ASSERT_EQ(right.headers.size(), 1);
    EXPECT_EQ(right.headers[0].second, expectedLocation);
    EXPECT_EQ(get('/' + code.toLower().toLatin1() + '/').status, 303); // typed in lower case, with a slash
    // A wrong code is refused; after ten wrong ones from one address, that address waits.
    QByteArray wrong = code.toLatin1();
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(get('/' + wrong).status, 403);
    EXPECT_EQ(get('/' + wrong).status, 429);
    EXPECT_EQ(get('/' + code.toLatin1()).status, 429);             // even the right one, for a while
    EXPECT_EQ(get('/' + code.toLatin1(), "10.1.1.2").status, 303); // other people are not affected
    // The same token gives the same code (a resumed session keeps its short address).
    const QString token = server.token();
    server.stop();
    QString error;
    ASSERT_TRUE(server.start(QHostAddress(QHostAddress::LocalHost), 0, &error, token));
    EXPECT_EQ(server.shortCode(), code);
}
