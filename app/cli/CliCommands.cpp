// init, demo, questionnaire, import, score and settings.

#include "CliMapping.h"
#include "CliOptions.h"
#include "ScoreTable.h"
#include "demo/DemoData.h"
#include "io/AnswerImport.h"
#include "io/QuestionnaireJson.h"
#include "io/ScoreJson.h"
#include "scoring/Anonymity.h"
#include "scoring/Scoring.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace sbr::cli {

int init(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("init WS [--questionnaire Q.json]"),
              QCoreApplication::translate("sbr::cli",
                                          "Creates a new, empty workspace file. It never overwrites an existing file."),
              1);
    o.value(QStringLiteral("questionnaire"),
            QCoreApplication::translate("sbr::cli", "Use this questionnaire instead of the built-in one."),
            QStringLiteral("Q.json"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    Questionnaire q;
    if (o.isSet(QStringLiteral("questionnaire"))) {
        const QString path = o.value(QStringLiteral("questionnaire"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.error(QCoreApplication::translate("sbr::cli", "cannot read the questionnaire %1: %2")
                         .arg(path, file.errorString()));
            return BadInput;
        }
        const io::QuestionnaireParse parsed = io::readQuestionnaire(file.readAll());
        if (!parsed.questionnaire) {
            for (const io::JsonIssue &issue : parsed.issues)
                io.error(path + QStringLiteral(": ") + issue.toString());
            return BadInput;
        }
        q = *parsed.questionnaire;
    } else {
        q = io::defaultQuestionnaire();
    }
    WorkspaceError error;
    auto ws = session::WorkspaceSession::create(o.positional(0), q, &error);
    if (!ws) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli",
                                          "Created %1 with the questionnaire \"%2\" (%3 dimensions, %4 items).")
                  .arg(QDir::toNativeSeparators(o.positional(0)), q.title.text(languageOfUser()))
                  .arg(q.dimensions.size())
                  .arg(q.itemCount())
           << '\n';
    return Ok;
}

int demo(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("demo WS"),
              QCoreApplication::translate(
                  "sbr::cli",
                  "Creates a workspace with demo data: a machine builder assessed in three rounds and nine peer "
                  "companies for the benchmark. It never overwrites an existing file."),
              1);
    if (int code = o.parse(args, io); code >= 0)
        return code;
    WorkspaceError error;
    session::WorkspaceSession::DemoSummary summary;
    auto ws = session::WorkspaceSession::createDemo(o.positional(0), &error, &summary);
    if (!ws) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Created %1 with demo data: %2 companies, %3 rounds, %4 answers.")
                  .arg(QDir::toNativeSeparators(o.positional(0)))
                  .arg(summary.companies)
                  .arg(summary.rounds)
                  .arg(summary.answers)
           << '\n';
    return Ok;
}

int questionnaire(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("questionnaire WS [--json]"),
              QCoreApplication::translate("sbr::cli", "Prints the questionnaire of a workspace."), 1);
    o.flag(QStringLiteral("json"),
           QCoreApplication::translate("sbr::cli", "Print it in the questionnaire JSON format."));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    auto ws = openWorkspace(o.positional(0), session::WorkspaceSession::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    const Questionnaire &q = ws->questionnaire();
    if (o.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(io::writeQuestionnaire(q));
        return Ok;
    }
    const QString lang = languageOfUser();
    io.out << q.title.text(lang) << " (" << q.id << ", "
           << QCoreApplication::translate("sbr::cli", "version %1").arg(q.version) << ")\n";
    io.out << QCoreApplication::translate("sbr::cli", "Scale %1..%2").arg(q.scale.min).arg(q.scale.max) << ":";
    for (int l = q.scale.min; l <= q.scale.max; ++l)
        io.out << ' ' << l << '=' << q.scale.label(l, lang) << (l < q.scale.max ? "," : "");
    io.out << "\n";
    for (const Dimension &d : q.dimensions) {
        io.out << "\n"
               << d.title.text(lang) << " [" << d.id
               << QCoreApplication::translate("sbr::cli", ", weight %1").arg(d.weight) << "]\n";
        if (!d.question.isEmpty())
            io.out << "  " << d.question.text(lang) << "\n";
        for (const Item &i : d.items)
            io.out << "  - " << i.id << ": " << i.text.text(lang)
                   << (i.weight != 1.0 ? QCoreApplication::translate("sbr::cli", " (weight %1)").arg(i.weight)
                                       : QString())
                   << "\n";
    }
    io.out << "\n"
           << QCoreApplication::translate("sbr::cli", "%1 measures, %2 reference figures.")
                  .arg(q.measures.size())
                  .arg(q.references.size())
           << "\n";
    return Ok;
}

