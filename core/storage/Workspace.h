#pragma once
// One open workspace: the user's document. The interface is split by role — the document itself
// (settings, copies, integrity), its structure, the answers of assessments, and bulk reads and
// writes — so that a second backend (a team workspace on a server) implements the same roles.
// SqliteWorkspace (SqliteWorkspace.h, private to storage) is the file backend. Used by the
// application layer (core/session) only; nothing above it sees these headers.
//
// Every write is one transaction (or a savepoint inside atomically()). A Workspace owns its
// connection and is not shared between threads: open a second one on the same path instead.

#include "Entities.h"
#include "StorageError.h"
#include "domain/Plan.h"
#include "domain/WorkshopLog.h"
#include "domain/Workspace.h"
#include "io/AnswerImport.h"
#include "scoring/Anonymity.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace sbr::storage {

/// Looks at the file's header without letting SQLite touch it: empty, not SQLite, another
/// program's database, newer format, truncated. Returns Kind::None for a plausible workspace.
StorageError inspectWorkspaceFile(const QString &path);

/// Companies, departments, rounds and assessments: reading and editing the structure.
class StructureStore {
public:
    virtual ~StructureStore() = default;
    virtual bool companies(QList<CompanyRow> *out, StorageError *error) const = 0;
    virtual bool departments(qint64 company, QList<DepartmentRow> *out, StorageError *error) const = 0; ///< by name
    virtual bool rounds(qint64 company, QList<RoundRow> *out, StorageError *error) const = 0;           ///< by date
    /// The assessment of a department in a round, 0 when there is none.
    virtual qint64 assessmentId(qint64 round, qint64 department) const = 0;

    /// The id of the new row, or -1 (with *error set: a name or date already used, …).
    virtual qint64 createCompany(const QString &name, double target, StorageError *error) = 0;
    virtual bool renameCompany(qint64 id, const QString &name, StorageError *error) = 0;
    /// Target in score points 0..100.
    virtual bool setTarget(qint64 company, double target, StorageError *error) = 0;
    virtual bool setCompanyTarget(const QString &company, double target, StorageError *error) = 0;
    /// Puts the company into the benchmark pool or takes it out (CompanyRow::inPool).
    virtual bool setInPool(qint64 company, bool inPool, StorageError *error) = 0;
    virtual qint64 createDepartment(qint64 company, const QString &name, StorageError *error) = 0;
    virtual bool renameDepartment(qint64 id, const QString &name, StorageError *error) = 0;
    /// `date` must be valid; label and date are unique per company.
    virtual qint64 createRound(qint64 company, const QString &label, const QDate &date, StorageError *error) = 0;
    virtual bool updateRound(qint64 id, const QString &label, const QDate &date, StorageError *error) = 0;
    virtual qint64 ensureAssessment(qint64 round, qint64 department, StorageError *error) = 0;

    /// Deletes with everything that hangs on it; *removed receives it all for restore().
    virtual bool deleteCompany(qint64 id, Snapshot *removed, StorageError *error) = 0;
    virtual bool deleteDepartment(qint64 id, Snapshot *removed, StorageError *error) = 0;
    virtual bool deleteRound(qint64 id, Snapshot *removed, StorageError *error) = 0;
    virtual bool deleteAssessment(qint64 id, Snapshot *removed, StorageError *error) = 0;
};

/// Respondents, answers and comments of assessments.
class AnswerStore {
public:
    virtual ~AnswerStore() = default;
    virtual bool respondents(qint64 assessment, QList<RespondentRow> *out, StorageError *error) const = 0;
    virtual bool answers(qint64 assessment, QList<AnswerCell> *out, StorageError *error) const = 0;
    virtual bool comments(qint64 assessment, QHash<int, QString> *out, StorageError *error) const = 0;
    /// Respondents recorded in the assessments of a company, and/or a department, and/or a
    /// round (0 = any), or -1 on failure.
    virtual int respondentCount(qint64 company, qint64 department, qint64 round, StorageError *error) const = 0;

