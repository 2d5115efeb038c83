// template: a questionnaire to hand out (answer workbook, paper form or LimeSurvey structure).

#include "CliOptions.h"
#include "QuestionnaireForm.h"
#include "session/TemplateExport.h"

#include <QDir>

namespace sbr::cli {

namespace {

struct TemplateOptions {
    session::TemplateFormat format;
    int respondents;
    QString language;
};

/// The checked options, or the exit code of a usage error (already printed).
std::variant<TemplateOptions, int> readOptions(const Options &o, const QString &synopsis, const Io &io)
{
    if (o.value(QStringLiteral("company")).isEmpty() || o.value(QStringLiteral("round")).isEmpty() ||
        !o.isSet(QStringLiteral("format")) || o.value(QStringLiteral("o")).isEmpty()) {
        io.error(QCoreApplication::translate(
                     "sbr::cli", "--company NAME, --round LABEL, --format FORMAT and -o FILE are required; usage: "
                                 "sbradar-cli %1")
                     .arg(synopsis));
        return Usage;
    }
    const auto format = session::templateFormatFromKey(o.value(QStringLiteral("format")));
    if (!format) {
        io.error(QCoreApplication::translate("sbr::cli", "--format expects xlsx, pdf or limesurvey, not \"%1\"")
                     .arg(o.value(QStringLiteral("format"))));
        return Usage;
    }
    int respondents = io::kDefaultTemplateRespondents;
    if (o.isSet(QStringLiteral("respondents"))) {
        bool ok = false;
        respondents = o.value(QStringLiteral("respondents")).toInt(&ok);
        if (!ok || respondents < 1 || respondents > io::kMaxTemplateRespondents) {
            io.error(QCoreApplication::translate("sbr::cli", "--respondents expects a whole number from 1 to %1, not "
                                                             "\"%2\"")
                         .arg(io::kMaxTemplateRespondents)
                         .arg(o.value(QStringLiteral("respondents"))));
            return Usage;
        }
    }
    const std::optional<QString> language = languageOption(o, languageOfUser(), io);
    if (!language)
        return Usage;
    return TemplateOptions{*format, respondents, *language};
}

} // namespace

int questionnaireTemplate(const QStringList &args, const Io &io)
{
    const QString synopsis =
        QStringLiteral("template WS --company NAME --round LABEL [--department NAME]… --format xlsx|pdf|limesurvey "
                       "-o FILE [--respondents N] [--lang de|en]");
    Options o(synopsis,
              QCoreApplication::translate(
                  "sbr::cli",
                  "Writes the questionnaire of one company and round to hand out: an Excel answer workbook (one "
                  "column per respondent, a drop-down of the levels in every answer cell) that imports back as it "
                  "is, a printable A4 form for paper rounds, or a LimeSurvey survey structure (tab-separated .txt) "
                  "whose question codes come from the statement ids. Without --department it covers every "
                  "department of the company. An existing FILE is replaced only when the new one is complete."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "The company (required)."),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("round"), QCoreApplication::translate("sbr::cli", "The round (required; it must exist)."),
            QStringLiteral("LABEL"));
    o.value(QStringLiteral("department"),
            QCoreApplication::translate("sbr::cli", "A department; repeat for several (default: all)."),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("format"), QCoreApplication::translate("sbr::cli", "xlsx, pdf or limesurvey (required)."),
            QStringLiteral("FORMAT"));
    o.value(QStringLiteral("o"), QCoreApplication::translate("sbr::cli", "The file to write (required)."),
            QStringLiteral("FILE"));
    o.value(QStringLiteral("respondents"),
            QCoreApplication::translate("sbr::cli", "xlsx: answer columns per department (default %1).")
                .arg(io::kDefaultTemplateRespondents),
            QStringLiteral("N"));
    o.value(QStringLiteral("lang"),
            QCoreApplication::translate("sbr::cli", "Language of the questionnaire: de or en (default: the user's)."),
            QStringLiteral("LANG"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const auto checked = readOptions(o, synopsis, io);
    if (const int *code = std::get_if<int>(&checked))
        return *code;
    const TemplateOptions &options = std::get<TemplateOptions>(checked);
    const QString output = o.value(QStringLiteral("o"));
    if (outputIsWorkspace(output, o.positional(0), io))
        return Usage;
    auto ws = openWorkspace(o.positional(0), session::WorkspaceSession::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    QString problem;
    const std::optional<io::TemplatePlan> plan =
        session::planTemplate(*ws, o.value(QStringLiteral("company")), o.value(QStringLiteral("round")),
                              o.values(QStringLiteral("department")), options.respondents, options.language, &problem);
    if (!plan) {
        io.error(problem);
        return BadInput;
    }
    const QString shownPath = QDir::toNativeSeparators(output);
    if (options.format == session::TemplateFormat::Pdf) {
        report::QuestionnaireForm form(*plan);
        if (!form.writePdf(output, &problem)) {
            io.error(QCoreApplication::translate("sbr::cli", "cannot write %1: %2").arg(shownPath, problem));
            return WorkspaceProblem;
        }
        io.out << QCoreApplication::translate("sbr::cli", "Wrote %1: the paper questionnaire (%n page(s)).", nullptr,
                                              form.pageCount())
                      .arg(shownPath)
               << '\n';
        return Ok;
    }
    if (!session::writeTemplateFile(*plan, options.format, output, &problem)) {
        io.error(problem);
        return WorkspaceProblem;
    }
    io.out << (options.format == session::TemplateFormat::Xlsx
                   ? QCoreApplication::translate("sbr::cli", "Wrote %1: the answer workbook, %n answer column(s).",
                                                 nullptr, int(plan->departments.size()) * plan->respondents)
                   : QCoreApplication::translate("sbr::cli", "Wrote %1: the LimeSurvey survey structure."))
                  .arg(shownPath)
           << '\n';
    return Ok;
}

} // namespace sbr::cli
