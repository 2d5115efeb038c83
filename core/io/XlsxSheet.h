#pragma once
// One worksheet of an .xlsx workbook as a table of text cells (formats.md *What spreadsheets and
// survey tools really write*). The zip container is read with minizip, the XML parts with
// QXmlStreamReader. Cells become the text a user sees: shared and inline strings as written,
// numbers in their shortest form ("3", "2.5"), date-formatted numbers as ISO dates (YYYY-MM-DD),
// booleans as TRUE/FALSE. Refused, with the row and column where one applies: a file that is
// not a zip, a zip that is not a workbook, an encrypted (password-protected) workbook, a missing
// sheet, a formula or an error value in a cell, merged cells in the header row, a cell beyond
// column kMaxColumns or row kMaxRows, a sheet larger than kMaxSheetBytes unpacked.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sbr::io {

struct SheetTable {
    struct Row {
        int number = 0;                 ///< 1-based row number as the spreadsheet shows it
        std::vector<std::string> cells; ///< UTF-8, column A first; empty cells are ""
    };
    QString sheetName;
    std::vector<Row> rows; ///< only rows that hold something, in row order
};

struct SheetError {
    int row = 0;    ///< 0 when the error is about the whole file
    int column = 0; ///< 1-based, 0 when none applies
    QString message;
};

inline constexpr int kMaxColumns = 1024;
inline constexpr int kMaxRows = 1048576;
inline constexpr qint64 kMaxSheetBytes = 512LL * 1024 * 1024;

/// Reads the worksheet `sheet` (empty: the first one). On failure returns false and fills
/// *errors (at most 20).
bool readXlsxSheet(const QByteArray &data, const QString &sheet, SheetTable *out, QList<SheetError> *errors);

/// The names of the workbook's sheets in their order; empty when `data` is no readable workbook.
QStringList xlsxSheetNames(const QByteArray &data);

/// The row table read like a CSV file (same interface as CsvReader, as the importer needs it).
class TableReader {
public:
    struct Error {
        int line = 0;
        int column = 0;
        QString message;
    };
    /// Every row reads as wide as the widest (a worksheet leaves out empty cells at a row's end).
    explicit TableReader(const SheetTable &table) : m_table(table)
    {
        for (const SheetTable::Row &row : table.rows)
            m_width = std::max(m_width, int(row.cells.size()));
    }
    bool next()
    {
        if (m_next >= m_table.rows.size())
            return false;
        m_row = &m_table.rows[m_next++];
        return true;
    }
    double progress() const { return m_table.rows.empty() ? 1.0 : double(m_next) / double(m_table.rows.size()); }
    int fieldCount() const { return m_width; }
    std::string_view field(int i) const
    {
        return size_t(i) < m_row->cells.size() ? std::string_view(m_row->cells[size_t(i)]) : std::string_view();
    }
    int fieldLine(int) const { return m_row->number; }
    int line() const { return m_row->number; }
    const std::optional<Error> &recordError() const { return m_noError; }

private:
    const SheetTable &m_table;
    size_t m_next = 0;
    int m_width = 0;
    const SheetTable::Row *m_row = nullptr;
    std::optional<Error> m_noError;
};

} // namespace sbr::io
