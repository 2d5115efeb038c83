#include "SqliteWorkspace.h"

#include "BulkInsert.h"
#include "PostgresWorkspace.h"
#include "Schema.h"
#include "SqliteDialect.h"
#include "Transaction.h"
#include "io/QuestionnaireJson.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <algorithm>
#include <unordered_map>

namespace sbr::storage {

namespace {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("sbradar-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool hasHotJournal(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-journal")).size() > 0 ||
           QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}
} // namespace

StorageError SqliteWorkspace::sqlError(const QSqlError &e, const QString &what) const
{
    using K = StorageError::Kind;
    const int code = e.nativeErrorCode().toInt();
    const QString name = QDir::toNativeSeparators(m_path);
    switch (code & 0xff) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {K::Corrupt,
                QCoreApplication::translate("sbr::storage::Workspace",
                                            "%1 is damaged and cannot be used (%2). Restore it from a backup copy.")
                    .arg(name, e.databaseText())};
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {K::Locked,
                QCoreApplication::translate("sbr::storage::Workspace",
                                            "%1 is in use by another program or window. Close it there and try again.")
                    .arg(name)};
    case 8: // SQLITE_READONLY
        return {K::Io, QCoreApplication::translate("sbr::storage::Workspace",
                                                   "%1 cannot be changed: the file or its folder is read-only.")
                           .arg(name)};
    case 13: // SQLITE_FULL
        return {K::Io,
                QCoreApplication::translate("sbr::storage::Workspace",
                                            "The disk is full; %1 was not changed. Free some space and try again.")
                    .arg(name)};
    case 19: // SQLITE_CONSTRAINT
        return {K::Conflict, QCoreApplication::translate(
                                 "sbr::storage::Workspace",
                                 "%1 failed because the workspace changed meanwhile: another window or the command "
                                 "line changed the same rows. Nothing was written.")
                                 .arg(what)};
    default:
        return {
            K::Io,
            QCoreApplication::translate("sbr::storage::Workspace", "%1 failed for %2: %3").arg(what, name, e.text())};
    }
}

SqliteWorkspace::~SqliteWorkspace()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, Mode mode, StorageError *error, Check check)
{
    if (isTeamLocation(path))
        return PostgresWorkspace::open(path, mode, error);
    *error = inspectWorkspaceFile(path);
    if (*error)
        return nullptr;
    std::unique_ptr<SqliteWorkspace> ws(new SqliteWorkspace);
    ws->m_path = QFileInfo(path).absoluteFilePath();
    if (!ws->initialize(mode, check, error))
        return nullptr;
    return ws;
}

StorageError SqliteWorkspace::damaged(const QString &report) const
{
    return {StorageError::Kind::Corrupt,
            QCoreApplication::translate("sbr::storage::Workspace", "%1 is damaged (%2). Restore it from a backup copy.")
                .arg(QDir::toNativeSeparators(m_path), report)};
}

void SqliteWorkspace::startCheck()
{
    if (!m_checkLater)
        return;
    m_checkLater = false;
    m_check = std::async(std::launch::async, [path = m_path] { return quickCheckFile(path); });
}

