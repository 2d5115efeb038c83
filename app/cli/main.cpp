// sbradar-cli: everything the workbench does, headless, for scripts and checks.

#include "CliCommands.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "sbr::cli",
        "Usage: sbradar-cli COMMAND [OPTIONS]\n"
        "\n"
        "Social Business Radar on the command line: workspaces, imports and scores.\n"
        "\n"
        "Commands:\n"
        "  init WS [--questionnaire Q.json]   create a new workspace (built-in questionnaire or Q.json)\n"
        "  demo WS                            create a workspace filled with demo data\n"
        "  questionnaire WS [--json]          print the workspace's questionnaire\n"
        "  import WS FILE.csv|FILE.xlsx [--dry-run] [--replace] [--ignore-unknown-columns] [--sheet NAME]\n"
        "         [--mapping PROFILE.json] [--company NAME] [--department NAME] [--round LABEL] [--date DATE]\n"
        "                                     import answers (CSV, tab-separated text or .xlsx), all or nothing\n"
        "  mapping WS FILE [--sheet NAME] [-o PROFILE.json]\n"
        "                                     suggest a mapping profile for a survey export\n"
        "  score WS [--company NAME] [--round LABEL] [--json] [--target T] [--anonymous]\n"
        "                                     print scores, benchmark and recommendations\n"
        "  settings WS [--min-group K]        print the workspace's settings; set the minimum group size\n"
        "  export WS [--company NAME] --format csv|xlsx -o FILE\n"
        "                                     write scores as a table (XLSX: one sheet per level)\n"
        "  report WS --company NAME [--round LABEL] [--lang de|en] -o FILE.pdf\n"
        "                                     write the management report (A4 PDF)\n"
        "  template WS --company NAME --round LABEL [--department NAME] --format xlsx|pdf|limesurvey -o FILE\n"
        "                                     write a questionnaire to hand out (answer workbook, paper form, "
        "LimeSurvey)\n"
        "  workshop WS --company NAME --round LABEL --department NAME [--port P] [--bind ADDRESS] [--lang de|en]\n"
        "                                     live voting on phones until Ctrl+C, then store the votes\n"
        "  plan WS --company NAME [--json] [--add MEASURE | --set ID] [--owner TEXT] [--due DATE]\n"
        "       [--horizon now|next|later] [--status planned|doing|done|dropped] [--done-on DATE] [--note TEXT]\n"
        "                                     print the action plan of a company; add or change a measure\n"
        "  copy SRC DST [--company NAME]      copy between a workspace file and a team workspace\n"
        "                                     (WS may be postgresql://user@host:5432/database), all or nothing\n"
        "  team init URI                      set up who sees which company in a team workspace\n"
        "  team grant URI --user NAME --company NAME --role read|write|admin\n"
        "  team revoke URI --user NAME --company NAME\n"
        "                                     give or take a consultant's access to a company\n"
        "  team list URI                      print who has which role for which company\n"
        "  team pool WS --company NAME [--in|--out]\n"
        "                                     put a company into the benchmark pool or take it out\n"
        "\n"
        "Run \"sbradar-cli COMMAND --help\" for the options of a command.\n"
        "Exit codes: 0 success, 1 usage error, 2 bad input data, 3 workspace problem.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // The report draws its charts with Qt Charts (graphics widgets): it needs a QApplication and,
    // without a display, the offscreen platform. Every other command stays a console program.
    // The paper questionnaire of "template" is drawn with the report's engine: fonts need Qt Gui.
    const bool report = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "template") == 0);
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (report && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Outside a desktop session (cron, containers) Qt's platform setup warns that it has no
        // runtime folder; the report needs none, and stderr is for "error:" lines.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (!message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
                previous(type, context, message);
        });
    }
    const std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("sbradar-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SBRADAR_VERSION));
    QTranslator translator, qtTranslator; // ours, and Qt's own texts (option parser, file errors)
    // Any language without a file of its own (also the C locale of scripts) reads English, with
    // the English plural forms ("1 participant", not "1 participant(s)").
    if (translator.load(QLocale(), QStringLiteral("sbradar"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("sbradar_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    QTextStream out(stdout), err(stderr);
    const sbr::cli::Io io{out, err};
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        // stderr holds only "error: " lines (formats.md); the full usage is what --help prints.
        io.error(QCoreApplication::translate(
            "sbr::cli", "no command given; expected one of init, demo, questionnaire, "
                        "import, mapping, score, settings, export, report, template, workshop, plan, copy, team "
                        "(run \"sbradar-cli --help\" for details)"));
        return sbr::cli::Usage;
    }
    const QString command = args.takeFirst();
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out << usage();
        return sbr::cli::Ok;
    }
    if (command == u"--version" || command == u"-v") {
        out << "sbradar-cli " << QCoreApplication::applicationVersion() << '\n';
        return sbr::cli::Ok;
    }
    using Command = int (*)(const QStringList &, const sbr::cli::Io &);
    const std::pair<const char16_t *, Command> commands[] = {
        {u"init", sbr::cli::init},
        {u"demo", sbr::cli::demo},
        {u"questionnaire", sbr::cli::questionnaire},
        {u"import", sbr::cli::import},
        {u"mapping", sbr::cli::mapping},
        {u"score", sbr::cli::score},
        {u"settings", sbr::cli::settings},
        {u"export", sbr::cli::exportScores},
        {u"workshop", sbr::cli::workshop},
        {u"report", sbr::cli::report},
        {u"template", sbr::cli::questionnaireTemplate},
        {u"plan", sbr::cli::plan},
        {u"copy", sbr::cli::copy},
        {u"team", sbr::cli::team},
    };
    for (const auto &[name, run] : commands)
        if (command == name)
            return run(args, io);
    io.error(QCoreApplication::translate("sbr::cli", "unknown command \"%1\"; run \"sbradar-cli --help\" for the list")
                 .arg(command));
    return sbr::cli::Usage;
}
