// sbradar-cli copy SRC DST [--company NAME] (formats.md *Team workspace*).

#include "CliCommands.h"
#include "CliOptions.h"

#include "session/WorkspaceSession.h"

namespace sbr::cli {

int copy(const QStringList &args, const Io &io)
{
    Options o(QStringLiteral("copy SRC DST [--company NAME]"),
              QCoreApplication::translate(
                  "sbr::cli",
                  "Copies the companies of a workspace, with their rounds, answers, comments and plans, into another "
                  "one: a file into a team workspace (postgresql://user@host:5432/database) or back. A destination "
                  "that does not exist is created. All or nothing: on any error the destination stays as it was."),
              2);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "copy only this company"),
            QStringLiteral("NAME"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const QString company = o.value(QStringLiteral("company"));
    WorkspaceError error;
    if (!session::WorkspaceSession::copy(o.positional(0), o.positional(1), company, &error)) {
        io.error(error.message);
        return error.kind == WorkspaceError::Kind::Invalid ? BadInput : WorkspaceProblem;
    }
    io.out << (company.isEmpty()
                   ? QCoreApplication::translate("sbr::cli", "Copied %1 to %2.").arg(o.positional(0), o.positional(1))
                   : QCoreApplication::translate("sbr::cli", "Copied \"%1\" from %2 to %3.")
                         .arg(company, o.positional(0), o.positional(1)))
           << '\n';
    return Ok;
}

} // namespace sbr::cli
