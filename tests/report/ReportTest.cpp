// The management report as a reader sees it: the PDF is read back with pdftotext/pdfinfo and
// checked for the selection, every dimension, the index exactly as the dashboard shows it,
// page numbers against the real page count, literal user text and the anonymity rule.

#include "ReportTestSupport.h"

#include "Report.h"
#include "ReportText.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>

using namespace sbr;
using namespace sbr::reporttest;

namespace {

class ReportDemo : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_ws = new ScoredWorkspace(score(createDemo(*s_dir)));
    }
    static void TearDownTestSuite()
    {
        delete s_ws;
        delete s_dir;
    }
    void SetUp() override
    {
        if (!haveTool(QStringLiteral("pdftotext")) || !haveTool(QStringLiteral("pdfinfo")))
            GTEST_SKIP() << "poppler-utils (pdftotext, pdfinfo) are not installed";
    }

    static const CompanyResult &company()
    {
        for (const CompanyResult &c : s_ws->report.companies)
            if (c.name == demo::mainCompany())
                return c;
        static const CompanyResult none;
        ADD_FAILURE() << "no demo company";
        return none;
    }
    static report::ReportOptions options(const QString &lang)
    {
        report::ReportOptions o;
        o.company = demo::mainCompany();
        o.language = lang;
        o.generated = QDate(2026, 10, 1);
        return o;
    }
    /// Writes the report and returns its text; `pages` gets pdfinfo's page count.
    static QString writeAndRead(report::ReportDocument &doc, const QString &name, int *pages)
    {
        const QString path = s_dir->filePath(name);
        QString error;
        EXPECT_TRUE(doc.writePdf(path, &error)) << s(error);
        *pages = pdfPages(path);
        return pdfText(path);
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline ScoredWorkspace *s_ws = nullptr;
};

TEST_F(ReportDemo, GermanReportShowsSelectionDimensionsIndexAndPageNumbers)
{
    report::ReportDocument doc(s_ws->q, s_ws->anonymous(3), options(QStringLiteral("de")));
    ASSERT_TRUE(doc.error().isEmpty()) << s(doc.error());
    int pages = 0;
    const QString text = writeAndRead(doc, QStringLiteral("de.pdf"), &pages);
    ASSERT_FALSE(text.isEmpty());

    const RoundResult &latest = company().rounds.back();
    EXPECT_TRUE(text.contains(demo::mainCompany()));
    EXPECT_TRUE(text.contains(latest.label));
    for (const Dimension &d : s_ws->q.dimensions)
        EXPECT_TRUE(text.contains(d.title.text(QStringLiteral("de")))) << s(d.id);
    ASSERT_TRUE(latest.company.index.has_value());
    const QString index = QLocale(QLocale::German).toString(*latest.company.index, 'f', 1);
    EXPECT_TRUE(text.contains(index)) << "index " << s(index);
    EXPECT_TRUE(text.contains(QStringLiteral("Zusammenfassung")));
    EXPECT_TRUE(text.contains(QString::fromUtf8("1. Oktober 2026"))) << "the injected date";

    EXPECT_GT(pages, 5);
    EXPECT_EQ(doc.pageCount(), pages);
    EXPECT_TRUE(text.contains(QStringLiteral("Seite 1 von %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Seite %1 von %1").arg(pages)));
    EXPECT_FALSE(text.contains(QStringLiteral("Page 1 of")));
    // The demo has a department with two respondents in its first round only: in the latest
    // round the words appear once, where the method explains the rule.
    EXPECT_EQ(text.count(QStringLiteral("zu wenige Antworten")), 1);
    EXPECT_TRUE(report::ReportText::untranslated().isEmpty())
        << "German texts missing for: " << s(report::ReportText::untranslated().join(u'\n'));
}

