#include "io/CsvReader.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using sbr::io::CsvReader;

namespace {

struct Record {
    int line = 0;
    std::vector<std::string> fields;
    std::vector<int> fieldLines;
    std::optional<CsvReader::Error> error;
};

QByteArray bytes(std::string_view s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

// Reads everything, guarding against a reader that never finishes: every record consumes at
// least one byte, so there can be at most size + 1 of them.
std::vector<Record> readAll(const QByteArray &data, char *delimiter = nullptr)
{
    CsvReader reader(data);
    if (delimiter)
        *delimiter = reader.delimiter();
    std::vector<Record> out;
    while (reader.next()) {
        Record r{reader.line(), {}, {}, reader.recordError()};
        for (int i = 0; i < reader.fieldCount(); ++i) {
            r.fields.emplace_back(reader.field(i));
            r.fieldLines.push_back(reader.fieldLine(i));
        }
        out.push_back(std::move(r));
        if (out.size() > size_t(data.size()) + 1) {
            ADD_FAILURE() << "reader does not finish";
            break;
        }
    }
    EXPECT_FALSE(reader.next()) << "next() must stay false at the end";
    EXPECT_EQ(reader.fieldCount(), 0);
    return out;
}

using Fields = std::vector<std::string>;
using Lines = std::vector<int>;

std::string message(const Record &r)
{
    return r.error ? r.error->message.toStdString() : std::string();
}

Lines recordLines(const std::vector<Record> &recs)
{
    Lines lines;
    for (const Record &r : recs)
        lines.push_back(r.line);
    return lines;
}

// The record has an error at exactly this place whose message contains `needle`.
testing::AssertionResult hasError(const Record &r, int line, int column, std::string_view needle = {})
{
    if (!r.error)
        return testing::AssertionFailure() << "no error in the record of line " << r.line;
    if (r.error->line != line || r.error->column != column || message(r).find(needle) == std::string::npos) {
        return testing::AssertionFailure()
               << "error at line " << r.error->line << ", column " << r.error->column << ": " << message(r);
    }
    return testing::AssertionSuccess();
}

} // namespace

TEST(CsvReader, SimpleRecords)
{
    const auto recs = readAll(bytes("a,b,c\n1,2,3\nx,y,z\n"));
    ASSERT_EQ(recs.size(), 3u);
    EXPECT_EQ(recs[0].fields, (Fields{"a", "b", "c"}));
    EXPECT_EQ(recs[1].fields, (Fields{"1", "2", "3"}));
    EXPECT_EQ(recs[2].fields, (Fields{"x", "y", "z"}));
    EXPECT_EQ(recordLines(recs), (Lines{1, 2, 3}));
    EXPECT_EQ(recs[2].fieldLines, (Lines{3, 3, 3}));
    for (const Record &r : recs)
        EXPECT_FALSE(r.error);
}

TEST(CsvReader, CrLfLineEnds)
{
    const auto recs = readAll(bytes("a,b\r\n1,2\r\n\"q\",x\r\n"));
    ASSERT_EQ(recs.size(), 3u);
    EXPECT_EQ(recs[0].fields, (Fields{"a", "b"}));
    EXPECT_EQ(recs[1].fields, (Fields{"1", "2"}));
    EXPECT_EQ(recs[2].fields, (Fields{"q", "x"}));
    EXPECT_EQ(recordLines(recs), (Lines{1, 2, 3}));
    EXPECT_FALSE(recs[2].error);
}

TEST(CsvReader, BomIsSkipped)
{
    char delimiter = 0;
    const auto recs = readAll(bytes("\xEF\xBB\xBFx;y\n1;2\n"), &delimiter);
    EXPECT_EQ(delimiter, ';');
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[0].fields, (Fields{"x", "y"}));
    EXPECT_EQ(recordLines(recs), (Lines{1, 2}));
    EXPECT_TRUE(readAll(bytes("\xEF\xBB\xBF")).empty());
}

