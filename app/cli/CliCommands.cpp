#include "CliCommands.h"

#include "Report.h"

#include "ScoreTable.h"
#include "demo/DemoData.h"
#include "export/XlsxWriter.h"
#include "io/AnswerImport.h"
#include "io/QuestionnaireJson.h"
#include "io/ScoreJson.h"
#include "io/ScoreTables.h"
#include "scoring/Scoring.h"
#include "storage/Workspace.h"
#include "TerminationSignals.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "WorkshopStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>
#include <QSaveFile>

#include <cstdio>

namespace sbr::cli {

namespace {


/// Options of one command, with --help and --version, and usage errors as exit code 1.
class Options {
public:
    Options(const QString &synopsis, const QString &description, int positionals)
        : m_synopsis(synopsis), m_positionals(positionals)
    {
        m_parser.setApplicationDescription(description);
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        m_parser.addHelpOption();
        m_parser.addVersionOption();
    }
    void flag(const QString &name, const QString &help) { m_parser.addOption({name, help}); }
    void value(const QString &name, const QString &help, const QString &valueName)
    {
        m_parser.addOption({name, help, valueName});
    }
    /// Returns -1 to go on, or the exit code to stop with.
    int parse(const QStringList &args, const Io &io)
    {
        if (!m_parser.parse(QStringList{QCoreApplication::applicationName()} + args)) {
            QString problem = m_parser.errorText();
            if (problem.endsWith(u'.'))
                problem.chop(1);
            io.error(problem + QStringLiteral("; ") + QCoreApplication::translate("sbr::cli", "usage: sbradar-cli %1").arg(m_synopsis));
            return Usage;
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            io.out << QCoreApplication::translate("sbr::cli", "Usage: sbradar-cli %1").arg(m_synopsis) << "\n\n"
                   << m_parser.helpText().section(u'\n', 1); // drop Qt's own usage line
            return Ok;
        }
        if (m_parser.isSet(QStringLiteral("version"))) {
            io.out << "sbradar-cli " << QCoreApplication::applicationVersion() << '\n';
            return Ok;
        }
        if (m_parser.positionalArguments().size() != m_positionals) {
            io.error(QCoreApplication::translate("sbr::cli", "expected %1 argument(s), got %2; usage: sbradar-cli %3")
                         .arg(m_positionals)
                         .arg(m_parser.positionalArguments().size())
                         .arg(m_synopsis));
            return Usage;
        }
        for (const QString &argument : m_parser.positionalArguments())
            if (argument.isEmpty()) { // a path such as "" from an unset shell variable
                io.error(QCoreApplication::translate("sbr::cli", "an empty file name was given; usage: sbradar-cli %1").arg(m_synopsis));
                return Usage;
            }
        return -1;
    }
    QString positional(int i) const { return m_parser.positionalArguments().value(i); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }

private:
    QCommandLineParser m_parser;
    QString m_synopsis;
    int m_positionals;
};

std::unique_ptr<storage::Workspace> openWorkspace(const QString &path, storage::Workspace::Mode mode, const Io &io)
{
    storage::StorageError error;
    auto ws = storage::Workspace::open(path, mode, &error);
    if (!ws)
        io.error(error.message);
    return ws;
}

QString languageOfUser() { return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en"); }

} // namespace

void Io::error(const QString &message) const
{
    for (const QString &line : message.split(u'\n'))
        err << "error: " << line << '\n';
    err.flush();
}

int init(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("init WS [--questionnaire Q.json]"),
              QCoreApplication::translate("sbr::cli", "Creates a new, empty workspace file. It never overwrites an existing file."), 1);
    o.value(QStringLiteral("questionnaire"), QCoreApplication::translate("sbr::cli", "Use this questionnaire instead of the built-in one."),
            QStringLiteral("Q.json"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    Questionnaire q;
    if (o.isSet(QStringLiteral("questionnaire"))) {
        const QString path = o.value(QStringLiteral("questionnaire"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.error(QCoreApplication::translate("sbr::cli", "cannot read the questionnaire %1: %2").arg(path, file.errorString()));
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
    storage::StorageError error;
    auto ws = storage::Workspace::create(o.positional(0), q, &error);
    if (!ws) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Created %1 with the questionnaire \"%2\" (%3 dimensions, %4 items).")
                  .arg(QDir::toNativeSeparators(o.positional(0)), q.title.text(languageOfUser()))
                  .arg(q.dimensions.size())
                  .arg(q.itemCount())
           << '\n';
    return Ok;
}

int demo(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("demo WS"),
              QCoreApplication::translate("sbr::cli", "Creates a workspace with demo data: a machine builder assessed in three rounds and nine peer "
                 "companies for the benchmark. It never overwrites an existing file."),
              1);
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const Questionnaire q = io::defaultQuestionnaire();
    const demo::DemoData data = demo::generate(q);
    storage::StorageError error;
    auto ws = storage::Workspace::create(o.positional(0), q, &error, &data.batch, &data.targets);
    if (!ws) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Created %1 with demo data: %2 companies, %3 rounds, %4 answers.")
                  .arg(QDir::toNativeSeparators(o.positional(0)))
                  .arg(data.batch.companies.size())
                  .arg(data.batch.rounds.size())
                  .arg(data.batch.answers.size())
           << '\n';
    return Ok;
}

int questionnaire(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("questionnaire WS [--json]"), QCoreApplication::translate("sbr::cli", "Prints the questionnaire of a workspace."), 1);
    o.flag(QStringLiteral("json"), QCoreApplication::translate("sbr::cli", "Print it in the questionnaire JSON format."));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    auto ws = openWorkspace(o.positional(0), storage::Workspace::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    const Questionnaire &q = ws->questionnaire();
    if (o.isSet(QStringLiteral("json"))) {
        io.out << QString::fromUtf8(io::writeQuestionnaire(q));
        return Ok;
    }
    const QString lang = languageOfUser();
    io.out << q.title.text(lang) << " (" << q.id << ", " << QCoreApplication::translate("sbr::cli", "version %1").arg(q.version) << ")\n";
    io.out << QCoreApplication::translate("sbr::cli", "Scale %1..%2").arg(q.scale.min).arg(q.scale.max) << ":";
    for (int l = q.scale.min; l <= q.scale.max; ++l)
        io.out << ' ' << l << '=' << q.scale.label(l, lang) << (l < q.scale.max ? "," : "");
    io.out << "\n";
    for (const Dimension &d : q.dimensions) {
        io.out << "\n" << d.title.text(lang) << " [" << d.id << QCoreApplication::translate("sbr::cli", ", weight %1").arg(d.weight) << "]\n";
        if (!d.question.isEmpty())
            io.out << "  " << d.question.text(lang) << "\n";
        for (const Item &i : d.items)
            io.out << "  - " << i.id << ": " << i.text.text(lang) << (i.weight != 1.0 ? QCoreApplication::translate("sbr::cli", " (weight %1)").arg(i.weight) : QString()) << "\n";
    }
    io.out << "\n" << QCoreApplication::translate("sbr::cli", "%1 measures, %2 reference figures.").arg(q.measures.size()).arg(q.references.size()) << "\n";
    return Ok;
}

int import(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("import WS FILE.csv [--dry-run] [--replace] [--ignore-unknown-columns]"),
              QCoreApplication::translate("sbr::cli", "Imports answers from a CSV file (long or wide form). Either the whole file is imported or, "
                 "on any error, nothing."),
              2);
    o.flag(QStringLiteral("dry-run"), QCoreApplication::translate("sbr::cli", "Check the file and report what would be imported, without writing."));
    o.flag(QStringLiteral("replace"), QCoreApplication::translate("sbr::cli", "Replace the answers of respondents who are already recorded."));
    o.flag(QStringLiteral("ignore-unknown-columns"), QCoreApplication::translate("sbr::cli", "Skip columns that are neither keys nor item ids."));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const bool dryRun = o.isSet(QStringLiteral("dry-run"));
    auto ws = openWorkspace(o.positional(0),
                            dryRun ? storage::Workspace::Mode::ReadOnly : storage::Workspace::Mode::ReadWrite, io);
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
    storage::StorageError error;
    if (!ws->importContext(&context, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    io::ImportOptions options;
    options.replace = o.isSet(QStringLiteral("replace"));
    options.ignoreUnknownColumns = o.isSet(QStringLiteral("ignore-unknown-columns"));
    const io::ImportResult result = io::parseAnswersCsv(data, context, options);
    if (!result.ok()) {
        for (const QString &message : result.messages(QFileInfo(csvPath).fileName()))
            io.error(message);
        io.error(QCoreApplication::translate("sbr::cli", "nothing was imported; correct the file and run the import again"));
        return BadInput;
    }
    const io::AnswerBatch &b = result.batch;
    const QString summary = QCoreApplication::translate("sbr::cli", "%1 answers of %2 respondents (%3 new companies, %4 new departments, %5 new rounds, "
                               "%6 respondents replaced)")
                                .arg(b.answers.size())
                                .arg(b.respondents.size())
                                .arg(result.newCompanies)
                                .arg(result.newDepartments)
                                .arg(result.newRounds)
                                .arg(result.replacedRespondents);
    if (dryRun) {
        io.out << QCoreApplication::translate("sbr::cli", "Dry run: the file is valid; importing it would add %1.").arg(summary) << '\n';
        return Ok;
    }
    if (!ws->writeBatch(b, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Imported %1.").arg(summary) << '\n';
    return Ok;
}

int score(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("score WS [--company NAME] [--round LABEL] [--json] [--target T]"),
              QCoreApplication::translate("sbr::cli", "Prints the scores of every company and round: departments, company level, benchmark against "
                 "the other companies of the workspace, and recommendations."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "Only this company (the benchmark still uses all)."), QStringLiteral("NAME"));
    o.value(QStringLiteral("round"), QCoreApplication::translate("sbr::cli", "Only this round."), QStringLiteral("LABEL"));
    o.flag(QStringLiteral("json"), QCoreApplication::translate("sbr::cli", "Print JSON as described in the documentation."));
    o.value(QStringLiteral("target"), QCoreApplication::translate("sbr::cli", "Target score for the recommendations (0..100), for every company."),
            QStringLiteral("T"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    ScoringOptions options;
    if (o.isSet(QStringLiteral("target"))) {
        bool ok = false;
        const double t = o.value(QStringLiteral("target")).toDouble(&ok);
        if (!ok || t < 0 || t > 100) {
            io.error(QCoreApplication::translate("sbr::cli", "--target expects a number from 0 to 100, not \"%1\"").arg(o.value(QStringLiteral("target"))));
            return Usage;
        }
        options.targetOverride = t;
    }
    auto ws = openWorkspace(o.positional(0), storage::Workspace::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    WorkspaceData data;
    storage::StorageError error;
    if (!ws->loadScoringData(&data, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    const ScoreReport full = scoreWorkspace(data, options);
    const io::ScoreFilter filter{o.value(QStringLiteral("company")), o.value(QStringLiteral("round"))};
    ScoreReport report = io::filterReport(full, filter);
    // With --round, a company that has no such round is not part of the answer (not an entry
    // with an empty list of rounds).
    const bool hadCompanies = !report.companies.empty();
    if (!filter.round.isEmpty())
        std::erase_if(report.companies, [](const CompanyResult &c) { return c.rounds.empty(); });
    if (!filter.company.isEmpty() && !hadCompanies) {
        io.error(QCoreApplication::translate("sbr::cli", "there is no company \"%1\" in the workspace").arg(filter.company));
        return BadInput;
    }
    if (!filter.round.isEmpty() && report.companies.empty()) {
        io.error(filter.company.isEmpty() ? QCoreApplication::translate("sbr::cli", "there is no round \"%1\" in the workspace").arg(filter.round)
                                          : QCoreApplication::translate("sbr::cli", "company \"%1\" has no round \"%2\"").arg(filter.company, filter.round));
        return BadInput;
    }
    io.out.flush();
    if (o.isSet(QStringLiteral("json"))) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)) {
            io.error(QCoreApplication::translate("sbr::cli", "cannot write to the standard output"));
            return WorkspaceProblem;
        }
        io::writeScoreJson(report, data.questionnaire, stdoutFile);
        return Ok;
    }
    writeScoreTable(report, data.questionnaire, ws->anonymityThreshold(), languageOfUser(), io.out);
    return Ok;
}

int exportScores(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("export WS [--company NAME] --format csv|xlsx -o FILE [--level company|departments|items] [--lang de|en]"),
              QCoreApplication::translate("sbr::cli", "Writes the scores as a table for spreadsheets. XLSX holds one worksheet per level (company, "
                 "departments, items); CSV holds one level, chosen with --level. Numbers are number cells (16 significant "
                 "digits) in XLSX and exact decimals in CSV; an empty cell means there is no value. An existing FILE is "
                 "replaced only when the export succeeds."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "Only this company (the benchmark still uses all)."), QStringLiteral("NAME"));
    o.value(QStringLiteral("format"), QCoreApplication::translate("sbr::cli", "csv or xlsx (required)."), QStringLiteral("FORMAT"));
    o.value(QStringLiteral("o"), QCoreApplication::translate("sbr::cli", "The file to write (required)."), QStringLiteral("FILE"));
    o.value(QStringLiteral("level"), QCoreApplication::translate("sbr::cli", "With csv: the table to write: company (default), departments or items."),
            QStringLiteral("LEVEL"));
    o.value(QStringLiteral("lang"), QCoreApplication::translate("sbr::cli", "Language of the item texts: de or en (default: the user's language)."),
            QStringLiteral("LANG"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const QString synopsis = QStringLiteral("export WS [--company NAME] --format csv|xlsx -o FILE");
    const QString format = o.value(QStringLiteral("format")).toLower();
    if (format != u"csv" && format != u"xlsx") {
        io.error(o.isSet(QStringLiteral("format"))
                     ? QCoreApplication::translate("sbr::cli", "--format expects csv or xlsx, not \"%1\"").arg(o.value(QStringLiteral("format")))
                     : QCoreApplication::translate("sbr::cli", "--format csv or --format xlsx is required; usage: sbradar-cli %1").arg(synopsis));
        return Usage;
    }
    const QString output = o.value(QStringLiteral("o"));
    if (output.isEmpty()) {
        io.error(QCoreApplication::translate("sbr::cli", "-o FILE is required; usage: sbradar-cli %1").arg(synopsis));
        return Usage;
    }
    const QString level = o.isSet(QStringLiteral("level")) ? o.value(QStringLiteral("level")) : QStringLiteral("company");
    if (!io::scoreTableNames().contains(level)) {
        io.error(QCoreApplication::translate("sbr::cli", "--level expects company, departments or items, not \"%1\"").arg(level));
        return Usage;
    }
    if (format == u"xlsx" && o.isSet(QStringLiteral("level"))) {
        io.error(QCoreApplication::translate("sbr::cli", "--level applies to --format csv only; an XLSX file holds every level"));
        return Usage;
    }
    const QString lang = o.isSet(QStringLiteral("lang")) ? o.value(QStringLiteral("lang")) : languageOfUser();
    if (lang != u"de" && lang != u"en") {
        io.error(QCoreApplication::translate("sbr::cli", "--lang expects de or en, not \"%1\"").arg(lang));
        return Usage;
    }
    const QFileInfo outputInfo(output), workspaceInfo(o.positional(0));
    if (outputInfo.exists() && outputInfo.canonicalFilePath() == workspaceInfo.canonicalFilePath()) {
        io.error(QCoreApplication::translate("sbr::cli", "-o %1 would overwrite the workspace; choose another file").arg(output));
        return Usage;
    }
    auto ws = openWorkspace(o.positional(0), storage::Workspace::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    WorkspaceData data;
    storage::StorageError error;
    if (!ws->loadScoringData(&data, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    const io::ScoreFilter filter{o.value(QStringLiteral("company")), {}};
    const ScoreReport report = io::filterReport(scoreWorkspace(data), filter);
    if (!filter.company.isEmpty() && report.companies.empty()) {
        io.error(QCoreApplication::translate("sbr::cli", "there is no company \"%1\" in the workspace").arg(filter.company));
        return BadInput;
    }
    const QString shownPath = QDir::toNativeSeparators(output);
    if (format == u"xlsx") {
        const QList<io::Table> tables = io::scoreTables(report, data.questionnaire, lang);
        QString problem;
        if (!exporting::writeXlsx(tables, output, &problem)) {
            io.error(problem);
            return WorkspaceProblem;
        }
        io.out << QCoreApplication::translate("sbr::cli", "Wrote %1: %2 rows of companies, %3 of departments, %4 of items.")
                      .arg(shownPath)
                      .arg(tables[0].rows.size())
                      .arg(tables[1].rows.size())
                      .arg(tables[2].rows.size())
               << '\n';
        return Ok;
    }
    const io::Table table = level == u"company"       ? io::companyTable(report, data.questionnaire)
                            : level == u"departments" ? io::departmentTable(report, data.questionnaire)
                                                      : io::itemTable(report, data.questionnaire, lang);
    QSaveFile file(output); // a failed write leaves no partial file and keeps an old one
    if (!file.open(QIODevice::WriteOnly)) {
        io.error(QCoreApplication::translate("sbr::cli", "cannot write %1: %2").arg(shownPath, file.errorString()));
        return WorkspaceProblem;
    }
    io::writeCsv(table, file);
    if (!file.commit()) {
        io.error(QCoreApplication::translate("sbr::cli", "cannot write %1: %2").arg(shownPath, file.errorString()));
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Wrote %1: %2 rows of %3.").arg(shownPath).arg(table.rows.size()).arg(level) << '\n';
    return Ok;
}

int workshop(const QStringList &args, const Io &io)
{
    const QString synopsis = QStringLiteral("workshop WS --company NAME --round LABEL --department NAME [--port P] "
                                            "[--bind ADDRESS] [--lang de|en]");
    Options o(synopsis,
              QCoreApplication::translate("sbr::cli", "Runs a live-voting session without a facilitator: every item is open, participants vote "
                 "on their phones at the printed URL. SIGINT (Ctrl+C) or SIGTERM ends the session and stores "
                 "every participant who voted as an anonymous respondent (\"Workshop 1\", …) of the department "
                 "in the round, in one step. The company and the round must exist; the department is created "
                 "when missing (e.g. a mixed group)."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "The company (required)."), QStringLiteral("NAME"));
    o.value(QStringLiteral("round"), QCoreApplication::translate("sbr::cli", "The round (required)."), QStringLiteral("LABEL"));
    o.value(QStringLiteral("department"), QCoreApplication::translate("sbr::cli", "The department or group (required)."), QStringLiteral("NAME"));
    o.value(QStringLiteral("port"), QCoreApplication::translate("sbr::cli", "TCP port (default: any free port)."), QStringLiteral("P"));
    o.value(QStringLiteral("bind"), QCoreApplication::translate("sbr::cli", "Listen only on this address (default 127.0.0.1: this computer only; use "
               "this computer's address in the local network, or 0.0.0.0, for phones)."), QStringLiteral("ADDRESS"));
    o.value(QStringLiteral("lang"), QCoreApplication::translate("sbr::cli", "Language of the voting page: de (default) or en."), QStringLiteral("LANG"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    for (const char *required : {"company", "round", "department"})
        if (o.value(QString::fromLatin1(required)).isEmpty()) {
            io.error(QCoreApplication::translate("sbr::cli", "--%1 is required; usage: sbradar-cli %2").arg(QString::fromLatin1(required), synopsis));
            return Usage;
        }
    bool portOk = true;
    const uint port = o.isSet(QStringLiteral("port")) ? o.value(QStringLiteral("port")).toUInt(&portOk) : 0;
    QHostAddress bind(QHostAddress::LocalHost);
    const QString lang = o.isSet(QStringLiteral("lang")) ? o.value(QStringLiteral("lang")) : QStringLiteral("de");
    if (!portOk || port > 65535) {
        io.error(QCoreApplication::translate("sbr::cli", "--port expects a number from 0 to 65535, not \"%1\"").arg(o.value(QStringLiteral("port"))));
        return Usage;
    }
    if (o.isSet(QStringLiteral("bind")) && !bind.setAddress(o.value(QStringLiteral("bind")))) {
        io.error(QCoreApplication::translate("sbr::cli", "--bind expects an IP address, not \"%1\"").arg(o.value(QStringLiteral("bind"))));
        return Usage;
    }
    if (lang != u"de" && lang != u"en") {
        io.error(QCoreApplication::translate("sbr::cli", "--lang expects de or en, not \"%1\"").arg(lang));
        return Usage;
    }
    auto ws = openWorkspace(o.positional(0), storage::Workspace::Mode::ReadWrite, io);
    if (!ws)
        return WorkspaceProblem;
    io::ImportContext context;
    storage::StorageError error;
    if (!ws->importContext(&context, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    QString problem;
    const auto target = workshop::WorkshopStore::resolve(context, o.value(QStringLiteral("company")), o.value(QStringLiteral("round")),
                                                         o.value(QStringLiteral("department")), &problem);
    if (!target) {
        io.error(problem);
        return BadInput;
    }
    workshop::WorkshopSession session(ws->questionnaire(), workshop::WorkshopSession::allItems(ws->questionnaire()));
    session.setAnonymityThreshold(ws->anonymityThreshold());
    session.openAll();
    workshop::VotingServer server(&session);
    server.setLanguage(lang);
    workshop::TerminationSignals termination;
    if (!server.start(bind, quint16(port), &problem)) {
        io.error(problem);
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Workshop session for %1, %2, round %3: %4 items open.")
                  .arg(target->company, target->department, target->round)
                  .arg(session.items().size())
           << '\n'
           << "URL: " << server.url().toString() << '\n'
           << "Token: " << server.token() << '\n';
    if (bind.isLoopback())
        io.out << QCoreApplication::translate("sbr::cli", "Only this computer can open it; for phones, use --bind with this computer's network address.") << '\n';
    io.out << QCoreApplication::translate("sbr::cli", "Press Ctrl+C to end the session and store the votes.") << '\n';
    io.out.flush();
    QEventLoop loop;
    QObject::connect(&termination, &workshop::TerminationSignals::received, &loop, &QEventLoop::quit);
    loop.exec();
    server.stop();
    workshop::WorkshopStore::Summary stored;
    if (!workshop::WorkshopStore::store(*ws, session, *target, &error, &stored)) {
        io.error(error.message);
        io.error(QCoreApplication::translate("sbr::cli", "the votes of %1 participants were not stored").arg(session.voters()));
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Session ended: %1 participants; stored %2 respondents with %3 answers.")
                  .arg(session.participants())
                  .arg(stored.respondents)
                  .arg(stored.answers)
           << '\n';
    return Ok;
}


int report(const QStringList &args, const Io &io)
{
    const QString synopsis = QStringLiteral("report WS --company NAME [--round LABEL] [--lang de|en] -o FILE.pdf");
    Options o(synopsis,
              QCoreApplication::translate("sbr::cli", "Writes the management report of one company and round as an A4 PDF with vector charts, in "
                 "German unless --lang en is given. Departments with fewer respondents than the workspace's anonymity "
                 "threshold show \"too few respondents\" instead of numbers. An existing FILE is replaced only when "
                 "the report is complete. Needs no display."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "The company to report on (required)."), QStringLiteral("NAME"));
    o.value(QStringLiteral("round"), QCoreApplication::translate("sbr::cli", "The round to report on (default: the company's latest)."),
            QStringLiteral("LABEL"));
    o.value(QStringLiteral("lang"), QCoreApplication::translate("sbr::cli", "Language of the report: de (default) or en."), QStringLiteral("LANG"));
    o.value(QStringLiteral("o"), QCoreApplication::translate("sbr::cli", "The PDF file to write (required)."), QStringLiteral("FILE.pdf"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const QString companyName = o.value(QStringLiteral("company"));
    const QString roundLabel = o.value(QStringLiteral("round"));
    const QString output = o.value(QStringLiteral("o"));
    if (companyName.isEmpty() || output.isEmpty()) {
        io.error(QCoreApplication::translate("sbr::cli", "--company NAME and -o FILE.pdf are required; usage: sbradar-cli %1").arg(synopsis));
        return Usage;
    }
    const QString lang = o.isSet(QStringLiteral("lang")) ? o.value(QStringLiteral("lang")) : QStringLiteral("de");
    if (lang != u"de" && lang != u"en") {
        io.error(QCoreApplication::translate("sbr::cli", "--lang expects de or en, not \"%1\"").arg(lang));
        return Usage;
    }
    const QFileInfo outputInfo(output), workspaceInfo(o.positional(0));
    if (outputInfo.exists() && outputInfo.canonicalFilePath() == workspaceInfo.canonicalFilePath()) {
        io.error(QCoreApplication::translate("sbr::cli", "-o %1 would overwrite the workspace; choose another file").arg(output));
        return Usage;
    }
    auto ws = openWorkspace(o.positional(0), storage::Workspace::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    WorkspaceData data;
    storage::StorageError error;
    if (!ws->loadScoringData(&data, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    const ScoreReport scores = scoreWorkspace(data); // all companies: the benchmark needs them
    const auto company = std::find_if(scores.companies.begin(), scores.companies.end(),
                                      [&](const CompanyResult &c) { return c.name == companyName; });
    if (company == scores.companies.end()) {
        io.error(QCoreApplication::translate("sbr::cli", "there is no company \"%1\" in the workspace").arg(companyName));
        return BadInput;
    }
    const bool roundKnown = std::any_of(company->rounds.begin(), company->rounds.end(), [&](const RoundResult &r) {
        return roundLabel.isEmpty() || r.label == roundLabel;
    });
    if (!roundKnown) {
        io.error(roundLabel.isEmpty()
                     ? QCoreApplication::translate("sbr::cli", "company \"%1\" has no rounds yet").arg(companyName)
                     : QCoreApplication::translate("sbr::cli", "company \"%1\" has no round \"%2\"").arg(companyName, roundLabel));
        return BadInput;
    }
    report::ReportOptions options;
    options.company = companyName;
    options.round = roundLabel;
    options.language = lang;
    options.anonymityThreshold = ws->anonymityThreshold();
    options.generated = QDate::currentDate();
    report::ReportDocument document(data.questionnaire, scores, options);
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
    io.out << QCoreApplication::translate("sbr::cli", "Wrote %1: the report on %2 (%n page(s)).", nullptr, document.pageCount())
                  .arg(shownPath, companyName)
           << '\n';
    return Ok;
}

} // namespace sbr::cli
