// .xlsx workbooks in (formats.md *What spreadsheets and survey tools really write*): written here
// with openpyxl as Excel and survey tools write them, read like CSV (same scores to the byte),
// and every malformed workbook refused with the place of the problem and nothing written.

#include "CliTestSupport.h"

using namespace sbr::clitest;

namespace {

// Two departments, two rounds, a not-applicable answer and an empty cell (not answered).
const QList<QList<QString>> kAnswers = {
    {u"company"_s, u"department"_s, u"round"_s, u"date"_s, u"respondent"_s, u"item"_s, u"level"_s},
    {u"Müller GmbH"_s, u"Vertrieb"_s, u"2026-Q1"_s, u"2026-03-15"_s, u"A"_s, u"strategy.business-goals"_s, u"3"_s},
    {u"Müller GmbH"_s, u"Vertrieb"_s, u"2026-Q1"_s, u"2026-03-15"_s, u"A"_s, u"strategy.overall-strategy"_s, u"n/a"_s},
    {u"Müller GmbH"_s, u"Vertrieb"_s, u"2026-Q1"_s, u"2026-03-15"_s, u"B"_s, u"strategy.business-goals"_s, u"1"_s},
    {u"Müller GmbH"_s, u"Marketing"_s, u"2026-Q1"_s, u"2026-03-15"_s, u"C"_s, u"strategy.business-goals"_s, u"4"_s},
    {u"Müller GmbH"_s, u"Marketing"_s, u"2026-Q1"_s, u"2026-03-15"_s, u"C"_s, u"strategy.business-value"_s, u""_s},
    {u"Müller GmbH"_s, u"Marketing"_s, u"2026-Q3"_s, u"2026-09-30"_s, u"C"_s, u"strategy.business-goals"_s, u"2"_s},
};

class CliWorkbook : public CliTestBase {
protected:
    void python(const QString &script, const QString &target)
    {
        QProcess p;
        p.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import sys, datetime, openpyxl\n"_s + script, target});
        ASSERT_TRUE(p.waitForFinished(60000));
        ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    }
    /// The answers as a Python list literal; levels as numbers, dates as date cells.
    static QString pythonRows()
    {
        QStringList rows;
        for (int r = 0; r < kAnswers.size(); ++r) {
            QStringList cells;
            for (int c = 0; c < kAnswers[r].size(); ++c) {
                const QString v = kAnswers[r][c];
                bool number = false;
                v.toInt(&number);
                if (r > 0 && c == 3)
                    cells.append(u"datetime.datetime.fromisoformat('%1')"_s.arg(v));
                else if (r > 0 && number)
                    cells.append(v);
                else if (v.isEmpty())
                    cells.append(u"None"_s);
                else
                    cells.append(u"'%1'"_s.arg(v));
            }
            rows.append(u"["_s + cells.join(u", "_s) + u"]"_s);
        }
        return u"rows = ["_s + rows.join(u",\n"_s) + u"]\n"_s;
    }
    QString csvFile()
    {
        QByteArray csv;
        for (const auto &row : kAnswers)
            csv += row.join(u',').toUtf8() + "\n";
        const QString file = path(u"answers.csv"_s);
        writeFile(file, csv);
        return file;
    }
    Result refused(const QString &ws, const QString &file, const QStringList &options = {}) const
    {
        return refusedImport(ws, file, options);
    }
};

TEST_F(CliWorkbook, SameAnswersAsCsvAndAsXlsxGiveByteIdenticalScores)
{
    const QString xlsx = path(u"answers.xlsx"_s);
    python(pythonRows() + u"wb = openpyxl.Workbook()\nws = wb.active\nws.title = 'Antworten'\n"
                          "for r in rows: ws.append(r)\n"
                          "for c in ws['D'][1:]: c.number_format = 'DD.MM.YYYY'\n"
                          "wb.save(sys.argv[1])\n"_s,
           xlsx);
    const QString fromCsv = makeWorkspace(u"csv.sbradar"_s), fromXlsx = makeWorkspace(u"xlsx.sbradar"_s);
    ASSERT_EQ(cli({u"import"_s, fromCsv, csvFile()}).exitCode, 0);
    const Result r = cli({u"import"_s, fromXlsx, xlsx});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    const Result a = cli({u"score"_s, fromCsv, u"--json"_s}), b = cli({u"score"_s, fromXlsx, u"--json"_s});
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_TRUE(a.outBytes.contains("\"2026-09-30\"")) << a.dump();
    EXPECT_EQ(a.outBytes, b.outBytes);
}

TEST_F(CliWorkbook, WideFormWithTextDatesOnANamedSheet)
{
    const QString xlsx = path(u"wide.xlsx"_s);
    python(u"wb = openpyxl.Workbook()\nwb.active.title = 'Hinweise'\nwb.active['A1'] = 'Bitte ausfüllen'\n"
           "ws = wb.create_sheet('Antworten')\n"
           "ws.append(['company', 'department', 'round', 'date', 'respondent', 'strategy.business-goals', "
           "'strategy.business-value'])\n"
           "ws.append(['M', 'V', 'Q1', '2026-03-15', 'A', 4, 2])\n"
           "ws.append(['M', 'V', 'Q1', '15.03.2026', 'B', 2, 'n/a'])\n"
           "wb.save(sys.argv[1])\n"_s,
           xlsx);
    const QString ws = makeWorkspace();
    Result r = refused(ws, xlsx); // the first sheet holds instructions, not answers
    expectErrorLine(r, u"wide.xlsx, line 1"_s, u"the header lacks the column(s)"_s);
    r = refused(ws, xlsx, {u"--sheet"_s, u"Ergebnisse"_s});
    expectErrorLine(r, u"wide.xlsx: "_s, u"no sheet \"Ergebnisse\"; its sheets are \"Hinweise\", \"Antworten\""_s);
    r = cli({u"import"_s, ws, xlsx, u"--sheet"_s, u"Antworten"_s});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    const QJsonObject json = scoreJson(ws);
    const QJsonObject d = json.value(u"companies"_s)[0][u"rounds"_s][0][u"departments"_s][0].toObject();
    EXPECT_EQ(d.value(u"respondents"_s).toInt(), 2);
    EXPECT_DOUBLE_EQ(
        findByKey(d.value(u"items"_s).toArray(), u"id"_s, u"strategy.business-goals"_s).value(u"mean"_s).toDouble(),
        3.0);
}

TEST_F(CliWorkbook, ErrorsNameRowAndColumnLetter)
{
    const QString xlsx = path(u"answers.xlsx"_s);
    python(pythonRows() + u"wb = openpyxl.Workbook()\nws = wb.active\n"
                          "ws.append([]); ws.append([])\n" // the header is on row 3
                          "for r in rows: ws.append(r)\n"
                          "ws['G5'] = 7\nws['D6'] = '03/15/2026'\n"
                          "wb.save(sys.argv[1])\n"_s,
           xlsx);
    const Result r = refused(makeWorkspace(), xlsx);
    expectErrorLine(r, u"answers.xlsx, line 5, column G (level)"_s, u"\"7\" is not a level"_s);
    expectErrorLine(r, u"answers.xlsx, line 6, column D (date)"_s, u"ambiguous"_s);
}

TEST_F(CliWorkbook, MalformedWorkbooksAreRefusedWithThePlace)
{
    const QString ws = makeWorkspace();
    const QString file = path(u"bad.xlsx"_s);

    // A zip that is not a workbook.
    python(u"import zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z: z.writestr('notes.txt', 'hello')\n"_s, file);
    expectErrorLine(refused(ws, file), u"bad.xlsx: "_s, u"not an Excel workbook"_s);

    // A password-protected workbook: an OLE compound file holding an "EncryptedPackage" stream.
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += QByteArray(504, '\0');
    for (const char c : QByteArray("EncryptedPackage"))
        ole += QByteArray(1, c) + QByteArray(1, '\0');
    ole += QByteArray(2048, '\0');
    writeFile(file, ole);
    expectErrorLine(refused(ws, file), u"bad.xlsx: "_s, u"protected with a password"_s);

    // A zip cut short.
    python(pythonRows() + u"wb = openpyxl.Workbook()\nws = wb.active\nfor r in rows: ws.append(r)\n"
                          "wb.save(sys.argv[1])\n"_s,
           file);
    const QByteArray whole = readFile(file);
    writeFile(file, whole.left(whole.size() / 2));
    expectErrorLine(refused(ws, file), u"bad.xlsx: "_s, u"not a readable zip archive"_s);

    // A huge sheet: a value far to the right.
    python(pythonRows() + u"wb = openpyxl.Workbook()\nws = wb.active\nfor r in rows: ws.append(r)\n"
                          "ws.cell(row=4, column=5000, value='x')\nwb.save(sys.argv[1])\n"_s,
           file);
    expectErrorLine(refused(ws, file), u"bad.xlsx, line 4, column GJH"_s, u"beyond column AMJ"_s);

    // Formulas in answer cells.
    python(pythonRows() + u"wb = openpyxl.Workbook()\nws = wb.active\nfor r in rows: ws.append(r)\n"
                          "ws['G3'] = '=1+2'\nwb.save(sys.argv[1])\n"_s,
           file);
    expectErrorLine(refused(ws, file), u"bad.xlsx, line 3, column G"_s, u"formula (=1+2)"_s);

    // Merged header cells.
    python(pythonRows() + u"wb = openpyxl.Workbook()\nws = wb.active\nfor r in rows: ws.append(r)\n"
                          "ws.merge_cells('A1:B1')\nwb.save(sys.argv[1])\n"_s,
           file);
    expectErrorLine(refused(ws, file), u"bad.xlsx, line 1, column A"_s, u"cells A1:B1 are merged"_s);
}

} // namespace
