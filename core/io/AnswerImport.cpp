#include "AnswerImport.h"

#include "io/CsvReader.h"

#include <QCoreApplication>

#include <array>
#include <string>

namespace sbr::io {

namespace {

enum Key { KCompany, KDepartment, KRound, KDate, KRespondent, KItem, KLevel, KeyCount };
constexpr std::array<const char *, KeyCount> kKeyNames = {"company",    "department", "round", "date",
                                                          "respondent", "item",       "level"};

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}
/// A hash key that borrows the bytes: no copy for a lookup.
QByteArray borrow(std::string_view s)
{
    return QByteArray::fromRawData(s.data(), qsizetype(s.size()));
}

bool equalsIgnoreCase(std::string_view a, const char *b)
{
    size_t i = 0;
    for (; i < a.size() && b[i]; ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    return i == a.size() && !b[i];
}

/// Strict ISO date: exactly YYYY-MM-DD and a real calendar day.
QDate parseDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (int i = 0; i < lengths[p]; ++i) {
            const char c = s[size_t(starts[p] + i)];
            if (c < '0' || c > '9')
                return {};
            parts[p] = parts[p] * 10 + (c - '0');
        }
    return QDate(parts[0], parts[1], parts[2]); // invalid for 2026-02-30
}

class Importer {
public:
    Importer(const ImportContext &context, const ImportOptions &options)
        : m_ctx(context), m_opt(options), m_scale(context.questionnaire.scale),
          m_itemCount(context.questionnaire.itemCount())
    {
        const QList<const Item *> items = context.questionnaire.flatItems();
        for (int i = 0; i < items.size(); ++i)
            m_items.insert(items[i]->id.toUtf8(), i);
    }

    ImportResult run(const QByteArray &data);

private:
    bool full() const { return m_result.errors.size() >= kMaxImportErrors; }
    void error(int line, int column, const QString &message)
    {
        if (full()) {
            m_result.moreErrors = true;
            return;
        }
        m_result.errors.append({line, column, column > 0 ? m_header.value(column - 1) : QString(), message});
    }
    bool readHeader(CsvReader &csv);
    int resolveRespondent(const CsvReader &csv);
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
    QStringList m_header;
    std::array<int, KeyCount> m_col{};              // field index of each key, -1 if absent
    std::vector<std::pair<int, int>> m_itemColumns; // wide form: (field index, item)

