// The action plan in the report as a reader finds it in the PDF: the roadmap page (every measure
// that is not dropped under its horizon, with owner, due date, status and "overdue" in words) and
// "Done since the last round" (exactly the measures done in the window of PlanSections.cpp, with
// the change of their statements worked out by hand from scoring.md *Effect of a measure*), in
// both languages; withheld company values stay withheld; an empty plan; long and hostile user
// text stays inside the margins.

#include "ReportTestSupport.h"

#include "Report.h"
#include "ReportText.h"
#include "session/WorkspaceSession.h"

using namespace sbr;
using namespace sbr::reporttest;
using session::WorkspaceSession;

namespace {

// Three rounds of "Plan GmbH", two departments of five people each. Everybody answers level 2
// (50 points) to every statement, except (levels of the five people of a department):
//   2026-Q2  Alpha  leadership.awareness 1,1,1,1,1 (25)   roadmap.review 1,1,1,1,1 (25)
//                   roadmap.guidelines 3,3,3,3,2 (mean 2.8: 70)
//   2026-Q3  Alpha  leadership.awareness 3,3,3,3,3 (75)   leadership.active 3,3,2,2,2 (2.4: 60)
//                   roadmap.content-calendar 3,3,3,3,3 (75)   roadmap.review 1,1,1,1,2 (1.2: 30)
//                   roadmap.guidelines 3,3,3,3,2 (70)
//            Beta   roadmap.content-calendar 3,3,3,2,2 (2.6: 65)
// Company item score = mean of the two departments (scoring.md *Company level*).
const QString kCompany = QStringLiteral("Plan GmbH");
const QDate kQ1(2026, 1, 15), kQ2(2026, 4, 15), kQ3(2026, 7, 15);
const QDate kToday(2026, 8, 1); // the report's date

QList<int> levels(int round, const QString &department, const QString &item)
{
    const bool alpha = department == u"Alpha";
    if (round == 1 && alpha) {
        if (item == u"leadership.awareness" || item == u"roadmap.review")
            return {1, 1, 1, 1, 1};
        if (item == u"roadmap.guidelines")
            return {3, 3, 3, 3, 2};
    }
    if (round == 2 && alpha) {
        if (item == u"leadership.awareness" || item == u"roadmap.content-calendar")
            return {3, 3, 3, 3, 3};
        if (item == u"leadership.active")
            return {3, 3, 2, 2, 2};
        if (item == u"roadmap.review")
            return {1, 1, 1, 1, 2};
        if (item == u"roadmap.guidelines")
            return {3, 3, 3, 3, 2};
    }
    if (round == 2 && item == u"roadmap.content-calendar")
        return {3, 3, 3, 2, 2};
    return {2, 2, 2, 2, 2};
}

QString planWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("plan.sbradar"));
    const Questionnaire q = io::defaultQuestionnaire();
    io::AnswerBatch b;
    b.companies = {kCompany};
    b.departments = {{0, QStringLiteral("Alpha")}, {0, QStringLiteral("Beta")}};
    b.rounds = {
        {0, QStringLiteral("2026-Q1"), kQ1}, {0, QStringLiteral("2026-Q2"), kQ2}, {0, QStringLiteral("2026-Q3"), kQ3}};
    const QList<const Item *> items = q.flatItems();
    for (int r = 0; r < 3; ++r)
        for (int d = 0; d < 2; ++d)
            for (int p = 0; p < 5; ++p) {
                b.respondents.append({d, r, QStringLiteral("P%1").arg(p + 1)});
                for (int i = 0; i < items.size(); ++i)
                    b.answers.push_back(
                        {int(b.respondents.size()) - 1, i, levels(r, b.departments[d].name, items[i]->id).at(p), true});
            }
    storage::StorageError error;
    EXPECT_TRUE(storage::Workspace::create(path, q, &error, &b)) << s(error.message);
    return path;
}

const QString kOwnTitle = QString::fromUtf8("🚀 Intranet-Blog der <b>Geschäftsführung</b> & \"Team\"");
const QString kLongOwner = QString::fromUtf8("Kundenbeziehungsmanagementabteilungsleitungsstabsstellenvertretung"
                                             "sbeauftragte/Marketing/Vertrieb <i>Müller-Lüdenscheidt</i> 🚀 מכירות");