TEST(CsvReader, DelimiterDetection)
{
    char delimiter = 0;
    const auto recs = readAll(bytes("company;department;level\n\"A;B\";Vertrieb, Nord;3,5\n;;\n"), &delimiter);
    EXPECT_EQ(delimiter, ';');
    ASSERT_EQ(recs.size(), 3u);
    EXPECT_EQ(recs[1].fields, (Fields{"A;B", "Vertrieb, Nord", "3,5"}));
    EXPECT_EQ(recs[2].fields, (Fields{"", "", ""})); // a line of delimiters is a record, not skipped

    readAll(bytes("a;b,c\n"), &delimiter);
    EXPECT_EQ(delimiter, ',') << "a tie keeps the comma";
    readAll(bytes("\"x;y;z\",b\n"), &delimiter);
    EXPECT_EQ(delimiter, ',') << "semicolons inside quotes do not count";
    readAll(bytes("a,b\nc;d;e;f\n"), &delimiter);
    EXPECT_EQ(delimiter, ',') << "only the first line counts";
    readAll(bytes("\n\r\na;b\n"), &delimiter);
    EXPECT_EQ(delimiter, ';') << "leading empty lines are not the header";
    readAll(bytes(""), &delimiter);
    EXPECT_EQ(delimiter, ',');
}

TEST(CsvReader, QuotedFields)
{
    const auto recs = readAll(bytes("\"a,b\",\"say \"\"hi\"\"\",\"multi\nline\r\nfield\",plain\n"
                                    "next,\"\"\n"
                                    "\"\"\"\",\"x\ny\"\n"
                                    "last,row\n"));
    ASSERT_EQ(recs.size(), 4u);
    EXPECT_EQ(recs[0].fields, (Fields{"a,b", "say \"hi\"", "multi\nline\r\nfield", "plain"}));
    EXPECT_EQ(recs[0].fieldLines, (Lines{1, 1, 1, 3}));
    EXPECT_EQ(recs[1].fields, (Fields{"next", ""}));
    EXPECT_EQ(recs[2].fields, (Fields{"\"", "x\ny"}));
    EXPECT_EQ(recs[3].fields, (Fields{"last", "row"}));
    EXPECT_EQ(recordLines(recs), (Lines{1, 4, 5, 7})); // the lines after multi-line fields
    for (const Record &r : recs)
        EXPECT_FALSE(r.error) << message(r);
}

TEST(CsvReader, FieldsWithoutDoubledQuotesAreViewsIntoTheBuffer)
{
    const QByteArray data = bytes("plain,\"quoted, no escapes\",\"with \"\"escape\"\"\"\n");
    CsvReader reader(data);
    ASSERT_TRUE(reader.next());
    const auto inBuffer = [&](std::string_view f) {
        return f.data() >= data.constData() && f.data() + f.size() <= data.constData() + data.size();
    };
    EXPECT_TRUE(inBuffer(reader.field(0)));
    EXPECT_TRUE(inBuffer(reader.field(1)));
    EXPECT_EQ(reader.field(1), "quoted, no escapes");
    EXPECT_FALSE(inBuffer(reader.field(2)));
    EXPECT_EQ(reader.field(2), "with \"escape\"");
}

TEST(CsvReader, ManyUnescapedFieldsInOneRecordStayValid)
{
    // Growing the scratch storage while a record is read must not move earlier unescaped fields.
    std::string line;
    Fields expected;
    for (int i = 0; i < 1000; ++i) {
        line += (i ? "," : "") + std::string("\"") + std::to_string(i) + "\"\"q\"";
        expected.push_back(std::to_string(i) + "\"q");
    }
    const QByteArray data = bytes(line + "\n" + line + "\n");
    CsvReader reader(data);
    for (int rec = 0; rec < 2; ++rec) {
        ASSERT_TRUE(reader.next());
        ASSERT_EQ(reader.fieldCount(), 1000);
        for (int i = 0; i < 1000; ++i)
            ASSERT_EQ(reader.field(i), expected[size_t(i)]) << "record " << rec << " field " << i;
    }
}