    QHash<QByteArray, int> m_companies, m_departments, m_rounds, m_respondents;
    std::vector<int> m_roundLine;            // line where a round of the file was first seen
    QList<QHash<QDate, int>> m_companyDates; // per company: date -> round index of the file
    std::vector<int> m_firstLine;            // respondent * itemCount + item -> line, 0 = none
    std::string m_key, m_previousKey;
    int m_previousRespondent = -1;
};

bool Importer::readHeader(CsvReader &csv)
{
    if (!csv.next()) {
        error(1, 0,
              QCoreApplication::translate(
                  "sbr::io::AnswerImport",
                  "the file is empty; expected a header line such as company,department,round,date,"
                  "respondent,item,level"));
        return false;
    }
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
        if (seen.contains(m_header.last())) {
            error(1, f + 1,
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
    const bool longForm = m_col[KItem] >= 0 || m_col[KLevel] >= 0;
    m_result.form = longForm ? ImportResult::Form::Long : ImportResult::Form::Wide;
    QStringList missing;
    for (int k = 0; k < (longForm ? KeyCount : KItem); ++k)
        if (m_col[size_t(k)] < 0)
            missing.append(QString::fromLatin1(kKeyNames[size_t(k)]));
    if (!missing.isEmpty())
        error(1, 0,
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
            error(1, f + 1,
                  longForm ? QCoreApplication::translate(
                                 "sbr::io::AnswerImport",
                                 "unknown column \"%1\"; the long form has only company,department,round,date,"
                                 "respondent,item,level (use %2 to skip it)")
                                 .arg(m_header[f], m_opt.ignoreUnknownAdvice)
                           : QCoreApplication::translate(
                                 "sbr::io::AnswerImport",
                                 "\"%1\" is neither a key column nor an item id of the questionnaire (use "
                                 "%2 to skip it)")
                                 .arg(m_header[f], m_opt.ignoreUnknownAdvice));
    }
    if (!longForm && m_itemColumns.empty() && missing.isEmpty())
        error(1, 0,
              QCoreApplication::translate(
                  "sbr::io::AnswerImport",
                  "the header names no item of the questionnaire; expected item ids such as \"%1\" as columns")
                  .arg(m_ctx.questionnaire.flatItems().value(0) ? m_ctx.questionnaire.flatItems()[0]->id : QString()));
    return m_result.errors.isEmpty();
}

int Importer::resolveRespondent(const CsvReader &csv)
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

    std::array<std::string_view, KItem> v;
    bool ok = true;
    for (int k = KCompany; k <= KRespondent; ++k) {
        v[size_t(k)] = trimmed(csv.field(m_col[size_t(k)]));
        if (v[size_t(k)].empty()) {
            error(csv.fieldLine(m_col[size_t(k)]), m_col[size_t(k)] + 1,
                  QCoreApplication::translate(
                      "sbr::io::AnswerImport",
                      "the %1 is empty; every row needs a company, department, round, date and respondent")
                      .arg(QString::fromLatin1(kKeyNames[size_t(k)])));
            ok = false;
        }
    }
    if (!ok)
        return -1;
    const QDate date = parseDate(v[KDate]);
    const int dateLine = csv.fieldLine(m_col[KDate]), dateColumn = m_col[KDate] + 1;
    if (!date.isValid()) {
        error(dateLine, dateColumn,
              QCoreApplication::translate("sbr::io::AnswerImport",
                                          "\"%1\" is not a date; expected YYYY-MM-DD, e.g. 2026-03-15")
                  .arg(qstr(v[KDate])));
        return -1;
    }

    // Company
    const QString companyName = qstr(v[KCompany]);
    auto c = m_companies.constFind(borrow(v[KCompany]));
    int company;
    if (c == m_companies.constEnd()) {
        company = int(m_result.batch.companies.size());
        m_result.batch.companies.append(companyName);
        m_companyDates.append(QHash<QDate, int>());
        m_companies.insert(QByteArray(v[KCompany].data(), qsizetype(v[KCompany].size())), company);
        if (!m_ctx.companies.contains(companyName))
            ++m_result.newCompanies;
    } else {
        company = c.value();
    }
    const ImportContext::Company *existing = nullptr;
    if (auto e = m_ctx.companies.constFind(companyName); e != m_ctx.companies.constEnd())
        existing = &e.value();

    // Round: one label, one date; one date, one round per company.
    const QString label = qstr(v[KRound]);
    const QByteArray roundKey =
        QByteArray::number(company) + '\x1f' + QByteArray(v[KRound].data(), qsizetype(v[KRound].size()));
    int round;
    if (auto r = m_rounds.constFind(roundKey); r != m_rounds.constEnd()) {
        round = r.value();
        const auto &known = m_result.batch.rounds[round];
        if (known.date != date) {
            error(dateLine, dateColumn,
                  QCoreApplication::translate(
                      "sbr::io::AnswerImport",
                      "round \"%1\" of \"%2\" is dated %3 on line %4 but %5 here; a round has one date")
                      .arg(label, companyName, known.date.toString(Qt::ISODate))
                      .arg(m_roundLine[size_t(round)])
                      .arg(date.toString(Qt::ISODate)));
            return -1;
        }
    } else {
        if (existing && existing->rounds.contains(label) && existing->rounds.value(label) != date) {
            error(dateLine, dateColumn,
                  QCoreApplication::translate("sbr::io::AnswerImport",
                                              "round \"%1\" of \"%2\" is dated %3 in the workspace, not %4")
                      .arg(label, companyName, existing->rounds.value(label).toString(Qt::ISODate),
                           date.toString(Qt::ISODate)));
            return -1;
        }
        const bool isNew = !existing || !existing->rounds.contains(label);
        if (isNew) {
            QString clash;
            if (existing)
                for (auto it = existing->rounds.begin(); it != existing->rounds.end(); ++it)
                    if (it.value() == date)
                        clash = it.key();
            if (clash.isEmpty() && m_companyDates[company].contains(date))
                clash = m_result.batch.rounds[m_companyDates[company].value(date)].label;
            if (!clash.isEmpty()) {
                error(
                    dateLine, dateColumn,
                    QCoreApplication::translate(
                        "sbr::io::AnswerImport",
                        "%1 is already the date of round \"%2\" of \"%3\"; each round of a company needs its own date")
                        .arg(date.toString(Qt::ISODate), clash, companyName));
                return -1;
            }
            ++m_result.newRounds;
        }
        round = int(m_result.batch.rounds.size());
        m_result.batch.rounds.append({company, label, date});
        m_roundLine.push_back(csv.fieldLine(m_col[KRound]));
        m_companyDates[company].insert(date, round);
        m_rounds.insert(roundKey, round);
    }

    // Department
    const QString departmentName = qstr(v[KDepartment]);
    const QByteArray departmentKey = QByteArray::number(company) + '\x1f' + departmentName.toUtf8();
    int department;
    if (auto d = m_departments.constFind(departmentKey); d != m_departments.constEnd()) {
        department = d.value();
    } else {
        department = int(m_result.batch.departments.size());
        m_result.batch.departments.append({company, departmentName});
        m_departments.insert(departmentKey, department);
        if (!existing || !existing->departments.contains(departmentName))
            ++m_result.newDepartments;
    }

    // Respondent
    const QString respondentName = qstr(v[KRespondent]);
    const QByteArray respondentKey =
        QByteArray::number(department) + '\x1f' + QByteArray::number(round) + '\x1f' + respondentName.toUtf8();
    if (auto p = m_respondents.constFind(respondentKey); p != m_respondents.constEnd()) {
        m_previousRespondent = p.value();
        return p.value();
    }
    bool recorded = false;
    if (existing) {
        const auto names = existing->respondents.constFind(ImportContext::assessmentKey(departmentName, label));
        recorded = names != existing->respondents.constEnd() && names->contains(respondentName);
    }
    if (recorded && !m_opt.replace) {
        error(csv.fieldLine(m_col[KRespondent]), m_col[KRespondent] + 1,
              QCoreApplication::translate(
                  "sbr::io::AnswerImport",
                  "respondent \"%1\" is already recorded for %2 in round \"%3\" of \"%4\"; use %5 to "
                  "replace their answers")
                  .arg(respondentName, departmentName, label, companyName, m_opt.replaceAdvice));
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

Importer::Level Importer::parseLevel(std::string_view text) const
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

void Importer::addAnswer(int respondent, int item, Level level, int line, int column)
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

ImportResult Importer::run(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        error(1, 0,
              QCoreApplication::translate(
                  "sbr::io::AnswerImport",
                  "the file is saved as UTF-16 text; expected UTF-8 (in Excel: save as \"CSV UTF-8 (comma "
                  "delimited)\")"));
        return std::move(m_result);
    }
    CsvReader csv(data);
    if (!readHeader(csv))
        return std::move(m_result);
    const bool longForm = m_result.form == ImportResult::Form::Long;
    const int expected = int(m_header.size());
    const QString levelHint =
        QCoreApplication::translate("sbr::io::AnswerImport",
                                    "expected a whole number from %1 to %2, or empty or n/a for not applicable")
            .arg(m_scale.min)
            .arg(m_scale.max);
    // Go on past the 20th error until one more turns up, so the report can say that more follow
    // (and does not say so when the 20th was the last one).
    while (!m_result.moreErrors && csv.next()) {
        if (m_opt.progress && (m_result.records & 0x3fff) == 0 && !m_opt.progress(csv.progress())) {
            m_result.cancelled = true;
            m_result.batch = {};
            return std::move(m_result);
        }
        ++m_result.records;
        if (const auto &e = csv.recordError()) {
            error(e->line, e->column, e->message);
            m_previousKey.clear();
            continue;
        }
        if (csv.fieldCount() != expected) {
            error(csv.line(), 0,
                  QCoreApplication::translate("sbr::io::AnswerImport", "found %1 fields but the header has %2 columns")
                      .arg(csv.fieldCount())
                      .arg(expected));
            m_previousKey.clear();
            continue;
        }
        const int respondent = resolveRespondent(csv);
        if (longForm) {
            const std::string_view itemText = trimmed(csv.field(m_col[KItem]));
            const auto item = m_items.constFind(borrow(itemText));
            if (item == m_items.constEnd())
                error(csv.fieldLine(m_col[KItem]), m_col[KItem] + 1,
                      QCoreApplication::translate("sbr::io::AnswerImport",
                                                  "\"%1\" is not an item id of the questionnaire \"%2\"")
                          .arg(qstr(itemText), m_ctx.questionnaire.id));
            const auto level = parseLevel(csv.field(m_col[KLevel]));
            if (!level.valid)
                error(csv.fieldLine(m_col[KLevel]), m_col[KLevel] + 1,
                      QCoreApplication::translate("sbr::io::AnswerImport", "\"%1\" is not a level: %2")
                          .arg(qstr(trimmed(csv.field(m_col[KLevel]))), levelHint));
            if (respondent >= 0 && item != m_items.constEnd() && level.valid)
                addAnswer(respondent, item.value(), level, csv.fieldLine(m_col[KItem]), m_col[KItem] + 1);
        } else {
            for (const auto &[column, item] : m_itemColumns) {
                const auto level = parseLevel(csv.field(column));
                if (!level.valid)
                    error(csv.fieldLine(column), column + 1,
                          QCoreApplication::translate("sbr::io::AnswerImport", "\"%1\" is not a level: %2")
                              .arg(qstr(trimmed(csv.field(column))), levelHint));
                else if (respondent >= 0)
                    addAnswer(respondent, item, level, csv.fieldLine(column), column + 1);
            }
        }
    }
    if (m_result.records == 0 && m_result.errors.isEmpty())
        error(1, 0, QCoreApplication::translate("sbr::io::AnswerImport", "the file has a header but no answers"));
    if (!m_result.errors.isEmpty())
        m_result.batch = {};
    return std::move(m_result);
}

} // namespace

QStringList ImportResult::messages(const QString &fileName) const
{
    QStringList out;
    for (const ImportError &e : errors) {
        QString where = QCoreApplication::translate("sbr::io::AnswerImport", "%1, line %2").arg(fileName).arg(e.line);
        if (e.column > 0)
            where += e.columnName.isEmpty()
                         ? QCoreApplication::translate("sbr::io::AnswerImport", ", column %1").arg(e.column)
                         : QCoreApplication::translate("sbr::io::AnswerImport", ", column %1 (%2)")
                               .arg(e.column)
                               .arg(e.columnName);
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
    Importer importer(context, options);
    return importer.run(data);
}

} // namespace sbr::io