int import(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("import WS FILE.csv|FILE.xlsx [--dry-run] [--replace] [--ignore-unknown-columns] "
                             "[--sheet NAME] [--mapping PROFILE.json] [--company NAME] [--department NAME] "
                             "[--round LABEL] [--date DATE]"),
              QCoreApplication::translate(
                  "sbr::cli",
                  "Imports answers from a CSV or tab-separated text file or an Excel workbook (long or wide form). "
                  "Either the whole file is imported or, on any error, nothing."),
              2);
    o.flag(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("sbr::cli", "Check the file and report what would be imported, without writing."));
    o.flag(QStringLiteral("replace"),
           QCoreApplication::translate("sbr::cli", "Replace the answers of respondents who are already recorded."));
    o.flag(QStringLiteral("ignore-unknown-columns"),
           QCoreApplication::translate("sbr::cli", "Skip columns that are neither keys nor item ids."));
    o.value(
        QStringLiteral("sheet"),
        QCoreApplication::translate("sbr::cli", "Read this worksheet of an .xlsx workbook instead of the first one."),
        QStringLiteral("NAME"));
    o.value(QStringLiteral("mapping"),
            QCoreApplication::translate("sbr::cli", "Read a survey export through this mapping profile (see "
                                                    "\"sbradar-cli mapping\")."),
            QStringLiteral("PROFILE.json"));
    const std::array<std::pair<const char *, const char *>, 4> constants = {
        {{"company", "NAME"}, {"department", "NAME"}, {"round", "LABEL"}, {"date", "DATE"}}};
    for (const auto &[name, valueName] : constants)
        o.value(QString::fromLatin1(name),
                QCoreApplication::translate("sbr::cli", "With --mapping: the %1 of all answers (overrides the "
                                                        "profile's constant).")
                    .arg(QString::fromLatin1(name)),
                QString::fromLatin1(valueName));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    if (!o.isSet(QStringLiteral("mapping")))
        for (const auto &[name, valueName] : constants)
            if (o.isSet(QString::fromLatin1(name))) {
                io.error(QCoreApplication::translate("sbr::cli", "--%1 is used only with --mapping")
                             .arg(QString::fromLatin1(name)));
                return Usage;
            }
    const bool dryRun = o.isSet(QStringLiteral("dry-run"));
    auto ws = openWorkspace(
        o.positional(0),
        dryRun ? session::WorkspaceSession::Mode::ReadOnly : session::WorkspaceSession::Mode::ReadWrite, io);
    if (!ws)
        return WorkspaceProblem;
    const QString csvPath = o.positional(1);
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        io.error(QCoreApplication::translate("sbr::cli", "cannot read %1: %2").arg(csvPath, file.errorString()));
        return BadInput;
    }
    const QByteArray data = file.readAll();
    file.close();
    io::ImportContext context;
    WorkspaceError error;
    if (!ws->importContext(&context, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    io::ImportOptions options;
    options.replace = o.isSet(QStringLiteral("replace"));
    options.ignoreUnknownColumns = o.isSet(QStringLiteral("ignore-unknown-columns"));
    options.sheet = o.value(QStringLiteral("sheet"));
    std::optional<io::MappingProfile> profile;
    if (o.isSet(QStringLiteral("mapping"))) {
        profile = readProfileOption(o.value(QStringLiteral("mapping")), context.questionnaire, io);
        if (profile && !applyConstantOptions(o, &*profile, io))
            return Usage;
        if (!profile) {
            io.error(QCoreApplication::translate(
                "sbr::cli", "nothing was imported; correct the mapping profile and run the import again"));
            return BadInput;
        }
    }
    const io::ImportResult result =
        profile ? io::parseSurveyExport(data, context, options, *profile, QFileInfo(csvPath).fileName())
                : io::parseAnswersFile(data, context, options);
    if (!result.ok()) {
        for (const QString &message : result.messages(QFileInfo(csvPath).fileName()))
            io.error(message);
        io.error(
            QCoreApplication::translate("sbr::cli", "nothing was imported; correct the file and run the import again"));
        return BadInput;
    }
    const io::AnswerBatch &b = result.batch;
    // One counted text per number, so that each gets its own singular or plural.
    const auto counted = [](const char *text, qsizetype n) {
        return QCoreApplication::translate("sbr::cli", text, nullptr, int(n));
    };
    const QString summary =
        QCoreApplication::translate("sbr::cli", "%1 %2 (%3, %4, %5, %6)")
            .arg(counted(QT_TRANSLATE_N_NOOP("sbr::cli", "%n answer(s)"), qsizetype(b.answers.size())),
                 counted(QT_TRANSLATE_N_NOOP("sbr::cli", "of %n respondent(s)"), b.respondents.size()),
                 counted(QT_TRANSLATE_N_NOOP("sbr::cli", "%n new company(ies)"), result.newCompanies),
                 counted(QT_TRANSLATE_N_NOOP("sbr::cli", "%n new department(s)"), result.newDepartments),
                 counted(QT_TRANSLATE_N_NOOP("sbr::cli", "%n new round(s)"), result.newRounds),
                 counted(QT_TRANSLATE_N_NOOP("sbr::cli", "%n respondent(s) replaced"), result.replacedRespondents));
    if (dryRun) {
        io.out << QCoreApplication::translate("sbr::cli", "Dry run: the file is valid; importing it would add %1.")
                      .arg(summary)
               << '\n';
        return Ok;
    }
    if (!ws->writeAnswers(b, nullptr, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Imported %1.").arg(summary) << '\n';
    return Ok;
}

namespace {

/// Drops the companies that a --round filter left without rounds: with --round, a company that
/// has no such round is not part of the answer (not an entry with an empty list of rounds).
template <typename Report> void dropEmptyCompanies(Report &report, const io::ScoreFilter &filter)
{
    if (!filter.round.isEmpty())
        std::erase_if(report.companies, [](const auto &c) { return c.rounds.empty(); });
}

/// Writes the document to stdout without QTextStream's encoding step (it can be large).
template <typename Report> int writeJsonToStdout(const Report &report, const Questionnaire &q, const Io &io)
{
    io.out.flush();
    QFile stdoutFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
        io.error(QCoreApplication::translate("sbr::cli", "cannot write to the standard output"));
        return WorkspaceProblem;
    }
    io::writeScoreJson(report, q, stdoutFile);
    return Ok;
}

} // namespace

int score(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("score WS [--company NAME] [--round LABEL] [--json] [--target T] [--anonymous]"),
              QCoreApplication::translate(
                  "sbr::cli",
                  "Prints the scores of every company and round: departments, company level, benchmark against "
                  "the other companies of the workspace, and recommendations."),
              1);
    o.value(QStringLiteral("company"),
            QCoreApplication::translate("sbr::cli", "Only this company (the benchmark still uses all)."),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("round"), QCoreApplication::translate("sbr::cli", "Only this round."),
            QStringLiteral("LABEL"));
    o.flag(QStringLiteral("json"),
           QCoreApplication::translate("sbr::cli", "Print JSON as described in the documentation."));
    o.value(
        QStringLiteral("target"),
        QCoreApplication::translate("sbr::cli", "Target score for the recommendations (0..100), for every company."),
        QStringLiteral("T"));
    o.flag(QStringLiteral("anonymous"),
           QCoreApplication::translate("sbr::cli",
                                       "With --json: only what the outputs people read may show; departments with "
                                       "fewer respondents than the workspace's minimum group size are hidden."));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const bool anonymous = o.isSet(QStringLiteral("anonymous"));
    if (anonymous && !o.isSet(QStringLiteral("json"))) {
        io.error(QCoreApplication::translate("sbr::cli", "--anonymous works together with --json"));
        return Usage;
    }
    ScoringOptions options;
    if (o.isSet(QStringLiteral("target"))) {
        bool ok = false;
        const double t = o.value(QStringLiteral("target")).toDouble(&ok);
        if (!ok || t < 0 || t > 100) {
            io.error(QCoreApplication::translate("sbr::cli", "--target expects a number from 0 to 100, not \"%1\"")
                         .arg(o.value(QStringLiteral("target"))));
            return Usage;
        }
        options.targetOverride = t;
    }
    auto loaded = loadWorkspace(o.positional(0), io);
    if (!loaded)
        return WorkspaceProblem;
    const WorkspaceData &data = loaded->data();
    const session::WorkspaceSession *ws = loaded->workspace.get();
    const ScoreReport full = options.targetOverride ? ws->scoreWith(options) : ws->report();
    const io::ScoreFilter filter{o.value(QStringLiteral("company")), o.value(QStringLiteral("round"))};
    ScoreReport report = io::filterReport(full, filter);
    const bool hadCompanies = !report.companies.empty();
    dropEmptyCompanies(report, filter);
    if (!filter.company.isEmpty() && !hadCompanies) {
        io.error(
            QCoreApplication::translate("sbr::cli", "there is no company \"%1\" in the workspace").arg(filter.company));
        return BadInput;
    }
    if (!filter.round.isEmpty() && report.companies.empty()) {
        io.error(
            filter.company.isEmpty()
                ? QCoreApplication::translate("sbr::cli", "there is no round \"%1\" in the workspace").arg(filter.round)
                : QCoreApplication::translate("sbr::cli", "company \"%1\" has no round \"%2\"")
                      .arg(filter.company, filter.round));
        return BadInput;
    }
    if (anonymous) {
        // The whole report, then the filter: a delta depends on the previous round.
        AnonymousReport view = io::filterReport(anonymize(full, data.questionnaire, ws->anonymityThreshold()), filter);
        dropEmptyCompanies(view, filter);
        return writeJsonToStdout(view, data.questionnaire, io);
    }
    if (o.isSet(QStringLiteral("json")))
        return writeJsonToStdout(report, data.questionnaire, io);
    io.out.flush();
    writeScoreTable(report, data.questionnaire, ws->anonymityThreshold(), languageOfUser(), io.out);
    return Ok;
}

int settings(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("settings WS [--min-group K]"),
              QCoreApplication::translate("sbr::cli", "Prints the settings of a workspace and changes them."), 1);
    o.value(QStringLiteral("min-group"),
            QCoreApplication::translate(
                "sbr::cli", "Set the minimum group size (3 to 50): a department with fewer respondents is never "
                            "shown on its own in the outputs that people read."),
            QStringLiteral("K"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    std::optional<int> minGroup;
    if (o.isSet(QStringLiteral("min-group"))) {
        const QString text = o.value(QStringLiteral("min-group"));
        bool ok = false;
        const int k = text.toInt(&ok);
        if (!ok || k < kMinGroupLowest || k > kMinGroupHighest) {
            io.error(
                QCoreApplication::translate("sbr::cli", "--min-group expects a whole number from %1 to %2, not \"%3\"")
                    .arg(kMinGroupLowest)
                    .arg(kMinGroupHighest)
                    .arg(text));
            return Usage;
        }
        minGroup = k;
    }
    auto ws = openWorkspace(
        o.positional(0),
        minGroup ? session::WorkspaceSession::Mode::ReadWrite : session::WorkspaceSession::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    if (minGroup) {
        WorkspaceError error;
        if (!ws->setAnonymityThreshold(*minGroup, &error)) {
            io.error(error.message);
            return WorkspaceProblem;
        }
    }
    io.out
        << QCoreApplication::translate("sbr::cli", "Minimum group size (--min-group): %1").arg(ws->anonymityThreshold())
        << '\n';
    return Ok;
}

} // namespace sbr::cli
