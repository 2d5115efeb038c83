// Scores → chart data: what the dashboard builds today (series, names, order, band clipped
// to 0..100), and the anonymity rule for reports.

#include "ReportTestSupport.h"

#include "ScoreCharts.h"

using namespace sbr;
using namespace sbr::reporttest;

namespace {

class ScoreChartsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_q = io::defaultQuestionnaire();
        m_company.name = QStringLiteral("Muster GmbH");
        for (int r = 0; r < 2; ++r) {
            RoundResult round;
            round.label = QStringLiteral("R%1").arg(r + 1);
            round.date = QDate(2026, 1 + r, 1);
            for (const QString &name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}) {
                DepartmentResult d;
                d.name = name;
                d.respondents = name == u"B" ? 2 : 4;
                for (int k = 0; k < m_q.dimensions.size(); ++k)
                    d.dimensions.push_back({10.0 * k + (name == u"A" ? 1 : name == u"B" ? 2 : 3), 1.0, {}});
                round.departments.push_back(d);
            }
            round.company.index = 40.0 + r;
            for (int k = 0; k < m_q.dimensions.size(); ++k) {
                round.company.dimensions.push_back({50.0 + k + r, 2.0, {}});
                // The band: mean ± sd runs over 0 and 100 at the edges.
                round.benchmark.dimensions.push_back({{}, k == 0 ? 5.0 : 95.0, 10.0});
            }
            round.company.dimensions[1].score = std::nullopt;
            m_company.rounds.push_back(round);
        }
    }
    Questionnaire m_q;
    CompanyResult m_company;
};

TEST_F(ScoreChartsTest, RadarHasCompanyCompareDepartmentsAndClippedBand)
{
    const RoundResult &round = m_company.rounds[1];
    const charts::RadarData radar = report::radarData(m_q, m_company, round, {QStringLiteral("C"), QStringLiteral("A")},
                                                      &m_company.rounds[0], true, QStringLiteral("en"));
    EXPECT_EQ(radar.title, QStringLiteral("Dimensions"));
    ASSERT_EQ(radar.axes.size(), m_q.dimensions.size());
    EXPECT_EQ(radar.axes.first(), QStringLiteral("Strategy"));
    ASSERT_EQ(radar.series.size(), 4);
    EXPECT_EQ(radar.series[0].name, QStringLiteral("Muster GmbH"));
    EXPECT_TRUE(radar.series[0].emphasized);
    EXPECT_FALSE(radar.series[0].color.isValid()) << "palette colours";
    EXPECT_FALSE(radar.series[0].values[1].has_value()) << "a missing score stays a gap";
    EXPECT_DOUBLE_EQ(*radar.series[0].values[0], 51.0);
    EXPECT_EQ(radar.series[1].name, QStringLiteral("Company, round R1"));
    EXPECT_TRUE(radar.series[1].dashed);
    // Departments in the round's order, not in the order asked for.
    EXPECT_EQ(radar.series[2].name, QStringLiteral("A"));
    EXPECT_EQ(radar.series[3].name, QStringLiteral("C"));
    ASSERT_EQ(radar.bandLower.size(), m_q.dimensions.size());
    EXPECT_DOUBLE_EQ(*radar.bandLower[0], 0.0);
    EXPECT_DOUBLE_EQ(*radar.bandUpper[0], 15.0);
    EXPECT_DOUBLE_EQ(*radar.bandLower[1], 85.0);
    EXPECT_DOUBLE_EQ(*radar.bandUpper[1], 100.0);
    EXPECT_EQ(radar.bandName, QStringLiteral("Peers (mean ± sd)"));

    const charts::RadarData noBand = report::radarData(m_q, m_company, round, {}, nullptr, false, QStringLiteral("de"));
    EXPECT_EQ(noBand.series.size(), 1);
    EXPECT_TRUE(noBand.bandLower.isEmpty());
    EXPECT_EQ(noBand.title, QStringLiteral("Dimensionen"));
    EXPECT_EQ(noBand.axes.first(), QStringLiteral("Strategie"));
}

