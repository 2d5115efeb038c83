// Score tables, the CSV writer and the XLSX writer. The XLSX file is read back by an independent
// reader (openpyxl, in its own process): sheet names, header, number cells for numbers, values
// equal to the scores, awkward names exact.

#include "ExportTestSupport.h"
#include "export/XlsxWriter.h"
#include "io/ScoreJson.h"
#include "io/ScoreTables.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>

using namespace sbr;
using namespace sbr::exporttest;
using namespace Qt::StringLiterals;

namespace {

class Export : public ::testing::Test {
protected:
    QTemporaryDir m_dir;
    ScoreReport m_report;
    Questionnaire m_q;

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(makeWorkspace(m_dir.filePath(QStringLiteral("ws.sbradar")), &m_report, &m_q));
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray csv(const io::Table &table) const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        io::writeCsv(table, buffer);
        return buffer.data();
    }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

QByteArray fmt(double value)
{
    return io::formatDouble(value);
}

/// "<score>,<spread>,<delta>,<percentile>" for every dimension of a company row.
QByteArray companyDimensions(int dimensions, const QByteArray &score, const QByteArray &spread)
{
    QByteArray out;
    for (int d = 0; d < dimensions; ++d)
        out += ',' + score + ',' + spread + ",,";
    return out;
}

} // namespace

TEST_F(Export, TablesHaveStableColumnIds)
{
    const QList<io::Table> tables = io::scoreTables(m_report, m_q, QStringLiteral("en"));
    ASSERT_EQ(tables.size(), 3);
    EXPECT_EQ(tables[0].name, u"company");
    EXPECT_EQ(tables[1].name, u"departments");
    EXPECT_EQ(tables[2].name, u"items");
    EXPECT_EQ(io::scoreTableNames(), (QStringList{u"company"_s, u"departments"_s, u"items"_s}));
    EXPECT_EQ(tables[0].header.mid(0, 12),
              (QStringList{u"company"_s, u"round"_s, u"date"_s, u"index"_s, u"stage"_s, u"delta"_s, u"peers"_s,
                           u"index.percentile"_s, u"strategy.score"_s, u"strategy.spread"_s, u"strategy.delta"_s,
                           u"strategy.percentile"_s}));
    EXPECT_EQ(tables[0].header.size(), 8 + 4 * m_q.dimensions.size());
    EXPECT_EQ(tables[1].header.mid(0, 10),
              (QStringList{u"company"_s, u"round"_s, u"date"_s, u"department"_s, u"respondents"_s, u"index"_s,
                           u"stage"_s, u"delta"_s, u"strategy.score"_s, u"strategy.coverage"_s}));
    EXPECT_EQ(tables[1].header.size(), 8 + 2 * m_q.dimensions.size());
    EXPECT_EQ(tables[2].header, (QStringList{u"company"_s, u"round"_s, u"date"_s, u"department"_s, u"item"_s, u"text"_s,
                                             u"n"_s, u"mean"_s, u"sd"_s, u"score"_s, u"disagreement"_s}));
    EXPECT_EQ(tables[0].rows.size(), 2); // one round of each company
    EXPECT_EQ(tables[1].rows.size(), 3); // Marketing, Vertrieb; Technik
    EXPECT_EQ(tables[2].rows.size(), 3 * m_q.itemCount());
    for (const io::Table &t : tables)
        for (const QList<QVariant> &row : t.rows)
            EXPECT_EQ(row.size(), t.header.size()) << t.name.toStdString();
}

TEST_F(Export, CsvCompanyTableExactly)
{
    const QByteArray out = csv(io::companyTable(m_report, m_q));
    ASSERT_TRUE(out.startsWith("\xEF\xBB\xBF")) << "no UTF-8 BOM";
    const QList<QByteArray> lines = out.mid(3).split('\n');
    ASSERT_EQ(lines.size(), 4) << out.toStdString(); // header, two rows, the empty rest after the last CRLF
    EXPECT_TRUE(lines[3].isEmpty());
    EXPECT_TRUE(lines[0].startsWith("company,round,date,index,stage,delta,peers,index.percentile,strategy.score,"
                                    "strategy.spread,strategy.delta,strategy.percentile,practices.score,"));
    const int dims = int(m_q.dimensions.size());
    // Companies by name: the hostile one first. NULL (delta, percentiles) is an empty field.
    EXPECT_EQ(lines[1],
              "\"A, \"\"B\"\" & C\",2026-Q1,2026-03-15,62.5,4,,1," + companyDimensions(dims, "62.5", "25") + '\r');
    EXPECT_EQ(lines[2], "Zeta AG,2026-Q1,2026-02-01,25,2,,0," + companyDimensions(dims, "25", "") + '\r');
}

