#pragma once
// The HTTP side of a live-voting session: serves the voting page (compiled into the program, no
// files from disk) and a small JSON API under /s/<token>/, for phones in the same room.
//
//   GET  /<CODE>               303 to /s/<token>/: the short address people type (6 characters
//                              without look-alikes, derived from the token; wrong codes are
//                              rate-limited per address, so guessing stays hopeless)
//   GET  /s/<token>/           the page (index.html)      GET /s/<token>/app.js, /style.css
//   GET  /s/<token>/state?participant=ID   what the participant sees (a new id when it has none)
//   POST /s/<token>/vote       {"participant": ID, "item": "strategy.goals", "level": 3 | null}
//   POST /s/<token>/department {"participant": ID, "department": 1}  a mixed group: the
//                              participant's department (an index of the state's "departments"),
//                              once; state shows no statement and votes get 409 "no-department"
//                              until then; another department later: 409 "department-chosen"
//
// Statuses: 403 wrong or missing token (every path outside /s/<token>/, "/" too) and unknown
// participant; 404 anything else under the token; 405 wrong method; 400 malformed JSON; 413
// body over the limit; 422 unknown item or a level that is not an integer of the scale; 409 the
// item is not open; 429 rate limit or no more participants from this address (error
// "address-limit"); 503 session full ("session-full") or the vote could not be written into the
// workspace yet ("not-stored", Retry-After: 1; the page sends it again). Every response carries the security
// headers (CSP, nosniff, no referrer, no caching).
//
// The server runs only between start() and stop(), listens only on the address it was given,
// and keeps no names, addresses or logs: remote addresses live only in the rate limiter's memory,
// cleared at stop(). The token (144 random bits) changes with every start().

#include "RateLimiter.h"
#include "domain/WorkshopLog.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace sbr::workshop {

class WorkshopSession;
class HttpFront;

struct ServerLimits {
    int maxBodyBytes = 4096;               ///< larger request bodies get 413
    RateLimit participant{10, 20};         ///< requests of one participant id
    RateLimit address{600, 600};           ///< all requests from one remote address (a NAT may hide a room)
    RateLimit joins{2, 120};               ///< new participant ids per remote address (rate)
    int perAddress = 3;                    ///< new participant ids per remote address in all (0: no limit)
    RateLimit wrongCodes{0.1, 10};         ///< mistyped short codes per remote address
    qint64 maxUnansweredBytes = 64 * 1024; ///< bytes a connection may send before a response: else dropped
    int maxConnections = 1024;             ///< open connections in all
    int idleTimeoutMs = 30000;             ///< a connection that sends nothing this long is closed
};

class VotingServer : public QObject {
    Q_OBJECT
public:
    /// The session must outlive the server.
    explicit VotingServer(WorkshopSession *session, QObject *parent = nullptr);
    ~VotingServer() override;

    /// Language of the page and of the item texts: "de" (default) or "en".
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    /// Applies from the next start().
    void setLimits(const ServerLimits &limits) { m_limits = limits; }
    const ServerLimits &limits() const { return m_limits; }

    /// Listens on `address` (only there) and `port` (0: any free port) with a new token, or with
    /// `token` when given (a resumed session keeps its address). On failure returns false with a
    /// message in *error.
    bool start(const QHostAddress &address, quint16 port, QString *error, const QString &token = {});
    /// Closes the port and every connection, and forgets the rate limiter's addresses.
    void stop();
    bool isRunning() const { return m_front != nullptr; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString token() const { return m_token; }
    /// The short code of the typed address: 6 characters of kCodeAlphabet (30 bits), derived
    /// from the token, so that a resumed session keeps it.
    QString shortCode() const { return m_code; }
    /// ADDRESS:PORT/CODE — what people type (about 25 characters; browsers add http://).
    QString shortAddress() const;
    static constexpr const char *kCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; ///< no I/1, O/0
    /// http://ADDRESS:PORT/s/TOKEN/ — for "any" addresses the first non-loopback IPv4 address of
    /// this computer (127.0.0.1 when there is none).
    QUrl url() const;

    /// One request reduced to what the routes need (HTTP framing is QHttpServer's part).
    struct Request {
        QByteArray method; ///< "GET", "POST", …
        QByteArray path;   ///< percent-encoded, as sent
        QUrlQuery query;
        QByteArray body;
        QHostAddress remote; ///< for the rate limit only
    };
    struct Reply {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    /// Routing and the API, without sockets (used by the HTTP front end; handy in tests). A vote
    /// is recorded at once (one transaction of its own when the session keeps a journal).
    Reply handle(const Request &request) { return handle(request, nullptr); }

    /// Headers on every response.
    static QList<QPair<QByteArray, QByteArray>> securityHeaders();

    /// Participants who joined since start(), and how many of them share their address with
    /// another participant (several phones behind one address, or one phone pretending to be many).
    int joined() const { return m_joined; }
    int sharingAddress() const;

signals:
    void runningChanged(bool running);
    /// A participant joined (joined() and sharingAddress() changed).
    void participantJoined();

private:
    friend class HttpFront;
    void respond(const QHttpServerRequest &request, QTcpSocket *socket);
    Reply serveFile(const QByteArray &name) const;
    /// With `deferred`, a vote that passes every check is not recorded but returned in it, with
    /// status 0 and the body of its success; the front end then writes such votes together.
    Reply handle(const Request &request, WorkshopVote *deferred);
    Reply state(const Request &request);
    Reply vote(const Request &request, WorkshopVote *deferred);
    Reply chooseDepartment(const Request &request);
    /// Group commit: every vote that arrived since the last flush in one transaction, then the
    /// answers (200, or 503 "not-stored" when the workspace could not take them).
    void flushVotes();
    struct PendingVote {
        QPointer<QTcpSocket> socket;
        WorkshopVote vote;
        Reply success;
    };
    QList<PendingVote> m_pending;
    bool m_flushScheduled = false;
    bool m_inFlight = false; ///< a batch is being written (asynchronous journal)
    qint64 now() const { return m_clock.elapsed(); }
    bool tokenMatches(QByteArrayView candidate) const;

    WorkshopSession *m_session;
    QString m_language = QStringLiteral("de");
    ServerLimits m_limits;
    std::unique_ptr<HttpFront> m_front;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_token;
    QByteArray m_tokenBytes;
    QString m_code;
    RateLimiter<QHostAddress> m_wrongCodeLimiter;
    QElapsedTimer m_clock;
    RateLimiter<QString> m_participantLimiter;
    RateLimiter<QHostAddress> m_addressLimiter;
    RateLimiter<QHostAddress> m_joinLimiter;
    QHash<QHostAddress, int> m_joinsPerAddress; ///< in memory only, cleared at stop()
    int m_joined = 0;
};

} // namespace sbr::workshop
