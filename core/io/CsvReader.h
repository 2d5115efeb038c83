#pragma once
// Streaming RFC 4180 reader over an in-memory UTF-8 buffer, built for large answer files:
// fields are views into the buffer (or into a small scratch buffer when they held doubled
// quotes), so reading a million rows allocates almost nothing. It tracks physical line numbers
// so every error can name the line a user sees in an editor.

#include <QByteArray>
#include <QString>

#include <array>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sbr::io {

class CsvReader {
public:
    struct Error {
        int line = 0;   ///< 1-based physical line
        int column = 0; ///< 1-based field number, 0 when none applies
        QString message;
    };

    /// `data` must outlive the reader. A UTF-8 BOM is skipped. A first line `sep=X` (Excel writes
    /// it; formats.md *What spreadsheets and survey tools really write*) sets the delimiter X and
    /// is skipped (line numbers still count it). Otherwise the delimiter is a tab when the first
    /// non-empty line holds more tabs than ';' and ',' outside quotes, ';' when it holds more ';'
    /// than ',', else ','.
    explicit CsvReader(const QByteArray &data);

    char delimiter() const { return m_delimiter; }
    /// The data began with a `sep=` line.
    bool hadSepLine() const { return m_sepLine; }
    /// Share of the data read so far, 0..1 (for progress bars).
    double progress() const { return m_end == m_begin ? 1.0 : double(m_pos - m_begin) / double(m_end - m_begin); }

    /// Reads the next record; false at the end of the data. Lines that are completely empty are
    /// skipped. A record with a structural problem is still returned, with recordError() set.
    bool next();

    int fieldCount() const { return int(m_fields.size()); }
    std::string_view field(int i) const { return m_fields[size_t(i)].text; }
    int fieldLine(int i) const { return m_fields[size_t(i)].line; } ///< line where field i starts
    int line() const { return m_recordLine; }                       ///< line where the record starts

    /// Broken quoting, invalid UTF-8 or a NUL byte in the current record; the message says what
    /// was found and what was expected. The fields are unreliable when this is set.
    const std::optional<Error> &recordError() const { return m_error; }

private:
    struct Field {
        std::string_view text;
        int line;
    };
    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    char m_delimiter = ',';
    bool m_sepLine = false;
    const unsigned char *m_table = nullptr; // byte classes outside quotes for this delimiter
    std::array<unsigned char, 256> m_ownTable{};
    int m_line = 1; // physical line at m_pos
    int m_recordLine = 0;
    std::vector<Field> m_fields;
    // Unescaped quoted fields ("" -> "). A deque because growing it must not move the strings that
    // earlier fields of the same record view (a moved short string would take its bytes along).
    std::deque<std::string> m_scratch;
    size_t m_scratchUsed = 0;
    std::optional<Error> m_error;
};

} // namespace sbr::io
