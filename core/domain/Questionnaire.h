#pragma once
// Value types of a questionnaire: dimensions with weighted items, the answer scale, the
// catalogue of measures and the reference figures. Plain data, copied freely; the scoring
// engine and every reader/writer work on these.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sbr {

/// A text in several languages ("de", "en"). Falls back to English, then German, then any.
struct LocalizedText {
    QHash<QString, QString> texts;

    QString text(const QString &lang) const;
    bool isEmpty() const { return texts.isEmpty(); }
    bool operator==(const LocalizedText &) const = default;
};

/// A list of texts per language, e.g. the five level descriptions of an item.
struct LocalizedList {
    QHash<QString, QStringList> lists;

    QStringList list(const QString &lang) const;
    bool isEmpty() const { return lists.isEmpty(); }
    bool operator==(const LocalizedList &) const = default;
};

/// The answer scale: integer levels min..max (default 0..4).
struct Scale {
    int min = 0;
    int max = 4;
    LocalizedList labels; ///< optional, one label per level

    int levelCount() const { return max - min + 1; }
    bool contains(int level) const { return level >= min && level <= max; }
    /// Label of a level in a language; generic ("Level 3") when the questionnaire has none.
    QString label(int level, const QString &lang) const;
    bool operator==(const Scale &) const = default;
};

struct Item {
    QString id;
    double weight = 1.0;
    LocalizedText text;
    LocalizedList levels; ///< optional, one description per level
    QStringList measures; ///< ids into Questionnaire::measures
    bool operator==(const Item &) const = default;
};

struct Dimension {
    QString id;
    double weight = 1.0;
    LocalizedText title;
    LocalizedText question;
    QList<Item> items;
    bool operator==(const Dimension &) const = default;
};

enum class Effort { Low, Medium, High };
QString effortKey(Effort e); ///< "low", "medium", "high"
std::optional<Effort> effortFromKey(const QString &key);

struct Measure {
    QString id;
    LocalizedText title;
    LocalizedText description;
    Effort effort = Effort::Medium;
    bool operator==(const Measure &) const = default;
};

/// A published figure that puts an item into context (for the benchmark view and report).
struct Reference {
    QString item;                ///< item id it concerns
    std::optional<double> share; ///< e.g. 0.27 for 27 %, when the figure is a share
    LocalizedText statement;
    QString source;
    bool operator==(const Reference &) const = default;
};

struct Questionnaire {
    QString id;
    int version = 1;
    LocalizedText title;
    Scale scale;
    QList<Dimension> dimensions;
    QList<Measure> measures;
    QList<Reference> references;

    /// Items of all dimensions in questionnaire order ("flat index" used by scoring and storage).
    /// The pointers point into this questionnaire: keep it alive while using them.
    QList<const Item *> flatItems() const;
    int itemCount() const;
    /// Flat index of an item id, -1 if unknown.
    int itemIndex(const QString &itemId) const;
    /// Index of the dimension that holds the item with this flat index.
    int dimensionOfItem(int flatIndex) const;
    const Measure *measure(const QString &measureId) const;

    bool operator==(const Questionnaire &) const = default;
};

} // namespace sbr
