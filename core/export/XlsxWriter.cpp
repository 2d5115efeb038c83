#include "XlsxWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <system_error>

namespace sbr::exporting {

namespace {

constexpr double kMinColumnWidth = 8;
constexpr double kMaxColumnWidth = 60;
constexpr qsizetype kWidthSampleRows = 2000; // enough to size the columns of a large table
constexpr qsizetype kMaxCellText = 32767;    // Excel's limit for the text of one cell

QString tr(const char *text)
{
    return QCoreApplication::translate("sbr::exporting", text);
}

struct WorkbookDeleter {
    void operator()(lxw_workbook *w) const { lxw_workbook_free(w); }
};

/// Cell text as a spreadsheet shows it, for the column width.
qsizetype displayLength(const QVariant &cell)
{
    switch (cell.metaType().id()) {
    case QMetaType::UnknownType:
        return 0;
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return std::min<qsizetype>(QString::number(cell.toDouble(), 'g', 10).size(), 12);
    case QMetaType::Bool:
        return 5;
    case QMetaType::QDate:
        return 10;
    default:
        return cell.toString().section(u'\n', 0, 0).size();
    }
}

double columnWidth(const io::Table &table, qsizetype column)
{
    const QString heading =
        table.labels.size() == table.header.size() ? table.labels.value(column) : table.header.value(column);
    qsizetype length = heading.size() + 3; // room for the autofilter button
    const qsizetype rows = std::min(table.rows.size(), kWidthSampleRows);
    for (qsizetype r = 0; r < rows; ++r)
        length = std::max(length, displayLength(table.rows[r].value(column)) + 1);
    return std::clamp(double(length), kMinColumnWidth, kMaxColumnWidth);
}

struct Formats {
    lxw_format *header = nullptr;
    lxw_format *date = nullptr;
    lxw_workbook *book = nullptr;
    QHash<QString, lxw_format *> numbers; ///< by number format ("0.0"), made on first use

    lxw_format *number(const QString &format)
    {
        if (format.isEmpty())
            return nullptr;
        lxw_format *&f = numbers[format];
        if (!f) {
            f = workbook_add_format(book);
            format_set_num_format(f, format.toUtf8().constData());
        }
        return f;
    }
};

/// Writes one cell; returns the libxlsxwriter error (LXW_NO_ERROR on success).
lxw_error writeCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QVariant &cell, const Formats &formats,
                    lxw_format *numberFormat)
{
    switch (cell.metaType().id()) {
    case QMetaType::UnknownType:
        return LXW_NO_ERROR; // NULL: leave the cell empty
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong: {
        const double value = cell.toDouble();
        return std::isfinite(value) ? worksheet_write_number(sheet, row, col, value, numberFormat) : LXW_NO_ERROR;
    }
    case QMetaType::Bool:
        return worksheet_write_boolean(sheet, row, col, cell.toBool() ? 1 : 0, nullptr);
    case QMetaType::QDate: {
        const QDate d = cell.toDate();
        if (d.isValid() && d.year() >= 1900 && d.year() <= 9999) { // the years Excel can show
            lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
            return worksheet_write_datetime(sheet, row, col, &dt, formats.date);
        }
        break; // otherwise as text
    }
    default:
        break;
    }
    const QString text =
        cell.metaType().id() == QMetaType::QDate ? cell.toDate().toString(Qt::ISODate) : cell.toString();
    if (text.isEmpty())
        return LXW_NO_ERROR;
    return worksheet_write_string(sheet, row, col, text.toUtf8().constData(), nullptr);
}

QString libraryError(lxw_error e)
{
    return QString::fromUtf8(lxw_strerror(e));
}

/// Fills one worksheet; returns an empty string or what went wrong.
QString writeSheet(lxw_workbook *book, const io::Table &table, Formats &formats)
{
    const QByteArray name = table.name.toUtf8();
    // Checked first: workbook_add_worksheet() would print its complaint to stderr.
    if (lxw_error e = workbook_validate_sheet_name(book, name.constData()))
        return tr("\"%1\" is not a valid worksheet name: %2").arg(table.name, libraryError(e));
    lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
    if (!sheet)
        return tr("\"%1\" is not a valid worksheet name").arg(table.name);
    if (table.header.isEmpty())
        return {};
    if (table.rows.size() >= LXW_ROW_MAX)
        return tr("the table \"%1\" has %2 rows; a worksheet holds at most %3")
            .arg(table.name)
            .arg(table.rows.size())
            .arg(LXW_ROW_MAX - 1);
    const auto lastColumn = lxw_col_t(table.header.size() - 1);
    // Constant-memory mode writes row by row, so everything about columns and the layout comes
    // first.
    for (qsizetype c = 0; c < table.header.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(table, c), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lastColumn);

    // Headings for people when the table has them; the number format of each column (what is
    // shown: the cell keeps the full double).
    const QStringList &headings = table.labels.size() == table.header.size() ? table.labels : table.header;
    QList<lxw_format *> columnFormats;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        columnFormats.append(formats.number(table.numberFormats.value(c)));
        if (lxw_error e =
                worksheet_write_string(sheet, 0, lxw_col_t(c), headings[c].toUtf8().constData(), formats.header))
            return libraryError(e);
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QList<QVariant> &row = table.rows[r];
        for (qsizetype c = 0; c < row.size() && c <= qsizetype(lastColumn); ++c) {
            if (row[c].metaType().id() == QMetaType::QString && row[c].toString().size() > kMaxCellText)
                return tr("a text in the table \"%1\", row %2, is longer than the %3 characters a cell can hold")
                    .arg(table.name)
                    .arg(r + 2)
                    .arg(kMaxCellText);
            if (lxw_error e = writeCell(sheet, lxw_row_t(r + 1), lxw_col_t(c), row[c], formats, columnFormats[c]))
                return tr("table \"%1\", row %2: %3").arg(table.name).arg(r + 2).arg(libraryError(e));
        }
    }
    return {};
}

} // namespace

