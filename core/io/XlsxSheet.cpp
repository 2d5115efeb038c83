#include "io/XlsxSheet.h"

#include "io/AnswerImport.h"

#include <unzip.h>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

// The zip container is read with minizip (Debian's libminizip, the zip library libxlsxwriter uses
// for writing too) over the bytes in memory. QuaZip was the first choice, but it exports its own
// variant of minizip's functions under the same names, which then replace libxlsxwriter's in any
// program that links both (the score export crashed).
//
// The parts of an .xlsx (ECMA-376 SpreadsheetML) that a sheet of answers needs:
// xl/workbook.xml (sheet names, their relationship ids, the 1904 date system), its relationships
// (where each sheet's XML is), xl/sharedStrings.xml, xl/styles.xml (which cell styles are dates)
// and the sheet itself (rows, cells, merged ranges). Everything else is ignored.

namespace sbr::io {

namespace {

// minizip's file functions over a byte array: the "file name" is the QByteArray itself.
struct MemoryStream {
    const QByteArray *data;
    ZPOS64_T pos = 0;
};

voidpf ZCALLBACK memoryOpen(voidpf, const void *filename, int)
{
    return new MemoryStream{static_cast<const QByteArray *>(filename)};
}
uLong ZCALLBACK memoryRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *m = static_cast<MemoryStream *>(stream);
    const ZPOS64_T left = ZPOS64_T(m->data->size()) - std::min(m->pos, ZPOS64_T(m->data->size()));
    const uLong n = uLong(std::min<ZPOS64_T>(size, left));
    std::memcpy(buf, m->data->constData() + m->pos, n);
    m->pos += n;
    return n;
}
uLong ZCALLBACK memoryWrite(voidpf, voidpf, const void *, uLong)
{
    return 0;
}
ZPOS64_T ZCALLBACK memoryTell(voidpf, voidpf stream)
{
    return static_cast<MemoryStream *>(stream)->pos;
}
long ZCALLBACK memorySeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *m = static_cast<MemoryStream *>(stream);
    const ZPOS64_T size = ZPOS64_T(m->data->size());
    ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_SET ? 0 : origin == ZLIB_FILEFUNC_SEEK_CUR ? m->pos : size;
    if (base + offset > size)
        return -1;
    m->pos = base + offset;
    return 0;
}
int ZCALLBACK memoryClose(voidpf, voidpf stream)
{
    delete static_cast<MemoryStream *>(stream);
    return 0;
}
int ZCALLBACK memoryError(voidpf, voidpf)
{
    return 0;
}

struct Context {
    unzFile zip = nullptr;
    QList<SheetError> *errors = nullptr;
    void fail(int row, int column, const QString &message)
    {
        if (errors->size() < 20)
            errors->append({row, column, message});
    }
};

/// The unpacked bytes of one part, or nullopt when it is absent (an error only when it is too
/// large or unreadable).
std::optional<QByteArray> readPart(Context &ctx, const QString &name)
{
    if (unzLocateFile(ctx.zip, name.toUtf8().constData(), 1) != UNZ_OK)
        return std::nullopt;
    unz_file_info64 info;
    if (unzGetCurrentFileInfo64(ctx.zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) == UNZ_OK &&
        info.uncompressed_size > ZPOS64_T(kMaxSheetBytes)) {
        ctx.fail(0, 0,
                 QCoreApplication::translate("sbr::io::XlsxSheet",
                                             "the workbook part %1 is %2 MB unpacked; at most %3 MB can be read "
                                             "(import a smaller sheet, or save the sheet as CSV)")
                     .arg(name)
                     .arg(qint64(info.uncompressed_size / (1024 * 1024)))
                     .arg(kMaxSheetBytes / (1024 * 1024)));
        return QByteArray();
    }
    if (unzOpenCurrentFile(ctx.zip) != UNZ_OK) {
        ctx.fail(
            0, 0,
            QCoreApplication::translate("sbr::io::XlsxSheet", "the workbook part %1 cannot be unpacked").arg(name));
        return QByteArray();
    }
    QByteArray bytes;
    char buffer[65536];
    int n;
    while ((n = unzReadCurrentFile(ctx.zip, buffer, sizeof buffer)) > 0) {
        bytes.append(buffer, n);
        if (bytes.size() > kMaxSheetBytes) { // the size in the directory may lie
            unzCloseCurrentFile(ctx.zip);
            ctx.fail(
                0, 0,
                QCoreApplication::translate("sbr::io::XlsxSheet", "the workbook part %1 is larger than %2 MB unpacked")
                    .arg(name)
                    .arg(kMaxSheetBytes / (1024 * 1024)));
            return QByteArray();
        }
    }
    if (unzCloseCurrentFile(ctx.zip) != UNZ_OK || n < 0) { // damaged data or a wrong checksum
        ctx.fail(0, 0, QCoreApplication::translate("sbr::io::XlsxSheet", "the workbook part %1 is damaged").arg(name));
        return QByteArray();
    }
    return bytes;
}

QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == name)
            return a.value().toString();
    return {};
}

/// Text of an <si> or <is> element: its <t> runs, without phonetic guides (<rPh>).
QString richText(QXmlStreamReader &xml, QStringView end)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"rPh")
            ++phonetic;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            --phonetic;
        else if (xml.isStartElement() && xml.name() == u"t" && phonetic == 0)
            text += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == end)
            break;
    }
    return text;
}

QStringList sharedStrings(const QByteArray &bytes)
{
    QStringList out;
    QXmlStreamReader xml(bytes);
    while (xml.readNextStartElement() || !xml.atEnd()) {
        if (xml.isStartElement() && xml.name() == u"si")
            out.append(richText(xml, u"si"));
        else if (!xml.isStartElement())
            xml.readNext();
    }
    return out;
}

bool isDateFormatCode(QString code)
{
    // Literal text ("…"), escapes (\x) and sections in brackets ([Red], [$-407]) say nothing.
    static const QRegularExpression noise(QStringLiteral(R"("[^"]*"|\\.|\[[^\]]*\])"));
    code.remove(noise);
    code = code.toLower();
    return code.contains(u'd') || code.contains(u'y') || (code.contains(u'm') && !code.contains(u'0'));
}

/// For each cell style index (the s attribute): whether it shows a number as a date.
QList<bool> dateStyles(const QByteArray &bytes)
{
    QHash<int, bool> custom;
    QList<bool> styles;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            custom.insert(attribute(xml, u"numFmtId").toInt(), isDateFormatCode(attribute(xml, u"formatCode")));
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int id = attribute(xml, u"numFmtId").toInt();
            const bool builtinDate =
                (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
            styles.append(custom.contains(id) ? custom.value(id) : builtinDate);
        }
    }
    return styles;
}

/// "B12" -> column 2, row 12; false when it is not a cell reference.
bool parseReference(QStringView ref, int *column, int *row)
{
    int c = 0, r = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref[i].isLetter(); ++i) {
        c = c * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (c > 100000)
            return false;
    }
    if (i == 0 || i == ref.size())
        return false;
    for (; i < ref.size(); ++i) {
        if (!ref[i].isDigit() || r > 100000000)
            return false;
        r = r * 10 + ref[i].digitValue();
    }
    *column = c;
    *row = r;
    return r > 0;
}

QString numberText(const QString &raw, bool date, bool date1904)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (date && v >= 0 && v < 2958466) {
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        return base.addDays(qint64(std::floor(v))).toString(Qt::ISODate);
    }
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

struct Workbook {
    QStringList names; ///< every sheet, in the workbook's order
    QString sheetPath;
    QString sheetName;
    bool date1904 = false;
};

