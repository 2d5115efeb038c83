// workshop: a headless live-voting session that stores the votes when it is stopped.

#include "CliOptions.h"
#include "TerminationSignals.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "WorkshopStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>

#include <cstdio>

namespace sbr::cli {

int workshop(const QStringList &args, const Io &io)
{
    const QString synopsis = QStringLiteral("workshop WS --company NAME --round LABEL --department NAME [--port P] "
                                            "[--bind ADDRESS] [--lang de|en]");
    Options o(synopsis,
              QCoreApplication::translate(
                  "sbr::cli",
                  "Runs a live-voting session without a facilitator: every item is open, participants vote "
                  "on their phones at the printed URL. SIGINT (Ctrl+C) or SIGTERM ends the session and stores "
                  "every participant who voted as an anonymous respondent (\"Workshop 1\", …) of the department "
                  "in the round, in one step. The company and the round must exist; the department is created "
                  "when missing (e.g. a mixed group)."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "The company (required)."),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("round"), QCoreApplication::translate("sbr::cli", "The round (required)."),
            QStringLiteral("LABEL"));
    o.value(QStringLiteral("department"),
            QCoreApplication::translate("sbr::cli", "The department or group (required)."), QStringLiteral("NAME"));
    o.value(QStringLiteral("port"), QCoreApplication::translate("sbr::cli", "TCP port (default: any free port)."),
            QStringLiteral("P"));
    o.value(QStringLiteral("bind"),
            QCoreApplication::translate("sbr::cli",
                                        "Listen only on this address (default 127.0.0.1: this computer only; use "
                                        "this computer's address in the local network, or 0.0.0.0, for phones)."),
            QStringLiteral("ADDRESS"));
    o.value(QStringLiteral("lang"),
            QCoreApplication::translate("sbr::cli", "Language of the voting page: de (default) or en."),
            QStringLiteral("LANG"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    for (const char *required : {"company", "round", "department"})
        if (o.value(QString::fromLatin1(required)).isEmpty()) {
            io.error(QCoreApplication::translate("sbr::cli", "--%1 is required; usage: sbradar-cli %2")
                         .arg(QString::fromLatin1(required), synopsis));
            return Usage;
        }
    bool portOk = true;
    const uint port = o.isSet(QStringLiteral("port")) ? o.value(QStringLiteral("port")).toUInt(&portOk) : 0;
    QHostAddress bind(QHostAddress::LocalHost);
    if (!portOk || port > 65535) {
        io.error(QCoreApplication::translate("sbr::cli", "--port expects a number from 0 to 65535, not \"%1\"")
                     .arg(o.value(QStringLiteral("port"))));
        return Usage;
    }
    if (o.isSet(QStringLiteral("bind")) && !bind.setAddress(o.value(QStringLiteral("bind")))) {
        io.error(QCoreApplication::translate("sbr::cli", "--bind expects an IP address, not \"%1\"")
                     .arg(o.value(QStringLiteral("bind"))));
        return Usage;
    }
    const std::optional<QString> language = languageOption(o, QStringLiteral("de"), io);
    if (!language)
        return Usage;
    const QString &lang = *language;
    auto ws = openWorkspace(o.positional(0), session::WorkspaceSession::Mode::ReadWrite, io);
    if (!ws)
        return WorkspaceProblem;
    io::ImportContext context;
    WorkspaceError error;
    if (!ws->importContext(&context, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    QString problem;
    const auto target =
        workshop::WorkshopStore::resolve(context, o.value(QStringLiteral("company")), o.value(QStringLiteral("round")),
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
        io.out << QCoreApplication::translate(
                      "sbr::cli",
                      "Only this computer can open it; for phones, use --bind with this computer's network address.")
               << '\n';
    io.out << QCoreApplication::translate("sbr::cli", "Press Ctrl+C to end the session and store the votes.") << '\n';
    io.out.flush();
    QEventLoop loop;
    QObject::connect(&termination, &workshop::TerminationSignals::received, &loop, &QEventLoop::quit);
    loop.exec();
    server.stop();
    workshop::WorkshopStore::Summary stored;
    if (!workshop::WorkshopStore::store(*ws, session, *target, &error, &stored)) {
        io.error(error.message);
        io.error(QCoreApplication::translate("sbr::cli", "the votes of %1 participants were not stored")
                     .arg(session.voters()));
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli",
                                          "Session ended: %1 participants; stored %2 respondents with %3 answers.")
                  .arg(session.participants())
                  .arg(stored.respondents)
                  .arg(stored.answers)
           << '\n';
    return Ok;
}

} // namespace sbr::cli