PlanMeasure measure(const QString &id, const QString &owner, const QDate &due, Horizon h, PlanStatus status,
                    const QDate &doneOn = {})
{
    PlanMeasure m;
    m.measure = id;
    m.owner = owner;
    m.due = due;
    m.horizon = h;
    m.status = status;
    m.doneOn = doneOn;
    return m;
}

/// The plan of Plan GmbH: done between Q1 and Q2, on Q2's date, between Q2 and Q3 and on Q3's
/// date; one overdue, one dropped, one without owner or date, one with a hostile owner.
void addPlan(WorkspaceSession &ws, qint64 company)
{
    QList<PlanMeasure> plan{
        measure(QStringLiteral("engagement-guidelines"), QStringLiteral("Leitung Kommunikation"), {2026, 3, 31},
                Horizon::Now, PlanStatus::Done, {2026, 3, 1}),
        measure(QStringLiteral("exec-workshop"), QStringLiteral("Geschäftsführung"), {2026, 5, 31}, Horizon::Now,
                PlanStatus::Done, {2026, 5, 10}),
        measure(QStringLiteral("cross-functional-team"), QStringLiteral("Leitung Vertrieb"), {2026, 7, 31},
                Horizon::Now, PlanStatus::Done, kQ3),
        measure(QStringLiteral("internal-training"), QStringLiteral("Personal"), {2026, 6, 30}, Horizon::Now,
                PlanStatus::Doing),
        measure(QStringLiteral("kpis-in-controlling"), kLongOwner, {2026, 12, 31}, Horizon::Next, PlanStatus::Planned),
        measure(QStringLiteral("social-vision"), QString(), {}, Horizon::Later, PlanStatus::Planned),
        measure(QStringLiteral("monitoring-service"), QStringLiteral("Marketing"), {2026, 9, 30}, Horizon::Later,
                PlanStatus::Dropped),
    };
    PlanMeasure own =
        measure(QString(), QStringLiteral("Geschäftsführung"), {2026, 4, 30}, Horizon::Now, PlanStatus::Done, kQ2);
    own.title = kOwnTitle;
    own.ownItems = {QStringLiteral("roadmap.review"), QStringLiteral("team.forum"),
                    QStringLiteral("roadmap.content-calendar")};
    own.note = QStringLiteral("Ein Beitrag im Monat <script>");
    plan.insert(2, own);
    for (PlanMeasure &m : plan) {
        m.company = company;
        WorkspaceError error;
        ASSERT_GT(ws.addPlanMeasure(m, &error), 0) << s(error.message);
    }
}

struct PlanFixture {
    QTemporaryDir dir;
    std::unique_ptr<WorkspaceSession> session;
    qint64 company = 0;

    explicit PlanFixture(bool withPlan = true)
    {
        WorkspaceError error;
        session = WorkspaceSession::open(planWorkspace(dir), WorkspaceSession::Mode::ReadWrite, &error);
        EXPECT_TRUE(session) << s(error.message);
        if (!session)
            return;
        company = session->companies().value(0).id;
        if (withPlan)
            addPlan(*session, company);
    }
    /// What the CLI and the report dialog give the report: every measure with its effect from
    /// the anonymous view.
    report::ReportOptions options(const QString &round, const QString &lang) const
    {
        report::ReportOptions o;
        o.company = kCompany;
        o.round = round;
        o.language = lang;
        o.generated = kToday;
        QList<PlanMeasure> plan;
        WorkspaceError error;
        EXPECT_TRUE(session->planMeasures(company, &plan, &error)) << s(error.message);
        o.plan.emplace();
        for (const PlanMeasure &m : std::as_const(plan))
            o.plan->append({m, session->planEffect(m, /*anonymous=*/true)});
        return o;
    }
    /// The report's text in drawing order, white space removed (see withoutSpace).
    QString text(const report::ReportOptions &o, const QString &name) const
    {
        report::ReportDocument doc(session->questionnaire(), session->anonymousReport(), o);
        EXPECT_TRUE(doc.error().isEmpty()) << s(doc.error());
        const QString path = dir.filePath(name);
        QString error;
        EXPECT_TRUE(doc.writePdf(path, &error)) << s(error);
        return withoutSpace(pdfRawText(path));
    }
    QString title(const QString &measure, const QString &lang) const
    {
        return withoutSpace(session->questionnaire().measure(measure)->title.text(lang));
    }
};

