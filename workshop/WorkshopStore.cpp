#include "WorkshopStore.h"

#include "WorkshopSession.h"
#include "domain/Names.h"

namespace sbr::workshop {

std::optional<WorkshopTarget> WorkshopStore::resolve(const io::ImportContext &context, const QString &companyName,
                                                     const QString &roundLabel, const QString &departmentName,
                                                     QString *error)
{
    // Names as typed on the command line or in the workbench, in their normal form (formats.md).
    const QString company = normalizeName(companyName), round = normalizeName(roundLabel),
                  department = normalizeName(departmentName);
    const auto c = context.companies.constFind(company);
    if (c == context.companies.cend()) {
        if (error)
            *error = tr("there is no company \"%1\" in the workspace").arg(company);
        return std::nullopt;
    }
    const auto r = c->rounds.constFind(round);
    if (r == c->rounds.cend()) {
        if (error)
            *error = tr("company \"%1\" has no round \"%2\"").arg(company, round);
        return std::nullopt;
    }
    if (department.isEmpty()) {
        if (error)
            *error = tr("the department name is empty");
        return std::nullopt;
    }
    for (const QString &existing : c->departments)
        if (existing != department && caseKey(existing) == caseKey(department)) {
            if (error)
                *error = tr("the department \"%1\" differs from \"%2\" only in upper and lower case; did you mean "
                            "\"%2\"?")
                             .arg(department, existing);
            return std::nullopt;
        }
    return WorkshopTarget{company, round, r.value(), department, !c->departments.contains(department)};
}

bool WorkshopStore::store(session::WorkspaceSession &workspace, const WorkshopSession &session,
                          const WorkshopTarget &target, WorkspaceError *error, Summary *summary,
                          session::WorkspaceSession::WriteRecord *record)
{
    if (summary)
        *summary = {};
    if (session.voters() == 0)
        return true;
    // Read the names again now: the workbench may have added respondents during the session.
    io::ImportContext context;
    if (!workspace.importContext(&context, error))
        return false;
    QSet<QString> existing;
    const auto c = context.companies.constFind(target.company);
    if (c != context.companies.cend())
        existing = c->respondents.value(io::ImportContext::assessmentKey(target.department, target.round));
    const io::AnswerBatch batch =
        session.toBatch(target.company, target.department, target.round, target.roundDate, existing);
    session::WorkspaceSession::WriteRecord written;
    if (!workspace.writeAnswers(batch, &written, error))
        return false;
    if (summary)
        *summary = {int(written.respondents.size()), written.answers};
    if (record)
        *record = std::move(written);
    return true;
}

} // namespace sbr::workshop
