#pragma once
// Helpers of the workshop tests: HTTP requests that wait in an event loop (the server under test
// runs in the same thread), raw requests for paths a well-behaved client would normalise, and a
// running sbradar-cli workshop process.

#include <QJsonArray>
#include <gtest/gtest.h>

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <csignal>

/// Readable QString parameters in gtest output.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace sbr::workshoptest {

struct HttpReply {
    int status = 0; ///< 0: no HTTP answer (connection refused, closed, timed out)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// Runs the event loop until `done` returns true or `timeoutMs` passed; false on timeout.
template <typename Done> bool waitUntil(Done done, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

/// A browser-like client (Qt's own HTTP stack).
class Http {
public:
    Http() { m_nam.setProxy(QNetworkProxy::NoProxy); }

    HttpReply get(const QUrl &url) { return run(m_nam.get(QNetworkRequest(url))); }
    HttpReply post(const QUrl &url, const QByteArray &body)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return run(m_nam.post(request, body));
    }
    HttpReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {})
    {
        return run(m_nam.sendCustomRequest(QNetworkRequest(url), method, body));
    }

private:
    static HttpReply run(QNetworkReply *reply)
    {
        waitUntil([reply] { return reply->isFinished(); }, 15000);
        HttpReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &pair : reply->rawHeaderPairs())
            r.headers.append(pair);
        reply->deleteLater();
        return r;
    }
    QNetworkAccessManager m_nam;
};

/// Sends exactly these bytes and reads the answer until the connection closes or the response is
/// complete. For request lines no real client would send (dot segments, encoded slashes).
inline HttpReply rawRequest(const QString &host, quint16 port, const QByteArray &bytes, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    HttpReply r;
    if (!waitUntil(
            [&] {
                return socket.state() == QAbstractSocket::ConnectedState ||
                       socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs) ||
        socket.state() != QAbstractSocket::ConnectedState)
        return r;
    socket.write(bytes);
    QByteArray data;
    auto complete = [&] {
        if (socket.isOpen())
            data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return socket.state() == QAbstractSocket::UnconnectedState;
        static const QRegularExpression length(QStringLiteral("(?i)\r\ncontent-length:\\s*(\\d+)"));
        const auto m = length.match(QString::fromLatin1(data.left(end + 2)));
        return !m.hasMatch() || data.size() >= end + 4 + m.captured(1).toLongLong() ||
               socket.state() == QAbstractSocket::UnconnectedState;
    };
    waitUntil(complete, timeoutMs);
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (!data.startsWith("HTTP/1.1 ") || end < 0)
        return r;
    r.status = data.mid(9, 3).toInt();
    const QList<QByteArray> lines = data.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    r.body = data.mid(end + 4);
    return r;
}

inline QString cliPath()
{
    return QStringLiteral(SBRADAR_BIN_DIR "/sbradar-cli");
}

/// Runs sbradar-cli to the end (English messages).
inline int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// `sbradar-cli workshop …` running in the background, with its URL once it printed it.
class CliSession {
public:
    bool start(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        m_process.setProcessEnvironment(env);
        m_process.start(cliPath(), QStringList{QStringLiteral("workshop")} + args);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression urlLine(QStringLiteral("^URL: (\\S+)$"), QRegularExpression::MultilineOption);
        while (!urlLine.match(m_out).hasMatch()) {
            if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(10000))
                return false;
            m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        }
        m_url = QUrl(urlLine.match(m_out).captured(1));
        return m_url.isValid();
    }
    qint64 pid() const { return m_process.processId(); }
    /// SIGTERM (or `signalNumber`), then waits; returns the exit code (-1 when it crashed or hung).
    int terminate(int signalNumber = 15)
    {
        ::kill(pid_t(m_process.processId()), signalNumber);
        return wait();
    }
    /// Waits for the end (after a signal sent elsewhere); the exit code as terminate().
    int wait()
    {
        if (!m_process.waitForFinished(90000)) {
            m_process.kill();
            m_process.waitForFinished();
            return -1;
        }
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_err = QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QString out() const { return m_out; }
    QString err() const { return m_err; }
    ~CliSession()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    QUrl url() const { return m_url; }

private:
    QUrl m_url;
    QProcess m_process;
    QString m_out, m_err;
};

/// The item ids of a workspace's questionnaire, as `sbradar-cli questionnaire --json` lists them.
inline QStringList itemIdsOf(const QString &workspace)
{
    QString out;
    if (runCli({QStringLiteral("questionnaire"), workspace, QStringLiteral("--json")}, &out) != 0)
        return {};
    QStringList ids;
    for (const QJsonValue &d :
         QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("dimensions")).toArray())
        for (const QJsonValue &i : d.toObject().value(QStringLiteral("items")).toArray())
            ids << i.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

/// A new workspace at `path` where company "Muster GmbH" and its round 2026-Q1 (15 March 2026)
/// exist through an import of one answer (department Vertrieb); *items gets the item ids.
inline bool seededWorkspace(const QString &path, QStringList *items)
{
    if (runCli({QStringLiteral("init"), path}) != 0)
        return false;
    *items = itemIdsOf(path);
    if (items->size() <= 5)
        return false;
    const QString csv = path + QStringLiteral(".seed.csv");
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("company,department,round,date,respondent,item,level\nMuster GmbH,Vertrieb,2026-Q1,2026-03-15,R1," +
               items->front().toUtf8() + ",2\n");
    file.close();
    const bool imported = runCli({QStringLiteral("import"), path, csv}) == 0;
    QFile::remove(csv);
    return imported;
}

} // namespace sbr::workshoptest