/// What of `typed` the PDF's text layer holds, white space removed: the emoji is drawn, but
/// Qt 6.4 writes no text for characters outside the Basic Multilingual Plane.
QString needle(const QString &typed)
{
    return withoutSpace(QString(typed).remove(QString::fromUtf8("🚀")));
}

/// The part of `text` from `from` to `to` (both white space free); empty when `from` is missing.
QString between(const QString &text, const QString &from, const QString &to)
{
    const qsizetype start = text.indexOf(needle(from));
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(needle(to), start + 1);
    return text.mid(start, end < 0 ? -1 : end - start);
}

/// True when the needles occur in `text` in this order.
bool inOrder(const QString &text, const QStringList &needles)
{
    qsizetype from = 0;
    for (const QString &n : needles) {
        from = text.indexOf(needle(n), from);
        if (from < 0)
            return false;
        from += needle(n).size();
    }
    return true;
}

struct Words {
    QString lang, roadmapIntro, now, next, later, doneSince, after, overdue, inProgress, planned, notNamed, noDate;
};
const Words kEnglish{QStringLiteral("en"),
                     QStringLiteral("The measures of the action plan by when they are tackled"),
                     QStringLiteral("Now"),
                     QStringLiteral("Next"),
                     QStringLiteral("Later"),
                     QStringLiteral("Done since the last round"),
                     QStringLiteral("Reference figures"),
                     QStringLiteral("overdue"),
                     QStringLiteral("in progress"),
                     QStringLiteral("planned"),
                     QStringLiteral("not named"),
                     QStringLiteral("no date")};
const Words kGerman{QStringLiteral("de"),
                    QStringLiteral("Die Maßnahmen des Maßnahmenplans nach Zeithorizont"),
                    QStringLiteral("Jetzt"),
                    QStringLiteral("Als Nächstes"),
                    QStringLiteral("Später"),
                    QStringLiteral("Seit der letzten Runde erledigt"),
                    QStringLiteral("Referenzwerte"),
                    QStringLiteral("überfällig"),
                    QStringLiteral("in Arbeit"),
                    QStringLiteral("geplant"),
                    QStringLiteral("nicht benannt"),
                    QStringLiteral("ohne Termin")};

TEST(ReportPlan, RoadmapListsEveryMeasureNotDroppedUnderItsHorizonInBothLanguages)
{
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    PlanFixture f;
    for (const Words &w : {kEnglish, kGerman}) {
        const bool de = w.lang == u"de";
        auto date = [de](int y, int m, int d) {
            return QDate(y, m, d).toString(de ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("yyyy-MM-dd"));
        };
        const QString text = f.text(f.options(QString(), w.lang), w.lang + QStringLiteral("-roadmap.pdf"));
        const QString roadmap = between(text, w.roadmapIntro, w.doneSince);
        ASSERT_FALSE(roadmap.isEmpty()) << s(w.lang) << s(text);
        // One of the measures, internal-training, was due on 30 June and is in progress on 1 August.
        EXPECT_TRUE(roadmap.contains(withoutSpace(de ? QStringLiteral("Am 1. August 2026 ist 1 Maßnahme überfällig")
                                                     : QStringLiteral("1 measure is overdue on 1 August 2026"))))
            << s(roadmap);
        // Now: by due date – engagement-guidelines (31 March), own (30 April), exec-workshop (31 May),
        // internal-training (30 June, overdue), cross-functional-team (31 July).
        const QString now = between(roadmap, w.now, w.next);
        EXPECT_TRUE(inOrder(
            now, {f.title(QStringLiteral("engagement-guidelines"), w.lang), QStringLiteral("Leitung Kommunikation"),
                  date(2026, 3, 31), kOwnTitle, QStringLiteral("Ein Beitrag im Monat <script>"),
                  QStringLiteral("Geschäftsführung"), date(2026, 4, 30),
                  f.title(QStringLiteral("exec-workshop"), w.lang), QStringLiteral("Geschäftsführung"),
                  date(2026, 5, 31), f.title(QStringLiteral("internal-training"), w.lang), QStringLiteral("Personal"),
                  date(2026, 6, 30), w.overdue, w.inProgress, f.title(QStringLiteral("cross-functional-team"), w.lang),
                  QStringLiteral("Leitung Vertrieb"), date(2026, 7, 31)}))
            << s(w.lang) << "\n"
            << s(now);
        EXPECT_EQ(now.count(withoutSpace(w.overdue)), 1) << s(now); // only the one in progress past its date
        const QString next = between(roadmap, w.next, w.later);
        EXPECT_TRUE(inOrder(
            next, {f.title(QStringLiteral("kpis-in-controlling"), w.lang), kLongOwner, date(2026, 12, 31), w.planned}))
            << s(next);
        const QString later = between(roadmap, w.later, w.doneSince);
        EXPECT_TRUE(inOrder(later, {f.title(QStringLiteral("social-vision"), w.lang), w.notNamed, w.noDate, w.planned}))
            << s(later);
        EXPECT_FALSE(roadmap.contains(f.title(QStringLiteral("monitoring-service"), w.lang))) << "dropped";
        EXPECT_FALSE(roadmap.contains(date(2026, 9, 30))) << "dropped";
    }
    EXPECT_TRUE(report::ReportText::untranslated().isEmpty())
        << "German texts missing for: " << s(report::ReportText::untranslated().join(u'\n'));
}

