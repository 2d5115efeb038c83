// libFuzzer target: the .xlsx reader (core/io/XlsxSheet: minizip + QXmlStreamReader) on a zip
// image, then the answers importer on the same bytes as the import dialog and `import` hand it
// over (parseAnswersFile recognises the workbook by its content).
#include "FuzzSupport.h"
#include "io/AnswerImport.h"
#include "io/QuestionnaireJson.h"
#include "io/XlsxSheet.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sbr::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const sbr::io::ImportContext context = [] {
        sbr::io::ImportContext c;
        c.questionnaire = sbr::io::defaultQuestionnaire();
        return c;
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList sheets = sbr::io::xlsxSheetNames(bytes);
    sbr::io::SheetTable table;
    QList<sbr::io::SheetError> errors;
    const bool read = sbr::io::readXlsxSheet(bytes, sheets.isEmpty() ? QString() : sheets.constLast(), &table, &errors);
    if (read != errors.isEmpty() || errors.size() > 20)
        __builtin_trap();
    for (const sbr::io::SheetTable::Row &row : table.rows)
        if (row.number < 1 || row.number > sbr::io::kMaxRows || row.cells.size() > size_t(sbr::io::kMaxColumns))
            __builtin_trap();
    const sbr::io::ImportResult result = sbr::io::parseAnswersFile(bytes, context);
    if (result.errors.size() > sbr::io::kMaxImportErrors)
        __builtin_trap();
    return 0;
}
