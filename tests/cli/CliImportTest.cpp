// `sbradar-cli import` as a user meets it: every malformed answers file is refused with exit 2,
// names the physical line (and column) of each error and leaves the workspace byte-for-byte as it
// was, with no journal or temporary file beside it; valid files in every supported shape import.

#include "CliTestSupport.h"

using namespace sbr::clitest;

namespace {

const QByteArray kHeader = "company,department,round,date,respondent,item,level";

class CliImport : public CliTestBase {
protected:
    QString m_ws, m_csv;
    QList<QByteArray> m_items;

    void SetUp() override
    {
        CliTestBase::SetUp();
        m_ws = makeWorkspace();
        m_csv = path(u"answers.csv"_s);
        static QStringList ids; // the built-in questionnaire, asked once
        if (ids.isEmpty())
            ids = itemIds(m_ws);
        ASSERT_GE(ids.size(), 5);
        for (const QString &id : ids)
            m_items.append(id.toUtf8());
    }

    QByteArray item(int i) const { return m_items[i]; }
    /// One long-form row of company Acme, department Sales, round 2026-Q1 on 2026-03-15.
    QByteArray row(const QByteArray &respondent, int itemIndex, const QByteArray &level,
                   const QByteArray &date = "2026-03-15") const
    {
        return "Acme,Sales,2026-Q1," + date + "," + respondent + "," + item(itemIndex) + "," + level;
    }
    static QByteArray lines(const QList<QByteArray> &rows, const QByteArray &header = kHeader)
    {
        QByteArray out = header + "\n";
        for (const QByteArray &r : rows)
            out += r + "\n";
        return out;
    }

    Result import(const QByteArray &csv, const QStringList &options = {})
    {
        writeFile(m_csv, csv);
        return cli(QStringList{u"import"_s, m_ws, m_csv} + options);
    }
    /// Imports and expects a refusal that changed nothing.
    Result rejected(const QByteArray &csv, const QStringList &options = {})
    {
        writeFile(m_csv, csv);
        const Snapshot before = Snapshot::of(m_ws);
        const Result r = cli(QStringList{u"import"_s, m_ws, m_csv} + options);
        EXPECT_EQ(r.exitCode, 2) << r.dump();
        expectErrorLines(r);
        before.expectUnchanged();
        return r;
    }
    Result accepted(const QByteArray &csv, const QStringList &options = {})
    {
        const Result r = import(csv, options);
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        EXPECT_TRUE(r.err.isEmpty()) << r.dump();
        EXPECT_EQ(dirEntries(m_dir.path()), (QStringList{u"answers.csv"_s, u"ws.sbradar"_s})) << "side files left";
        return r;
    }

    /// The error lines that point into the file: "error: answers.csv, line …".
    static QStringList located(const Result &r)
    {
        QStringList out;
        for (const QString &l : r.errLines())
            if (l.startsWith(u"error: answers.csv, line "))
                out.append(l);
        return out;
    }
    /// An error at this line (and column, 0 = none) whose text contains `text`.
    static void expectError(const Result &r, int line, int column, const QString &text)
    {
        const QString where = u"error: answers.csv, line %1"_s.arg(line);
        for (const QString &l : r.errLines()) {
            const QString rest = l.mid(where.size());
            if (!l.startsWith(where) || !l.contains(text))
                continue;
            if (column == 0 ? rest.startsWith(u':')
                            : (rest.startsWith(u", column %1 "_s.arg(column)) ||
                               rest.startsWith(u", column %1:"_s.arg(column))))
                return;
        }
        ADD_FAILURE() << "no error at line " << line << ", column " << column << " containing \"" << text.toStdString()
                      << "\"\n"
                      << r.dump();
    }

