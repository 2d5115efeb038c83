#include "AnswerImport.h"

#include "domain/Names.h"
#include "io/CsvReader.h"
#include "io/ImportText.h"
#include "io/TemplateSheet.h"
#include "io/XlsxSheet.h"

#include <QCoreApplication>

#include <array>
#include <string>

namespace sbr::io {

namespace {

using namespace detail;

enum Key { KCompany, KDepartment, KRound, KDate, KRespondent, KItem, KLevel, KeyCount };
constexpr std::array<const char *, KeyCount> kKeyNames = {"company",    "department", "round", "date",
                                                          "respondent", "item",       "level"};

template <typename Reader> class Importer {
public:
    Importer(const ImportContext &context, const ImportOptions &options)
        : m_ctx(context), m_opt(options), m_scale(context.questionnaire.scale),
          m_itemCount(context.questionnaire.itemCount())
    {
        const QList<const Item *> items = context.questionnaire.flatItems();
        for (int i = 0; i < items.size(); ++i)
            m_items.insert(items[i]->id.toUtf8(), i);
        // The workspace's spellings come first: a file's case variant of them is refused.
        for (auto c = context.companies.begin(); c != context.companies.end(); ++c) {
            m_spellings.clash(QString(), c.key());
            for (const QString &d : c->departments)
                m_spellings.clash(QStringLiteral("d") + c.key(), d);
            for (auto r = c->rounds.begin(); r != c->rounds.end(); ++r)
                m_spellings.clash(QStringLiteral("r") + c.key(), r.key());
        }
    }

    ImportResult run(Reader &csv);

private:
    bool full() const { return m_result.errors.size() >= kMaxImportErrors; }
    void error(int line, int column, const QString &message, Cure cure = NoCure)
    {
        m_cures |= cure;
        if (cure == NoCure)
            m_uncurable = true;
        if (full()) {
            m_result.moreErrors = true;
            return;
        }
        m_result.errors.append({line, column, column > 0 ? m_header.value(column - 1) : QString(), message});
        m_errorCures.append(cure);
    }
    bool readHeader(Reader &csv);
    void checkHeaderKeys(const std::vector<int> &unknown, Reader &csv);
    bool recordShapeOk(const Reader &csv);
    void readRecord(const Reader &csv);
    int resolveRespondent(const Reader &csv);
    bool checkedDate(const Reader &csv, std::string_view text, QDate *date);
    QString known(const QString &scope, const QString &name, bool exists, const char *kind, int line, int column);
    void adviseOptions();
    struct Level {
        bool valid = false;
        bool applicable = false;
        int value = 0;
    };
    Level parseLevel(std::string_view text) const;
    void addAnswer(int respondent, int item, Level level, int line, int column);

    const ImportContext &m_ctx;
    const ImportOptions &m_opt;
    const Scale &m_scale;
    const int m_itemCount;
    QHash<QByteArray, int> m_items;
    ImportResult m_result;
    QList<int> m_errorCures;
    int m_cures = 0;
    bool m_uncurable = false;
    QStringList m_header;
    int m_headerLine = 1;
    bool m_keysComplete = true;
    int m_lastNamedColumn = -1;                     // field index of the last column with a header
    std::vector<int> m_blankColumns;                // columns without a header (must stay empty)
    std::array<int, KeyCount> m_col{};              // field index of each key, -1 if absent
    std::vector<std::pair<int, int>> m_itemColumns; // wide form: (field index, item)
    QString m_levelHint;

    QHash<QString, int> m_companies, m_departments, m_rounds, m_respondents;
    Spellings m_spellings;
    std::vector<int> m_roundLine;            // line where a round of the file was first seen
    QList<QHash<QDate, int>> m_companyDates; // per company: date -> round index of the file
    std::vector<int> m_firstLine;            // respondent * itemCount + item -> line, 0 = none
    std::string m_key, m_previousKey;
    int m_previousRespondent = -1;
};

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

/// A date cell, checked; false (with the error reported) when it is not a date.
template <typename Reader> bool Importer<Reader>::checkedDate(const Reader &csv, std::string_view text, QDate *date)
{
    bool ambiguous = false;
    *date = parseDate(text, &ambiguous);
    if (date->isValid())
        return true;
    const int line = csv.fieldLine(m_col[KDate]), column = m_col[KDate] + 1;
    if (ambiguous)
        error(line, column,
              QCoreApplication::translate("sbr::io::AnswerImport",
                                          "\"%1\" is ambiguous: with slashes it is one day in the US and "
                                          "another in Europe; expected YYYY-MM-DD or D.M.YYYY, e.g. "
                                          "2026-03-15 or 15.03.2026")
                  .arg(qstr(text)));
    else
        error(line, column,
              QCoreApplication::translate("sbr::io::AnswerImport",
                                          "\"%1\" is not a date; expected YYYY-MM-DD or D.M.YYYY, e.g. 2026-03-15 or "
                                          "15.03.2026")
                  .arg(qstr(text)));
    return false;
}

/// Checks a name that is not yet in `scope` exactly against the spellings known there: the
/// existing spelling when it differs only in case (an error has been reported), else empty.
template <typename Reader>
QString Importer<Reader>::known(const QString &scope, const QString &name, bool exists, const char *kind, int line,
                                int column)
{
    if (exists)
        return {};
    const QString other = m_spellings.clash(scope, name);
    if (!other.isEmpty())
        error(line, column,
              QCoreApplication::translate("sbr::io::AnswerImport",
                                          "the %1 \"%2\" differs from \"%3\" only in upper and lower case; "
                                          "did you mean \"%3\"?")
                  .arg(QCoreApplication::translate("sbr::io::AnswerImport", kind), name, other));
    return other;
}

template <typename Reader> int Importer<Reader>::resolveRespondent(const Reader &csv)
{
    // Consecutive rows usually belong to the same respondent: compare the raw key fields once
    // instead of resolving five names per row.
    m_key.clear();
    for (int k = KCompany; k <= KRespondent; ++k) {
        m_key.append(csv.field(m_col[size_t(k)]));
        m_key.push_back('\x1f');
    }
    if (m_key == m_previousKey)
        return m_previousRespondent;
    m_previousKey = m_key;
    m_previousRespondent = -1;

    std::array<QString, KItem> v;
    bool ok = true;
    for (int k = KCompany; k <= KRespondent; ++k) {
        v[size_t(k)] = normalizeName(qstr(csv.field(m_col[size_t(k)])));
        if (v[size_t(k)].isEmpty()) {
            error(csv.fieldLine(m_col[size_t(k)]), m_col[size_t(k)] + 1,
                  QCoreApplication::translate(
                      "sbr::io::AnswerImport",
                      "the %1 is empty; every row needs a company, department, round, date and respondent")
                      .arg(QString::fromLatin1(kKeyNames[size_t(k)])));
            ok = false;
        }
    }
    QDate date;
    if (!ok || !checkedDate(csv, trimmed(csv.field(m_col[KDate])), &date))
        return -1;
    const int dateLine = csv.fieldLine(m_col[KDate]), dateColumn = m_col[KDate] + 1;
    const auto lineOf = [&](Key k) { return csv.fieldLine(m_col[size_t(k)]); };

    // Company
    const QString &companyName = v[KCompany];
    const ImportContext::Company *existing = nullptr;
    if (auto e = m_ctx.companies.constFind(companyName); e != m_ctx.companies.constEnd())
        existing = &e.value();
    int company;
    if (auto c = m_companies.constFind(companyName); c != m_companies.constEnd()) {
        company = c.value();
    } else {
        if (!known(QString(), companyName, existing, QT_TRANSLATE_NOOP("sbr::io::AnswerImport", "company"),
                   lineOf(KCompany), m_col[KCompany] + 1)
                 .isEmpty())
            return -1;
        company = int(m_result.batch.companies.size());
        m_result.batch.companies.append(companyName);
        m_companyDates.append(QHash<QDate, int>());
        m_companies.insert(companyName, company);
        if (!existing)
            ++m_result.newCompanies;
    }
    const QString companyScope = QString::number(company);

    // Round: one label, one date; one date, one round per company.
    const QString &label = v[KRound];
    const QString roundKey = companyScope + QChar(0x1f) + label;
    int round;
    if (auto r = m_rounds.constFind(roundKey); r != m_rounds.constEnd()) {
        round = r.value();
        const auto &knownRound = m_result.batch.rounds[round];
        if (knownRound.date != date) {
            error(dateLine, dateColumn,
                  QCoreApplication::translate(
                      "sbr::io::AnswerImport",
                      "round \"%1\" of \"%2\" is dated %3 on line %4 but %5 here; a round has one date")
                      .arg(label, companyName, knownRound.date.toString(Qt::ISODate))
                      .arg(m_roundLine[size_t(round)])
                      .arg(date.toString(Qt::ISODate)));
            return -1;
        }
    } else {
        const bool exists = existing && existing->rounds.contains(label);
        if (exists && existing->rounds.value(label) != date) {
            error(dateLine, dateColumn,
                  QCoreApplication::translate("sbr::io::AnswerImport",
                                              "round \"%1\" of \"%2\" is dated %3 in the workspace, not %4; "
                                              "write %3 in the file, or give this round another label")
                      .arg(label, companyName, existing->rounds.value(label).toString(Qt::ISODate),
                           date.toString(Qt::ISODate)));
            return -1;
        }
        if (!known(QStringLiteral("r") + companyName, label, exists,
                   QT_TRANSLATE_NOOP("sbr::io::AnswerImport", "round"), lineOf(KRound), m_col[KRound] + 1)
                 .isEmpty())
            return -1;
        if (!exists) {
            QString clash;
            if (existing)
                for (auto it = existing->rounds.begin(); it != existing->rounds.end(); ++it)
                    if (it.value() == date)
                        clash = it.key();
            if (clash.isEmpty() && m_companyDates[company].contains(date))
                clash = m_result.batch.rounds[m_companyDates[company].value(date)].label;
            if (!clash.isEmpty()) {
                error(dateLine, dateColumn,
                      QCoreApplication::translate("sbr::io::AnswerImport",
                                                  "%1 is already the date of round \"%2\" of \"%3\"; each "
                                                  "round of a company needs its own date")
                          .arg(date.toString(Qt::ISODate), clash, companyName));
                return -1;
            }
            ++m_result.newRounds;
        }
        round = int(m_result.batch.rounds.size());
        m_result.batch.rounds.append({company, label, date});
        m_roundLine.push_back(lineOf(KRound));
        m_companyDates[company].insert(date, round);
        m_rounds.insert(roundKey, round);
    }

    // Department
    const QString &departmentName = v[KDepartment];
    const QString departmentKey = companyScope + QChar(0x1f) + departmentName;
    int department;
    if (auto d = m_departments.constFind(departmentKey); d != m_departments.constEnd()) {
        department = d.value();
    } else {
        const bool exists = existing && existing->departments.contains(departmentName);
        if (!known(QStringLiteral("d") + companyName, departmentName, exists,
                   QT_TRANSLATE_NOOP("sbr::io::AnswerImport", "department"), lineOf(KDepartment),
                   m_col[KDepartment] + 1)
                 .isEmpty())
            return -1;
        department = int(m_result.batch.departments.size());
        m_result.batch.departments.append({company, departmentName});
        m_departments.insert(departmentKey, department);
        if (!exists)
            ++m_result.newDepartments;
    }

    // Respondent
    const QString &respondentName = v[KRespondent];
    const QString respondentKey =
        QString::number(department) + QChar(0x1f) + QString::number(round) + QChar(0x1f) + respondentName;
    if (auto p = m_respondents.constFind(respondentKey); p != m_respondents.constEnd()) {
        m_previousRespondent = p.value();
        return p.value();
    }
    bool recorded = false;
    if (existing) {
        const auto names = existing->respondents.constFind(ImportContext::assessmentKey(departmentName, label));
        recorded = names != existing->respondents.constEnd() && names->contains(respondentName);
        if (!recorded && names != existing->respondents.constEnd())
            for (const QString &name : *names) // the workspace's spellings come first
                m_spellings.clash(
                    QStringLiteral("p") + companyName + QChar(0x1f) + departmentName + QChar(0x1f) + label, name);
    }
    if (!known(QStringLiteral("p") + companyName + QChar(0x1f) + departmentName + QChar(0x1f) + label, respondentName,
               recorded, QT_TRANSLATE_NOOP("sbr::io::AnswerImport", "respondent"), lineOf(KRespondent),
               m_col[KRespondent] + 1)
             .isEmpty())
        return -1;
    if (recorded && !m_opt.replace) {
        error(lineOf(KRespondent), m_col[KRespondent] + 1,
              QCoreApplication::translate("sbr::io::AnswerImport",
                                          "respondent \"%1\" is already recorded for %2 in round \"%3\" of "
                                          "\"%4\"")
                  .arg(respondentName, departmentName, label, companyName),
              CureReplace);
        return -1;
    }
    const int respondent = int(m_result.batch.respondents.size());
    m_result.batch.respondents.append({department, round, respondentName, recorded});
    if (recorded)
        ++m_result.replacedRespondents;
    m_respondents.insert(respondentKey, respondent);
    m_firstLine.resize(m_firstLine.size() + size_t(m_itemCount), 0);
    m_previousRespondent = respondent;
    return respondent;
}

template <typename Reader> typename Importer<Reader>::Level Importer<Reader>::parseLevel(std::string_view text) const
{
    text = trimmed(text);
    if (text.empty() || equalsIgnoreCase(text, "n/a"))
        return {true, false, 0};
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
    while ((!m_result.moreErrors || !m_uncurable) && csv.next()) {
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

} // namespace

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

ImportResult parseAnswersFile(const QByteArray &data, const ImportContext &context, const ImportOptions &options)
{
    if (!looksLikeWorkbook(data))
        return parseAnswersCsv(data, context, options);
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
    result = importer.run(rows);
    result.spreadsheet = true;
    return result;
}

} // namespace sbr::io
