#pragma once
// What every command of sbradar-cli shares: its options with --help and --version (usage
// errors become exit code 1), opening the workspace with the error on stderr, and the user's
// language.

#include "CliCommands.h"
#include "domain/Workspace.h"
#include "session/WorkspaceSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>
#include <variant>

namespace sbr::cli {

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
            io.error(problem + QStringLiteral("; ") +
                     QCoreApplication::translate("sbr::cli", "usage: sbradar-cli %1").arg(m_synopsis));
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
                io.error(QCoreApplication::translate("sbr::cli", "an empty file name was given; usage: sbradar-cli %1")
                             .arg(m_synopsis));
                return Usage;
            }
        return -1;
    }
    QString positional(int i) const { return m_parser.positionalArguments().value(i); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    /// Every value of an option given several times, in order.
    QStringList values(const QString &name) const { return m_parser.values(name); }

private:
    QCommandLineParser m_parser;
    QString m_synopsis;
    int m_positionals;
};

/// The workspace, or nullptr after printing why it cannot be opened.
std::unique_ptr<session::WorkspaceSession> openWorkspace(const QString &path, session::WorkspaceSession::Mode mode,
                                                         const Io &io);
/// "de" on a German system, "en" otherwise.
QString languageOfUser();

/// The value of --lang ("de" or "en"), `fallback` when not given; nullopt after printing a
/// usage error for anything else.
std::optional<QString> languageOption(const Options &o, const QString &fallback, const Io &io);

/// An open workspace, scored (the session reads everything in one scan).
struct LoadedWorkspace {
    std::unique_ptr<session::WorkspaceSession> workspace;
    const WorkspaceData &data() const { return workspace->data(); }
};
/// Opens `path` read-only and reads it; nullopt after printing why not.
std::optional<LoadedWorkspace> loadWorkspace(const QString &path, const Io &io);
/// True (after printing an error) when `output` names the workspace file itself.
bool outputIsWorkspace(const QString &output, const QString &workspace, const Io &io);

} // namespace sbr::cli