    QJsonObject department(const QString &company, const QString &round, const QString &name)
    {
        const QJsonObject c = findByKey(scoreJson(m_ws).value(u"companies"_s).toArray(), u"name"_s, company);
        const QJsonObject r = findByKey(c.value(u"rounds"_s).toArray(), u"label"_s, round);
        return findByKey(r.value(u"departments"_s).toArray(), u"name"_s, name);
    }
    QJsonObject itemOf(const QJsonObject &department, int i) const
    {
        return findByKey(department.value(u"items"_s).toArray(), u"id"_s, QString::fromUtf8(item(i)));
    }
};

// ---------------------------------------------------------------------------------------------
// Values

TEST_F(CliImport, LevelOutOfRange)
{
    const Result r = rejected(
        lines({row("r1", 0, "7"), row("r1", 1, "-1"), row("r1", 2, "3.5"), row("r1", 3, "five"), row("r1", 4, "4")}));
    expectError(r, 2, 7, u"\"7\""_s);
    expectError(r, 3, 7, u"\"-1\""_s);
    expectError(r, 4, 7, u"\"3.5\""_s);
    expectError(r, 5, 7, u"\"five\""_s);
    EXPECT_EQ(located(r).size(), 4) << r.dump();
    EXPECT_TRUE(r.err.contains(u"0 to 4"_s)) << "the message should say what is expected\n" << r.dump();
}

TEST_F(CliImport, UnknownItem)
{
    const Result r = rejected(lines({row("r1", 0, "1"), "Acme,Sales,2026-Q1,2026-03-15,r1,strategy.nonsense,2"}));
    expectError(r, 3, 6, u"\"strategy.nonsense\""_s);
    EXPECT_EQ(located(r).size(), 1) << r.dump();
}

TEST_F(CliImport, BadDates)
{
    const Result r = rejected(lines({row("r1", 0, "1", "2026-13-01"), row("r2", 0, "1", "15.13.2026"),
                                     row("r3", 0, "1", "2026-02-30"), row("r4", 0, "1")}));
    expectError(r, 2, 4, u"2026-13-01"_s);
    expectError(r, 3, 4, u"15.13.2026"_s);
    expectError(r, 4, 4, u"2026-02-30"_s);
    EXPECT_EQ(located(r).size(), 3) << r.dump();
    EXPECT_TRUE(r.err.contains(u"YYYY-MM-DD"_s)) << r.dump();
}

TEST_F(CliImport, OneRoundWithTwoDatesInTheFile)
{
    const Result r = rejected(lines({row("r1", 0, "1"), row("r2", 0, "2"), row("r3", 0, "3", "2026-03-16")}));
    expectError(r, 4, 4, u"2026-03-16"_s);
    EXPECT_TRUE(located(r).value(0).contains(u"line 2"_s)) << "should name where the round got its date\n" << r.dump();
}

TEST_F(CliImport, RoundDatedDifferentlyInTheWorkspace)
{
    accepted(lines({row("r1", 0, "1")}));
    const Result r = rejected(lines({row("r2", 0, "1", "2026-04-01")}));
    expectError(r, 2, 4, u"2026-03-15"_s);
    EXPECT_TRUE(located(r).value(0).contains(u"2026-04-01"_s)) << r.dump();
}

TEST_F(CliImport, SameAnswerTwiceNamesBothLines)
{
    const Result r = rejected(lines({row("r1", 0, "1"), row("r1", 1, "2"), row("r1", 0, "3")}));
    expectError(r, 4, 6, u"line 2"_s);
    EXPECT_EQ(located(r).size(), 1) << r.dump();
}

TEST_F(CliImport, RecordedRespondentNeedsReplace)
{
    accepted(lines({row("r1", 0, "1"), row("r1", 2, "2"), row("r2", 0, "3")}));
    const QByteArray again = lines({row("r1", 0, "4"), row("r1", 1, "n/a")});
    const Result r = rejected(again);
    expectError(r, 2, 5, u"--replace"_s);

    const Result ok = accepted(again, {u"--replace"_s});
    const QJsonObject sales = department(u"Acme"_s, u"2026-Q1"_s, u"Sales"_s);
    ASSERT_FALSE(sales.isEmpty());
    EXPECT_EQ(itemOf(sales, 0).value(u"n"_s).toInt(), 2);
    EXPECT_DOUBLE_EQ(itemOf(sales, 0).value(u"mean"_s).toDouble(), 3.5); // r1 now 4, r2 3
    EXPECT_EQ(itemOf(sales, 1).value(u"n"_s).toInt(), 0);                // n/a
    EXPECT_EQ(itemOf(sales, 2).value(u"n"_s).toInt(), 0) << "r1's old answers must be replaced as a whole";
}

// ---------------------------------------------------------------------------------------------
// Structure and encoding

TEST_F(CliImport, UnterminatedQuote)
{
    const Result r = rejected(kHeader + "\n" + row("r1", 0, "1") + "\nAcme,\"Sales,2026-Q1,2026-03-15,r2," + item(0) +
                              ",1\n" + row("r3", 0, "1") + "\n");
    expectError(r, 3, 2, u"never closed"_s);
}

TEST_F(CliImport, QuoteInsideUnquotedField)
{
    const Result r =
        rejected(lines({row("r1", 0, "1"), "Acme,Sal\"es,2026-Q1,2026-03-15,r2," + item(0) + ",1", row("r3", 0, "1")}));
    expectError(r, 3, 2, u"quote"_s);
    EXPECT_EQ(located(r).size(), 1) << r.dump();
}

TEST_F(CliImport, TextAfterClosingQuote)
{
    const Result r = rejected(
        lines({row("r1", 0, "1"), row("r2", 0, "1"), "\"Acme\" GmbH,Sales,2026-Q1,2026-03-15,r3," + item(0) + ",1"}));
    expectError(r, 4, 1, u"closing quote"_s);
    EXPECT_EQ(located(r).size(), 1) << r.dump();
}

TEST_F(CliImport, InvalidUtf8Byte)
{
    const Result r = rejected(lines({row("r1", 0, "1"), row("r\xff", 0, "1")}));
    expectError(r, 3, 5, u"UTF-8"_s);
    EXPECT_TRUE(r.err.contains(u"0xFF"_s, Qt::CaseInsensitive)) << r.dump();
}

TEST_F(CliImport, Latin1Text)
{
    const Result r = rejected(lines({row("r1", 0, "1"), "Acme,M\xfcller,2026-Q1,2026-03-15,r2," + item(0) + ",1"}));
    expectError(r, 3, 2, u"UTF-8"_s);
}

TEST_F(CliImport, RandomBinaryGarbage)
{
    const Result r = rejected(randomBytes(4096, 42));
    EXPECT_GE(located(r).size(), 1) << r.dump();
    EXPECT_LE(r.errLines().size(), 25) << "garbage should not flood the terminal";
    EXPECT_TRUE(r.err.contains(u"UTF-8"_s) || r.err.contains(u"binary"_s)) << r.dump();
}

TEST_F(CliImport, PngFile)
{
    const Result r = rejected(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16) + randomBytes(2000, 3));
    expectError(r, 1, 1, u"UTF-8"_s);
}

