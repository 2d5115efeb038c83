#include "AnswerImport.h"

#include "io/AnswerImporter.h"
#include "io/TemplateSheet.h"
#include "io/XlsxSheet.h"

#include <QCoreApplication>

namespace sbr::io {

using detail::Importer;

QString columnLetters(int column)
{
    QString letters;
    for (int c = column; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

QStringList ImportResult::messages(const QString &fileName) const
{
    QStringList out;
    for (const ImportError &e : errors) {
        if (e.line == 0) { // about the whole file (a workbook that cannot be read)
            out.append(fileName + QStringLiteral(": ") + e.message);
            continue;
        }
        QString where = QCoreApplication::translate("sbr::io::AnswerImport", "%1, line %2").arg(fileName).arg(e.line);
        const QString column = spreadsheet ? columnLetters(e.column) : QString::number(e.column);
        if (e.column > 0)
            where += e.columnName.isEmpty()
                         ? QCoreApplication::translate("sbr::io::AnswerImport", ", column %1").arg(column)
                         : QCoreApplication::translate("sbr::io::AnswerImport", ", column %1 (%2)")
                               .arg(column, e.columnName);
        out.append(where + QStringLiteral(": ") + e.message);
    }
    if (moreErrors)
        out.append(
            QCoreApplication::translate("sbr::io::AnswerImport", "%1: more errors follow; only the first %2 are listed")
                .arg(fileName)
                .arg(kMaxImportErrors));
    return out;
}

ImportResult parseAnswersCsv(const QByteArray &data, const ImportContext &context, const ImportOptions &options)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        ImportResult result;
        result.errors.append({1, 0, QString(),
                              QCoreApplication::translate("sbr::io::AnswerImport",
                                                          "the file is saved as UTF-16 text; expected UTF-8 (in "
                                                          "Excel: save as \"CSV UTF-8 (comma delimited)\")")});
        return result;
    }
    CsvReader csv(data);
    Importer<CsvReader> importer(context, options);
    return importer.run(csv);
}

namespace {

/// An answer template (io/TemplateSheet.h): read as the wide form, messages about its cells.
ImportResult parseTemplate(const SheetTable &table, const ImportContext &context, const ImportOptions &options)
{
    std::vector<int> rowOfField;
    const SheetTable wide = transposeTemplate(table, context.questionnaire.scale, &rowOfField);
    ImportResult result;
    if (wide.rows.size() < 2) {
        result.errors.append({kTemplateFirstItemRow, kTemplateFirstAnswerColumn, QString(),
                              QCoreApplication::translate("sbr::io::AnswerImport",
                                                          "the answer template holds no answers yet; expected a "
                                                          "level in at least one answer cell")});
    } else {
        TableReader rows(wide);
        Importer<TableReader> importer(context, options);
        result = importer.run(rows);
        mapTemplateErrors(&result.errors, rowOfField);
    }
    result.spreadsheet = true;
    return result;
}

} // namespace

bool looksLikeWorkbook(const QByteArray &data)
{
    return data.startsWith("PK\x03\x04") || data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

namespace {

ImportResult parseFile(const QByteArray &data, const ImportContext &context, const ImportOptions &options,
                       const MappingProfile *profile, const QString &sourceName)
{
    if (!looksLikeWorkbook(data)) {
        if (!profile)
            return parseAnswersCsv(data, context, options);
        CsvReader csv(data);
        Importer<CsvReader> importer(context, options);
        importer.setMapping(profile, sourceName);
        return importer.run(csv);
    }
    ImportResult result;
    result.spreadsheet = true;
    SheetTable table;
    QList<SheetError> problems;
    if (!readXlsxSheet(data, options.sheet, &table, &problems)) {
        for (const SheetError &e : problems)
            result.errors.append({e.row, e.column, QString(), e.message});
        return result;
    }
    if (const QString answers = templateAnswerSheet(table); !answers.isEmpty()) {
        // The cover sheet of an answer template (the first sheet, or chosen in the import dialog):
        // its answers are on the sheet it names.
        table = {};
        problems.clear();
        if (!readXlsxSheet(data, answers, &table, &problems)) {
            for (const SheetError &e : problems)
                result.errors.append({e.row, e.column, QString(), e.message});
            return result;
        }
    }
    if (isTemplateSheet(table))
        return parseTemplate(table, context, options);
    TableReader rows(table);
    Importer<TableReader> importer(context, options);
    importer.setMapping(profile, sourceName);
    result = importer.run(rows);
    result.spreadsheet = true;
    return result;
}

} // namespace

ImportResult parseAnswersFile(const QByteArray &data, const ImportContext &context, const ImportOptions &options)
{
    return parseFile(data, context, options, nullptr, QString());
}

ImportResult parseSurveyExport(const QByteArray &data, const ImportContext &context, const ImportOptions &options,
                               const MappingProfile &profile, const QString &sourceName)
{
    return parseFile(data, context, options, &profile, sourceName);
}

} // namespace sbr::io
