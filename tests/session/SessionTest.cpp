// The application layer as the workbench uses it: an edit costs at most the edited
// assessment's rows, announces exactly what changed, and leaves the scores as a fresh full
// computation would have them; other writers are noticed; settings are checked and announced.

#include "SessionTestSupport.h"

#include <QSignalSpy>

#include <random>

using namespace sbr;
using session::ScoreChange;
using session::Setting;
using session::WorkspaceSession;

TEST(Session, AnAnswerReadsAtMostItsAssessmentsRowsAndRescoresLikeAFullComputation)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    QList<RespondentRow> people;
    const qint64 a = demo.someAssessment(&people);
    ASSERT_FALSE(people.isEmpty());
    QList<AnswerCell> cells;
    WorkspaceError error;
    ASSERT_TRUE(s.answers(a, &cells, &error));
    const qint64 rowsOfAssessment = cells.size();

    QSignalSpy answers(&s, &WorkspaceSession::answersChanged);
    QSignalSpy scores(&s, &WorkspaceSession::scoresChanged);
    QSignalSpy reloaded(&s, &WorkspaceSession::reloaded);
    QSignalSpy structure(&s, &WorkspaceSession::structureChanged);
    const qint64 before = s.storageRowsRead();
    ASSERT_TRUE(s.setAnswer(a, {people.front().id, 0, 4}, &error)) << qPrintable(error.message);
    const qint64 read = s.storageRowsRead() - before;
    EXPECT_LE(read, rowsOfAssessment) << "an edit must not read beyond its assessment";
    EXPECT_GT(read, 0);

    ASSERT_EQ(answers.count(), 1);
    EXPECT_EQ(answers.at(0).at(0).toLongLong(), a);
    const auto states = answers.at(0).at(1).value<QList<AnswerState>>();
    ASSERT_EQ(states.size(), 1);
    EXPECT_EQ(states.front().respondent, people.front().id);
    EXPECT_EQ(states.front().item, 0);
    EXPECT_EQ(states.front().level, 4);
    ASSERT_EQ(scores.count(), 1);
    const auto change = scores.at(0).at(0).value<ScoreChange>();
    EXPECT_FALSE(change.all);
    EXPECT_EQ(change.company, s.report().companies.front().key);
    EXPECT_TRUE(change.assessments.contains(a));
    EXPECT_EQ(reloaded.count(), 0);
    EXPECT_EQ(structure.count(), 0);

    // The kept scores equal those of a fresh session that computes everything from the file.
    auto fresh = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadOnly, &error);
    ASSERT_TRUE(fresh);
    EXPECT_EQ(test::scoreJson(s), test::scoreJson(*fresh));
}

TEST(Session, AnotherWriterIsNoticedAndTheScoresFollow)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    QList<RespondentRow> people;
    const qint64 a = demo.someAssessment(&people);
    WorkspaceError error;
    auto other = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadWrite, &error);
    ASSERT_TRUE(other) << qPrintable(error.message);
    EXPECT_FALSE(s.checkForOtherWriters()); // nothing happened yet

    QSignalSpy reloaded(&s, &WorkspaceSession::reloaded);
    s.watchForOtherWriters(100);
    ASSERT_TRUE(other->clearAnswer(a, people.front().id, 0, &error)) << qPrintable(error.message);
    ASSERT_TRUE(other->createCompany(QStringLiteral("Neue Kunde AG"), 75.0, &error));
    EXPECT_TRUE(reloaded.wait(1000)) << "the change of another connection was not noticed within a second";
    EXPECT_EQ(test::scoreJson(s), test::scoreJson(*other));
    bool found = false;
    for (const CompanyRow &c : s.companies())
        found = found || c.name == QStringLiteral("Neue Kunde AG");
    EXPECT_TRUE(found);
}

TEST(Session, TheAnonymityThresholdIsCheckedStoredAndAnnounced)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    QSignalSpy setting(&s, &WorkspaceSession::settingChanged);
    WorkspaceError error;
    EXPECT_FALSE(s.setAnonymityThreshold(2, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Invalid);
    EXPECT_TRUE(error.message.contains(QStringLiteral("3 and 50"))) << qPrintable(error.message);
    EXPECT_FALSE(s.setAnonymityThreshold(51, &error));
    EXPECT_EQ(setting.count(), 0);
    ASSERT_TRUE(s.setAnonymityThreshold(7, &error)) << qPrintable(error.message);
    ASSERT_EQ(setting.count(), 1);
    EXPECT_EQ(setting.at(0).at(0).value<Setting>(), Setting::AnonymityThreshold);
    auto again = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadOnly, &error);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->anonymityThreshold(), 7);
}

