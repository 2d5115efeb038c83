#include "QuestionnaireJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace sbr::io {

namespace {

/// Walks the document and collects every broken rule instead of stopping at the first.
class Reader {
public:
    QList<JsonIssue> issues;

    void fail(const QString &path, const QString &message) { issues.append({path, message}); }

    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return {};
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(join(path, key),
                 QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a non-empty text"));
            return {};
        }
        return v.toString();
    }

    double weight(const QJsonObject &o, const QString &path)
    {
        const QJsonValue v = o.value(QStringLiteral("weight"));
        if (v.isUndefined() || v.isNull())
            return 1.0;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(join(path, QStringLiteral("weight")),
                 QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a number"));
            return 1.0;
        }
        if (v.toDouble() <= 0.0)
            fail(join(path, QStringLiteral("weight")),
                 QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be > 0"));
        return v.toDouble();
    }

    LocalizedText text(const QJsonObject &o, const QString &key, const QString &path, bool required = true)
    {
        LocalizedText t;
        const QJsonValue v = o.value(key);
        const QString where = join(path, key);
        if (v.isUndefined() && !required)
            return t;
        if (v.isString() && !v.toString().trimmed().isEmpty()) {
            t.texts.insert(QStringLiteral("en"), v.toString());
            t.texts.insert(QStringLiteral("de"), v.toString());
        } else if (v.isObject() && !v.toObject().isEmpty()) {
            const QJsonObject obj = v.toObject();
            for (auto it = obj.begin(); it != obj.end(); ++it) {
                if (!it.value().isString())
                    fail(join(where, it.key()),
                         QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a text"));
                else
                    t.texts.insert(it.key(), it.value().toString());
            }
        } else {
            fail(where, QCoreApplication::translate(
                            "sbr::io::QuestionnaireJson",
                            "must be an object of texts per language, e.g. {\"de\": \"…\", \"en\": \"…\"}"));
        }
        return t;
    }

    LocalizedList list(const QJsonObject &o, const QString &key, const QString &path, int expected)
    {
        LocalizedList l;
        const QJsonValue v = o.value(key);
        const QString where = join(path, key);
        if (v.isUndefined() || v.isNull())
            return l;
        if (!v.isObject()) {
            fail(where,
                 QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be an object of lists per language"));
            return l;
        }
        const QJsonObject obj = v.toObject();
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QJsonArray a = it.value().toArray();
            if (!it.value().isArray() || a.size() != expected) {
                fail(join(where, it.key()),
                     QCoreApplication::translate("sbr::io::QuestionnaireJson",
                                                 "must list exactly %1 texts, one per level of the scale")
                         .arg(expected));
                continue;
            }
            QStringList texts;
            for (const QJsonValue &e : a)
                texts.append(e.toString());
            l.lists.insert(it.key(), texts);
        }
        return l;
    }

    static QString join(const QString &path, const QString &key) { return path.isEmpty() ? key : path + u'.' + key; }
    static QString at(const QString &path, qsizetype i) { return path + u'[' + QString::number(i) + u']'; }
};

} // namespace

QuestionnaireParse readQuestionnaire(const QByteArray &json)
{
    QuestionnaireParse out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Give the line of the offset, which is what an editor shows.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        out.issues.append(
            {QString(), QCoreApplication::translate("sbr::io::QuestionnaireJson", "not valid JSON (line %1: %2)")
                            .arg(line)
                            .arg(parseError.errorString())});
        return out;
    }
    if (!doc.isObject()) {
        out.issues.append({QString(), QCoreApplication::translate("sbr::io::QuestionnaireJson",
                                                                  "the document must be a JSON object")});
        return out;
    }
    Reader r;
    const QJsonObject root = doc.object();
    Questionnaire q;
    q.id = r.string(root, QStringLiteral("id"), QString());
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        r.fail(QStringLiteral("version"),
               QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a whole number >= 1"));
    q.version = version.toInt(1);
    q.title = r.text(root, QStringLiteral("title"), QString());

    const QJsonObject scale = root.value(QStringLiteral("scale")).toObject();
    if (!root.value(QStringLiteral("scale")).isObject()) {
        r.fail(QStringLiteral("scale"),
               QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be an object with \"min\" and \"max\""));
    } else {
        const QJsonValue min = scale.value(QStringLiteral("min")), max = scale.value(QStringLiteral("max"));
        const auto isInt = [](const QJsonValue &v) { return v.isDouble() && v.toDouble() == std::floor(v.toDouble()); };
        if (!isInt(min))
            r.fail(QStringLiteral("scale.min"),
                   QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a whole number"));
        if (!isInt(max))
            r.fail(QStringLiteral("scale.max"),
                   QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a whole number"));
        q.scale.min = min.toInt();
        q.scale.max = max.toInt();
        if (isInt(min) && isInt(max) && q.scale.min >= q.scale.max)
            r.fail(QStringLiteral("scale"),
                   QCoreApplication::translate("sbr::io::QuestionnaireJson", "min must be smaller than max"));
        else if (q.scale.max - q.scale.min > 100)
            r.fail(QStringLiteral("scale"),
                   QCoreApplication::translate("sbr::io::QuestionnaireJson", "at most 101 levels are supported"));
        else
            q.scale.labels = r.list(scale, QStringLiteral("labels"), QStringLiteral("scale"), q.scale.levelCount());
    }
    const int levelCount = q.scale.min < q.scale.max ? q.scale.levelCount() : 0;

    // Measures first, so items can be checked against them.
    QSet<QString> measureIds;
    const QJsonArray measures = root.value(QStringLiteral("measures")).toArray();
    if (root.contains(QStringLiteral("measures")) && !root.value(QStringLiteral("measures")).isArray())
        r.fail(QStringLiteral("measures"), QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a list"));
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("measures"), i);
        const QJsonObject o = measures[i].toObject();
        Measure m;
        m.id = r.string(o, QStringLiteral("id"), path);
        if (!m.id.isEmpty() && measureIds.contains(m.id))
            r.fail(Reader::join(path, QStringLiteral("id")),
                   QCoreApplication::translate("sbr::io::QuestionnaireJson", "\"%1\" is used twice; ids must be unique")
                       .arg(m.id));
        measureIds.insert(m.id);
        m.title = r.text(o, QStringLiteral("title"), path);
        m.description = r.text(o, QStringLiteral("description"), path, false);
        const QString effort = o.value(QStringLiteral("effort")).toString(QStringLiteral("medium"));
        if (auto e = effortFromKey(effort))
            m.effort = *e;
        else
            r.fail(
                Reader::join(path, QStringLiteral("effort")),
                QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be \"low\", \"medium\" or \"high\""));
        q.measures.append(m);
    }

