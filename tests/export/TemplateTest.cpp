// `sbradar-cli template` as a user meets it: the answer workbook read by an independent reader
// (python3-openpyxl), filled in by a script as a person would and imported back with no options;
// the paper form read back with pdftotext; the LimeSurvey structure; and the refusals.

#include "../cli/CliTestSupport.h"
#include "ExportTestSupport.h"
#include "io/LimeSurveyCodes.h"
#include "io/QuestionnaireJson.h"

#include <QSet>

using namespace sbr::clitest;

namespace {

const QString kCompany = u"Muster GmbH"_s;

// Reads the workbook as the test needs it: sheet names and states, the hidden column, the data
// validations, and the cells of the answer sheet (rows 1 to 8 and column C).
const char *kInspect = R"(
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
answers = book.worksheets[1]
out = {"sheets": [[ws.title, ws.sheet_state] for ws in book.worksheets],
       "activeSheet": book.active.title,
       "hiddenA": bool(answers.column_dimensions["A"].hidden),
       "coverHiddenA": bool(book.worksheets[0].column_dimensions["A"].hidden),
       "levels": [c.value for c in book.worksheets[2]["A"]],
       "validations": [[dv.type, dv.formula1, str(dv.sqref)] for dv in answers.data_validations.dataValidation],
       "keys": [[answers.cell(r, c).value for c in range(1, answers.max_column + 1)] for r in range(1, 7)],
       "items": [answers.cell(r, 1).value for r in range(8, answers.max_row + 1)],
       "statements": [answers.cell(r, 3).value for r in range(8, answers.max_row + 1)],
       "freeze": answers.freeze_panes}
json.dump(out, sys.stdout)
)";

// Fills the workbook as people would and prints what it wrote, as [department, respondent, item,
// level or null]: column D chooses labels from the drop-down's list (level = position in the list;
// the last entry is "not applicable"), column E types level numbers and renames its respondent,
// the first column of the second department chooses labels and leaves every fourth cell empty (not
// applicable), every other column stays empty (nobody answered).
const char *kFill = R"(
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
ws = book.worksheets[1]
labels = [c.value for c in book.worksheets[2]["A"]]
rows = [r for r in range(8, ws.max_row + 1) if ws.cell(r, 1).value]
departments = []
for c in range(4, ws.max_column + 1):
    if ws.cell(3, c).value not in [d for d, _ in departments]:
        departments.append((ws.cell(3, c).value, c))
second = departments[1][1]
ws.cell(6, 5).value = "Anna B."
written = []
for i, r in enumerate(rows):
    item = ws.cell(r, 1).value
    k = i % 6
    ws.cell(r, 4).value = labels[k]
    written.append([ws.cell(3, 4).value, ws.cell(6, 4).value, item, k if k < 5 else None])
    ws.cell(r, 5).value = str((i + 3) % 5)
    written.append([ws.cell(3, 5).value, "Anna B.", item, (i + 3) % 5])
    if i % 4 == 0:
        written.append([ws.cell(3, second).value, ws.cell(6, second).value, item, None])
    else:
        ws.cell(r, second).value = "  " + labels[(i + 2) % 5].upper() + " "
        written.append([ws.cell(3, second).value, ws.cell(6, second).value, item, (i + 2) % 5])
book.save(sys.argv[2])
json.dump(written, sys.stdout)
)";

// Every answer of round 2026-Q1 in the workspace: [department, respondent, item, level or null].
const char *kStored = R"(
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("""SELECT d.name, p.name, i.key, a.level FROM answers a
    JOIN respondents p ON p.id = a.respondent_id JOIN assessments s ON s.id = a.assessment_id
    JOIN departments d ON d.id = s.department_id JOIN rounds r ON r.id = s.round_id
    JOIN items i ON i.id = a.item_id WHERE r.label = '2026-Q1'""").fetchall()
json.dump([list(r) for r in rows], sys.stdout)
)";

QJsonDocument python(const char *script, const QStringList &args)
{
    QProcess p;
    p.start(sbr::exporttest::python(), QStringList{u"-c"_s, QString::fromUtf8(script)} + args);
    const bool finished = p.waitForFinished(60000);
    const QByteArray out = p.readAllStandardOutput();
    EXPECT_TRUE(finished && p.exitCode() == 0) << p.readAllStandardError().toStdString();
    return QJsonDocument::fromJson(out);
}

QSet<QString> answerSet(const QJsonArray &rows, const QString &skipRespondent = {})
{
    QSet<QString> set;
    for (const QJsonValue &row : rows) {
        const QJsonArray r = row.toArray();
        if (r[1].toString() == skipRespondent)
            continue;
        set.insert(QStringList{r[0].toString(), r[1].toString(), r[2].toString(),
                               r[3].isNull() ? u"n/a"_s : QString::number(r[3].toInt())}
                       .join(u'|'));
    }
    return set;
}

