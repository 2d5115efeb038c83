// Opening a workspace as the workbench does: a large workspace is read in two halves at once and
// every answer still lands in its own assessment; the integrity check may follow the first read,
// and a damaged file is then announced and refuses every write.

#include "SessionTestSupport.h"

#include "io/AnswerImport.h"
#include "io/QuestionnaireJson.h"
#include "storage/Workspace.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sbr;
using session::WorkspaceSession;

namespace {

// 16 companies x 4 rounds x 5 departments = 320 assessments (the split starts at 256), two
// respondents each: the first answers (company + round + department) % 5 on every item, the
// second 4, so each item of each assessment has n = 2 and a mean that tells them apart.
constexpr int kCompanies = 16, kRounds = 4, kDepartments = 5;

int firstLevel(int c, int r, int d)
{
    return (c + r + d) % 5;
}

io::AnswerBatch largeBatch(const Questionnaire &q)
{
    io::AnswerBatch batch;
    for (int c = 0; c < kCompanies; ++c) {
        batch.companies.append(QStringLiteral("Firma %1").arg(c, 2, 10, QLatin1Char('0')));
        for (int r = 0; r < kRounds; ++r)
            batch.rounds.append({c, QStringLiteral("2026-Q%1").arg(r + 1), QDate(2026, 3 * r + 1, 15)});
        for (int d = 0; d < kDepartments; ++d)
            batch.departments.append({c, QStringLiteral("Abteilung %1").arg(d)});
    }
    for (int c = 0; c < kCompanies; ++c)
        for (int r = 0; r < kRounds; ++r)
            for (int d = 0; d < kDepartments; ++d)
                for (int p = 0; p < 2; ++p) {
                    const int respondent = int(batch.respondents.size());
                    batch.respondents.append(
                        {c * kDepartments + d, c * kRounds + r, QStringLiteral("Person %1").arg(p + 1)});
                    for (int item = 0; item < q.itemCount(); ++item)
                        batch.answers.push_back({respondent, item, p == 0 ? firstLevel(c, r, d) : 4, true});
                }
    return batch;
}

} // namespace

TEST(Opening, ALargeWorkspaceReadInTwoHalvesCountsEveryAnswerOnce)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gross.sbradar"));
    const Questionnaire q = io::defaultQuestionnaire();
    const io::AnswerBatch batch = largeBatch(q);
    storage::StorageError error;
    ASSERT_TRUE(storage::Workspace::create(path, q, &error, &batch)) << qPrintable(error.message);

    for (const auto check : {WorkspaceSession::Check::BeforeReturning, WorkspaceSession::Check::AfterOpening}) {
        auto s = WorkspaceSession::open(path, WorkspaceSession::Mode::ReadOnly, &error, check);
        ASSERT_TRUE(s) << qPrintable(error.message);
        const ScoreReport &report = s->report();
        ASSERT_EQ(int(report.companies.size()), kCompanies);
        int assessments = 0;
        for (int c = 0; c < kCompanies; ++c)
            for (int r = 0; r < kRounds; ++r) {
                const RoundResult &round = report.companies[size_t(c)].rounds[size_t(r)];
                ASSERT_EQ(int(round.departments.size()), kDepartments);
                for (int d = 0; d < kDepartments; ++d) {
                    const DepartmentResult &dep = round.departments[size_t(d)];
                    ASSERT_EQ(int(dep.items.size()), q.itemCount());
                    const double mean = (firstLevel(c, r, d) + 4) / 2.0;
                    for (const ItemResult &item : dep.items) {
                        ASSERT_EQ(item.n, 2) << dep.name.toStdString() << " of company " << c << ", round " << r;
                        ASSERT_TRUE(item.mean);
                        ASSERT_DOUBLE_EQ(*item.mean, mean) << "company " << c << ", round " << r << ", " << d;
                    }
                    ++assessments;
                }
            }
        EXPECT_EQ(assessments, kCompanies * kRounds * kDepartments);
    }
}

TEST(Opening, ADamagedFileFoundAfterOpeningIsAnnouncedAndTakesNoWrites)
{
    test::DemoSession demo;
    ASSERT_TRUE(demo.session);
    const qint64 assessment = demo.someAssessment();
    demo.session.reset();
    // Damage an index that reading the workspace never uses (assessments by department): the
    // first read succeeds, only the integrity check of the whole file sees it.
    int page = 0, pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(demo.path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'assessments_department'")));
        ASSERT_TRUE(q.next());
        page = q.value(0).toInt();
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    ASSERT_GT(page, 1);
    QFile file(demo.path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.seek(qint64(page - 1) * pageSize + 8)); // the cells after the page header
    file.write(QByteArray(pageSize - 8, '\x5a'));
    file.close();

    WorkspaceError error;
    EXPECT_FALSE(WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadWrite, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Corrupt);
    EXPECT_TRUE(error.message.contains(QStringLiteral("damaged"))) << qPrintable(error.message);

    auto s = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadWrite, &error,
                                    WorkspaceSession::Check::AfterOpening);
    ASSERT_TRUE(s) << "the first read does not touch the damaged index: " << qPrintable(error.message);
    EXPECT_FALSE(s->report().companies.empty());
    QSignalSpy damaged(s.get(), &WorkspaceSession::damaged);
    ASSERT_TRUE(damaged.wait(5000));
    const auto damage = damaged.at(0).at(0).value<WorkspaceError>();
    EXPECT_EQ(damage.kind, WorkspaceError::Kind::Corrupt);
    EXPECT_TRUE(damage.message.contains(QStringLiteral("damaged"))) << qPrintable(damage.message);
    QList<RespondentRow> people;
    ASSERT_TRUE(s->respondents(assessment, &people, &error));
    ASSERT_FALSE(people.isEmpty());
    EXPECT_FALSE(s->setAnswer(assessment, {people.front().id, 0, 1}, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Corrupt);
}

TEST(Opening, AWriteRightAfterOpeningWaitsForTheCheckAndIsKept)
{
    test::DemoSession demo;
    const QString path = demo.path;
    const qint64 assessment = demo.someAssessment();
    demo.session.reset();
    WorkspaceError error;
    auto s =
        WorkspaceSession::open(path, WorkspaceSession::Mode::ReadWrite, &error, WorkspaceSession::Check::AfterOpening);
    ASSERT_TRUE(s) << qPrintable(error.message);
    QList<RespondentRow> people;
    ASSERT_TRUE(s->respondents(assessment, &people, &error));
    ASSERT_TRUE(s->setAnswer(assessment, {people.front().id, 0, 1}, &error)) << qPrintable(error.message);
    s.reset();
    auto again = WorkspaceSession::open(path, WorkspaceSession::Mode::ReadOnly, &error);
    ASSERT_TRUE(again);
    QList<AnswerCell> cells;
    ASSERT_TRUE(again->answers(assessment, &cells, &error));
    bool found = false;
    for (const AnswerCell &c : cells)
        found = found || (c.respondent == people.front().id && c.item == 0 && c.level == 1);
    EXPECT_TRUE(found);
}
