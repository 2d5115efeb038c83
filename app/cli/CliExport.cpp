// export (scores as CSV or XLSX) and report (the management report as PDF).

#include "CliOptions.h"
#include "Report.h"
#include "io/ScoreJson.h"
#include "io/ScoreTables.h"
#include "scoring/Scoring.h"
#include "session/ScoreExport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace sbr::cli {

int exportScores(const QStringList &args, const Io &io)
{
    Options o(
        QStringLiteral(
            "export WS [--company NAME] --format csv|xlsx -o FILE [--level company|departments|items] [--lang de|en]"),
        QCoreApplication::translate(
            "sbr::cli",
            "Writes the scores as a table for spreadsheets. XLSX holds one worksheet per level (company, "
            "departments, items); CSV holds one level, chosen with --level. Numbers are number cells (16 significant "
            "digits) in XLSX and exact decimals in CSV; an empty cell means there is no value. An existing FILE is "
            "replaced only when the export succeeds."),
        1);
    o.value(QStringLiteral("company"),
            QCoreApplication::translate("sbr::cli", "Only this company (the benchmark still uses all)."),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("format"), QCoreApplication::translate("sbr::cli", "csv or xlsx (required)."),
            QStringLiteral("FORMAT"));
    o.value(QStringLiteral("o"), QCoreApplication::translate("sbr::cli", "The file to write (required)."),
            QStringLiteral("FILE"));
    o.value(QStringLiteral("level"),
            QCoreApplication::translate("sbr::cli",
                                        "With csv: the table to write: company (default), departments or items."),
            QStringLiteral("LEVEL"));
    o.value(
        QStringLiteral("lang"),
        QCoreApplication::translate("sbr::cli", "Language of the item texts: de or en (default: the user's language)."),
        QStringLiteral("LANG"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const QString synopsis = QStringLiteral("export WS [--company NAME] --format csv|xlsx -o FILE");
    const QString format = o.value(QStringLiteral("format")).toLower();
    if (format != u"csv" && format != u"xlsx") {
        io.error(o.isSet(QStringLiteral("format"))
                     ? QCoreApplication::translate("sbr::cli", "--format expects csv or xlsx, not \"%1\"")
                           .arg(o.value(QStringLiteral("format")))
                     : QCoreApplication::translate("sbr::cli",
                                                   "--format csv or --format xlsx is required; usage: sbradar-cli %1")
                           .arg(synopsis));
        return Usage;
    }
    const QString output = o.value(QStringLiteral("o"));
    if (output.isEmpty()) {
        io.error(QCoreApplication::translate("sbr::cli", "-o FILE is required; usage: sbradar-cli %1").arg(synopsis));
        return Usage;
    }
    const QString level =
        o.isSet(QStringLiteral("level")) ? o.value(QStringLiteral("level")) : QStringLiteral("company");
    if (!io::scoreTableNames().contains(level)) {
        io.error(QCoreApplication::translate("sbr::cli", "--level expects company, departments or items, not \"%1\"")
                     .arg(level));
        return Usage;
    }
    if (format == u"xlsx" && o.isSet(QStringLiteral("level"))) {
        io.error(QCoreApplication::translate("sbr::cli",
                                             "--level applies to --format csv only; an XLSX file holds every level"));
        return Usage;
    }
    const std::optional<QString> language = languageOption(o, languageOfUser(), io);
    if (!language)
        return Usage;
    const QString &lang = *language;
    if (outputIsWorkspace(output, o.positional(0), io))
        return Usage;
    auto loaded = loadWorkspace(o.positional(0), io);
    if (!loaded)
        return WorkspaceProblem;
    const WorkspaceData &data = loaded->data();
    const io::ScoreFilter filter{o.value(QStringLiteral("company")), {}};
    const AnonymousReport report = io::filterReport(loaded->workspace->anonymousReport(), filter);
    if (!filter.company.isEmpty() && report.companies.empty()) {
        io.error(
            QCoreApplication::translate("sbr::cli", "there is no company \"%1\" in the workspace").arg(filter.company));
        return BadInput;
    }
    const QString shownPath = QDir::toNativeSeparators(output);
    session::ScoreExportRequest request;
    request.format =
        format == u"xlsx" ? session::ScoreExportRequest::Format::Xlsx : session::ScoreExportRequest::Format::Csv;
    request.level = level;
    request.lang = lang;
    request.path = output;
    request.plans = loaded->workspace.get();
    const session::ScoreExportResult result = session::exportScores(report, data.questionnaire, request);
    if (!result.ok) {
        io.error(result.error);
        return WorkspaceProblem;
    }
    if (request.format == session::ScoreExportRequest::Format::Xlsx)
        io.out << QCoreApplication::translate("sbr::cli",
                                              "Wrote %1: %2 rows of companies, %3 of departments, %4 of items.")
                      .arg(shownPath)
                      .arg(result.rowCounts.value(0))
                      .arg(result.rowCounts.value(1))
                      .arg(result.rowCounts.value(2))
               << '\n';
    else
        io.out << QCoreApplication::translate("sbr::cli", "Wrote %1: %2 rows of %3.")
                      .arg(shownPath)
                      .arg(result.rowCounts.value(0))
                      .arg(level)
               << '\n';
    return Ok;
}

int report(const QStringList &args, const Io &io)
{
    const QString synopsis =
        QStringLiteral("report WS --company NAME [--round LABEL] [--lang de|en] [--department-recommendations] "
                       "-o FILE.pdf");
    Options o(synopsis,
              QCoreApplication::translate(
                  "sbr::cli",
                  "Writes the management report of one company and round as an A4 PDF with vector charts, in "
                  "German unless --lang en is given. Departments with fewer respondents than the workspace's anonymity "
                  "threshold show \"too few respondents\" instead of numbers. An existing FILE is replaced only when "
                  "the report is complete. Needs no display."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "The company to report on (required)."),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("round"),
            QCoreApplication::translate("sbr::cli", "The round to report on (default: the company's latest)."),
            QStringLiteral("LABEL"));
    o.value(QStringLiteral("lang"),
            QCoreApplication::translate("sbr::cli", "Language of the report: de (default) or en."),
            QStringLiteral("LANG"));
    o.value(QStringLiteral("o"), QCoreApplication::translate("sbr::cli", "The PDF file to write (required)."),
            QStringLiteral("FILE.pdf"));
    o.flag(QStringLiteral("department-recommendations"),
           QCoreApplication::translate("sbr::cli",
                                       "Adds what would lift each department most, and its quick wins (departments "
                                       "hidden for anonymity get none)."));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const QString companyName = o.value(QStringLiteral("company"));
    const QString roundLabel = o.value(QStringLiteral("round"));
    const QString output = o.value(QStringLiteral("o"));
    if (companyName.isEmpty() || output.isEmpty()) {
        io.error(QCoreApplication::translate("sbr::cli",
                                             "--company NAME and -o FILE.pdf are required; usage: sbradar-cli %1")
                     .arg(synopsis));
        return Usage;
    }
    const std::optional<QString> language = languageOption(o, QStringLiteral("de"), io);
    if (!language)
        return Usage;
    const QString &lang = *language;
    if (outputIsWorkspace(output, o.positional(0), io))
        return Usage;
    auto loaded = loadWorkspace(o.positional(0), io);
    if (!loaded)
        return WorkspaceProblem;
    const WorkspaceData &data = loaded->data();
    const ScoreReport &scores = loaded->workspace->report(); // all companies: the benchmark needs them
    const auto company = std::find_if(scores.companies.begin(), scores.companies.end(),
                                      [&](const CompanyResult &c) { return c.name == companyName; });
    if (company == scores.companies.end()) {
        io.error(
            QCoreApplication::translate("sbr::cli", "there is no company \"%1\" in the workspace").arg(companyName));
        return BadInput;
    }
    const bool roundKnown = std::any_of(company->rounds.begin(), company->rounds.end(), [&](const RoundResult &r) {
        return roundLabel.isEmpty() || r.label == roundLabel;
    });
    if (!roundKnown) {
        io.error(roundLabel.isEmpty()
                     ? QCoreApplication::translate("sbr::cli", "company \"%1\" has no rounds yet").arg(companyName)
                     : QCoreApplication::translate("sbr::cli", "company \"%1\" has no round \"%2\"")
                           .arg(companyName, roundLabel));
        return BadInput;
    }
    report::ReportOptions options;
    options.company = companyName;
    options.round = roundLabel;
    options.language = lang;
    options.generated = QDate::currentDate();
    options.departmentRecommendations = o.isSet(QStringLiteral("department-recommendations"));
    for (const RoundResult &r : company->rounds)
        if (roundLabel.isEmpty() ? &r == &company->rounds.back() : r.label == roundLabel) {
            WorkspaceError error;
            if (!loaded->workspace->conclusions(r.key, &options.conclusions, &error)) {
                io.error(error.message);
                return WorkspaceProblem;
            }
        }
    // The action plan with what changed in each done measure's statements, from the anonymous view.
    QList<PlanMeasure> plan;
    WorkspaceError planError;
    if (!loaded->workspace->planMeasures(company->key, &plan, &planError)) {
        io.error(planError.message);
        return WorkspaceProblem;
    }
    options.plan.emplace();
    for (const PlanMeasure &m : std::as_const(plan))
        options.plan->append({m, loaded->workspace->planEffect(m, /*anonymous=*/true)});
    report::ReportDocument document(data.questionnaire, loaded->workspace->anonymousReport(), options);
    if (!document.error().isEmpty()) {
        io.error(document.error());
        return BadInput;
    }
    const QString shownPath = QDir::toNativeSeparators(output);
    QString problem;
    if (!document.writePdf(output, &problem)) {
        io.error(QCoreApplication::translate("sbr::cli", "cannot write %1: %2").arg(shownPath, problem));
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Wrote %1: the report on %2 (%n page(s)).", nullptr,
                                          document.pageCount())
                  .arg(shownPath, companyName)
           << '\n';
    return Ok;
}

} // namespace sbr::cli
