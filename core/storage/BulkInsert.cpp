#include "BulkInsert.h"

#include "PostgresDialect.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <future>

namespace sbr::storage {

namespace {

const char kInsert[] = "INSERT INTO answers(assessment_id, respondent_id, item_id, level) VALUES (?, ?, ?, ?)";

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

bool insertNative(sqlite3 *handle, const std::vector<AnswerRow> &rows, QSqlError *error,
                  const std::function<bool(double)> &progress)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, kInsert, -1, &stmt, nullptr);
    for (size_t i = 0; rc == SQLITE_OK && i < rows.size(); ++i) {
        if (progress && (i & 0x7fff) == 0 && !progress(double(i) / double(rows.size()))) {
            sqlite3_finalize(stmt);
            return false;
        }
        const AnswerRow &r = rows[i];
        sqlite3_bind_int64(stmt, 1, r.assessment);
        sqlite3_bind_int64(stmt, 2, r.respondent);
        sqlite3_bind_int64(stmt, 3, r.item);
        if (r.applicable)
            sqlite3_bind_int(stmt, 4, r.level);
        else
            sqlite3_bind_null(stmt, 4);
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE)
            rc = sqlite3_reset(stmt);
    }
    if (rc != SQLITE_OK) {
        *error = QSqlError(QStringLiteral("Cannot insert answers"), QString::fromUtf8(sqlite3_errmsg(handle)),
                           QSqlError::StatementError, QString::number(sqlite3_errcode(handle)));
    }
    sqlite3_finalize(stmt);
    return rc == SQLITE_OK;
}

/// A server round trip per row would take minutes for a large import: rows go in statements of
/// 1000 rows each. Every value is an integer formatted here, never text from the user.
bool insertMultiRow(const QSqlDatabase &db, const std::vector<AnswerRow> &rows, QSqlError *error,
                    const std::function<bool(double)> &progress)
{
    constexpr size_t kRowsPerStatement = 1000;
    QSqlQuery insert(db);
    for (size_t start = 0; start < rows.size(); start += kRowsPerStatement) {
        if (progress && !progress(double(start) / double(rows.size())))
            return false;
        QString sql = QStringLiteral("INSERT INTO answers(assessment_id, respondent_id, item_id, level) VALUES ");
        const size_t end = std::min(rows.size(), start + kRowsPerStatement);
        for (size_t i = start; i < end; ++i) {
            const AnswerRow &r = rows[i];
            sql += QStringLiteral("(%1,%2,%3,%4)%5")
                       .arg(r.assessment)
                       .arg(r.respondent)
                       .arg(r.item)
                       .arg(r.applicable ? QString::number(r.level) : QStringLiteral("NULL"))
                       .arg(i + 1 < end ? QStringLiteral(",") : QString());
        }
        if (!insert.exec(sql)) {
            *error = insert.lastError();
            return false;
        }
    }
    return true;
}

} // namespace

bool insertAnswers(const QSqlDatabase &db, const std::vector<AnswerRow> &rows, QSqlError *error,
                   const std::function<bool(double)> &progress)
{
    if (sqlite3 *handle = nativeHandle(db))
        return insertNative(handle, rows, error, progress);
    if (postgres::isPostgres(db))
        return insertMultiRow(db, rows, error, progress);
    QSqlQuery insert(db);
    insert.prepare(QString::fromLatin1(kInsert));
    const QVariant null(QMetaType::fromType<int>());
    for (size_t i = 0; i < rows.size(); ++i) {
        if (progress && (i & 0x7fff) == 0 && !progress(double(i) / double(rows.size())))
            return false;
        const AnswerRow &r = rows[i];
        insert.bindValue(0, r.assessment);
        insert.bindValue(1, r.respondent);
        insert.bindValue(2, r.item);
        insert.bindValue(3, r.applicable ? QVariant(r.level) : null);
        if (!insert.exec()) {
            *error = insert.lastError();
            return false;
        }
    }
    return true;
}

QString quickCheckFile(const QString &path)
{
    sqlite3 *db = nullptr;
    QString result;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 3000);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    if (result.isEmpty())
        result = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return result;
}

namespace {

using LevelRow = std::function<void(qint64, qint64, qint64, int)>;
constexpr char kScanAll[] = "SELECT assessment_id, respondent_id, item_id, level FROM answers "
                            "ORDER BY assessment_id, respondent_id, item_id";
constexpr char kScanBelow[] = "SELECT assessment_id, respondent_id, item_id, level FROM answers "
                              "WHERE assessment_id < ?1 ORDER BY assessment_id, respondent_id, item_id";
constexpr char kScanFrom[] = "SELECT assessment_id, respondent_id, item_id, level FROM answers "
                             "WHERE assessment_id >= ?1 ORDER BY assessment_id, respondent_id, item_id";

/// One native scan; -1 with *error on failure.
qint64 scanNative(sqlite3 *handle, const char *sql, qint64 bound, const LevelRow &row, QSqlError *error)
{
    qint64 count = 0;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK && sqlite3_bind_parameter_count(stmt) == 1)
        rc = sqlite3_bind_int64(stmt, 1, bound);
    if (rc == SQLITE_OK)
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            ++count;
            if (sqlite3_column_type(stmt, 3) != SQLITE_NULL)
                row(sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1), sqlite3_column_int64(stmt, 2),
                    sqlite3_column_int(stmt, 3));
        }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        *error = QSqlError(QStringLiteral("Cannot read answers"), QString::fromUtf8(sqlite3_errmsg(handle)),
                           QSqlError::StatementError, QString::number(sqlite3_errcode(handle)));
        return -1;
    }
    return count;
}

} // namespace

qint64 scanLevels(const QSqlDatabase &db, const LevelRow &row, QSqlError *error)
{
    if (sqlite3 *handle = nativeHandle(db))
        return scanNative(handle, kScanAll, 0, row, error);
    qint64 count = 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kScanAll))) {
        *error = q.lastError();
        return -1;
    }
    while (q.next()) {
        ++count;
        if (!q.value(3).isNull())
            row(q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt());
    }
    if (q.lastError().isValid()) {
        *error = q.lastError();
        return -1;
    }
    return count;
}

qint64 scanLevelsSplit(const QSqlDatabase &db, const QString &path, qint64 split, const LevelRow &below,
                       const LevelRow &from, QSqlError *error)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle) { // another driver: one scan, each row to its half
        return scanLevels(
            db,
            [&](qint64 a, qint64 r, qint64 i, int level) {
                if (a < split)
                    below(a, r, i, level);
                else
                    from(a, r, i, level);
            },
            error);
    }
    // The upper half on a read-only connection of its own, in another thread.
    QSqlError upperError;
    auto upper = std::async(std::launch::async, [&]() -> qint64 {
        sqlite3 *own = nullptr;
        qint64 count = -1;
        if (sqlite3_open_v2(path.toUtf8().constData(), &own, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(own, 5000);
            count = scanNative(own, kScanFrom, split, from, &upperError);
        } else {
            upperError = QSqlError(QStringLiteral("Cannot read answers"), QString::fromUtf8(sqlite3_errmsg(own)),
                                   QSqlError::ConnectionError, QString::number(sqlite3_errcode(own)));
        }
        sqlite3_close(own);
        return count;
    });
    const qint64 lower = scanNative(handle, kScanBelow, split, below, error);
    const qint64 upperCount = upper.get();
    if (lower < 0)
        return -1;
    if (upperCount < 0) {
        *error = upperError;
        return -1;
    }
    return lower + upperCount;
}

} // namespace sbr::storage
