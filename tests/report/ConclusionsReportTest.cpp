// The report's new parts as a reader finds them in the PDF text: the manager's conclusions on
// the summary page (literally, markup-like text included), the recommendations per department
// with the numbers worked out by hand from scoring.md, and the labels of hidden departments
// (too few respondents, or hidden to protect another department).

#include "ReportTestSupport.h"

#include "Report.h"

using namespace sbr;
using namespace sbr::reporttest;

namespace {

/// The pages of pdftotext's output (it separates them with form feeds).
QStringList pages(const QString &text)
{
    return text.split(u'\f');
}

/// The first page that holds `needle`, or -1.
int pageWith(const QStringList &pages, const QString &needle)
{
    for (int p = 0; p < pages.size(); ++p)
        if (pages[p].contains(needle))
            return p;
    return -1;
}

/// True when the needles occur in `text` in this order (each after the previous one).
bool inOrder(const QString &text, const QStringList &needles, qsizetype from = 0)
{
    for (const QString &n : needles) {
        from = text.indexOf(n, from);
        if (from < 0)
            return false;
        from += n.size();
    }
    return true;
}

QString writeAndRead(report::ReportDocument &doc, const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(doc.writePdf(path, &error)) << s(error);
    return pdfText(path);
}

} // namespace

TEST(ReportConclusions, ArePrintedLiterallyOnTheSummaryPageInBothLanguages)
{
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    QTemporaryDir dir;
    const ScoredWorkspace ws = score(createDemo(dir));
    const QString first = QStringLiteral("Wir setzen auf <b>Zuhören</b> & \"Dialog\" statt Kampagnen.");
    const QString second = QStringLiteral("Zweiter Absatz: Budget 2027 beantragen.");
    for (const auto &[lang, summary, heading] :
         {std::tuple{QStringLiteral("en"), QStringLiteral("Executive summary"), QStringLiteral("Conclusions")},
          std::tuple{QStringLiteral("de"), QStringLiteral("Zusammenfassung"), QStringLiteral("Fazit")}}) {
        report::ReportOptions o;
        o.company = demo::mainCompany();
        o.language = lang;
        o.conclusions = first + QStringLiteral("\n\n") + second;
        report::ReportDocument doc(ws.q, ws.anonymous(5), o);
        ASSERT_TRUE(doc.error().isEmpty()) << s(doc.error());
        const QStringList text = pages(writeAndRead(doc, dir, lang + QStringLiteral(".pdf")));
        const int page = pageWith(text, summary);
        ASSERT_GE(page, 0) << s(lang);
        EXPECT_TRUE(inOrder(text[page], {heading, first, second})) << s(lang) << "\n" << s(text[page]);

        // Without conclusions there is no such part.
        o.conclusions.clear();
        report::ReportDocument without(ws.q, ws.anonymous(5), o);
        const QStringList plain = pages(writeAndRead(without, dir, lang + QStringLiteral("-plain.pdf")));
        EXPECT_EQ(pageWith(plain, first), -1);
        EXPECT_FALSE(plain.value(pageWith(plain, summary)).contains(heading + QLatin1Char('\n'))) << s(lang);
    }
}

TEST(ReportDepartmentRecommendations, ListWhatLiftsEachVisibleDepartmentAndSayWhyHiddenOnesHaveNone)
{
    // The small workspace with k = 3: "Ä/Ö & <i>" (2 respondents) is under k; alone it could be
    // computed back, so the smallest other department joins, Alpha (3; tie with Beta, Alpha first
    // by name): hidden to protect another. Beta (3, level 2 everywhere: every score 50) is shown.
    // Target 75, five dimensions of weight 1: gain = (1/5) * (w_i / sum w) * 25:
    //   Strategy 1.1 (2/7.5) 1.333, Team 3.1 (2/7.5) 1.333 (tie: by id, strategy first),
    //   Roadmap 5.2 (2/8.5) 1.176, then 1.5/7 = 1.071 for leadership.active (4.2),
    //   leadership.awareness (4.1), practices.dialogue and .listening (ties by id).
    // Quick wins (a linked measure of low effort): 1.1, 5.2, 4.1 (3.1 and 4.2 have none).
    if (!haveTool(QStringLiteral("pdftotext")))
        GTEST_SKIP() << "poppler-utils are not installed";
    QTemporaryDir dir;
    const ScoredWorkspace ws = score(createSmall(dir));
    report::ReportOptions o;
    o.company = hostileCompany();
    o.language = QStringLiteral("en");
    o.departmentRecommendations = true;
    report::ReportDocument doc(ws.q, ws.anonymous(3), o);
    ASSERT_TRUE(doc.error().isEmpty()) << s(doc.error());
    const QString all = writeAndRead(doc, dir, QStringLiteral("departments.pdf"));
    const qsizetype start = all.indexOf(QStringLiteral("Recommendations per department"));
    ASSERT_GE(start, 0);
    const QString section = all.mid(start);

    const qsizetype alpha = section.indexOf(QStringLiteral("Alpha"));
    const qsizetype beta = section.indexOf(QStringLiteral("Beta"));
    const qsizetype hostile = section.indexOf(hostileDepartment());
    ASSERT_TRUE(alpha >= 0 && beta > alpha && hostile > beta) << s(section);
    EXPECT_TRUE(section.mid(alpha, beta - alpha).contains(QStringLiteral("Hidden to protect another department")));
    EXPECT_TRUE(section.mid(hostile).contains(QStringLiteral("Fewer than 3 respondents")));
    const QString betaPart = section.mid(beta, hostile - beta);
    EXPECT_TRUE(
        inOrder(betaPart, {QStringLiteral("Strategy 1.1"), QStringLiteral("+1.3"), QStringLiteral("Team 3.1"),
                           QStringLiteral("+1.3"), QStringLiteral("Roadmap 5.2"), QStringLiteral("+1.2"),
                           QStringLiteral("Leadership 4.2"), QStringLiteral("+1.1"), QStringLiteral("Leadership 4.1"),
                           QStringLiteral("+1.1"), QStringLiteral("Quick wins"), QStringLiteral("Strategy 1.1"),
                           QStringLiteral("Roadmap 5.2"), QStringLiteral("Leadership 4.1")}))
        << s(betaPart);
    EXPECT_FALSE(betaPart.contains(QStringLiteral("Practices 2."))); // only the first five are listed
    EXPECT_EQ(betaPart.count(QStringLiteral("50.0")), 5);            // the department's item scores
    const qsizetype wins = betaPart.indexOf(QStringLiteral("Quick wins"));
    EXPECT_FALSE(betaPart.mid(wins).contains(QStringLiteral("Team 3.1"))); // no low-effort measure

    // The same labels wherever the hidden departments are listed: the departments table too.
    const QString before = all.left(start);
    EXPECT_TRUE(before.contains(QStringLiteral("hidden to protect another department")));
    EXPECT_TRUE(before.contains(QStringLiteral("too few respondents")));
}