TEST(CsvReader, EmptyFieldsAndTrailingDelimiter)
{
    const auto recs = readAll(bytes(",,\na,b,\n,x\n\"\",\"\"\nend,"));
    ASSERT_EQ(recs.size(), 5u);
    EXPECT_EQ(recs[0].fields, (Fields{"", "", ""}));
    EXPECT_EQ(recs[1].fields, (Fields{"a", "b", ""}));
    EXPECT_EQ(recs[2].fields, (Fields{"", "x"}));
    EXPECT_EQ(recs[3].fields, (Fields{"", ""}));
    EXPECT_EQ(recs[4].fields, (Fields{"end", ""}));
}

TEST(CsvReader, EmptyLinesAreSkippedButCounted)
{
    const auto recs = readAll(bytes("\nh1,h2\n\n\r\n\na,b\r\n\r\n \nc,d\n\n\n"));
    ASSERT_EQ(recs.size(), 4u);
    EXPECT_EQ(recordLines(recs), (Lines{2, 6, 8, 9}));
    EXPECT_EQ(recs[1].fields, (Fields{"a", "b"}));
    EXPECT_EQ(recs[2].fields, (Fields{" "})); // a space is not an empty line
    EXPECT_TRUE(readAll(bytes("\n\r\n\n")).empty());
}

TEST(CsvReader, MissingFinalNewline)
{
    auto recs = readAll(bytes("a,b\nc,d"));
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[1].fields, (Fields{"c", "d"}));
    EXPECT_EQ(recs[1].line, 2);
    recs = readAll(bytes("a\n\"q\"\"\""));
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_EQ(recs[1].fields, (Fields{"q\""}));
    EXPECT_FALSE(recs[1].error);
}

TEST(CsvReader, LoneCarriageReturnIsPartOfTheField)
{
    const auto recs = readAll(bytes("a\rb,c\n\"x\ry\",z\r\nlast\r"));
    ASSERT_EQ(recs.size(), 3u);
    EXPECT_EQ(recs[0].fields, (Fields{"a\rb", "c"}));
    EXPECT_EQ(recs[1].fields, (Fields{"x\ry", "z"}));
    EXPECT_EQ(recs[2].fields, (Fields{"last\r"}));
    EXPECT_EQ(recordLines(recs), (Lines{1, 2, 3}));
}

TEST(CsvReader, CharacterAfterClosingQuoteIsAnErrorAndReadingRecovers)
{
    const auto recs = readAll(bytes("h1,h2,h3\n1,2,\"x\"y,4\nok,\"ok\" ,ok\n\"a\"\rb\nfine,line\n"));
    ASSERT_EQ(recs.size(), 5u);
    EXPECT_EQ(recordLines(recs), (Lines{1, 2, 3, 4, 5}));
    EXPECT_TRUE(hasError(recs[1], 2, 3, "'y'"));
    EXPECT_TRUE(hasError(recs[1], 2, 3, "expected"));
    EXPECT_TRUE(hasError(recs[2], 3, 2, "space"));
    EXPECT_TRUE(hasError(recs[3], 4, 1, "carriage return")) << "a lone \\r after a closing quote is no line end";
    EXPECT_FALSE(recs[4].error);
    EXPECT_EQ(recs[4].fields, (Fields{"fine", "line"}));
}

TEST(CsvReader, ErrorAfterMultiLineFieldNamesThePhysicalLine)
{
    const auto recs = readAll(bytes("a,\"one\ntwo\nthree\"x,b\nnext\n"));
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_TRUE(hasError(recs[0], 3, 2, "'x'"));
    EXPECT_EQ(recordLines(recs), (Lines{1, 4}));
    EXPECT_EQ(recs[1].fields, (Fields{"next"}));
}

