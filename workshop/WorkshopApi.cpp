// The JSON API of the voting page: GET state, POST vote and POST department (routing is in
// VotingServer.cpp).

#include "VotingServer.h"
#include "WorkshopSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace sbr::workshop {

namespace {

VotingServer::Reply json(int status, const QJsonObject &object, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    return {status, "application/json; charset=utf-8", QJsonDocument(object).toJson(QJsonDocument::Compact),
            std::move(headers)};
}

VotingServer::Reply failure(int status, const char *code)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (status == 429 || status == 503)
        headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    return json(status, {{QStringLiteral("error"), QString::fromLatin1(code)}}, std::move(headers));
}

/// The body of a phone's request as a JSON object; nullopt when it is not one (answered 400).
std::optional<QJsonObject> bodyObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

/// Revealed results as participants see them: counts only from the anonymity threshold on.
QJsonObject resultsJson(const WorkshopSession::Results &r)
{
    if (r.tooFew)
        return {{QStringLiteral("tooFew"), true}};
    QJsonArray histogram;
    for (int count : r.histogram)
        histogram.append(count);
    return {{QStringLiteral("tooFew"), false},
            {QStringLiteral("votes"), r.votes},
            {QStringLiteral("skipped"), r.skipped},
            {QStringLiteral("histogram"), histogram}};
}

} // namespace

VotingServer::Reply VotingServer::state(const Request &request)
{
    QString participant = request.query.queryItemValue(QStringLiteral("participant"), QUrl::FullyDecoded);
    if (m_session->hasParticipant(participant)) {
        if (!m_participantLimiter.allow(participant, now()))
            return failure(429, "rate-limit");
    } else {
        // One person, one voice: a private tab or a script gets no more than `perAddress` ids.
        int &fromHere = m_joinsPerAddress[request.remote];
        if (m_limits.perAddress > 0 && fromHere >= m_limits.perAddress)
            return failure(429, "address-limit");
        if (!m_joinLimiter.allow(request.remote, now()))
            return failure(429, "rate-limit");
        participant = m_session->join();
        if (participant.isEmpty())
            return failure(503, "session-full");
        ++fromHere;
        ++m_joined;
        emit participantJoined();
    }

    const Questionnaire &q = m_session->questionnaire();
    const QString &lang = m_language;
    QList<int> shown;
    if (m_session->isSurvey())
        shown = m_session->items();
    else if (m_session->current() >= 0)
        shown = {m_session->current()};

    QJsonArray items;
    const QList<const Item *> flat = q.flatItems();
    for (int index : shown) {
        const Item &item = *flat.at(index);
        const Dimension &dimension = q.dimensions.at(q.dimensionOfItem(index));
        QJsonObject o{{QStringLiteral("id"), item.id},
                      {QStringLiteral("dimension"), dimension.title.text(lang)},
                      {QStringLiteral("question"), dimension.question.text(lang)},
                      {QStringLiteral("text"), item.text.text(lang)},
                      {QStringLiteral("levels"), strings(item.levels.list(lang))},
                      {QStringLiteral("open"), m_session->isOpen(index)},
                      // Voted on again after a discussion: the page says so.
                      {QStringLiteral("reopened"), m_session->wasReopened(index)}};
        const auto vote = m_session->voteOf(participant, index);
        o.insert(QStringLiteral("voted"), vote.has_value());
        o.insert(QStringLiteral("level"), vote && *vote ? QJsonValue(**vote) : QJsonValue());
        // Votes stay hidden until the facilitator reveals them (no anchoring).
        if (m_session->isRevealed(index))
            o.insert(QStringLiteral("results"), resultsJson(m_session->results(index)));
        items.append(o);
    }
    QJsonArray labels;
    for (int level = q.scale.min; level <= q.scale.max; ++level)
        labels.append(q.scale.label(level, lang));
    QJsonObject reply{
        {QStringLiteral("participant"), participant},
        {QStringLiteral("language"), lang},
        {QStringLiteral("mode"), m_session->isSurvey() ? QStringLiteral("survey") : QStringLiteral("live")},
        {QStringLiteral("title"), q.title.text(lang)},
        {QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), q.scale.min},
                                              {QStringLiteral("max"), q.scale.max},
                                              {QStringLiteral("labels"), labels}}},
        {QStringLiteral("items"), items}};
    if (m_session->isMixed()) {
        // A mixed group: the page asks for the department first; no statement until then.
        reply.insert(QStringLiteral("departments"), strings(m_session->departments()));
        const int department = m_session->departmentOf(participant);
        reply.insert(QStringLiteral("department"), department >= 0 ? QJsonValue(department) : QJsonValue());
        if (department < 0)
            reply.insert(QStringLiteral("items"), QJsonArray());
    }
    return json(200, reply);
}

