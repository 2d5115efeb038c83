#pragma once
// One open workspace file: the user's document. Opens only files that are ours and intact,
// migrates older ones forward, and does every write in one transaction. Owns its database
// connection; not shared between threads (open a second Workspace on the same path instead).

#include "ChangeNotifier.h"
#include "Entities.h"
#include "StorageError.h"
#include "domain/Workspace.h"
#include "io/AnswerImport.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlQuery;

namespace sbr::storage {

/// Looks at the file's header without letting SQLite touch it: empty, not SQLite, another
/// program's database, newer format, truncated. Returns Kind::None for a plausible workspace.
StorageError inspectWorkspaceFile(const QString &path);

class Workspace {
public:
    enum class Mode { ReadOnly, ReadWrite };

    /// Opens an existing workspace. On failure returns nullptr, sets *error and leaves the file
    /// byte-for-byte as it was.
    static std::unique_ptr<Workspace> open(const QString &path, Mode mode, StorageError *error);
    /// Creates a new workspace with this questionnaire; refuses to overwrite an existing file.
    /// `fill`, when given, writes initial data before the file appears under its name.
    static std::unique_ptr<Workspace> create(const QString &path, const Questionnaire &questionnaire,
                                             StorageError *error, const io::AnswerBatch *fill = nullptr,
                                             const QHash<QString, double> *targets = nullptr);

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    const Questionnaire &questionnaire() const { return m_questionnaire; }
    int schemaVersion() const;

    /// Minimum respondents before reports show a department's numbers (default 3).
    int anonymityThreshold() const { return m_anonymityThreshold; }
    bool setAnonymityThreshold(int k, StorageError *error);
    bool setCompanyTarget(const QString &company, double target, StorageError *error);

    /// Everything the scoring engine needs, read in one scan of the answers. Without
    /// `withAnswers` only the structure (companies, departments, rounds, assessments) is read
    /// and every tally is left empty.
    bool loadScoringData(WorkspaceData *out, StorageError *error, bool withAnswers = true) const;
    /// Re-reads the tallies of one assessment (after an edit) into `out` (sized to the items).
    bool loadAssessment(qint64 assessment, AssessmentData *out, StorageError *error) const;
    /// What exists already, for validating an import against it.
    bool importContext(io::ImportContext *out, StorageError *error) const;

    struct WriteSummary {
        int answers = 0;
        int respondents = 0;
        QList<qint64> respondentIds; ///< in the batch's order (new or replaced)
    };
    /// Writes a validated batch: all of it or, on any failure, nothing.
    /// `progress` (optional) gets the share written so far; returning false cancels: nothing stays.
    bool writeBatch(const io::AnswerBatch &batch, StorageError *error, WriteSummary *summary = nullptr,
                    const std::function<bool(double)> &progress = {});

    /// Changes whenever another connection (another window, process or thread) committed a
    /// change since the last call; commits of this connection leave it as it is. -1 on failure.
    qint64 dataVersion() const;
    /// Rows read by queries of this connection so far (a measure of what an edit costs).
    qint64 rowsRead() const { return m_rowsRead; }
    /// Respondents recorded in the assessments of a company, and/or a department, and/or a
    /// round (0 = any), or -1 on failure.
    int respondentCount(qint64 company, qint64 department, qint64 round, StorageError *error) const;
    /// A respondent with its answers as they are now, for putting them back later (restore()).
    bool snapshotRespondent(qint64 id, Snapshot *out, StorageError *error) const;

    /// Runs `steps` (several edits) as one transaction: all of them or, when one fails, none.
    bool atomically(const std::function<bool(StorageError *)> &steps, StorageError *error);

    /// SQLite's own integrity check ("ok" when healthy).
    QString integrityCheck() const;
    /// Writes a consistent copy of the live file (it may be open and in use) to `path`.
    bool saveCopy(const QString &path, StorageError *error) const;

    /// Announces every committed change (see ChangeNotifier).
    ChangeNotifier *notifier() const { return m_notifier.get(); }

