// Mapping profiles (formats.md *Survey exports with a mapping profile*) as a library: a written
// profile reads back equal, LimeSurvey codes follow the documented rule, and the import through a
// profile reads labels, constants and file-named respondents.

#include "io/MappingProfile.h"
#include "io/LimeSurveyCodes.h"
#include "io/MappingSuggestion.h"
#include "io/QuestionnaireJson.h"

#include <gtest/gtest.h>

using namespace sbr;

namespace {

TEST(MappingProfile, WrittenProfileReadsBackEqual)
{
    const Questionnaire q = io::defaultQuestionnaire();
    io::MappingProfile p;
    p.columns = {
        {QStringLiteral("Q3. \"Ziele\" – Unsere Social-Media-Ziele …"), QStringLiteral("strategy.business-goals")},
        {QStringLiteral("Abteilung"), QStringLiteral("department")},
        {QStringLiteral("Zeitstempel"), QStringLiteral("ignore")}};
    p.levels = {{QStringLiteral("Trifft gar nicht zu"), 0}, {QStringLiteral("Weiß nicht"), std::nullopt}};
    p.company = QStringLiteral("Müller & Söhne");
    p.round = QStringLiteral("2026-Q1");
    p.date = QStringLiteral("2026-03-15");
    const io::MappingParse parsed = io::readMappingProfile(io::writeMappingProfile(p), q);
    ASSERT_TRUE(parsed.issues.isEmpty()) << qPrintable(parsed.issues.value(0).toString(QStringLiteral("p")));
    ASSERT_TRUE(parsed.profile);
    EXPECT_EQ(*parsed.profile, p);
    // Headers are found after normalisation and regardless of case.
    EXPECT_EQ(parsed.profile->target(QStringLiteral(" abteilung\u00a0")), QStringLiteral("department"));
}

// Found by the fuzz target mapping_profile: a huge number as a level.
TEST(MappingProfile, ALevelFarOutsideTheScaleIsAnIssueOfItsLevel)
{
    const Questionnaire q = io::defaultQuestionnaire();
    const QByteArray json = R"({"format": "sbradar-mapping", "version": 1,
 "columns": {"Abteilung": "department"},
 "levels": {"Trifft voll zu": 4.4e38, "Teils": -1e300, "Halb": 2.5, "Gut": 3}})";
    const io::MappingParse parsed = io::readMappingProfile(json, q);
    EXPECT_FALSE(parsed.profile);
    ASSERT_EQ(parsed.issues.size(), 3);
    for (const io::MappingIssue &issue : parsed.issues) {
        EXPECT_TRUE(issue.message.contains(QStringLiteral("is not a level"))) << qPrintable(issue.message);
        EXPECT_EQ(issue.line, 3);
    }
}

// Found by the fuzz target survey_export: a header twice made a profile with a key twice.
TEST(MappingProfile, ASuggestionMapsEachHeaderAndEachTargetOnce)
{
    const Questionnaire q = io::defaultQuestionnaire();
    const QStringList header{QStringLiteral("respondent"), QStringLiteral("strategy.business-goals"),
                             QStringLiteral("Respondent"), QStringLiteral("strategy.business-goals"),
                             QStringLiteral("Unsere Social-Media-Ziele sind aus den Unternehmenszielen abgeleitet")};
    const io::MappingSuggestion s = io::suggestMapping(header, {}, q);
    ASSERT_EQ(s.profile.columns.size(), 2);
    EXPECT_EQ(s.profile.columns.at(0).target, QStringLiteral("respondent"));
    EXPECT_EQ(s.profile.columns.at(1).target, QStringLiteral("strategy.business-goals"));
    EXPECT_EQ(s.unmatchedHeaders,
              (QStringList{QStringLiteral("Respondent"), QStringLiteral("strategy.business-goals"), header.last()}));
    const io::MappingParse again = io::readMappingProfile(io::writeMappingProfile(s.profile), q);
    ASSERT_TRUE(again.profile);
    EXPECT_EQ(*again.profile, s.profile);
}

TEST(MappingProfile, ImportReadsLabelsConstantsAndNamesRespondentsByRow)
{
    io::ImportContext context;
    context.questionnaire = io::defaultQuestionnaire();
    io::MappingProfile p;
    p.columns = {{QStringLiteral("Zeit"), QStringLiteral("ignore")},
                 {QStringLiteral("Ziele"), QStringLiteral("strategy.business-goals")}};
    p.levels = {{QStringLiteral("Trifft voll zu"), 4}, {QStringLiteral("Weiß nicht"), std::nullopt}};
    p.company = QStringLiteral("Muster GmbH");
    p.department = QStringLiteral("Marketing");
    p.round = QStringLiteral("R1");
    p.date = QStringLiteral("2026-03-15");
    const QByteArray csv = "Zeit,Ziele\n9:00,trifft VOLL zu\n9:05,Weiß nicht\n9:10,2\n";
    const io::ImportResult r = io::parseSurveyExport(csv, context, {}, p, QStringLiteral("forms.csv"));
    ASSERT_TRUE(r.ok()) << qPrintable(r.messages(QStringLiteral("forms.csv")).join(u'\n'));
    ASSERT_EQ(r.batch.respondents.size(), 3);
    EXPECT_EQ(r.batch.respondents[0].name, QStringLiteral("forms.csv #1"));
    EXPECT_EQ(r.batch.respondents[2].name, QStringLiteral("forms.csv #3"));
    ASSERT_EQ(r.batch.answers.size(), 3u);
    EXPECT_TRUE(r.batch.answers[0].applicable);
    EXPECT_EQ(r.batch.answers[0].level, 4);
    EXPECT_FALSE(r.batch.answers[1].applicable);
    EXPECT_EQ(r.batch.answers[2].level, 2);
    EXPECT_EQ(r.batch.rounds.value(0).date, QDate(2026, 3, 15));

    const QByteArray unknown = "Zeit,Ziele,Kommentar\n9:00,Trifft voll zu,\n";
    const io::ImportResult refused = io::parseSurveyExport(unknown, context, {}, p, QStringLiteral("forms.csv"));
    ASSERT_EQ(refused.errors.size(), 1);
    EXPECT_EQ(refused.errors[0].line, 1);
    EXPECT_EQ(refused.errors[0].column, 3);
    EXPECT_TRUE(refused.batch.answers.empty());
}

} // namespace