bool SqliteWorkspace::checkDone() const
{
    return !m_checkLater &&
           (!m_check.valid() || m_check.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
}

bool SqliteWorkspace::finishCheck(StorageError *error)
{
    startCheck();
    if (m_check.valid()) {
        const QString report = m_check.get();
        if (report != u"ok")
            m_damaged = damaged(report);
    }
    if (!m_damaged)
        return true;
    *error = *m_damaged;
    return false;
}

bool SqliteWorkspace::initialize(Mode mode, Check check, StorageError *error)
{
    m_connection = newConnectionName();
    m_db = QSqlDatabase::addDatabase(sqlite::driver(), m_connection);
    m_db.setDatabaseName(m_path);
    // A read-only connection cannot replay the journal of an interrupted write, so such a file
    // is opened for writing once to let SQLite restore it.
    const bool readOnly = mode == Mode::ReadOnly && !hasHotJournal(m_path);
    m_db.setConnectOptions(sqlite::connectOptions(readOnly));
    if (!m_db.open()) {
        *error = sqlError(m_db.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Opening"));
        return false;
    }
    QSqlQuery q(m_db);
    // Rollback journal (not WAL): no side files stay beside the user's document, and a crash
    // is undone from the journal the next time the file is opened.
    for (const QString &pragma : sqlite::connectionPragmas())
        q.exec(pragma);
    // Test seam: a tiny page cache makes SQLite write pages into the file long before COMMIT,
    // so the crash tests can kill a process while the file itself is half-changed.
    if (const int pages = qEnvironmentVariableIntValue("SBRADAR_TEST_CACHE_PAGES"); pages > 0)
        q.exec(sqlite::cacheSize(pages));
    // The check reads the whole file. When nothing has to be repaired or migrated first, it runs
    // on a connection of its own while or after the caller reads the workspace (finishCheck()).
    if (check != Check::BeforeOpening && !hasHotJournal(m_path) && schemaVersion() == currentSchemaVersion()) {
        m_checkLater = check == Check::AfterFirstRead;
        if (!m_checkLater)
            m_check = std::async(std::launch::async, [path = m_path] { return quickCheckFile(path); });
        return loadQuestionnaire(error) && reloadSettings(error);
    }
    if (!q.exec(sqlite::quickCheck()) || !q.next()) {
        *error = sqlError(q.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Checking the file"));
        if (!*error || error->kind == StorageError::Kind::Io)
            error->kind = StorageError::Kind::Corrupt;
        return false;
    }
    if (q.value(0).toString() != u"ok") {
        *error = damaged(q.value(0).toString());
        return false;
    }
    q.finish();
    // A journal that SQLite did not replay (a write killed before its journal was complete) is
    // stale: the file is intact. A small write transaction lets SQLite reuse and remove it, so
    // nothing unexplained stays beside the user's document.
    if (!readOnly && QFileInfo::exists(m_path + QStringLiteral("-journal"))) {
        Transaction t(m_db);
        if (t.isActive() && q.exec(sqlite::setSchemaVersion(schemaVersion())))
            t.commit();
    }
    if (schemaVersion() < currentSchemaVersion()) {
        if (readOnly) { // migrating writes: reopen for writing
            m_db.close();
            m_db.setConnectOptions(sqlite::connectOptions(false));
            if (!m_db.open()) {
                *error = sqlError(m_db.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Opening"));
                return false;
            }
            QSqlQuery(m_db).exec(sqlite::foreignKeysOn());
        }
        if (!migrate(error))
            return false;
    }
    return loadQuestionnaire(error) && reloadSettings(error);
}

bool SqliteWorkspace::reloadSettings(StorageError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'anonymity_threshold'"))) {
        *error =
            sqlError(q.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Reading the settings"));
        return false;
    }
    // scoring.md *Anonymity*: 5 when the workspace never set it; a damaged value never shows more
    // than the lowest allowed threshold would.
    m_anonymityThreshold =
        q.next() ? std::clamp(q.value(0).toInt(), kMinGroupLowest, kMinGroupHighest) : kMinGroupDefault;
    return true;
}

int SqliteWorkspace::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(sqlite::schemaVersion()) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool SqliteWorkspace::migrate(StorageError *error)
{
    for (const Migration &step : migrations()) {
        if (step.to <= schemaVersion())
            continue;
        Transaction t(m_db);
        if (!t.isActive()) {
            *error = sqlError(t.beginError(),
                              QCoreApplication::translate("sbr::storage::Workspace", "Updating the file format"));
            return false;
        }
        QSqlQuery q(m_db);
        for (const QString &statement : step.statements)
            if (!q.exec(statement)) {
                *error = sqlError(q.lastError(),
                                  QCoreApplication::translate("sbr::storage::Workspace", "Updating the file format"));
                return false;
            }
        if (step.repair) {
            QString failure;
            q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
            if (!step.repair(m_db, &failure)) {
                *error = {StorageError::Kind::Conflict,
                          QCoreApplication::translate("sbr::storage::Workspace",
                                                      "The workspace cannot be brought up to this version, so it "
                                                      "was left unchanged: %1")
                              .arg(failure)};
                return false;
            }
        }
        if (!q.exec(sqlite::setSchemaVersion(step.to)) || !t.commit()) {
            *error = sqlError(q.lastError(),
                              QCoreApplication::translate("sbr::storage::Workspace", "Updating the file format"));
            return false;
        }
    }
    return true;
}

bool SqliteWorkspace::loadQuestionnaire(StorageError *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT json FROM questionnaire WHERE id = 1"))) {
        *error = sqlError(q.lastError(),
                          QCoreApplication::translate("sbr::storage::Workspace", "Reading the questionnaire"));
        return false;
    }
    io::QuestionnaireParse parsed;
    if (q.next())
        parsed = io::readQuestionnaire(q.value(0).toString().toUtf8());
    if (!parsed.questionnaire) {
        *error = {StorageError::Kind::Corrupt,
                  QCoreApplication::translate(
                      "sbr::storage::Workspace",
                      "%1 is damaged: its questionnaire is missing or invalid (%2). Restore it from a backup copy.")
                      .arg(QDir::toNativeSeparators(m_path), parsed.issues.value(0).toString())};
        return false;
    }
    m_questionnaire = *parsed.questionnaire;
    // Every item of the questionnaire needs its row: answers refer to items by number.
    int rows = 0;
    if (q.exec(QStringLiteral("SELECT id, key FROM items"))) {
        while (q.next())
            rows += m_questionnaire.itemIndex(q.value(1).toString()) == q.value(0).toInt() - 1 ? 1 : 0;
    }
    if (rows != m_questionnaire.itemCount()) {
        *error = {StorageError::Kind::Corrupt,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "%1 is damaged: its item list does not match its questionnaire. "
                                              "Restore it from a backup copy.")
                      .arg(QDir::toNativeSeparators(m_path))};
        return false;
    }
    return true;
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, const Questionnaire &questionnaire,
                                             StorageError *error, const io::AnswerBatch *fill,
                                             const QHash<QString, double> *targets)
{
    return createFilled(
        path, questionnaire,
        [&](Workspace &ws, StorageError *e) {
            if (fill && !ws.writeBatch(*fill, e))
                return false;
            if (targets)
                for (auto it = targets->begin(); it != targets->end(); ++it)
                    if (!ws.setCompanyTarget(it.key(), it.value(), e))
                        return false;
            return true;
        },
        error);
}

std::unique_ptr<Workspace> Workspace::createFilled(const QString &path, const Questionnaire &questionnaire,
                                                   const std::function<bool(Workspace &, StorageError *)> &fill,
                                                   StorageError *error)
{
    if (isTeamLocation(path))
        return PostgresWorkspace::create(path, questionnaire, fill, error);
    const QString name = QDir::toNativeSeparators(path);
    if (QFileInfo::exists(path)) {
        *error = {StorageError::Kind::AlreadyExists,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "%1 exists already and was left unchanged. Choose another file name.")
                      .arg(name)};
        return nullptr;
    }
    // Build the file under a temporary name beside the target and rename it at the end, so
    // an interrupted creation never leaves a half-made workspace under the user's name.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".XXXXXX"));
    temp.setAutoRemove(true);
    if (!temp.open()) {
        *error = {StorageError::Kind::Io,
                  QCoreApplication::translate("sbr::storage::Workspace", "%1 cannot be created: %2")
                      .arg(name, temp.errorString())};
        return nullptr;
    }
    temp.close();
    {
        std::unique_ptr<SqliteWorkspace> ws(new SqliteWorkspace);
        ws->m_path = temp.fileName();
        ws->m_connection = newConnectionName();
        ws->m_db = QSqlDatabase::addDatabase(sqlite::driver(), ws->m_connection);
        ws->m_db.setDatabaseName(ws->m_path);
        if (!ws->m_db.open()) {
            *error = ws->sqlError(ws->m_db.lastError(),
                                  QCoreApplication::translate("sbr::storage::Workspace", "Creating the workspace"));
            return nullptr;
        }
        QSqlQuery q(ws->m_db);
        q.exec(sqlite::foreignKeysOn());
        q.exec(sqlite::setApplicationId(kApplicationId));
        if (!ws->migrate(error))
            return nullptr;
        {
            Transaction t(ws->m_db);
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
            ok = ok && q.exec();
            if (!ok || !t.commit()) {
                *error = ws->sqlError(q.lastError(),
                                      QCoreApplication::translate("sbr::storage::Workspace", "Creating the workspace"));
                return nullptr;
            }
        }
        ws->m_questionnaire = questionnaire;
        if (fill && !fill(*ws, error))
            return nullptr;
    }
    if (!QFile::rename(temp.fileName(), path)) { // rename never replaces an existing file
        *error = {
            StorageError::Kind::AlreadyExists,
            QCoreApplication::translate("sbr::storage::Workspace",
                                        "%1 cannot be created (it appeared meanwhile, or the folder is not writable).")
                .arg(name)};
        return nullptr;
    }
    temp.setAutoRemove(false);
    // The temporary file was private (0600); a workspace is an ordinary document.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                    QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return open(path, Mode::ReadWrite, error);
}

bool SqliteWorkspace::setAnonymityThreshold(int k, StorageError *error)
{
    if (!finishCheck(error)) // a damaged file takes no writes
        return false;
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES ('anonymity_threshold', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(k));
    if (!t.isActive() || !q.exec() || !t.commit()) {
        *error = sqlError(t.isActive() ? q.lastError() : t.beginError(),
                          QCoreApplication::translate("sbr::storage::Workspace", "Saving the anonymity threshold"));
        return false;
    }
    m_anonymityThreshold = k;
    return true;
}

bool SqliteWorkspace::setCompanyTarget(const QString &company, double target, StorageError *error)
{
    if (!finishCheck(error)) // a damaged file takes no writes
        return false;
    Transaction t(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE companies SET target = ? WHERE name = ?"));
    q.addBindValue(target);
    q.addBindValue(company);
    if (!t.isActive() || !q.exec() || !t.commit()) {
        *error = sqlError(t.isActive() ? q.lastError() : t.beginError(),
                          QCoreApplication::translate("sbr::storage::Workspace", "Saving the target"));
        return false;
    }
    return true;
}

QString SqliteWorkspace::integrityCheck() const
{
    QSqlQuery q(m_db);
    if (q.exec(sqlite::integrityCheck()) && q.next())
        return q.value(0).toString();
    return q.lastError().text();
}

} // namespace sbr::storage