TEST_F(ReportDemo, EnglishReportUsesEnglishTextsAndNumbers)
{
    report::ReportDocument doc(s_ws->q, s_ws->anonymous(3), options(QStringLiteral("en")));
    int pages = 0;
    const QString text = writeAndRead(doc, QStringLiteral("en.pdf"), &pages);
    for (const Dimension &d : s_ws->q.dimensions)
        EXPECT_TRUE(text.contains(d.title.text(QStringLiteral("en")))) << s(d.id);
    const QString index = QLocale(QLocale::English).toString(*company().rounds.back().company.index, 'f', 1);
    EXPECT_TRUE(text.contains(index)) << s(index);
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("Executive summary")));
    EXPECT_FALSE(text.contains(QStringLiteral("Seite")));
    EXPECT_FALSE(text.contains(QStringLiteral("Zusammenfassung")));
}

TEST_F(ReportDemo, EarlierRoundHidesDepartmentUnderThreshold)
{
    const RoundResult &first = company().rounds.front();
    const DepartmentResult *few = nullptr;
    for (const DepartmentResult &d : first.departments)
        if (d.respondents < 3)
            few = &d;
    ASSERT_NE(few, nullptr) << "the demo's first round has a department with too few respondents";
    report::ReportOptions o = options(QStringLiteral("de"));
    o.round = first.label;
    report::ReportDocument doc(s_ws->q, s_ws->anonymous(3), o);
    int pages = 0;
    const QString text = writeAndRead(doc, QStringLiteral("first.pdf"), &pages);
    EXPECT_TRUE(text.contains(first.label));
    EXPECT_GT(text.count(QStringLiteral("zu wenige Antworten")), 1);
    bool rowHidden = false;
    for (const QString &line : text.split(u'\n'))
        if (line.trimmed().startsWith(few->name) && line.contains(QStringLiteral("zu wenige Antworten")))
            rowHidden = true;
    EXPECT_TRUE(rowHidden) << "a table row of " << s(few->name) << " says so";
    EXPECT_TRUE(text.contains(QLocale(QLocale::German).toString(*first.company.index, 'f', 1)));
    ASSERT_TRUE(few->index.has_value());
    EXPECT_FALSE(text.contains(QLocale(QLocale::German).toString(*few->index, 'f', 1)))
        << "the hidden department's index " << *few->index;
}

