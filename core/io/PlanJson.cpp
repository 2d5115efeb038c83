#include "PlanJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sbr::io {

namespace {

QJsonValue optional(const OptDouble &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue effectJson(const std::optional<MeasureEffect> &effect)
{
    if (!effect)
        return QJsonValue::Null;
    QJsonArray items;
    for (const ItemChange &c : effect->items)
        items.append(QJsonObject{{QStringLiteral("id"), c.id},
                                 {QStringLiteral("before"), optional(c.before)},
                                 {QStringLiteral("after"), optional(c.after)},
                                 {QStringLiteral("delta"), optional(c.delta)}});
    return QJsonObject{{QStringLiteral("from_round"), effect->fromRound},
                       {QStringLiteral("to_round"), effect->toRound},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("mean_delta"), optional(effect->meanDelta)}};
}

} // namespace

QByteArray planJson(const QString &company, const QList<PlanEntry> &entries)
{
    QJsonArray measures;
    for (const PlanEntry &e : entries) {
        const PlanMeasure &m = e.measure;
        QJsonObject o{{QStringLiteral("id"), m.id},
                      {QStringLiteral("measure"), m.isOwn() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.measure)},
                      {QStringLiteral("items"), QJsonArray::fromStringList(e.items)},
                      {QStringLiteral("owner"), m.owner},
                      {QStringLiteral("due"), date(m.due)},
                      {QStringLiteral("horizon"), horizonKey(m.horizon)},
                      {QStringLiteral("status"), planStatusKey(m.status)},
                      {QStringLiteral("done_on"), date(m.doneOn)},
                      {QStringLiteral("note"), m.note},
                      {QStringLiteral("effect"), effectJson(e.effect)}};
        if (m.isOwn())
            o.insert(QStringLiteral("title"), m.title);
        measures.append(o);
    }
    const QJsonObject doc{{QStringLiteral("company"), company}, {QStringLiteral("measures"), measures}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace sbr::io
