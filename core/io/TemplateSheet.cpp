#include "TemplateSheet.h"

#include "domain/Names.h"
#include "io/AnswerImport.h"
#include "io/QuestionnaireTemplate.h"

#include <QHash>

#include <algorithm>

namespace sbr::io {

namespace {

std::string cell(const SheetTable::Row &row, int column)
{
    return size_t(column) < row.cells.size() ? row.cells[size_t(column)] : std::string();
}

QString trimmedCell(const SheetTable::Row &row, int column)
{
    return QString::fromStdString(cell(row, column)).trimmed();
}

/// Level labels of both languages (normal form, case-folded) → the text the importer reads.
QHash<QString, std::string> labelLevels(const Scale &scale)
{
    QHash<QString, std::string> levels;
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("en")}) {
        for (int level = scale.min; level <= scale.max; ++level)
            levels.insert(caseKey(normalizeName(scale.label(level, language))), std::to_string(level));
        levels.insert(caseKey(normalizeName(notApplicableLabel(language))), std::string("n/a"));
    }
    return levels;
}

} // namespace

QString templateAnswerSheet(const SheetTable &table)
{
    if (table.rows.size() < 2 || table.rows[0].number != 1 || cell(table.rows[0], 0) != kTemplateCoverMarker)
        return {};
    return table.rows[1].number == 2 ? trimmedCell(table.rows[1], 0) : QString();
}

bool isTemplateSheet(const SheetTable &table)
{
    return !table.rows.empty() && table.rows[0].number == 1 && cell(table.rows[0], 0) == kTemplateMarker;
}

SheetTable transposeTemplate(const SheetTable &table, const Scale &scale, std::vector<int> *rowOfField)
{
    // The rows that carry a key or an item id in column A: they become the fields.
    std::vector<const SheetTable::Row *> fields;
    size_t width = 0;
    for (const SheetTable::Row &row : table.rows) {
        width = std::max(width, row.cells.size());
        if (row.number > 1 && !trimmedCell(row, 0).isEmpty())
            fields.push_back(&row);
    }
    rowOfField->clear();
    SheetTable wide;
    wide.sheetName = table.sheetName;
    SheetTable::Row header;
    header.number = 1; // column A
    for (const SheetTable::Row *row : fields) {
        header.cells.push_back(cell(*row, 0));
        rowOfField->push_back(row->number);
    }
    wide.rows.push_back(std::move(header));

    const QHash<QString, std::string> levels = labelLevels(scale);
    for (size_t column = kTemplateFirstAnswerColumn - 1; column < width; ++column) {
        SheetTable::Row record;
        record.number = int(column) + 1;
        bool answered = false;
        for (const SheetTable::Row *row : fields) {
            std::string value = cell(*row, int(column));
            if (row->number >= kTemplateFirstItemRow) {
                const QString text = QString::fromStdString(value).trimmed();
                answered = answered || !text.isEmpty();
                const auto level = levels.constFind(caseKey(normalizeName(text)));
                if (level != levels.constEnd())
                    value = level.value();
            }
            record.cells.push_back(std::move(value));
        }
        if (answered) // a column nobody filled in is no respondent
            wide.rows.push_back(std::move(record));
    }
    return wide;
}

void mapTemplateErrors(QList<ImportError> *errors, const std::vector<int> &rowOfField)
{
    for (ImportError &e : *errors) {
        const int column = e.line; // the record's line is the template's column
        if (e.column > 0 && size_t(e.column - 1) < rowOfField.size()) {
            e.line = rowOfField[size_t(e.column - 1)];
            e.column = column;
        } else {
            e.line = e.line > 1 ? kTemplateFirstItemRow - 2 : 0; // the respondent row of that column
            e.column = column > 1 ? column : 0;
        }
    }
}

} // namespace sbr::io