    virtual qint64 addRespondent(qint64 assessment, const QString &name, StorageError *error) = 0;
    virtual bool renameRespondent(qint64 id, const QString &name, StorageError *error) = 0;
    /// Records a level, or not applicable when cell.level is empty.
    virtual bool setAnswer(qint64 assessment, const AnswerCell &cell, StorageError *error) = 0;
    /// Removes the answer: the respondent has not answered the item at all.
    virtual bool clearAnswer(qint64 assessment, qint64 respondent, int item, StorageError *error) = 0;
    /// An empty text removes the comment.
    virtual bool setComment(qint64 assessment, int item, const QString &text, StorageError *error) = 0;
    /// The manager's conclusions on a round (empty when there are none).
    virtual bool conclusions(qint64 round, QString *out, StorageError *error) const = 0;
    /// An empty text removes them.
    virtual bool setConclusions(qint64 round, const QString &text, StorageError *error) = 0;
    virtual bool deleteRespondent(qint64 id, Snapshot *removed, StorageError *error) = 0;
    /// A respondent with its answers as they are now, for putting them back later (restore()).
    virtual bool snapshotRespondent(qint64 id, Snapshot *out, StorageError *error) const = 0;
    /// Puts deleted rows back with their ids (the undo of a delete).
    virtual bool restore(const Snapshot &snapshot, StorageError *error) = 0;
};

/// A mapping profile kept in the workspace for the next wave (formats.md *Survey exports with a
/// mapping profile*; schema step 6, table mapping_profiles).
struct StoredMapping {
    QString name;
    QByteArray json; ///< the profile as io::writeMappingProfile wrote it
    QString saved;   ///< ISO date and time (UTC) of the last save
};

/// The kept mapping profiles, on the workspace's own connection (a file or a team workspace).
class MappingStore {
public:
    virtual ~MappingStore() = default;
    /// The kept profiles, newest first.
    virtual bool mappingProfiles(QList<StoredMapping> *out, StorageError *error) const = 0;
    /// Saves the profile called `name`, replacing one of that name; its own transaction.
    virtual bool keepMappingProfile(const QString &name, const QByteArray &json, StorageError *error) = 0;
};

/// The action plans of the companies (formats.md *Action plan*), rows as domain/Plan.h has them.
class PlanStore {
public:
    virtual ~PlanStore() = default;
    /// The plan measures of a company (0: of every company), by id.
    virtual bool planMeasures(qint64 company, QList<PlanMeasure> *out, StorageError *error) const = 0;
    /// Stores a new plan measure (with `m.id` when it is > 0: the undo of a removal); its id, or
    /// -1 with *error (Conflict: the catalogue measure is in the company's plan already).
    virtual qint64 insertPlanMeasure(const PlanMeasure &m, StorageError *error) = 0;
    /// Writes every field of the plan measure `m.id` (its company stays).
    virtual bool updatePlanMeasure(const PlanMeasure &m, StorageError *error) = 0;
    virtual bool deletePlanMeasure(qint64 id, StorageError *error) = 0;
};

/// Reading for scoring and validation, and writing imports, in bulk.
class BulkStore {
public:
    virtual ~BulkStore() = default;
    /// Everything the scoring engine needs, read in one scan of the answers. Without
    /// `withAnswers` only the structure (companies, departments, rounds, assessments) is read
    /// and every tally is left empty.
    virtual bool loadScoringData(WorkspaceData *out, StorageError *error, bool withAnswers = true) const = 0;
    /// Re-reads the tallies of one assessment (after an edit) into `out` (sized to the items).
    virtual bool loadAssessment(qint64 assessment, AssessmentData *out, StorageError *error) const = 0;
    /// What exists already, for validating an import against it.
    virtual bool importContext(io::ImportContext *out, StorageError *error) const = 0;

    struct WriteSummary {
        int answers = 0;
        int respondents = 0;
        QList<qint64> respondentIds; ///< in the batch's order (new or replaced)
    };
    /// Writes a validated batch: all of it or, on any failure, nothing.
    /// `progress` (optional) gets the share written so far; returning false cancels: nothing stays.
    virtual bool writeBatch(const io::AnswerBatch &batch, StorageError *error, WriteSummary *summary = nullptr,
                            const std::function<bool(double)> &progress = {}) = 0;
    /// Runs `steps` (several edits) as one transaction: all of them or, when one fails, none.
    virtual bool atomically(const std::function<bool(StorageError *)> &steps, StorageError *error) = 0;

    /// True when the benchmarks come from pooledBenchmarks() instead of from scoring what this
    /// connection reads: a team workspace whose login does not see every company in the pool
    /// (formats.md *Team workspace*), so that the peers cannot be scored here.
    virtual bool benchmarksFromServer() const { return false; }
    /// The benchmarks of `rounds` (ids) as the server computes them over the companies in the pool
    /// (scoring.md *Benchmark*), for the rounds this login may read; false with *error when the
    /// server cannot say. Without benchmarksFromServer() there are none (*out empty).
    virtual bool pooledBenchmarks(const QList<qint64> &rounds, QHash<qint64, BenchmarkResult> *out,
                                  StorageError *error) const
    {
        Q_UNUSED(rounds)
        Q_UNUSED(error)
        out->clear();
        return true;
    }
};