    QSet<QString> dimensionIds, itemIds;
    const QJsonArray dims = root.value(QStringLiteral("dimensions")).toArray();
    if (dims.size() < 3)
        r.fail(QStringLiteral("dimensions"),
               QCoreApplication::translate("sbr::io::QuestionnaireJson",
                                           "needs at least three dimensions (a radar needs three axes)"));
    for (qsizetype d = 0; d < dims.size(); ++d) {
        const QString path = Reader::at(QStringLiteral("dimensions"), d);
        const QJsonObject o = dims[d].toObject();
        Dimension dim;
        dim.id = r.string(o, QStringLiteral("id"), path);
        if (!dim.id.isEmpty() && dimensionIds.contains(dim.id))
            r.fail(Reader::join(path, QStringLiteral("id")),
                   QCoreApplication::translate("sbr::io::QuestionnaireJson", "\"%1\" is used twice; ids must be unique")
                       .arg(dim.id));
        dimensionIds.insert(dim.id);
        dim.weight = r.weight(o, path);
        dim.title = r.text(o, QStringLiteral("title"), path);
        dim.question = r.text(o, QStringLiteral("question"), path, false);
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        if (items.isEmpty())
            r.fail(Reader::join(path, QStringLiteral("items")),
                   QCoreApplication::translate("sbr::io::QuestionnaireJson", "needs at least one item"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString ipath = Reader::at(Reader::join(path, QStringLiteral("items")), i);
            const QJsonObject io = items[i].toObject();
            Item item;
            item.id = r.string(io, QStringLiteral("id"), ipath);
            if (!item.id.isEmpty() && itemIds.contains(item.id))
                r.fail(Reader::join(ipath, QStringLiteral("id")),
                       QCoreApplication::translate(
                           "sbr::io::QuestionnaireJson",
                           "\"%1\" is used twice; item ids must be unique in the whole questionnaire")
                           .arg(item.id));
            itemIds.insert(item.id);
            item.weight = r.weight(io, ipath);
            item.text = r.text(io, QStringLiteral("text"), ipath);
            if (levelCount > 0)
                item.levels = r.list(io, QStringLiteral("levels"), ipath, levelCount);
            const QJsonArray ms = io.value(QStringLiteral("measures")).toArray();
            for (qsizetype k = 0; k < ms.size(); ++k) {
                const QString id = ms[k].toString();
                if (!measureIds.contains(id))
                    r.fail(Reader::at(Reader::join(ipath, QStringLiteral("measures")), k),
                           QCoreApplication::translate("sbr::io::QuestionnaireJson",
                                                       "measure \"%1\" does not exist in \"measures\"")
                               .arg(id));
                item.measures.append(id);
            }
            dim.items.append(item);
        }
        q.dimensions.append(dim);
    }

    const QJsonArray refs = root.value(QStringLiteral("references")).toArray();
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const QString path = Reader::at(QStringLiteral("references"), i);
        const QJsonObject o = refs[i].toObject();
        Reference ref;
        ref.item = r.string(o, QStringLiteral("item"), path);
        if (!ref.item.isEmpty() && !itemIds.contains(ref.item))
            r.fail(
                Reader::join(path, QStringLiteral("item")),
                QCoreApplication::translate("sbr::io::QuestionnaireJson", "item \"%1\" does not exist").arg(ref.item));
        const QJsonValue share = o.value(QStringLiteral("share"));
        if (share.isDouble()) {
            if (share.toDouble() < 0.0 || share.toDouble() > 1.0)
                r.fail(Reader::join(path, QStringLiteral("share")),
                       QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a fraction between 0 and 1"));
            ref.share = share.toDouble();
        } else if (!share.isUndefined() && !share.isNull()) {
            r.fail(Reader::join(path, QStringLiteral("share")),
                   QCoreApplication::translate("sbr::io::QuestionnaireJson", "must be a number"));
        }
        ref.statement = r.text(o, QStringLiteral("statement"), path);
        ref.source = r.string(o, QStringLiteral("source"), path);
        q.references.append(ref);
    }

    out.issues = r.issues;
    if (out.issues.isEmpty())
        out.questionnaire = q;
    return out;
}

namespace {
QJsonObject toJson(const LocalizedText &t)
{
    QJsonObject o;
    for (auto it = t.texts.begin(); it != t.texts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
QJsonObject toJson(const LocalizedList &l)
{
    QJsonObject o;
    for (auto it = l.lists.begin(); it != l.lists.end(); ++it)
        o.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return o;
}
} // namespace

QByteArray writeQuestionnaire(const Questionnaire &q, bool indented)
{
    QJsonObject root;
    root.insert(QStringLiteral("id"), q.id);
    root.insert(QStringLiteral("version"), q.version);
    root.insert(QStringLiteral("title"), toJson(q.title));
    QJsonObject scale{{QStringLiteral("min"), q.scale.min}, {QStringLiteral("max"), q.scale.max}};
    if (!q.scale.labels.isEmpty())
        scale.insert(QStringLiteral("labels"), toJson(q.scale.labels));
    root.insert(QStringLiteral("scale"), scale);
    QJsonArray dims;
    for (const Dimension &d : q.dimensions) {
        QJsonObject dobj{{QStringLiteral("id"), d.id},
                         {QStringLiteral("weight"), d.weight},
                         {QStringLiteral("title"), toJson(d.title)}};
        if (!d.question.isEmpty())
            dobj.insert(QStringLiteral("question"), toJson(d.question));
        QJsonArray items;
        for (const Item &i : d.items) {
            QJsonObject iobj{{QStringLiteral("id"), i.id},
                             {QStringLiteral("weight"), i.weight},
                             {QStringLiteral("text"), toJson(i.text)}};
            if (!i.levels.isEmpty())
                iobj.insert(QStringLiteral("levels"), toJson(i.levels));
            iobj.insert(QStringLiteral("measures"), QJsonArray::fromStringList(i.measures));
            items.append(iobj);
        }
        dobj.insert(QStringLiteral("items"), items);
        dims.append(dobj);
    }
    root.insert(QStringLiteral("dimensions"), dims);
    QJsonArray measures;
    for (const Measure &m : q.measures) {
        QJsonObject mobj{{QStringLiteral("id"), m.id},
                         {QStringLiteral("title"), toJson(m.title)},
                         {QStringLiteral("effort"), effortKey(m.effort)}};
        if (!m.description.isEmpty())
            mobj.insert(QStringLiteral("description"), toJson(m.description));
        measures.append(mobj);
    }
    root.insert(QStringLiteral("measures"), measures);
    QJsonArray refs;
    for (const Reference &ref : q.references) {
        QJsonObject robj{{QStringLiteral("item"), ref.item},
                         {QStringLiteral("statement"), toJson(ref.statement)},
                         {QStringLiteral("source"), ref.source}};
        if (ref.share)
            robj.insert(QStringLiteral("share"), *ref.share);
        refs.append(robj);
    }
    root.insert(QStringLiteral("references"), refs);
    return QJsonDocument(root).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

Questionnaire defaultQuestionnaire()
{
    QFile file(QStringLiteral(":/questionnaire/social-business-readiness.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("built-in questionnaire resource is missing");
    QuestionnaireParse parsed = readQuestionnaire(file.readAll());
    if (!parsed.questionnaire) // a packaging defect, caught by the tests
        qFatal("built-in questionnaire is invalid: %s", qPrintable(parsed.issues.value(0).toString()));
    return *parsed.questionnaire;
}

} // namespace sbr::io
