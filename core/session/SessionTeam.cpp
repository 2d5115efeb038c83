// Who sees what in a team workspace (formats.md *Team workspace*): the use-cases behind
// `sbradar-cli team`, and the pooled benchmark for a login that sees only some companies.

#include "WorkspaceSession.h"

#include "storage/Workspace.h"

namespace sbr::session {

bool WorkspaceSession::setUpTeam(const QString &uri, QStringList *changes, WorkspaceError *error)
{
    return storage::setUpTeamWorkspace(uri, changes, error);
}

bool WorkspaceSession::grantTeamAccess(const QString &uri, const TeamGrant &grant, QString *previous,
                                       WorkspaceError *error)
{
    return storage::grantTeamAccess(uri, grant, previous, error);
}

bool WorkspaceSession::revokeTeamAccess(const QString &uri, const QString &login, const QString &company,
                                        QString *previous, WorkspaceError *error)
{
    return storage::revokeTeamAccess(uri, login, company, previous, error);
}

bool WorkspaceSession::teamGrants(const QString &uri, QList<TeamGrant> *out, WorkspaceError *error)
{
    return storage::teamGrants(uri, out, error);
}

void WorkspaceSession::applyServerBenchmarks(ScoreReport &report, const QList<qint64> &rounds)
{
    m_benchmarkError = {};
    if (!m_workspace->benchmarksFromServer())
        return;
    QHash<qint64, BenchmarkResult> pooled;
    if (!m_workspace->pooledBenchmarks(rounds, &pooled, &m_benchmarkError))
        pooled.clear();
    BenchmarkResult none; // what a round without an answer from the server shows: nothing
    none.dimensions.resize(size_t(m_data.questionnaire.dimensions.size()));
    const QSet<qint64> wanted(rounds.begin(), rounds.end());
    for (CompanyResult &company : report.companies)
        for (RoundResult &round : company.rounds)
            if (wanted.contains(round.key))
                round.benchmark = pooled.value(round.key, none);
}

ScoreReport WorkspaceSession::scoreWith(const ScoringOptions &options) const
{
    ScoreReport report = scoreWorkspace(m_data, options);
    if (m_workspace->benchmarksFromServer()) // the options never change a benchmark: take the pool's
        for (CompanyResult &company : report.companies)
            for (RoundResult &round : company.rounds)
                if (const RoundResult *kept = roundResult(round.key))
                    round.benchmark = kept->benchmark;
    return report;
}

} // namespace sbr::session