TEST_F(Export, CsvDepartmentAndItemRows)
{
    const QByteArray departments = csv(io::departmentTable(m_report, m_q));
    // A field with a comma and quotes is quoted, its quotes doubled; umlauts stay UTF-8.
    QByteArray marketing = "\"A, \"\"B\"\" & C\",2026-Q1,2026-03-15,\"Marketing, \"\"\xc3\x96"
                           "ffentlichkeit\"\"\",3,75,4,";
    for (qsizetype d = 0; d < m_q.dimensions.size(); ++d)
        marketing += ",75,1";
    EXPECT_TRUE(departments.contains(marketing + "\r\n")) << departments.toStdString();
    QByteArray vertrieb = "\r\n\"A, \"\"B\"\" & C\",2026-Q1,2026-03-15,Vertrieb,3,50,3,,50," + fmt(5.5 / 7.5);
    for (qsizetype d = 1; d < m_q.dimensions.size(); ++d)
        vertrieb += ",50,1";
    EXPECT_TRUE(departments.contains(vertrieb + "\r\n")) << departments.toStdString();
    EXPECT_TRUE(departments.endsWith("\r\nZeta AG,2026-Q1,2026-02-01,Technik,1,25,2,,25,1,25,1,25,1,25,1,25,1\r\n"))
        << departments.toStdString();

    const QByteArray items = csv(io::itemTable(m_report, m_q, QStringLiteral("de")));
    const Item &goals = m_q.dimensions[0].items[0];
    ASSERT_EQ(goals.id, u"strategy.business-goals");
    QByteArray goalsText = goals.text.text(QStringLiteral("de")).toUtf8();
    if (goalsText.contains(',') || goalsText.contains('"'))
        goalsText = '"' + goalsText.replace("\"", "\"\"") + '"';
    // Not answered by anyone: n = 0 and NULL mean, sd and score.
    EXPECT_TRUE(items.contains("\r\n\"A, \"\"B\"\" & C\",2026-Q1,2026-03-15,Vertrieb,strategy.business-goals," +
                               goalsText + ",0,,,,false\r\n"))
        << items.left(3000).toStdString();
    EXPECT_TRUE(items.contains(",Technik,roadmap.learning,"));
    EXPECT_TRUE(items.endsWith(",1,1,0,25,false\r\n"));
}

TEST_F(Export, CsvNumbersAtFullPrecisionAndQuotingRules)
{
    io::Table t;
    t.name = QStringLiteral("t");
    t.header = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                QStringLiteral("e")};
    t.rows.append({QVariant(0.1 + 0.2), QVariant(), QVariant(200.0 / 3.0), QVariant(true), QVariant(-1e-7)});
    t.rows.append({QStringLiteral("plain text"), QStringLiteral("semi;colon"), QStringLiteral("cr\rhere"),
                   QVariant(QDate(2026, 1, 2)), QVariant(std::nan(""))});
    const QByteArray out = csv(t);
    EXPECT_EQ(out, "\xEF\xBB\xBF"
                   "a,b,c,d,e\r\n"
                   "0.30000000000000004,,66.66666666666667,true,-1e-07\r\n"
                   "plain text,semi;colon,\"cr\rhere\",2026-01-02,\r\n");
    EXPECT_EQ(QByteArray("66.66666666666667").toDouble(), 200.0 / 3.0);
}

