// The importer on in-memory files: what it builds, and the errors it reports with their lines.

#include "io/AnswerImport.h"
#include "ScoringTestSupport.h"

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::io;

namespace {

ImportContext context()
{
    ImportContext c;
    c.questionnaire = test::questionnaire({{1, {1, 1}}, {1, {1}}, {1, {1}}}); // d0.i0 d0.i1 d1.i0 d2.i0
    return c;
}

QStringList messages(const ImportResult &r)
{
    return r.messages(QStringLiteral("a.csv"));
}

const QByteArray kHeader = "company,department,round,date,respondent,item,level\n";

} // namespace

TEST(AnswerImport, LongFormBuildsBatch)
{
    const QByteArray csv = kHeader + "Muster GmbH,Vertrieb,2026-Q1,2026-03-15,R1,d0.i0,3\n"
                                     "Muster GmbH,Vertrieb,2026-Q1,2026-03-15,R1,d0.i1,n/a\n"
                                     "Muster GmbH,Vertrieb,2026-Q1,2026-03-15,R2,d0.i0,\n"
                                     "Muster GmbH,Marketing,2026-Q1,2026-03-15,R1,d2.i0,4\n";
    const ImportResult r = parseAnswersCsv(csv, context());
    ASSERT_TRUE(r.ok()) << qPrintable(messages(r).join(u'\n'));
    EXPECT_EQ(r.form, ImportResult::Form::Long);
    EXPECT_EQ(r.batch.companies, QStringList{QStringLiteral("Muster GmbH")});
    EXPECT_EQ(r.batch.departments.size(), 2);
    EXPECT_EQ(r.batch.rounds.size(), 1);
    EXPECT_EQ(r.batch.rounds[0].date, QDate(2026, 3, 15));
    EXPECT_EQ(r.batch.respondents.size(), 3); // R1 in Vertrieb, R2 in Vertrieb, R1 in Marketing
    ASSERT_EQ(r.batch.answers.size(), 4u);
    EXPECT_EQ(r.batch.answers[0].level, 3);
    EXPECT_TRUE(r.batch.answers[0].applicable);
    EXPECT_FALSE(r.batch.answers[1].applicable);
    EXPECT_FALSE(r.batch.answers[2].applicable);
    EXPECT_EQ(r.batch.answers[3].item, 3);
    EXPECT_EQ(r.newCompanies, 1);
    EXPECT_EQ(r.newDepartments, 2);
    EXPECT_EQ(r.newRounds, 1);
}

TEST(AnswerImport, WideFormWithSemicolonsAndBom)
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "company;department;round;date;respondent;d0.i0;d0.i1;d1.i0;d2.i0\r\n"
                           "\"Müller; Söhne\";Vertrieb;Q1;2026-01-02;A;1;2;N/A;4\r\n"
                           "\"Müller; Söhne\";Vertrieb;Q1;2026-01-02;B;0;;3;4\r\n";
    const ImportResult r = parseAnswersCsv(csv, context());
    ASSERT_TRUE(r.ok()) << qPrintable(messages(r).join(u'\n'));
    EXPECT_EQ(r.form, ImportResult::Form::Wide);
    EXPECT_EQ(r.batch.companies.value(0), QStringLiteral("Müller; Söhne"));
    EXPECT_EQ(r.batch.answers.size(), 8u);
    EXPECT_EQ(r.records, 2);
}

TEST(AnswerImport, ErrorsNameLineAndColumn)
{
    const QByteArray csv = kHeader + "M,V,Q1,2026-03-15,R1,d0.i0,7\n" // line 2: level
                                     "M,V,Q1,2026-03-15,R1,nope,1\n"  // line 3: item
                                     "M,V,Q2,2026-02-30,R1,d0.i0,1\n" // line 4: date
                                     "M,V,Q1,2026-03-16,R2,d0.i0,1\n" // line 5: second date
                                     "M,V,Q1,2026-03-15,R3,d0.i0,1\n"
                                     "M,V,Q1,2026-03-15,R3,d0.i0,2\n"; // line 7: duplicate of 6
    const ImportResult r = parseAnswersCsv(csv, context());
    const QStringList m = messages(r);
    ASSERT_EQ(m.size(), 5) << qPrintable(m.join(u'\n'));
    EXPECT_TRUE(m[0].startsWith(QStringLiteral("a.csv, line 2, column 7 (level): \"7\" is not a level: expected a "
                                               "whole number from 0 to 4")))
        << qPrintable(m[0]);
    EXPECT_TRUE(m[1].startsWith(QStringLiteral("a.csv, line 3, column 6 (item): \"nope\" is not an item id")));
    EXPECT_TRUE(m[2].startsWith(QStringLiteral("a.csv, line 4, column 4 (date): \"2026-02-30\" is not a date")));
    EXPECT_TRUE(m[3].contains(QStringLiteral("line 5, column 4 (date): round \"Q1\" of \"M\" is dated 2026-03-15 on "
                                             "line 2 but 2026-03-16 here")))
        << qPrintable(m[3]);
    EXPECT_TRUE(m[4].contains(QStringLiteral("line 7, column 6 (item): respondent \"R3\" answered item \"d0.i0\" "
                                             "already on line 6")))
        << qPrintable(m[4]);
    EXPECT_TRUE(r.batch.answers.empty()); // nothing to write
}

