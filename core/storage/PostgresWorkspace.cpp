#include "PostgresWorkspace.h"

#include "PostgresDialect.h"
#include "PostgresLink.h"
#include "Schema.h"
#include "TeamSql.h"
#include "Transaction.h"
#include "Workspace.h"
#include "io/QuestionnaireJson.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace sbr::storage {

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("sbradar-team-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

bool isTeamLocation(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

bool parseTeamLocation(const QString &location, TeamLocation *out, StorageError *error)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || !isTeamLocation(location) || database.isEmpty() || database.contains(u'/')) {
        *error = {StorageError::Kind::NotAWorkspace,
                  QCoreApplication::translate(
                      "sbr::storage::Workspace",
                      "%1 is not a team workspace address. Write it as postgresql://user@host:5432/database.")
                      .arg(location)};
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = {StorageError::Kind::NotAWorkspace,
                  QCoreApplication::translate(
                      "sbr::storage::Workspace",
                      "The address of a team workspace must not contain a password; it was not used. Keep the "
                      "password in ~/.pgpass (or PGPASSWORD) instead.")};
        return false;
    }
    *out = {};
    out->host = url.host();
    out->user = url.userName();
    out->database = database;
    out->port = url.port(-1);
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        out->options << key + u'=' + value;
    out->display = url.toString(QUrl::RemovePassword);
    return true;
}

bool isTeamWorkspace(const QString &location)
{
    return isTeamLocation(location);
}

void setTeamPassword(const QString &location, const QString &password)
{
    TeamLocation parsed;
    StorageError ignored;
    if (parseTeamLocation(location, &parsed, &ignored))
        postgres::setPassword(parsed.display, password);
}

bool PostgresWorkspace::connect(const QString &uri, Mode mode, StorageError *error)
{
    TeamLocation location;
    if (!parseTeamLocation(uri, &location, error))
        return false;
    m_path = location.display;
    m_connection = newConnectionName();
    m_db = QSqlDatabase::addDatabase(postgres::driver(), m_connection);
    if (!m_db.isValid()) {
        *error = {StorageError::Kind::Io,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "This installation cannot reach team workspaces: Qt's PostgreSQL driver "
                                              "(package libqt6sql6-psql) is missing.")};
        return false;
    }
    m_db.setHostName(location.host);
    m_db.setDatabaseName(location.database);
    m_db.setUserName(location.user);
    if (location.port > 0)
        m_db.setPort(location.port);
    QStringList options = location.options;
    // A server that does not answer is reported after 10 s, not after the system's TCP timeout.
    if (options.filter(QRegularExpression(QStringLiteral("^connect_timeout="))).isEmpty())
        options << QStringLiteral("connect_timeout=10");
    m_db.setConnectOptions(options.join(u';'));
    // libpq reads the password from ~/.pgpass or PGPASSWORD, unless the user typed one for this
    // address (PostgresLink.h); it is handed to this connect only and not kept in m_db.
    const QString password = postgres::password(location.display);
    m_db.setPassword(password);
    const bool opened = m_db.open();
    m_db.setPassword(QString());
    if (!opened) {
        *error = postgres::connectFailure(
            {location.host, location.user, location.database, location.port, options, location.display}, password,
            m_db.lastError().databaseText());
        return false;
    }
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    // Other clients' commits are announced on this channel (schema step 9); dataVersion() counts them.
    q.exec(QStringLiteral("LISTEN %1").arg(postgres::changeChannel()));
    if (mode == Mode::ReadOnly)
        q.exec(QStringLiteral("SET default_transaction_read_only = on"));
    return true;
}

