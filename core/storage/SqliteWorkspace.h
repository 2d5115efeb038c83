#pragma once
// The workspace as one SQLite file (formats.md *Workspace*): the backend of every Workspace
// role. Private to the storage layer: its connection (QSqlDatabase) never leaves it. Its queries
// are standard SQL, so the team workspace (PostgresWorkspace.h) derives from it and replaces only
// the document functions (opening, versions, checks, copies) and the error texts.

#include "Workspace.h"

#include <QSqlDatabase>

#include <future>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace sbr::storage {

class SqliteWorkspace : public Workspace {
public:
    ~SqliteWorkspace() override;

    bool companies(QList<CompanyRow> *out, StorageError *error) const override;
    bool departments(qint64 company, QList<DepartmentRow> *out, StorageError *error) const override;
    bool rounds(qint64 company, QList<RoundRow> *out, StorageError *error) const override;
    qint64 assessmentId(qint64 round, qint64 department) const override;
    qint64 createCompany(const QString &name, double target, StorageError *error) override;
    bool renameCompany(qint64 id, const QString &name, StorageError *error) override;
    bool setTarget(qint64 company, double target, StorageError *error) override;
    bool setCompanyTarget(const QString &company, double target, StorageError *error) override;
    bool setInPool(qint64 company, bool inPool, StorageError *error) override;
    qint64 createDepartment(qint64 company, const QString &name, StorageError *error) override;
    bool renameDepartment(qint64 id, const QString &name, StorageError *error) override;
    qint64 createRound(qint64 company, const QString &label, const QDate &date, StorageError *error) override;
    bool updateRound(qint64 id, const QString &label, const QDate &date, StorageError *error) override;
    qint64 ensureAssessment(qint64 round, qint64 department, StorageError *error) override;
    bool deleteCompany(qint64 id, Snapshot *removed, StorageError *error) override;
    bool deleteDepartment(qint64 id, Snapshot *removed, StorageError *error) override;
    bool deleteRound(qint64 id, Snapshot *removed, StorageError *error) override;
    bool deleteAssessment(qint64 id, Snapshot *removed, StorageError *error) override;
    bool respondents(qint64 assessment, QList<RespondentRow> *out, StorageError *error) const override;
    bool answers(qint64 assessment, QList<AnswerCell> *out, StorageError *error) const override;
    bool comments(qint64 assessment, QHash<int, QString> *out, StorageError *error) const override;
    int respondentCount(qint64 company, qint64 department, qint64 round, StorageError *error) const override;
    qint64 addRespondent(qint64 assessment, const QString &name, StorageError *error) override;
    bool renameRespondent(qint64 id, const QString &name, StorageError *error) override;
    bool setAnswer(qint64 assessment, const AnswerCell &cell, StorageError *error) override;
    bool clearAnswer(qint64 assessment, qint64 respondent, int item, StorageError *error) override;
    bool setComment(qint64 assessment, int item, const QString &text, StorageError *error) override;
    bool mappingProfiles(QList<StoredMapping> *out, StorageError *error) const override;
    bool keepMappingProfile(const QString &name, const QByteArray &json, StorageError *error) override;
    bool conclusions(qint64 round, QString *out, StorageError *error) const override;
    bool setConclusions(qint64 round, const QString &text, StorageError *error) override;
    bool planMeasures(qint64 company, QList<PlanMeasure> *out, StorageError *error) const override;
    qint64 insertPlanMeasure(const PlanMeasure &m, StorageError *error) override;
    bool updatePlanMeasure(const PlanMeasure &m, StorageError *error) override;
    bool deletePlanMeasure(qint64 id, StorageError *error) override;
    bool deleteRespondent(qint64 id, Snapshot *removed, StorageError *error) override;
    bool snapshotRespondent(qint64 id, Snapshot *out, StorageError *error) const override;
    bool restore(const Snapshot &snapshot, StorageError *error) override;
    bool loadScoringData(WorkspaceData *out, StorageError *error, bool withAnswers = true) const override;
    bool loadAssessment(qint64 assessment, AssessmentData *out, StorageError *error) const override;
    bool importContext(io::ImportContext *out, StorageError *error) const override;
    bool writeBatch(const io::AnswerBatch &batch, StorageError *error, WriteSummary *summary = nullptr,
                    const std::function<bool(double)> &progress = {}) override;
    bool atomically(const std::function<bool(StorageError *)> &steps, StorageError *error) override;
    qint64 beginWorkshop(const WorkshopRecord &session, StorageError *error) override;
    bool setWorkshopOwner(qint64 session, const QString &host, qint64 pid, const QString &token, quint16 port,
                          StorageError *error) override;
    bool recordWorkshopVotes(qint64 session, const QList<WorkshopVote> &votes, StorageError *error) override;
    bool workshopSessions(QList<WorkshopRecord> *out, StorageError *error) const override;
    bool workshopVotes(qint64 session, WorkshopVotes *out, StorageError *error) const override;
    bool setWorkshopFirstRounds(qint64 session, const QHash<int, QList<int>> &firstRounds,
                                StorageError *error) override;
    bool deleteWorkshop(qint64 session, StorageError *error) override;
    void setBusyTimeout(int ms) override;
    int schemaVersion() const override;
    bool setAnonymityThreshold(int k, StorageError *error) override;
    bool reloadSettings(StorageError *error) override;
    qint64 dataVersion() const override;
    QString integrityCheck() const override;
    void startCheck() override;
    bool checkDone() const override;
    bool finishCheck(StorageError *error) override;
    bool saveCopy(const QString &path, StorageError *error) const override;

protected:
    friend class Workspace; // open() and create() build it
    SqliteWorkspace() = default;
    bool initialize(Mode mode, Check check, StorageError *error);
    StorageError damaged(const QString &report) const;
    bool migrate(StorageError *error);
    bool loadQuestionnaire(StorageError *error);
    virtual StorageError sqlError(const QSqlError &e, const QString &what) const;
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

    QString m_connection;
    QSqlDatabase m_db;
    std::future<QString> m_check;          ///< PRAGMA quick_check running on its own connection
    bool m_checkLater = false;             ///< opened with Check::AfterFirstRead, not started yet
    std::optional<StorageError> m_damaged; ///< what the check found, refusing every write
};

} // namespace sbr::storage
