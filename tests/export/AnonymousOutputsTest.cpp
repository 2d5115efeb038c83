// scoring.md *Anonymity* in the files people read: the PDF report (`sbradar-cli report`, read back
// with pdftotext) and the XLSX export (read back with openpyxl) show exactly the numbers of
// `score --json --anonymous`, never a number of a hidden department, never another company.
// Workspaces are built through the real importer from answers whose scores follow by hand
// (scale 0..4: level 2 scores 50, level 3 scores 75, level 4 scores 100).

#include "../cli/CliTestSupport.h"
#include "ExportTestSupport.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace sbr::clitest;
using sbr::exporttest::haveOpenpyxl;
using sbr::exporttest::readXlsx;

namespace {

/// A group of respondents: every one answers `levels[r]` on every item.
struct Group {
    QString company, department, round, date;
    QList<int> levels;
};

class AnonymousOutputs : public CliTestBase {
protected:
    /// A workspace holding `groups`, with k set to `k`.
    QString workspace(const QString &name, const QList<Group> &groups, int k)
    {
        const QString ws = makeWorkspace(name);
        const QStringList items = itemIds(ws);
        QByteArray csv = "company,department,round,date,respondent";
        for (const QString &id : items)
            csv += ',' + id.toUtf8();
        csv += '\n';
        int respondent = 0;
        for (const Group &g : groups)
            for (int level : g.levels) {
                csv += QStringLiteral("%1,%2,%3,%4,p%5")
                           .arg(g.company, g.department, g.round, g.date)
                           .arg(++respondent)
                           .toUtf8();
                for (qsizetype i = 0; i < items.size(); ++i)
                    csv += ',' + QByteArray::number(level);
                csv += '\n';
            }
        const QString file = path(name + u".csv"_s);
        writeFile(file, csv);
        const Result imported = cli({u"import"_s, ws, file});
        EXPECT_EQ(imported.exitCode, 0) << imported.dump();
        const Result set = cli({u"settings"_s, ws, u"--min-group"_s, QString::number(k)});
        EXPECT_EQ(set.exitCode, 0) << set.dump();
        return ws;
    }
    QString pdf(const QString &ws, const QString &company, const QString &round = {}, const QString &lang = u"de"_s)
    {
        const QString file = path(u"report-%1.pdf"_s.arg(++m_files));
        QStringList args{u"report"_s, ws, u"--company"_s, company, u"--lang"_s, lang, u"-o"_s, file};
        if (!round.isEmpty())
            args << u"--round"_s << round;
        const Result r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    /// The workbook of `export --format xlsx` for one company (or all when empty).
    QJsonArray xlsx(const QString &ws, const QString &company, const QString &lang = u"de"_s)
    {
        const QString file = path(u"scores-%1.xlsx"_s.arg(++m_files));
        QStringList args{u"export"_s, ws, u"--format"_s, u"xlsx"_s, u"--lang"_s, lang, u"-o"_s, file};
        if (!company.isEmpty())
            args << u"--company"_s << company;
        const Result r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        return readXlsx(file);
    }
    QJsonObject anonymous(const QString &ws) { return scoreJson(ws, {u"--anonymous"_s}); }
    int m_files = 0;
};

QJsonObject companyOf(const QJsonObject &doc, const QString &name)
{
    return findByKey(doc.value(u"companies"_s).toArray(), u"name"_s, name);
}
QJsonObject roundOf(const QJsonObject &company, const QString &label)
{
    return findByKey(company.value(u"rounds"_s).toArray(), u"label"_s, label);
}

/// The rows of a sheet (index 1 = the company sheet, 2 = departments, 3 = statements).
QJsonArray rowsOf(const QJsonArray &book, int sheet)
{
    return book.at(sheet).toObject().value(u"rows"_s).toArray();
}
QString text(const QJsonValue &cell)
{
    return cell.toObject().value(u"s"_s).toString();
}
/// The department row of (round, department) in the departments sheet; empty when missing.
QJsonArray departmentRow(const QJsonArray &book, const QString &round, const QString &department)
{
    for (const QJsonValue &row : rowsOf(book, 2))
        if (text(row.toArray().at(1)) == round && text(row.toArray().at(3)) == department)
            return row.toArray();
    return {};
}
/// Every number cell of every sheet.
QList<double> numberCells(const QJsonArray &book)
{
    QList<double> out;
    for (const QJsonValue &sheet : book)
        for (const QJsonValue &row : sheet.toObject().value(u"rows"_s).toArray())
            for (const QJsonValue &cell : row.toArray())
                if (cell.toObject().contains(u"n"_s))
                    out.append(cell.toObject().value(u"n"_s).toDouble());
    return out;
}
/// Lines of a report's text holding `number`, leaving out the method's scale legend ("  2   Partly
/// in place   50.0") and the target ("the target of 75.0 points"), which hold no result.
QStringList linesWith(const QString &printed, const QString &number)
{
    static const QRegularExpression legend(u"^\\s*\\d\\s{2,}\\S"_s);
    QStringList out;
    for (const QString &line : printed.split(u'\n'))
        if (line.contains(number) && !legend.match(line).hasMatch() && !line.contains(u"Zielwert"_s) &&
            !line.contains(u"target of"_s))
            out.append(line);
    return out;
}

bool containsNumber(const QList<double> &cells, double value)
{
    return std::any_of(cells.begin(), cells.end(), [&](double c) { return std::abs(c - value) < 1e-9; });
}

/// A department row of the departments sheet agrees with the department of `score --json
/// --anonymous`: hidden ones say so and carry no number, visible ones carry its numbers.
void expectDepartmentAgrees(const QJsonArray &book, const QString &round, const QJsonObject &dep)
{
    const QString name = dep.value(u"name"_s).toString();
    const QJsonArray row = departmentRow(book, round, name);
    ASSERT_FALSE(row.isEmpty()) << name.toStdString() << " in " << round.toStdString();
    if (dep.value(u"hidden"_s).toBool()) {
        // Too small itself, or hidden only to protect another department (scoring.md rule 2).
        EXPECT_TRUE(text(row.at(4)) == u"zu wenige Antworten"_s ||
                    text(row.at(4)) == u"zum Schutz einer anderen Abteilung ausgeblendet"_s)
            << name.toStdString() << ": " << text(row.at(4)).toStdString();
        for (qsizetype c = 5; c < row.size(); ++c)
            EXPECT_TRUE(row.at(c).isNull()) << name.toStdString() << " column " << c;
        return;
    }
    EXPECT_DOUBLE_EQ(row.at(4).toObject().value(u"n"_s).toDouble(), dep.value(u"respondents"_s).toDouble());
    const QJsonValue index = dep.value(u"index"_s);
    if (index.isNull())
        EXPECT_TRUE(row.at(5).isNull());
    else
        EXPECT_NEAR(row.at(5).toObject().value(u"n"_s).toDouble(), index.toDouble(), 1e-9) << name.toStdString();
    const QJsonValue delta = dep.value(u"delta"_s);
    if (delta.isNull())
        EXPECT_TRUE(row.at(7).isNull()) << name.toStdString() << ": a change only when visible in both rounds";
    else
        EXPECT_NEAR(row.at(7).toObject().value(u"n"_s).toDouble(), delta.toDouble(), 1e-9);
    const QJsonArray dims = dep.value(u"dimensions"_s).toArray();
    for (qsizetype d = 0; d < dims.size(); ++d) {
        const QJsonValue score = dims[d].toObject().value(u"score"_s);
        const QJsonValue cell = row.at(8 + 2 * d);
        if (score.isNull())
            EXPECT_TRUE(cell.isNull());
        else
            EXPECT_NEAR(cell.toObject().value(u"n"_s).toDouble(), score.toDouble(), 1e-9);
    }
}

/// The case of shared/cases/anonymity-differencing: Vertrieb 3 × level 2 (50), Einkauf levels 4
/// and 2 (75). With k = 3 Einkauf is hidden and Vertrieb joins it (a lone hidden department could
/// be subtracted from the company value); with k = 5 both are under k. Either way the pool
/// "Einkauf, Vertrieb" has 5 respondents and scores (75 + 50) / 2 = 62.5, the company value.
class DifferencingCase : public AnonymousOutputs, public ::testing::WithParamInterface<int> {};

TEST_P(DifferencingCase, PdfAndXlsxShowThePoolAndNothingToSubtract)
{
    const int k = GetParam();
    const QString ws = workspace(u"case.sbradar"_s,
                                 {{u"Klein GmbH"_s, u"Vertrieb"_s, u"2026-Q1"_s, u"2026-03-15"_s, {2, 2, 2}},
                                  {u"Klein GmbH"_s, u"Einkauf"_s, u"2026-Q1"_s, u"2026-03-15"_s, {4, 2}}},
                                 k);
    const QJsonObject round = roundOf(companyOf(anonymous(ws), u"Klein GmbH"_s), u"2026-Q1"_s);
    for (const QJsonValue &d : round.value(u"departments"_s).toArray())
        ASSERT_TRUE(d.toObject().value(u"hidden"_s).toBool()) << "k = " << k;

    const QString printed = pdf(ws, u"Klein GmbH"_s);
    if (printed.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_EQ(linesWith(printed, u"75,0"_s), QStringList()) << "Einkauf's score";
    EXPECT_EQ(linesWith(printed, u"50,0"_s), QStringList()) << "Vertrieb's score";
    EXPECT_TRUE(printed.contains(u"62,5"_s)) << "the company and the pool";
    EXPECT_TRUE(printed.contains(u"Andere Abteilungen (Einkauf, Vertrieb)"_s));
    // Einkauf (2) is too small; Vertrieb (3) is too small at k = 5 and at k = 3 hidden only to
    // protect Einkauf, and says so.
    const QString vertriebText =
        k == 3 ? u"zum Schutz einer anderen Abteilung ausgeblendet"_s : u"zu wenige Antworten"_s;
    int einkaufRows = 0, vertriebRows = 0;
    for (const QString &line : printed.split(u'\n')) {
        einkaufRows += line.trimmed().startsWith(u"Einkauf"_s) && line.contains(u"zu wenige Antworten"_s);
        vertriebRows += line.trimmed().startsWith(u"Vertrieb"_s) && line.contains(vertriebText);
    }
    EXPECT_GE(einkaufRows, 1) << printed.toStdString();
    EXPECT_GE(vertriebRows, 1) << printed.toStdString();

    if (!haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QJsonArray book = xlsx(ws, u"Klein GmbH"_s);
    ASSERT_EQ(book.size(), 5); // the last sheet: the action plan
    for (const QJsonValue &d : round.value(u"departments"_s).toArray())
        expectDepartmentAgrees(book, u"2026-Q1"_s, d.toObject());
    EXPECT_EQ(text(departmentRow(book, u"2026-Q1"_s, u"Vertrieb"_s).at(4)), vertriebText);
    EXPECT_EQ(text(departmentRow(book, u"2026-Q1"_s, u"Einkauf"_s).at(4)), u"zu wenige Antworten"_s);
    const QJsonArray pool = departmentRow(book, u"2026-Q1"_s, u"Andere Abteilungen (Einkauf, Vertrieb)"_s);
    ASSERT_FALSE(pool.isEmpty());
    EXPECT_DOUBLE_EQ(pool.at(4).toObject().value(u"n"_s).toDouble(), 5.0);
    EXPECT_DOUBLE_EQ(pool.at(8).toObject().value(u"n"_s).toDouble(), 62.5);
    const QList<double> cells = numberCells(book);
    EXPECT_FALSE(containsNumber(cells, 75.0)) << "Einkauf's score";
    EXPECT_FALSE(containsNumber(cells, 50.0)) << "Vertrieb's score";
    EXPECT_FALSE(containsNumber(cells, 3.0) && containsNumber(cells, 2.0)) << "the two departments' sizes";
}

INSTANTIATE_TEST_SUITE_P(K, DifferencingCase, ::testing::Values(3, 5));

// A company of one department with two respondents: the company line would be that department.
TEST_F(AnonymousOutputs, OneDepartmentCompanyShowsNoCompanyValues)
{
    const QString ws =
        workspace(u"one.sbradar"_s, {{u"Solo GmbH"_s, u"Alles"_s, u"2026-Q1"_s, u"2026-03-15"_s, {1, 1}}}, 5);
    const QJsonObject round = roundOf(companyOf(anonymous(ws), u"Solo GmbH"_s), u"2026-Q1"_s);
    ASSERT_TRUE(round.value(u"company"_s).toObject().value(u"index"_s).isNull());
    const QString printed = pdf(ws, u"Solo GmbH"_s, {}, u"en"_s);
    if (printed.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_EQ(linesWith(printed, u"25.0"_s), QStringList()) << "the department's and the company's score (level 1)";
    EXPECT_TRUE(printed.contains(u"too few respondents"_s));
    EXPECT_TRUE(printed.contains(u"no company values"_s)) << "the summary says why";
    EXPECT_FALSE(printed.contains(u"nothing to recommend"_s)) << "no claim drawn from hidden values";
    EXPECT_TRUE(printed.contains(u"recommendations drawn from them, are not shown"_s));
    if (!haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QJsonArray book = xlsx(ws, u"Solo GmbH"_s, u"en"_s);
    const QJsonArray company = rowsOf(book, 1).at(1).toArray();
    EXPECT_EQ(text(company.at(3)), u"too few respondents"_s);
    EXPECT_TRUE(company.at(4).isNull()) << "no index";
    EXPECT_FALSE(containsNumber(numberCells(book), 25.0));
    EXPECT_FALSE(containsNumber(numberCells(book), 2.0)) << "the respondents";
}

// Two departments of one respondent each with k = 3: both hidden, and the pool of two is still
// under k, so the company values of the round are hidden too.
TEST_F(AnonymousOutputs, PoolTooSmallHidesTheCompany)
{
    const QString ws = workspace(u"pool.sbradar"_s,
                                 {{u"Klein AG"_s, u"Nord"_s, u"2026-Q1"_s, u"2026-03-15"_s, {1}},
                                  {u"Klein AG"_s, u"Sued"_s, u"2026-Q1"_s, u"2026-03-15"_s, {2}}},
                                 3);
    const QJsonObject round = roundOf(companyOf(anonymous(ws), u"Klein AG"_s), u"2026-Q1"_s);
    ASSERT_TRUE(round.value(u"pool"_s).toObject().value(u"respondents"_s).isNull());
    if (!haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QJsonArray book = xlsx(ws, u"Klein AG"_s);
    EXPECT_TRUE(departmentRow(book, u"2026-Q1"_s, u"Andere Abteilungen (Nord, Sued)"_s).isEmpty())
        << "no pool row when the pool is too small";
    const QList<double> cells = numberCells(book);
    for (double v : {25.0, 50.0, 37.5}) // Nord, Sued, both
        EXPECT_FALSE(containsNumber(cells, v)) << v;
    const QString printed = pdf(ws, u"Klein AG"_s);
    if (printed.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    for (const QString &v : {u"25,0"_s, u"50,0"_s, u"37,5"_s})
        EXPECT_EQ(linesWith(printed, v), QStringList());
}

// Round 1: A and B have 5 respondents, C 2 (k = 5): C is hidden and A joins it (A and B tie,
// A comes first by name). Round 2: all three have 5 and are visible. A change needs the
// department visible in both rounds: in round 2 only B has one (50 → 75: +25).
TEST_F(AnonymousOutputs, ChangeOnlyForDepartmentsVisibleInBothRounds)
{
    const QString q1 = u"2026-03-15"_s, q2 = u"2026-09-15"_s;
    const QString ws = workspace(u"rounds.sbradar"_s,
                                 {{u"Wechsel GmbH"_s, u"A"_s, u"2026-Q1"_s, q1, {2, 2, 2, 2, 2}},
                                  {u"Wechsel GmbH"_s, u"B"_s, u"2026-Q1"_s, q1, {2, 2, 2, 2, 2}},
                                  {u"Wechsel GmbH"_s, u"C"_s, u"2026-Q1"_s, q1, {4, 4}},
                                  {u"Wechsel GmbH"_s, u"A"_s, u"2026-Q3"_s, q2, {3, 3, 3, 3, 3}},
                                  {u"Wechsel GmbH"_s, u"B"_s, u"2026-Q3"_s, q2, {3, 3, 3, 3, 3}},
                                  {u"Wechsel GmbH"_s, u"C"_s, u"2026-Q3"_s, q2, {3, 3, 3, 3, 3}}},
                                 5);
    const QJsonObject company = companyOf(anonymous(ws), u"Wechsel GmbH"_s);
    const QJsonObject second = roundOf(company, u"2026-Q3"_s);
    const QJsonArray departments = second.value(u"departments"_s).toArray();
    ASSERT_TRUE(findByKey(departments, u"name"_s, u"A"_s).value(u"delta"_s).isNull());
    ASSERT_DOUBLE_EQ(findByKey(departments, u"name"_s, u"B"_s).value(u"delta"_s).toDouble(), 25.0);
    if (!haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QJsonArray book = xlsx(ws, u"Wechsel GmbH"_s);
    for (const QString &label : {u"2026-Q1"_s, u"2026-Q3"_s})
        for (const QJsonValue &d : roundOf(company, label).value(u"departments"_s).toArray())
            expectDepartmentAgrees(book, label, d.toObject());
}

// The demo workspace, exported for its main company: the file holds that company only, agrees with
// `score --json --anonymous` on every department row, and shows one decimal over full values.
TEST_F(AnonymousOutputs, ClientWorkbookHoldsOneCompanyInItsLanguage)
{
    const QString ws = makeDemo();
    const QString weber = u"Weber Maschinenbau GmbH"_s;
    if (!haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QJsonArray book = xlsx(ws, weber);
    ASSERT_EQ(book.size(), 5); // the last sheet: the action plan
    EXPECT_EQ(book[0].toObject().value(u"name"_s).toString(), u"Erläuterungen"_s);
    EXPECT_EQ(book[1].toObject().value(u"name"_s).toString(), u"Unternehmen"_s);
    EXPECT_EQ(book[2].toObject().value(u"name"_s).toString(), u"Abteilungen"_s);
    bool explainsRule = false;
    for (const QJsonValue &row : rowsOf(book, 0))
        explainsRule = explainsRule || text(row.toArray().at(1)).contains(u"zu wenige Antworten"_s);
    EXPECT_TRUE(explainsRule) << "the first sheet explains the anonymity rule";
    EXPECT_EQ(book[1].toObject().value(u"formats"_s).toArray().at(4).toString(), u"0.0"_s)
        << "the index shown with one decimal";
    const QJsonArray header = rowsOf(book, 1).at(0).toArray();
    EXPECT_EQ(text(header.at(0)), u"Unternehmen"_s);
    EXPECT_EQ(text(header.at(4)), u"Reifegrad-Index"_s);
    EXPECT_TRUE(text(header.at(9)).startsWith(u"Strategie"_s)) << text(header.at(9)).toStdString();
    for (qsizetype s = 1; s < book.size(); ++s) {
        const QJsonArray rows = rowsOf(book, int(s));
        for (qsizetype r = 1; r < rows.size(); ++r)
            EXPECT_EQ(text(rows[r].toArray().at(0)), weber) << "another company in a client's file";
    }

    const QJsonObject json = companyOf(anonymous(ws), weber);
    int hidden = 0;
    for (const QJsonValue &r : json.value(u"rounds"_s).toArray())
        for (const QJsonValue &d : r.toObject().value(u"departments"_s).toArray()) {
            expectDepartmentAgrees(book, r.toObject().value(u"label"_s).toString(), d.toObject());
            hidden += d.toObject().value(u"hidden"_s).toBool() ? 1 : 0;
        }
    EXPECT_GT(hidden, 0) << "the demo has a small department at k = 5";
    // No number of a hidden department: its full-view values appear nowhere unless the
    // anonymous view shows the same number elsewhere.
    const QJsonObject full = companyOf(scoreJson(ws), weber);
    const QList<double> cells = numberCells(book);
    QList<double> shown;
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
        if (v.isDouble())
            shown.append(v.toDouble());
        else if (v.isArray())
            for (const QJsonValue &e : v.toArray())
                collect(e);
        else if (v.isObject())
            for (const QJsonValue &e : v.toObject())
                collect(e);
    };
    collect(json);
    for (const QJsonValue &r : json.value(u"rounds"_s).toArray())
        for (const QJsonValue &d : r.toObject().value(u"departments"_s).toArray()) {
            if (!d.toObject().value(u"hidden"_s).toBool())
                continue;
            const QJsonObject fullDep =
                findByKey(roundOf(full, r.toObject().value(u"label"_s).toString()).value(u"departments"_s).toArray(),
                          u"name"_s, d.toObject().value(u"name"_s).toString());
            QList<double> secret{fullDep.value(u"index"_s).toDouble()};
            for (const QJsonValue &dim : fullDep.value(u"dimensions"_s).toArray())
                secret.append(dim.toObject().value(u"score"_s).toDouble());
            for (double v : secret) {
                if (!containsNumber(shown, v)) {
                    EXPECT_FALSE(containsNumber(cells, v))
                        << "hidden " << d.toObject().value(u"name"_s).toString().toStdString() << ": " << v;
                }
            }
        }
}

} // namespace
