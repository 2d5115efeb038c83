// sbradar-cli team init|grant|revoke|list|pool (formats.md *Team workspace*): who sees which client
// in a team workspace, enforced by the server.

#include "CliCommands.h"
#include "CliOptions.h"

#include "domain/Names.h"
#include "session/WorkspaceSession.h"

namespace sbr::cli {

namespace {

using session::WorkspaceSession;

int exitFor(const WorkspaceError &error, const Io &io)
{
    io.error(error.message);
    return error.kind == WorkspaceError::Kind::Invalid ? BadInput : WorkspaceProblem;
}

/// The value of a required option, or nullopt after printing a usage error.
std::optional<QString> required(const Options &o, const QString &name, const QString &synopsis, const Io &io)
{
    if (o.isSet(name) && !o.value(name).isEmpty())
        return o.value(name);
    io.error(QCoreApplication::translate("sbr::cli", "--%1 is missing; usage: sbradar-cli %2").arg(name, synopsis));
    return std::nullopt;
}

int initAction(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("team init URI"),
              QCoreApplication::translate(
                  "sbr::cli",
                  "Sets up a team workspace so that the server decides who sees which client: the owner role "
                  "sbradar_owner (it owns every table; its members see every company), the group sbradar_consultant, "
                  "the grants table and forced row-level security. Creates the workspace when the database holds "
                  "none. Run it as the database's owner with the right to create roles (or as a superuser); running "
                  "it again changes nothing."),
              1);
    if (int code = o.parse(args, io); code >= 0)
        return code;
    QStringList changes;
    WorkspaceError error;
    if (!WorkspaceSession::setUpTeam(o.positional(0), &changes, &error))
        return exitFor(error, io);
    if (changes.isEmpty()) {
        io.out << QCoreApplication::translate("sbr::cli",
                                              "The team workspace %1 is set up already; nothing was changed.")
                      .arg(o.positional(0))
               << '\n';
        return Ok;
    }
    io.out << QCoreApplication::translate("sbr::cli", "Set up the team workspace %1:").arg(o.positional(0)) << '\n';
    for (const QString &change : changes)
        io.out << "- " << change << '\n';
    return Ok;
}

int grantAction(const QStringList &args, const Io &io)
{
    const QString synopsis = QStringLiteral("team grant URI --user NAME --company NAME --role read|write|admin");
    Options o(synopsis,
              QCoreApplication::translate(
                  "sbr::cli",
                  "Lets a consultant's login read (read), also change (write) or also rename, delete and take out of "
                  "the benchmark pool (admin) one company. The login must exist on the server; it joins the group "
                  "sbradar_consultant."),
              1);
    o.value(QStringLiteral("user"), QCoreApplication::translate("sbr::cli", "the consultant's login"),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "the company"), QStringLiteral("NAME"));
    o.value(QStringLiteral("role"), QCoreApplication::translate("sbr::cli", "read, write or admin"),
            QStringLiteral("ROLE"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const auto user = required(o, QStringLiteral("user"), synopsis, io);
    const auto company = required(o, QStringLiteral("company"), synopsis, io);
    const auto role = required(o, QStringLiteral("role"), synopsis, io);
    if (!user || !company || !role)
        return Usage;
    if (*role != u"read" && *role != u"write" && *role != u"admin") {
        io.error(QCoreApplication::translate("sbr::cli", "--role must be read, write or admin, not \"%1\"").arg(*role));
        return BadInput;
    }
    const TeamGrant wanted{*user, normalizeName(*company), *role};
    QString previous;
    WorkspaceError error;
    if (!WorkspaceSession::grantTeamAccess(o.positional(0), wanted, &previous, &error))
        return exitFor(error, io);
    if (previous == wanted.role)
        io.out << QCoreApplication::translate("sbr::cli", "%1 had the role %2 for \"%3\" already; nothing was changed.")
                      .arg(wanted.login, wanted.role, wanted.company);
    else if (previous.isEmpty())
        io.out << QCoreApplication::translate("sbr::cli", "%1 now has the role %2 for \"%3\".")
                      .arg(wanted.login, wanted.role, wanted.company);
    else
        io.out << QCoreApplication::translate("sbr::cli", "%1 now has the role %2 for \"%3\" (before: %4).")
                      .arg(wanted.login, wanted.role, wanted.company, previous);
    io.out << '\n';
    return Ok;
}

int revokeAction(const QStringList &args, const Io &io)
{
    const QString synopsis = QStringLiteral("team revoke URI --user NAME --company NAME");
    Options o(
        synopsis,
        QCoreApplication::translate(
            "sbr::cli", "Takes a consultant's access to one company away; the login sees nothing of it any more."),
        1);
    o.value(QStringLiteral("user"), QCoreApplication::translate("sbr::cli", "the consultant's login"),
            QStringLiteral("NAME"));
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "the company"), QStringLiteral("NAME"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const auto user = required(o, QStringLiteral("user"), synopsis, io);
    const auto company = required(o, QStringLiteral("company"), synopsis, io);
    if (!user || !company)
        return Usage;
    QString previous;
    WorkspaceError error;
    if (!WorkspaceSession::revokeTeamAccess(o.positional(0), *user, normalizeName(*company), &previous, &error))
        return exitFor(error, io);
    io.out << (previous.isEmpty()
                   ? QCoreApplication::translate("sbr::cli", "%1 had no access to \"%2\"; nothing was changed.")
                         .arg(*user, normalizeName(*company))
                   : QCoreApplication::translate("sbr::cli", "%1 no longer has access to \"%2\" (it had the role %3).")
                         .arg(*user, normalizeName(*company), previous))
           << '\n';
    return Ok;
}

int listAction(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("team list URI"),
              QCoreApplication::translate(
                  "sbr::cli",
                  "Prints who has which role for which company (an administrator sees every grant, a consultant "
                  "her own), one line each: login, role, company, separated by tabs."),
              1);
    if (int code = o.parse(args, io); code >= 0)
        return code;
    QList<TeamGrant> grants;
    WorkspaceError error;
    if (!WorkspaceSession::teamGrants(o.positional(0), &grants, &error))
        return exitFor(error, io);
    for (const TeamGrant &g : grants)
        io.out << g.login << '\t' << g.role << '\t' << g.company << '\n';
    return Ok;
}

int poolAction(const QStringList &args, const Io &io)
{
    const QString synopsis = QStringLiteral("team pool WS --company NAME [--in | --out]");
    Options o(synopsis,
              QCoreApplication::translate(
                  "sbr::cli",
                  "Says whether a company is in the benchmark pool, or puts it in (--in) or takes it out (--out). The "
                  "numbers of a company outside the pool count in no other company's benchmark; it still gets a "
                  "benchmark of its own. WS may be a workspace file too."),
              1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "the company"), QStringLiteral("NAME"));
    o.flag(QStringLiteral("in"), QCoreApplication::translate("sbr::cli", "put the company into the pool"));
    o.flag(QStringLiteral("out"), QCoreApplication::translate("sbr::cli", "take the company out of the pool"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const auto company = required(o, QStringLiteral("company"), synopsis, io);
    if (!company)
        return Usage;
    const bool in = o.isSet(QStringLiteral("in")), out = o.isSet(QStringLiteral("out"));
    if (in && out) {
        io.error(QCoreApplication::translate("sbr::cli", "--in and --out cannot be used together"));
        return Usage;
    }
    auto ws = openWorkspace(o.positional(0),
                            in || out ? WorkspaceSession::Mode::ReadWrite : WorkspaceSession::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    const QString name = normalizeName(*company);
    qint64 id = 0;
    for (const CompanyRow &c : ws->companies())
        if (c.name == name)
            id = c.id;
    if (id == 0) {
        io.error(QCoreApplication::translate("sbr::cli", "there is no company \"%1\" in the workspace").arg(*company));
        return BadInput;
    }
    WorkspaceError error;
    if ((in || out) && !ws->setInPool(id, in, &error))
        return exitFor(error, io);
    io.out << (ws->company(id)->inPool
                   ? QCoreApplication::translate("sbr::cli", "\"%1\" is in the benchmark pool.").arg(name)
                   : QCoreApplication::translate("sbr::cli",
                                                 "\"%1\" is not in the benchmark pool: its numbers count in no "
                                                 "other company's benchmark.")
                         .arg(name))
           << '\n';
    return Ok;
}

} // namespace

int team(const QStringList &args, const Io &io)
{
    const QString action = args.value(0);
    using Action = int (*)(const QStringList &, const Io &);
    const std::pair<const char16_t *, Action> actions[] = {
        {u"init", initAction}, {u"grant", grantAction}, {u"revoke", revokeAction},
        {u"list", listAction}, {u"pool", poolAction},
    };
    for (const auto &[name, run] : actions)
        if (action == name)
            return run(args.mid(1), io);
    if (action == u"--help" || action == u"-h") {
        io.out << QCoreApplication::translate(
                      "sbr::cli",
                      "Usage: sbradar-cli team init|grant|revoke|list|pool … (\"sbradar-cli team ACTION --help\" "
                      "for the options of one)")
               << '\n';
        return Ok;
    }
    io.error(QCoreApplication::translate("sbr::cli",
                                         "expected one of init, grant, revoke, list, pool after \"team\", not \"%1\"")
                 .arg(action));
    return Usage;
}

} // namespace sbr::cli
