#pragma once
// The application layer: one open workspace with everything the front ends need. A
// WorkspaceSession is the only owner of the workspace's storage connection and its only writer
// in this process; the workbench, the command line and the voting server call its use-cases
// and read its scores, and never see storage. It keeps the scores of the whole workspace in
// memory, keyed by the workspace's ids, and current incrementally: an answer rescores its
// assessment, its company round and the benchmark values that depend on that round, nothing
// else. Every committed change is announced by a typed signal that says exactly what changed
// (SessionEvents.h), so that views touch only the rows it names.
//
// Lives in one thread (the one that created it). Errors come back as WorkspaceError in words
// a user can act on; nothing here shows a dialog.

#include "SessionEvents.h"
#include "domain/Plan.h"
#include "domain/Records.h"
#include "domain/WorkshopLog.h"
#include "domain/Workspace.h"
#include "domain/WorkspaceError.h"
#include "io/AnswerImport.h"
#include "scoring/Anonymity.h"
#include "scoring/Effect.h"
#include "scoring/Scoring.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sbr::storage {
class Workspace;
}

namespace sbr::session {

class WorkspaceSession : public QObject {
    Q_OBJECT
public:
    enum class Mode { ReadOnly, ReadWrite };
    /// When the file's integrity check (it reads the whole file) is done.
    enum class Check {
        BeforeReturning, ///< open() has checked the file: a damaged one is refused there
        AfterOpening,    ///< right after open() returns, in the background (a window shows the
                         ///< workspace meanwhile); a damaged file is announced by damaged()
    };

    /// Opens an existing workspace file (formats.md *Workspace*). On failure returns nullptr,
    /// sets *error (NotFound, NotAWorkspace, Foreign, Corrupt, NewerVersion, Locked, Io) and
    /// leaves the file byte-for-byte as it was. With Check::AfterOpening, every write waits
    /// for the check and a damaged file refuses all writes (Corrupt).
    static std::unique_ptr<WorkspaceSession> open(const QString &path, Mode mode, WorkspaceError *error,
                                                  Check check = Check::BeforeReturning);
    /// A team workspace (`uri`, formats.md *Team workspace*) with a password the user typed (the
    /// server asked for one: PasswordNeeded; refused it: PasswordWrong). The password is used by
    /// the connections of this process to `uri` (this session's, an import's, a workshop's) while
    /// this session is open, kept in memory only, and forgotten when it closes or opening fails.
    static std::unique_ptr<WorkspaceSession> openTeam(const QString &uri, Mode mode, const QString &password,
                                                      WorkspaceError *error, Check check = Check::BeforeReturning);
    /// True when `location` is a team workspace's postgresql:// address, not a file path.
    static bool isTeamLocation(const QString &location);
    /// Creates a new workspace with this questionnaire; refuses to overwrite a file (AlreadyExists).
    static std::unique_ptr<WorkspaceSession> create(const QString &path, const Questionnaire &questionnaire,
                                                    WorkspaceError *error);
    /// Use-case "demo": a new workspace with the built-in questionnaire and the deterministic demo
    /// data (core/demo). *summary, when given, receives what was written.
    struct DemoSummary {
        int companies = 0;
        int rounds = 0;
        int answers = 0;
    };
    static std::unique_ptr<WorkspaceSession> createDemo(const QString &path, WorkspaceError *error,
                                                        DemoSummary *summary = nullptr);

    /// A session for a large write from a worker thread (an import with progress): it reads only
    /// the structure and keeps no scores. The window's own session notices the write (see
    /// watchForOtherWriters) or is told with reload(); the WriteRecord undoes it there.
    static std::unique_ptr<WorkspaceSession> openForBulkWrite(const QString &path, WorkspaceError *error);
    /// Copies the companies of the workspace at `source` (all, or only `company` when not empty)
    /// into `destination`, creating it when it does not exist (formats.md *Team workspace*:
    /// `copy SRC DST [--company NAME]`). Either may be a file or a postgresql:// URI. All or
    /// nothing; Invalid when the company is not in `source`, Conflict when `destination` holds it
    /// already or uses another questionnaire.
    static bool copy(const QString &source, const QString &destination, const QString &company, WorkspaceError *error);

