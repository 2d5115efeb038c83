// `sbradar-cli workshop`: a headless session in its own process; phones are played by HTTP
// requests; SIGTERM/SIGINT end it and the votes must be in the workspace as respondents.

#include "WorkshopTestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>

#include <csignal>

using namespace sbr::workshoptest;
using namespace Qt::StringLiterals;

namespace {

class CliWorkshop : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ws = dir.filePath(u"ws.sbradar"_s);
        // The company and its round exist (created by an import); the group is new.
        ASSERT_TRUE(seededWorkspace(ws, &items));
    }
    QStringList sessionArgs(const QStringList &extra = {}) const
    {
        return QStringList{ws,
                           u"--company"_s,
                           u"Muster GmbH"_s,
                           u"--round"_s,
                           u"2026-Q1"_s,
                           u"--department"_s,
                           u"Workshop group"_s,
                           u"--bind"_s,
                           u"127.0.0.1"_s} +
               extra;
    }
    /// The department's entry of `score --json`, empty when it does not exist.
    QJsonObject department(const QString &name)
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
        for (const QJsonValue &d : rounds.at(0).toObject().value(u"departments").toArray())
            if (d.toObject().value(u"name").toString() == name)
                return d.toObject();
        return {};
    }
    static QJsonObject item(const QJsonObject &department, const QString &id)
    {
        for (const QJsonValue &i : department.value(u"items").toArray())
            if (i.toObject().value(u"id").toString() == id)
                return i.toObject();
        return {};
    }

    QTemporaryDir dir;
    QString ws;
    QStringList items;
};

} // namespace

TEST_F(CliWorkshop, StoresTheVotesAsRespondentsOnSigterm)
{
    CliSession session;
    ASSERT_TRUE(session.start(sessionArgs({u"--port"_s, u"0"_s}))) << session.out().toStdString();
    EXPECT_TRUE(session.out().contains(u"Token: "));
    EXPECT_EQ(session.url().host(), u"127.0.0.1"_s);
    Http http;
    const HttpReply page = http.get(session.url());
    ASSERT_EQ(page.status, 200);
    EXPECT_EQ(page.header("X-Content-Type-Options"), "nosniff");
    // Three phones; every item open (survey mode).
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const HttpReply r = http.get(session.url().resolved(QUrl(u"state"_s)));
        ASSERT_EQ(r.status, 200);
        EXPECT_EQ(r.json().value(u"mode").toString(), u"survey"_s);
        EXPECT_EQ(r.json().value(u"items").toArray().size(), items.size());
        ids << r.json().value(u"participant").toString();
    }
    auto vote = [&](int who, int item, const QJsonValue &level) {
        const QJsonObject body{{u"participant"_s, ids[who]}, {u"item"_s, items[item]}, {u"level"_s, level}};
        return http.post(session.url().resolved(QUrl(u"vote"_s)), QJsonDocument(body).toJson()).status;
    };
    EXPECT_EQ(vote(0, 0, 1), 200);
    EXPECT_EQ(vote(1, 0, 2), 200);
    EXPECT_EQ(vote(2, 0, 0), 200);
    EXPECT_EQ(vote(2, 0, 4), 200); // changed: 4 replaces 0
    EXPECT_EQ(vote(0, 1, 3), 200);
    EXPECT_EQ(vote(1, 1, QJsonValue()), 200); // skipped: no answer
    EXPECT_EQ(vote(2, 1, 9), 422);            // refused: nothing stored
    EXPECT_EQ(vote(0, 2, QJsonValue()), 200);

    EXPECT_EQ(session.terminate(SIGTERM), 0) << session.err().toStdString();
    EXPECT_TRUE(session.err().isEmpty()) << session.err().toStdString();
    EXPECT_TRUE(session.out().contains(u"stored 3 respondents with 4 answers"_s)) << session.out().toStdString();
    // The server is gone with the session.
    EXPECT_EQ(http.get(session.url()).status, 0);

    const QJsonObject group = department(u"Workshop group"_s);
    ASSERT_FALSE(group.isEmpty());
    EXPECT_EQ(group.value(u"respondents").toInt(), 3);
    EXPECT_EQ(item(group, items[0]).value(u"n").toInt(), 3);
    EXPECT_DOUBLE_EQ(item(group, items[0]).value(u"mean").toDouble(), 7.0 / 3.0);
    EXPECT_EQ(item(group, items[1]).value(u"n").toInt(), 1);
    EXPECT_DOUBLE_EQ(item(group, items[1]).value(u"mean").toDouble(), 3.0);
    EXPECT_EQ(item(group, items[2]).value(u"n").toInt(), 0);
    // The department that existed before is untouched.
    EXPECT_EQ(department(u"Vertrieb"_s).value(u"respondents").toInt(), 1);
}

