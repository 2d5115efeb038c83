#pragma once
// Reading a filled answer workbook back (the output of exporting::writeAnswerTemplate): its
// answer sheet has statements as rows and respondents as columns, the transpose of the wide form
// of formats.md. The importer recognises it by the marker in its hidden first column, turns it
// into the wide form (level labels of the drop-down become levels), imports it like any other
// sheet and maps the positions in its messages back to the cells of the workbook. Layout:
//
//   column A (hidden)   B                 C            D, E, …  (one column per respondent)
//   1  kTemplateMarker  title
//   2  company          "Company"                      Muster GmbH …
//   3  department       "Department"                   Marketing …
//   4  round            "Round"                        2026-Q1 …
//   5  date             "Date"                         2026-03-15 …
//   6  respondent       "Respondent"                   Respondent 1 …
//   7                   "Dimension"       "Statement"  (column headings)
//   8… item id          dimension title   statement    answers (drop-down of level labels)
//
// The cover sheet (first in the workbook) has kTemplateCoverMarker in A1 and the answer sheet's
// name in A2, so that the importer finds the answers when no sheet or the cover sheet is named.

#include "domain/Questionnaire.h"
#include "io/XlsxSheet.h"

#include <QList>
#include <QString>

#include <vector>

namespace sbr::io {

struct ImportError;

inline constexpr char kTemplateMarker[] = "sbradar-answer-template 1";
inline constexpr char kTemplateCoverMarker[] = "sbradar-answer-template-cover 1";
inline constexpr int kTemplateFirstAnswerColumn = 4; ///< D: the first respondent's column (1-based)
inline constexpr int kTemplateFirstItemRow = 8;      ///< the first statement's row (1-based)

/// The answer sheet's name when `table` is the cover sheet of an answer template, else empty.
QString templateAnswerSheet(const SheetTable &table);

/// Whether `table` is the answer sheet of an answer template.
bool isTemplateSheet(const SheetTable &table);

/// The template's answers in the wide form: the hidden column A becomes the header (line 1);
/// every respondent column with at least one answer becomes a record whose line is its column
/// number; columns without answers are left out. An answer cell holding a level label of the
/// scale (in German or English, case and blanks ignored) or the "not applicable" label becomes
/// the level ("n/a"); anything else is kept for the importer to judge. `rowOfField` receives,
/// per field of the wide form, the row of the template it came from.
SheetTable transposeTemplate(const SheetTable &table, const Scale &scale, std::vector<int> *rowOfField);

/// Moves the positions of import errors from the wide form back to the template's cells: the
/// row from the field, the column from the record.
void mapTemplateErrors(QList<ImportError> *errors, const std::vector<int> &rowOfField);

} // namespace sbr::io