    // --- Who sees what in a team workspace (formats.md *Team workspace*; SessionTeam.cpp) ------
    // `uri` is a postgresql:// address (anything else: NotAWorkspace); each call is one transaction.
    /// `team init`: roles, grants table, forced row-level security, the pooled benchmark (and the
    /// workspace itself when the database holds none). *changes: what was done; empty when the
    /// workspace was set up already and nothing changed.
    static bool setUpTeam(const QString &uri, QStringList *changes, WorkspaceError *error);
    /// `team grant`: Invalid for an unknown login, company or role; *previous: the role before ("" none).
    static bool grantTeamAccess(const QString &uri, const TeamGrant &grant, QString *previous, WorkspaceError *error);
    /// `team revoke`: Invalid for an unknown login or company; *previous: the role it had ("" none).
    static bool revokeTeamAccess(const QString &uri, const QString &login, const QString &company, QString *previous,
                                 WorkspaceError *error);
    /// The grants the connecting login may see (every one for an administrator).
    static bool teamGrants(const QString &uri, QList<TeamGrant> *out, WorkspaceError *error);

    ~WorkspaceSession() override;
    WorkspaceSession(const WorkspaceSession &) = delete;
    WorkspaceSession &operator=(const WorkspaceSession &) = delete;

    QString path() const;
    bool isReadOnly() const { return m_readOnly; }
    const Questionnaire &questionnaire() const { return m_data.questionnaire; }

    // --- Scores (scoring.md), always current --------------------------------------------------
    /// Every company, round and department of the workspace, scored; results carry their ids.
    const ScoreReport &report() const { return m_report; }
    /// scoring.md *Anonymity* with the workspace's k, computed once per change of the scores or of
    /// k: what every output people read shows (dashboard, heatmap, trend, benchmark, presentation,
    /// PDF report, score exports), the same numbers as `score --json --anonymous`.
    const AnonymousReport &anonymousReport() const;
    /// The same in the shape of report() (shownScores): hidden values empty.
    const ScoreReport &shownReport() const;
    /// The anonymous view of one round, nullptr for an unknown id.
    const AnonymousRound *anonymousRound(qint64 round) const;
    /// The structure and per-assessment tallies the report was computed from.
    const WorkspaceData &data() const { return m_data; }
    /// A fresh report with other options (e.g. a target for every company); not kept.
    ScoreReport scoreWith(const ScoringOptions &options) const;
    const CompanyResult *companyResult(qint64 company) const;
    const RoundResult *roundResult(qint64 round) const;
    /// The result of one assessment (a department in a round), nullptr when there is none.
    const DepartmentResult *departmentResult(qint64 assessment) const;

    // --- Structure, from memory (no storage read) ---------------------------------------------
    QList<CompanyRow> companies() const;                    ///< by name, in the user's locale
    std::optional<CompanyRow> company(qint64 id) const;     ///< nullopt for an unknown id
    QList<DepartmentRow> departments(qint64 company) const; ///< by name
    QList<RoundRow> rounds(qint64 company) const;           ///< by date
    /// The assessment of a department in a round, 0 when there is none yet.
    qint64 assessmentId(qint64 round, qint64 department) const;
    /// What exists (companies, rounds with dates, departments, respondents' names), for
    /// validating an import or a workshop target against it; false with *error when it cannot
    /// be read.
    bool importContext(io::ImportContext *out, WorkspaceError *error) const;

