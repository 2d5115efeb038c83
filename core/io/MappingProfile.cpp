#include "MappingProfile.h"

#include "domain/Names.h"
#include "io/ImportText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sbr::io {

namespace {

/// A string as JSON writes it, quotes included.
QByteArray jsonString(const QString &s)
{
    QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

/// Where things are in the file: the line of a key, found after the start of its section.
struct Source {
    const QByteArray &json;
    qsizetype offsetOf(const QString &key, qsizetype from = 0) const { return json.indexOf(jsonString(key), from); }
    int lineAt(qsizetype offset) const
    {
        return offset < 0 ? 0 : int(std::count(json.constBegin(), json.constBegin() + offset, '\n')) + 1;
    }
};

const char *const kKeys[] = {"company", "department", "round", "date", "respondent"};

QString field(const char *section, const QString &key)
{
    return QString::fromLatin1(section) + u'[' + QString::fromUtf8(jsonString(key)) + u']';
}

struct Reader {
    const Questionnaire &q;
    Source src;
    MappingParse result;
    MappingProfile profile;

    void fail(int line, const QString &where, const QString &message) { result.issues.append({line, where, message}); }
    void readColumns(const QJsonValue &value, qsizetype section);
    void readLevels(const QJsonValue &value, qsizetype section);
    void readConstants(const QJsonValue &value, qsizetype section);
};

void Reader::readColumns(const QJsonValue &value, qsizetype section)
{
    if (!value.isObject()) {
        fail(src.lineAt(section), QStringLiteral("columns"),
             QCoreApplication::translate(
                 "sbr::io::MappingProfile",
                 "expected an object that maps each header to an item id, a key column or \"ignore\""));
        return;
    }
    QSet<QString> ids;
    for (const Item *item : q.flatItems())
        ids.insert(item->id);
    QList<std::pair<qsizetype, MappingProfile::Column>> found;
    QHash<QString, QString> targets, headers; // target -> header; header key -> header
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const qsizetype at = src.offsetOf(it.key(), section);
        const int line = src.lineAt(at);
        const QString where = field("columns", it.key());
        const QString target = it.value().toString();
        if (!it.value().isString() || !(ids.contains(target) || isMappingKey(target) || target == kMappingIgnore)) {
            fail(line, where,
                 QCoreApplication::translate(
                     "sbr::io::MappingProfile",
                     "\"%1\" is neither an item id of the questionnaire \"%2\" nor company, department, round, date, "
                     "respondent or ignore")
                     .arg(it.value().isString()
                              ? target
                              : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)),
                          q.id));
            continue;
        }
        const QString headerKey = caseKey(normalizeName(it.key()));
        if (headers.contains(headerKey))
            fail(line, where,
                 QCoreApplication::translate("sbr::io::MappingProfile",
                                             "the header \"%1\" is mapped twice (also as \"%2\")")
                     .arg(it.key(), headers[headerKey]));
        headers.insert(headerKey, it.key());
        if (target != kMappingIgnore && targets.contains(target))
            fail(line, where,
                 QCoreApplication::translate("sbr::io::MappingProfile",
                                             "\"%1\" is already the target of \"%2\"; each item and key has one column")
                     .arg(target, targets[target]));
        targets.insert(target, it.key());
        found.append({at < 0 ? o.size() + found.size() : at, {it.key(), target}});
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &f : found)
        profile.columns.append(f.second);
}

void Reader::readLevels(const QJsonValue &value, qsizetype section)
{
    if (!value.isObject()) {
        fail(src.lineAt(section), QStringLiteral("levels"),
             QCoreApplication::translate("sbr::io::MappingProfile",
                                         "expected an object that maps each answer label to a level or null"));
        return;
    }
    const QJsonObject o = value.toObject();
    QList<std::pair<qsizetype, MappingProfile::Label>> found;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const qsizetype at = src.offsetOf(it.key(), section);
        const QJsonValue v = it.value();
        const double d = v.toDouble(-1e9);
        if (v.isNull()) {
            found.append({at, {it.key(), std::nullopt}});
        } else if (!v.isDouble() || d < q.scale.min || d > q.scale.max || d != std::trunc(d)) {
            fail(src.lineAt(at), field("levels", it.key()),
                 QCoreApplication::translate(
                     "sbr::io::MappingProfile",
                     "%1 is not a level; expected a whole number from %2 to %3, or null for not applicable")
                     .arg(QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1))
                     .arg(q.scale.min)
                     .arg(q.scale.max));
        } else {
            found.append({at, {it.key(), int(d)}});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &f : found)
        profile.levels.append(f.second);
}