TEST_F(CliImport, ErrorOnLine5000OfALargeFile)
{
    QList<QByteArray> rows;
    for (int i = 0; rows.size() < 5999; ++i)
        for (int k = 0; k < m_items.size() && rows.size() < 5999; ++k)
            rows.append(row("r" + QByteArray::number(i), k, QByteArray::number((i + k) % 5)));
    rows[4998] = row("bad", 0, "x"); // line 5000: header is line 1
    const Result r = rejected(lines(rows));
    expectError(r, 5000, 7, u"\"x\""_s);
    EXPECT_EQ(located(r).size(), 1) << r.dump();
}

TEST_F(CliImport, LinesCountedAcrossMultiLineFields)
{
    // Line 2-4: one record whose department holds two line breaks and whose level (on line 4) is bad;
    // line 5: the next record, also bad.
    const Result r = rejected(kHeader + "\nAcme,\"Sales\n\nNorth\",2026-Q1,2026-03-15,r1," + item(0) + ",9\n" +
                              row("r2", 0, "8") + "\n");
    expectError(r, 4, 7, u"\"9\""_s);
    expectError(r, 5, 7, u"\"8\""_s);
    EXPECT_EQ(located(r).size(), 2) << r.dump();
}

TEST_F(CliImport, MissingHeaderColumns)
{
    const Result r =
        rejected("company,department,round,respondent,item,level\nAcme,Sales,2026-Q1,r1," + item(0) + ",1\n");
    expectError(r, 1, 0, u"date"_s);
}