    // --- Reading for the workbench (WorkspaceQueries.cpp) ------------------------------------
    bool companies(QList<CompanyRow> *out, StorageError *error) const;
    bool departments(qint64 company, QList<DepartmentRow> *out, StorageError *error) const; ///< by name
    bool rounds(qint64 company, QList<RoundRow> *out, StorageError *error) const;           ///< by date
    /// The assessment of a department in a round, 0 when there is none.
    qint64 assessmentId(qint64 round, qint64 department) const;
    bool respondents(qint64 assessment, QList<RespondentRow> *out, StorageError *error) const;
    bool answers(qint64 assessment, QList<AnswerCell> *out, StorageError *error) const;
    bool comments(qint64 assessment, QHash<int, QString> *out, StorageError *error) const;
    bool plannedMeasures(qint64 company, QSet<QString> *out, StorageError *error) const;

    // --- Editing (WorkspaceEdits.cpp): one transaction each, announced by notifier() ----------
    /// The id of the new row, or -1 (with *error set: a name or date already used, …).
    qint64 createCompany(const QString &name, double target, StorageError *error);
    bool renameCompany(qint64 id, const QString &name, StorageError *error);
    qint64 createDepartment(qint64 company, const QString &name, StorageError *error);
    bool renameDepartment(qint64 id, const QString &name, StorageError *error);
    qint64 createRound(qint64 company, const QString &label, const QDate &date, StorageError *error);
    bool updateRound(qint64 id, const QString &label, const QDate &date, StorageError *error);
    qint64 ensureAssessment(qint64 round, qint64 department, StorageError *error);
    qint64 addRespondent(qint64 assessment, const QString &name, StorageError *error);
    bool renameRespondent(qint64 id, const QString &name, StorageError *error);
    /// Records a level, or not applicable when cell.level is empty.
    bool setAnswer(qint64 assessment, const AnswerCell &cell, StorageError *error);
    /// Removes the answer: the respondent has not answered the item at all.
    bool clearAnswer(qint64 assessment, qint64 respondent, int item, StorageError *error);
    /// An empty text removes the comment.
    bool setComment(qint64 assessment, int item, const QString &text, StorageError *error);
    bool setPlanned(qint64 company, const QString &measure, bool planned, StorageError *error);
    bool setTarget(qint64 company, double target, StorageError *error);

    /// Deletes with everything that hangs on it; *removed receives it all for restore().
    bool deleteCompany(qint64 id, Snapshot *removed, StorageError *error);
    bool deleteDepartment(qint64 id, Snapshot *removed, StorageError *error);
    bool deleteRound(qint64 id, Snapshot *removed, StorageError *error);
    bool deleteRespondent(qint64 id, Snapshot *removed, StorageError *error);
    bool deleteAssessment(qint64 id, Snapshot *removed, StorageError *error);
    /// Puts deleted rows back with their ids (the undo of a delete).
    bool restore(const Snapshot &snapshot, StorageError *error);

private:
    Workspace() = default;
    bool initialize(Mode mode, StorageError *error);
    bool migrate(StorageError *error);
    bool loadQuestionnaire(StorageError *error);
    StorageError sqlError(const QSqlError &e, const QString &what) const;
    /// One statement in its own transaction: the new row's id for an INSERT, the value of an
    /// UPDATE … RETURNING, 0 otherwise; -1 with *error on failure.
    qint64 writeOne(const QString &sql, const QVariantList &values, const QString &what, StorageError *error);
    /// Runs one statement with bound values; on failure sets *error and returns false.
    bool run(QSqlQuery &q, const QString &sql, const QVariantList &values, StorageError *error,
             const QString &what) const;
    /// Reads the rows each (table, WHERE clause with ?1 = id) selects, for an undoable delete.
    bool takeSnapshot(const QList<QPair<QString, QString>> &selects, qint64 id, Snapshot *out,
                      StorageError *error) const;
    bool deleteWithSnapshot(const QString &table, const QList<QPair<QString, QString>> &selects, qint64 id,
                            Snapshot *removed, StorageError *error, const QString &what);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    Questionnaire m_questionnaire;
    int m_anonymityThreshold = 3;
    std::unique_ptr<ChangeNotifier> m_notifier = std::make_unique<ChangeNotifier>();
    mutable qint64 m_rowsRead = 0;
};

} // namespace sbr::storage