TEST_F(CliWorkshop, AMixedGroupStoresEachPhoneInItsDepartmentAndTheListingCountsWhoJoined)
{
    CliSession session;
    // "Workshop group" is new; Vertrieb already holds respondent R1 with level 2 on the first item.
    ASSERT_TRUE(session.start(sessionArgs({u"--department"_s, u"Vertrieb"_s}))) << session.out().toStdString();
    EXPECT_TRUE(session.out().contains(u"Workshop group + Vertrieb"_s)) << session.out().toStdString();
    Http http;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const HttpReply r = http.get(session.url().resolved(QUrl(u"state"_s)));
        ASSERT_EQ(r.status, 200);
        EXPECT_EQ(r.json().value(u"departments").toArray(), (QJsonArray{u"Workshop group"_s, u"Vertrieb"_s}));
        EXPECT_TRUE(r.json().value(u"items").toArray().isEmpty()); // the department comes first
        ids << r.json().value(u"participant").toString();
    }
    const auto post = [&](const QString &name, const QJsonObject &body) {
        return http.post(session.url().resolved(QUrl(name)), QJsonDocument(body).toJson()).status;
    };
    EXPECT_EQ(post(u"department"_s, {{u"participant"_s, ids[0]}, {u"department"_s, 0}}), 200);
    EXPECT_EQ(post(u"department"_s, {{u"participant"_s, ids[1]}, {u"department"_s, 1}}), 200);
    EXPECT_EQ(post(u"vote"_s, {{u"participant"_s, ids[2]}, {u"item"_s, items[0]}, {u"level"_s, 4}}), 409);
    EXPECT_EQ(post(u"vote"_s, {{u"participant"_s, ids[0]}, {u"item"_s, items[0]}, {u"level"_s, 1}}), 200);
    EXPECT_EQ(post(u"vote"_s, {{u"participant"_s, ids[1]}, {u"item"_s, items[0]}, {u"level"_s, 3}}), 200);

    // While it runs, the listing counts the three phones that joined, two of them voters (joins are
    // written within a second).
    QString listing;
    const QString expected = u"Workshop group + Vertrieb / 2026-Q1: 3 participants, 2 voters, 2 votes, still running"_s;
    EXPECT_TRUE(waitUntil(
        [&] {
            EXPECT_EQ(runCli({u"workshop"_s, ws, u"--recover"_s, u"--list"_s}, &listing), 0);
            return listing.contains(expected);
        },
        5000))
        << listing.toStdString();

    EXPECT_EQ(session.terminate(SIGTERM), 0) << session.err().toStdString();
    EXPECT_TRUE(session.out().contains(u"stored 2 respondents with 2 answers"_s)) << session.out().toStdString();
    EXPECT_TRUE(session.out().contains(u"  Workshop group: 1 respondent\n"_s)) << session.out().toStdString();
    EXPECT_TRUE(session.out().contains(u"  Vertrieb: 1 respondent\n"_s)) << session.out().toStdString();
    const QJsonObject group = department(u"Workshop group"_s), sales = department(u"Vertrieb"_s);
    EXPECT_EQ(group.value(u"respondents").toInt(), 1);
    EXPECT_DOUBLE_EQ(item(group, items[0]).value(u"mean").toDouble(), 1.0);
    EXPECT_EQ(sales.value(u"respondents").toInt(), 2);
    EXPECT_EQ(item(sales, items[0]).value(u"n").toInt(), 2);
    EXPECT_DOUBLE_EQ(item(sales, items[0]).value(u"mean").toDouble(), 2.5); // R1's 2 and the phone's 3
}

