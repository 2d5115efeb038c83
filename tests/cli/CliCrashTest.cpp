// kill -9 at many moments of a large import: the workspace must still open, pass SQLite's
// integrity check and hold the import either whole or not at all.

#include "io/QuestionnaireJson.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace sbr;

namespace {

const QString kCli = QStringLiteral(SBRADAR_BIN_DIR "/sbradar-cli");

/// Answers of `people` respondents to every item, spread over departments and rounds.
QByteArray answersCsv(int people, const QString &company)
{
    const Questionnaire q = io::defaultQuestionnaire();
    const QList<const Item *> items = q.flatItems(); // pointers into q
    QByteArray csv = "company,department,round,date,respondent,item,level\n";
    csv.reserve(people * items.size() * 64);
    for (int p = 0; p < people; ++p) {
        const QByteArray prefix = company.toUtf8() + ",Abteilung " + QByteArray::number(p % 8) + ",2026-Q" +
                                  QByteArray::number(1 + p % 4) + ",2026-" +
                                  QByteArray::number(1 + 3 * (p % 4)).rightJustified(2, '0') + "-15,P" +
                                  QByteArray::number(p) + ",";
        for (int i = 0; i < items.size(); ++i)
            csv += prefix + items[i]->id.toUtf8() + "," + QByteArray::number((p + i) % 5) + "\n";
    }
    return csv;
}

void write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

int run(const QStringList &args)
{
    QProcess p;
    p.start(kCli, args);
    p.waitForFinished(120000);
    if (p.exitCode() != 0)
        std::cerr << p.readAllStandardError().toStdString();
    return p.exitCode();
}

/// Number of non-NULL answers in the workspace, after letting SQLite recover it.
qint64 answerCount(const QString &path, QString *integrity)
{
    storage::StorageError error;
    auto ws = storage::Workspace::open(path, storage::Workspace::Mode::ReadWrite, &error);
    if (!ws) {
        *integrity = error.message;
        return -1;
    }
    *integrity = ws->integrityCheck();
    WorkspaceData data;
    if (!ws->loadScoringData(&data, &error))
        return -1;
    qint64 n = 0;
    for (const CompanyData &c : data.companies)
        for (const AssessmentData &a : c.assessments)
            for (const ItemTally &t : a.items)
                n += t.n;
    return n;
}

} // namespace

TEST(CrashSafety, KillDuringImportLeavesWholeOrNothing)
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sbradar"));
    ASSERT_EQ(run({QStringLiteral("init"), base}), 0);
    write(dir.filePath(QStringLiteral("first.csv")), answersCsv(40, QStringLiteral("Erste GmbH")));
    ASSERT_EQ(run({QStringLiteral("import"), base, dir.filePath(QStringLiteral("first.csv"))}), 0);
    const int people = 8000; // 8,000 respondents x 31 items = 248,000 answers
    write(dir.filePath(QStringLiteral("big.csv")), answersCsv(people, QStringLiteral("Große Firma AG")));
    QString integrity;
    const qint64 before = answerCount(base, &integrity);
    const qint64 after = before + qint64(people) * io::defaultQuestionnaire().itemCount();
    ASSERT_GT(before, 0);

    // How long a whole import takes here, to spread the kills over all of it.
    const QString full = dir.filePath(QStringLiteral("full.sbradar"));
    ASSERT_TRUE(QFile::copy(base, full));
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(run({QStringLiteral("import"), full, dir.filePath(QStringLiteral("big.csv"))}), 0);
    const qint64 duration = timer.elapsed();
    EXPECT_EQ(answerCount(full, &integrity), after);

    // From here on the imports run with a tiny page cache: SQLite then writes pages into the
    // workspace during the import, and a kill leaves a half-changed file plus its journal.
    qputenv("SBRADAR_TEST_CACHE_PAGES", "20");
    timer.restart();
    const QString slow = dir.filePath(QStringLiteral("slow.sbradar"));
    ASSERT_TRUE(QFile::copy(base, slow));
    ASSERT_EQ(run({QStringLiteral("import"), slow, dir.filePath(QStringLiteral("big.csv"))}), 0);
    const qint64 slowDuration = timer.elapsed();
    EXPECT_EQ(answerCount(slow, &integrity), after);

    int whole = 0, nothing = 0, hotJournals = 0;
    for (int k = 1; k <= 12; ++k) {
        const QString ws = dir.filePath(QStringLiteral("kill%1.sbradar").arg(k));
        ASSERT_TRUE(QFile::copy(base, ws));
        QProcess p;
        p.start(kCli, {QStringLiteral("import"), ws, dir.filePath(QStringLiteral("big.csv"))});
        ASSERT_TRUE(p.waitForStarted());
        if (k % 2 == 1) {
            QThread::msleep(ulong(slowDuration * k / 13)); // spread over the whole import
        } else {
            // While it writes: as soon as the journal is there, plus a few ms more each time (on
            // a busy machine the reading before takes longer, so a fixed time may miss it).
            QElapsedTimer wait;
            wait.start();
            while (!QFile::exists(ws + QStringLiteral("-journal")) && wait.elapsed() < 4 * slowDuration)
                QThread::msleep(1);
            QThread::msleep(ulong(k * 2));
        }
        p.kill(); // SIGKILL
        p.waitForFinished();
        const bool journal = QFile::exists(ws + QStringLiteral("-journal"));
        hotJournals += journal ? 1 : 0;
        const qint64 count = answerCount(ws, &integrity);
        EXPECT_EQ(integrity, QStringLiteral("ok")) << "kill " << k;
        EXPECT_TRUE(count == before || count == after) << "kill " << k << ": " << count << " answers";
        (count == after ? whole : nothing) += 1;
        // After recovery no journal stays beside the file.
        EXPECT_FALSE(QFile::exists(ws + QStringLiteral("-journal"))) << "kill " << k;
    }
    qunsetenv("SBRADAR_TEST_CACHE_PAGES");
    // Half of the kills hit the import while it was writing: they must have left a journal to undo.
    EXPECT_GT(nothing, 0);
    EXPECT_GE(hotJournals, 6);
    std::cout << "[          ] import of " << (after - before) << " answers took " << duration << " ms ("
              << slowDuration << " ms with a tiny cache); " << nothing << " kills left nothing, " << whole
              << " the whole import; " << hotJournals << " left a journal to recover from\n";
}