TEST_F(CliImport, UnknownColumnLongForm)
{
    const QByteArray csv = lines({row("r1", 0, "1") + ",hello"}, kHeader + ",comment");
    const Result r = rejected(csv);
    expectError(r, 1, 8, u"comment"_s);
    EXPECT_TRUE(r.err.contains(u"--ignore-unknown-columns"_s)) << r.dump();
    accepted(csv, {u"--ignore-unknown-columns"_s});
    EXPECT_EQ(itemOf(department(u"Acme"_s, u"2026-Q1"_s, u"Sales"_s), 0).value(u"n"_s).toInt(), 1);
}

TEST_F(CliImport, UnknownColumnWideForm)
{
    const QByteArray csv = "company,department,round,date,respondent," + item(0) + ",notes," + item(1) +
                           "\nAcme,Sales,2026-Q1,2026-03-15,r1,1,hello,2\n";
    const Result r = rejected(csv);
    expectError(r, 1, 7, u"notes"_s);
    accepted(csv, {u"--ignore-unknown-columns"_s});
    const QJsonObject sales = department(u"Acme"_s, u"2026-Q1"_s, u"Sales"_s);
    EXPECT_EQ(itemOf(sales, 0).value(u"mean"_s).toDouble(), 1.0);
    EXPECT_EQ(itemOf(sales, 1).value(u"mean"_s).toDouble(), 2.0);
}

TEST_F(CliImport, FieldCountMismatch)
{
    const Result r = rejected(
        lines({row("r1", 0, "1"), row("r1", 1, "1") + ",extra", "Acme,Sales,2026-Q1,2026-03-15,r1," + item(2)}));
    expectError(r, 3, 0, u"8 fields"_s);
    expectError(r, 4, 0, u"6 fields"_s);
    EXPECT_EQ(located(r).size(), 2) << r.dump();
}

TEST_F(CliImport, EmptyFile)
{
    const Result r = rejected({});
    expectError(r, 1, 0, u"empty"_s);
}

TEST_F(CliImport, HeaderOnly)
{
    const Result r = rejected(kHeader + "\n");
    expectError(r, 1, 0, u"no answers"_s);
}

TEST_F(CliImport, AtMostTwentyErrorsAndASayingThatMoreFollow)
{
    QList<QByteArray> rows;
    for (int i = 0; i < 25; ++i)
        rows.append(row("r" + QByteArray::number(i), 0, "9"));
    const Result r = rejected(lines(rows));
    const QStringList errors = located(r);
    ASSERT_EQ(errors.size(), 20) << r.dump();
    for (int i = 0; i < 20; ++i)
        EXPECT_TRUE(errors[i].startsWith(u"error: answers.csv, line %1,"_s.arg(i + 2))) << errors[i].toStdString();
    EXPECT_EQ(r.errLines().filter(u"more errors"_s).size(), 1) << r.dump();

    rows.resize(20); // exactly 20: nothing more to announce
    const Result twenty = rejected(lines(rows));
    EXPECT_EQ(located(twenty).size(), 20) << twenty.dump();
    EXPECT_TRUE(twenty.errLines().filter(u"more errors"_s).isEmpty()) << twenty.dump();
}

// ---------------------------------------------------------------------------------------------
// Valid files

TEST_F(CliImport, DryRunReportsAndWritesNothing)
{
    writeFile(m_csv, lines({row("r1", 0, "1"), row("r1", 1, "2"), row("r2", 0, "3")}));
    const Snapshot before = Snapshot::of(m_ws);
    const Result r = cli({u"import"_s, m_ws, m_csv, u"--dry-run"_s});
    EXPECT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_TRUE(r.err.isEmpty()) << r.dump();
    EXPECT_TRUE(r.out.contains(u"3 answers"_s) && r.out.contains(u"2 respondents"_s)) << r.dump();
    before.expectUnchanged();
    EXPECT_TRUE(scoreJson(m_ws).value(u"companies"_s).toArray().isEmpty());
    accepted(readFile(m_csv));
    EXPECT_EQ(itemOf(department(u"Acme"_s, u"2026-Q1"_s, u"Sales"_s), 0).value(u"n"_s).toInt(), 2);
}

