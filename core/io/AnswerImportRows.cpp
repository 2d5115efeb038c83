// The records: levels, answers of the long and wide form, advice and the run over the file.

#include "io/AnswerImporter.h"

#include "domain/Names.h"

namespace sbr::io::detail {

template <typename Reader> typename Importer<Reader>::Level Importer<Reader>::parseLevel(std::string_view text) const
{
    text = trimmed(text);
    if (text.empty() || equalsIgnoreCase(text, "n/a"))
        return {true, false, 0};
    if (!m_labels.isEmpty())
        if (const auto label = m_labels.constFind(caseKey(normalizeName(qstr(text)))); label != m_labels.constEnd())
            return {true, label->has_value(), label->value_or(0)};
    bool negative = false;
    if (text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    if (text.empty() || text.size() > 6)
        return {};
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return {};
        value = value * 10 + (c - '0');
    }
    if (negative)
        value = -value;
    if (!m_scale.contains(value))
        return {};
    return {true, true, value};
}

template <typename Reader> void Importer<Reader>::addAnswer(int respondent, int item, Level level, int line, int column)
{
    int &first = m_firstLine[size_t(respondent) * size_t(m_itemCount) + size_t(item)];
    if (first != 0) {
        const auto &r = m_result.batch.respondents[respondent];
        error(line, column,
              QCoreApplication::translate(
                  "sbr::io::AnswerImport",
                  "respondent \"%1\" answered item \"%2\" already on line %3; each respondent answers an item once")
                  .arg(r.name, m_ctx.questionnaire.flatItems()[item]->id)
                  .arg(first));
        return;
    }
    first = line;
    m_result.batch.answers.push_back({respondent, item, level.value, level.applicable});
}

/// A record of the right shape: as many fields as the header has columns (Excel's leftover
/// empty columns may be missing or extra), nothing in a column without a header.
template <typename Reader> bool Importer<Reader>::recordShapeOk(const Reader &csv)
{
    const int expected = int(m_header.size()), count = csv.fieldCount();
    bool extraEmpty = true;
    for (int f = expected; f < count && extraEmpty; ++f)
        extraEmpty = trimmed(csv.field(f)).empty();
    if (count <= m_lastNamedColumn || !extraEmpty) {
        error(csv.line(), 0,
              QCoreApplication::translate("sbr::io::AnswerImport", "found %1 fields but the header has %2 columns")
                  .arg(count)
                  .arg(m_lastNamedColumn + 1));
        return false;
    }
    bool ok = true;
    for (int f : m_blankColumns)
        if (f < count && !trimmed(csv.field(f)).empty()) {
            error(csv.fieldLine(f), f + 1,
                  QCoreApplication::translate("sbr::io::AnswerImport",
                                              "\"%1\" is in a column without a header; expected the "
                                              "column to be empty or to have a header")
                      .arg(qstr(trimmed(csv.field(f)))));
            ok = false;
        }
    return ok;
}

template <typename Reader> void Importer<Reader>::readRecord(const Reader &csv)
{
    int respondent = -1;
    if (m_namesRows) // formats.md: named from the file name and the data row number
        m_constant[KRespondent] = QStringLiteral("%1 #%2").arg(m_sourceName).arg(m_result.records).toStdString();
    if (m_keysComplete) {
        respondent = resolveRespondent(csv);
    } else if (m_col[KDate] >= 0) { // the header lacks keys: still check what can be checked
        QDate date;
        checkedDate(csv, trimmed(csv.field(m_col[KDate])), &date);
    }
    if (m_result.form == ImportResult::Form::Long) {
        auto item = m_items.constEnd();
        if (m_col[KItem] >= 0) {
            const std::string_view itemText = trimmed(csv.field(m_col[KItem]));
            item = m_items.constFind(borrow(itemText));
            if (item == m_items.constEnd())
                error(csv.fieldLine(m_col[KItem]), m_col[KItem] + 1,
                      QCoreApplication::translate("sbr::io::AnswerImport",
                                                  "\"%1\" is not an item id of the questionnaire \"%2\"")
                          .arg(qstr(itemText), m_ctx.questionnaire.id));
        }
        if (m_col[KLevel] < 0)
            return;
        const auto level = parseLevel(csv.field(m_col[KLevel]));
        if (!level.valid)
            error(csv.fieldLine(m_col[KLevel]), m_col[KLevel] + 1,
                  QCoreApplication::translate("sbr::io::AnswerImport", "\"%1\" is not a level: %2")
                      .arg(qstr(trimmed(csv.field(m_col[KLevel]))), m_levelHint));
        if (respondent >= 0 && item != m_items.constEnd() && level.valid)
            addAnswer(respondent, item.value(), level, csv.fieldLine(m_col[KItem]), m_col[KItem] + 1);
        return;
    }
    for (const auto &[column, item] : m_itemColumns) {
        const auto level = parseLevel(csv.field(column));
        if (!level.valid)
            error(csv.fieldLine(column), column + 1,
                  QCoreApplication::translate("sbr::io::AnswerImport", "\"%1\" is not a level: %2")
                      .arg(qstr(trimmed(csv.field(column))), m_levelHint));
        else if (respondent >= 0)
            addAnswer(respondent, item, level, csv.fieldLine(column), column + 1);
    }
}

/// formats.md: an option is suggested only when it would make the file importable, i.e. when
/// every error of the whole file is one that the option cures.
template <typename Reader> void Importer<Reader>::adviseOptions()
{
    if (m_uncurable || m_cures == NoCure)
        return;
    for (int i = 0; i < m_result.errors.size(); ++i) {
        QString &message = m_result.errors[i].message;
        if (m_errorCures[i] == CureIgnoreUnknown)
            message += QCoreApplication::translate("sbr::io::AnswerImport", " (use %1 to skip it)")
                           .arg(m_opt.ignoreUnknownAdvice);
        else if (m_errorCures[i] == CureReplace)
            message += QCoreApplication::translate("sbr::io::AnswerImport", "; use %1 to replace their answers")
                           .arg(m_opt.replaceAdvice);
    }
}

template <typename Reader> ImportResult Importer<Reader>::run(Reader &csv)
{
    if (!readHeader(csv))
        return std::move(m_result);
    m_levelHint = QCoreApplication::translate("sbr::io::AnswerImport",
                                              "expected a whole number from %1 to %2, or empty or n/a for not "
                                              "applicable")
                      .arg(m_scale.min)
                      .arg(m_scale.max);
    // Go on past the 20th error until one more turns up, so the report can say that more follow
    // (and does not say so when the 20th was the last one); while every error so far is cured by
    // an option, read to the end to know whether that option would be enough.
    int records = 0;
    const auto nextRecord = [&] {
        if (m_pendingRecord) { // read already, while looking for a second header row
            m_pendingRecord = false;
            return true;
        }
        return csv.next();
    };
    while ((!m_result.moreErrors || !m_uncurable) && nextRecord()) {
        if (m_opt.progress && (records++ & 0x3fff) == 0 && !m_opt.progress(csv.progress())) {
            m_result.cancelled = true;
            m_result.batch = {};
            return std::move(m_result);
        }
        if (const auto &e = csv.recordError()) {
            ++m_result.records;
            error(e->line, e->column, e->message);
            m_previousKey.clear();
            continue;
        }
        bool blank = true; // a row of bare delimiters, as Excel writes for rows that look empty
        for (int f = 0; f < csv.fieldCount() && blank; ++f)
            blank = trimmed(csv.field(f)).empty();
        if (blank)
            continue;
        ++m_result.records;
        if (!recordShapeOk(csv)) {
            m_previousKey.clear();
            continue;
        }
        readRecord(csv);
    }
    if (m_result.records == 0 && m_result.errors.isEmpty())
        error(m_headerLine, 0,
              QCoreApplication::translate("sbr::io::AnswerImport", "the file has a header but no answers"));
    adviseOptions();
    if (!m_result.errors.isEmpty())
        m_result.batch = {};
    return std::move(m_result);
}

template class Importer<CsvReader>;
template class Importer<TableReader>;

} // namespace sbr::io::detail
