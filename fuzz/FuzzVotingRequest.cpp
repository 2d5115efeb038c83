// libFuzzer target: the voting server's request handling (workshop/VotingServer::handle and the
// JSON API in WorkshopApi.cpp) without a connection. One input is a raw HTTP/1.1 request:
//
//   METHOD SP TARGET SP HTTP/1.1 CRLF *(HEADER CRLF) CRLF BODY
//
// The harness splits it the way QHttpServer hands it to VotingServer::respond() (method, the
// percent-encoded path of the target's URL, its query, the body; the remote address is taken
// from an X-Forwarded-For header when there is one, so rate limits per address are reached).
// Covered: the short-code and token checks, routing, 405/413/404, the state API (joining) and the
// vote body (JSON, participant, item, level) up to the vote in the session. Not covered: HTTP
// framing and header parsing, which are QHttpServer's (Qt is not instrumented), and the socket
// guards of the front end (bytes before an answer, idle connections).
//
// Placeholders let mutations reach the authenticated routes: the server runs with the fixed token
// kToken, "@CODE@" stands for its short code and "@P@" for a participant that joined before.
#include "FuzzSupport.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "io/QuestionnaireJson.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>

using sbr::workshop::VotingServer;
using sbr::workshop::WorkshopSession;

namespace {

const QString kToken = QStringLiteral("fuzzfuzzfuzzfuzzfuzzfuzz");

struct Parsed {
    VotingServer::Request request;
    bool ok = false;
};

Parsed parse(QByteArray raw, const QByteArray &code, const QByteArray &participant)
{
    raw.replace("@CODE@", code).replace("@P@", participant);
    Parsed out;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    const QByteArray head = headEnd < 0 ? raw : raw.left(headEnd);
    out.request.body = headEnd < 0 ? QByteArray() : raw.mid(headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() < 2)
        return out;
    out.request.method = first.at(0);
    const QUrl url = QUrl::fromEncoded(first.at(1));
    out.request.path = url.path(QUrl::FullyEncoded).toUtf8();
    out.request.query = QUrlQuery(url);
    out.request.remote = QHostAddress(QHostAddress::LocalHost);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "x-forwarded-for")
            out.request.remote = QHostAddress(QString::fromLatin1(line.mid(colon + 1).trimmed()));
    }
    out.ok = true;
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sbr::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const sbr::Questionnaire questionnaire = sbr::io::defaultQuestionnaire();
    // A fresh session and server per input, so that no input depends on the ones before.
    WorkshopSession session(questionnaire, WorkshopSession::allItems(questionnaire));
    if (size % 2 == 0)
        session.openAll(); // survey mode; otherwise live mode with the first item open
    else
        session.open(session.items().value(0));
    VotingServer server(&session);
    sbr::workshop::ServerLimits limits;
    limits.perAddress = 5;
    server.setLimits(limits);
    QString error;
    if (!server.start(QHostAddress(QHostAddress::LocalHost), 0, &error, kToken))
        __builtin_trap();
    const VotingServer::Reply joined =
        server.handle({"GET", "/s/" + kToken.toLatin1() + "/state", {}, {}, QHostAddress(QHostAddress::LocalHost)});
    const QByteArray participant =
        QJsonDocument::fromJson(joined.body).object().value(u"participant").toString().toUtf8();
    if (joined.status != 200 || participant.isEmpty())
        __builtin_trap();

    const Parsed parsed = parse(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                                server.shortCode().toLatin1(), participant);
    if (!parsed.ok)
        return 0;
    const VotingServer::Reply reply = server.handle(parsed.request);
    if (reply.status < 200 || reply.status > 599 || reply.contentType.isEmpty())
        __builtin_trap();
    server.stop();
    return 0;
}
