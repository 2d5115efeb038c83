#include "VotingServer.h"

#include "WorkshopSession.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cctype>

namespace sbr::workshop {

namespace {

const char *const kUnansweredBytes = "sbrUnansweredBytes";

/// Accepts connections for QHttpServer, but first puts a guard on each: the connection is
/// dropped when it sends more than a request may hold before getting an answer (QHttpServer 6.4
/// would otherwise buffer a body of any size) or stays silent too long, and no more than
/// `maxConnections` are open at once.
class GuardedTcpServer : public QTcpServer {
public:
    GuardedTcpServer(const ServerLimits &limits, QObject *parent) : QTcpServer(parent), m_limits(limits) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (children().size() > m_limits.maxConnections) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(m_limits.idleTimeoutMs);
        // Also closes connections whose signals QHttpServer cut after a parse error.
        connect(idle, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        idle->start();
        const qint64 maxBytes = m_limits.maxUnansweredBytes;
        // Connected before QHttpServer's own slot, so it sees the bytes before they are parsed.
        connect(socket, &QTcpSocket::readyRead, socket, [socket, idle, maxBytes] {
            idle->start();
            const qint64 pending = socket->property(kUnansweredBytes).toLongLong() + socket->bytesAvailable();
            socket->setProperty(kUnansweredBytes, pending);
            if (pending <= maxBytes)
                return;
            QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
            QByteArray head = "HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\nContent-Length: 0\r\n";
            for (const auto &[name, value] : VotingServer::securityHeaders())
                head += name + ": " + value + "\r\n";
            socket->write(head + "\r\n");
            socket->disconnectFromHost();
        });
        addPendingConnection(socket);
    }

private:
    ServerLimits m_limits;
};

/// For a server on every interface: the first IPv4 address of an interface that is up and not
/// the loopback, which is what phones in the same network can reach; else 127.0.0.1.
QHostAddress displayAddress()
{
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning) ||
            flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.ip().isLoopback())
                return entry.ip();
    }
    return QHostAddress(QHostAddress::LocalHost);
}

QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

VotingServer::Reply plain(int status, const QByteArray &text, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return {status, "text/plain; charset=utf-8", text + '\n', std::move(headers)};
}

} // namespace