TEST_F(Export, XlsxReadBackByOpenpyxl)
{
    if (!haveOpenpyxl())
        GTEST_SKIP() << "python3-openpyxl is not installed (apt-get install python3-openpyxl)";
    const QList<io::Table> tables = io::scoreTables(m_report, m_q, QStringLiteral("en"));
    const QString file = path(QStringLiteral("scores.xlsx"));
    QString error;
    ASSERT_TRUE(exporting::writeXlsx(tables, file, &error)) << error.toStdString();
    EXPECT_EQ(entries(), (QStringList{u"scores.xlsx"_s, u"ws.sbradar"_s})) << "temporary files left behind";

    const QJsonArray book = readXlsx(file);
    ASSERT_EQ(book.size(), 3);
    int numbers = 0;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const io::Table &table = tables[t];
        const QJsonObject s = book[t].toObject();
        EXPECT_EQ(s[u"name"_s].toString(), table.name);
        EXPECT_EQ(s[u"freeze"_s].toString(), u"A2") << "header row not frozen";
        EXPECT_TRUE(s[u"filter"_s].toString().startsWith(u"A1:")) << "no autofilter";
        for (const QJsonValue &bold : s[u"bold"_s].toArray())
            EXPECT_TRUE(bold.toBool()) << "header not bold";
        const QJsonArray rows = s[u"rows"_s].toArray();
        ASSERT_EQ(rows.size(), table.rows.size() + 1) << table.name.toStdString();
        const QJsonArray header = rows[0].toArray();
        ASSERT_EQ(header.size(), table.header.size());
        for (qsizetype c = 0; c < header.size(); ++c)
            EXPECT_EQ(header[c].toObject()[u"s"_s].toString(), table.header[c]);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QJsonArray got = rows[r + 1].toArray();
            ASSERT_EQ(got.size(), table.header.size());
            for (qsizetype c = 0; c < table.header.size(); ++c) {
                const QVariant &want = table.rows[r][c];
                const QJsonObject cell = got[c].toObject();
                const std::string where =
                    QStringLiteral("%1 row %2 column %3").arg(table.name).arg(r + 2).arg(table.header[c]).toStdString();
                switch (want.metaType().id()) {
                case QMetaType::UnknownType:
                    EXPECT_TRUE(got[c].isNull()) << where << ": NULL must be an empty cell";
                    break;
                case QMetaType::Double:
                    ASSERT_TRUE(cell.contains(u"n"_s)) << where << ": not a number cell";
                    EXPECT_NEAR(cell[u"n"_s].toDouble(), want.toDouble(), 1e-9) << where;
                    ++numbers;
                    break;
                case QMetaType::Bool:
                    EXPECT_EQ(cell[u"b"_s], QJsonValue(want.toBool())) << where;
                    break;
                case QMetaType::QDate:
                    EXPECT_EQ(cell[u"d"_s].toString(), want.toDate().toString(Qt::ISODate)) << where;
                    break;
                default:
                    EXPECT_EQ(cell[u"s"_s].toString(), want.toString()) << where;
                }
            }
        }
    }
    EXPECT_GT(numbers, 3 * m_q.itemCount());
    // The awkward names and the known numbers, spelled out.
    const QJsonArray company = sheet(book, u"company"_s)[u"rows"_s].toArray();
    EXPECT_EQ(company[1].toArray()[0].toObject()[u"s"_s].toString(), kHostile);
    EXPECT_EQ(company[1].toArray()[3].toObject()[u"n"_s].toDouble(), 62.5);
    EXPECT_EQ(company[1].toArray()[2].toObject()[u"d"_s].toString(), u"2026-03-15");
    const QJsonArray departments = sheet(book, u"departments"_s)[u"rows"_s].toArray();
    EXPECT_EQ(departments[1].toArray()[3].toObject()[u"s"_s].toString(), kMarketing);
    EXPECT_NEAR(departments[2].toArray()[9].toObject()[u"n"_s].toDouble(), 5.5 / 7.5, 1e-15);
}

TEST_F(Export, XlsxReplacesAnExistingFileOnlyOnSuccess)
{
    const QString file = path(QStringLiteral("scores.xlsx"));
    {
        QFile old(file);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old contents");
    }
    io::Table bad;
    bad.name = QStringLiteral("no[good]"); // brackets are not allowed in a worksheet name
    bad.header = {QStringLiteral("a")};
    QString error;
    EXPECT_FALSE(exporting::writeXlsx({bad}, file, &error));
    EXPECT_TRUE(error.contains(u"no[good]")) << error.toStdString();
    QFile check(file);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("old contents"));
    check.close();
    EXPECT_EQ(entries(), (QStringList{u"scores.xlsx"_s, u"ws.sbradar"_s})) << "temporary files left behind";

    ASSERT_TRUE(exporting::writeXlsx(io::scoreTables(m_report, m_q, u"en"_s), file, &error)) << error.toStdString();
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_TRUE(check.read(2) == "PK") << "not a zip container";
    EXPECT_EQ(entries(), (QStringList{u"scores.xlsx"_s, u"ws.sbradar"_s}));
}

TEST_F(Export, XlsxToAnUnwritablePlaceFailsCleanly)
{
    const QList<io::Table> tables = io::scoreTables(m_report, m_q, u"en"_s);
    QString error;
    EXPECT_FALSE(exporting::writeXlsx(tables, QStringLiteral("/nonexistent-dir/x.xlsx"), &error));
    EXPECT_TRUE(error.contains(u"/nonexistent-dir/x.xlsx")) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/nonexistent-dir")));

    EXPECT_FALSE(exporting::writeXlsx(tables, m_dir.path(), &error)) << "a folder is no file";
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(entries(), QStringList{u"ws.sbradar"_s});
}

TEST(CsvExport, FormulasInNamesStayText)
{
    sbr::io::Table t;
    t.name = QStringLiteral("company");
    t.header = {QStringLiteral("company"), QStringLiteral("index")};
    t.rows = {{QStringLiteral("=HYPERLINK(\"http://x\")"), -5.5}, {QStringLiteral("@SUM(A1)"), QVariant()}};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    sbr::io::writeCsv(t, buffer);
    const QList<QByteArray> lines = buffer.data().mid(3).split('\n');
    EXPECT_EQ(lines.value(1), QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\",-5.5\r"));
    EXPECT_EQ(lines.value(2), QByteArray("'@SUM(A1),\r"));
}