/// scoring.md *Anonymity* with k = 3 on the fixture: B (2 respondents) is hidden, and with it A
/// (4, the smallest other; C ties and comes later by name); A and B form the pool.
AnonymousReport anonymousFixture(const CompanyResult &company, const Questionnaire &q)
{
    ScoreReport report;
    report.companies.push_back(company);
    return anonymize(report, q, 3);
}

TEST_F(ScoreChartsTest, RadarLeavesOutHiddenDepartments)
{
    const QStringList all{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    const RoundResult &round = m_company.rounds[1];
    const charts::RadarData everything =
        report::radarData(m_q, m_company, round, all, nullptr, false, QStringLiteral("en"));
    EXPECT_EQ(everything.series.size(), 4) << "without an anonymous view: every department";
    const AnonymousReport anonymous = anonymousFixture(m_company, m_q);
    const ScoreReport shown = shownScores(anonymous);
    const AnonymousRound &anonymousRound = anonymous.companies[0].rounds[1];
    const charts::RadarData report = report::radarData(m_q, shown.companies[0], shown.companies[0].rounds[1], all,
                                                       nullptr, false, QStringLiteral("en"), &anonymousRound);
    ASSERT_EQ(report.series.size(), 2);
    EXPECT_EQ(report.series[0].name, QStringLiteral("Muster GmbH"));
    EXPECT_EQ(report.series[1].name, QStringLiteral("C"));
}

TEST_F(ScoreChartsTest, TrendHasIndexThenDimensionsOverTheRounds)
{
    const charts::TrendData trend = report::trendData(m_q, m_company, QStringLiteral("de"));
    EXPECT_EQ(trend.title, QStringLiteral("Verlauf"));
    EXPECT_EQ(trend.rounds, (QStringList{QStringLiteral("R1"), QStringLiteral("R2")}));
    ASSERT_EQ(trend.series.size(), 1 + m_q.dimensions.size());
    EXPECT_EQ(trend.series[0].name, QStringLiteral("Index"));
    EXPECT_TRUE(trend.series[0].emphasized);
    EXPECT_DOUBLE_EQ(*trend.series[0].values[1], 41.0);
    EXPECT_EQ(trend.series[1].name, QStringLiteral("Strategie"));
    EXPECT_DOUBLE_EQ(*trend.series[1].values[0], 50.0);
    EXPECT_FALSE(trend.series[2].values[1].has_value());
}

TEST_F(ScoreChartsTest, HeatmapHidesDepartmentsAndShowsThePool)
{
    const AnonymousReport anonymous = anonymousFixture(m_company, m_q);
    const ScoreReport shown = shownScores(anonymous);
    const charts::HeatmapData hidden =
        report::heatmapData(m_q, shown.companies[0].rounds[1], QStringLiteral("de"), &anonymous.companies[0].rounds[1]);
    EXPECT_EQ(hidden.title, QString::fromUtf8("Abteilungen × Dimensionen"));
    ASSERT_EQ(hidden.rows.size(), 4);
    EXPECT_EQ(hidden.rows.mid(0, 3), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    EXPECT_EQ(hidden.rows[3], QStringLiteral("Andere Abteilungen (6 befragte Personen)"));
    EXPECT_EQ(hidden.hiddenRows, (QList<bool>{true, true, false, false}));
    EXPECT_EQ(hidden.hiddenText, QStringLiteral("zu wenige Antworten"));
    for (int row : {0, 1})
        for (const std::optional<double> &v : hidden.values[row])
            EXPECT_FALSE(v.has_value()) << "a hidden row carries no numbers at all";
    EXPECT_DOUBLE_EQ(*hidden.values[2][0], 3.0);
    EXPECT_DOUBLE_EQ(*hidden.values[3][0], 1.5) << "the pool: the mean of A (1) and B (2)";
    ASSERT_EQ(hidden.spread.size(), m_q.dimensions.size());
    EXPECT_DOUBLE_EQ(*hidden.spread[0], 1.5) << "over C (3) and the pool (1.5), not over A, B and C";
    EXPECT_EQ(hidden.spreadLabel, QStringLiteral("Spannweite (Silo-Signal)"));

    const charts::HeatmapData all = report::heatmapData(m_q, m_company.rounds[1], QStringLiteral("en"));
    EXPECT_TRUE(all.hiddenRows.isEmpty()) << "without an anonymous view nothing is hidden";
}

} // namespace