    // --- One assessment's rows, read from storage (only that assessment's rows) ---------------
    bool respondents(qint64 assessment, QList<RespondentRow> *out, WorkspaceError *error) const;
    bool answers(qint64 assessment, QList<AnswerCell> *out, WorkspaceError *error) const;
    bool comments(qint64 assessment, QHash<int, QString> *out, WorkspaceError *error) const;
    /// The catalogue measures in the company's plan that are not dropped (the recommendations' tick).
    bool plannedMeasures(qint64 company, QSet<QString> *out, WorkspaceError *error) const;

    // --- Settings -------------------------------------------------------------------------------
    /// scoring.md *Anonymity*: the minimum group size k (3..50).
    int anonymityThreshold() const { return m_anonymityThreshold; }
    /// Announced as settingChanged(Setting::AnonymityThreshold). Invalid outside 3..50.
    bool setAnonymityThreshold(int k, WorkspaceError *error);

    // --- Edits: one transaction each, announced by the signals of SessionEvents.h --------------
    // Names (companies, departments, round labels, respondents) are stored in their normal form
    // (domain/Names.h); a name that differs from another of the same scope only in upper and
    // lower case is refused (Conflict, "did you mean …"), an empty one too (Invalid).
    /// The new row's id, or -1 with *error (Conflict: the name or date is already used).
    qint64 createCompany(const QString &name, double target, WorkspaceError *error);
    bool renameCompany(qint64 id, const QString &name, WorkspaceError *error);
    /// Target in score points 0..100 (scoring.md *Recommendations*).
    bool setTarget(qint64 company, double target, WorkspaceError *error);
    /// Puts the company into the benchmark pool or takes it out (scoring.md *Benchmark*: only
    /// companies in the pool are other companies' peers); every benchmark follows. NotFound for an
    /// unknown company, ReadOnly when this login may not change it (a team workspace).
    bool setInPool(qint64 company, bool inPool, WorkspaceError *error);
    qint64 createDepartment(qint64 company, const QString &name, WorkspaceError *error);
    bool renameDepartment(qint64 id, const QString &name, WorkspaceError *error);
    qint64 createRound(qint64 company, const QString &label, const QDate &date, WorkspaceError *error);
    bool updateRound(qint64 id, const QString &label, const QDate &date, WorkspaceError *error);
    /// The assessment of the department in the round, created when missing; -1 on failure.
    qint64 ensureAssessment(qint64 round, qint64 department, WorkspaceError *error);
    qint64 addRespondent(qint64 assessment, const QString &name, WorkspaceError *error);
    bool renameRespondent(qint64 assessment, qint64 respondent, const QString &name, WorkspaceError *error);
    /// Records a level (scale min..max), or not applicable when cell.level is empty.
    bool setAnswer(qint64 assessment, const AnswerCell &cell, WorkspaceError *error);
    /// Removes the answer: the respondent has not answered the item at all.
    bool clearAnswer(qint64 assessment, qint64 respondent, int item, WorkspaceError *error);
    /// An empty text removes the comment.
    bool setComment(qint64 assessment, int item, const QString &text, WorkspaceError *error);
    /// Puts the catalogue measure into the plan ("planned", horizon "now") or takes it out.
    bool setPlanned(qint64 company, const QString &measure, bool planned, WorkspaceError *error);
    /// The manager's conclusions on a round of a company, printed on the report's summary page:
    /// plain text, line breaks as '\n', at most kConclusionsMaxLength characters. `text` is kept
    /// with its ends trimmed; an empty one removes them. Unknown round: NotFound; too long: Invalid;
    /// nothing is written then. Announced as conclusionsChanged(round).
    bool setConclusions(qint64 round, const QString &text, WorkspaceError *error);
    /// The conclusions on a round, read from storage (empty when there are none).
    bool conclusions(qint64 round, QString *out, WorkspaceError *error) const;
    static constexpr int kConclusionsMaxLength = 5000;

