// The key columns of a record: dates, names and the respondent they identify.

#include "io/AnswerImporter.h"

#include "domain/Names.h"

namespace sbr::io::detail {

/// A date cell, checked; false (with the error reported) when it is not a date.
template <typename Reader> bool Importer<Reader>::checkedDate(const Reader &csv, std::string_view text, QDate *date)
{
    bool ambiguous = false;
    *date = parseDate(text, &ambiguous);
    if (date->isValid())
        return true;
    const int line = keyLine(csv, KDate), column = m_col[KDate] + 1;
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
        m_key.append(keyField(csv, k));
        m_key.push_back('\x1f');
    }
    if (m_key == m_previousKey)
        return m_previousRespondent;
    m_previousKey = m_key;
    m_previousRespondent = -1;

    std::array<QString, KItem> v;
    bool ok = true;
    for (int k = KCompany; k <= KRespondent; ++k) {
        v[size_t(k)] = normalizeName(qstr(keyField(csv, k)));
        if (v[size_t(k)].isEmpty()) {
            error(keyLine(csv, k), m_col[size_t(k)] + 1,
                  QCoreApplication::translate(
                      "sbr::io::AnswerImport",
                      "the %1 is empty; every row needs a company, department, round, date and respondent")
                      .arg(QString::fromLatin1(kKeyNames[size_t(k)])));
            ok = false;
        }
    }
    QDate date;
    if (!ok || !checkedDate(csv, trimmed(keyField(csv, KDate)), &date))
        return -1;
    const int dateLine = keyLine(csv, KDate), dateColumn = m_col[KDate] + 1;
    const auto lineOf = [&](Key k) { return keyLine(csv, k); };

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

template class Importer<CsvReader>;
template class Importer<TableReader>;

} // namespace sbr::io::detail