/// Workshop sessions while they run (formats.md *Workshop sessions*): one short transaction per
/// acknowledged vote, read back for recovery, removed when the session ends.
class WorkshopLogStore {
public:
    virtual ~WorkshopLogStore() = default;
    /// Writes a new session (its counters are ignored); its id, or -1 with *error.
    virtual qint64 beginWorkshop(const WorkshopRecord &session, StorageError *error) = 0;
    /// Who runs the session now (after a resume: another process, port or token).
    virtual bool setWorkshopOwner(qint64 session, const QString &host, qint64 pid, const QString &token, quint16 port,
                                  StorageError *error) = 0;
    /// Votes (a level, or a skip when `level` is empty) in one short transaction, in order; a new
    /// vote of a participant replaces its previous one for the item. Committed when this returns true.
    virtual bool recordWorkshopVotes(qint64 session, const QList<WorkshopVote> &votes, StorageError *error) = 0;
    /// Every session that has not ended, oldest first, with its counters.
    virtual bool workshopSessions(QList<WorkshopRecord> *out, StorageError *error) const = 0;
    virtual bool workshopVotes(qint64 session, WorkshopVotes *out, StorageError *error) const = 0;
    /// Replaces the first-round distributions of statements voted on again (WorkshopRecord::firstRounds).
    virtual bool setWorkshopFirstRounds(qint64 session, const QHash<int, QList<int>> &firstRounds,
                                        StorageError *error) = 0;
    /// Removes the session and its votes (inside atomically(): together with storing them).
    virtual bool deleteWorkshop(qint64 session, StorageError *error) = 0;
    /// How long a write waits for another connection's lock before it fails as Locked (ms).
    virtual void setBusyTimeout(int ms) = 0;
};

/// The document: where it is, its questionnaire and settings, copies and checks.
class Workspace : public StructureStore,
                  public AnswerStore,
                  public PlanStore,
                  public MappingStore,
                  public BulkStore,
                  public WorkshopLogStore {
public:
    enum class Mode { ReadOnly, ReadWrite };
    /// When the file's integrity check (it reads the whole file) runs.
    enum class Check {
        BeforeOpening,   ///< open() returns after it: a damaged file is refused there
        BesideFirstRead, ///< on a connection of its own while the caller reads; finishCheck() waits
        AfterFirstRead,  ///< started by startCheck(), once the caller has read what it shows first
    };

    /// `path` is a file path or a team workspace's postgresql:// URI (formats.md *Team workspace*).
    /// Opens an existing workspace. On failure returns nullptr, sets *error and leaves the file
    /// byte-for-byte as it was. With BesideFirstRead or AfterFirstRead the caller must call
    /// finishCheck() before trusting what it read; every write waits for the check and is
    /// refused (Corrupt) when it failed. A file that must be repaired or migrated first is
    /// always checked before opening.
    static std::unique_ptr<Workspace> open(const QString &path, Mode mode, StorageError *error,
                                           Check check = Check::BeforeOpening);
    /// Creates a new workspace with this questionnaire; refuses to overwrite an existing file.
    /// `fill`, when given, writes initial data before the file appears under its name.
    static std::unique_ptr<Workspace> create(const QString &path, const Questionnaire &questionnaire,
                                             StorageError *error, const io::AnswerBatch *fill = nullptr,
                                             const QHash<QString, double> *targets = nullptr);
    /// As create(), with `fill` writing the initial data: before the file appears under its name,
    /// or in the same transaction as the schema of a team workspace. A failing `fill` (false with
    /// *error) leaves nothing behind.
    static std::unique_ptr<Workspace> createFilled(const QString &path, const Questionnaire &questionnaire,
                                                   const std::function<bool(Workspace &, StorageError *)> &fill,
                                                   StorageError *error);

    ~Workspace() override = default;
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    const Questionnaire &questionnaire() const { return m_questionnaire; }
    virtual int schemaVersion() const = 0;

    /// Minimum respondents before reports show a department's numbers (scoring.md *Anonymity*).
    int anonymityThreshold() const { return m_anonymityThreshold; }
    virtual bool setAnonymityThreshold(int k, StorageError *error) = 0;
    /// Reads the settings again (another connection may have changed them).
    virtual bool reloadSettings(StorageError *error) = 0;

    /// Changes whenever another connection (another window, process or thread) committed a
    /// change since the last call; commits of this connection leave it as it is. -1 on failure.
    virtual qint64 dataVersion() const = 0;
    /// Rows read by queries of this connection so far (a measure of what an edit costs).
    qint64 rowsRead() const { return m_rowsRead; }
    /// Starts a check opened with Check::AfterFirstRead on a connection of its own (no-op
    /// otherwise or when it runs already).
    virtual void startCheck() = 0;
    /// True when finishCheck() would not wait (no check pending, or its result is in).
    virtual bool checkDone() const = 0;
    /// Waits for the integrity check of open() (starting it when it was left for later); false
    /// with *error (Corrupt, "… is damaged …") when the file is damaged, then and ever after.
    /// True at once when no check is pending.
    virtual bool finishCheck(StorageError *error) = 0;
    /// The backend's own integrity check ("ok" when healthy).
    virtual QString integrityCheck() const = 0;
    /// Writes a consistent copy of the live workspace (it may be open and in use) to `path`.
    virtual bool saveCopy(const QString &path, StorageError *error) const = 0;

protected:
    Workspace() = default;

    QString m_path;
    Questionnaire m_questionnaire;
    int m_anonymityThreshold = kMinGroupDefault;
    mutable qint64 m_rowsRead = 0;
};

