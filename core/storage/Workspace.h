#pragma once
// One open workspace file: the user's document. Opens only files that are ours and intact,
// migrates older ones forward, and does every write in one transaction. Owns its database
// connection; not shared between threads (open a second Workspace on the same path instead).

#include "StorageError.h"
#include "domain/Workspace.h"
#include "io/AnswerImport.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

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

    /// Everything the scoring engine needs, read in one scan of the answers.
    bool loadScoringData(WorkspaceData *out, StorageError *error) const;
    /// What exists already, for validating an import against it.
    bool importContext(io::ImportContext *out, StorageError *error) const;

    struct WriteSummary {
        int answers = 0;
        int respondents = 0;
    };
    /// Writes a validated batch: all of it or, on any failure, nothing.
    bool writeBatch(const io::AnswerBatch &batch, StorageError *error, WriteSummary *summary = nullptr);

    /// SQLite's own integrity check ("ok" when healthy).
    QString integrityCheck() const;

private:
    Workspace() = default;
    bool initialize(Mode mode, StorageError *error);
    bool migrate(StorageError *error);
    bool loadQuestionnaire(StorageError *error);
    StorageError sqlError(const QSqlError &e, const QString &what) const;

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    Questionnaire m_questionnaire;
    int m_anonymityThreshold = 3;
};

} // namespace sbr::storage
