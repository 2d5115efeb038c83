// Files as spreadsheets and survey tools really write them (formats.md *What spreadsheets and
// survey tools really write*): Excel's sep= line, tab-separated text, leftover empty columns and
// rows, German dates, .xlsx workbooks (made here with openpyxl), malformed workbooks, and names
// that only look alike.

#include "CliTestSupport.h"

using namespace sbr::clitest;

namespace {

class CliSpreadsheet : public CliTestBase {
protected:
    QString m_ws;

    void SetUp() override
    {
        CliTestBase::SetUp();
        m_ws = makeWorkspace();
    }

    /// Runs a Python script with Debian's python3 and openpyxl (python3-openpyxl); the script gets
    /// the target path as sys.argv[1].
    void python(const QString &script, const QString &target)
    {
        QProcess p;
        p.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import sys, datetime, openpyxl\n"_s + script, target});
        ASSERT_TRUE(p.waitForFinished(60000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }

    Result importFile(const QString &file, const QStringList &options = {})
    {
        return cli(QStringList{u"import"_s, m_ws, file} + options);
    }
    /// Imports and expects a refusal (exit 2, "error:" lines) that left the workspace as it was.
    Result refused(const QString &file, const QStringList &options = {}) const
    {
        return refusedImport(m_ws, file, options);
    }
    QJsonObject department(const QString &company, const QString &round, const QString &name)
    {
        const QJsonObject c = findByKey(scoreJson(m_ws).value(u"companies"_s).toArray(), u"name"_s, company);
        const QJsonObject r = findByKey(c.value(u"rounds"_s).toArray(), u"label"_s, round);
        return findByKey(r.value(u"departments"_s).toArray(), u"name"_s, name);
    }
    static QJsonObject item(const QJsonObject &department, const QString &id)
    {
        return findByKey(department.value(u"items"_s).toArray(), u"id"_s, id);
    }
};

// ---------------------------------------------------------------------------------------------
// Text files

TEST_F(CliSpreadsheet, ExcelSepLineSetsTheDelimiter)
{
    // Respondents A (3), B (2), C (n/a) on strategy.business-goals; C answered nothing
    // applicable, so two respondents count (scoring.md).
    const Result r = importFile(testData(u"cli/excel-sep-line.csv"_s));
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_TRUE(r.out.contains(u"of 3 respondents"_s)) << r.dump();
    const QJsonObject d = department(u"Muster GmbH"_s, u"2026-Q1"_s, u"Marketing"_s);
    EXPECT_EQ(d.value(u"respondents"_s).toInt(), 2);
    const QJsonObject goals = item(d, u"strategy.business-goals"_s);
    EXPECT_EQ(goals.value(u"n"_s).toInt(), 2);
    EXPECT_DOUBLE_EQ(goals.value(u"mean"_s).toDouble(), 2.5);
}

TEST_F(CliSpreadsheet, TabDelimitedTextImports)
{
    const Result r = importFile(testData(u"cli/excel-tab-delimited.txt"_s));
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    const QJsonObject d = department(u"Müller & Söhne GmbH"_s, u"2026-Q1"_s, u"Vertrieb Süd"_s);
    EXPECT_EQ(item(d, u"strategy.business-goals"_s).value(u"mean"_s).toDouble(), 3.0);
}

TEST_F(CliSpreadsheet, SepLineErrorsCountPhysicalLines)
{
    const QString file = path(u"answers.csv"_s);
    writeFile(file, "sep=;\ncompany;department;round;date;respondent;item;level\n"
                    "M;V;Q1;2026-03-15;A;strategy.business-goals;9\n");
    const Result r = refused(file);
    expectErrorLine(r, u"answers.csv, line 3, column 7 (level)"_s, u"\"9\" is not a level"_s);
}

TEST_F(CliSpreadsheet, LeftoverEmptyColumnsAndRowsOfDelimitersAreIgnored)
{
    const QString file = path(u"answers.csv"_s);
    writeFile(file, "company;department;round;date;respondent;item;level;;\n"
                    "M;V;Q1;2026-03-15;A;strategy.business-goals;4;;\n"
                    ";;;;;;;;\n"
                    "M;V;Q1;2026-03-15;B;strategy.business-goals;2\n" // fewer leftover columns
                    ";;;;;;;;;;;\n");
    const Result r = importFile(file);
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    const QJsonObject d = department(u"M"_s, u"Q1"_s, u"V"_s);
    EXPECT_EQ(d.value(u"respondents"_s).toInt(), 2);
    EXPECT_DOUBLE_EQ(item(d, u"strategy.business-goals"_s).value(u"mean"_s).toDouble(), 3.0);
}

TEST_F(CliSpreadsheet, AValueInAColumnWithoutHeaderIsAnError)
{
    const QString file = path(u"answers.csv"_s);
    writeFile(file, "company;department;round;date;respondent;item;level;;\n"
                    ";;;;;;;;\n"
                    "M;V;Q1;2026-03-15;A;strategy.business-goals;4;;x\n");
    const Result r = refused(file);
    expectErrorLine(r, u"answers.csv, line 3, column 9:"_s, u"\"x\" is in a column without a header"_s);
}

TEST_F(CliSpreadsheet, GermanDatesImportAndSlashDatesAreAmbiguous)
{
    const QString file = path(u"answers.csv"_s);
    writeFile(file, "company;department;round;date;respondent;item;level\n"
                    "M;V;Q1;15.03.2026;A;strategy.business-goals;4\n"
                    "M;V;Q1;15.3.2026;B;strategy.business-goals;2\n"
                    "M;V;Q2;1.9.2026;A;strategy.business-goals;1\n");
    ASSERT_EQ(importFile(file).exitCode, 0);
    const QJsonObject c = findByKey(scoreJson(m_ws).value(u"companies"_s).toArray(), u"name"_s, u"M"_s);
    EXPECT_EQ(findByKey(c.value(u"rounds"_s).toArray(), u"label"_s, u"Q1"_s).value(u"date"_s).toString(),
              u"2026-03-15"_s);
    EXPECT_EQ(findByKey(c.value(u"rounds"_s).toArray(), u"label"_s, u"Q2"_s).value(u"date"_s).toString(),
              u"2026-09-01"_s);

    writeFile(file, "company;department;round;date;respondent;item;level\n"
                    "M;V;Q3;03/04/2026;A;strategy.business-goals;4\n"
                    "M;V;Q4;31.02.2026;A;strategy.business-goals;4\n");
    const Result r = refused(file);
    expectErrorLine(r, u"answers.csv, line 2, column 4 (date)"_s, u"\"03/04/2026\" is ambiguous"_s);
    expectErrorLine(r, u"answers.csv, line 3, column 4 (date)"_s, u"\"31.02.2026\" is not a date"_s);
}

TEST_F(CliSpreadsheet, AdviceOnlyWhenTheOptionWouldMakeTheFileImportable)
{
    const QString file = path(u"answers.csv"_s);
    // The header lacks "level": skipping the unknown column would not help, so no advice.
    writeFile(file,
              "company,department,round,date,respondent,item,note\nM,V,Q1,2026-03-15,A,strategy.business-goals,x\n");
    Result r = refused(file);
    EXPECT_FALSE(r.err.contains(u"--ignore-unknown-columns"_s)) << r.dump();
    // An unknown column and a bad level: the level error stays, so again no advice, but both
    // errors are reported at once.
    writeFile(file, "company,department,round,date,respondent,item,level,note\n"
                    "M,V,Q1,2026-03-15,A,strategy.business-goals,7,x\n");
    r = refused(file);
    EXPECT_FALSE(r.err.contains(u"--ignore-unknown-columns"_s)) << r.dump();
    expectErrorLine(r, u"answers.csv, line 1, column 8 (note)"_s, u"unknown column"_s);
    expectErrorLine(r, u"answers.csv, line 2, column 7 (level)"_s, u"\"7\" is not a level"_s);
    // Only the unknown column: the advice is given, and following it works.
    writeFile(file, "company,department,round,date,respondent,item,level,note\n"
                    "M,V,Q1,2026-03-15,A,strategy.business-goals,3,x\n");
    r = refused(file);
    expectErrorLine(r, u"answers.csv, line 1, column 8 (note)"_s, u"--ignore-unknown-columns"_s);
    EXPECT_EQ(importFile(file, {u"--ignore-unknown-columns"_s}).exitCode, 0);
}

// ---------------------------------------------------------------------------------------------
// Names

TEST_F(CliSpreadsheet, LookAlikeNamesAreOneAndCaseVariantsAreRefused)
{
    // Line 6 spells the department "marketing": refused, naming the spelling meant.
    const Result r = refused(testData(u"cli/name-variants.csv"_s));
    const QStringList located = r.errLines().filter(u"error: name-variants.csv, line"_s);
    ASSERT_EQ(located.size(), 1) << r.dump();
    expectErrorLine(r, u"name-variants.csv, line 6, column 2 (department)"_s, u"did you mean \"Marketing\"?"_s);

    // Without that line: NFC, NFD, no-break and zero-width spaces and blanks are one company and
    // one department with six respondents.
    QByteArray bytes = readFile(testData(u"cli/name-variants.csv"_s));
    QList<QByteArray> lines = bytes.split('\n');
    lines.removeAt(5);
    const QString file = path(u"variants.csv"_s);
    writeFile(file, lines.join('\n'));
    ASSERT_EQ(importFile(file).exitCode, 0);
    const QJsonArray companies = scoreJson(m_ws).value(u"companies"_s).toArray();
    ASSERT_EQ(companies.size(), 1);
    EXPECT_EQ(companies[0].toObject().value(u"name"_s).toString(), u"M\u00FCller GmbH"_s);
    const QJsonArray departments =
        companies[0].toObject().value(u"rounds"_s).toArray()[0].toObject().value(u"departments"_s).toArray();
    ASSERT_EQ(departments.size(), 1);
    EXPECT_EQ(departments[0].toObject().value(u"name"_s).toString(), u"Marketing"_s);
    EXPECT_EQ(departments[0].toObject().value(u"respondents"_s).toInt(), 6);

    // Later files meet the spelling in the workspace.
    writeFile(file, "company,department,round,date,respondent,item,level\n"
                    "M\u00FCller GmbH,MARKETING,2026-Q1,2026-03-15,H,strategy.business-goals,3\n");
    expectErrorLine(refused(file), u"variants.csv, line 2, column 2 (department)"_s, u"did you mean \"Marketing\"?"_s);
}

} // namespace

namespace {

/// A workspace of schema version 1 (before names were normalised) with look-alike names written
/// directly: "Müller GmbH" in NFC and NFD, "Marketing" with a no-break space and with a
/// zero-width space, respondent " C " with blanks.
class CliNameMigration : public CliSpreadsheet {
protected:
    void SetUp() override
    {
        CliSpreadsheet::SetUp();
        const QString file = path(u"a.csv"_s);
        writeFile(file, "company,department,round,date,respondent,item,level\n"
                        "M\u00FCller GmbH,Marketing,2026-Q1,2026-03-15,A,strategy.business-goals,3\n");
        ASSERT_EQ(importFile(file).exitCode, 0);
        QFile::remove(file);
    }
    bool addVariants(const QString &extraSql = {})
    {
        const QString nfd = u"Mu\u0308ller GmbH"_s;
        return sqlite(
            m_ws, u"INSERT INTO companies(name) VALUES ('%1');"
                  "INSERT INTO departments(company_id, name) VALUES ((SELECT id FROM companies WHERE name = '%1'), "
                  "'Marketing\u00A0');"
                  "INSERT INTO rounds(company_id, label, date) SELECT (SELECT id FROM companies WHERE name = '%1'), "
                  "label, date FROM rounds;"
                  "INSERT INTO assessments(round_id, department_id) VALUES ((SELECT max(id) FROM rounds), "
                  "(SELECT max(id) FROM departments));"
                  "INSERT INTO respondents(assessment_id, name) VALUES ((SELECT max(id) FROM assessments), 'B');"
                  "INSERT INTO answers VALUES ((SELECT max(id) FROM assessments), (SELECT max(id) FROM respondents), "
                  "(SELECT id FROM items WHERE key = 'strategy.business-goals'), 1);"
                  "INSERT INTO departments(company_id, name) VALUES (1, 'Marketing\u200B');"
                  "INSERT INTO assessments(round_id, department_id) VALUES ((SELECT min(id) FROM rounds), "
                  "(SELECT max(id) FROM departments));"
                  "INSERT INTO respondents(assessment_id, name) VALUES ((SELECT max(id) FROM assessments), ' C ');"
                  "INSERT INTO answers VALUES ((SELECT max(id) FROM assessments), (SELECT max(id) FROM respondents), "
                  "(SELECT id FROM items WHERE key = 'strategy.business-goals'), 4);"_s.arg(nfd) +
                      extraSql +
                      // The tables as version 2 had them: no workshop groups, conclusions or
                      // mapping profiles, the bare list of planned measures and no plan.
                      u"ALTER TABLE workshop_sessions DROP COLUMN departments;"
                      "ALTER TABLE workshop_sessions DROP COLUMN first_rounds;"
                      "ALTER TABLE workshop_participants DROP COLUMN department;"
                      "DROP TABLE conclusions;"
                      "DROP TABLE mapping_profiles;"
                      "DROP TABLE plan_measures;"
                      "CREATE TABLE planned_measures(company_id INTEGER NOT NULL REFERENCES companies(id) "
                      "ON DELETE CASCADE, measure TEXT NOT NULL, PRIMARY KEY (company_id, measure)) WITHOUT ROWID;"
                      "PRAGMA user_version = 2;"_s); // before the names step (3)
    }
};

TEST_F(CliNameMigration, OpeningRepairsLookAlikesIntoOneCompanyAndDepartment)
{
    ASSERT_TRUE(addVariants()) << "sqlite3 is needed for this test";
    const QJsonArray companies = scoreJson(m_ws).value(u"companies"_s).toArray();
    ASSERT_EQ(companies.size(), 1) << QJsonDocument(companies).toJson().toStdString();
    EXPECT_EQ(companies[0][u"name"_s].toString(), u"M\u00FCller GmbH"_s);
    const QJsonArray departments = companies[0][u"rounds"_s][0][u"departments"_s].toArray();
    ASSERT_EQ(departments.size(), 1);
    EXPECT_EQ(departments[0][u"name"_s].toString(), u"Marketing"_s);
    EXPECT_EQ(departments[0][u"respondents"_s].toInt(), 3);
    // A 3, B 1, C 4.
    EXPECT_DOUBLE_EQ(item(departments[0].toObject(), u"strategy.business-goals"_s)[u"mean"_s].toDouble(), 8.0 / 3.0);
    // Respondent " C " is now "C": a file naming "C" meets the recorded one.
    const QString file = path(u"c.csv"_s);
    writeFile(file, "company,department,round,date,respondent,item,level\n"
                    "M\u00FCller GmbH,Marketing,2026-Q1,2026-03-15,C,strategy.business-goals,2\n");
    expectErrorLine(refused(file), u"c.csv, line 2, column 5 (respondent)"_s, u"already recorded"_s);
}

TEST_F(CliNameMigration, TwoRespondentsThatWouldMergeLeaveTheFileUnchanged)
{
    // "A\u00A0" beside "A" in the first assessment: merging would join two people's answers.
    ASSERT_TRUE(addVariants(u"INSERT INTO respondents(assessment_id, name) VALUES (1, 'A\u00A0');"_s));
    const Snapshot before = Snapshot::of(m_ws);
    const Result r = cli({u"score"_s, m_ws, u"--json"_s});
    EXPECT_EQ(r.exitCode, 3) << r.dump();
    EXPECT_TRUE(r.err.contains(u"Two respondents named \"A\""_s)) << r.dump();
    before.expectUnchanged();
}

} // namespace