TEST(ReportPlan, DoneSinceListsExactlyTheMeasuresOfTheWindowWithWhatChanged)
{
    // Report on 2026-Q3 (the latest round; previous 2026-Q2 on 15 April): done on or after
    // 15 April. By done date:
    //   own measure, done 15 April (Q2's day: after Q2's survey), Q2 → Q3:
    //     Team 3.2 forum            50 → 50     0.0
    //     Roadmap 5.3 calendar      50 → (75 + 65) / 2 = 70     +20.0
    //     Roadmap 5.6 review        (25 + 50) / 2 = 37.5 → (30 + 50) / 2 = 40     +2.5
    //     mean (0 + 20 + 2.5) / 3 = +7.5
    //   exec-workshop, done 10 May, Q2 → Q3:
    //     Leadership 4.1 awareness  (25 + 50) / 2 = 37.5 → (75 + 50) / 2 = 62.5   +25.0
    //     Leadership 4.2 active     50 → (60 + 50) / 2 = 55     +5.0
    //     mean +15.0
    //   cross-functional-team, done 15 July (Q3's day): no round after it yet.
    // Not listed: engagement-guidelines (done 1 March, before Q2).
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    PlanFixture f;
    const QString text = f.text(f.options(QString(), QStringLiteral("en")), QStringLiteral("done-en.pdf"));
    const QString done = between(text, kEnglish.doneSince, kEnglish.after);
    ASSERT_FALSE(done.isEmpty()) << s(text);
    EXPECT_TRUE(inOrder(
        done, {QStringLiteral("This section lists the measures of the plan done since round 2026-Q2 (2026-04-15)"),
               QStringLiteral("The figures say what changed, not that the measure caused it"),
               kOwnTitle,
               QStringLiteral("done on 2026-04-15, owner: Geschäftsführung"),
               QStringLiteral("The statements of this measure changed by +7.5 points on average between 2026-Q2 and "
                              "2026-Q3."),
               QStringLiteral("Team 3.2:"),
               QStringLiteral("50.0"),
               QStringLiteral("50.0"),
               QStringLiteral("0.0"),
               QStringLiteral("Roadmap 5.3:"),
               QStringLiteral("50.0"),
               QStringLiteral("70.0"),
               QStringLiteral("+20.0"),
               QStringLiteral("Roadmap 5.6:"),
               QStringLiteral("37.5"),
               QStringLiteral("40.0"),
               QStringLiteral("+2.5"),
               f.title(QStringLiteral("exec-workshop"), QStringLiteral("en")),
               QStringLiteral("done on 2026-05-10"),
               QStringLiteral("changed by +15.0 points on average between 2026-Q2 and 2026-Q3."),
               QStringLiteral("Leadership 4.1:"),
               QStringLiteral("37.5"),
               QStringLiteral("62.5"),
               QStringLiteral("+25.0"),
               QStringLiteral("Leadership 4.2:"),
               QStringLiteral("50.0"),
               QStringLiteral("55.0"),
               QStringLiteral("+5.0"),
               f.title(QStringLiteral("cross-functional-team"), QStringLiteral("en")),
               QStringLiteral("done on 2026-07-15"),
               QStringLiteral("Done after the survey of this round: the next round will show what changed")}))
        << s(done);
    EXPECT_EQ(done.count(withoutSpace(QStringLiteral("done on "))), 3) << s(done);
    EXPECT_FALSE(done.contains(f.title(QStringLiteral("engagement-guidelines"), QStringLiteral("en"))));

    // German: German numbers and dates, the same measures.
    const QString de = between(f.text(f.options(QString(), QStringLiteral("de")), QStringLiteral("done-de.pdf")),
                               kGerman.doneSince, kGerman.after);
    EXPECT_TRUE(inOrder(de, {QStringLiteral("Hier stehen die seit Runde 2026-Q2 (15.04.2026) erledigten Maßnahmen"),
                             kOwnTitle, QStringLiteral("erledigt am 15.04.2026"),
                             QStringLiteral("Die Aussagen dieser Maßnahme haben sich zwischen 2026-Q2 und 2026-Q3 im "
                                            "Mittel um +7,5 Punkte verändert."),
                             QStringLiteral("Roadmap 5.6:"), QStringLiteral("37,5"), QStringLiteral("40,0"),
                             QStringLiteral("+2,5"), f.title(QStringLiteral("exec-workshop"), QStringLiteral("de")),
                             QStringLiteral("im Mittel um +15,0 Punkte"), QStringLiteral("Führung 4.1:"),
                             QStringLiteral("37,5"), QStringLiteral("62,5"), QStringLiteral("+25,0"),
                             f.title(QStringLiteral("cross-functional-team"), QStringLiteral("de")),
                             QStringLiteral("zeigt die nächste Runde")}))
        << s(de);
    EXPECT_EQ(de.count(withoutSpace(QStringLiteral("erledigt am "))), 3) << s(de);
}

