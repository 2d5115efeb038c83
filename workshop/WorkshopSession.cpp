#include "WorkshopSession.h"

#include "scoring/Scoring.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace sbr::workshop {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    // QRandomGenerator::system() reads the operating system's cryptographic generator.
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(generator->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

WorkshopSession::WorkshopSession(const Questionnaire &questionnaire, const QList<int> &items, QObject *parent)
    : QObject(parent), m_questionnaire(questionnaire)
{
    const int count = questionnaire.itemCount();
    for (int item : items)
        if (item >= 0 && item < count && !m_position.contains(item)) {
            m_position.insert(item, int(m_items.size()));
            m_items.append(item);
        }
    m_votes.resize(m_items.size());
}

QList<int> WorkshopSession::allItems(const Questionnaire &questionnaire)
{
    QList<int> items;
    for (int i = 0; i < questionnaire.itemCount(); ++i)
        items.append(i);
    return items;
}

int WorkshopSession::itemIndex(const QString &itemId) const
{
    const int item = m_questionnaire.itemIndex(itemId);
    return contains(item) ? item : -1;
}

bool WorkshopSession::open(int item)
{
    if (!contains(item))
        return false;
    m_survey = false;
    m_current = item;
    m_open = true;
    emit changed();
    return true;
}

void WorkshopSession::openAll()
{
    m_survey = true;
    m_open = true;
    m_current = -1;
    emit changed();
}

void WorkshopSession::close()
{
    m_open = false;
    emit changed();
}

bool WorkshopSession::reveal(int item, bool revealed)
{
    if (!contains(item))
        return false;
    if (revealed)
        m_revealed.insert(item);
    else
        m_revealed.remove(item);
    emit changed();
    return true;
}

bool WorkshopSession::isOpen(int item) const
{
    if (!m_open || !contains(item))
        return false;
    return m_survey || item == m_current;
}

QByteArray WorkshopSession::idHash(const QString &id)
{
    return QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString WorkshopSession::join()
{
    if (participants() >= m_maxParticipants)
        return {};
    QString id;
    do
        id = randomToken(16);
    while (m_participants.contains(idHash(id)));
    const int ordinal = int(m_participants.size());
    m_participants.insert(idHash(id), ordinal);
    // Kept soon, so that a listing of a running session counts who joined (best effort: the
    // participant is written with its first vote anyway). Joins of a quarter second go in one
    // transaction, so that a room joining at once does not hold up the votes.
    m_pendingJoins.append(WorkshopVote{ordinal, -1, std::nullopt, idHash(id), QString()});
    if (m_pendingJoins.size() == 1)
        QTimer::singleShot(250, this, [this] {
            const QList<WorkshopVote> joined = std::exchange(m_pendingJoins, {});
            if (m_asyncJournal)
                m_asyncJournal(joined, [](bool) {});
            else if (m_journal)
                m_journal(joined);
        });
    emit changed();
    return id;
}

void WorkshopSession::restore(const WorkshopVotes &stored)
{
    m_participants.clear();
    m_departmentOf.clear();
    for (QHash<int, int> &votes : m_votes)
        votes.clear();
    for (int ordinal = 0; ordinal < stored.participantDepartments.size(); ++ordinal) {
        const int department = m_departments.indexOf(stored.participantDepartments.at(ordinal));
        if (department >= 0)
            m_departmentOf.insert(ordinal, department);
    }
    // Ordinals stay as they were, so that later votes of the same phone replace its old ones.
    for (int ordinal = 0; ordinal < stored.participantHashes.size(); ++ordinal) {
        const QByteArray &hash = stored.participantHashes.at(ordinal);
        m_participants.insert(hash.isEmpty() ? QByteArray("missing-") + QByteArray::number(ordinal) : hash, ordinal);
    }
    for (const WorkshopVote &v : stored.votes)
        if (contains(v.item) && v.participant >= 0 && v.participant < stored.participantHashes.size())
            m_votes[m_position.value(v.item)].insert(v.participant, v.level ? *v.level : kSkipped);
    emit changed();
}

int WorkshopSession::voters() const
{
    QSet<int> withLevel;
    for (const QHash<int, int> &votes : m_votes)
        for (auto it = votes.cbegin(); it != votes.cend(); ++it)
            if (it.value() != kSkipped)
                withLevel.insert(it.key());
    return int(withLevel.size());
}

WorkshopSession::VoteError WorkshopSession::check(const QString &participant, int item, std::optional<int> level,
                                                  WorkshopVote *out) const
{
    const QByteArray hash = idHash(participant);
    const auto who = m_participants.constFind(hash);
    if (who == m_participants.cend())
        return VoteError::UnknownParticipant;
    if (!contains(item))
        return VoteError::UnknownItem;
    if (level && !m_questionnaire.scale.contains(*level))
        return VoteError::BadLevel;
    if (!isOpen(item))
        return VoteError::NotOpen;
    const int department = isMixed() ? m_departmentOf.value(who.value(), -1) : 0;
    if (department < 0)
        return VoteError::NoDepartment;
    *out = {who.value(), item, level, hash, isMixed() ? m_departments.at(department) : QString()};
    return VoteError::None;
}

bool WorkshopSession::commit(const QList<WorkshopVote> &votes)
{
    if (votes.isEmpty())
        return true;
    if (m_journal && !m_journal(votes))
        return false;
    for (const WorkshopVote &v : votes)
        record(v);
    emit changed();
    return true;
}

void WorkshopSession::record(const WorkshopVote &v)
{
    m_votes[m_position.value(v.item)].insert(v.participant, v.level ? *v.level : kSkipped);
    if (m_firstRounds.contains(v.item))
        m_revoters[v.item].insert(v.participant);
}

void WorkshopSession::commitAsync(const QList<WorkshopVote> &votes, std::function<void(bool)> done)
{
    if (!m_asyncJournal || votes.isEmpty()) {
        done(commit(votes));
        return;
    }
    QPointer<WorkshopSession> self(this);
    m_asyncJournal(votes, [self, votes, done = std::move(done)](bool stored) {
        if (self && stored) {
            for (const WorkshopVote &v : votes)
                self->record(v);
            emit self->changed();
        }
        done(stored && self);
    });
}

WorkshopSession::VoteError WorkshopSession::vote(const QString &participant, int item, std::optional<int> level)
{
    WorkshopVote v;
    const VoteError e = check(participant, item, level, &v);
    if (e != VoteError::None)
        return e;
    return commit({v}) ? VoteError::None : VoteError::NotStored;
}

std::optional<std::optional<int>> WorkshopSession::voteOf(const QString &participant, int item) const
{
    const auto who = m_participants.constFind(idHash(participant));
    if (who == m_participants.cend() || !contains(item))
        return std::nullopt;
    const QHash<int, int> &votes = m_votes.at(m_position.value(item));
    const auto it = votes.constFind(who.value());
    if (it == votes.cend())
        return std::nullopt;
    return it.value() == kSkipped ? std::optional<int>() : std::optional<int>(it.value());
}

WorkshopSession::Results WorkshopSession::results(int item) const
{
    return resultsOf(item, {});
}

WorkshopSession::Results WorkshopSession::resultsOf(int item, const std::function<bool(int)> &counts) const
{
    Results r;
    const Scale &scale = m_questionnaire.scale;
    r.histogram.fill(0, scale.levelCount());
    r.revealed = isRevealed(item);
    if (contains(item)) {
        qint64 sum = 0, sumSquares = 0;
        const QHash<int, int> &votes = m_votes.at(m_position.value(item));
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (counts && !counts(it.key()))
                continue;
            const int level = it.value();
            if (level == kSkipped) {
                ++r.skipped;
                continue;
            }
            ++r.histogram[level - scale.min];
            ++r.votes;
            sum += level;
            sumSquares += qint64(level) * level;
        }
        if (r.votes > 0) {
            // The same statistics and rule as for stored answers (scoring.md *Consensus*).
            const ItemResult stats = scoreItem(ItemTally{r.votes, sum, sumSquares}, Scale{0, 1, {}});
            r.mean = stats.mean;
            r.sd = stats.sd;
            r.disagree = stats.disagreement;
        }
    }
    r.tooFew = r.votes < m_threshold;
    return r;
}

io::AnswerBatch WorkshopSession::toBatch(const QString &company, const QStringList &departments,
                                         const QString &roundLabel, const QDate &roundDate) const
{
    io::AnswerBatch batch;
    batch.companies = {company};
    for (const QString &department : departments)
        batch.departments.append({0, department});
    batch.rounds = {{0, roundLabel, roundDate}};

    // Collect each participant's answers (levels only; a skip is no answer).
    QHash<int, std::vector<io::AnswerBatch::Answer>> byParticipant;
    for (int position = 0; position < m_items.size(); ++position)
        for (auto it = m_votes.at(position).cbegin(); it != m_votes.at(position).cend(); ++it)
            if (it.value() != kSkipped)
                byParticipant[it.key()].push_back({0, m_items.at(position), it.value(), true});
    QList<int> voters = byParticipant.keys();
    std::sort(voters.begin(), voters.end());
    std::shuffle(voters.begin(), voters.end(), *QRandomGenerator::global());

    for (int participant : voters) {
        const int respondent = int(batch.respondents.size());
        // A mixed group: each voter in its own department's assessment (none chosen: the first).
        const int department = std::clamp(m_departmentOf.value(participant, 0), 0, int(departments.size()) - 1);
        batch.respondents.append({department, 0, QStringLiteral("Workshop"), false, true});
        std::vector<io::AnswerBatch::Answer> &answers = byParticipant[participant];
        std::sort(answers.begin(), answers.end(), [](const auto &a, const auto &b) { return a.item < b.item; });
        for (io::AnswerBatch::Answer answer : answers) {
            answer.respondent = respondent;
            batch.answers.push_back(answer);
        }
    }
    return batch;
}

} // namespace sbr::workshop
