// libFuzzer target: the answers importer on CSV / tab-separated text, long and wide form
// (core/io/AnswerImport, formats.md), against the built-in questionnaire and a workspace that
// already holds one company, department, round and respondent (so the "already recorded" and
// "another date" checks are reached). The two switches (--replace, --ignore-unknown-columns) are
// taken from the input's length, so no input byte is spent on them.
#include "FuzzSupport.h"
#include "io/AnswerImport.h"
#include "io/QuestionnaireJson.h"

#include <cstddef>
#include <cstdint>

namespace {

sbr::io::ImportContext makeContext()
{
    sbr::io::ImportContext context;
    context.questionnaire = sbr::io::defaultQuestionnaire();
    sbr::io::ImportContext::Company company;
    company.rounds.insert(QStringLiteral("2026-Q1"), QDate(2026, 3, 15));
    company.departments.insert(QStringLiteral("Marketing"));
    company.respondents[sbr::io::ImportContext::assessmentKey(QStringLiteral("Marketing"), QStringLiteral("2026-Q1"))]
        .insert(QStringLiteral("A"));
    context.companies.insert(QStringLiteral("Muster GmbH"), company);
    return context;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sbr::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const sbr::io::ImportContext context = makeContext();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sbr::io::ImportOptions options;
    options.replace = size % 2 == 1;
    options.ignoreUnknownColumns = size % 3 == 1;
    const sbr::io::ImportResult result = sbr::io::parseAnswersCsv(bytes, context, options);
    // Refused: at most kMaxImportErrors messages and no batch; accepted: every answer points into
    // the batch and the questionnaire.
    if (result.errors.size() > sbr::io::kMaxImportErrors)
        __builtin_trap();
    const qsizetype items = context.questionnaire.flatItems().size();
    if (result.ok())
        for (const sbr::io::AnswerBatch::Answer &a : result.batch.answers)
            if (a.respondent < 0 || a.respondent >= result.batch.respondents.size() || a.item < 0 || a.item >= items)
                __builtin_trap();
    (void)result.messages(QStringLiteral("answers.csv"));
    return 0;
}