bool findSheet(Context &ctx, const QString &wanted, Workbook *book)
{
    const std::optional<QByteArray> workbook = readPart(ctx, QStringLiteral("xl/workbook.xml"));
    if (!workbook) {
        ctx.fail(0, 0,
                 QCoreApplication::translate(
                     "sbr::io::XlsxSheet",
                     "the file is a zip archive but not an Excel workbook (it has no xl/workbook.xml); expected an "
                     ".xlsx file or CSV text"));
        return false;
    }
    QList<QPair<QString, QString>> sheets; // name, relationship id
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"workbookPr") {
            const QString v = attribute(xml, u"date1904");
            book->date1904 = v == u"1" || v == u"true";
        } else if (xml.isStartElement() && xml.name() == u"sheet") {
            QString id;
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == u"id" && a.namespaceUri().contains(u"relationships"))
                    id = a.value().toString();
            sheets.append({attribute(xml, u"name"), id});
            book->names.append(sheets.last().first);
        }
    }
    if (sheets.isEmpty()) {
        ctx.fail(0, 0, QCoreApplication::translate("sbr::io::XlsxSheet", "the workbook has no worksheet"));
        return false;
    }
    QString id = sheets.first().second;
    book->sheetName = sheets.first().first;
    if (!wanted.isEmpty()) {
        QStringList names;
        id.clear();
        for (const auto &[name, rid] : sheets) {
            names.append(QStringLiteral("\"%1\"").arg(name));
            if (name == wanted) {
                id = rid;
                book->sheetName = name;
            }
        }
        if (id.isEmpty()) {
            ctx.fail(
                0, 0,
                QCoreApplication::translate("sbr::io::XlsxSheet", "the workbook has no sheet \"%1\"; its sheets are %2")
                    .arg(wanted, names.join(QStringLiteral(", "))));
            return false;
        }
    }
    const std::optional<QByteArray> rels = readPart(ctx, QStringLiteral("xl/_rels/workbook.xml.rels"));
    QXmlStreamReader relXml(rels.value_or(QByteArray()));
    while (!relXml.atEnd()) {
        relXml.readNext();
        if (relXml.isStartElement() && relXml.name() == u"Relationship" && attribute(relXml, u"Id") == id) {
            const QString target = attribute(relXml, u"Target");
            book->sheetPath = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    if (book->sheetPath.isEmpty()) {
        ctx.fail(0, 0,
                 QCoreApplication::translate("sbr::io::XlsxSheet",
                                             "the workbook is damaged: the place of its sheet is not recorded"));
        return false;
    }
    return true;
}

struct SheetReader {
    Context &ctx;
    const QStringList &strings;
    const QList<bool> &dates;
    bool date1904;
    SheetTable *out;

    void cell(QXmlStreamReader &xml, SheetTable::Row &row, int *nextColumn);
    void merged(const QString &range);
    bool read(const QByteArray &bytes);
};

void SheetReader::cell(QXmlStreamReader &xml, SheetTable::Row &row, int *nextColumn)
{
    int column = *nextColumn, rowNumber = row.number;
    const QString ref = attribute(xml, u"r");
    if (!ref.isEmpty() && !parseReference(ref, &column, &rowNumber))
        column = *nextColumn;
    *nextColumn = column + 1;
    const QString type = attribute(xml, u"t");
    const int style = attribute(xml, u"s").toInt();
    QString value, formula;
    bool hasValue = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"c")
            break;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"f") {
            formula = xml.readElementText();
            if (formula.isEmpty())
                formula = QStringLiteral("…"); // a shared formula's other cells
        } else if (xml.name() == u"v") {
            value = xml.readElementText();
            hasValue = true;
        } else if (xml.name() == u"is") {
            value = richText(xml, u"is");
            hasValue = true;
        }
    }
    if (!formula.isEmpty()) {
        ctx.fail(row.number, column,
                 QCoreApplication::translate("sbr::io::XlsxSheet",
                                             "the cell holds a formula (=%1); expected a value: copy the cells and "
                                             "paste them as values")
                     .arg(formula));
        return;
    }
    if (!hasValue)
        return;
    if (type == u"s") {
        const int index = value.toInt();
        value = strings.value(index);
    } else if (type == u"e") {
        ctx.fail(
            row.number, column,
            QCoreApplication::translate("sbr::io::XlsxSheet", "the cell holds the error value %1; expected a value")
                .arg(value));
        return;
    } else if (type == u"b") {
        value = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == u"d") {
        value = value.left(10);
    } else if (type.isEmpty() || type == u"n") {
        value = numberText(value, dates.value(style), date1904);
    }
    if (value.isEmpty())
        return;
    if (column > kMaxColumns) {
        ctx.fail(row.number, column,
                 QCoreApplication::translate("sbr::io::XlsxSheet",
                                             "a value lies beyond column %1, the last column an answer sheet may use; "
                                             "expected the answers in the columns before it")
                     .arg(columnLetters(kMaxColumns)));
        return;
    }
    if (row.cells.size() < size_t(column))
        row.cells.resize(size_t(column));
    row.cells[size_t(column - 1)] = value.toStdString();
}

void SheetReader::merged(const QString &range)
{
    int column = 0, row = 0;
    const QString first = range.section(u':', 0, 0);
    if (!parseReference(first, &column, &row))
        return;
    ctx.fail(row, column,
             QCoreApplication::translate("sbr::io::XlsxSheet",
                                         "the cells %1 are merged; expected one value per cell (unmerge them, and "
                                         "give every column its own header)")
                 .arg(range));
}

