// `sbradar-cli report` as a script runs it: no display and no QT_QPA_PLATFORM in the
// environment, exit codes of formats.md, "error: " lines, the PDF written or not at all; the
// demo's action plan in the report.

#include "ReportTestSupport.h"

#include "domain/Plan.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

using namespace sbr;
using namespace sbr::reporttest;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out, err;
    std::string dump() const
    {
        return s(QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(out, err));
    }
};

CliRun cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless as on a server: the command must find its way to the offscreen platform.
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SBRADAR_BIN_DIR "/sbradar-cli"), args);
    CliRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool onlyErrorLines(const QString &err)
{
    for (const QString &line : err.split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(u"error: "))
            return false;
    return true;
}

class ReportCli : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_demo = new QString(createDemo(*s_dir));
    }
    static void TearDownTestSuite()
    {
        delete s_demo;
        delete s_dir;
    }
    QString out(const QString &name) const { return m_dir.filePath(name); }
    QStringList files() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden); }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString *s_demo = nullptr;
    QTemporaryDir m_dir;
};

TEST_F(ReportCli, WritesTheReportWithoutADisplay)
{
    const CliRun r = cli({QStringLiteral("report"), *s_demo, QStringLiteral("--company"), demo::mainCompany(),
                          QStringLiteral("-o"), out(QStringLiteral("report.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_TRUE(r.err.isEmpty()) << r.dump();
    EXPECT_TRUE(r.out.contains(QStringLiteral("report.pdf"))) << r.dump();
    QFile file(out(QStringLiteral("report.pdf")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_EQ(files(), QStringList{QStringLiteral("report.pdf")}) << "no temporary files left";
    if (haveTool(QStringLiteral("pdftotext"))) {
        const QString text = pdfText(out(QStringLiteral("report.pdf")));
        EXPECT_TRUE(text.contains(QStringLiteral("Seite 1 von"))) << "German by default";
        EXPECT_TRUE(text.contains(QStringLiteral("2026-Q3"))) << "the latest round by default";
    }
}

TEST_F(ReportCli, RoundAndLanguageAreChosen)
{
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    const ScoredWorkspace ws = score(*s_demo);
    const CliRun r = cli({QStringLiteral("report"), *s_demo, QStringLiteral("--company"), demo::mainCompany(),
                          QStringLiteral("--round"), QStringLiteral("2025-Q3"), QStringLiteral("--lang"),
                          QStringLiteral("en"), QStringLiteral("-o"), out(QStringLiteral("en.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    const QString text = pdfText(out(QStringLiteral("en.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));
    EXPECT_TRUE(text.contains(QStringLiteral("Round 2025-Q3")));
    int checked = 0;
    for (const CompanyResult &c : ws.report.companies) {
        if (c.name != demo::mainCompany())
            continue;
        for (const RoundResult &round : c.rounds) {
            if (round.label != u"2025-Q3")
                continue;
            EXPECT_TRUE(text.contains(QLocale(QLocale::English).toString(*round.company.index, 'f', 1)));
            ++checked;
        }
    }
    EXPECT_EQ(checked, 1);
}

TEST_F(ReportCli, UnknownCompanyOrRoundIsBadInput)
{
    CliRun r = cli({QStringLiteral("report"), *s_demo, QStringLiteral("--company"), QStringLiteral("Nobody GmbH"),
                    QStringLiteral("-o"), out(QStringLiteral("a.pdf"))});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    EXPECT_TRUE(r.err.startsWith(u"error: ") && r.err.contains(QStringLiteral("Nobody GmbH"))) << r.dump();
    r = cli({QStringLiteral("report"), *s_demo, QStringLiteral("--company"), demo::mainCompany(),
             QStringLiteral("--round"), QStringLiteral("1999-Q1"), QStringLiteral("-o"), out(QStringLiteral("b.pdf"))});
    EXPECT_EQ(r.exitCode, 2) << r.dump();
    EXPECT_TRUE(r.err.contains(QStringLiteral("1999-Q1"))) << r.dump();
    EXPECT_TRUE(onlyErrorLines(r.err)) << r.dump();
    EXPECT_TRUE(files().isEmpty()) << "nothing written";
}

TEST_F(ReportCli, WorkspaceProblemsAndUnwritableOutput)
{
    CliRun r = cli({QStringLiteral("report"), out(QStringLiteral("missing.sbradar")), QStringLiteral("--company"),
                    demo::mainCompany(), QStringLiteral("-o"), out(QStringLiteral("a.pdf"))});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(onlyErrorLines(r.err)) << r.dump();

    QFile notAWorkspace(out(QStringLiteral("text.sbradar")));
    ASSERT_TRUE(notAWorkspace.open(QIODevice::WriteOnly));
    notAWorkspace.write("just text, not a workspace\n");
    notAWorkspace.close();
    r = cli({QStringLiteral("report"), notAWorkspace.fileName(), QStringLiteral("--company"), demo::mainCompany(),
             QStringLiteral("-o"), out(QStringLiteral("a.pdf"))});
    EXPECT_EQ(r.exitCode, 3) << r.dump();

    const QString unwritable = out(QStringLiteral("no/such/folder/report.pdf"));
    r = cli({QStringLiteral("report"), *s_demo, QStringLiteral("--company"), demo::mainCompany(), QStringLiteral("-o"),
             unwritable});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.startsWith(u"error: cannot write")) << r.dump();
    EXPECT_TRUE(r.err.contains(QDir::toNativeSeparators(unwritable))) << "names the file";
    EXPECT_GT(r.err.trimmed().size(), QStringLiteral("error: cannot write ").size() + unwritable.size() + 2)
        << "and says why: " << r.dump();
    EXPECT_EQ(files(), QStringList{QStringLiteral("text.sbradar")});
}

TEST_F(ReportCli, UsageErrors)
{
    const QString pdf = out(QStringLiteral("a.pdf"));
    EXPECT_EQ(cli({QStringLiteral("report"), *s_demo, QStringLiteral("-o"), pdf}).exitCode, 1) << "no --company";
    EXPECT_EQ(cli({QStringLiteral("report"), *s_demo, QStringLiteral("--company"), demo::mainCompany()}).exitCode, 1)
        << "no -o";
    const CliRun lang = cli({QStringLiteral("report"), *s_demo, QStringLiteral("--company"), demo::mainCompany(),
                             QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("-o"), pdf});
    EXPECT_EQ(lang.exitCode, 1) << lang.dump();
    EXPECT_TRUE(lang.err.contains(QStringLiteral("fr"))) << lang.dump();
    EXPECT_EQ(
        cli({QStringLiteral("report"), QStringLiteral("--company"), demo::mainCompany(), QStringLiteral("-o"), pdf})
            .exitCode,
        1)
        << "no workspace";
    EXPECT_FALSE(QFileInfo::exists(pdf));

    const CliRun help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0) << help.dump();
    EXPECT_TRUE(help.out.contains(QStringLiteral("--company"))) << help.dump();
    EXPECT_TRUE(help.err.isEmpty()) << help.dump();
    const CliRun top = cli({QStringLiteral("--help")});
    EXPECT_TRUE(top.out.contains(QStringLiteral("report WS"))) << top.dump();
}

/// scoring.md *Item level* and *Company level* by hand from the answers' tallies: the company
/// item score of `item` in round `label` (the mean of the departments' 100 * (mean - min) / span).
std::optional<double> companyItemScore(const WorkspaceData &data, const QString &company, const QString &label,
                                       const QString &item)
{
    const Questionnaire &q = data.questionnaire;
    const int index = q.itemIndex(item);
    double sum = 0;
    int departments = 0;
    for (const CompanyData &c : data.companies)
        for (const AssessmentData &a : c.assessments)
            if (c.name == company && c.rounds.at(a.round).label == label && a.items.at(size_t(index)).n > 0) {
                const ItemTally &t = a.items.at(size_t(index));
                sum += 100.0 * (double(t.sum) / double(t.n) - q.scale.min) / (q.scale.max - q.scale.min);
                ++departments;
            }
    return departments > 0 ? std::optional<double>(sum / departments) : std::nullopt;
}

TEST_F(ReportCli, TheDemoReportCarriesTheRoadmapAndWhatWasDoneSinceTheLastRound)
{
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    const QString path = out(QStringLiteral("plan-demo.sbradar"));
    ASSERT_EQ(cli({QStringLiteral("demo"), path}).exitCode, 0);
    const CliRun r =
        cli({QStringLiteral("report"), path, QStringLiteral("--company"), demo::mainCompany(), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("-o"), out(QStringLiteral("plan.pdf"))});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    const QString text = withoutSpace(pdfRawText(out(QStringLiteral("plan.pdf"))));
    const QDate today = QDate::currentDate(); // the report's date
    const Questionnaire q = io::defaultQuestionnaire();
    const QString lang = QStringLiteral("en");

    // The roadmap: every measure of the demo plan that is not dropped, under its horizon, by due
    // date (none last), with owner ("not named" without one), due date and "overdue" when due
    // before today and not done.
    const qsizetype roadmap = text.indexOf(withoutSpace(QStringLiteral("The measures of the action plan by when")));
    const qsizetype doneSince = text.indexOf(withoutSpace(QStringLiteral("Done since the last round")), roadmap);
    ASSERT_TRUE(roadmap >= 0 && doneSince > roadmap) << s(text);
    const QStringList headings{QStringLiteral("Now"), QStringLiteral("Next"), QStringLiteral("Later")};
    QList<qsizetype> starts;
    for (const QString &h : headings)
        starts.append(text.indexOf(h, starts.isEmpty() ? roadmap : starts.last()));
    starts.append(doneSince);
    QList<PlanMeasure> plan = demo::plan();
    std::stable_sort(plan.begin(), plan.end(), [](const PlanMeasure &a, const PlanMeasure &b) {
        return a.due.isValid() != b.due.isValid() ? a.due.isValid() : a.due < b.due;
    });
    int listed = 0;
    for (int h = 0; h < 3; ++h) {
        ASSERT_GT(starts[h + 1], starts[h]) << s(headings[h]);
        const QString part = text.mid(starts[h], starts[h + 1] - starts[h]);
        qsizetype from = 0;
        int overdue = 0;
        for (const PlanMeasure &m : std::as_const(plan)) {
            const QString title = withoutSpace(planTitle(q, m, lang));
            if (m.horizon != Horizon(h) || m.status == PlanStatus::Dropped) {
                EXPECT_FALSE(part.contains(title)) << s(title);
                continue;
            }
            for (const QString &needle :
                 {title, withoutSpace(m.owner.isEmpty() ? QStringLiteral("not named") : m.owner),
                  m.due.isValid() ? m.due.toString(Qt::ISODate) : QStringLiteral("nodate")}) {
                from = part.indexOf(needle, from);
                ASSERT_GE(from, 0) << s(needle) << " under " << s(headings[h]) << "\n" << s(part);
            }
            overdue += m.isOverdue(today) ? 1 : 0;
            ++listed;
        }
        EXPECT_EQ(part.count(QStringLiteral("overdue")), overdue) << s(part);
    }
    EXPECT_EQ(listed, 10); // eleven measures, one dropped

    // Done since 2025-Q3 (17 September 2025), the round before 2026-Q3: the two measures done on
    // 28 November 2025 and 16 February 2026, each with the change of its statements between the
    // two rounds, worked out here from the answers.
    storage::StorageError error;
    auto ws = storage::Workspace::open(path, storage::Workspace::Mode::ReadOnly, &error);
    ASSERT_TRUE(ws) << s(error.message);
    WorkspaceData data;
    ASSERT_TRUE(ws->loadScoringData(&data, &error)) << s(error.message);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    auto number = [&](double v) { return en.toString(v, 'f', 1); };
    auto change = [&](double v) { return (v > 0 ? QStringLiteral("+") : QString()) + en.toString(v, 'f', 1); };
    const QString done = text.mid(doneSince, text.indexOf(QStringLiteral("Referencefigures"), doneSince) - doneSince);
    QStringList expected;
    int doneCount = 0;
    for (const PlanMeasure &m : demo::plan()) {
        if (m.status != PlanStatus::Done)
            continue;
        const bool inWindow = m.doneOn >= QDate(2025, 9, 17);
        EXPECT_EQ(done.contains(withoutSpace(planTitle(q, m, lang))), inWindow) << s(m.measure);
        if (!inWindow)
            continue;
        ++doneCount;
        double sum = 0;
        int n = 0;
        QStringList rows;
        for (const QString &item : planItems(q, m)) {
            const double before = *companyItemScore(data, demo::mainCompany(), QStringLiteral("2025-Q3"), item);
            const double after = *companyItemScore(data, demo::mainCompany(), QStringLiteral("2026-Q3"), item);
            rows << number(before) << number(after) << change(after - before);
            sum += after - before;
            ++n;
        }
        expected << withoutSpace(planTitle(q, m, lang)) << QStringLiteral("doneon") + m.doneOn.toString(Qt::ISODate)
                 << withoutSpace(QStringLiteral("changed by %1 points on average between 2025-Q3 and 2026-Q3")
                                     .arg(change(sum / n)))
                 << rows;
    }
    EXPECT_EQ(doneCount, 2);
    EXPECT_EQ(done.count(QStringLiteral("doneon")), 2) << s(done);
    qsizetype from = 0;
    for (const QString &needle : std::as_const(expected)) {
        from = done.indexOf(needle, from);
        ASSERT_GE(from, 0) << s(needle) << "\n" << s(done);
    }
}

} // namespace

TEST_F(ReportCli, ARecommendedMeasureAlreadyDoneSaysSo)
{
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    const QString path = out(QStringLiteral("gaps.sbradar"));
    ASSERT_EQ(cli({QStringLiteral("demo"), path}).exitCode, 0);
    // The first measure of the three largest gaps of Weber's latest round, done in October.
    const CliRun before =
        cli({QStringLiteral("report"), path, QStringLiteral("--company"), demo::mainCompany(), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("-o"), out(QStringLiteral("before.pdf"))});
    ASSERT_EQ(before.exitCode, 0) << before.dump();
    const QString gaps = withoutSpace(QStringLiteral("The measures for the three largest gaps"));
    const QString text = withoutSpace(pdfRawText(out(QStringLiteral("before.pdf"))));
    const qsizetype at = text.indexOf(gaps);
    ASSERT_GE(at, 0) << s(text);
    const Questionnaire q = io::defaultQuestionnaire();
    QString first;
    for (const Measure &m : q.measures) {
        const qsizetype where = text.indexOf(withoutSpace(m.title.text(QStringLiteral("en"))), at);
        if (where > at && (first.isEmpty() ||
                           where < text.indexOf(withoutSpace(q.measure(first)->title.text(QStringLiteral("en"))), at)))
            first = m.id;
    }
    ASSERT_FALSE(first.isEmpty());
    EXPECT_FALSE(text.contains(withoutSpace(QStringLiteral("In the action plan: done on 2026-10-01"))));
    ASSERT_EQ(cli({QStringLiteral("plan"), path, QStringLiteral("--company"), demo::mainCompany(),
                   QStringLiteral("--add"), first, QStringLiteral("--status"), QStringLiteral("done"),
                   QStringLiteral("--done-on"), QStringLiteral("2026-10-01")})
                  .exitCode,
              0);
    ASSERT_EQ(
        cli({QStringLiteral("report"), path, QStringLiteral("--company"), demo::mainCompany(), QStringLiteral("--lang"),
             QStringLiteral("en"), QStringLiteral("-o"), out(QStringLiteral("after.pdf"))})
            .exitCode,
        0);
    const QString after = withoutSpace(pdfRawText(out(QStringLiteral("after.pdf"))));
    const qsizetype title =
        after.indexOf(withoutSpace(q.measure(first)->title.text(QStringLiteral("en"))), after.indexOf(gaps));
    const qsizetype note =
        after.indexOf(withoutSpace(QStringLiteral("In the action plan: done on 2026-10-01.")), title);
    EXPECT_GT(title, 0) << s(after);
    EXPECT_GT(note, title) << s(after);
}
