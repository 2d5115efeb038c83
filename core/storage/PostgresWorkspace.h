#pragma once
// The team workspace (formats.md *Team workspace (PostgreSQL)*): the same tables, migration ladder
// and queries as the file (SqliteWorkspace, whose SQL is standard apart from SqliteDialect.h), on a
// PostgreSQL server reached through Qt's QPSQL driver. Only what a server does differently is
// here: connecting, marking and versioning the schema, error texts, and the document functions
// (a server has no file to check or copy). Private to the storage layer.

#include "SqliteWorkspace.h"

#include <QUrl>

namespace sbr::storage {

/// A parsed team-workspace location: postgresql://[user@]host[:port]/dbname[?key=value&…].
/// Absent parts fall back to libpq's environment (PGHOST, PGPORT, PGUSER) as psql does.
struct TeamLocation {
    QString host, user, database;
    int port = -1;
    QStringList options; ///< libpq connection keywords ("sslmode=require", …)
    /// "postgresql://user@host:port/dbname": what is shown and kept (never a password).
    QString display;
};

/// True when `location` is a connection URI rather than a file path.
bool isTeamLocation(const QString &location);
/// Parses a URI; false with *error (NotAWorkspace) when malformed or when it holds a password (the
/// password comes from ~/.pgpass or PGPASSWORD and is never stored or shown).
bool parseTeamLocation(const QString &location, TeamLocation *out, StorageError *error);

class PostgresWorkspace final : public SqliteWorkspace {
public:
    /// Connects and checks the schema: a database without our schema is NotAWorkspace, another
    /// program's marker Foreign, a newer schema NewerVersion; an older one is migrated.
    static std::unique_ptr<Workspace> open(const QString &uri, Mode mode, StorageError *error);
    /// Creates the schema in an existing (empty) database and runs `fill` (optional) in the same
    /// transaction: all of it or nothing. AlreadyExists when the database holds a workspace.
    static std::unique_ptr<Workspace> create(const QString &uri, const Questionnaire &questionnaire,
                                             const std::function<bool(Workspace &, StorageError *)> &fill,
                                             StorageError *error);

    int schemaVersion() const override;
    /// Counts the commits of other clients that changed company data, settings or grants, as the
    /// server announced them (LISTEN/NOTIFY, schema step 9); this connection's own are not counted.
    qint64 dataVersion() const override;
    /// "ok" while the server answers (the server keeps its own data consistent).
    QString integrityCheck() const override;
    void startCheck() override {}
    bool checkDone() const override { return true; }
    bool finishCheck(StorageError *) override { return true; }
    /// Copies everything into a new workspace file at `path` (copyWorkspace() in Workspace.h).
    bool saveCopy(const QString &path, StorageError *error) const override;
    /// Sets lock_timeout: how long a write waits for another client's row lock.
    void setBusyTimeout(int ms) override;

    // Who sees what (PostgresTeam.cpp; the free functions of Workspace.h call these).
    bool benchmarksFromServer() const override { return m_serverBenchmarks; }
    bool pooledBenchmarks(const QList<qint64> &rounds, QHash<qint64, BenchmarkResult> *out,
                          StorageError *error) const override;
    bool setUpTeam(QStringList *changes, StorageError *error);
    bool grantAccess(const TeamGrant &grant, QString *previous, StorageError *error);
    bool revokeAccess(const QString &login, const QString &company, QString *previous, StorageError *error);
    bool grants(QList<TeamGrant> *out, StorageError *error) const;
    /// True when `team init` has run on this database (its grants table exists).
    bool isTeam(StorageError *error) const;

protected:
    StorageError sqlError(const QSqlError &e, const QString &what) const override;

private:
    PostgresWorkspace() = default;
    bool connect(const QString &uri, Mode mode, StorageError *error);
    bool migrateSteps(int from, StorageError *error);
    bool writeQuestionnaire(const Questionnaire &questionnaire, StorageError *error);
    /// The owner role and the consultants' group (created when missing), the login's membership in
    /// the owner role and the owner's right to create tables; appends what it changed to *changes.
    bool ensureRoles(QStringList *changes, StorageError *error);
    /// The grants and version tables, functions, forced row-level security with its policies and
    /// the group's privileges, run as the owner role; what it changed is appended to *changes.
    bool secureTables(QStringList *changes, StorageError *error);
    /// Does this login see only some companies? Then the benchmarks come from the server.
    bool detectServerBenchmarks(StorageError *error);
    /// `sql` with bound `values`, or without any as a plain statement: PostgreSQL prepares no DDL
    /// (CREATE ROLE, GRANT, ALTER TABLE, …).
    bool execute(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what,
                 StorageError *error) const;
    /// The login's company id by name for a grant, or false with *error (Invalid: unknown).
    bool grantTarget(const QString &login, const QString &company, qint64 *companyId, StorageError *error) const;

    bool m_serverBenchmarks = false;
    mutable qint64 m_otherCommits = 0; ///< announcements of other clients' commits so far
};

} // namespace sbr::storage
