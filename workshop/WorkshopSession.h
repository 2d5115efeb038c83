#pragma once
// The logic of one live-voting session (workshop mode), without any network: which items are
// open or revealed, who voted what, the results per item, and the answers it becomes at the end.
// Participants are random ids that the server hands out; the session knows nothing else about
// them (no names, no addresses). VotingServer puts HTTP in front of it; the facilitator's view
// (or the CLI) owns it.

#include "domain/Questionnaire.h"
#include "domain/WorkshopLog.h"
#include "io/AnswerImport.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sbr::workshop {

/// A new random id of `bytes` bytes from the system's CSPRNG, as URL-safe base64 without padding.
QString randomToken(int bytes = 16);

class WorkshopSession : public QObject {
    Q_OBJECT
public:
    enum class VoteError {
        None,
        UnknownParticipant, ///< an id the session did not hand out
        UnknownItem,        ///< not an item of this session
        BadLevel,           ///< outside the questionnaire's scale
        NotOpen,            ///< the item is not open for voting
        NotStored,          ///< the journal could not write it (a busy workspace): try again
        NoDepartment,       ///< a mixed group: the participant has not chosen a department yet
        BadDepartment,      ///< not a department of this session
        DepartmentChosen,   ///< the participant chose another department before (once only)
    };

    /// What a facilitator sees of one item. Participants only see it once it is revealed, and
    /// then only when `tooFew` is false.
    struct Results {
        QList<int> histogram; ///< votes per level, scale.min .. scale.max
        int votes = 0;        ///< votes with a level
        int skipped = 0;      ///< participants who chose to skip the item
        std::optional<double> mean;
        std::optional<double> sd; ///< population standard deviation, as in scoring.md
        bool disagree = false;    ///< sd >= 1 level with at least 3 votes (scoring.md, consensus)
        bool tooFew = false;      ///< fewer votes than the anonymity threshold
        bool revealed = false;
    };

    /// The session covers `items` (flat item indexes of `questionnaire`, in this order); unknown
    /// indexes and duplicates are dropped.
    WorkshopSession(const Questionnaire &questionnaire, const QList<int> &items, QObject *parent = nullptr);
    /// Every item of the questionnaire, in questionnaire order.
    static QList<int> allItems(const Questionnaire &questionnaire);

    const Questionnaire &questionnaire() const { return m_questionnaire; }
    const QList<int> &items() const { return m_items; }
    bool contains(int item) const { return m_position.contains(item); }
    /// Flat index of an item id if it belongs to this session, otherwise -1.
    int itemIndex(const QString &itemId) const;

    // --- Facilitation -------------------------------------------------------------------------
    /// Opens one item for voting and shows it to the participants; every other item closes.
    bool open(int item);
    /// Survey mode: every item is open at once (a session without facilitator, e.g. the CLI).
    void openAll();
    /// Closes voting; the current item stays on the participants' screens.
    void close();
    /// Shows (or hides again) the results of an item to the participants.
    bool reveal(int item, bool revealed = true);
    bool isOpen(int item) const;
    bool isRevealed(int item) const { return m_revealed.contains(item); }
    bool isSurvey() const { return m_survey; }
    /// The item on the participants' screens in live mode, -1 for none.
    int current() const { return m_current; }

    /// Votes on the item again after a discussion (the facilitator's re-vote): keeps the votes
    /// as they are now as the first round (firstRound()), opens the item for everyone again and
    /// counts who votes anew (revoters()). A participant's last vote is its answer; one who does
    /// not vote again keeps the first vote. Reopening again keeps the very first round.
    bool reopen(int item);
    bool wasReopened(int item) const { return m_firstRounds.contains(item); }
    /// The first round of a re-voted item: votes per level (scale.min .. scale.max); empty when
    /// the item was not reopened.
    QList<int> firstRound(int item) const { return m_firstRounds.value(item); }
    const QHash<int, QList<int>> &firstRounds() const { return m_firstRounds; }
    /// Puts back the first rounds of a resumed or recovered session.
    void restoreFirstRounds(const QHash<int, QList<int>> &rounds) { m_firstRounds = rounds; }
    /// Participants who voted (or skipped) since the item was last reopened.
    int revoters(int item) const { return int(m_revoters.value(item).size()); }
    /// Called with every first round after reopen() (to keep them in the workspace).
    void setFirstRoundJournal(std::function<void(const QHash<int, QList<int>> &)> journal)
    {
        m_firstRoundJournal = std::move(journal);
    }

    // --- Mixed groups (formats.md *Workshop sessions*) -----------------------------------------
    /// The departments whose members vote in this session, before anyone joins; with more than
    /// one, each participant chooses one (chooseDepartment()) before voting and is stored in it.
    void setDepartments(const QStringList &departments);
    const QStringList &departments() const { return m_departments; }
    bool isMixed() const { return m_departments.size() > 1; }
    /// The participant's department as an index of departments(): -1 while a participant of a
    /// mixed group has not chosen; 0 in a session of one department.
    int departmentOf(const QString &participant) const;
    /// Records the participant's department (through the journal, as a vote with item -1).
    /// Choosing the same one again is fine; another one: DepartmentChosen.
    VoteError chooseDepartment(const QString &participant, int department);
    /// Participants who chose `department`.
    int participantsIn(int department) const;
    /// Voters (participants with a level) of `department`: the respondents it will get.
    int votersIn(int department) const;
    /// Results of the voters of one department (index of departments()), anonymity threshold included.
    Results results(int item, int department) const;

