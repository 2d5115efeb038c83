// The case of shared/cases/pdf-long-names: a long company name, slash-joined and long compound
// department names, Hebrew, Arabic, an emoji and markup-like text. Every page of the report, in
// both languages, with the manager's conclusions and the recommendations per department, keeps
// its 20 mm side margins free of ink (pages rendered as images), and the text layer holds every
// name and the conclusions.

#include "ReportTestSupport.h"

#include "Report.h"

using namespace sbr;
using namespace sbr::reporttest;

namespace {

const QString kCompany = QString::fromUtf8("Süddeutsche Präzisions- und Sondermaschinenbau-Gesellschaft für "
                                           "Antriebstechnik mbH & Co. KG – Niederlassung Großröhrsdorf");
const QStringList kDepartments{QStringLiteral("Marketing/Vertrieb/Service/Produktmanagement"),
                               QStringLiteral("Kundenbeziehungsmanagementabteilungsleitungsstab"),
                               QString::fromUtf8("Öffentlichkeitsarbeit & „Unternehmenskommunikation“ (Zentrale)"),
                               QString::fromUtf8("מכירות"),
                               QString::fromUtf8("التسويق والمبيعات"),
                               QString::fromUtf8("Social 🚀 Team"),
                               hostileDepartment()};

/// The manager's conclusions with a long path, a long compound and markup-like text.
const QString kConclusions = QString::fromUtf8(
    "Nächste Schritte: siehe "
    "https://intranet.example.com/marketing/social-business-radar/massnahmenplan_2026-Q1_final_v3.pdf "
    "<b>und</b> & das Kundenbeziehungsmanagementabteilungsleitungsstabsbesprechungsprotokollverzeichnis.");

QString longNamesWorkspace(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("long.sbradar"));
    const Questionnaire q = io::defaultQuestionnaire();
    io::AnswerBatch b;
    b.companies = {kCompany};
    b.rounds = {{0, QStringLiteral("2026-Q1"), QDate(2026, 3, 15)}};
    for (int d = 0; d < kDepartments.size(); ++d) {
        b.departments.append({0, kDepartments[d]});
        for (int r = 0; r < 5; ++r) { // 5 respondents each: every department visible at k = 5
            b.respondents.append({d, 0, QStringLiteral("p%1-%2").arg(d).arg(r)});
            for (int item = 0; item < q.itemCount(); ++item)
                b.answers.push_back({int(b.respondents.size()) - 1, item, (d + r + item) % 5, true});
        }
    }
    storage::StorageError error;
    EXPECT_TRUE(storage::Workspace::create(path, q, &error, &b)) << s(error.message);
    return path;
}

TEST(PrintLayout, LongAndForeignNamesStayInsideTheMarginsInBothLanguages)
{
    QTemporaryDir dir;
    const ScoredWorkspace ws = score(longNamesWorkspace(dir));
    constexpr double kDpi = 40;
    const int margin = int(20.0 / 25.4 * kDpi) - 1; // 20 mm, less a pixel for antialiasing
    for (const QString &lang : {QStringLiteral("de"), QStringLiteral("en")}) {
        report::ReportOptions o;
        o.company = kCompany;
        o.language = lang;
        o.conclusions = kConclusions;
        o.departmentRecommendations = true; // the departments' names as headings of their own
        report::ReportDocument doc(ws.q, ws.anonymous(5), o);
        ASSERT_TRUE(doc.error().isEmpty()) << s(doc.error());
        ASSERT_GT(doc.pageCount(), 5);
        for (int p = 0; p < doc.pageCount(); ++p)
            EXPECT_EQ(inkInSideMargins(doc.renderPage(p, kDpi), margin), 0) << s(lang) << " page " << p + 1;

        if (!haveTool(QStringLiteral("pdftotext")))
            continue;
        const QString path = dir.filePath(lang + QStringLiteral(".pdf"));
        QString error;
        ASSERT_TRUE(doc.writePdf(path, &error)) << s(error);
        const QString text = withoutSpace(pdfText(path));
        EXPECT_TRUE(text.contains(withoutSpace(kCompany))) << s(lang);
        EXPECT_TRUE(text.contains(withoutSpace(kConclusions))) << s(lang);
        for (const QString &name : kDepartments) {
            // The emoji is drawn (fonts-symbola) but Qt 6.4 writes no text for characters outside
            // the Basic Multilingual Plane: the words around it must be there.
            const QString readable = QString(name).remove(QString::fromUtf8("🚀"));
            EXPECT_TRUE(text.contains(withoutSpace(readable))) << s(lang) << ": " << s(name);
        }
    }
}

} // namespace