TEST(CsvReader, QuoteInsideUnquotedFieldIsAnError)
{
    const auto recs = readAll(bytes("a,b\"c,d\nnext,row\n"));
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_TRUE(hasError(recs[0], 1, 2, "unquoted field"));
    EXPECT_FALSE(recs[1].error);
    EXPECT_EQ(recs[1].line, 2);
    EXPECT_EQ(recs[1].fields, (Fields{"next", "row"}));
}

TEST(CsvReader, UnterminatedQuoteIsReportedOnceAtItsLine)
{
    const auto recs = readAll(bytes("h1,h2\n\"multi\nline\",ok\nx,\"never closed\nmore,lines\nand,more\n"));
    ASSERT_EQ(recs.size(), 3u); // nothing after the open quote comes back as records
    EXPECT_FALSE(recs[1].error);
    EXPECT_EQ(recs[2].line, 4);
    EXPECT_TRUE(hasError(recs[2], 4, 2, "line 4"));
    EXPECT_TRUE(hasError(recs[2], 4, 2, "never closed"));
}

TEST(CsvReader, ErrorOnLine5000OfALargeFile)
{
    std::string text = "company,department,round,level\n";
    int line = 2;
    for (int i = 0; line < 5000; ++i) {
        if (i % 97 == 0 && line + 2 < 5000) { // a field spanning three physical lines
            text += "\"Acme\nBerlin\nMitte\",IT,R1,3\n";
            line += 3;
        } else {
            text += i % 2 ? "Acme,IT,R1,4\r\n" : "Acme,\"I, T\",R1,2\n";
            ++line;
        }
    }
    text += "Acme,IT,\"R1\"x,3\nAcme,IT,R2,1\n";
    const auto recs = readAll(bytes(text));
    int errors = 0;
    for (const Record &r : recs) {
        if (r.error) {
            ++errors;
            EXPECT_EQ(r.line, 5000);
            EXPECT_TRUE(hasError(r, 5000, 3));
        }
    }
    EXPECT_EQ(errors, 1);
    ASSERT_FALSE(recs.empty());
    EXPECT_EQ(recs.back().line, 5001);
    EXPECT_EQ(recs.back().fields, (Fields{"Acme", "IT", "R2", "1"}));
}

TEST(CsvReader, InvalidUtf8IsReportedWithLineAndColumn)
{
    const std::vector<std::pair<const char *, std::string>> cases = {
        {"overlong 2-byte", "\xC0\x80"},      {"overlong C1", "\xC1\xBF"},
        {"overlong 3-byte", "\xE0\x80\xAF"},  {"overlong 4-byte", "\xF0\x80\x80\xAF"},
        {"surrogate", "\xED\xA0\x80"},        {"above U+10FFFF", "\xF4\x90\x80\x80"},
        {"F5 lead", "\xF5\x80\x80\x80"},      {"FF byte", "\xFF"},
        {"lone continuation", "\x80"},        {"continuation BF", "\xBF"},
        {"truncated 2-byte", "\xC3"},         {"truncated 3-byte", "\xE2\x82"},
        {"truncated 4-byte", "\xF0\x9F\x98"}, {"Latin-1 umlaut", "M\xFCller"},
    };
    for (const auto &[name, bad] : cases) {
        for (const bool quoted : {false, true}) {
            const std::string field = quoted ? "\"x" + bad + "y\"" : "x" + bad + "y";
            const auto recs = readAll(bytes("h1,h2\nok," + field + "\nnext,line\nend," + bad));
            ASSERT_EQ(recs.size(), 4u) << name;
            EXPECT_TRUE(hasError(recs[1], 2, 2, "UTF-8")) << name << (quoted ? " quoted" : "");
            EXPECT_FALSE(recs[2].error) << name;
            EXPECT_TRUE(hasError(recs[3], 4, 2, "UTF-8")) << name << " at the end of the data";
        }
    }
}