TEST_F(CliWorkshop, SigintWithoutVotesStoresNothing)
{
    CliSession session;
    ASSERT_TRUE(session.start(sessionArgs({u"--lang"_s, u"en"_s}))) << session.out().toStdString();
    Http http;
    const HttpReply r = http.get(session.url().resolved(QUrl(u"state"_s)));
    EXPECT_EQ(r.json().value(u"language").toString(), u"en"_s);
    EXPECT_EQ(session.terminate(SIGINT), 0) << session.err().toStdString();
    EXPECT_TRUE(session.out().contains(u"stored 0 respondents"_s)) << session.out().toStdString();
    EXPECT_TRUE(department(u"Workshop group"_s).isEmpty());
}

TEST_F(CliWorkshop, RefusesUnknownNamesBadOptionsAndBusyPorts)
{
    QString out, err;
    auto args = [&](const QString &option, const QString &value) {
        QStringList a = sessionArgs();
        a[a.indexOf(option) + 1] = value;
        return QStringList{u"workshop"_s} + a;
    };
    EXPECT_EQ(runCli(args(u"--company"_s, u"Nobody AG"_s), &out, &err), 2);
    EXPECT_TRUE(err.startsWith(u"error: "_s) && err.contains(u"Nobody AG"_s)) << err.toStdString();
    EXPECT_FALSE(err.contains(u"did you mean"_s)) << err.toStdString();
    EXPECT_EQ(runCli(args(u"--company"_s, u"muster gmbh"_s), &out, &err), 2);
    EXPECT_TRUE(err.contains(u"did you mean \"Muster GmbH\"?"_s)) << err.toStdString();
    EXPECT_EQ(runCli(args(u"--round"_s, u"1999"_s), &out, &err), 2);
    EXPECT_TRUE(err.startsWith(u"error: "_s) && err.contains(u"1999"_s)) << err.toStdString();
    EXPECT_EQ(runCli(args(u"--bind"_s, u"not-an-address"_s), &out, &err), 1);
    EXPECT_TRUE(err.startsWith(u"error: "_s)) << err.toStdString();
    EXPECT_EQ(runCli({u"workshop"_s, ws, u"--company"_s, u"Muster GmbH"_s, u"--round"_s, u"2026-Q1"_s}, &out, &err), 1);
    EXPECT_TRUE(err.contains(u"--department"_s)) << err.toStdString();
    EXPECT_EQ(runCli(QStringList{u"workshop"_s} + sessionArgs({u"--port"_s, u"70000"_s}), &out, &err), 1);
    EXPECT_EQ(runCli(QStringList{u"workshop"_s} + sessionArgs({u"--lang"_s, u"fr"_s}), &out, &err), 1);
    EXPECT_EQ(runCli(QStringList{u"workshop"_s} + sessionArgs({u"--per-address"_s, u"-1"_s}), &out, &err), 1);
    EXPECT_TRUE(err.contains(u"--per-address"_s)) << err.toStdString();
    EXPECT_EQ(runCli(QStringList{u"workshop"_s} + sessionArgs({u"--max-participants"_s, u"0"_s}), &out, &err), 1);
    EXPECT_TRUE(err.contains(u"--max-participants"_s)) << err.toStdString();
    EXPECT_EQ(runCli({u"workshop"_s, ws, u"--list"_s}, &out, &err), 1); // --list belongs to --recover
    EXPECT_TRUE(err.contains(u"--recover"_s)) << err.toStdString();
    EXPECT_EQ(runCli({u"workshop"_s, ws, u"--recover"_s, u"--list"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"No unfinished workshop sessions"_s)) << out.toStdString();
    EXPECT_EQ(runCli({u"workshop"_s, u"--help"_s}, &out, &err), 0);
    EXPECT_TRUE(out.contains(u"--department"_s));

    const QString notWs = dir.filePath(u"not.sbradar"_s);
    QFile file(notWs);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    QStringList a = sessionArgs();
    a[0] = notWs;
    EXPECT_EQ(runCli(QStringList{u"workshop"_s} + a, &out, &err), 3);
    EXPECT_TRUE(err.startsWith(u"error: "_s)) << err.toStdString();

    QTcpServer busy;
    ASSERT_TRUE(busy.listen(QHostAddress(QHostAddress::LocalHost), 0));
    EXPECT_EQ(
        runCli(QStringList{u"workshop"_s} + sessionArgs({u"--port"_s, QString::number(busy.serverPort())}), &out, &err),
        3);
    EXPECT_TRUE(err.startsWith(u"error: cannot listen"_s)) << err.toStdString();
}