std::unique_ptr<Workspace> PostgresWorkspace::open(const QString &uri, Mode mode, StorageError *error)
{
    std::unique_ptr<PostgresWorkspace> ws(new PostgresWorkspace);
    if (!ws->connect(uri, Mode::ReadWrite, error))
        return nullptr;
    QSqlQuery q(ws->m_db);
    if (!q.exec(postgres::versionTableExists()) || !q.next()) {
        *error = ws->sqlError(q.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Opening"));
        return nullptr;
    }
    if (!q.value(0).toBool()) {
        *error = {StorageError::Kind::NotAWorkspace,
                  QCoreApplication::translate(
                      "sbr::storage::Workspace",
                      "The database %1 holds no Social Business Radar workspace. Create one there with \"init\" or "
                      "\"copy\".")
                      .arg(ws->m_path)};
        return nullptr;
    }
    if (!q.exec(postgres::schemaVersion()) || !q.next()) {
        *error = ws->sqlError(q.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Opening"));
        return nullptr;
    }
    const int version = q.value(0).toInt();
    if (q.value(1).toLongLong() != qint64(kApplicationId)) {
        *error = {StorageError::Kind::Foreign,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "The database %1 belongs to another program. It was left unchanged.")
                      .arg(ws->m_path)};
        return nullptr;
    }
    if (version > currentSchemaVersion()) {
        *error = {StorageError::Kind::NewerVersion,
                  QCoreApplication::translate(
                      "sbr::storage::Workspace",
                      "%1 was set up by a newer version of Social Business Radar (format %2; this version reads up "
                      "to %3). Please update the program to open it.")
                      .arg(ws->m_path)
                      .arg(version)
                      .arg(currentSchemaVersion())};
        return nullptr;
    }
    if (version < currentSchemaVersion()) {
        Transaction t(ws->m_db);
        if (!ws->migrateSteps(version, error))
            return nullptr;
        if (!t.commit()) {
            *error = ws->sqlError(t.beginError(),
                                  QCoreApplication::translate("sbr::storage::Workspace", "Updating the file format"));
            return nullptr;
        }
    }
    if (mode == Mode::ReadOnly)
        q.exec(QStringLiteral("SET default_transaction_read_only = on"));
    if (!ws->loadQuestionnaire(error) || !ws->reloadSettings(error) || !ws->detectServerBenchmarks(error))
        return nullptr;
    return ws;
}

std::unique_ptr<Workspace> PostgresWorkspace::create(const QString &uri, const Questionnaire &questionnaire,
                                                     const std::function<bool(Workspace &, StorageError *)> &fill,
                                                     StorageError *error)
{
    std::unique_ptr<PostgresWorkspace> ws(new PostgresWorkspace);
    if (!ws->connect(uri, Mode::ReadWrite, error))
        return nullptr;
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Creating the workspace");
    // Schema, questionnaire and the initial data in one transaction (PostgreSQL's DDL is
    // transactional): a failure leaves the database as it was.
    Transaction t(ws->m_db);
    QSqlQuery q(ws->m_db);
    if (!t.isActive() || !q.exec(postgres::versionTableExists()) || !q.next()) {
        *error = ws->sqlError(t.isActive() ? q.lastError() : t.beginError(), what);
        return nullptr;
    }
    if (q.value(0).toBool()) {
        *error = {StorageError::Kind::AlreadyExists,
                  QCoreApplication::translate(
                      "sbr::storage::Workspace",
                      "The database %1 holds a workspace already; it was left unchanged. Choose another database.")
                      .arg(ws->m_path)};
        return nullptr;
    }
    if (!q.exec(postgres::createVersionTable()) ||
        !q.exec(QStringLiteral("INSERT INTO sbradar_schema(application_id, version) VALUES (%1, 0)")
                    .arg(qint64(kApplicationId)))) {
        *error = ws->sqlError(q.lastError(), what);
        return nullptr;
    }
    if (!ws->migrateSteps(0, error) || !ws->writeQuestionnaire(questionnaire, error))
        return nullptr;
    if (fill && !fill(*ws, error))
        return nullptr;
    for (const QString &statement : postgres::resetIdentities())
        if (!q.exec(statement)) {
            *error = ws->sqlError(q.lastError(), what);
            return nullptr;
        }
    if (!t.commit()) {
        *error = ws->sqlError(t.beginError(), what);
        return nullptr;
    }
    return ws;
}

bool PostgresWorkspace::migrateSteps(int from, StorageError *error)
{
    const QString what = QCoreApplication::translate("sbr::storage::Workspace", "Updating the file format");
    QSqlQuery q(m_db);
    // A team workspace's tables belong to the owner role, and new ones get their security at once.
    StorageError none;
    const bool team = from > 0 && isTeam(&none);
    if (team && !q.exec(QStringLiteral("SET LOCAL ROLE %1").arg(team::ownerRole()))) {
        *error = {StorageError::Kind::Io,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "%1 was set up by an older version of Social Business Radar and must "
                                              "be brought up to date once by one of its administrators (a member of "
                                              "%2) before this login can use it.")
                      .arg(m_path, team::ownerRole())};
        return false;
    }
    for (const Migration &step : migrations()) {
        if (step.to <= from)
            continue;
        for (const QString &statement : step.statements)
            if (!q.exec(postgres::schemaStatement(statement))) {
                *error = sqlError(q.lastError(), what);
                return false;
            }
        QString failure;
        if (step.repair && !step.repair(m_db, &failure)) {
            *error = {StorageError::Kind::Conflict,
                      QCoreApplication::translate("sbr::storage::Workspace",
                                                  "The workspace cannot be brought up to this version, so it "
                                                  "was left unchanged: %1")
                          .arg(failure)};
            return false;
        }
        if (!q.exec(postgres::setSchemaVersion(step.to))) {
            *error = sqlError(q.lastError(), what);
            return false;
        }
    }
    QStringList changes;
    return !team || secureTables(&changes, error);
}

