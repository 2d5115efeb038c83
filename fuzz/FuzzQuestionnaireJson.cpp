// libFuzzer target: the questionnaire JSON reader (core/io/QuestionnaireJson, formats.md
// *Questionnaire JSON*). A questionnaire it accepts must survive writing and reading again.
#include "FuzzSupport.h"
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
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const sbr::io::QuestionnaireParse parse = sbr::io::readQuestionnaire(bytes);
    if (parse.questionnaire.has_value() != parse.issues.isEmpty())
        __builtin_trap();
    for (const sbr::io::JsonIssue &issue : parse.issues)
        (void)issue.toString();
    if (!parse.questionnaire)
        return 0;
    const sbr::io::QuestionnaireParse again =
        sbr::io::readQuestionnaire(sbr::io::writeQuestionnaire(*parse.questionnaire));
    if (!again.questionnaire)
        __builtin_trap(); // what we write, we must read back
    return 0;
}