/// QHttpServer's lower layer: we route ourselves, so that every path is checked against the
/// token and the whitelist the same way and every answer gets the same headers.
class HttpFront : public QAbstractHttpServer {
public:
    explicit HttpFront(VotingServer *server) : m_server(server) {}
    static QHttpServerResponder responder(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        return makeResponder(request, socket);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_server->respond(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_server->respond(request, socket);
    }

private:
    VotingServer *m_server;
};

VotingServer::VotingServer(WorkshopSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_clock.start();
}

VotingServer::~VotingServer()
{
    stop();
}

void VotingServer::setLanguage(const QString &language)
{
    m_language = language == u"en" ? QStringLiteral("en") : QStringLiteral("de");
}

QList<QPair<QByteArray, QByteArray>> VotingServer::securityHeaders()
{
    return {
        {"Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
        {"X-Frame-Options", "DENY"},
    };
}

bool VotingServer::start(const QHostAddress &address, quint16 port, QString *error, const QString &token)
{
    stop();
    auto front = std::make_unique<HttpFront>(this);
    auto *tcp = new GuardedTcpServer(m_limits, front.get());
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tr("cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(tcp->errorString());
        return false;
    }
    front->bind(tcp);
    m_front = std::move(front);
    m_address = address;
    m_port = tcp->serverPort();
    m_token = token.isEmpty() ? randomToken(18) : token;
    m_tokenBytes = m_token.toLatin1();
    const QByteArray digest = QCryptographicHash::hash(m_tokenBytes, QCryptographicHash::Sha256);
    m_code.clear();
    for (int i = 0; i < 6; ++i) // 5 bits of the digest per character
        m_code += QLatin1Char(kCodeAlphabet[quint8(digest[i]) % 32]);
    m_wrongCodeLimiter = RateLimiter<QHostAddress>(m_limits.wrongCodes);
    m_participantLimiter = RateLimiter<QString>(m_limits.participant);
    m_addressLimiter = RateLimiter<QHostAddress>(m_limits.address);
    m_joinLimiter = RateLimiter<QHostAddress>(m_limits.joins);
    m_joinsPerAddress.clear();
    m_joined = 0;
    emit runningChanged(true);
    return true;
}

void VotingServer::stop()
{
    if (!m_front)
        return;
    m_front.reset();   // closes the listening socket and every connection (its children)
    m_pending.clear(); // votes nobody heard "ok" for: not counted
    m_inFlight = false;
    m_participantLimiter.clear();
    m_addressLimiter.clear();
    m_joinLimiter.clear();
    m_joinsPerAddress.clear();
    m_wrongCodeLimiter.clear();
    m_token.clear();
    m_code.clear();
    m_tokenBytes.clear();
    m_port = 0;
    emit runningChanged(false);
}

int VotingServer::sharingAddress() const
{
    int sharing = 0;
    for (int count : m_joinsPerAddress)
        if (count > 1)
            sharing += count;
    return sharing;
}

QString VotingServer::shortAddress() const
{
    if (!isRunning())
        return {};
    const QUrl u = url();
    return u.host() + u':' + QString::number(m_port) + u'/' + m_code;
}

QUrl VotingServer::url() const
{
    if (!isRunning())
        return {};
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = displayAddress();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(m_port);
    url.setPath(QStringLiteral("/s/") + m_token + u'/');
    return url;
}

bool VotingServer::tokenMatches(QByteArrayView candidate) const
{
    // Constant time in the content: the length of a token is no secret.
    if (m_tokenBytes.isEmpty() || candidate.size() != m_tokenBytes.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i)
        diff |= static_cast<unsigned char>(candidate[i] ^ m_tokenBytes[i]);
    return diff == 0;
}

void VotingServer::respond(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Request r{methodName(request.method()), request.url().path(QUrl::FullyEncoded).toUtf8(), request.query(),
                    request.body(), request.remoteAddress()};
    WorkshopVote deferred;
    const Reply reply = handle(r, &deferred);
    if (reply.status == 0) { // a good vote: answered once it is in the workspace, with the others
        m_pending.append({socket, deferred, reply});
        if (!m_flushScheduled) {
            m_flushScheduled = true;
            QTimer::singleShot(0, this, &VotingServer::flushVotes);
        }
        return;
    }
    QHttpServerResponse response(reply.contentType, reply.body,
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    for (const auto &[name, value] : securityHeaders())
        response.setHeader(name, value);
    for (const auto &[name, value] : reply.headers)
        response.setHeader(name, value);
    response.write(HttpFront::responder(request, socket));
    socket->setProperty(kUnansweredBytes, 0);
}

namespace {

QByteArray rawResponse(const VotingServer::Reply &reply)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) +
                     (reply.status == 200   ? " OK"
                      : reply.status == 409 ? " Conflict"
                                            : " Service Unavailable") +
                     "\r\nContent-Type: " + reply.contentType +
                     "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto &[name, value] : VotingServer::securityHeaders())
        out += name + ": " + value + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + reply.body;
}

} // namespace

void VotingServer::flushVotes()
{
    m_flushScheduled = false;
    if (m_inFlight || m_pending.isEmpty())
        return; // the batch in flight flushes again when it is done
    QList<PendingVote> pending;
    pending.swap(m_pending);
    // The facilitator may have closed an item since the vote arrived.
    QList<WorkshopVote> votes;
    QList<bool> open;
    for (const PendingVote &p : pending) {
        open.append(m_session->isOpen(p.vote.item));
        if (open.constLast())
            votes.append(p.vote);
    }
    m_inFlight = true;
    QPointer<VotingServer> self(this);
    m_session->commitAsync(votes, [self, pending, open](bool stored) {
        if (!self)
            return;
        self->m_inFlight = false;
        const Reply notStored{
            503, "application/json; charset=utf-8", R"({"error":"not-stored"})", {{"Retry-After", "1"}}};
        const Reply closed{409, "application/json; charset=utf-8", R"({"error":"not-open"})", {}};
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const PendingVote &p = pending.at(i);
            if (!p.socket)
                continue;
            Reply reply = !open.at(i) ? closed : stored ? p.success : notStored;
            if (reply.status == 0)
                reply.status = 200;
            p.socket->write(rawResponse(reply));
            p.socket->setProperty(kUnansweredBytes, 0);
        }
        if (!self->m_pending.isEmpty())
            self->flushVotes(); // what arrived meanwhile: the next batch
    });
}

