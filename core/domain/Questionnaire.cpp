#include "Questionnaire.h"

#include <QCoreApplication>

namespace sbr {

namespace {
template <typename Map> auto pick(const Map &map, const QString &lang) -> typename Map::mapped_type
{
    for (const QString &key : {lang, QStringLiteral("en"), QStringLiteral("de")}) {
        auto it = map.constFind(key);
        if (it != map.constEnd())
            return it.value();
    }
    return map.isEmpty() ? typename Map::mapped_type{} : map.constBegin().value();
}
} // namespace

QString LocalizedText::text(const QString &lang) const
{
    return pick(texts, lang);
}

QStringList LocalizedList::list(const QString &lang) const
{
    return pick(lists, lang);
}

QString Scale::label(int level, const QString &lang) const
{
    const QStringList names = labels.list(lang);
    const int i = level - min;
    if (i >= 0 && i < names.size())
        return names.at(i);
    return QCoreApplication::translate("sbr::Scale", "Level %1").arg(level);
}

QString effortKey(Effort e)
{
    switch (e) {
    case Effort::Low:
        return QStringLiteral("low");
    case Effort::Medium:
        return QStringLiteral("medium");
    case Effort::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<Effort> effortFromKey(const QString &key)
{
    if (key == u"low")
        return Effort::Low;
    if (key == u"medium")
        return Effort::Medium;
    if (key == u"high")
        return Effort::High;
    return std::nullopt;
}

QList<const Item *> Questionnaire::flatItems() const
{
    QList<const Item *> out;
    for (const Dimension &d : dimensions)
        for (const Item &i : d.items)
            out.append(&i);
    return out;
}

int Questionnaire::itemCount() const
{
    int n = 0;
    for (const Dimension &d : dimensions)
        n += int(d.items.size());
    return n;
}

int Questionnaire::itemIndex(const QString &itemId) const
{
    int n = 0;
    for (const Dimension &d : dimensions)
        for (const Item &i : d.items) {
            if (i.id == itemId)
                return n;
            ++n;
        }
    return -1;
}

int Questionnaire::dimensionOfItem(int flatIndex) const
{
    int n = 0;
    for (int d = 0; d < dimensions.size(); ++d) {
        n += int(dimensions[d].items.size());
        if (flatIndex < n)
            return d;
    }
    return -1;
}

const Measure *Questionnaire::measure(const QString &measureId) const
{
    for (const Measure &m : measures)
        if (m.id == measureId)
            return &m;
    return nullptr;
}

} // namespace sbr