TEST_F(ReportDemo, PdfIsA4WithTitleAndWrittenToAnyDevice)
{
    report::ReportDocument doc(s_ws->q, s_ws->anonymous(3), options(QStringLiteral("de")));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(doc.writePdf(&buffer));
    EXPECT_TRUE(buffer.data().startsWith("%PDF-"));
    const QString path = s_dir->filePath(QStringLiteral("buffer.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    const QString info = pdfInfo(path);
    EXPECT_TRUE(info.contains(QStringLiteral("(A4)"))) << s(info);
    EXPECT_TRUE(info.contains(QStringLiteral("Management-Bericht"))) << s(info);
    EXPECT_TRUE(info.contains(QStringLiteral("Social Business Radar"))) << s(info);
}

TEST_F(ReportDemo, WritingIntoAMissingFolderFailsWithoutLeavingFiles)
{
    report::ReportDocument doc(s_ws->q, s_ws->anonymous(3), options(QStringLiteral("de")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/report.pdf"));
    QString error;
    EXPECT_FALSE(doc.writePdf(path, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // Writing over an existing file replaces it as a whole.
    const QString existing = dir.filePath(QStringLiteral("report.pdf"));
    QFile old(existing);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    EXPECT_TRUE(doc.writePdf(existing, &error)) << s(error);
    QFile written(existing);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().startsWith("%PDF-"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST_F(ReportDemo, PagesRenderAsImagesForThePreview)
{
    report::ReportDocument doc(s_ws->q, s_ws->anonymous(3), options(QStringLiteral("de")));
    const QImage page = doc.renderPage(1, 60);
    ASSERT_FALSE(page.isNull());
    EXPECT_NEAR(page.width(), 210 / 25.4 * 60, 1.0);
    EXPECT_NEAR(page.height(), 297 / 25.4 * 60, 1.0);
    int inked = 0;
    for (int y = 0; y < page.height(); y += 3)
        for (int x = 0; x < page.width(); x += 3)
            inked += page.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    EXPECT_GT(inked, 500) << "the radar page has charts on it";
    EXPECT_TRUE(doc.renderPage(doc.pageCount(), 60).isNull());
    EXPECT_TRUE(doc.renderPage(-1, 60).isNull());
}

TEST_F(ReportDemo, LogoIsDrawnOnTheCover)
{
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(QColor(220, 0, 0));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(logo.save(&buffer, "PNG"));
    report::ReportOptions o = options(QStringLiteral("de"));
    o.logo = png;
    report::ReportDocument doc(s_ws->q, s_ws->anonymous(3), o);
    const QImage page = doc.renderPage(0, 60);
    auto red = [](const QImage &image) {
        int n = 0;
        for (int y = 0; y < image.height() / 4; ++y)
            for (int x = image.width() / 2; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += c.red() > 200 && c.green() < 40 && c.blue() < 40 ? 1 : 0;
            }
        return n;
    };
    EXPECT_GT(red(page), 500) << "a 45 × 15 mm logo at the top right";
    report::ReportDocument without(s_ws->q, s_ws->anonymous(3), options(QStringLiteral("de")));
    EXPECT_EQ(red(without.renderPage(0, 60)), 0);
}

TEST_F(ReportDemo, UnknownCompanyOrRoundIsAnErrorWithNothingToDraw)
{
    report::ReportOptions o = options(QStringLiteral("de"));
    o.company = QStringLiteral("Nobody GmbH");
    report::ReportDocument noCompany(s_ws->q, s_ws->anonymous(3), o);
    EXPECT_FALSE(noCompany.error().isEmpty());
    EXPECT_EQ(noCompany.pageCount(), 0);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    EXPECT_FALSE(noCompany.writePdf(&buffer));
    EXPECT_TRUE(noCompany.renderPage(0, 60).isNull());

    o = options(QStringLiteral("de"));
    o.round = QStringLiteral("1999-Q1");
    report::ReportDocument noRound(s_ws->q, s_ws->anonymous(3), o);
    EXPECT_FALSE(noRound.error().isEmpty());
    EXPECT_EQ(noRound.pageCount(), 0);
}

// --- A small workspace whose numbers the test controls -------------------------------------

class ReportSmall : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!haveTool(QStringLiteral("pdftotext")))
            GTEST_SKIP() << "poppler-utils are not installed";
        m_ws = score(createSmall(m_dir));
    }
    QString text(const QString &lang, const QString &name, const QStringList &departments = {})
    {
        report::ReportOptions o;
        o.company = hostileCompany();
        o.language = lang;
        o.departments = departments;
        report::ReportDocument doc(m_ws.q, m_ws.anonymous(3), o);
        EXPECT_TRUE(doc.error().isEmpty()) << s(doc.error());
        const QString path = m_dir.filePath(name);
        QString error;
        EXPECT_TRUE(doc.writePdf(path, &error)) << s(error);
        return pdfText(path);
    }
    QTemporaryDir m_dir;
    ScoredWorkspace m_ws;
};

TEST_F(ReportSmall, UserTextIsPrintedLiterally)
{
    const QString de = text(QStringLiteral("de"), QStringLiteral("small-de.pdf"));
    EXPECT_TRUE(de.contains(hostileCompany())) << s(de.left(2000));
    EXPECT_TRUE(de.contains(hostileDepartment())) << s(de.left(2000));
    EXPECT_FALSE(de.contains(QStringLiteral("&amp;")));
    EXPECT_FALSE(de.contains(QStringLiteral("&lt;")));
    const QString en = text(QStringLiteral("en"), QStringLiteral("small-en.pdf"));
    EXPECT_TRUE(en.contains(hostileCompany()));
    EXPECT_TRUE(en.contains(hostileDepartment()));
}

// k = 3: the hostile department (2 respondents) is hidden, and with it Alpha (3 respondents, the
// smallest other one; Beta ties and comes later by name), or the company value and Beta's would
// give it back. The two form the pool: 5 respondents, scores (87.5 + 25) / 2 = 56.25.
TEST_F(ReportSmall, DepartmentUnderThresholdShowsNoNumbers)
{
    ASSERT_EQ(m_ws.anonymityThreshold, 5) << "the default of a new workspace";
    const QString de = text(QStringLiteral("de"), QStringLiteral("anon-de.pdf"));
    bool rowHidden = false;
    for (const QString &line : de.split(u'\n'))
        if (line.trimmed().startsWith(hostileDepartment()) && line.contains(QStringLiteral("zu wenige Antworten")))
            rowHidden = true;
    EXPECT_TRUE(rowHidden) << s(de);
    EXPECT_FALSE(de.contains(QStringLiteral("87,5"))) << "the hidden department's scores";
    EXPECT_TRUE(de.contains(QStringLiteral("54,2"))) << "the company's index still counts it";
    int alphaRows = 0;
    for (const QString &line : de.split(u'\n')) {
        // Table rows ("Alpha" and the rest of the row); not the end of a wrapped caption ("Alpha.").
        if (line.trimmed().startsWith(QStringLiteral("Alpha "))) {
            ++alphaRows;
            // Alpha has k = 3 respondents: it is not too small, and the row says why it is hidden.
            EXPECT_TRUE(line.contains(QStringLiteral("zum Schutz einer anderen Abteilung ausgeblendet")) &&
                        !line.contains(QStringLiteral("25,0")) && !line.contains(QStringLiteral("zu wenige")))
                << "Alpha is hidden to protect the small department: " << s(line);
        }
    }
    EXPECT_GE(alphaRows, 2) << "the departments table and the dimension tables";
    EXPECT_TRUE(de.contains(QStringLiteral("50,0"))) << "Beta shows";
    EXPECT_TRUE(
        de.contains(QStringLiteral("Andere Abteilungen (") + hostileDepartment() + QStringLiteral(", Alpha)")) ||
        de.contains(QStringLiteral("Andere Abteilungen (Alpha, ") + hostileDepartment() + QStringLiteral(")")))
        << "the pool's row";

    EXPECT_TRUE(report::ReportText::untranslated().isEmpty())
        << "German texts missing for: " << s(report::ReportText::untranslated().join(u'\n'));

    const QString en = text(QStringLiteral("en"), QStringLiteral("anon-en.pdf"));
    EXPECT_TRUE(en.contains(QStringLiteral("too few respondents")));
    EXPECT_FALSE(en.contains(QStringLiteral("87.5")));
    EXPECT_TRUE(en.contains(QStringLiteral("54.2")));
}

// Leaving departments out of the report keeps them in every company figure: the summary says so
// next to those figures, and the cover and method say which version and threshold made them.
TEST_F(ReportSmall, LeftOutDepartmentsAreNamedNextToTheCompanyFigures)
{
    const QString de = text(QStringLiteral("de"), QStringLiteral("beta-de.pdf"), {QStringLiteral("Beta")});
    EXPECT_TRUE(de.simplified().contains(
        QStringLiteral("Unternehmenswerte über alle 3 Abteilungen; davon 2 nicht in diesem Bericht aufgeführt.")))
        << s(de.left(3000));
    EXPECT_TRUE(de.contains(QStringLiteral("54,2"))) << "the company index over all three departments";
    EXPECT_TRUE(de.simplified().contains(QStringLiteral("Mindestgruppengröße 3"))) << "the status line";
    const QString en = text(QStringLiteral("en"), QStringLiteral("all-en.pdf"));
    EXPECT_FALSE(en.contains(QStringLiteral("not listed in this report"))) << "nothing left out";
    EXPECT_TRUE(en.simplified().contains(QStringLiteral("minimum group size 3")));
}

} // namespace
