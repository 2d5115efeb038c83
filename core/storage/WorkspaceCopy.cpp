#include "Workspace.h"

#include "PostgresWorkspace.h"

#include <QCoreApplication>
#include <QDir>

namespace sbr::storage {

namespace {

/// What is copied, read from the source: the answers as one batch (written in bulk), the rest
/// by batch index.
struct SourceData {
    io::AnswerBatch batch;
    QList<double> targets;           ///< per batch company
    QList<bool> inPool;              ///< per batch company
    QList<QList<PlanMeasure>> plans; ///< per batch company
    QHash<int, QString> conclusions; ///< batch round -> the manager's conclusions
    struct Assessment {
        int company, round, department; ///< batch indices
        QHash<int, QString> comments;   ///< flat item index -> text
    };
    QList<Assessment> assessments; ///< every assessment, also those without respondents
};

bool readCompany(const Workspace &source, const CompanyRow &company, SourceData *out, StorageError *error)
{
    const int c = int(out->batch.companies.size());
    out->batch.companies << company.name;
    out->targets << company.target;
    out->inPool << company.inPool;
    QList<PlanMeasure> plan;
    QList<DepartmentRow> departments;
    QList<RoundRow> rounds;
    if (!source.planMeasures(company.id, &plan, error) || !source.departments(company.id, &departments, error) ||
        !source.rounds(company.id, &rounds, error))
        return false;
    out->plans << plan;
    const int firstDepartment = int(out->batch.departments.size());
    for (const DepartmentRow &d : departments)
        out->batch.departments.append({c, d.name});
    for (const RoundRow &r : rounds) {
        const int round = int(out->batch.rounds.size());
        out->batch.rounds.append({c, r.label, r.date});
        QString conclusions;
        if (!source.conclusions(r.id, &conclusions, error))
            return false;
        if (!conclusions.isEmpty())
            out->conclusions.insert(round, conclusions);
        for (int i = 0; i < departments.size(); ++i) {
            const qint64 a = source.assessmentId(r.id, departments[i].id);
            if (a == 0)
                continue;
            SourceData::Assessment copy{c, round, firstDepartment + i, {}};
            QList<RespondentRow> people;
            QList<AnswerCell> cells;
            if (!source.respondents(a, &people, error) || !source.answers(a, &cells, error) ||
                !source.comments(a, &copy.comments, error))
                return false;
            QHash<qint64, int> index; // source respondent id -> batch respondent
            for (const RespondentRow &p : people) {
                index.insert(p.id, int(out->batch.respondents.size()));
                out->batch.respondents.append({firstDepartment + i, round, p.name, false, false});
            }
            for (const AnswerCell &cell : cells)
                out->batch.answers.push_back(
                    {index.value(cell.respondent), cell.item, cell.level.value_or(0), cell.level.has_value()});
            out->assessments << copy;
        }
    }
    return true;
}

bool readSource(const Workspace &source, const QString &company, SourceData *out, StorageError *error)
{
    QList<CompanyRow> companies;
    if (!source.companies(&companies, error))
        return false;
    bool found = company.isEmpty();
    for (const CompanyRow &c : companies) {
        if (!company.isEmpty() && c.name != company)
            continue;
        found = true;
        if (!readCompany(source, c, out, error))
            return false;
    }
    if (!found) {
        *error = {StorageError::Kind::Invalid,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "There is no company \"%1\" in %2; nothing was copied.")
                      .arg(company, source.path())};
        return false;
    }
    return true;
}

/// The destination's id of each batch company, department and round, by name.
bool writeInto(Workspace &dst, const SourceData &data, StorageError *error)
{
    if (!dst.writeBatch(data.batch, error))
        return false;
    QList<CompanyRow> companies;
    if (!dst.companies(&companies, error))
        return false;
    QHash<QString, qint64> companyIds;
    for (const CompanyRow &c : companies)
        companyIds.insert(c.name, c.id);
    QList<qint64> departmentIds, roundIds;
    for (const auto &d : data.batch.departments) {
        QList<DepartmentRow> rows;
        if (!dst.departments(companyIds.value(data.batch.companies[d.company]), &rows, error))
            return false;
        const auto it =
            std::find_if(rows.begin(), rows.end(), [&](const DepartmentRow &r) { return r.name == d.name; });
        departmentIds << (it == rows.end() ? 0 : it->id);
    }
    for (const auto &r : data.batch.rounds) {
        QList<RoundRow> rows;
        if (!dst.rounds(companyIds.value(data.batch.companies[r.company]), &rows, error))
            return false;
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const RoundRow &x) { return x.label == r.label; });
        roundIds << (it == rows.end() ? 0 : it->id);
    }
    for (int c = 0; c < data.batch.companies.size(); ++c) {
        const qint64 id = companyIds.value(data.batch.companies[c]);
        if (!dst.setTarget(id, data.targets[c], error) || (!data.inPool[c] && !dst.setInPool(id, false, error)))
            return false;
        for (PlanMeasure m : data.plans[c]) {
            m.id = 0;
            m.company = id;
            if (dst.insertPlanMeasure(m, error) <= 0)
                return false;
        }
    }
    for (auto it = data.conclusions.begin(); it != data.conclusions.end(); ++it)
        if (!dst.setConclusions(roundIds[it.key()], it.value(), error))
            return false;
    for (const SourceData::Assessment &a : data.assessments) {
        const qint64 id = dst.ensureAssessment(roundIds[a.round], departmentIds[a.department], error);
        if (id <= 0)
            return false;
        for (auto it = a.comments.begin(); it != a.comments.end(); ++it)
            if (!dst.setComment(id, it.key(), it.value(), error))
                return false;
    }
    return true;
}