TEST(CsvReader, SequenceCutByTheEndOfRawDataIsInvalid)
{
    // The bytes after the data would complete the sequence; the reader must not look at them.
    static const char memory[] = "a,\xE2\x82\xAC";
    for (const qsizetype cut : {3, 4}) {
        const QByteArray data = QByteArray::fromRawData(memory, cut);
        const auto recs = readAll(data);
        ASSERT_EQ(recs.size(), 1u);
        EXPECT_TRUE(hasError(recs[0], 1, 2, "UTF-8")) << "cut after " << cut << " bytes";
    }
    const auto whole = readAll(QByteArray::fromRawData(memory, 5));
    ASSERT_EQ(whole.size(), 1u);
    EXPECT_FALSE(whole[0].error);
}

TEST(CsvReader, ValidUtf8PassesUnchanged)
{
    const std::string text = "Müller,日本語,\"😀, ∑\",\xF4\x8F\xBF\xBF,\xEE\x80\x80\n";
    const auto recs = readAll(bytes(text));
    ASSERT_EQ(recs.size(), 1u);
    EXPECT_FALSE(recs[0].error) << message(recs[0]);
    EXPECT_EQ(recs[0].fields, (Fields{"Müller", "日本語", "😀, ∑", "\xF4\x8F\xBF\xBF", "\xEE\x80\x80"}));
}

TEST(CsvReader, InvalidUtf8InsideMultiLineFieldNamesItsOwnLine)
{
    const auto recs = readAll(bytes("a,\"ok\nb\xFF\"\nc\n"));
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_TRUE(hasError(recs[0], 2, 2, "UTF-8"));
    EXPECT_EQ(recs[1].line, 3); // encoding errors keep the structure intact
}

TEST(CsvReader, NulByteLooksBinary)
{
    const auto recs = readAll(QByteArray("a,b\0c\nd\n", 8));
    ASSERT_EQ(recs.size(), 2u);
    EXPECT_TRUE(hasError(recs[0], 1, 2, "binary"));
    EXPECT_FALSE(recs[1].error);
    EXPECT_EQ(recs[1].line, 2);
}

TEST(CsvReader, RandomBinaryGarbageEndsWithErrors)
{
    std::mt19937 random(20240611u);
    QByteArray data(4096, '\0');
    for (char &c : data)
        c = char(random() & 0xFF);
    const auto recs = readAll(data);
    ASSERT_FALSE(recs.empty());
    const int lines = int(data.count('\n')) + 1;
    int errors = 0, previousLine = 0;
    for (const Record &r : recs) {
        EXPECT_GT(r.line, previousLine);
        previousLine = r.line;
        if (r.error) {
            ++errors;
            EXPECT_GE(r.error->line, r.line);
            EXPECT_LE(r.error->line, lines);
            EXPECT_FALSE(r.error->message.isEmpty());
        }
    }
    EXPECT_GT(errors, 0);
}