    // --- The action plan (formats.md *Action plan*; SessionPlan.cpp) ---------------------------
    // Every change is announced as plannedMeasuresChanged(company). A plan measure is checked
    // before it is written (Invalid, nothing written): its company exists; a catalogue measure
    // exists in the questionnaire and is in the company's plan at most once (else Conflict); an
    // own measure has a title and at least one statement, all of the questionnaire; a done date
    // only with the status done. A measure set to done without a date is done today; owner,
    // title and note are trimmed.
    /// The plan measures of a company, by id (the order they were added).
    bool planMeasures(qint64 company, QList<PlanMeasure> *out, WorkspaceError *error) const;
    /// Adds `m` to the plan of `m.company`; with `m.id` > 0 it comes back under that id (the undo
    /// of removePlanMeasure). The new id, or -1 with *error.
    qint64 addPlanMeasure(const PlanMeasure &m, WorkspaceError *error);
    /// Writes every field of the plan measure `m.id` (which must exist; its company stays).
    bool updatePlanMeasure(const PlanMeasure &m, WorkspaceError *error);
    /// Removes a plan measure; *removed (when given) receives it as it was, for the undo.
    bool removePlanMeasure(qint64 id, PlanMeasure *removed, WorkspaceError *error);
    /// scoring.md *Effect of a measure* for a done measure (nullopt otherwise, or without a round
    /// on or before its done date and one after it). `anonymous`: from the anonymous view, as
    /// every output people read must (company values withheld there stay NULL).
    std::optional<MeasureEffect> planEffect(const PlanMeasure &m, bool anonymous = true) const;

    /// Deletes with everything that hangs on it; *removed receives it all for restore().
    bool deleteCompany(qint64 id, Snapshot *removed, WorkspaceError *error);
    bool deleteDepartment(qint64 id, Snapshot *removed, WorkspaceError *error);
    bool deleteRound(qint64 id, Snapshot *removed, WorkspaceError *error);
    bool deleteAssessment(qint64 id, Snapshot *removed, WorkspaceError *error);
    bool deleteRespondent(qint64 assessment, qint64 respondent, Snapshot *removed, WorkspaceError *error);
    /// Puts deleted rows back with their ids (the undo of a delete).
    bool restore(const Snapshot &snapshot, WorkspaceError *error);
    /// Respondents recorded in the assessments of a company, department or round (what deleting
    /// it would remove), for messages that say so before an undo removes them.
    int respondentsUnder(qint64 company, qint64 department, qint64 round) const;

    // --- Use-cases ------------------------------------------------------------------------------
    /// What an import or a workshop wrote, so that it can be undone exactly.
    struct WriteRecord {
        int answers = 0;
        QList<qint64> respondents;                                 ///< every respondent written (new or replaced)
        QList<qint64> newRespondents;                              ///< those that did not exist before
        QList<Snapshot> replacedBefore;                            ///< replaced respondents as they were before
        QList<qint64> companies, departments, rounds, assessments; ///< created by the write
    };
    /// Use-case "import answers" / "store workshop votes": writes a validated batch (io::AnswerImport)
    /// all or nothing. `progress` gets the share written (0..1); returning false cancels (Cancelled,
    /// nothing written). Announced as reloaded() with the scores recomputed.
    bool writeAnswers(const io::AnswerBatch &batch, WriteRecord *record, WorkspaceError *error,
                      const std::function<bool(double)> &progress = {});
    /// Takes back what writeAnswers wrote (newest first); *removed receives the rows for redo.
    bool undoWrite(const WriteRecord &record, QList<Snapshot> *removed, WorkspaceError *error);
    /// Writes again what undoWrite removed.
    bool redoWrite(const WriteRecord &record, const QList<Snapshot> &removed, WorkspaceError *error);

