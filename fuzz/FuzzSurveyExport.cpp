// libFuzzer target: a survey export as a user would bring it (formats.md *Survey exports with a
// mapping profile*): the file is read as a table (CSV, tab-separated or .xlsx, SurveyMonkey's
// two header rows, LimeSurvey question codes), a profile is suggested for it, the suggestion is
// written and read back (it must read back equal), and the file is imported through it with a
// company, round and date given. Refusals are fine; a crash, a hang or an answer pointing
// outside the batch or the questionnaire is a finding.
#include "FuzzSupport.h"
#include "io/AnswerImport.h"
#include "io/MappingProfile.h"
#include "io/MappingSuggestion.h"
#include "io/QuestionnaireJson.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sbr::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const sbr::Questionnaire q = sbr::io::defaultQuestionnaire();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList header;
    QList<QStringList> rows;
    QString error;
    if (!sbr::io::readSurveyTable(bytes, QString(), &header, &rows, &error, 200))
        return 0;
    const sbr::io::MappingSuggestion suggestion = sbr::io::suggestMapping(header, rows, q);
    sbr::io::MappingProfile profile = suggestion.profile;
    profile.company = QStringLiteral("Muster GmbH");
    profile.round = QStringLiteral("2026-Q1");
    profile.date = QStringLiteral("2026-03-15");
    if (!profile.columns.isEmpty()) {
        const sbr::io::MappingParse again = sbr::io::readMappingProfile(sbr::io::writeMappingProfile(profile), q);
        if (again.profile && !(*again.profile == profile))
            __builtin_trap(); // written and read back, a valid profile must stay the same
    }
    sbr::io::ImportContext context;
    context.questionnaire = q;
    const sbr::io::ImportResult result =
        sbr::io::parseSurveyExport(bytes, context, sbr::io::ImportOptions{}, profile, QStringLiteral("survey.csv"));
    if (result.errors.size() > sbr::io::kMaxImportErrors)
        __builtin_trap();
    if (result.ok())
        for (const sbr::io::AnswerBatch::Answer &a : result.batch.answers)
            if (a.respondent < 0 || a.respondent >= result.batch.respondents.size() || a.item < 0 ||
                a.item >= q.flatItems().size())
                __builtin_trap();
    return 0;
}
