// The questionnaire JSON reader: the built-in questionnaire and the rules of formats.md.

#include "io/QuestionnaireJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace sbr;

namespace {

QJsonObject validDocument()
{
    QFile f(QStringLiteral(SBRADAR_TEST_DATA "/three-dimensions.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList issues(const QJsonObject &doc)
{
    QStringList out;
    for (const io::JsonIssue &i : io::readQuestionnaire(QJsonDocument(doc).toJson()).issues)
        out.append(i.toString());
    return out;
}

} // namespace

TEST(DefaultQuestionnaire, HasTheFiveQuestionsInBothLanguages)
{
    const Questionnaire q = io::defaultQuestionnaire();
    EXPECT_EQ(q.id, QStringLiteral("social-business-readiness"));
    ASSERT_EQ(q.dimensions.size(), 5);
    const QStringList ids = {QStringLiteral("strategy"), QStringLiteral("practices"), QStringLiteral("team"),
                             QStringLiteral("leadership"), QStringLiteral("roadmap")};
    QSet<QString> usedMeasures;
    for (int d = 0; d < 5; ++d) {
        const Dimension &dim = q.dimensions[d];
        EXPECT_EQ(dim.id, ids[d]);
        EXPECT_GE(dim.items.size(), 5);
        EXPECT_LE(dim.items.size(), 7);
        EXPECT_FALSE(dim.question.text(QStringLiteral("de")).isEmpty());
        for (const Item &item : dim.items) {
            EXPECT_TRUE(item.id.startsWith(dim.id + u'.')) << qPrintable(item.id);
            EXPECT_EQ(item.levels.lists.value(QStringLiteral("de")).size(), 5) << qPrintable(item.id);
            EXPECT_EQ(item.levels.lists.value(QStringLiteral("en")).size(), 5) << qPrintable(item.id);
            EXPECT_FALSE(item.text.texts.value(QStringLiteral("de")).isEmpty());
            EXPECT_FALSE(item.measures.isEmpty()) << qPrintable(item.id);
            for (const QString &m : item.measures)
                usedMeasures.insert(m);
        }
    }
    EXPECT_GE(q.measures.size(), 25);
    for (const Measure &m : q.measures) {
        EXPECT_TRUE(usedMeasures.contains(m.id)) << "measure no item links to: " << qPrintable(m.id);
        EXPECT_FALSE(m.description.text(QStringLiteral("de")).isEmpty());
    }
    EXPECT_GE(q.references.size(), 7);
    for (const Reference &r : q.references) {
        EXPECT_GE(q.itemIndex(r.item), 0);
        EXPECT_FALSE(r.source.isEmpty());
    }
    // German text uses real umlauts, not ae/oe/ue substitutes
    EXPECT_TRUE(q.dimensions[3].title.text(QStringLiteral("de")).contains(u'ü') ||
                io::writeQuestionnaire(q).contains("\xc3\xa4")); // ä somewhere
}

TEST(QuestionnaireJson, RoundTripsThroughWriter)
{
    const Questionnaire q = io::defaultQuestionnaire();
    const io::QuestionnaireParse again = io::readQuestionnaire(io::writeQuestionnaire(q));
    ASSERT_TRUE(again.questionnaire) << qPrintable(again.issues.value(0).toString());
    EXPECT_EQ(*again.questionnaire, q);
}

TEST(QuestionnaireJson, DefaultsWeightsAndAcceptsCustomScale)
{
    const io::QuestionnaireParse p = io::readQuestionnaire(QJsonDocument(validDocument()).toJson());
    ASSERT_TRUE(p.questionnaire);
    EXPECT_EQ(p.questionnaire->scale.min, 1);
    EXPECT_EQ(p.questionnaire->scale.max, 5);
    EXPECT_DOUBLE_EQ(p.questionnaire->dimensions[1].weight, 1.0); // left out -> 1.0
    EXPECT_DOUBLE_EQ(p.questionnaire->dimensions[0].items[1].weight, 3.0);
    EXPECT_EQ(p.questionnaire->itemCount(), 7);
    EXPECT_EQ(p.questionnaire->itemIndex(QStringLiteral("c.two")), 4);
    EXPECT_EQ(p.questionnaire->dimensionOfItem(4), 2);
    EXPECT_EQ(p.questionnaire->scale.label(3, QStringLiteral("en")), QStringLiteral("Level 3")); // generic
}

TEST(QuestionnaireJson, NamesRuleAndPath)
{
    QJsonObject doc = validDocument();
    QJsonArray dims = doc[QStringLiteral("dimensions")].toArray();
    QJsonObject d0 = dims[0].toObject();
    QJsonArray items = d0[QStringLiteral("items")].toArray();
    QJsonObject item = items[1].toObject();
    item[QStringLiteral("weight")] = 0;
    items[1] = item;
    d0[QStringLiteral("items")] = items;
    dims[0] = d0;
    doc[QStringLiteral("dimensions")] = dims;
    EXPECT_EQ(issues(doc), QStringList{QStringLiteral("dimensions[0].items[1].weight: must be > 0")});
}

TEST(QuestionnaireJson, RefusesBrokenFiles)
{
    QJsonObject doc = validDocument();
    QJsonArray dims = doc[QStringLiteral("dimensions")].toArray();
    dims.removeLast();
    QJsonObject two = doc;
    two[QStringLiteral("dimensions")] = dims;
    EXPECT_TRUE(issues(two).join(u'\n').contains(QStringLiteral("at least three dimensions")));

    QJsonObject dup = validDocument();
    QJsonArray ddims = dup[QStringLiteral("dimensions")].toArray();
    QJsonObject b = ddims[1].toObject();
    QJsonArray bitems = b[QStringLiteral("items")].toArray();
    QJsonObject bi = bitems[0].toObject();
    bi[QStringLiteral("id")] = QStringLiteral("a.one");
    bi[QStringLiteral("measures")] = QJsonArray{QStringLiteral("nope")};
    bitems[0] = bi;
    b[QStringLiteral("items")] = bitems;
    ddims[1] = b;
    dup[QStringLiteral("dimensions")] = ddims;
    const QStringList found = issues(dup);
    EXPECT_TRUE(found.contains(QStringLiteral(
        "dimensions[1].items[0].id: \"a.one\" is used twice; item ids must be unique in the whole questionnaire")))
        << qPrintable(found.join(u'\n'));
    EXPECT_TRUE(found.contains(
        QStringLiteral("dimensions[1].items[0].measures[0]: measure \"nope\" does not exist in \"measures\"")));

    QJsonObject badScale = validDocument();
    badScale[QStringLiteral("scale")] = QJsonObject{{QStringLiteral("min"), 4}, {QStringLiteral("max"), 4}};
    EXPECT_TRUE(issues(badScale).contains(QStringLiteral("scale: min must be smaller than max")));

    QJsonObject levels = validDocument();
    QJsonObject scale = levels[QStringLiteral("scale")].toObject();
    scale[QStringLiteral("labels")] = QJsonObject{{QStringLiteral("de"), QJsonArray{QStringLiteral("a")}}};
    levels[QStringLiteral("scale")] = scale;
    EXPECT_TRUE(issues(levels).join(u'\n').contains(QStringLiteral("scale.labels.de: must list exactly 5 texts")));

    const io::QuestionnaireParse notJson = io::readQuestionnaire("{\n \"id\": ,\n}");
    ASSERT_EQ(notJson.issues.size(), 1);
    EXPECT_TRUE(notJson.issues[0].message.startsWith(QStringLiteral("not valid JSON (line 2")))
        << qPrintable(notJson.issues[0].message);
}