namespace {
// Deliberately naive byte-by-byte parser of the same rules, to compare with on random input.
std::vector<Record> referenceParse(const std::string &s)
{
    std::vector<Record> out;
    const size_t n = s.size();
    size_t i = 0;
    int line = 1;
    const auto at = [&](size_t k) { return k < n ? s[k] : '\x7F'; };
    const auto lineEnd = [&] { return at(i) == '\n' ? 1 : at(i) == '\r' && at(i + 1) == '\n' ? 2 : 0; };
    for (;;) {
        for (int len; (len = lineEnd()) != 0; ++line)
            i += size_t(len);
        if (i == n)
            return out;
        Record r{line, {}, {}, {}};
        const auto fail = [&](int l, int c) {
            if (!r.error)
                r.error = CsvReader::Error{l, c, {}};
        };
        for (bool more = true; more;) {
            const int column = int(r.fields.size()) + 1, fieldLine = line;
            const bool quoted = at(i) == '"';
            std::string text;
            for (i += quoted;; ++i) {
                if (i == n && quoted) {
                    r.error = CsvReader::Error{fieldLine, column, {}};
                    out.push_back(r);
                    return out;
                }
                const char c = at(i);
                if (i == n || (quoted ? c == '"' && at(i + 1) != '"' : c == ',' || c == '"' || lineEnd()))
                    break;
                i += c == '"'; // the first of two quotes
                line += c == '\n';
                const bool eAcute = c == '\xC3' && at(i + 1) == '\xA9'; // the only non-ASCII letter used
                if (!eAcute && (c == '\0' || static_cast<unsigned char>(c) >= 0x80))
                    fail(line, column);
                text += s.substr(i, eAcute ? 2 : 1);
                i += eAcute;
            }
            i += quoted;
            more = at(i) == ',' && i < n;
            if (more) {
                ++i;
            } else if (const int len = lineEnd()) {
                i += size_t(len), ++line;
            } else if (i < n) { // a character after the closing quote, or a quote in an unquoted field
                fail(line, column);
                while (i < n && s[i] != '\n')
                    ++i;
                if (i < n)
                    ++i, ++line;
                break;
            }
            r.fields.push_back(text);
            r.fieldLines.push_back(fieldLine);
        }
        out.push_back(r);
    }
}
} // namespace

TEST(CsvReader, MatchesNaiveParserOnRandomInput)
{
    std::mt19937 random(4711u);
    const char alphabet[] = {'a', 'b', ',', ',', '"', '"', '\n', '\r', '\xC3', '\xA9', '\0'};
    for (int round = 0; round < 4000; ++round) {
        std::string s = "h\n"; // keeps the delimiter a comma
        const unsigned len = random() % 40;
        for (unsigned k = 0; k < len; ++k)
            s += alphabet[random() % sizeof alphabet];
        const auto got = readAll(bytes(s));
        const auto want = referenceParse(s);
        ASSERT_EQ(got.size(), want.size()) << testing::PrintToString(s);
        for (size_t r = 0; r < got.size(); ++r) {
            ASSERT_EQ(got[r].line, want[r].line) << testing::PrintToString(s) << " record " << r;
            ASSERT_EQ(bool(got[r].error), bool(want[r].error)) << testing::PrintToString(s) << " record " << r;
            if (got[r].error) {
                ASSERT_EQ(got[r].error->line, want[r].error->line) << testing::PrintToString(s);
                ASSERT_EQ(got[r].error->column, want[r].error->column) << testing::PrintToString(s);
            } else {
                ASSERT_EQ(got[r].fields, want[r].fields) << testing::PrintToString(s);
                ASSERT_EQ(got[r].fieldLines, want[r].fieldLines) << testing::PrintToString(s);
            }
        }
    }
}

TEST(CsvReader, LargeLongFormFile)
{
    std::string text = "company,department,round,date,respondent,item,level\n";
    text.reserve(200000 * 64);
    for (int i = 0; i < 200000; ++i) {
        text += i % 10 ? "Acme GmbH,Vertrieb," : "\"Müller, Berg & Co\",\"Einkauf \"\"Nord\"\"\",";
        text += "2024-Q1,2024-03-15,r" + std::to_string(i / 30) + ",dim" + std::to_string(i % 7) + ".item03,";
        text += std::to_string(i % 5 + 1) + (i % 3 ? "\n" : "\r\n");
    }
    const QByteArray data = bytes(text);
    CsvReader reader(data);
    int records = 0, errors = 0, badFieldCounts = 0;
    while (reader.next()) {
        ++records;
        errors += reader.recordError().has_value();
        badFieldCounts += reader.fieldCount() != 7;
    }
    EXPECT_EQ(records, 200001);
    EXPECT_EQ(errors, 0);
    EXPECT_EQ(badFieldCounts, 0);
    EXPECT_EQ(reader.line(), 200001);
}