/// True when `location` is a team workspace's postgresql:// address rather than a file path.
bool isTeamWorkspace(const QString &location);
/// A password the user typed for the team workspace at `location` (formats.md *Team workspace*):
/// every connection this process opens to that address uses it until it is set to empty. Held in
/// memory only, never written anywhere; the address itself never carries a password.
void setTeamPassword(const QString &location, const QString &password);

// Copying between workspaces (formats.md *Team workspace*, `sbradar-cli copy`): a laptop file into a
// team workspace on PostgreSQL and back, or file to file, through the roles above only
// (WorkspaceCopy.cpp), so it is the same for every pair of backends.

/// Copies the companies of `source` (all, or only `company` when not empty) with their
/// departments, rounds, respondents, answers, comments, planned measures and targets into the
/// workspace at `destination` (a file path or a postgresql:// URI).
/// A destination that does not exist is created with the source's questionnaire and anonymity
/// threshold; an existing one must have the same questionnaire items and none of the companies.
/// All or nothing: on any failure (*error set) the destination is as it was, a new one is not
/// created. Running workshop sessions are not copied.
bool copyWorkspace(const Workspace &source, const QString &destination, const QString &company, StorageError *error);

/// The same, opening `source` (file or URI) for reading first.
bool copyWorkspace(const QString &source, const QString &destination, const QString &company, StorageError *error);

// Who sees what in a team workspace (formats.md *Team workspace*, `sbradar-cli team`;
// PostgresTeam.cpp): one login per consultant, row-level security keyed on the login through a
// grants table. Each function connects to `uri` (a postgresql:// address; anything else is
// NotAWorkspace) as the login libpq picks, and is one transaction: all of it or nothing.

/// `team init`: creates the workspace when the database holds none, the owner role that owns every
/// table, the consultants' group, the grants table, forced row-level security on every table that
/// holds company data and the pooled benchmark; the login running it becomes a member of the owner
/// role (it sees every company). Needs a login that may create roles and owns the database (or a
/// superuser). Running it again changes nothing: *changes receives what was done, empty when
/// nothing had to be.
bool setUpTeamWorkspace(const QString &uri, QStringList *changes, StorageError *error);
/// `team grant`: gives `grant.login` (an existing login) `grant.role` on `grant.company` and makes it
/// a member of the consultants' group. Invalid (nothing changed) for an unknown login, company or
/// role. *previous receives the role it had before ("" when none).
bool grantTeamAccess(const QString &uri, const TeamGrant &grant, QString *previous, StorageError *error);
/// `team revoke`: takes the login's access to the company away. Invalid for an unknown login or
/// company; *previous receives the role it had ("" when it had none: nothing changed).
bool revokeTeamAccess(const QString &uri, const QString &login, const QString &company, QString *previous,
                      StorageError *error);
/// Every grant the connecting login may see (all of them for an administrator), by login and company.
bool teamGrants(const QString &uri, QList<TeamGrant> *out, StorageError *error);

} // namespace sbr::storage
