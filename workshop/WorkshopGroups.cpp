// WorkshopSession: mixed groups (several departments in one session) and re-votes after a
// discussion (formats.md *Workshop sessions*).

#include "WorkshopSession.h"

namespace sbr::workshop {

void WorkshopSession::setDepartments(const QStringList &departments)
{
    m_departments.clear();
    for (const QString &d : departments)
        if (!d.isEmpty() && !m_departments.contains(d))
            m_departments.append(d);
    emit changed();
}

int WorkshopSession::departmentOf(const QString &participant) const
{
    const auto who = m_participants.constFind(idHash(participant));
    if (who == m_participants.cend())
        return -1;
    return isMixed() ? m_departmentOf.value(who.value(), -1) : 0;
}

WorkshopSession::VoteError WorkshopSession::chooseDepartment(const QString &participant, int department)
{
    const QByteArray hash = idHash(participant);
    const auto who = m_participants.constFind(hash);
    if (who == m_participants.cend())
        return VoteError::UnknownParticipant;
    if (department < 0 || department >= m_departments.size())
        return VoteError::BadDepartment;
    const int chosen = m_departmentOf.value(who.value(), -1);
    if (chosen == department)
        return VoteError::None;
    if (chosen >= 0)
        return VoteError::DepartmentChosen;
    // Kept with the participant before it counts, as votes are (item -1: no vote).
    if (m_journal && !m_journal({WorkshopVote{who.value(), -1, std::nullopt, hash, m_departments.at(department)}}))
        return VoteError::NotStored;
    m_departmentOf.insert(who.value(), department);
    emit changed();
    return VoteError::None;
}

int WorkshopSession::participantsIn(int department) const
{
    if (!isMixed())
        return department == 0 ? participants() : 0;
    int n = 0;
    for (int d : m_departmentOf)
        n += d == department ? 1 : 0;
    return n;
}

int WorkshopSession::votersIn(int department) const
{
    QSet<int> withLevel;
    for (const QHash<int, int> &votes : m_votes)
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value() != kSkipped && (isMixed() ? m_departmentOf.value(it.key(), 0) : 0) == department)
                withLevel.insert(it.key());
    return int(withLevel.size());
}

WorkshopSession::Results WorkshopSession::results(int item, int department) const
{
    if (department < 0)
        return results(item);
    return resultsOf(item, [this, department](int participant) {
        return (isMixed() ? m_departmentOf.value(participant, -1) : 0) == department;
    });
}

bool WorkshopSession::reopen(int item)
{
    if (!contains(item))
        return false;
    if (!m_firstRounds.contains(item)) {
        m_firstRounds.insert(item, results(item).histogram);
        if (m_firstRoundJournal)
            m_firstRoundJournal(m_firstRounds);
    }
    m_revoters[item].clear();
    return open(item);
}

} // namespace sbr::workshop