bool SheetReader::read(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    int previousRow = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"mergeCell") {
            merged(attribute(xml, u"ref"));
            continue;
        }
        if (xml.name() != u"row")
            continue;
        SheetTable::Row row;
        row.number = attribute(xml, u"r").isEmpty() ? previousRow + 1 : attribute(xml, u"r").toInt();
        if (row.number <= previousRow || row.number > kMaxRows) {
            ctx.fail(
                row.number, 0,
                QCoreApplication::translate("sbr::io::XlsxSheet", "the row number %1 is out of order or beyond row %2")
                    .arg(row.number)
                    .arg(kMaxRows));
            return false;
        }
        previousRow = row.number;
        int nextColumn = 1;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"row")
                break;
            if (xml.isStartElement() && xml.name() == u"c")
                cell(xml, row, &nextColumn);
        }
        if (!row.cells.empty())
            out->rows.push_back(std::move(row));
    }
    if (xml.hasError()) {
        ctx.fail(
            previousRow, 0,
            QCoreApplication::translate("sbr::io::XlsxSheet", "the sheet's XML is damaged: %1").arg(xml.errorString()));
        return false;
    }
    return ctx.errors->isEmpty();
}

} // namespace

QStringList xlsxSheetNames(const QByteArray &data)
{
    if (!data.startsWith("PK\x03\x04"))
        return {};
    zlib_filefunc64_def memory{memoryOpen, memoryRead,  memoryWrite, memoryTell,
                               memorySeek, memoryClose, memoryError, nullptr};
    const unzFile zip = unzOpen2_64(&data, &memory);
    if (!zip)
        return {};
    const std::unique_ptr<void, int (*)(unzFile)> closer(zip, unzClose);
    QList<SheetError> errors;
    Context ctx{zip, &errors};
    Workbook book;
    findSheet(ctx, QString(), &book);
    return book.names;
}

bool readXlsxSheet(const QByteArray &data, const QString &sheet, SheetTable *out, QList<SheetError> *errors)
{
    errors->clear();
    out->rows.clear();
    if (data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) { // an OLE compound file
        const QByteArray encrypted = QStringLiteral("EncryptedPackage").toUtf8();
        QByteArray utf16;
        for (char c : encrypted)
            utf16.append(c).append('\0');
        errors->append({0, 0,
                        data.contains(utf16)
                            ? QCoreApplication::translate(
                                  "sbr::io::XlsxSheet",
                                  "the workbook is protected with a password (encrypted), so it cannot be read; save "
                                  "a copy without a password and import that")
                            : QCoreApplication::translate(
                                  "sbr::io::XlsxSheet",
                                  "this is an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx) or "
                                  "as CSV UTF-8 and import that")});
        return false;
    }
    zlib_filefunc64_def memory{memoryOpen, memoryRead,  memoryWrite, memoryTell,
                               memorySeek, memoryClose, memoryError, nullptr};
    const unzFile zip = unzOpen2_64(&data, &memory);
    if (!zip) {
        errors->append(
            {0, 0,
             QCoreApplication::translate("sbr::io::XlsxSheet",
                                         "the file is not a readable zip archive (an .xlsx workbook is one); it may be "
                                         "damaged or cut short")});
        return false;
    }
    const std::unique_ptr<void, int (*)(unzFile)> closer(zip, unzClose);
    Context ctx{zip, errors};
    Workbook book;
    if (!findSheet(ctx, sheet, &book))
        return false;
    const QStringList strings = sharedStrings(readPart(ctx, QStringLiteral("xl/sharedStrings.xml")).value_or(""));
    const QList<bool> dates = dateStyles(readPart(ctx, QStringLiteral("xl/styles.xml")).value_or(""));
    const std::optional<QByteArray> bytes = readPart(ctx, book.sheetPath);
    if (!errors->isEmpty())
        return false;
    if (!bytes) {
        errors->append(
            {0, 0, QCoreApplication::translate("sbr::io::XlsxSheet", "the workbook is damaged: its sheet is missing")});
        return false;
    }
    out->sheetName = book.sheetName;
    SheetReader reader{ctx, strings, dates, book.date1904, out};
    return reader.read(*bytes);
}

} // namespace sbr::io
