// libFuzzer target: a mapping profile as a user edits it by hand (formats.md *Survey exports with
// a mapping profile*): read and checked against the built-in questionnaire; a profile that is
// accepted must write and read back equal, and import a small survey export without crashing.
// Every issue must name a field or a line.
#include "FuzzSupport.h"
#include "io/AnswerImport.h"
#include "io/MappingProfile.h"
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
    static const QByteArray survey = "Antwort-ID,Abteilung,Unsere Social-Media-Ziele,Zeitstempel\n"
                                     "1,Marketing,Trifft voll zu,2026-03-15\n"
                                     "2,Vertrieb,3,2026-03-15\n"
                                     "3,Vertrieb,,2026-03-15\n";
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sbr::io::MappingParse parsed = sbr::io::readMappingProfile(bytes, q);
    if (parsed.profile.has_value() == !parsed.issues.isEmpty())
        __builtin_trap(); // a profile exactly when there is no issue
    for (const sbr::io::MappingIssue &issue : parsed.issues)
        if (issue.message.isEmpty())
            __builtin_trap();
    if (!parsed.profile)
        return 0;
    const sbr::io::MappingParse again = sbr::io::readMappingProfile(sbr::io::writeMappingProfile(*parsed.profile), q);
    if (!again.profile || !(*again.profile == *parsed.profile))
        __builtin_trap();
    sbr::io::ImportContext context;
    context.questionnaire = q;
    const sbr::io::ImportResult result =
        sbr::io::parseSurveyExport(survey, context, sbr::io::ImportOptions{}, *parsed.profile, QStringLiteral("s.csv"));
    if (result.errors.size() > sbr::io::kMaxImportErrors)
        __builtin_trap();
    return 0;
}
