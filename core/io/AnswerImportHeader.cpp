// The header line: key columns, item columns, and the form (long or wide) they name.

#include "io/AnswerImporter.h"

#include "domain/Names.h"

namespace sbr::io::detail {

template <typename Reader> bool Importer<Reader>::readHeader(Reader &csv)
{
    if (!csv.next()) {
        error(1, 0,
              QCoreApplication::translate(
                  "sbr::io::AnswerImport",
                  "the file is empty; expected a header line such as company,department,round,date,"
                  "respondent,item,level"));
        return false;
    }
    m_headerLine = csv.line();
    if (const auto &e = csv.recordError()) {
        error(e->line, e->column, e->message);
        return false;
    }
    m_col.fill(-1);
    if (m_mapping) {
        readMappedHeader(csv);
        return true;
    }
    QSet<QString> seen;
    std::vector<int> unknown;
    for (int f = 0; f < csv.fieldCount(); ++f) {
        const std::string_view name = trimmed(csv.field(f));
        m_header.append(qstr(name));
        if (name.empty()) { // Excel's leftover columns: ignored while their cells are empty
            m_blankColumns.push_back(f);
            continue;
        }
        m_lastNamedColumn = f;
        if (seen.contains(m_header.last())) {
            error(m_headerLine, f + 1,
                  QCoreApplication::translate("sbr::io::AnswerImport", "the column \"%1\" appears twice")
                      .arg(m_header.last()));
            continue;
        }
        seen.insert(m_header.last());
        bool isKey = false;
        for (int k = 0; k < KeyCount; ++k)
            if (equalsIgnoreCase(name, kKeyNames[size_t(k)])) {
                m_col[size_t(k)] = f;
                isKey = true;
            }
        if (!isKey)
            unknown.push_back(f);
    }
    checkHeaderKeys(unknown, csv);
    return true;
}

template <typename Reader> void Importer<Reader>::checkHeaderKeys(const std::vector<int> &unknown, Reader &csv)
{
    const bool longForm = m_col[KItem] >= 0 || m_col[KLevel] >= 0;
    m_result.form = longForm ? ImportResult::Form::Long : ImportResult::Form::Wide;
    QStringList missing;
    for (int k = 0; k < (longForm ? KeyCount : KItem); ++k)
        if (m_col[size_t(k)] < 0)
            missing.append(QString::fromLatin1(kKeyNames[size_t(k)]));
    m_keysComplete = missing.isEmpty();
    if (!missing.isEmpty())
        error(m_headerLine, 0,
              QCoreApplication::translate(
                  "sbr::io::AnswerImport",
                  "the header lacks the column(s) %1; expected company,department,round,date,respondent "
                  "and either item,level (long form) or one column per item id (wide form)")
                  .arg(missing.join(QStringLiteral(", "))));
    for (int f : unknown) {
        const auto item = m_items.constFind(borrow(trimmed(csv.field(f))));
        if (!longForm && item != m_items.constEnd())
            m_itemColumns.emplace_back(f, item.value());
        else if (!m_opt.ignoreUnknownColumns)
            error(m_headerLine, f + 1,
                  longForm ? QCoreApplication::translate(
                                 "sbr::io::AnswerImport",
                                 "unknown column \"%1\"; the long form has only company,department,round,date,"
                                 "respondent,item,level")
                                 .arg(m_header[f])
                           : QCoreApplication::translate(
                                 "sbr::io::AnswerImport",
                                 "\"%1\" is neither a key column nor an item id of the questionnaire")
                                 .arg(m_header[f]),
                  CureIgnoreUnknown);
    }
    if (!longForm && m_itemColumns.empty() && missing.isEmpty())
        error(m_headerLine, 0,
              QCoreApplication::translate(
                  "sbr::io::AnswerImport",
                  "the header names no item of the questionnaire; expected item ids such as \"%1\" as columns")
                  .arg(m_ctx.questionnaire.flatItems().value(0) ? m_ctx.questionnaire.flatItems()[0]->id : QString()));
}

template class Importer<CsvReader>;
template class Importer<TableReader>;

} // namespace sbr::io::detail