class Template : public CliTestBase {
protected:
    QString m_ws;
    QStringList m_items;
    void SetUp() override
    {
        CliTestBase::SetUp();
        m_ws = makeWorkspace();
        m_items = itemIds(m_ws);
        // Marketing already has "Person 1" in round 2026-Q1; Vertrieb has "X".
        writeFile(path(u"seed.csv"_s), "company,department,round,date,respondent,item,level\n"
                                       "Muster GmbH,Marketing,2026-Q1,2026-03-15,Person 1," +
                                           m_items[0].toUtf8() +
                                           ",3\n"
                                           "Muster GmbH,Vertrieb,2026-Q1,2026-03-15,X," +
                                           m_items[0].toUtf8() + ",2\n");
        const Result seeded = cli({u"import"_s, m_ws, path(u"seed.csv"_s)});
        ASSERT_EQ(seeded.exitCode, 0) << seeded.dump();
    }
    Result makeTemplate(const QString &format, const QString &file, const QStringList &extra = {})
    {
        return cli(QStringList{u"template"_s, m_ws, u"--company"_s, kCompany, u"--round"_s, u"2026-Q1"_s, u"--format"_s,
                               format, u"-o"_s, path(file)} +
                   extra);
    }
};

} // namespace

TEST_F(Template, WorkbookHasDropDownsHiddenIdsAndACoverSheet)
{
    const Result r = makeTemplate(u"xlsx"_s, u"t.xlsx"_s, {u"--respondents"_s, u"3"_s, u"--lang"_s, u"de"_s});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_TRUE(r.out.contains(u"6 answer columns"_s)) << r.dump();
    if (!sbr::exporttest::haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QJsonObject book = python(kInspect, {path(u"t.xlsx"_s)}).object();
    const QJsonArray sheets = book[u"sheets"_s].toArray();
    ASSERT_EQ(sheets.size(), 3);
    EXPECT_EQ(sheets[0].toArray()[0].toString(), u"Anleitung"_s);
    EXPECT_EQ(book[u"activeSheet"_s].toString(), u"Anleitung"_s);
    EXPECT_EQ(sheets[1].toArray()[0].toString(), u"Antworten"_s);
    EXPECT_EQ(sheets[2].toArray()[1].toString(), u"hidden"_s);
    EXPECT_TRUE(book[u"hiddenA"_s].toBool());
    EXPECT_TRUE(book[u"coverHiddenA"_s].toBool());
    EXPECT_EQ(book[u"freeze"_s].toString(), u"D8"_s);

    const sbr::Questionnaire q = sbr::io::defaultQuestionnaire();
    QJsonArray expectedLevels;
    for (int level = 0; level <= 4; ++level)
        expectedLevels.append(q.scale.label(level, u"de"_s));
    expectedLevels.append(u"weiß nicht / trifft nicht zu"_s);
    EXPECT_EQ(book[u"levels"_s].toArray(), expectedLevels);

    // One list validation over every answer cell: columns D to I, rows 8 to 7 + items.
    const QJsonArray validations = book[u"validations"_s].toArray();
    ASSERT_EQ(validations.size(), 1);
    EXPECT_EQ(validations[0].toArray()[0].toString(), u"list"_s);
    EXPECT_EQ(validations[0].toArray()[1].toString(), u"'Stufen'!$A$1:$A$6"_s);
    EXPECT_EQ(validations[0].toArray()[2].toString(), u"D8:I%1"_s.arg(7 + q.itemCount()));

    // Statements in questionnaire order with their ids; the keys above every answer column.
    QJsonArray ids, statements;
    for (const sbr::Item *item : q.flatItems()) {
        ids.append(item->id);
        statements.append(item->text.text(u"de"_s));
    }
    EXPECT_EQ(book[u"items"_s].toArray(), ids);
    EXPECT_EQ(book[u"statements"_s].toArray(), statements);
    const QJsonArray keys = book[u"keys"_s].toArray();
    EXPECT_EQ(keys[1].toArray()[0].toString(), u"company"_s);
    EXPECT_EQ(keys[5].toArray()[0].toString(), u"respondent"_s);
    QStringList departments, respondents;
    for (int c = 3; c < 9; ++c) {
        EXPECT_EQ(keys[1].toArray()[c].toString(), kCompany);
        EXPECT_EQ(keys[3].toArray()[c].toString(), u"2026-Q1"_s);
        EXPECT_EQ(keys[4].toArray()[c].toString(), u"2026-03-15"_s);
        departments.append(keys[2].toArray()[c].toString());
        respondents.append(keys[5].toArray()[c].toString());
    }
    EXPECT_EQ(departments, (QStringList{u"Marketing"_s, u"Marketing"_s, u"Marketing"_s, u"Vertrieb"_s, u"Vertrieb"_s,
                                        u"Vertrieb"_s}));
    // "Person 1" is recorded in Marketing already: its columns start at "Person 2".
    EXPECT_EQ(respondents,
              (QStringList{u"Person 2"_s, u"Person 3"_s, u"Person 4"_s, u"Person 1"_s, u"Person 2"_s, u"Person 3"_s}));
}

TEST_F(Template, FilledWorkbookImportsWithoutOptionsAsExactlyTheAnswersWritten)
{
    ASSERT_EQ(makeTemplate(u"xlsx"_s, u"t.xlsx"_s, {u"--respondents"_s, u"4"_s, u"--lang"_s, u"de"_s}).exitCode, 0);
    if (!sbr::exporttest::haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    const QJsonArray written = python(kFill, {path(u"t.xlsx"_s), path(u"filled.xlsx"_s)}).array();
    ASSERT_EQ(written.size(), 3 * m_items.size());

    const Result imported = cli({u"import"_s, m_ws, path(u"filled.xlsx"_s)});
    ASSERT_EQ(imported.exitCode, 0) << imported.dump();
    EXPECT_TRUE(imported.out.contains(u"3 respondents"_s)) << imported.dump();
    const QJsonArray stored = python(kStored, {m_ws}).array();
    // Everything stored besides the two seeded answers is exactly what the script wrote.
    QSet<QString> storedNew = answerSet(stored, u"X"_s);
    storedNew.remove(u"Marketing|Person 1|%1|3"_s.arg(m_items[0]));
    EXPECT_EQ(storedNew, answerSet(written));
    EXPECT_EQ(stored.size(), written.size() + 2);
}

TEST_F(Template, EmptyOrWronglyFilledWorkbookIsRefusedNamingTheCell)
{
    ASSERT_EQ(makeTemplate(u"xlsx"_s, u"t.xlsx"_s, {u"--respondents"_s, u"2"_s, u"--lang"_s, u"en"_s}).exitCode, 0);
    Result r = refusedImport(m_ws, path(u"t.xlsx"_s));
    expectErrorLine(r, u"t.xlsx, line 8, column D"_s, u"holds no answers yet"_s);
    // Naming the cover sheet reads the answers too: it holds none of its own.
    r = refusedImport(m_ws, path(u"t.xlsx"_s), {u"--sheet"_s, u"Instructions"_s});
    expectErrorLine(r, u"t.xlsx, line 8, column D"_s, u"holds no answers yet"_s);
    if (!sbr::exporttest::haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed";
    // Column E (Marketing's second person), row 10: a text that is no level.
    python(R"(
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
book.worksheets[1].cell(9, 5).value = "Not in place"
book.worksheets[1].cell(10, 5).value = "sometimes"
book.save(sys.argv[2])
)",
           {path(u"t.xlsx"_s), path(u"bad.xlsx"_s)});
    r = refusedImport(m_ws, path(u"bad.xlsx"_s));
    expectErrorLine(r, u"bad.xlsx, line 10, column E (%1)"_s.arg(m_items[2]), u"\"sometimes\" is not a level"_s);
    EXPECT_EQ(r.errLines().filter(u"error: bad.xlsx"_s).size(), 1) << r.dump(); // row 9's label is fine
}

TEST_F(Template, PaperFormShowsHeaderStatementsAndLevels)
{
    const Result r = makeTemplate(u"pdf"_s, u"form.pdf"_s, {u"--department"_s, u"Vertrieb"_s, u"--lang"_s, u"en"_s});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_TRUE(readFile(path(u"form.pdf"_s)).startsWith("%PDF"));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QProcess p;
    p.start(pdftotext, {u"-layout"_s, path(u"form.pdf"_s), u"-"_s});
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    for (const QString &s : {kCompany, u"2026-Q1"_s, u"Department: Vertrieb"_s, u"Name or initials"_s,
                             u"Not in place"_s, u"Fully established"_s, u"don't know / not applicable"_s})
        EXPECT_TRUE(text.contains(s)) << s.toStdString();
    EXPECT_FALSE(text.contains(u"Department: Marketing"_s)) << "a form for a department that was not asked for";
    const sbr::Questionnaire q = sbr::io::defaultQuestionnaire();
    const QList<const sbr::Item *> items = q.flatItems();
    // Every statement numbered; the last one's level descriptions in full.
    EXPECT_TRUE(text.contains(u"%1. "_s.arg(items.size()))) << text.right(2000).toStdString();
    EXPECT_TRUE(text.contains(items.last()->levels.list(u"en"_s).last().simplified().left(40)));
    const int pages = r.out.section(u'(', 1).section(u' ', 0, 0).toInt();
    EXPECT_GT(pages, 1) << r.dump();
    EXPECT_TRUE(text.contains(u"Page %1 of %1"_s.arg(pages))) << r.dump();
}

TEST_F(Template, LimeSurveyStructureHasAQuestionPerItemWithTheDerivedCodes)
{
    const Result r = makeTemplate(u"limesurvey"_s, u"survey.txt"_s, {u"--lang"_s, u"de"_s});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    const QByteArray bytes = readFile(path(u"survey.txt"_s));
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "LimeSurvey writes (and reads) a byte order mark";
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u'\n', Qt::SkipEmptyParts);
    const QStringList header = lines[0].split(u'\t');
    const auto column = [&](const QString &name) { return header.indexOf(name); };
    ASSERT_GE(column(u"class"_s), 0);
    const sbr::Questionnaire q = sbr::io::defaultQuestionnaire();
    const QStringList codes = sbr::io::limeSurveyQuestionCodes(q);
    QStringList questions, answersOfFirst;
    QString language, additional;
    for (const QString &line : lines.mid(1)) {
        const QStringList f = line.split(u'\t');
        ASSERT_EQ(f.size(), header.size()) << line.toStdString();
        const QString cls = f[column(u"class"_s)], name = f[column(u"name"_s)];
        if (cls == u"S" && name == u"language")
            language = f[column(u"text"_s)];
        if (cls == u"S" && name == u"additional_languages")
            additional = f[column(u"text"_s)];
        if (cls == u"Q" && f[column(u"language"_s)] == u"de") {
            EXPECT_EQ(f[column(u"type/scale"_s)], u"L"_s);
            questions.append(name);
        }
        if (cls == u"A" && f[column(u"language"_s)] == u"de" && questions.size() == 3) // the third question
            answersOfFirst.append(name + u'=' + f[column(u"relevance"_s)] + u'=' + f[column(u"text"_s)]);
    }
    EXPECT_EQ(language, u"de"_s);
    EXPECT_EQ(additional, u"en"_s);
    // Two departments: the department question comes first, then one question per item.
    EXPECT_EQ(questions, QStringList{sbr::io::limeSurveyDepartmentCode()} + codes);
    EXPECT_EQ(answersOfFirst, (QStringList{u"A0=0=Nicht vorhanden"_s, u"A1=1=Erste Ansätze"_s,
                                           u"A2=2=Teilweise umgesetzt"_s, u"A3=3=Weitgehend umgesetzt"_s,
                                           u"A4=4=Vollständig etabliert"_s, u"NA=0=weiß nicht / trifft nicht zu"_s}));
}

TEST_F(Template, RefusalsWriteNothing)
{
    struct Case {
        QStringList args;
        int exit;
        QString message;
    };
    const QString out = path(u"out.xlsx"_s);
    const auto base = [&](const QString &company, const QString &round) {
        return QStringList{u"template"_s, m_ws, u"--company"_s, company, u"--round"_s, round, u"-o"_s, out};
    };
    const QList<Case> cases = {
        {base(u"Nobody AG"_s, u"2026-Q1"_s) + QStringList{u"--format"_s, u"xlsx"_s}, 2,
         u"there is no company \"Nobody AG\" in the workspace"_s},
        {base(u"muster gmbh"_s, u"2026-Q1"_s) + QStringList{u"--format"_s, u"pdf"_s}, 2,
         u"did you mean \"Muster GmbH\"?"_s},
        {base(kCompany, u"2027-Q9"_s) + QStringList{u"--format"_s, u"xlsx"_s}, 2,
         u"company \"Muster GmbH\" has no round \"2027-Q9\""_s},
        {base(kCompany, u"2026-Q1"_s) + QStringList{u"--format"_s, u"xlsx"_s, u"--department"_s, u"vertrieb"_s}, 2,
         u"did you mean \"Vertrieb\"?"_s},
        {base(kCompany, u"2026-Q1"_s) + QStringList{u"--format"_s, u"docx"_s}, 1,
         u"--format expects xlsx, pdf or limesurvey, not \"docx\""_s},
        {base(kCompany, u"2026-Q1"_s) + QStringList{u"--format"_s, u"xlsx"_s, u"--respondents"_s, u"0"_s}, 1,
         u"--respondents expects a whole number from 1 to 200"_s},
        {QStringList{u"template"_s, m_ws, u"--company"_s, kCompany, u"--format"_s, u"xlsx"_s, u"-o"_s, out}, 1,
         u"--round LABEL"_s},
    };
    for (const Case &c : cases) {
        const Snapshot before = Snapshot::of(m_ws);
        const Result r = cli(c.args);
        EXPECT_EQ(r.exitCode, c.exit) << r.dump();
        expectErrorLine(r, QString(), c.message);
        EXPECT_FALSE(QFileInfo::exists(out)) << r.dump();
        before.expectUnchanged();
    }
}
