// The use-cases shared by the workbench, the command line and the voting server: writing a
// batch of answers (an import, workshop votes) and taking it back exactly, and the demo.

#include "SessionTestSupport.h"

#include "io/AnswerImport.h"

#include <QSignalSpy>

using namespace sbr;
using session::WorkspaceSession;

namespace {

io::AnswerBatch parse(const WorkspaceSession &s, const QByteArray &csv, bool replace = false)
{
    io::ImportOptions options;
    options.replace = replace;
    io::ImportContext context;
    WorkspaceError error;
    EXPECT_TRUE(s.importContext(&context, &error)) << qPrintable(error.message);
    const io::ImportResult r = io::parseAnswersCsv(csv, context, options);
    EXPECT_TRUE(r.ok()) << qPrintable(r.messages(QStringLiteral("test.csv")).join(u'\n'));
    return r.batch;
}

QByteArray answersOf(const QString &company, const QString &department, const QString &respondent, int level)
{
    QByteArray csv = "company,department,round,date,respondent,item,level\n";
    for (const char *item : {"strategy.business-goals", "practices.listening"})
        csv += QStringLiteral("%1,%2,2026-Q4,2026-11-30,%3,%4,%5\n")
                   .arg(company, department, respondent, QString::fromLatin1(item))
                   .arg(level)
                   .toUtf8();
    return csv;
}

} // namespace

TEST(SessionUseCases, AnImportIsUndoneAndRedoneExactly)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    const QByteArray before = test::scoreJson(s);
    const int companiesBefore = int(s.companies().size());

    QSignalSpy reloaded(&s, &WorkspaceSession::reloaded);
    WorkspaceSession::WriteRecord record;
    WorkspaceError error;
    const io::AnswerBatch batch = parse(
        s, answersOf(QStringLiteral("Neu & Co KG"), QStringLiteral("Vertrieb"), QStringLiteral("P1"), 3) +
               answersOf(QStringLiteral("Neu & Co KG"), QStringLiteral("Vertrieb"), QStringLiteral("P2"), 1).mid(52));
    ASSERT_TRUE(s.writeAnswers(batch, &record, &error)) << qPrintable(error.message);
    EXPECT_EQ(reloaded.count(), 1);
    EXPECT_EQ(record.answers, 4);
    EXPECT_EQ(record.respondents.size(), 2);
    EXPECT_EQ(record.newRespondents.size(), 2);
    EXPECT_EQ(record.companies.size(), 1);
    EXPECT_EQ(record.departments.size(), 1);
    EXPECT_EQ(record.rounds.size(), 1);
    EXPECT_EQ(record.assessments.size(), 1);
    EXPECT_EQ(int(s.companies().size()), companiesBefore + 1);
    const QByteArray after = test::scoreJson(s);

    QList<Snapshot> removed;
    ASSERT_TRUE(s.undoWrite(record, &removed, &error)) << qPrintable(error.message);
    EXPECT_EQ(int(s.companies().size()), companiesBefore);
    EXPECT_EQ(test::scoreJson(s), before);
    ASSERT_TRUE(s.redoWrite(record, removed, &error)) << qPrintable(error.message);
    EXPECT_EQ(test::scoreJson(s), after);
    // And once more, as a user pressing Ctrl+Z, Ctrl+Y, Ctrl+Z would.
    ASSERT_TRUE(s.undoWrite(record, &removed, &error)) << qPrintable(error.message);
    EXPECT_EQ(test::scoreJson(s), before);
    EXPECT_EQ(s.integrityCheck(), QStringLiteral("ok"));
}

TEST(SessionUseCases, UndoingAReplacingImportBringsBackTheOldAnswers)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    WorkspaceError error;
    WorkspaceSession::WriteRecord first;
    ASSERT_TRUE(s.writeAnswers(parse(s, answersOf(QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("Vertrieb"),
                                                  QStringLiteral("Gast"), 0)),
                               &first, &error))
        << qPrintable(error.message);
    const QByteArray withOld = test::scoreJson(s);
    WorkspaceSession::WriteRecord second;
    ASSERT_TRUE(s.writeAnswers(parse(s,
                                     answersOf(QStringLiteral("Weber Maschinenbau GmbH"), QStringLiteral("Vertrieb"),
                                               QStringLiteral("Gast"), 4),
                                     true),
                               &second, &error))
        << qPrintable(error.message);
    EXPECT_EQ(second.replacedBefore.size(), 1);
    EXPECT_TRUE(second.newRespondents.isEmpty());
    EXPECT_NE(test::scoreJson(s), withOld);
    QList<Snapshot> removed;
    ASSERT_TRUE(s.undoWrite(second, &removed, &error)) << qPrintable(error.message);
    EXPECT_EQ(test::scoreJson(s), withOld);
}

TEST(SessionUseCases, TheDemoIsDeterministicAndRefusesToOverwrite)
{
    test::DemoSession a, b;
    EXPECT_EQ(test::scoreJson(*a.session), test::scoreJson(*b.session));
    WorkspaceError error;
    WorkspaceSession::DemoSummary summary;
    EXPECT_FALSE(WorkspaceSession::createDemo(a.path, &error, &summary));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::AlreadyExists);
}

TEST(SessionUseCases, UndoingAnImportKeepsRespondentsRecordedSinceAndSaysSo)
{
    test::DemoSession demo;
    WorkspaceSession &s = *demo.session;
    WorkspaceError error;
    WorkspaceSession::WriteRecord record;
    ASSERT_TRUE(s.writeAnswers(
        parse(s, answersOf(QStringLiteral("Neu AG"), QStringLiteral("Vertrieb"), QStringLiteral("P1"), 2)), &record,
        &error));
    // Another writer adds a respondent to the company the import created.
    auto other = WorkspaceSession::open(demo.path, WorkspaceSession::Mode::ReadWrite, &error);
    ASSERT_TRUE(other);
    const auto neu = [](const WorkspaceSession &w) {
        for (const CompanyResult &c : w.report().companies)
            if (c.name == QStringLiteral("Neu AG"))
                return &c;
        return static_cast<const CompanyResult *>(nullptr);
    };
    ASSERT_TRUE(neu(*other));
    const qint64 a = neu(*other)->rounds.front().departments.front().key;
    ASSERT_GT(other->addRespondent(a, QStringLiteral("cli-x"), &error), 0);
    ASSERT_TRUE(s.checkForOtherWriters());
    const QByteArray before = test::scoreJson(s);
    QList<Snapshot> removed;
    EXPECT_FALSE(s.undoWrite(record, &removed, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Conflict);
    EXPECT_TRUE(error.message.contains(QStringLiteral("nothing was undone"))) << qPrintable(error.message);
    EXPECT_EQ(test::scoreJson(s), before);
    EXPECT_EQ(s.respondentsUnder(neu(s)->key, 0, 0), 2);
}
