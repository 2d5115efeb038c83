#include "CliOptions.h"

#include <QFileInfo>
#include <QLocale>

namespace sbr::cli {

std::unique_ptr<session::WorkspaceSession> openWorkspace(const QString &path, session::WorkspaceSession::Mode mode,
                                                         const Io &io)
{
    WorkspaceError error;
    auto ws = session::WorkspaceSession::open(path, mode, &error);
    if (!ws)
        io.error(error.message);
    return ws;
}

QString languageOfUser()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

void Io::error(const QString &message) const
{
    for (const QString &line : message.split(u'\n'))
        err << "error: " << line << '\n';
    err.flush();
}

std::optional<QString> languageOption(const Options &o, const QString &fallback, const Io &io)
{
    const QString lang = o.isSet(QStringLiteral("lang")) ? o.value(QStringLiteral("lang")) : fallback;
    if (lang == u"de" || lang == u"en")
        return lang;
    io.error(QCoreApplication::translate("sbr::cli", "--lang expects de or en, not \"%1\"").arg(lang));
    return std::nullopt;
}

std::optional<LoadedWorkspace> loadWorkspace(const QString &path, const Io &io)
{
    LoadedWorkspace loaded;
    loaded.workspace = openWorkspace(path, session::WorkspaceSession::Mode::ReadOnly, io);
    if (!loaded.workspace)
        return std::nullopt;
    return loaded;
}

bool outputIsWorkspace(const QString &output, const QString &workspace, const Io &io)
{
    const QFileInfo outputInfo(output), workspaceInfo(workspace);
    if (!outputInfo.exists() || outputInfo.canonicalFilePath() != workspaceInfo.canonicalFilePath())
        return false;
    io.error(QCoreApplication::translate("sbr::cli", "-o %1 would overwrite the workspace; choose another file")
                 .arg(output));
    return true;
}

} // namespace sbr::cli