/// An existing destination takes the copy only with the same items and none of its companies.
bool acceptsCopy(const Workspace &source, const Workspace &dst, const SourceData &data, StorageError *error)
{
    QStringList mine, theirs;
    for (const Item *item : source.questionnaire().flatItems())
        mine << item->id;
    for (const Item *item : dst.questionnaire().flatItems())
        theirs << item->id;
    if (mine != theirs) {
        *error = {StorageError::Kind::Conflict,
                  QCoreApplication::translate("sbr::storage::Workspace",
                                              "%1 uses another questionnaire than %2; nothing was copied.")
                      .arg(dst.path(), source.path())};
        return false;
    }
    QList<CompanyRow> present;
    if (!dst.companies(&present, error))
        return false;
    for (const CompanyRow &c : present)
        if (data.batch.companies.contains(c.name)) {
            *error = {StorageError::Kind::Conflict,
                      QCoreApplication::translate("sbr::storage::Workspace",
                                                  "%1 holds the company \"%2\" already; nothing was copied.")
                          .arg(dst.path(), c.name)};
            return false;
        }
    return true;
}

} // namespace

bool copyWorkspace(const Workspace &source, const QString &destination, const QString &company, StorageError *error)
{
    SourceData data;
    if (!readSource(source, company, &data, error))
        return false;
    StorageError openError;
    if (auto dst = Workspace::open(destination, Workspace::Mode::ReadWrite, &openError)) {
        if (!acceptsCopy(source, *dst, data, error))
            return false;
        return dst->atomically([&](StorageError *e) { return writeInto(*dst, data, e); }, error);
    }
    const bool absent = isTeamLocation(destination) ? openError.kind == StorageError::Kind::NotAWorkspace
                                                    : openError.kind == StorageError::Kind::NotFound;
    if (!absent) {
        *error = openError;
        return false;
    }
    const auto fill = [&](Workspace &dst, StorageError *e) {
        return dst.setAnonymityThreshold(source.anonymityThreshold(), e) && writeInto(dst, data, e);
    };
    return Workspace::createFilled(destination, source.questionnaire(), fill, error) != nullptr;
}

bool copyWorkspace(const QString &source, const QString &destination, const QString &company, StorageError *error)
{
    const auto from = Workspace::open(source, Workspace::Mode::ReadOnly, error);
    return from && copyWorkspace(*from, destination, company, error);
}

} // namespace sbr::storage
