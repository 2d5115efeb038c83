// Reading a workspace for scoring and for validating imports.

#include "BulkInsert.h"
#include "SqliteDialect.h"
#include "SqliteWorkspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace sbr::storage {

namespace {

/// Row ids of a damaged file can be anything (a broken schema even gives NULL ids); a lookup that
/// misses makes the file Corrupt instead of throwing.
template <typename Map> const typename Map::mapped_type *find(const Map &map, qint64 id)
{
    const auto it = map.find(id);
    return it == map.end() ? nullptr : &it->second;
}

StorageError dangling()
{
    return {StorageError::Kind::Corrupt,
            QCoreApplication::translate("sbr::storage::Workspace",
                                        "The workspace is inconsistent: a department, round or assessment refers to "
                                        "a company, round or department that does not exist.")};
}

/// The ids SQLite hands out are dense; a table indexed by id directly is what the hot loop needs.
/// Ids outside [0, kMaxDirectId] (only a damaged or strangely edited file has them) are left out
/// of it and found in the hash map instead.
constexpr qint64 kMaxDirectId = 1 << 24;

} // namespace

bool SqliteWorkspace::loadScoringData(WorkspaceData *out, StorageError *error, bool withAnswers) const
{
    out->questionnaire = m_questionnaire;
    out->companies.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto run = [&](const char *sql) {
        if (q.exec(QString::fromLatin1(sql)))
            return true;
        *error =
            sqlError(q.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Reading the workspace"));
        return false;
    };

    std::unordered_map<qint64, int> companyOf;
    if (!run("SELECT id, name, target FROM companies"))
        return false;
    while (q.next()) {
        companyOf[q.value(0).toLongLong()] = int(out->companies.size());
        out->companies.push_back(
            {q.value(1).toString(), q.value(2).toDouble(), {}, {}, {}, q.value(0).toLongLong(), {}});
    }
    if (!run("SELECT company_id FROM pool_exclusions"))
        return false;
    while (q.next())
        if (const int *company = find(companyOf, q.value(0).toLongLong()))
            out->companies[size_t(*company)].inPool = false;
    std::unordered_map<qint64, std::pair<int, int>> departmentOf, roundOf; // id -> (company, index)
    if (!run("SELECT id, company_id, name FROM departments"))
        return false;
    while (q.next()) {
        const int *company = find(companyOf, q.value(1).toLongLong());
        if (!company) {
            *error = dangling();
            return false;
        }
        const int c = *company;
        departmentOf[q.value(0).toLongLong()] = {c, int(out->companies[size_t(c)].departments.size())};
        out->companies[size_t(c)].departments.append(q.value(2).toString());
        out->companies[size_t(c)].departmentKeys.append(q.value(0).toLongLong());
    }
    if (!run("SELECT id, company_id, label, date FROM rounds"))
        return false;
    while (q.next()) {
        const int *company = find(companyOf, q.value(1).toLongLong());
        if (!company) {
            *error = dangling();
            return false;
        }
        const int c = *company;
        roundOf[q.value(0).toLongLong()] = {c, int(out->companies[size_t(c)].rounds.size())};
        out->companies[size_t(c)].rounds.append(
            {q.value(2).toString(), QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(0).toLongLong()});
    }
    const int itemCount = m_questionnaire.itemCount();
    std::unordered_map<qint64, std::pair<int, int>> assessmentOf; // id -> (company, index)
    qint64 maxAssessment = 0;
    if (!run("SELECT id, round_id, department_id FROM assessments"))
        return false;
    while (q.next()) {
        const std::pair<int, int> *round = find(roundOf, q.value(1).toLongLong());
        const std::pair<int, int> *department = find(departmentOf, q.value(2).toLongLong());
        if (!round || !department) {
            *error = dangling();
            return false;
        }
        const auto [c, r] = *round;
        const auto [c2, d] = *department;
        if (c != c2) {
            *error = {StorageError::Kind::Corrupt,
                      QCoreApplication::translate("sbr::storage::Workspace",
                                                  "The workspace is inconsistent: an assessment joins a round and "
                                                  "a department of different companies.")};
            return false;
        }
        CompanyData &company = out->companies[size_t(c)];
        assessmentOf[q.value(0).toLongLong()] = {c, int(company.assessments.size())};
        if (q.value(0).toLongLong() <= kMaxDirectId)
            maxAssessment = std::max(maxAssessment, q.value(0).toLongLong());
        company.assessments.push_back({r, d, 0, std::vector<ItemTally>(size_t(itemCount)), q.value(0).toLongLong()});
    }
    // Direct lookup tables for the hot loop below.
    std::vector<AssessmentData *> assessments(size_t(maxAssessment + 1), nullptr);
    std::unordered_map<qint64, AssessmentData *> otherAssessments; // ids outside the direct table
    for (const auto &[id, where] : assessmentOf)
        (id >= 0 && id <= kMaxDirectId ? assessments[size_t(id)] : otherAssessments[id]) =
            &out->companies[size_t(where.first)].assessments[size_t(where.second)];
    std::vector<int> itemOf;
    std::unordered_map<qint64, int> otherItems; // ids outside the direct table
    if (!run("SELECT id, key FROM items"))
        return false;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const int flat = m_questionnaire.itemIndex(q.value(1).toString());
        if (id < 0 || id > kMaxDirectId) {
            otherItems[id] = flat;
            continue;
        }
        if (itemOf.size() <= size_t(id))
            itemOf.resize(size_t(id) + 1, -1);
        itemOf[size_t(id)] = flat;
    }

    if (!withAnswers)
        return true;
    // Scans in primary-key order: rows of one respondent are adjacent, so counting distinct
    // respondents needs no set. A large workspace is read in two halves at once (by assessment,
    // so the halves touch different tallies); together they take half as long.
    struct Counter {
        const std::vector<AssessmentData *> *assessments;
        const std::vector<int> *itemOf;
        const std::unordered_map<qint64, AssessmentData *> *otherAssessments;
        const std::unordered_map<qint64, int> *otherItems;
        qint64 lastAssessment = -1, lastRespondent = -1;
        void operator()(qint64 a, qint64 r, qint64 item, int level)
        {
            AssessmentData *const *other =
                a >= 0 && size_t(a) < assessments->size() ? nullptr : find(*otherAssessments, a);
            AssessmentData *data = a >= 0 && size_t(a) < assessments->size() ? (*assessments)[size_t(a)]
                                   : other                                   ? *other
                                                                             : nullptr;
            const int *otherItem = item >= 0 && size_t(item) < itemOf->size() ? nullptr : find(*otherItems, item);
            const int flat = item >= 0 && size_t(item) < itemOf->size() ? (*itemOf)[size_t(item)]
                             : otherItem                                ? *otherItem
                                                                        : -1;
            if (!data || flat < 0)
                return; // foreign keys rule this out; never trust it blindly
            data->items[size_t(flat)].add(level);
            if (a != lastAssessment || r != lastRespondent) {
                ++data->respondents;
                lastAssessment = a;
                lastRespondent = r;
            }
        }
    };
    Counter lower{&assessments, &itemOf, &otherAssessments, &otherItems},
        upper{&assessments, &itemOf, &otherAssessments, &otherItems};
    std::vector<qint64> ids;
    ids.reserve(assessmentOf.size());
    for (const auto &entry : assessmentOf)
        ids.push_back(entry.first);
    QSqlError scanError;
    qint64 read = 0;
    constexpr size_t kSplitFrom = 256; // assessments; below that one scan is quicker than a thread
    if (ids.size() >= kSplitFrom && !m_path.isEmpty()) {
        std::nth_element(ids.begin(), ids.begin() + ptrdiff_t(ids.size() / 2), ids.end());
        read = scanLevelsSplit(m_db, m_path, ids[ids.size() / 2], std::ref(lower), std::ref(upper), &scanError);
    } else {
        read = scanLevels(m_db, std::ref(lower), &scanError);
    }
    if (read < 0) {
        *error = sqlError(scanError, QCoreApplication::translate("sbr::storage::Workspace", "Reading the answers"));
        return false;
    }
    m_rowsRead += read;
    return true;
}

