#pragma once
// The answers importer's engine, internal to core/io: one class template over a record reader
// (CsvReader for text, TableReader for a worksheet). Its parts live by concern: the header and
// the form it names (AnswerImportHeader.cpp), the key columns that name a respondent
// (AnswerImportKeys.cpp), and the rows of the long and wide form (AnswerImportRows.cpp); each
// instantiates the template for both readers. The public entry points are in AnswerImport.h.

#include "io/AnswerImport.h"
#include "io/CsvReader.h"
#include "io/ImportText.h"
#include "io/MappingProfile.h"
#include "io/XlsxSheet.h"

#include <QCoreApplication>

#include <array>
#include <string>

namespace sbr::io::detail {

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
    /// A survey export: read the header and the labels through `mapping` (must outlive the run);
    /// respondents without a column are named "<sourceName> #<data row>".
    void setMapping(const MappingProfile *mapping, const QString &sourceName)
    {
        m_mapping = mapping;
        m_sourceName = sourceName;
    }

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
    /// Survey export (AnswerImportMapped.cpp): the header through the mapping profile.
    void readMappedHeader(Reader &csv);
    /// The text of key k in the current record: its cell, or the profile's constant.
    std::string_view keyField(const Reader &csv, int k) const
    {
        const int c = m_col[size_t(k)];
        return c >= 0 ? csv.field(c) : std::string_view(m_constant[size_t(k)]);
    }
    /// The line of key k in the current record (the record's line for a constant).
    int keyLine(const Reader &csv, int k) const
    {
        const int c = m_col[size_t(k)];
        return c >= 0 ? csv.fieldLine(c) : csv.line();
    }
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
    /// A cell's level: a label of the mapping profile, a whole number of the scale, empty or n/a.
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
    bool m_pendingRecord = false;                   // the reader holds a record that run() has not read yet
    int m_lastNamedColumn = -1;                     // field index of the last column with a header
    std::vector<int> m_blankColumns;                // columns without a header (must stay empty)
    std::array<int, KeyCount> m_col{};              // field index of each key, -1 if absent
    std::vector<std::pair<int, int>> m_itemColumns; // wide form: (field index, item)
    QString m_levelHint;
    const MappingProfile *m_mapping = nullptr;
    QString m_sourceName;
    std::array<std::string, KItem> m_constant;   // mapped import: keys without a column
    bool m_namesRows = false;                    // mapped import without a respondent column: named by file and row
    QHash<QString, std::optional<int>> m_labels; // case key of a normal label -> level (nullopt: n/a)

    QHash<QString, int> m_companies, m_departments, m_rounds, m_respondents;
    Spellings m_spellings;
    std::vector<int> m_roundLine;            // line where a round of the file was first seen
    QList<QHash<QDate, int>> m_companyDates; // per company: date -> round index of the file
    std::vector<int> m_firstLine;            // respondent * itemCount + item -> line, 0 = none
    std::string m_key, m_previousKey;
    int m_previousRespondent = -1;
};

} // namespace sbr::io::detail