VotingServer::Reply VotingServer::handle(const Request &request, WorkshopVote *deferred)
{
    if (!m_addressLimiter.allow(request.remote, now()))
        return plain(429, "Too many requests", {{"Retry-After", "1"}});
    // Exactly /s/<token>/<name>: anything else (the bare "/", other tokens, no token) is 403.
    static constexpr QByteArrayView prefix = "/s/";
    const QByteArrayView path(request.path);
    // The short address: "/" and six letters or digits (lower case and a trailing slash are fine).
    const QByteArrayView code = path.size() < 2      ? QByteArrayView()
                                : path.endsWith('/') ? path.sliced(1, path.size() - 2)
                                                     : path.sliced(1);
    if (code.size() == 6 && std::all_of(code.begin(), code.end(), [](char c) { return std::isalnum(uchar(c)); })) {
        if (!m_wrongCodeLimiter.allow(request.remote, now()))
            return plain(429, "Too many wrong codes", {{"Retry-After", "10"}});
        if (!m_code.isEmpty() && code.toByteArray().toUpper() == m_code.toLatin1()) {
            m_wrongCodeLimiter.refund(request.remote); // only wrong codes count
            return plain(303, "See other", {{"Location", "/s/" + m_tokenBytes + '/'}});
        }
        return plain(403, "Forbidden");
    }
    if (!path.startsWith(prefix))
        return plain(403, "Forbidden");
    const QByteArrayView rest = path.sliced(prefix.size());
    const qsizetype slash = rest.indexOf('/');
    if (!tokenMatches(slash < 0 ? rest : rest.first(slash)))
        return plain(403, "Forbidden");
    if (slash < 0) // "/s/<token>": the page's relative links need the slash
        return plain(308, "Moved", {{"Location", request.path + '/'}});
    if (request.body.size() > m_limits.maxBodyBytes)
        return plain(413, "Payload too large");
    const QByteArray name = rest.sliced(slash + 1).toByteArray();
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (name.isEmpty() || name == "app.js" || name == "style.css")
        return get ? serveFile(name) : plain(405, "Method not allowed", {{"Allow", "GET"}});
    if (name == "state")
        return get ? state(request) : plain(405, "Method not allowed", {{"Allow", "GET"}});
    if (name == "vote")
        return post ? vote(request, deferred) : plain(405, "Method not allowed", {{"Allow", "POST"}});
    if (name == "department")
        return post ? chooseDepartment(request) : plain(405, "Method not allowed", {{"Allow", "POST"}});
    return plain(404, "Not found");
}

VotingServer::Reply VotingServer::serveFile(const QByteArray &name) const
{
    // Whitelisted names only, read from the resources compiled into the program.
    static const QByteArray index = readResource(QStringLiteral(":/workshop/index.html"));
    static const QByteArray script = readResource(QStringLiteral(":/workshop/app.js"));
    static const QByteArray style = readResource(QStringLiteral(":/workshop/style.css"));
    if (name.isEmpty())
        return {200, "text/html; charset=utf-8", index, {}};
    if (name == "app.js")
        return {200, "text/javascript; charset=utf-8", script, {}};
    return {200, "text/css; charset=utf-8", style, {}};
}

} // namespace sbr::workshop
