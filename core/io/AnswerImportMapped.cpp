// A survey export's header through a mapping profile (formats.md *Survey exports with a mapping
// profile*): every header mapped to an item, a key column or "ignore", the keys without a column
// taken from the profile's constants, the answer labels of the profile as levels.

#include "io/AnswerImporter.h"

#include "domain/Names.h"
#include "io/MappingProfile.h"
#include "io/MappingSuggestion.h"

#include <type_traits>

namespace sbr::io::detail {

template <typename Reader> void Importer<Reader>::readMappedHeader(Reader &csv)
{
    const MappingProfile &profile = *m_mapping;
    m_result.form = ImportResult::Form::Wide;
    for (const MappingProfile::Label &l : profile.levels)
        m_labels.insert(caseKey(normalizeName(l.label)), l.level);
    QHash<QString, int> targets; // target -> column (1-based) that has it
    QStringList names;
    for (int f = 0; f < csv.fieldCount(); ++f)
        names.append(qstr(trimmed(csv.field(f))));
    // SurveyMonkey's second header row (the statements under a matrix question) belongs to the
    // header; any other second row is the first data row, read by run() next.
    if (csv.next()) {
        QStringList second;
        for (int f = 0; f < csv.fieldCount(); ++f)
            second.append(qstr(trimmed(csv.field(f))));
        if (!csv.recordError() && isSurveyMonkeySubHeader(names, second))
            names = combineSurveyMonkeyHeader(names, second);
        else
            m_pendingRecord = true;
    }
    for (int f = 0; f < names.size(); ++f) {
        m_header.append(names.at(f));
        if (m_header.last().isEmpty()) {
            m_blankColumns.push_back(f);
            continue;
        }
        m_lastNamedColumn = f;
        const QString target = profile.target(m_header.last());
        if (target.isEmpty()) {
            error(m_headerLine, f + 1,
                  QCoreApplication::translate("sbr::io::AnswerImport",
                                              "the mapping profile does not map the column \"%1\"; map it to an "
                                              "item, a key column or \"ignore\"")
                      .arg(m_header.last()));
            continue;
        }
        if (target == kMappingIgnore)
            continue;
        if (targets.contains(target)) {
            error(m_headerLine, f + 1,
                  QCoreApplication::translate("sbr::io::AnswerImport",
                                              "\"%1\" is mapped to %2, as column %3 is already; each item and key "
                                              "has one column")
                      .arg(m_header.last(), target,
                           std::is_same_v<Reader, TableReader> ? columnLetters(targets[target])
                                                               : QString::number(targets[target])));
            continue;
        }
        targets.insert(target, f + 1);
        bool isKey = false;
        for (int k = 0; k < KItem; ++k)
            if (target == QLatin1String(kKeyNames[size_t(k)])) {
                m_col[size_t(k)] = f;
                isKey = true;
            }
        if (!isKey)
            if (const auto item = m_items.constFind(target.toUtf8()); item != m_items.constEnd())
                m_itemColumns.emplace_back(f, item.value());
    }
    const std::array<QString, 4> constants = {profile.company, profile.department, profile.round, profile.date};
    QStringList missing;
    for (int k = KCompany; k <= KDate; ++k) {
        m_constant[size_t(k)] = constants[size_t(k)].toStdString();
        if (m_col[size_t(k)] < 0 && constants[size_t(k)].isEmpty())
            missing.append(QString::fromLatin1(kKeyNames[size_t(k)]));
    }
    m_namesRows = m_col[KRespondent] < 0;
    m_keysComplete = missing.isEmpty();
    if (!missing.isEmpty())
        error(m_headerLine, 0,
              QCoreApplication::translate("sbr::io::AnswerImport",
                                          "the file has no column for %1 and the mapping profile gives no value; "
                                          "map a column to it or give it as a constant")
                  .arg(missing.join(QStringLiteral(", "))));
    if (m_itemColumns.empty())
        error(m_headerLine, 0,
              QCoreApplication::translate("sbr::io::AnswerImport",
                                          "the mapping profile maps no column of the file to an item"));
}

template class Importer<CsvReader>;
template class Importer<TableReader>;

} // namespace sbr::io::detail
