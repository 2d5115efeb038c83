#include "PostgresLink.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <poll.h>

#include <vector>

namespace sbr::storage::postgres {

namespace {

QMutex &passwordsLock()
{
    static QMutex lock;
    return lock;
}
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> typed;
    return typed;
}

/// The libpq connection under Qt's driver, or nullptr.
PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type after the struct behind libpq's typedef.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

/// Connects through libpq without blocking, with verbose errors (they carry the SQLSTATE), and
/// returns libpq's error message, empty when the connection succeeded. *needsPassword: libpq's own
/// verdict that the server asked for a password and none was known.
QString probe(const ConnectTarget &target, const QString &password, bool *needsPassword)
{
    std::vector<QByteArray> keys, values;
    const auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty()) {
            keys.emplace_back(key);
            values.push_back(value.toUtf8());
        }
    };
    add("host", target.host);
    add("user", target.user);
    add("dbname", target.database);
    add("port", target.port > 0 ? QString::number(target.port) : QString());
    add("password", password);
    for (const QString &option : target.options) {
        const qsizetype at = option.indexOf(u'=');
        keys.push_back(option.left(at).toUtf8());
        values.push_back(option.mid(at + 1).toUtf8());
    }
    std::vector<const char *> keyPointers, valuePointers;
    for (size_t i = 0; i < keys.size(); ++i) {
        keyPointers.push_back(keys[i].constData());
        valuePointers.push_back(values[i].constData());
    }
    keyPointers.push_back(nullptr);
    valuePointers.push_back(nullptr);
    PGconn *c = PQconnectStartParams(keyPointers.data(), valuePointers.data(), 0);
    if (!c)
        return QStringLiteral("out of memory");
    PQsetErrorVerbosity(c, PQERRORS_VERBOSE);
    // libpq's own connect_timeout (from the options) applies per attempt; this bounds the whole try.
    const QDeadlineTimer deadline(30000);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (PQstatus(c) != CONNECTION_BAD && state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED &&
           !deadline.hasExpired()) {
        pollfd fd{PQsocket(c), short(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        if (fd.fd >= 0 && ::poll(&fd, 1, int(std::min<qint64>(deadline.remainingTime(), 1000))) == 0)
            continue;
        state = PQconnectPoll(c);
    }
    *needsPassword = PQconnectionNeedsPassword(c) != 0;
    const QString message = PQstatus(c) == CONNECTION_OK ? QString() : QString::fromUtf8(PQerrorMessage(c)).trimmed();
    PQfinish(c);
    return message.isEmpty() && state != PGRES_POLLING_OK ? QStringLiteral("timeout expired") : message;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("sbr::storage::postgres", text);
}

} // namespace

void setPassword(const QString &location, const QString &password)
{
    QMutexLocker locker(&passwordsLock());
    if (password.isEmpty())
        passwords().remove(location);
    else
        passwords().insert(location, password);
}

QString password(const QString &location)
{
    QMutexLocker locker(&passwordsLock());
    return passwords().value(location);
}

StorageError connectFailure(const ConnectTarget &target, const QString &password, const QString &driverText)
{
    using K = StorageError::Kind;
    const QString server =
        target.host.isEmpty() ? qEnvironmentVariable("PGHOST", QStringLiteral("localhost")) : target.host;
    const QString login =
        target.user.isEmpty() ? qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER")) : target.user;
    // libpq's own words for it (PQnoPasswordSupplied), never translated.
    bool needsPassword = driverText.contains(QLatin1String("no password supplied"));
    const QString text = needsPassword ? QString() : probe(target, password, &needsPassword);
    if (needsPassword)
        return {K::PasswordNeeded,
                tr("The server %1 asks for the password of %2 for %3. Keep it in ~/.pgpass (or PGPASSWORD); the "
                   "workbench asks for it.")
                    .arg(server, login, target.shown)};
    // "…failed: FATAL:  28P01: password …": five digits or capitals, at least one a digit (not the severity).
    static const QRegularExpression sqlState(QStringLiteral(":\\s+((?=[A-Z]*[0-9])[0-9A-Z]{5}):\\s"));
    const QString state = sqlState.match(text).captured(1);
    // The server's first line without the SQLSTATE (verbose errors add a LOCATION line).
    const QString said = text.section(u'\n', 0, 0).replace(sqlState, QStringLiteral(": ")).simplified();
    if (state == u"28P01")
        return {K::PasswordWrong, tr("The server %1 did not accept the password of %2. Type it again, or ask IT to "
                                     "check the login.")
                                      .arg(server, login)};
    if (state == u"3D000")
        return {K::NotFound, tr("There is no database \"%1\" on the server %2. Check the name, or ask IT which "
                                "database holds the team workspace.")
                                 .arg(target.database, server)};
    if (state == u"28000")
        return {K::Io, tr("The server %1 does not let %2 in from this computer (%3). Ask IT to allow it.")
                           .arg(server, login, said)};
    if (state.isEmpty())
        return {K::Io, tr("The server %1 cannot be reached (%2). Check the server's name and port and the network "
                          "connection (VPN), or ask IT whether the server runs.")
                           .arg(server, text.isEmpty() ? driverText.simplified() : text.simplified())};
    return {K::Io, tr("The team workspace %1 cannot be opened: %2").arg(target.shown, said)};
}

int otherCommits(const QSqlDatabase &db)
{
    PGconn *c = connectionOf(db);
    if (!c)
        return -1;
    {
        // A round trip: whatever the server had to announce before it answers has come in by then.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT 1")))
            return -1;
    }
    if (PQconsumeInput(c) == 0)
        return -1;
    int others = 0;
    const int self = PQbackendPID(c);
    while (PGnotify *n = PQnotifies(c)) {
        if (n->be_pid != self)
            ++others;
        PQfreemem(n);
    }
    return others;
}

} // namespace sbr::storage::postgres
