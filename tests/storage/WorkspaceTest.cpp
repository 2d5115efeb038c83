// Opening, creating and refusing workspace files through the storage API.

#include "storage/Workspace.h"
#include "io/QuestionnaireJson.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::storage;
using K = StorageError::Kind;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QStringList entries(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

class WorkspaceFiles : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString path(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
    QString makeWorkspace(const char *name)
    {
        StorageError error;
        auto ws = Workspace::create(path(name), io::defaultQuestionnaire(), &error);
        EXPECT_TRUE(ws) << qPrintable(error.message);
        return path(name);
    }
    void write(const QString &p, const QByteArray &bytes)
    {
        QFile f(p);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    /// Opening must fail with `kind`, leave the file as it was and add no file beside it.
    void expectRefused(const QString &p, K kind, const QString &words)
    {
        const QByteArray before = QFile::exists(p) ? digest(p) : QByteArray();
        const QStringList filesBefore = entries(dir);
        StorageError error;
        EXPECT_FALSE(Workspace::open(p, Workspace::Mode::ReadWrite, &error));
        EXPECT_EQ(int(error.kind), int(kind)) << qPrintable(error.message);
        EXPECT_TRUE(error.message.contains(words)) << qPrintable(error.message);
        if (!before.isEmpty()) {
            EXPECT_EQ(digest(p), before);
        }
        EXPECT_EQ(entries(dir), filesBefore);
    }
};

} // namespace

TEST_F(WorkspaceFiles, CreateThenOpen)
{
    const QString p = makeWorkspace("a.sbradar");
    StorageError error;
    auto ws = Workspace::open(p, Workspace::Mode::ReadOnly, &error);
    ASSERT_TRUE(ws) << qPrintable(error.message);
    EXPECT_EQ(ws->schemaVersion(), currentSchemaVersion());
    EXPECT_EQ(ws->questionnaire(), io::defaultQuestionnaire());
    EXPECT_EQ(ws->anonymityThreshold(), 5); // scoring.md *Anonymity*: the default k
    EXPECT_EQ(ws->integrityCheck(), QStringLiteral("ok"));
    EXPECT_EQ(entries(dir), QStringList{QStringLiteral("a.sbradar")}); // no temporary file left
}

TEST_F(WorkspaceFiles, CreateRefusesToOverwrite)
{
    write(path("taken.sbradar"), "precious");
    StorageError error;
    EXPECT_FALSE(Workspace::create(path("taken.sbradar"), io::defaultQuestionnaire(), &error));
    EXPECT_EQ(error.kind, K::AlreadyExists);
    QFile f(path("taken.sbradar"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("precious"));
}

TEST_F(WorkspaceFiles, SettingsPersist)
{
    const QString p = makeWorkspace("s.sbradar");
    {
        StorageError error;
        auto ws = Workspace::open(p, Workspace::Mode::ReadWrite, &error);
        ASSERT_TRUE(ws->setAnonymityThreshold(7, &error));
    }
    StorageError error;
    EXPECT_EQ(Workspace::open(p, Workspace::Mode::ReadOnly, &error)->anonymityThreshold(), 7);
}

// A workspace that never stored a threshold (written before the setting existed) gets k = 5, and a
// damaged value never lowers it below 3.
TEST_F(WorkspaceFiles, ThresholdDefaultsToFiveAndIsClamped)
{
    const QString p = makeWorkspace("old.sbradar");
    const auto setRaw = [&](const QString &sql) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(p);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << qPrintable(q.lastError().text());
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    };
    setRaw(QStringLiteral("DELETE FROM settings WHERE key = 'anonymity_threshold'"));
    StorageError error;
    EXPECT_EQ(Workspace::open(p, Workspace::Mode::ReadOnly, &error)->anonymityThreshold(), 5);
    setRaw(QStringLiteral("INSERT INTO settings(key, value) VALUES ('anonymity_threshold', '1')"));
    EXPECT_EQ(Workspace::open(p, Workspace::Mode::ReadOnly, &error)->anonymityThreshold(), 3);
}

TEST_F(WorkspaceFiles, RefusesMissingEmptyAndForeignFiles)
{
    expectRefused(path("missing.sbradar"), K::NotFound, QStringLiteral("There is no workspace"));
    EXPECT_FALSE(QFile::exists(path("missing.sbradar")));
    write(path("empty.sbradar"), {});
    expectRefused(path("empty.sbradar"), K::NotAWorkspace, QStringLiteral("is empty"));
    write(path("text.sbradar"), "company,department\n");
    expectRefused(path("text.sbradar"), K::NotAWorkspace, QStringLiteral("not a Social Business Radar workspace"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path("foreign.db"));
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t(a)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    expectRefused(path("foreign.db"), K::Foreign, QStringLiteral("another program"));
}

TEST_F(WorkspaceFiles, RefusesNewerTruncatedAndCorruptFiles)
{
    const QString p = makeWorkspace("w.sbradar");
    QFile f(p);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    f.close();

    QByteArray newer = good;
    newer[63] = char(99); // user_version (big-endian at offset 60) = 99
    write(path("newer.sbradar"), newer);
    expectRefused(path("newer.sbradar"), K::NewerVersion, QStringLiteral("newer version"));

    write(path("cut.sbradar"), good.left(good.size() / 2));
    expectRefused(path("cut.sbradar"), K::Corrupt, QStringLiteral("damaged"));

    // Overwrite every page after the first with garbage but keep the header intact.
    QByteArray corrupt = good;
    for (qsizetype i = 4096; i < corrupt.size(); ++i)
        corrupt[i] = char((i * 131) & 0xff);
    write(path("corrupt.sbradar"), corrupt);
    expectRefused(path("corrupt.sbradar"), K::Corrupt, QStringLiteral("damaged"));
}

namespace {

/// Runs SQL on a workspace file behind the program's back (foreign keys are not enforced on this
/// connection), as another tool or a damaged disk might leave it.
void tamper(const QString &p, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(p);
        ASSERT_TRUE(db.open());
        for (const QString &sql : statements)
            ASSERT_TRUE(QSqlQuery(db).exec(sql)) << qPrintable(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

// Found by fuzz_workspace_open: a row that refers to a missing one ended the program with an
// uncaught exception while the scores were read. The smallest such file: one assessment whose
// department does not exist.
TEST_F(WorkspaceFiles, ARowReferringToAMissingOneIsDamagedNotACrash)
{
    const QString p = makeWorkspace("dangling.sbradar");
    tamper(p, {QStringLiteral("INSERT INTO companies(id, name) VALUES (1, 'Muster GmbH')"),
               QStringLiteral("INSERT INTO rounds(id, company_id, label, date) VALUES (1, 1, '2026-Q1', '2026-03-15')"),
               QStringLiteral("INSERT INTO assessments(id, round_id, department_id) VALUES (1, 1, 7)")});
    StorageError error;
    auto ws = Workspace::open(p, Workspace::Mode::ReadOnly, &error);
    ASSERT_TRUE(ws) << qPrintable(error.message);
    WorkspaceData data;
    EXPECT_FALSE(ws->loadScoringData(&data, &error));
    EXPECT_EQ(int(error.kind), int(K::Corrupt));
    EXPECT_TRUE(error.message.contains(QStringLiteral("does not exist"))) << qPrintable(error.message);
}

// An id far beyond what SQLite hands out (2^40) is read like any other: the direct lookup table of
// the scoring scan must not grow to it (that ended the program for lack of memory).
TEST_F(WorkspaceFiles, AFarAssessmentIdIsReadLikeOthers)
{
    const QString p = makeWorkspace("ids.sbradar");
    tamper(p, {QStringLiteral("INSERT INTO companies(id, name) VALUES (1, 'Muster GmbH')"),
               QStringLiteral("INSERT INTO departments(id, company_id, name) VALUES (1, 1, 'Marketing')"),
               QStringLiteral("INSERT INTO rounds(id, company_id, label, date) VALUES (1, 1, '2026-Q1', '2026-03-15')"),
               QStringLiteral("INSERT INTO assessments(id, round_id, department_id) VALUES (1099511627776, 1, 1)"),
               QStringLiteral("INSERT INTO respondents(id, assessment_id, name) VALUES (1, 1099511627776, 'A')"),
               QStringLiteral("INSERT INTO answers(assessment_id, respondent_id, item_id, level) "
                              "VALUES (1099511627776, 1, (SELECT min(id) FROM items), 4)")});
    StorageError error;
    auto ws = Workspace::open(p, Workspace::Mode::ReadOnly, &error);
    ASSERT_TRUE(ws) << qPrintable(error.message);
    WorkspaceData data;
    ASSERT_TRUE(ws->loadScoringData(&data, &error)) << qPrintable(error.message);
    ASSERT_EQ(data.companies.size(), 1u);
    ASSERT_EQ(data.companies[0].assessments.size(), 1u);
    const AssessmentData &a = data.companies[0].assessments[0];
    EXPECT_EQ(a.respondents, 1);
    qint64 answers = 0, sum = 0;
    for (const ItemTally &t : a.items) {
        answers += t.n;
        sum += t.sum;
    }
    EXPECT_EQ(answers, 1);
    EXPECT_EQ(sum, 4);
}