void Reader::readConstants(const QJsonValue &value, qsizetype section)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        fail(src.lineAt(section), QStringLiteral("constants"),
             QCoreApplication::translate("sbr::io::MappingProfile",
                                         "expected an object with company, department, round and date"));
        return;
    }
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const int line = src.lineAt(src.offsetOf(it.key(), section));
        const QString where = QStringLiteral("constants.") + it.key();
        const QString text = normalizeName(it.value().toString());
        if (!it.value().isString() || text.isEmpty()) {
            fail(line, where,
                 QCoreApplication::translate("sbr::io::MappingProfile", "expected a text that is not empty"));
            continue;
        }
        if (it.key() == u"company")
            profile.company = text;
        else if (it.key() == u"department")
            profile.department = text;
        else if (it.key() == u"round")
            profile.round = text;
        else if (it.key() == u"date") {
            bool ambiguous = false;
            const QByteArray utf8 = text.toUtf8();
            const QDate date = detail::parseDate(std::string_view(utf8.constData(), size_t(utf8.size())), &ambiguous);
            if (!date.isValid())
                fail(line, where,
                     QCoreApplication::translate(
                         "sbr::io::MappingProfile",
                         "\"%1\" is not a date; expected YYYY-MM-DD or D.M.YYYY, e.g. 2026-03-15")
                         .arg(text));
            else
                profile.date = date.toString(Qt::ISODate);
        } else {
            fail(line, where,
                 QCoreApplication::translate("sbr::io::MappingProfile",
                                             "unknown constant; expected company, department, round or date"));
        }
    }
}

} // namespace

bool isMappingKey(const QString &target)
{
    return std::any_of(std::begin(kKeys), std::end(kKeys), [&](const char *k) { return target == QLatin1String(k); });
}

QString MappingProfile::target(const QString &header) const
{
    const QString key = caseKey(normalizeName(header));
    for (const Column &c : columns)
        if (caseKey(normalizeName(c.header)) == key)
            return c.target;
    return {};
}

QString MappingIssue::toString(const QString &fileName) const
{
    QString where = fileName;
    if (line > 0)
        where = QCoreApplication::translate("sbr::io::MappingProfile", "%1, line %2").arg(fileName).arg(line);
    if (!field.isEmpty())
        where += QStringLiteral(" (") + field + u')';
    return where + QStringLiteral(": ") + message;
}

MappingParse readMappingProfile(const QByteArray &json, const Questionnaire &q)
{
    Reader r{q, Source{json}, {}, {}};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = doc.isNull() ? r.src.lineAt(parseError.offset) : 1;
        r.fail(line, QString(),
               doc.isNull()
                   ? QCoreApplication::translate(
                         "sbr::io::MappingProfile",
                         "not valid JSON (%1); expected a mapping profile such as "
                         "{\"format\": \"sbradar-mapping\", \"version\": 1, \"columns\": {…}, \"levels\": {…}}")
                         .arg(parseError.errorString())
                   : QCoreApplication::translate("sbr::io::MappingProfile", "expected a JSON object"));
        return std::move(r.result);
    }
    const QJsonObject o = doc.object();
    const auto sectionAt = [&](const char *name) {
        return std::max<qsizetype>(0, r.src.offsetOf(QString::fromLatin1(name)));
    };
    if (o.value(QStringLiteral("format")).toString() != u"sbradar-mapping")
        r.fail(r.src.lineAt(sectionAt("format")), QStringLiteral("format"),
               QCoreApplication::translate("sbr::io::MappingProfile",
                                           "expected \"sbradar-mapping\"; this is not a mapping profile"));
    else if (o.value(QStringLiteral("version")).toInt(-1) != 1)
        r.fail(r.src.lineAt(sectionAt("version")), QStringLiteral("version"),
               QCoreApplication::translate("sbr::io::MappingProfile",
                                           "expected 1; the profile was written by a newer version"));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!QStringList{QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("columns"),
                         QStringLiteral("levels"), QStringLiteral("constants")}
                 .contains(it.key()))
            r.fail(
                r.src.lineAt(r.src.offsetOf(it.key())), it.key(),
                QCoreApplication::translate("sbr::io::MappingProfile",
                                            "unknown field; expected format, version, columns, levels and constants"));
    r.readColumns(o.value(QStringLiteral("columns")), sectionAt("columns"));
    r.readLevels(o.value(QStringLiteral("levels")), sectionAt("levels"));
    r.readConstants(o.value(QStringLiteral("constants")), sectionAt("constants"));
    if (r.result.issues.isEmpty())
        r.result.profile = std::move(r.profile);
    return std::move(r.result);
}

QByteArray writeMappingProfile(const MappingProfile &profile)
{
    QByteArray out = "{\n  \"format\": \"sbradar-mapping\",\n  \"version\": 1,\n  \"columns\": {";
    for (qsizetype i = 0; i < profile.columns.size(); ++i)
        out += (i ? ",\n    " : "\n    ") + jsonString(profile.columns[i].header) + ": " +
               jsonString(profile.columns[i].target);
    out += profile.columns.isEmpty() ? "},\n  \"levels\": {" : "\n  },\n  \"levels\": {";
    for (qsizetype i = 0; i < profile.levels.size(); ++i) {
        const auto &l = profile.levels[i];
        out += (i ? ",\n    " : "\n    ") + jsonString(l.label) + ": " +
               (l.level ? QByteArray::number(*l.level) : QByteArray("null"));
    }
    out += profile.levels.isEmpty() ? "}" : "\n  }";
    QList<std::pair<const char *, QString>> constants = {{"company", profile.company},
                                                         {"department", profile.department},
                                                         {"round", profile.round},
                                                         {"date", profile.date}};
    QByteArray c;
    for (const auto &[key, value] : constants)
        if (!value.isEmpty())
            c += (c.isEmpty() ? "\n    \"" : ",\n    \"") + QByteArray(key) + "\": " + jsonString(value);
    if (!c.isEmpty())
        out += ",\n  \"constants\": {" + c + "\n  }";
    return out + "\n}\n";
}

} // namespace sbr::io