bool PostgresWorkspace::writeQuestionnaire(const Questionnaire &questionnaire, StorageError *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO questionnaire(id, json) VALUES (1, ?)"));
    q.addBindValue(QString::fromUtf8(io::writeQuestionnaire(questionnaire, false)));
    bool ok = q.exec();
    const QList<const Item *> items = questionnaire.flatItems();
    q.prepare(QStringLiteral("INSERT INTO items(id, key) VALUES (?, ?)"));
    for (int i = 0; ok && i < items.size(); ++i) {
        q.addBindValue(i + 1);
        q.addBindValue(items[i]->id);
        ok = q.exec();
    }
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES ('anonymity_threshold', ?)"));
    q.addBindValue(QString::number(kMinGroupDefault));
    if (!ok || !q.exec()) {
        *error =
            sqlError(q.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Creating the workspace"));
        return false;
    }
    m_questionnaire = questionnaire;
    return true;
}

int PostgresWorkspace::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(postgres::schemaVersion()) && q.next())
        return q.value(0).toInt();
    return -1;
}

qint64 PostgresWorkspace::dataVersion() const
{
    const int others = postgres::otherCommits(m_db);
    if (others < 0)
        return -1;
    m_otherCommits += others;
    return m_otherCommits;
}

QString PostgresWorkspace::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return QStringLiteral("ok");
    return q.lastError().text();
}

bool PostgresWorkspace::saveCopy(const QString &path, StorageError *error) const
{
    return copyWorkspace(*this, path, QString(), error);
}

void PostgresWorkspace::setBusyTimeout(int ms)
{
    QSqlQuery(m_db).exec(QStringLiteral("SET lock_timeout = %1").arg(ms));
}

StorageError PostgresWorkspace::sqlError(const QSqlError &e, const QString &what) const
{
    using K = StorageError::Kind;
    // Called right after the failure, while the failed statement is still prepared: the
    // transaction is made usable again before that statement is freed.
    Transaction::recoverAfterError(m_db);
    const QString state = e.nativeErrorCode();
    if (state.startsWith(u"23"))
        return {K::Conflict, QCoreApplication::translate(
                                 "sbr::storage::Workspace",
                                 "%1 failed because the workspace changed meanwhile: another window or the command "
                                 "line changed the same rows. Nothing was written.")
                                 .arg(what)};
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return {K::Locked,
                QCoreApplication::translate("sbr::storage::Workspace",
                                            "%1 is in use by another program or window. Close it there and try again.")
                    .arg(m_path)};
    if (state == u"25006")
        return {K::ReadOnly, QCoreApplication::translate("sbr::storage::Workspace",
                                                         "%1 cannot be changed: it was opened for reading only.")
                                 .arg(m_path)};
    if (state == u"42501")
        return {K::Io, QCoreApplication::translate("sbr::storage::Workspace",
                                                   "%1 failed: the team workspace %2 does not allow it for this login.")
                           .arg(what, m_path)};
    if (state.startsWith(u"08") || state.startsWith(u"57") || e.type() == QSqlError::ConnectionError)
        return {K::Io, QCoreApplication::translate(
                           "sbr::storage::Workspace",
                           "The connection to the team workspace %1 was lost (%2). Nothing more was written.")
                           .arg(m_path, e.databaseText().trimmed())};
    return {K::Io,
            QCoreApplication::translate("sbr::storage::Workspace", "%1 failed for %2: %3").arg(what, m_path, e.text())};
}

} // namespace sbr::storage