TEST(ReportPlan, AnEarlierRoundListsTheMeasuresDoneBeforeItAndTheFirstRoundHasNone)
{
    // Report on 2026-Q2 (previous 2026-Q1 on 15 January): done from 15 January to before
    // 15 April: engagement-guidelines only (done 1 March), Q1 → Q2:
    //   Practices 2.2 dialogue   50 → 50    0.0
    //   Roadmap 5.4 guidelines   50 → (70 + 50) / 2 = 60    +10.0
    //   mean +5.0
    // The own measure, done on 15 April, belongs to the report on 2026-Q3.
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    PlanFixture f;
    const QString text = f.text(f.options(QStringLiteral("2026-Q2"), QStringLiteral("en")), QStringLiteral("q2.pdf"));
    const QString done = between(text, kEnglish.doneSince, kEnglish.after);
    EXPECT_TRUE(inOrder(done, {QStringLiteral("done between round 2026-Q1 (2026-01-15) and round 2026-Q2 (2026-04-15)"),
                               f.title(QStringLiteral("engagement-guidelines"), QStringLiteral("en")),
                               QStringLiteral("changed by +5.0 points on average between 2026-Q1 and 2026-Q2."),
                               QStringLiteral("Practices 2.2:"), QStringLiteral("50.0"), QStringLiteral("50.0"),
                               QStringLiteral("0.0"), QStringLiteral("Roadmap 5.4:"), QStringLiteral("50.0"),
                               QStringLiteral("60.0"), QStringLiteral("+10.0")}))
        << s(done);
    EXPECT_EQ(done.count(withoutSpace(QStringLiteral("done on "))), 1) << s(done);
    EXPECT_FALSE(done.contains(needle(kOwnTitle)));

    const QString first =
        between(f.text(f.options(QStringLiteral("2026-Q1"), QStringLiteral("en")), QStringLiteral("q1.pdf")),
                kEnglish.doneSince, kEnglish.after);
    EXPECT_TRUE(inOrder(first, {QStringLiteral("Round 2026-Q1 is the company's first round"),
                                QStringLiteral("No measure was done in this period.")}))
        << s(first);
}

