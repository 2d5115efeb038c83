// workshop: a headless live-voting session whose votes are in the workspace as soon as they are
// acknowledged, stored as respondents when it is stopped; --recover stores sessions that never
// ended (formats.md *Workshop sessions*).

#include "CliOptions.h"
#include "TerminationSignals.h"
#include "VoteWriter.h"
#include "VotingServer.h"
#include "WorkshopSession.h"
#include "WorkshopStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace sbr::cli {

namespace {

/// "2026-03-15 09:12, Muster GmbH / Vertrieb / 2026-Q1".
QString describe(const WorkshopRecord &r)
{
    return QStringLiteral("%1, %2 / %3 / %4")
        .arg(r.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.company,
             r.departments.isEmpty() ? r.department : r.departments.join(QStringLiteral(" + ")), r.round);
}

/// Prints the waiting for a busy workspace once a second.
workshop::WorkshopStore::Waiting waitingPrinter(const Io &io)
{
    auto lastSecond = std::make_shared<int>(-1);
    return [&io, lastSecond](int waited, int patience) {
        if (waited / 1000 != *lastSecond) {
            *lastSecond = waited / 1000;
            io.out << QCoreApplication::translate("sbr::cli",
                                                  "The workspace is in use by another program; waiting (%1 of %2 s) …")
                          .arg(waited / 1000)
                          .arg(patience / 1000)
                   << '\n';
            io.out.flush();
        }
        return true;
    };
}

int recover(session::WorkspaceSession &ws, bool listOnly, const QString &path, const Io &io)
{
    QList<WorkshopRecord> sessions;
    WorkspaceError error;
    if (!workshop::WorkshopStore::unfinished(ws, &sessions, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    if (sessions.isEmpty()) {
        io.out << QCoreApplication::translate("sbr::cli", "No unfinished workshop sessions in %1.")
                      .arg(QDir::toNativeSeparators(path))
               << '\n';
        return Ok;
    }
    int failed = 0;
    for (const WorkshopRecord &r : sessions) {
        const bool running = workshop::WorkshopStore::isRunningElsewhere(r);
        if (listOnly) {
            io.out << describe(r) << ": "
                   << QCoreApplication::translate("sbr::cli", "%n participant(s)", nullptr, r.participants) << ", "
                   << QCoreApplication::translate("sbr::cli", "%n voter(s)", nullptr, r.voters) << ", "
                   << QCoreApplication::translate("sbr::cli", "%n vote(s)", nullptr, r.votes) << ", "
                   << (running ? QCoreApplication::translate("sbr::cli", "still running (process %1)").arg(r.pid)
                               : QCoreApplication::translate("sbr::cli", "not ended"))
                   << '\n';
            continue;
        }
        if (running) {
            io.out << describe(r) << ": "
                   << QCoreApplication::translate(
                          "sbr::cli", "still running in process %1; end it there (it stores its votes itself).")
                          .arg(r.pid)
                   << '\n';
            continue;
        }
        workshop::WorkshopStore::Summary stored;
        if (!workshop::WorkshopStore::recover(ws, r, &error, &stored, nullptr, 60000, waitingPrinter(io))) {
            io.error(describe(r) + QStringLiteral(": ") + error.message);
            io.error(QCoreApplication::translate(
                "sbr::cli", "the votes of this session were not stored; they stay in the workspace for another "
                            "--recover"));
            ++failed;
            continue;
        }
        io.out << describe(r) << ": "
               << QCoreApplication::translate("sbr::cli", "stored %1 with %2.")
                      .arg(
                          QCoreApplication::translate("sbr::cli", "%n respondent(s)", nullptr, int(stored.respondents)),
                          QCoreApplication::translate("sbr::cli", "%n answer(s)", nullptr, int(stored.answers)))
               << '\n';
    }
    return failed ? WorkspaceProblem : Ok;
}

/// A whole number from `min` up, or nullopt with a usage error.
std::optional<int> countOption(const Options &o, const char *name, int fallback, int min, const Io &io)
{
    const QString option = QString::fromLatin1(name);
    if (!o.isSet(option))
        return fallback;
    bool ok = false;
    const int n = o.value(option).toInt(&ok);
    if (!ok || n < min) {
        io.error(QCoreApplication::translate("sbr::cli", "--%1 expects a whole number of at least %2, not \"%3\"")
                     .arg(option)
                     .arg(min)
                     .arg(o.value(option)));
        return std::nullopt;
    }
    return n;
}

} // namespace

int workshop(const QStringList &args, const Io &io)
{
    const QString synopsis =
        QStringLiteral("workshop WS --company NAME --round LABEL --department NAME [--department NAME …] [--port P] "
                       "[--bind ADDRESS] [--lang de|en] "
                       "[--per-address N] [--max-participants N] | workshop WS --recover [--list]");
    Options o(synopsis,
              QCoreApplication::translate(
                  "sbr::cli",
                  "Runs a live-voting session without a facilitator: every item is open, participants vote on their "
                  "phones at the printed URL. Every vote is in the workspace before the phone hears \"saved\". "
                  "SIGINT (Ctrl+C) or SIGTERM ends the session and stores every participant who voted as an "
                  "anonymous respondent (\"Workshop 1\", …) of the department in the round, in one step. The company "
                  "and the round must exist; the department is created when missing. A mixed group names several "
                  "departments (--department once for each): every participant chooses one on the phone before "
                  "voting and is stored in it. A "
                  "session that never ended (a crash, a power cut) is stored with --recover."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "The company (required)."),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("round"), QCoreApplication::translate("sbr::cli", "The round (required)."),
            QStringLiteral("LABEL"));
    o.value(QStringLiteral("department"),
            QCoreApplication::translate("sbr::cli", "The department (required; repeat it for a mixed group)."),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("port"), QCoreApplication::translate("sbr::cli", "TCP port (default: any free port)."),
            QStringLiteral("P"));
    o.value(QStringLiteral("bind"),
            QCoreApplication::translate(
                "sbr::cli",
                "Listen only on this address (default 127.0.0.1: this computer only; use this computer's address in "
                "the local network, or 0.0.0.0, for phones)."),
            QStringLiteral("ADDRESS"));
    o.value(QStringLiteral("lang"),
            QCoreApplication::translate("sbr::cli", "Language of the voting page: de (default) or en."),
            QStringLiteral("LANG"));
    o.value(QStringLiteral("per-address"),
            QCoreApplication::translate("sbr::cli",
                                        "At most N participants from one network address (default 3; 0: no limit)."),
            QStringLiteral("N"));
    o.value(QStringLiteral("max-participants"),
            QCoreApplication::translate("sbr::cli", "The expected group size: nobody joins beyond it."),
            QStringLiteral("N"));
    o.flag(QStringLiteral("recover"),
           QCoreApplication::translate(
               "sbr::cli", "Store the votes of workshop sessions that never ended (e.g. after a crash), then exit."));
    o.flag(QStringLiteral("list"),
           QCoreApplication::translate("sbr::cli", "With --recover: only list those sessions."));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    if (o.isSet(QStringLiteral("recover"))) {
        auto ws = openWorkspace(o.positional(0),
                                o.isSet(QStringLiteral("list")) ? session::WorkspaceSession::Mode::ReadOnly
                                                                : session::WorkspaceSession::Mode::ReadWrite,
                                io);
        return ws ? recover(*ws, o.isSet(QStringLiteral("list")), o.positional(0), io) : WorkspaceProblem;
    }
    if (o.isSet(QStringLiteral("list"))) {
        io.error(QCoreApplication::translate("sbr::cli", "--list works only with --recover; usage: sbradar-cli %1")
                     .arg(synopsis));
        return Usage;
    }
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
    const std::optional<int> perAddress = countOption(o, "per-address", 3, 0, io);
    const std::optional<int> maxParticipants = countOption(o, "max-participants", 0, 1, io);
    if (!perAddress || !maxParticipants)
        return Usage;
    const std::optional<QString> language = languageOption(o, QStringLiteral("de"), io);
    if (!language)
        return Usage;
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
                                         o.values(QStringLiteral("department")), &problem);
    if (!target) {
        io.error(problem);
        return BadInput;
    }
    workshop::WorkshopSession session(ws->questionnaire(), workshop::WorkshopSession::allItems(ws->questionnaire()));
    session.setAnonymityThreshold(ws->anonymityThreshold());
    if (*maxParticipants > 0)
        session.setMaxParticipants(*maxParticipants);
    session.openAll();
    workshop::VotingServer server(&session);
    server.setLanguage(*language);
    workshop::ServerLimits limits = server.limits();
    limits.perAddress = *perAddress;
    server.setLimits(limits);
    workshop::TerminationSignals termination;
    if (!server.start(bind, quint16(port), &problem)) {
        io.error(problem);
        return WorkspaceProblem;
    }
    const qint64 id = workshop::WorkshopStore::begin(*ws, session, *target, server.token(), server.port(), &error);
    if (id < 0) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    // Votes go to the disk from a thread of their own, so the server keeps answering meanwhile
    // (without it, begin()'s journal writes them in this thread: just as safe, only slower).
    auto writer = workshop::WorkshopStore::writeInBackground(*ws, session, id, &problem);
    io.out << QCoreApplication::translate("sbr::cli", "Workshop session for %1, %2, round %3: %4 items open.")
                  .arg(target->company, target->departments.join(QStringLiteral(" + ")), target->round)
                  .arg(session.items().size())
           << '\n'
           << "URL: " << server.url().toString() << '\n'
           << QCoreApplication::translate("sbr::cli", "Short address to type: %1").arg(server.shortAddress()) << '\n'
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
    writer.reset(); // the batch in flight is written; its votes count below
    QCoreApplication::sendPostedEvents();
    workshop::WorkshopStore::Summary stored;
    if (!workshop::WorkshopStore::store(*ws, session, *target, id, &error, &stored, nullptr, 60000,
                                        waitingPrinter(io))) {
        io.error(error.message);
        io.error(QCoreApplication::translate(
                     "sbr::cli", "the votes of %1 participants were not stored now; they are kept in the workspace: "
                                 "\"sbradar-cli workshop %2 --recover\" stores them")
                     .arg(session.voters())
                     .arg(QDir::toNativeSeparators(o.positional(0))));
        return WorkspaceProblem;
    }
    io.out << QCoreApplication::translate("sbr::cli",
                                          "Session ended: %1 participants; stored %2 respondents with %3 answers.")
                  .arg(session.participants())
                  .arg(stored.respondents)
                  .arg(stored.answers)
           << '\n';
    if (session.isMixed())
        for (int d = 0; d < session.departments().size(); ++d)
            io.out << "  " << session.departments().at(d) << ": "
                   << QCoreApplication::translate("sbr::cli", "%n respondent(s)", nullptr, session.votersIn(d)) << '\n';
    return Ok;
}

} // namespace sbr::cli
