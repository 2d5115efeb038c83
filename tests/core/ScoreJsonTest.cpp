// The score --json document: number format, escaping, nulls and filtering.

#include "io/ScoreJson.h"
#include "ScoringTestSupport.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace sbr;

namespace {

WorkspaceData twoCompanies()
{
    WorkspaceData ws;
    ws.questionnaire = test::questionnaire({{1, {1}}, {1, {1}}, {1, {1}}});
    ws.questionnaire.version = 3;
    CompanyData a;
    a.name = QStringLiteral("<b>X</b> & \"Co\"\n\t\u00e4");
    a.rounds = {{QStringLiteral("Q1"), QDate(2026, 1, 1)}, {QStringLiteral("Q2"), QDate(2026, 4, 1)}};
    a.departments = {QStringLiteral("Vertrieb")};
    a.assessments.push_back(test::assessment(0, 0, 3, {{1, 2, 2}, {0}, {test::na}}));
    a.assessments.push_back(test::assessment(1, 0, 1, {{3}, {4}, {4}}));
    ws.companies.push_back(a);
    CompanyData b = a;
    b.name = QStringLiteral("Alpha");
    ws.companies.push_back(b);
    return ws;
}

template <typename Report> QJsonObject render(const Report &report, const Questionnaire &q)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    io::writeScoreJson(report, q, buffer);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(buffer.data(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    return doc.object();
}

} // namespace

TEST(ScoreJson, ShortestRoundTripNumbers)
{
    EXPECT_EQ(io::formatDouble(57.5), QByteArray("57.5"));
    EXPECT_EQ(io::formatDouble(75.0), QByteArray("75"));
    EXPECT_EQ(io::formatDouble(0.1 + 0.2), QByteArray("0.30000000000000004"));
    EXPECT_EQ(io::formatDouble(200.0 / 3.0).toDouble(), 200.0 / 3.0);
}

TEST(ScoreJson, StructureAndValues)
{
    const WorkspaceData ws = twoCompanies();
    const QJsonObject doc = render(scoreWorkspace(ws), ws.questionnaire);
    EXPECT_EQ(doc[QStringLiteral("questionnaire")].toObject()[QStringLiteral("version")].toInt(), 3);
    const QJsonArray companies = doc[QStringLiteral("companies")].toArray();
    ASSERT_EQ(companies.size(), 2);
    EXPECT_EQ(companies[0].toObject()[QStringLiteral("name")].toString(),
              QStringLiteral("<b>X</b> & \"Co\"\n\t\u00e4"));
    EXPECT_EQ(companies[1].toObject()[QStringLiteral("name")].toString(), QStringLiteral("Alpha"));
    const QJsonObject q1 = companies[1].toObject()[QStringLiteral("rounds")].toArray()[0].toObject();
    EXPECT_EQ(q1[QStringLiteral("date")].toString(), QStringLiteral("2026-01-01"));
    const QJsonObject dep = q1[QStringLiteral("departments")].toArray()[0].toObject();
    EXPECT_EQ(dep[QStringLiteral("respondents")].toInt(), 3);
    EXPECT_TRUE(dep[QStringLiteral("index")].isNull()); // d2 has no answers
    EXPECT_TRUE(dep[QStringLiteral("stage")].isNull());
    const QJsonObject item = dep[QStringLiteral("items")].toArray()[0].toObject();
    EXPECT_EQ(item[QStringLiteral("id")].toString(), QStringLiteral("d0.i0"));
    EXPECT_EQ(item[QStringLiteral("n")].toInt(), 3);
    EXPECT_DOUBLE_EQ(item[QStringLiteral("mean")].toDouble(), 5.0 / 3.0);
    EXPECT_DOUBLE_EQ(item[QStringLiteral("score")].toDouble(), 100.0 * 5.0 / 12.0);
    const QJsonObject dim = dep[QStringLiteral("dimensions")].toArray()[2].toObject();
    EXPECT_TRUE(dim[QStringLiteral("score")].isNull());
    EXPECT_DOUBLE_EQ(dim[QStringLiteral("coverage")].toDouble(), 0.0);
    const QJsonObject q2 = companies[1].toObject()[QStringLiteral("rounds")].toArray()[1].toObject();
    // Q2 company index (75 + 100 + 100) / 3; no delta because Q1's index is NULL
    EXPECT_DOUBLE_EQ(q2[QStringLiteral("company")].toObject()[QStringLiteral("index")].toDouble(), 275.0 / 3.0);
    EXPECT_TRUE(q2[QStringLiteral("company")].toObject()[QStringLiteral("delta")].isNull());
    EXPECT_EQ(q2[QStringLiteral("benchmark")].toObject()[QStringLiteral("peers")].toInt(), 1);
    const QJsonArray recs = q2[QStringLiteral("recommendations")].toArray();
    ASSERT_EQ(recs.size(), 0); // d0 75 meets the target 75 exactly; the others are above
}

TEST(ScoreJson, FilterKeepsNumbers)
{
    const WorkspaceData ws = twoCompanies();
    const ScoreReport full = scoreWorkspace(ws);
    const ScoreReport one = io::filterReport(full, {QStringLiteral("Alpha"), QStringLiteral("Q2")});
    ASSERT_EQ(one.companies.size(), 1u);
    ASSERT_EQ(one.companies[0].rounds.size(), 1u);
    EXPECT_EQ(one.companies[0].rounds[0].label, QStringLiteral("Q2"));
    EXPECT_EQ(one.companies[0].rounds[0].benchmark.peers, 1); // the other company still counts
    EXPECT_EQ(one.companies[0].rounds[0].company.index, full.companies[1].rounds[1].company.index);
    EXPECT_TRUE(io::filterReport(full, {QStringLiteral("nobody"), QString()}).companies.empty());
}

TEST(ScoreJson, AnonymousDocumentMarksWhatIsWithheld)
{
    // k = 3. Q1: Vertrieb, 3 respondents, is visible; d0.i0 (n 3) keeps its values, d1.i0 (n 1)
    // and d2.i0 (n 0) have fewer than 3 answers: null values, n kept, no disagreement flag.
    // Q2: Vertrieb has 1 respondent and is alone: hidden, pool too small, company values null.
    const WorkspaceData ws = twoCompanies();
    const QJsonObject doc = render(anonymize(scoreWorkspace(ws), ws.questionnaire, 3), ws.questionnaire);
    EXPECT_EQ(doc[QStringLiteral("min_group")].toInt(), 3);
    const QJsonArray rounds =
        doc[QStringLiteral("companies")].toArray()[1].toObject()[QStringLiteral("rounds")].toArray();
    const QJsonObject q1 = rounds[0].toObject();
    EXPECT_TRUE(q1.contains(QStringLiteral("pool")) && q1[QStringLiteral("pool")].isNull());
    const QJsonObject visible = q1[QStringLiteral("departments")].toArray()[0].toObject();
    EXPECT_FALSE(visible[QStringLiteral("hidden")].toBool(true));
    EXPECT_EQ(visible[QStringLiteral("respondents")].toInt(), 3);
    const QJsonArray items = visible[QStringLiteral("items")].toArray();
    EXPECT_DOUBLE_EQ(items[0].toObject()[QStringLiteral("score")].toDouble(), 100.0 * 5.0 / 12.0);
    EXPECT_FALSE(items[0].toObject()[QStringLiteral("disagreement")].toBool(true));
    const QJsonObject few = items[1].toObject();
    EXPECT_EQ(few[QStringLiteral("n")].toInt(), 1);
    for (const char *key : {"mean", "sd", "score", "disagreement"})
        EXPECT_TRUE(few[QLatin1String(key)].isNull()) << key;

    const QJsonObject q2 = rounds[1].toObject();
    const QJsonObject hidden = q2[QStringLiteral("departments")].toArray()[0].toObject();
    EXPECT_TRUE(hidden[QStringLiteral("hidden")].toBool());
    EXPECT_EQ(hidden[QStringLiteral("name")].toString(), QStringLiteral("Vertrieb"));
    EXPECT_TRUE(hidden[QStringLiteral("respondents")].isNull());
    EXPECT_TRUE(hidden[QStringLiteral("items")].toArray()[0].toObject()[QStringLiteral("n")].isNull());
    const QJsonObject pool = q2[QStringLiteral("pool")].toObject();
    EXPECT_EQ(pool[QStringLiteral("departments")].toArray().size(), 1);
    EXPECT_TRUE(pool[QStringLiteral("respondents")].isNull());
    EXPECT_TRUE(pool[QStringLiteral("dimensions")].toArray()[0].toObject()[QStringLiteral("score")].isNull());
    EXPECT_TRUE(q2[QStringLiteral("company")].toObject()[QStringLiteral("index")].isNull());
}