TEST(ReportPlan, WithheldCompanyValuesStayWithheld)
{
    // k = 11: each round has 10 respondents, so every company value is withheld (scoring.md
    // *Anonymity*, rule 4) and the effect has no numbers either.
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    PlanFixture f;
    WorkspaceError error;
    ASSERT_TRUE(f.session->setAnonymityThreshold(11, &error)) << s(error.message);
    const QString done = between(f.text(f.options(QString(), QStringLiteral("en")), QStringLiteral("k11.pdf")),
                                 kEnglish.doneSince, kEnglish.after);
    EXPECT_EQ(done.count(withoutSpace(QStringLiteral("Its statements have no scores to compare between 2026-Q2 "
                                                     "and 2026-Q3"))),
              2)
        << s(done);
    for (const QString &number : {QStringLiteral("37.5"), QStringLiteral("62.5"), QStringLiteral("+15.0"),
                                  QStringLiteral("70.0"), QStringLiteral("+7.5")})
        EXPECT_FALSE(done.contains(number)) << s(number);
}

TEST(ReportPlan, AnEmptyPlanSaysSoInOneSentence)
{
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    PlanFixture f(/*withPlan=*/false);
    const report::ReportOptions o = f.options(QString(), QStringLiteral("de"));
    ASSERT_TRUE(o.plan && o.plan->isEmpty());
    const QString text = f.text(o, QStringLiteral("empty.pdf"));
    EXPECT_TRUE(inOrder(text, {QStringLiteral("Fahrplan"),
                               QStringLiteral("Plan GmbH hat noch keine Maßnahmen im Maßnahmenplan"),
                               QStringLiteral("Seite „Maßnahmenplan“")}))
        << s(text);
    EXPECT_FALSE(text.contains(withoutSpace(kGerman.doneSince)));
    EXPECT_FALSE(text.contains(withoutSpace(kGerman.now)));

    // Without a plan given (nullopt) neither part is printed.
    report::ReportOptions without = o;
    without.plan.reset();
    EXPECT_FALSE(f.text(without, QStringLiteral("none.pdf")).contains(QStringLiteral("Fahrplan")));
}

TEST(ReportPlan, LongAndHostileUserTextStaysInsideTheMargins)
{
    PlanFixture f;
    // A note and an owner without a single space, longer than a line (Hebrew and the emoji are in
    // the hostile owner of kpis-in-controlling and the title of the own measure).
    QList<PlanMeasure> plan;
    WorkspaceError error;
    ASSERT_TRUE(f.session->planMeasures(f.company, &plan, &error));
    const QString spacelessOwner =
        QString::fromUtf8("Kundenbeziehungsmanagementabteilungsleitungsstab/<i>Müller-Lüdenscheidt</i>").repeated(3);
    const QString longNote =
        QStringLiteral("https://intranet.example.com/") + QStringLiteral("sehr-lange-notiz_").repeated(12);
    for (PlanMeasure m : plan)
        if (m.measure == u"exec-workshop") {
            m.owner = spacelessOwner;
            m.note = longNote;
            ASSERT_TRUE(f.session->updatePlanMeasure(m, &error)) << s(error.message);
        }
    constexpr double kDpi = 40;
    const int margin = int(20.0 / 25.4 * kDpi) - 1; // 20 mm, less a pixel for antialiasing
    for (const QString &lang : {QStringLiteral("de"), QStringLiteral("en")}) {
        report::ReportDocument doc(f.session->questionnaire(), f.session->anonymousReport(), f.options({}, lang));
        ASSERT_TRUE(doc.error().isEmpty()) << s(doc.error());
        for (int p = 0; p < doc.pageCount(); ++p)
            EXPECT_EQ(inkInSideMargins(doc.renderPage(p, kDpi), margin), 0) << s(lang) << " page " << p + 1;
        if (!haveTool(QStringLiteral("pdftotext")))
            continue;
        const QString path = f.dir.filePath(lang + QStringLiteral("-long.pdf"));
        QString problem;
        ASSERT_TRUE(doc.writePdf(path, &problem)) << s(problem);
        // The user's text is in the text layer, markup as typed.
        const QString text = withoutSpace(pdfRawText(path));
        for (const QString &typed :
             {kOwnTitle, kLongOwner, spacelessOwner, longNote, QStringLiteral("Ein Beitrag im Monat <script>")})
            EXPECT_TRUE(text.contains(needle(typed))) << s(typed);
    }
}

} // namespace