    // --- Workshop sessions while they run (formats.md *Workshop sessions*) ---------------------
    /// Writes a new session (domain/WorkshopLog.h); its id, or -1 with *error.
    qint64 beginWorkshop(const WorkshopRecord &record, WorkspaceError *error);
    /// Who runs the session now (a resumed session: this process, its port and token).
    bool setWorkshopOwner(qint64 session, const QString &host, qint64 pid, const QString &token, quint16 port,
                          WorkspaceError *error);
    /// Votes about to be acknowledged, in one short transaction (committed when this returns
    /// true). A busy workspace is waited for at most `waitMs` milliseconds, then the result is
    /// Locked and nothing is written (the voting page tries again). No signal: scores do not change.
    bool recordWorkshopVotes(qint64 session, const QList<WorkshopVote> &votes, WorkspaceError *error, int waitMs = 250);
    /// Sessions that have not ended (oldest first), with their counters.
    bool workshopSessions(QList<WorkshopRecord> *out, WorkspaceError *error) const;
    bool workshopVotes(qint64 session, WorkshopVotes *out, WorkspaceError *error) const;
    /// Use-case "end a workshop": writes `batch` (like writeAnswers) and removes the session, in
    /// one transaction. While another program holds the workspace it tries again for up to
    /// `patienceMs` milliseconds; `waiting(waitedMs, patienceMs)` is called between tries and may
    /// cancel by returning false. On failure nothing is written and the session stays.
    bool finishWorkshop(qint64 session, const io::AnswerBatch &batch, WriteRecord *record, WorkspaceError *error,
                        int patienceMs = 60000, const std::function<bool(int, int)> &waiting = {});
    /// A statement is voted on again: keeps the first rounds' distributions (WorkshopRecord::firstRounds)
    /// for the slides of a resumed session. The stored answers are always the final votes.
    bool setWorkshopFirstRounds(qint64 session, const QHash<int, QList<int>> &firstRounds, WorkspaceError *error);
    /// Removes the session and its votes without storing them.
    bool discardWorkshop(qint64 session, WorkspaceError *error);

    /// Writes a consistent copy of the live workspace to `path` (written beside it, then renamed).
    bool saveCopy(const QString &path, WorkspaceError *error) const;
    /// SQLite's integrity check ("ok" when healthy).
    QString integrityCheck() const;

    // --- Other writers ----------------------------------------------------------------------------
    /// Polls the workspace every `ms` milliseconds for commits of other connections (another
    /// window, the command line) and reloads when there were some; 0 stops polling.
    void watchForOtherWriters(int ms);
    /// Checks once; returns true when another connection changed the workspace (then reloaded).
    bool checkForOtherWriters();
    /// Re-reads everything and announces reloaded().
    bool reload(WorkspaceError *error);

