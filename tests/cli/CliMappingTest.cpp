// Survey exports with a mapping profile (formats.md *Survey exports with a mapping profile*):
// `sbradar-cli mapping` suggests a profile for exports as Microsoft Forms, Google Forms,
// SurveyMonkey and LimeSurvey write them (fixtures in tests/data/cli/survey/), `import --mapping`
// imports with it and gives the same scores as the same answers in long form, and a bad profile
// is refused with its line and field while nothing is written.

#include "CliTestSupport.h"

using namespace sbr::clitest;

namespace {

const QString kLongHeader = u"company,department,round,date,respondent,item,level\n"_s;

class CliMapping : public CliTestBase {
protected:
    QString m_ws;

    void SetUp() override
    {
        CliTestBase::SetUp();
        m_ws = makeWorkspace();
    }
    static QString survey(const QString &name) { return testData(u"cli/survey/"_s + name); }

    /// The suggested profile (stdout) and the notes (stderr).
    QJsonObject suggest(const QString &file, Result *out = nullptr)
    {
        const Result r = cli({u"mapping"_s, m_ws, file});
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        if (out)
            *out = r;
        return parseJson(r);
    }
    /// Imports the same answers in long form into a fresh workspace and returns its score --json.
    QByteArray longFormScores(const QString &rows)
    {
        const QString ws = makeWorkspace(u"long.sbradar"_s);
        writeFile(path(u"long.csv"_s), (kLongHeader + rows).toUtf8());
        const Result r = cli({u"import"_s, ws, path(u"long.csv"_s)});
        EXPECT_EQ(r.exitCode, 0) << r.dump();
        return cli({u"score"_s, ws, u"--json"_s}).outBytes;
    }
    /// Rows of the long form: one respondent's answers to the four statements of the fixtures
    /// (empty level = not applicable).
    static QString rows(const QString &keys, const QStringList &levels)
    {
        static const QStringList items = {u"strategy.business-goals"_s, u"strategy.overall-strategy"_s,
                                          u"practices.listening"_s, u"team.owner"_s};
        QString out;
        for (int i = 0; i < items.size(); ++i)
            out += keys + u',' + items[i] + u',' + levels[i] + u'\n';
        return out;
    }
};

TEST_F(CliMapping, FormsExportHeadersAndLabelsAreMatched)
{
    Result r;
    const QJsonObject p = suggest(survey(u"forms-de.csv"_s), &r);
    EXPECT_EQ(p.value(u"format"_s).toString(), u"sbradar-mapping"_s);
    EXPECT_EQ(p.value(u"version"_s).toInt(), 1);
    const QJsonObject c = p.value(u"columns"_s).toObject();
    EXPECT_EQ(c.value(u"ID"_s).toString(), u"respondent"_s);
    EXPECT_EQ(c.value(u"Abteilung"_s).toString(), u"department"_s);
    for (const QString &meta : {u"Startzeit"_s, u"Fertigstellungszeit"_s, u"E-Mail"_s, u"Name"_s})
        EXPECT_EQ(c.value(meta).toString(), u"ignore"_s) << meta.toStdString();
    // Numbered, without the final full stop, a dash for ", und", words left out.
    EXPECT_EQ(c.value(u"1. Unsere Social-Media-Ziele sind aus den Unternehmenszielen abgeleitet und mit der "
                      u"Geschäftsführung vereinbart"_s)
                  .toString(),
              u"strategy.business-goals"_s);
    EXPECT_EQ(c.value(u"2. Social Media ist Teil unserer Gesamtstrategie – nicht nur eine Aufgabe des Marketings"_s)
                  .toString(),
              u"strategy.overall-strategy"_s);
    EXPECT_EQ(c.value(u"3. Wir beobachten systematisch wo und wie in sozialen Medien über uns und unsere Produkte "
                      u"gesprochen wird"_s)
                  .toString(),
              u"practices.listening"_s);
    EXPECT_EQ(c.value(u"4. Eine namentlich benannte Person ist hauptverantwortlich für Social Media und hat dafür fest "
                      u"eingeplante Arbeitszeit"_s)
                  .toString(),
              u"team.owner"_s);
    EXPECT_FALSE(c.contains(u"Anmerkungen"_s)); // free text: listed, not guessed
    EXPECT_EQ(c.size(), 10);
    EXPECT_TRUE(r.err.contains(u"not mapped: column \"Anmerkungen\""_s)) << r.dump();
    EXPECT_TRUE(r.err.contains(u"4 of 31 statements matched"_s)) << r.dump();
    // The five-point agreement scale onto 0..4, "Weiß nicht" = not applicable.
    const QJsonObject l = p.value(u"levels"_s).toObject();
    EXPECT_EQ(l.value(u"Trifft gar nicht zu"_s), QJsonValue(0));
    EXPECT_EQ(l.value(u"Trifft eher nicht zu"_s), QJsonValue(1));
    EXPECT_EQ(l.value(u"Teils, teils"_s), QJsonValue(2));
    EXPECT_EQ(l.value(u"Trifft eher zu"_s), QJsonValue(3));
    EXPECT_EQ(l.value(u"Trifft voll zu"_s), QJsonValue(4));
    EXPECT_TRUE(l.contains(u"Weiß nicht"_s) && l.value(u"Weiß nicht"_s).isNull());
    EXPECT_EQ(l.size(), 6);
}

TEST_F(CliMapping, GoogleFormsGridAndEnglishLabels)
{
    const QJsonObject p = suggest(survey(u"google-en.csv"_s));
    const QJsonObject c = p.value(u"columns"_s).toObject();
    EXPECT_EQ(c.value(u"Timestamp"_s).toString(), u"ignore"_s);
    EXPECT_EQ(c.value(u"Department"_s).toString(), u"department"_s);
    EXPECT_EQ(c.value(u"How far does each statement apply? [A named person has overall responsibility for social "
                      u"media and has dedicated working time for it.]"_s)
                  .toString(),
              u"team.owner"_s);
    EXPECT_EQ(c.value(u"How far does each statement apply? [Social media is part of our overall corporate strategy, "
                      u"not just a marketing task.]"_s)
                  .toString(),
              u"strategy.overall-strategy"_s);
    EXPECT_EQ(c.size(), 6);
    const QJsonObject l = p.value(u"levels"_s).toObject();
    EXPECT_EQ(l.value(u"Strongly disagree"_s), QJsonValue(0));
    EXPECT_EQ(l.value(u"Neither agree nor disagree"_s), QJsonValue(2));
    EXPECT_EQ(l.value(u"Strongly agree"_s), QJsonValue(4));
    EXPECT_TRUE(l.value(u"Don't know"_s).isNull());
}

TEST_F(CliMapping, SurveyMonkeyUnknownLabelIsListedAndRefusedAtItsCell)
{
    Result r;
    const QJsonObject p = suggest(survey(u"surveymonkey-en.csv"_s), &r);
    const QJsonObject c = p.value(u"columns"_s).toObject();
    EXPECT_EQ(c.value(u"Respondent ID"_s).toString(), u"respondent"_s);
    for (const QString &meta : {u"Collector ID"_s, u"Start Date"_s, u"End Date"_s, u"IP Address"_s})
        EXPECT_EQ(c.value(meta).toString(), u"ignore"_s) << meta.toStdString();
    EXPECT_EQ(c.value(u"Q3. We systematically monitor where and how people talk about us on social media"_s).toString(),
              u"practices.listening"_s);
    EXPECT_EQ(c.size(), 14);
    // The scale's own English labels.
    const QJsonObject l = p.value(u"levels"_s).toObject();
    EXPECT_EQ(l.value(u"Not in place"_s), QJsonValue(0));
    EXPECT_EQ(l.value(u"Fully established"_s), QJsonValue(4));
    EXPECT_FALSE(l.contains(u"Maybe"_s));
    EXPECT_TRUE(r.err.contains(u"not mapped: answer \"Maybe\""_s)) << r.dump();

    writeFile(path(u"p.json"_s), r.outBytes);
    const Result refused = refusedImport(m_ws, survey(u"surveymonkey-en.csv"_s),
                                         {u"--mapping"_s, path(u"p.json"_s), u"--company"_s, u"Muster GmbH"_s,
                                          u"--round"_s, u"2026-Q1"_s, u"--date"_s, u"2026-03-15"_s});
    // "Maybe" is in line 2, column 14 (team.owner).
    expectErrorLine(refused, u"surveymonkey-en.csv, line 2, column 14 (Q4."_s, u"\"Maybe\" is not a level"_s);
}

TEST_F(CliMapping, FormsImportGivesTheScoresOfTheLongForm)
{
    Result r;
    suggest(survey(u"forms-de.csv"_s), &r);
    const QString profile = path(u"forms.json"_s);
    writeFile(profile, r.outBytes);
    const QStringList constants = {u"--company"_s, u"Muster GmbH"_s, u"--round"_s,
                                   u"2026-Q1"_s,   u"--date"_s,      u"15.03.2026"_s};
    // The suggestion leaves the free-text column out: refused, naming it.
    const Result unmapped =
        refusedImport(m_ws, survey(u"forms-de.csv"_s), QStringList{u"--mapping"_s, profile} + constants);
    expectErrorLine(unmapped, u"forms-de.csv, line 1, column 11 (Anmerkungen)"_s, u"does not map the column"_s);
    // As a user would: map it to "ignore".
    QByteArray json = r.outBytes;
    json.replace("\"columns\": {", "\"columns\": {\n    \"Anmerkungen\": \"ignore\",");
    writeFile(profile, json);
    const Result ok =
        cli(QStringList{u"import"_s, m_ws, survey(u"forms-de.csv"_s), u"--mapping"_s, profile} + constants);
    ASSERT_EQ(ok.exitCode, 0) << ok.dump();
    EXPECT_TRUE(ok.out.contains(u"12 answers of 3 respondents"_s)) << ok.dump();

    const QString keys = u"Muster GmbH,%1,2026-Q1,2026-03-15,%2"_s;
    const QByteArray expected =
        longFormScores(rows(keys.arg(u"Marketing"_s, u"1"_s), {u"4"_s, u"3"_s, u"2"_s, {}}) +
                       rows(keys.arg(u"Marketing"_s, u"2"_s), {u"3"_s, u"2"_s, u"1"_s, u"0"_s}) +
                       rows(keys.arg(u"Vertrieb"_s, u"3"_s), {u"2"_s, {}, u"4"_s, u"3"_s}));
    const Result scores = cli({u"score"_s, m_ws, u"--json"_s});
    ASSERT_EQ(scores.exitCode, 0) << scores.dump();
    EXPECT_EQ(scores.outBytes, expected);
}

TEST_F(CliMapping, GoogleRespondentsAreNamedByFileAndRow)
{
    Result r;
    suggest(survey(u"google-en.csv"_s), &r);
    writeFile(path(u"g.json"_s), r.outBytes);
    const QStringList args = {u"import"_s,
                              m_ws,
                              survey(u"google-en.csv"_s),
                              u"--mapping"_s,
                              path(u"g.json"_s),
                              u"--company"_s,
                              u"Muster GmbH"_s,
                              u"--round"_s,
                              u"2026-Q1"_s,
                              u"--date"_s,
                              u"2026-03-15"_s};
    const Result ok = cli(args);
    ASSERT_EQ(ok.exitCode, 0) << ok.dump();
    const QString keys = u"Muster GmbH,%1,2026-Q1,2026-03-15,google-en.csv #%2"_s;
    const QByteArray expected =
        longFormScores(rows(keys.arg(u"Marketing"_s, u"1"_s), {u"4"_s, u"3"_s, u"2"_s, {}}) +
                       rows(keys.arg(u"Marketing"_s, u"2"_s), {u"3"_s, u"2"_s, u"1"_s, u"0"_s}) +
                       rows(keys.arg(u"Sales"_s, u"3"_s), {u"2"_s, {}, u"4"_s, u"3"_s}));
    EXPECT_EQ(cli({u"score"_s, m_ws, u"--json"_s}).outBytes, expected);
    // The same file again: the same respondents, refused without --replace, replaced with it.
    const Result again = refusedImport(m_ws, survey(u"google-en.csv"_s), args.mid(3));
    expectErrorLine(again, u"google-en.csv, line 2"_s, u"respondent \"google-en.csv #1\" is already recorded"_s);
    const Result replaced = cli(args + QStringList{u"--replace"_s});
    ASSERT_EQ(replaced.exitCode, 0) << replaced.dump();
    EXPECT_EQ(cli({u"score"_s, m_ws, u"--json"_s}).outBytes, expected);
}

TEST_F(CliMapping, LimeSurveyExportIsMappedByQuestionCodes)
{
    Result r;
    const QJsonObject p = suggest(survey(u"limesurvey.csv"_s), &r);
    const QJsonObject c = p.value(u"columns"_s).toObject();
    // The question codes of a survey structure written by the program (LimeSurveyCodes.h).
    EXPECT_EQ(c.value(u"strategyBusinesX0001"_s).toString(), u"strategy.business-goals"_s);
    EXPECT_EQ(c.value(u"strategyOverallX0001"_s).toString(), u"strategy.overall-strategy"_s);
    EXPECT_EQ(c.value(u"practicesListening"_s).toString(), u"practices.listening"_s);
    EXPECT_EQ(c.value(u"teamOwner"_s).toString(), u"team.owner"_s);
    EXPECT_EQ(c.value(u"id"_s).toString(), u"respondent"_s);
    EXPECT_EQ(c.size(), 9);
    EXPECT_FALSE(r.err.contains(u"not mapped"_s)) << r.dump();
    writeFile(path(u"l.json"_s), r.outBytes);
    const Result ok = cli({u"import"_s, m_ws, survey(u"limesurvey.csv"_s), u"--mapping"_s, path(u"l.json"_s),
                           u"--company"_s, u"Muster GmbH"_s, u"--department"_s, u"Marketing"_s, u"--round"_s,
                           u"2026-Q1"_s, u"--date"_s, u"2026-03-15"_s});
    ASSERT_EQ(ok.exitCode, 0) << ok.dump();
    const QString keys = u"Muster GmbH,Marketing,2026-Q1,2026-03-15,%1"_s;
    const QByteArray expected = longFormScores(rows(keys.arg(1), {u"4"_s, u"3"_s, u"2"_s, {}}) +
                                               rows(keys.arg(2), {u"3"_s, u"2"_s, u"1"_s, u"0"_s}) +
                                               rows(keys.arg(3), {u"2"_s, {}, u"4"_s, u"3"_s}));
    EXPECT_EQ(cli({u"score"_s, m_ws, u"--json"_s}).outBytes, expected);
}

TEST_F(CliMapping, SuggestionWrittenWithOutputOption)
{
    const Result r = cli({u"mapping"_s, m_ws, survey(u"limesurvey.csv"_s), u"-o"_s, path(u"out.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r.dump();
    EXPECT_TRUE(r.out.isEmpty());
    const QJsonObject p = QJsonDocument::fromJson(readFile(path(u"out.json"_s))).object();
    EXPECT_EQ(p.value(u"columns"_s).toObject().value(u"teamOwner"_s).toString(), u"team.owner"_s);
}

struct BadProfile {
    const char *name;
    QByteArray json;
    QString expected; ///< start of the error line after "error: "
    QString text;     ///< what the line must say
};

class CliBadProfile : public CliMapping, public ::testing::WithParamInterface<BadProfile> {};

TEST_P(CliBadProfile, IsRefusedWithLineAndFieldAndWritesNothing)
{
    const BadProfile &bad = GetParam();
    writeFile(path(u"bad.json"_s), bad.json);
    const Result r = refusedImport(m_ws, survey(u"limesurvey.csv"_s),
                                   {u"--mapping"_s, path(u"bad.json"_s), u"--department"_s, u"Marketing"_s});
    expectErrorLine(r, bad.expected, bad.text);
    EXPECT_TRUE(r.err.contains(u"nothing was imported"_s)) << r.dump();
}

const QByteArray kColumns = R"("columns": {"id": "respondent", "submitdate": "ignore", "lastpage": "ignore",
  "startlanguage": "ignore", "seed": "ignore", "strategyBusinesX0001": "strategy.business-goals",
  "strategyOverallX0001": "strategy.overall-strategy", "practicesListening": "practices.listening",
  "teamOwner": "team.owner"})";
const QByteArray kConstants = R"("constants": {"company": "Muster GmbH", "round": "2026-Q1", "date": "2026-03-15"})";

INSTANTIATE_TEST_SUITE_P(
    Profiles, CliBadProfile,
    ::testing::Values(
        BadProfile{"NotJson", "{\"format\": \"sbradar-mapping\",\n \"version\": 1,\n \"columns\": {\"id\" \"x\"}}",
                   u"bad.json, line 3: not valid JSON"_s, u"expected a mapping profile"_s},
        BadProfile{"UnknownItem",
                   "{\"format\": \"sbradar-mapping\", \"version\": 1,\n" + kColumns.chopped(1) +
                       ",\n  \"teamOwner2\": \"team.boss\"},\n\"levels\": {}, " + kConstants + "}",
                   u"bad.json, line 6 (columns[\"teamOwner2\"])"_s,
                   u"\"team.boss\" is neither an item id of the questionnaire"_s},
        BadProfile{"LevelOutOfScale",
                   "{\"format\": \"sbradar-mapping\", \"version\": 1,\n" + kColumns +
                       ",\n\"levels\": {\"Vollständig etabliert\": 5}, " + kConstants + "}",
                   u"bad.json, line 6 (levels[\"Vollständig etabliert\"])"_s,
                   u"5 is not a level; expected a whole number from 0 to 4"_s},
        BadProfile{"BadDate",
                   "{\"format\": \"sbradar-mapping\", \"version\": 1,\n" + kColumns +
                       ",\n\"levels\": {},\n\"constants\": {\"company\": \"M\", \"round\": \"R\",\n \"date\": "
                       "\"03/15/2026\"}}",
                   u"bad.json, line 8 (constants.date)"_s, u"\"03/15/2026\" is not a date"_s},
        BadProfile{"NotAProfile", "{\"format\": \"sbradar-questionnaire\", \"version\": 1}",
                   u"bad.json, line 1 (format)"_s, u"this is not a mapping profile"_s},
        BadProfile{"TwoColumnsOneItem",
                   "{\"format\": \"sbradar-mapping\", \"version\": 1,\n\"columns\": {\"id\": \"respondent\",\n"
                   "\"seed\": \"team.owner\",\n\"teamOwner\": \"team.owner\"}}",
                   u"bad.json, line "_s, u"\"team.owner\" is already the target of"_s}),
    [](const ::testing::TestParamInfo<BadProfile> &p) { return std::string(p.param.name); });

TEST_F(CliMapping, LabelsNotInTheProfileAndMissingKeysAreRefusedAtTheirCells)
{
    writeFile(path(u"p.json"_s), "{\"format\": \"sbradar-mapping\", \"version\": 1,\n" + kColumns +
                                     ",\n\"levels\": {\"Vollständig etabliert\": 4, \"Weitgehend umgesetzt\": 3}}");
    const Result r = refusedImport(m_ws, survey(u"limesurvey.csv"_s), {u"--mapping"_s, path(u"p.json"_s)});
    expectErrorLine(r, u"limesurvey.csv, line 1: "_s, u"no column for company, department, round, date"_s);
    expectErrorLine(r, u"limesurvey.csv, line 2, column 8 (practicesListening): "_s,
                    u"\"Teilweise umgesetzt\" is not a level"_s);
    const Result wrongDate = cli({u"import"_s, m_ws, survey(u"limesurvey.csv"_s), u"--mapping"_s, path(u"p.json"_s),
                                  u"--date"_s, u"15/3/2026"_s});
    EXPECT_EQ(wrongDate.exitCode, 1) << wrongDate.dump();
    const Result noMapping = cli({u"import"_s, m_ws, survey(u"limesurvey.csv"_s), u"--company"_s, u"X"_s});
    EXPECT_EQ(noMapping.exitCode, 1) << noMapping.dump();
}

} // namespace

TEST_F(CliMapping, SurveyMonkeyMatrixWithTwoHeaderRowsIsMappedAndImported)
{
    // SurveyMonkey writes a matrix question over its statements in the first header row and the
    // statements in the second; its own columns have nothing in the second row.
    Result r;
    const QJsonObject p = suggest(survey(u"surveymonkey-matrix-de.csv"_s), &r);
    const QJsonObject c = p.value(u"columns"_s).toObject();
    const QString question = u"Wie weit trifft das auf Ihr Unternehmen zu? [%1]"_s;
    EXPECT_EQ(c.value(question.arg(u"Eine namentlich benannte Person ist hauptverantwortlich für Social Media und hat "
                                   u"dafür fest eingeplante Arbeitszeit."_s))
                  .toString(),
              u"team.owner"_s)
        << r.dump();
    EXPECT_EQ(c.value(u"Abteilung"_s).toString(), u"department"_s);
    EXPECT_EQ(c.value(u"Respondent ID"_s).toString(), u"respondent"_s);
    EXPECT_EQ(c.size(), 14) << r.dump();
    writeFile(path(u"sm.json"_s), r.outBytes);
    const Result ok =
        cli({u"import"_s, m_ws, survey(u"surveymonkey-matrix-de.csv"_s), u"--mapping"_s, path(u"sm.json"_s),
             u"--company"_s, u"Muster GmbH"_s, u"--round"_s, u"2026-Q1"_s, u"--date"_s, u"2026-03-15"_s});
    ASSERT_EQ(ok.exitCode, 0) << ok.dump();
    EXPECT_TRUE(ok.out.contains(u"8 answers of 2 respondents"_s)) << ok.dump();
    const QString keys = u"Muster GmbH,%1,2026-Q1,2026-03-15,%2"_s;
    const QByteArray expected =
        longFormScores(rows(keys.arg(u"Marketing"_s, u"11468025301"_s), {u"4"_s, u"3"_s, u"2"_s, {}}) +
                       rows(keys.arg(u"Vertrieb"_s, u"11468025302"_s), {u"1"_s, u"0"_s, u"4"_s, u"2"_s}));
    EXPECT_EQ(cli({u"score"_s, m_ws, u"--json"_s}).outBytes, expected);
    // A data error is reported at its physical line: the header takes two.
    QByteArray broken = readFile(survey(u"surveymonkey-matrix-de.csv"_s));
    broken.replace("Nicht vorhanden", "Vielleicht");
    writeFile(path(u"broken.csv"_s), broken);
    const Result refused = refusedImport(m_ws, path(u"broken.csv"_s),
                                         {u"--mapping"_s, path(u"sm.json"_s), u"--company"_s, u"Muster GmbH"_s,
                                          u"--round"_s, u"2026-Q2"_s, u"--date"_s, u"2026-06-15"_s});
    expectErrorLine(refused, u"broken.csv, line 4, column 12"_s, u"\"Vielleicht\" is not a level"_s);
}