bool SqliteWorkspace::loadAssessment(qint64 assessment, AssessmentData *out, StorageError *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT respondent_id, item_id, level FROM answers WHERE assessment_id = ? "
                             "ORDER BY respondent_id"));
    q.addBindValue(assessment);
    if (!q.exec()) {
        *error = sqlError(q.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Reading the answers"));
        return false;
    }
    out->items.assign(size_t(m_questionnaire.itemCount()), ItemTally{});
    out->respondents = 0;
    qint64 lastRespondent = -1;
    while (q.next()) {
        ++m_rowsRead;
        if (q.value(2).isNull())
            continue;
        const int flat = q.value(1).toInt() - 1;
        if (flat < 0 || flat >= int(out->items.size()))
            continue;
        out->items[size_t(flat)].add(q.value(2).toInt());
        if (q.value(0).toLongLong() != lastRespondent) {
            lastRespondent = q.value(0).toLongLong();
            ++out->respondents;
        }
    }
    return true;
}

bool SqliteWorkspace::importContext(io::ImportContext *out, StorageError *error) const
{
    out->questionnaire = m_questionnaire;
    out->companies.clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto run = [&](const char *sql) {
        if (q.exec(QString::fromLatin1(sql)))
            return true;
        *error =
            sqlError(q.lastError(), QCoreApplication::translate("sbr::storage::Workspace", "Reading the workspace"));
        return false;
    };
    if (!run("SELECT name FROM companies"))
        return false;
    while (q.next())
        out->companies.insert(q.value(0).toString(), {});
    if (!run("SELECT c.name, r.label, r.date FROM rounds r JOIN companies c ON c.id = r.company_id"))
        return false;
    while (q.next())
        out->companies[q.value(0).toString()].rounds.insert(q.value(1).toString(),
                                                            QDate::fromString(q.value(2).toString(), Qt::ISODate));
    if (!run("SELECT c.name, d.name FROM departments d JOIN companies c ON c.id = d.company_id"))
        return false;
    while (q.next())
        out->companies[q.value(0).toString()].departments.insert(q.value(1).toString());
    if (!run("SELECT c.name, d.name, r.label, p.name FROM respondents p "
             "JOIN assessments a ON a.id = p.assessment_id JOIN rounds r ON r.id = a.round_id "
             "JOIN departments d ON d.id = a.department_id JOIN companies c ON c.id = d.company_id"))
        return false;
    while (q.next())
        out->companies[q.value(0).toString()]
            .respondents[io::ImportContext::assessmentKey(q.value(1).toString(), q.value(2).toString())]
            .insert(q.value(3).toString());
    return true;
}

} // namespace sbr::storage

namespace sbr::storage {

qint64 SqliteWorkspace::dataVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(sqlite::dataVersion()) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

int SqliteWorkspace::respondentCount(qint64 company, qint64 department, qint64 round, StorageError *error) const
{
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT count(*) FROM respondents r JOIN assessments a ON a.id = r.assessment_id "
                            "JOIN rounds o ON o.id = a.round_id "
                            "WHERE (? = 0 OR o.company_id = ?) AND (? = 0 OR a.department_id = ?) "
                            "AND (? = 0 OR a.round_id = ?)"),
             {company, company, department, department, round, round}, error,
             QCoreApplication::translate("sbr::storage::Workspace", "Counting the respondents")) ||
        !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace sbr::storage