    /// Rows read from storage since the session opened (for tests of what an edit costs).
    qint64 storageRowsRead() const;

signals:
    void answersChanged(qint64 assessment, const QList<sbr::AnswerState> &answers);
    void commentChanged(qint64 assessment, int item);
    void respondentsAdded(qint64 assessment, const QList<qint64> &respondents);
    void respondentsRemoved(qint64 assessment, const QList<qint64> &respondents);
    void respondentRenamed(qint64 assessment, qint64 respondent);
    /// Companies were added, renamed, deleted or got another target.
    void companiesChanged();
    /// Departments or rounds of this company were added, renamed, re-dated or deleted.
    void structureChanged(qint64 company);
    /// The company's action plan changed (a measure added, edited, moved or removed).
    void plannedMeasuresChanged(qint64 company);
    void conclusionsChanged(qint64 round);
    void settingChanged(sbr::session::Setting setting);
    /// Scores changed; `change` names which (ScoreChange::all after a structure change).
    void scoresChanged(const sbr::session::ScoreChange &change);
    /// Everything may have changed (an import, a restore, another writer): views re-read.
    void reloaded();
    /// The integrity check of Check::AfterOpening found the file damaged (Corrupt, with
    /// SQLite's report); the session refuses every write from now on.
    void damaged(const sbr::WorkspaceError &error);

public:
    // --- Kept mapping profiles (SessionMappings.cpp; the use-cases are in MappingProfiles.h) ---
    /// A mapping profile as the workspace keeps it (formats.md *Survey exports with a mapping
    /// profile*): its name, its JSON and when it was saved (ISO date and time, UTC).
    struct KeptMapping {
        QString name;
        QByteArray json;
        QString saved;
    };
    /// The kept profiles, newest first, read on the session's own connection.
    bool keptMappings(QList<KeptMapping> *out, WorkspaceError *error) const;
    /// Keeps the profile under `name` (replacing one of that name); ReadOnly for a read-only session.
    bool keepMapping(const QString &name, const QByteArray &json, WorkspaceError *error);

private:
    enum class NameScope { Companies, Departments, Rounds, Respondents };
    /// (id, name) of the companies, of one company's departments or rounds, or of one
    /// assessment's respondents (parent = company or assessment id).
    QList<QPair<qint64, QString>> namesInScope(NameScope scope, qint64 parent) const;
    qint64 companyOfDepartment(qint64 department) const;
    qint64 companyOfRound(qint64 round) const;
    explicit WorkspaceSession(std::unique_ptr<storage::Workspace> workspace, bool readOnly);
    bool loadAll(WorkspaceError *error);
    void rescoreAll();
    /// A team workspace whose login sees only some companies: the benchmarks of `rounds` (ids) in
    /// `report` as the server computes them over the pool (the peers are not readable here). On
    /// failure they are left empty, never computed from the few companies this login sees, and
    /// m_benchmarkError says why.
    void applyServerBenchmarks(ScoreReport &report, const QList<qint64> &rounds);
    WorkspaceError m_benchmarkError;
    void rescoreAssessment(qint64 assessment);
    void structureEdited(qint64 company);
    void rememberVersion();
    bool writable(WorkspaceError *error) const;
    /// writeAnswers, with `alsoInTransaction` (when given) run in the same transaction.
    bool writeAnswersWith(const io::AnswerBatch &batch, WriteRecord *record, WorkspaceError *error,
                          const std::function<bool(double)> &progress,
                          const std::function<bool(WorkspaceError *)> &alsoInTransaction);
    /// Respondents under what `record` created that the record did not write itself.
    int recordedSince(const WriteRecord &record) const;
    void index();
    /// `m` as it will be stored, or false with *error (see the action plan's rules above).
    bool checkPlanMeasure(PlanMeasure *m, WorkspaceError *error) const;

    std::unique_ptr<storage::Workspace> m_workspace;
    QString m_passwordFor; ///< the team address whose typed password this session forgets when it closes
    bool m_readOnly = false;
    bool m_scoring = true; ///< false: structure only, no answers read, no scores (openForBulkWrite)
    int m_anonymityThreshold = 5;
    WorkspaceData m_data;
    ScoreReport m_report;
    /// The anonymous view of m_report, made on first use after a change (invalidateShown()).
    struct Shown {
        AnonymousReport anonymous;
        ScoreReport scores;
    };
    mutable std::optional<Shown> m_shown;
    void invalidateShown() { m_shown.reset(); }
    /// Makes the anonymous view of company `company` (index into m_report) again, and the
    /// benchmark of `benchmarkRounds` (ids, any company), if the view exists.
    void refreshShown(int company, const QList<qint64> &benchmarkRounds);
    const Shown &shown() const;
    QHash<qint64, QPair<int, int>> m_roundAt;            ///< round id -> (company, round) in m_report
    QHash<qint64, QPair<int, int>> m_assessmentAt;       ///< assessment id -> (company, round) in m_report
    QHash<qint64, int> m_companyAt;                      ///< company id -> index in m_report
    QHash<QPair<qint64, qint64>, qint64> m_assessmentOf; ///< (round, department) -> assessment
    qint64 m_dataVersion = -1;
    QTimer m_watch;
    QTimer m_checkWatch; ///< polls the integrity check of Check::AfterOpening
};

} // namespace sbr::session