    // --- Participants and votes ----------------------------------------------------------------
    /// Registers a new participant and returns its id (128 random bits); empty when the session
    /// is full (`maxParticipants`).
    QString join();
    bool hasParticipant(const QString &id) const { return m_participants.contains(idHash(id)); }
    /// What the session keeps of a participant id: its SHA-256 as hex (the workspace stores only this).
    static QByteArray idHash(const QString &id);
    int participants() const { return int(m_participants.size()); }
    /// Participants with at least one vote that has a level: the respondents it will become.
    int voters() const;
    int maxParticipants() const { return m_maxParticipants; }
    void setMaxParticipants(int n) { m_maxParticipants = n; }

    /// Where votes go before they count (formats.md *Workshop sessions*): called with votes
    /// (participant ordinal, id hash, item, level) about to count; returning false refuses them
    /// all (VoteError::NotStored) and nothing changes.
    using Journal = std::function<bool(const QList<WorkshopVote> &votes)>;
    void setJournal(Journal journal) { m_journal = std::move(journal); }
    /// The checks of vote() without recording: on None, *out is the vote for commit().
    VoteError check(const QString &participant, int item, std::optional<int> level, WorkshopVote *out) const;
    /// Records checked votes, in order, after the journal took them all (one transaction for
    /// many phones: a group commit). False: the journal refused, nothing changed.
    bool commit(const QList<WorkshopVote> &votes);
    /// A journal that answers later (a VoteWriter in its own thread): called with the votes and
    /// a function to call with true once they are committed.
    using AsyncJournal = std::function<void(const QList<WorkshopVote> &votes, std::function<void(bool)> done)>;
    void setAsyncJournal(AsyncJournal journal) { m_asyncJournal = std::move(journal); }
    /// commit() through the asynchronous journal when there is one: the votes count once it
    /// answered, then `done(stored)` runs. Without one, commit() and `done` at once.
    void commitAsync(const QList<WorkshopVote> &votes, std::function<void(bool)> done);
    /// Puts back the participants and votes of a session read from the workspace (a resume or a
    /// recovery); votes of items outside the session are dropped.
    void restore(const WorkshopVotes &stored);

    /// Records a vote (a level, or std::nullopt to skip); a new vote replaces the previous one.
    /// Nothing changes unless the result is VoteError::None.
    VoteError vote(const QString &participant, int item, std::optional<int> level);
    /// The participant's vote: empty when there is none; holding std::nullopt when skipped.
    std::optional<std::optional<int>> voteOf(const QString &participant, int item) const;
    Results results(int item) const;
    /// Below this many votes, results are shown as "too few votes" (the workspace's setting).
    int anonymityThreshold() const { return m_threshold; }
    void setAnonymityThreshold(int k) { m_threshold = k; }

    /// The votes as answers: one respondent per voter in the assessment of its department
    /// (`departments` in the order of departments(); a session of one department: the first),
    /// numbered respondents "Workshop N" (the write picks the free numbers, see
    /// io::AnswerBatch::Respondent::numbered), in random order so that the numbers say nothing
    /// about who joined first; a skip is no answer. Voters without any level are left out. The
    /// answer of a re-voted item is the participant's last vote.
    io::AnswerBatch toBatch(const QString &company, const QStringList &departments, const QString &roundLabel,
                            const QDate &roundDate) const;

signals:
    /// Anything changed: a vote, an opened, closed or revealed item, a new participant.
    void changed();

private:
    static constexpr int kSkipped = -2147483647 - 1; ///< stored level of a skip
    void record(const WorkshopVote &vote);
    Results resultsOf(int item, const std::function<bool(int participant)> &counts) const;

    Questionnaire m_questionnaire;
    QList<int> m_items;
    QHash<int, int> m_position;            ///< flat index -> position in m_items
    QHash<QByteArray, int> m_participants; ///< id hash -> ordinal
    QList<QHash<int, int>> m_votes;        ///< per position: participant ordinal -> level or kSkipped
    QSet<int> m_revealed;
    int m_current = -1;
    bool m_open = false;
    bool m_survey = false;
    int m_threshold = 3;
    int m_maxParticipants = 2000;
    Journal m_journal;
    AsyncJournal m_asyncJournal;
    QList<WorkshopVote> m_pendingJoins; ///< joined, not yet written (see join())
    QStringList m_departments;
    QHash<int, int> m_departmentOf;       ///< participant ordinal -> index of m_departments
    QHash<int, QList<int>> m_firstRounds; ///< re-voted item -> first round's histogram
    QHash<int, QSet<int>> m_revoters;     ///< re-voted item -> ordinals who voted since
    std::function<void(const QHash<int, QList<int>> &)> m_firstRoundJournal;
};

} // namespace sbr::workshop