TEST(Session, AReadOnlySessionRefusesEveryWriteAndSaysWhatToDo)
{
    test::DemoSession demo;
    const qint64 a = demo.someAssessment();
    demo.session.reset();
    QFile file(demo.path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    WorkspaceError error;
    auto s = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadOnly, &error);
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->isReadOnly());
    EXPECT_FALSE(s->createCompany(QStringLiteral("X"), 75.0, &error) > 0);
    EXPECT_EQ(error.kind, WorkspaceError::Kind::ReadOnly);
    EXPECT_TRUE(error.message.contains(QStringLiteral("reading only"))) << qPrintable(error.message);
    EXPECT_FALSE(s->setComment(a, 0, QStringLiteral("x"), &error));
    s.reset();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), bytes);
}

TEST(Session, StructureEditsAreAnnouncedForTheirCompanyAndKeepTheTallies)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    const QByteArray before = test::scoreJson(s);
    const qint64 company = s.report().companies.front().key;
    QSignalSpy structure(&s, &WorkspaceSession::structureChanged);
    WorkspaceError error;
    const qint64 d = s.createDepartment(company, QStringLiteral("Einkauf & Logistik"), &error);
    ASSERT_GT(d, 0) << qPrintable(error.message);
    ASSERT_EQ(structure.count(), 1);
    EXPECT_EQ(structure.at(0).at(0).toLongLong(), company);
    // A department without answers changes no number.
    EXPECT_EQ(test::scoreJson(s), before);
    Snapshot removed;
    ASSERT_TRUE(s.deleteDepartment(d, &removed, &error));
    EXPECT_EQ(structure.count(), 2);
    EXPECT_EQ(structure.at(1).at(0).toLongLong(), company);
}

TEST(Session, ASettingChangedByAnotherWriterIsReadAgainAndAnnounced)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    WorkspaceError error;
    auto other = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadWrite, &error);
    ASSERT_TRUE(other);
    QSignalSpy setting(&s, &WorkspaceSession::settingChanged);
    ASSERT_TRUE(other->setAnonymityThreshold(7, &error));
    EXPECT_TRUE(s.checkForOtherWriters());
    EXPECT_EQ(s.anonymityThreshold(), 7);
    EXPECT_EQ(setting.count(), 1);
}

TEST(Session, TheAnonymousViewFollowsEditsAsIfMadeAnew)
{
    // The view people see is made again only for the companies an edit touches; after many
    // edits it must equal the view made from scratch from the file.
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    WorkspaceError error;
    ASSERT_TRUE(s.setAnonymityThreshold(3, &error)) << qPrintable(error.message);
    const auto anonymousJson = [](const WorkspaceSession &session) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        io::writeScoreJson(session.anonymousReport(), session.questionnaire(), buffer);
        return buffer.data();
    };
    (void)anonymousJson(s); // the view exists before the edits, so they refresh it in place
    std::mt19937 rng(11);
    int edits = 0;
    for (const CompanyResult &company : s.report().companies)
        for (const RoundResult &round : company.rounds)
            for (const DepartmentResult &department : round.departments) {
                QList<RespondentRow> people;
                ASSERT_TRUE(s.respondents(department.key, &people, &error));
                // Values, pools and item values under k change with each set or cleared answer.
                for (const RespondentRow &person : people)
                    if (rng() % 3 == 0) {
                        const int item = int(rng() % 31);
                        ASSERT_TRUE(rng() % 2 ? s.setAnswer(department.key, {person.id, item, int(rng() % 5)}, &error)
                                              : s.clearAnswer(department.key, person.id, item, &error))
                            << qPrintable(error.message);
                        ++edits;
                    }
            }
    ASSERT_GT(edits, 20);
    auto fresh = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadOnly, &error);
    ASSERT_TRUE(fresh) << qPrintable(error.message);
    EXPECT_EQ(anonymousJson(s), anonymousJson(*fresh));
}