TEST_F(CliImport, BomCrlfAndSemicolons)
{
    const QByteArray csv = "\xef\xbb\xbf"
                           "company;department;round;date;respondent;item;level\r\n"
                           "M\xc3\xbcller GmbH;Vertrieb;2026-Q1;2026-03-15;r1;" +
                           item(0) +
                           ";2\r\n"
                           "M\xc3\xbcller GmbH;Vertrieb;2026-Q1;2026-03-15;r2;" +
                           item(0) + ";4\r\n";
    accepted(csv);
    const QJsonObject v = department(u"Müller GmbH"_s, u"2026-Q1"_s, u"Vertrieb"_s);
    ASSERT_FALSE(v.isEmpty()) << "company or department name mangled";
    EXPECT_EQ(itemOf(v, 0).value(u"n"_s).toInt(), 2);
    EXPECT_DOUBLE_EQ(itemOf(v, 0).value(u"mean"_s).toDouble(), 3.0);
}

TEST_F(CliImport, WideForm)
{
    accepted("company,department,round,date,respondent," + item(0) + "," + item(1) + "," + item(2) +
             "\nAcme,Sales,2026-Q1,2026-03-15,r1,1,2,3\nAcme,Sales,2026-Q1,2026-03-15,r2,3,,n/a\n");
    const QJsonObject sales = department(u"Acme"_s, u"2026-Q1"_s, u"Sales"_s);
    EXPECT_EQ(itemOf(sales, 0).value(u"n"_s).toInt(), 2);
    EXPECT_DOUBLE_EQ(itemOf(sales, 0).value(u"mean"_s).toDouble(), 2.0);
    EXPECT_EQ(itemOf(sales, 1).value(u"n"_s).toInt(), 1);
    EXPECT_EQ(itemOf(sales, 2).value(u"n"_s).toInt(), 1);
}

TEST_F(CliImport, QuotedNamesRoundTrip)
{
    accepted(kHeader + "\n\"Comma, Quote \"\"Q\"\" Inc\",\"Line\nBreak\nDept\",\"R,1\",2026-01-10,\"x\"\"y\"," +
             item(0) + ",4\n");
    const QJsonArray companies = scoreJson(m_ws).value(u"companies"_s).toArray();
    ASSERT_EQ(companies.size(), 1);
    EXPECT_EQ(companies[0].toObject().value(u"name"_s).toString(), u"Comma, Quote \"Q\" Inc"_s);
    // A line break in a name (Alt+Enter in an Excel cell) is a space of the name (formats.md: names
    // are normalised).
    const QJsonObject d = department(u"Comma, Quote \"Q\" Inc"_s, u"R,1"_s, u"Line Break Dept"_s);
    ASSERT_FALSE(d.isEmpty()) << "round label or department name mangled";
    EXPECT_EQ(itemOf(d, 0).value(u"mean"_s).toDouble(), 4.0);
}

TEST_F(CliImport, NotApplicableIsNotCounted)
{
    accepted(lines({row("r1", 0, "2"), row("r2", 0, "n/a"), row("r3", 0, "N/A"), row("r4", 0, ""), row("r5", 0, "4"),
                    row("r1", 1, "")}));
    const QJsonObject sales = department(u"Acme"_s, u"2026-Q1"_s, u"Sales"_s);
    EXPECT_EQ(itemOf(sales, 0).value(u"n"_s).toInt(), 2);
    EXPECT_DOUBLE_EQ(itemOf(sales, 0).value(u"mean"_s).toDouble(), 3.0);
    EXPECT_EQ(itemOf(sales, 1).value(u"n"_s).toInt(), 0);
    EXPECT_TRUE(itemOf(sales, 1).value(u"mean"_s).isNull());
}

} // namespace

TEST_F(CliImport, TheSummaryCountsInSingularAndPlural)
{
    // Scripts run in the C locale: the summary is still English with a singular for one.
    Result r = accepted(lines({row("r1", 0, "1")}));
    EXPECT_TRUE(r.out.contains(u"Imported 1 answer of 1 respondent (1 new company, 1 new department, 1 new round, "
                               u"0 respondents replaced)."_s))
        << r.dump();
    r = accepted(lines({row("r2", 0, "1"), row("r2", 1, "2"), row("r3", 0, "4")}));
    EXPECT_TRUE(r.out.contains(u"Imported 3 answers of 2 respondents (0 new companies, 0 new departments, "
                               u"0 new rounds, 0 respondents replaced)."_s))
        << r.dump();
}