VotingServer::Reply VotingServer::chooseDepartment(const Request &request)
{
    const std::optional<QJsonObject> body = bodyObject(request.body);
    if (!body)
        return failure(400, "malformed");
    const QJsonObject &o = *body;
    const QJsonValue participantValue = o.value(QStringLiteral("participant"));
    const QJsonValue departmentValue = o.value(QStringLiteral("department"));
    if (!participantValue.isString() || !departmentValue.isDouble())
        return failure(400, "malformed");
    const QString participant = participantValue.toString();
    if (!m_session->hasParticipant(participant))
        return failure(403, "unknown-participant");
    if (!m_participantLimiter.allow(participant, now()))
        return failure(429, "rate-limit");
    const double d = departmentValue.toDouble();
    const int department = d == std::floor(d) && std::abs(d) < 1e6 ? int(d) : -1;
    switch (m_session->isMixed() ? m_session->chooseDepartment(participant, department)
                                 : WorkshopSession::VoteError::BadDepartment) {
    case WorkshopSession::VoteError::None:
        break;
    case WorkshopSession::VoteError::DepartmentChosen:
        return failure(409, "department-chosen");
    case WorkshopSession::VoteError::NotStored:
        return failure(503, "not-stored");
    default:
        return failure(422, "bad-department");
    }
    return json(200, {{QStringLiteral("ok"), true}, {QStringLiteral("department"), department}});
}

VotingServer::Reply VotingServer::vote(const Request &request, WorkshopVote *deferred)
{
    const std::optional<QJsonObject> body = bodyObject(request.body);
    if (!body)
        return failure(400, "malformed");
    const QJsonObject &o = *body;
    const QJsonValue participantValue = o.value(QStringLiteral("participant"));
    const QJsonValue itemValue = o.value(QStringLiteral("item"));
    if (!participantValue.isString() || !itemValue.isString() || !o.contains(QStringLiteral("level")))
        return failure(400, "malformed");
    const QString participant = participantValue.toString();
    if (!m_session->hasParticipant(participant))
        return failure(403, "unknown-participant");
    if (!m_participantLimiter.allow(participant, now()))
        return failure(429, "rate-limit");

    const int item = m_session->itemIndex(itemValue.toString());
    if (item < 0)
        return failure(422, "unknown-item");
    std::optional<int> level;
    const QJsonValue levelValue = o.value(QStringLiteral("level"));
    if (!levelValue.isNull()) {
        // An integer of the scale; JSON has only numbers, so 3.0 counts as 3 but 2.5 does not.
        const double d = levelValue.toDouble(std::nan(""));
        if (!levelValue.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 1e6)
            return failure(422, "bad-level");
        level = int(d);
    }
    WorkshopVote checked;
    const WorkshopSession::VoteError result = m_session->check(participant, item, level, &checked);
    const QJsonObject ok{{QStringLiteral("ok"), true},
                         {QStringLiteral("item"), itemValue.toString()},
                         {QStringLiteral("voted"), true},
                         {QStringLiteral("level"), level ? QJsonValue(*level) : QJsonValue()}};
    if (result == WorkshopSession::VoteError::None && deferred) {
        *deferred = checked;
        return json(0, ok); // answered by flushVotes() once it is in the workspace
    }
    switch (result == WorkshopSession::VoteError::None
                ? (m_session->commit({checked}) ? result : WorkshopSession::VoteError::NotStored)
                : result) {
    case WorkshopSession::VoteError::None:
        break;
    case WorkshopSession::VoteError::UnknownParticipant:
        return failure(403, "unknown-participant");
    case WorkshopSession::VoteError::UnknownItem:
        return failure(422, "unknown-item");
    case WorkshopSession::VoteError::BadLevel:
        return failure(422, "bad-level");
    case WorkshopSession::VoteError::NotOpen:
        return failure(409, "not-open");
    case WorkshopSession::VoteError::NotStored:
        return failure(503, "not-stored");
    case WorkshopSession::VoteError::NoDepartment:
        return failure(409, "no-department");
    case WorkshopSession::VoteError::BadDepartment:
    case WorkshopSession::VoteError::DepartmentChosen:
        return failure(422, "bad-department");
    }
    return json(200, ok);
}

} // namespace sbr::workshop
