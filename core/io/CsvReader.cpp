#include "io/CsvReader.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

// Parsing notes:
// - Only '\n' advances the physical line counter: "\r\n" is one line break, and a lone '\r' (not
//   followed by '\n') is an ordinary character of the field, inside quotes and outside. RFC 4180
//   knows no other line end, and this keeps line numbers equal to what `wc -l` or `sed -n` see.
//   A classic-Mac file that ends lines with '\r' alone therefore reads as one long line.
// - Every byte class that needs a decision is found with one table lookup per byte, so ASCII text
//   runs through a single compare-and-branch loop; UTF-8 validation only starts at a byte >= 0x80.
// - Encoding problems (invalid UTF-8, NUL) do not change the structure of the record, so parsing
//   continues and line numbers stay right; structural problems (quotes) make the rest of the line
//   meaningless, so the reader skips to the next physical line break.

namespace sbr::io {

namespace {

enum ByteClass : unsigned char { Plain, Delimiter, LineFeed, Return, Quote, Nul, High };
using ClassTable = std::array<unsigned char, 256>;

constexpr ClassTable makeTable(char delimiter, bool quoted)
{
    ClassTable t{};
    for (int b = 0x80; b < 0x100; ++b)
        t[size_t(b)] = High;
    t[0] = Nul;
    t[size_t('\n')] = LineFeed;
    t[size_t('"')] = Quote;
    if (!quoted) { // inside quotes the delimiter and '\r' are just text
        t[size_t('\r')] = Return;
        t[size_t(static_cast<unsigned char>(delimiter))] = Delimiter;
    }
    return t;
}

constexpr ClassTable kQuotedTable = makeTable(',', true);
constexpr ClassTable kCommaTable = makeTable(',', false);
constexpr ClassTable kSemicolonTable = makeTable(';', false);
constexpr ClassTable kTabTable = makeTable('\t', false);

inline unsigned char u8(char c)
{
    return static_cast<unsigned char>(c);
}

QString hexByte(char c)
{
    return QStringLiteral("%1").arg(unsigned(u8(c)), 2, 16, QLatin1Char('0')).toUpper();
}

// Length of the well-formed UTF-8 sequence at p (whose first byte is >= 0x80), or 0. Follows the
// table of well-formed sequences in the Unicode standard, so overlong forms, surrogates, code
// points above U+10FFFF, stray continuation bytes and sequences cut short are all rejected.
int utf8SequenceLength(const char *p, const char *end)
{
    const unsigned lead = u8(*p);
    unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
    int n;
    if (lead >= 0xC2 && lead <= 0xDF) {
        n = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        n = 3;
        lo = lead == 0xE0 ? 0xA0 : lo;
        hi = lead == 0xED ? 0x9F : hi;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        n = 4;
        lo = lead == 0xF0 ? 0x90 : lo;
        hi = lead == 0xF4 ? 0x8F : hi;
    } else {
        return 0;
    }
    if (end - p < n || u8(p[1]) < lo || u8(p[1]) > hi)
        return 0;
    for (int i = 2; i < n; ++i) {
        if ((u8(p[i]) & 0xC0) != 0x80)
            return 0;
    }
    return n;
}

// Consumes a NUL or non-ASCII byte at p; a bad one is recorded (first problem of a record wins)
// and skipped alone, so the scan always makes progress, even through binary garbage.
const char *skipSpecialByte(const char *p, const char *end, std::optional<CsvReader::Error> &error, int line,
                            int column)
{
    if (*p == '\0') {
        if (!error) {
            error = CsvReader::Error{line, column,
                                     QCoreApplication::translate(
                                         "sbr::io::CsvReader",
                                         "found a NUL byte: this looks like a binary file (or UTF-16 text), not a CSV "
                                         "text file; expected UTF-8 text")};
        }
        return p + 1;
    }
    if (const int n = utf8SequenceLength(p, end))
        return p + n;
    if (!error) {
        error = CsvReader::Error{
            line, column,
            QCoreApplication::translate("sbr::io::CsvReader",
                                        "found invalid UTF-8 (byte 0x%1); the file must be saved as UTF-8 text (in "
                                        "Excel: \"CSV UTF-8 (comma delimited)\")")
                .arg(hexByte(*p))};
    }
    return p + 1;
}

// How the character after a closing quote is shown to the user.
QString describeCharacter(const char *p, const char *end)
{
    const unsigned char c = u8(*p);
    if (c == ' ')
        return QCoreApplication::translate("sbr::io::CsvReader", "a space");
    if (c == '\t')
        return QCoreApplication::translate("sbr::io::CsvReader", "a tab");
    if (c == '\r')
        return QCoreApplication::translate("sbr::io::CsvReader", "a carriage return not followed by a line feed");
    if (c > 0x20 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    if (c >= 0x80) {
        if (const int n = utf8SequenceLength(p, end))
            return QStringLiteral("'%1'").arg(QString::fromUtf8(p, n));
    }
    return QCoreApplication::translate("sbr::io::CsvReader", "the byte 0x%1").arg(hexByte(*p));
}

enum class Stop { Delimiter, RecordEnd, Resync, EndOfData };

} // namespace

CsvReader::CsvReader(const QByteArray &data)
    : m_begin(data.constData()), m_pos(data.constData()), m_end(data.constData() + data.size())
{
    if (m_end - m_pos >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0)
        m_pos += 3;

    // Empty lines are skipped when reading, so the header is the first line that has something.
    const char *p = m_pos;
    int line = 1;
    while (p != m_end && (*p == '\n' || *p == '\r')) {
        line += *p == '\n' ? 1 : 0;
        ++p;
    }
    const void *lineFeed = std::memchr(p, '\n', size_t(m_end - p));
    const char *lineEnd = lineFeed ? static_cast<const char *>(lineFeed) : m_end;

    // Excel's "sep=X" line (optionally quoted, optionally padded with delimiters when a
    // spreadsheet saved it again) names the delimiter and is not the header.
    const char *q = p;
    if (q != lineEnd && *q == '"')
        ++q;
    if (lineEnd - q >= 5 && (q[0] | 0x20) == 's' && (q[1] | 0x20) == 'e' && (q[2] | 0x20) == 'p' && q[3] == '=' &&
        u8(q[4]) > 0x20 && u8(q[4]) < 0x7F && q[4] != '"') {
        m_delimiter = q[4];
        m_sepLine = true;
        m_pos = lineFeed ? lineEnd + 1 : m_end;
        m_line = line + (lineFeed ? 1 : 0);
    } else {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        bool quoted = false;
        for (; p != lineEnd; ++p) {
            if (*p == '"')
                quoted = !quoted; // "" toggles twice, so doubled quotes need no special case
            else if (!quoted && *p == ';')
                ++semicolons;
            else if (!quoted && *p == ',')
                ++commas;
            else if (!quoted && *p == '\t')
                ++tabs;
        }
        if (tabs > semicolons && tabs > commas)
            m_delimiter = '\t';
        else
            m_delimiter = semicolons > commas ? ';' : ',';
    }
    // The usual delimiters use tables in read-only data; another one from a sep= line gets its own.
    if (m_delimiter == ',')
        m_table = kCommaTable.data();
    else if (m_delimiter == ';')
        m_table = kSemicolonTable.data();
    else if (m_delimiter == '\t')
        m_table = kTabTable.data();
    else {
        m_ownTable = makeTable(m_delimiter, false);
        m_table = m_ownTable.data();
    }
}

bool CsvReader::next()
{
    m_fields.clear();
    m_scratchUsed = 0;
    m_error.reset();

    const char *p = m_pos;
    const char *const end = m_end;
    int line = m_line; // a local the compiler can keep in a register
    while (p != end && (*p == '\n' || (*p == '\r' && p + 1 != end && p[1] == '\n'))) {
        p += *p == '\r' ? 2 : 1;
        ++line;
    }
    if (p == end) {
        m_pos = end;
        m_line = line;
        return false;
    }
    m_recordLine = line;

    const unsigned char *const plainTable = m_table;
    const char delimiter = m_delimiter;
    for (;;) {
        const int column = int(m_fields.size()) + 1;
        const int fieldLine = line;
        Stop stop = Stop::RecordEnd;
        if (p != end && *p == '"') {
            const char *const start = ++p;
            const char *segment = start; // first byte not yet copied to `unescaped`
            std::string *unescaped = nullptr;
            for (;;) {
                while (p != end && kQuotedTable[u8(*p)] == Plain)
                    ++p;
                if (p == end) {
                    // Everything after the quote belongs to this field as far as the reader can tell, so it
                    // reports that once and ends the data rather than guess where the field was meant to end.
                    // This replaces an encoding error seen earlier: it is the one that explains the rest.
                    m_error = Error{fieldLine, column,
                                    QCoreApplication::translate("sbr::io::CsvReader",
                                                                "the quote opened on line %1 is never closed: the "
                                                                "file ends inside this quoted field; expected a "
                                                                "closing quote (\")")
                                        .arg(fieldLine)};
                    stop = Stop::EndOfData;
                    break;
                }
                const unsigned char cls = kQuotedTable[u8(*p)];
                if (cls == LineFeed) {
                    ++line;
                    ++p;
                    continue;
                }
                if (cls != Quote) {
                    p = skipSpecialByte(p, end, m_error, line, column);
                    continue;
                }
                if (p + 1 != end && p[1] == '"') {
                    if (!unescaped) {
                        if (m_scratchUsed == m_scratch.size())
                            m_scratch.emplace_back();
                        unescaped = &m_scratch[m_scratchUsed++];
                        unescaped->clear();
                    }
                    unescaped->append(segment, p + 1); // keeps one of the two quotes
                    p += 2;
                    segment = p;
                    continue;
                }
                std::string_view text(start, size_t(p - start));
                if (unescaped) {
                    unescaped->append(segment, p);
                    text = *unescaped;
                }
                m_fields.push_back(Field{text, fieldLine});
                ++p; // closing quote
                if (p == end) {
                    stop = Stop::RecordEnd;
                } else if (*p == delimiter) {
                    ++p;
                    stop = Stop::Delimiter;
                } else if (*p == '\n' || (*p == '\r' && p + 1 != end && p[1] == '\n')) {
                    p += *p == '\r' ? 2 : 1;
                    ++line;
                    stop = Stop::RecordEnd;
                } else {
                    if (!m_error) {
                        m_error = Error{line, column,
                                        QCoreApplication::translate("sbr::io::CsvReader",
                                                                    "found %1 after the closing quote of a "
                                                                    "quoted field; expected the delimiter '%2' or the "
                                                                    "end of the line (a quote inside a quoted field "
                                                                    "must be doubled: \"\")")
                                            .arg(describeCharacter(p, end), QString(QLatin1Char(delimiter)))};
                    }
                    stop = Stop::Resync;
                }
                break;
            }
        } else {
            const char *const start = p;
            for (;;) {
                while (p != end && plainTable[u8(*p)] == Plain)
                    ++p;
                const unsigned char cls = p == end ? static_cast<unsigned char>(LineFeed) : plainTable[u8(*p)];
                if (cls == Return && !(p + 1 != end && p[1] == '\n')) {
                    ++p; // lone '\r': part of the field
                    continue;
                }
                if (cls == Nul || cls == High) {
                    p = skipSpecialByte(p, end, m_error, line, column);
                    continue;
                }
                if (cls == Quote) {
                    if (!m_error) {
                        m_error = Error{line, column,
                                        QCoreApplication::translate("sbr::io::CsvReader",
                                                                    "found a quote (\") inside an unquoted field; "
                                                                    "expected the whole field to be quoted, with each "
                                                                    "quote inside it doubled (\"\")")};
                    }
                    stop = Stop::Resync;
                    break;
                }
                m_fields.push_back(Field{std::string_view(start, size_t(p - start)), fieldLine});
                if (p == end) {
                    stop = Stop::RecordEnd;
                } else if (cls == Delimiter) {
                    ++p;
                    stop = Stop::Delimiter;
                } else { // "\n" or "\r\n"
                    p += cls == Return ? 2 : 1;
                    ++line;
                    stop = Stop::RecordEnd;
                }
                break;
            }
        }

        if (stop == Stop::Delimiter)
            continue;
        if (stop == Stop::Resync) {
            const void *lineFeed = std::memchr(p, '\n', size_t(end - p));
            if (lineFeed) {
                p = static_cast<const char *>(lineFeed) + 1;
                ++line;
            } else {
                p = end;
            }
        } else if (stop == Stop::EndOfData) {
            p = end;
        }
        m_pos = p;
        m_line = line;
        return true;
    }
}

} // namespace sbr::io