TEST(AnswerImport, LinesCountNewlinesInsideQuotedFields)
{
    const QByteArray csv = kHeader + "\"M\nwith\nlines\",V,Q1,2026-03-15,R1,d0.i0,1\n"
                                     "M,V,Q1,2026-03-15,R1,d0.i1,x\n"; // physical line 5
    const QStringList m = messages(parseAnswersCsv(csv, context()));
    ASSERT_EQ(m.size(), 1);
    EXPECT_TRUE(m[0].startsWith(QStringLiteral("a.csv, line 5, column 7 (level)"))) << qPrintable(m[0]);
}

TEST(AnswerImport, AtMostTwentyErrors)
{
    QByteArray csv = kHeader;
    for (int i = 0; i < 50; ++i)
        csv += "M,V,Q1,2026-03-15,R" + QByteArray::number(i) + ",d0.i0,9\n";
    const ImportResult r = parseAnswersCsv(csv, context());
    EXPECT_EQ(r.errors.size(), kMaxImportErrors);
    EXPECT_TRUE(r.moreErrors);
    EXPECT_EQ(r.errors.last().line, 21);
    EXPECT_EQ(messages(r).size(), 21);
}

TEST(AnswerImport, KnowsWhatTheWorkspaceHolds)
{
    ImportContext c = context();
    ImportContext::Company &m = c.companies[QStringLiteral("M")];
    m.rounds.insert(QStringLiteral("Q1"), QDate(2026, 3, 15));
    m.departments.insert(QStringLiteral("V"));
    m.respondents[ImportContext::assessmentKey(QStringLiteral("V"), QStringLiteral("Q1"))].insert(QStringLiteral("R1"));

    const QByteArray again = kHeader + "M,V,Q1,2026-03-15,R1,d0.i0,1\nM,V,Q1,2026-03-15,R2,d0.i0,1\n";
    const ImportResult refused = parseAnswersCsv(again, c);
    ASSERT_EQ(refused.errors.size(), 1);
    EXPECT_EQ(refused.errors[0].line, 2);
    EXPECT_TRUE(refused.errors[0].message.contains(QStringLiteral("use --replace")));

    ImportOptions replace;
    replace.replace = true;
    const ImportResult replaced = parseAnswersCsv(again, c, replace);
    ASSERT_TRUE(replaced.ok());
    EXPECT_TRUE(replaced.batch.respondents[0].replaces);
    EXPECT_FALSE(replaced.batch.respondents[1].replaces);
    EXPECT_EQ(replaced.replacedRespondents, 1);
    EXPECT_EQ(replaced.newCompanies + replaced.newDepartments + replaced.newRounds, 0);

    const QByteArray otherDate = kHeader + "M,V,Q1,2026-03-16,R9,d0.i0,1\n";
    EXPECT_TRUE(messages(parseAnswersCsv(otherDate, c))
                    .value(0)
                    .contains(QStringLiteral("is dated 2026-03-15 in the workspace, not 2026-03-16")));
    const QByteArray sameDate = kHeader + "M,V,Q2,2026-03-15,R9,d0.i0,1\n";
    EXPECT_TRUE(messages(parseAnswersCsv(sameDate, c))
                    .value(0)
                    .contains(QStringLiteral("2026-03-15 is already the date of round \"Q1\"")));
}

TEST(AnswerImport, HeaderProblems)
{
    EXPECT_TRUE(messages(parseAnswersCsv("company,department,round,respondent,item,level\n", context()))
                    .value(0)
                    .contains(QStringLiteral("lacks the column(s) date")));
    const QByteArray extra =
        "company,department,round,date,respondent,item,level,note\nM,V,Q1,2026-01-01,R,d0.i0,1,x\n";
    EXPECT_TRUE(
        messages(parseAnswersCsv(extra, context())).value(0).contains(QStringLiteral("unknown column \"note\"")));
    ImportOptions ignore;
    ignore.ignoreUnknownColumns = true;
    EXPECT_TRUE(parseAnswersCsv(extra, context(), ignore).ok());
    EXPECT_TRUE(messages(parseAnswersCsv("", context())).value(0).contains(QStringLiteral("the file is empty")));
    EXPECT_TRUE(messages(parseAnswersCsv(kHeader, context())).value(0).contains(QStringLiteral("no answers")));
}

TEST(AnswerImport, RecognisesUtf16)
{
    const QByteArray utf16 =
        QByteArray("\xFF\xFE", 2) + QByteArray(reinterpret_cast<const char *>(u"company,department"), 36);
    const QStringList m = messages(parseAnswersCsv(utf16, context()));
    ASSERT_EQ(m.size(), 1);
    EXPECT_TRUE(m[0].startsWith(QStringLiteral("a.csv, line 1: the file is saved as UTF-16 text"))) << qPrintable(m[0]);
}