namespace detail {

QString reserveTemporaryFile(const QString &target, QString *problem)
{
    const QFileInfo info(target);
    const QString stem = info.dir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".%1.tmp"));
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString candidate = stem.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QFile file(candidate);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return candidate;
        *problem = file.errorString();
        if (file.error() != QFileDevice::OpenError || !info.dir().exists())
            break;
    }
    return {};
}

} // namespace detail

bool writeXlsx(const QList<io::Table> &tables, const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    if (QFileInfo(path).isDir())
        return fail(tr("it is a folder"));
    QString problem;
    const QString temporary = detail::reserveTemporaryFile(path, &problem);
    if (temporary.isEmpty())
        return fail(problem);
    const auto removeTemporary = qScopeGuard([&] { QFile::remove(temporary); });

    const QByteArray fileName = QFile::encodeName(temporary);
    lxw_workbook_options options{};
    options.constant_memory = 1; // the items table of a large workspace has 100,000s of rows
    std::unique_ptr<lxw_workbook, WorkbookDeleter> book(workbook_new_opt(fileName.constData(), &options));
    if (!book)
        return fail(tr("the spreadsheet library could not start (out of memory?)"));
    Formats formats;
    formats.book = book.get();
    formats.header = workbook_add_format(book.get());
    format_set_bold(formats.header);
    formats.date = workbook_add_format(book.get());
    format_set_num_format(formats.date, "yyyy-mm-dd");

    for (const io::Table &table : tables)
        if (const QString reason = writeSheet(book.get(), table, formats); !reason.isEmpty())
            return fail(reason); // the deleter frees the workbook without writing it
    // workbook_close() writes the file and frees the workbook, whatever it returns.
    const lxw_error closed = workbook_close(book.release());
    if (closed != LXW_NO_ERROR)
        return fail(libraryError(closed));

    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(fileName.toStdString()),
                            std::filesystem::path(QFile::encodeName(path).toStdString()), ec);
    if (ec)
        return fail(QString::fromLocal8Bit(ec.message()));
    return true;
}

} // namespace sbr::exporting
