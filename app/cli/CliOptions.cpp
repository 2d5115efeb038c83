#include "CliOptions.h"

#include <QLocale>

namespace sbr::cli {

std::unique_ptr<storage::Workspace> openWorkspace(const QString &path, storage::Workspace::Mode mode, const Io &io)
{
    storage::StorageError error;
    auto ws = storage::Workspace::open(path, mode, &error);
    if (!ws)
        io.error(error.message);
    return ws;
}

QString languageOfUser() { return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en"); }

void Io::error(const QString &message) const
{
    for (const QString &line : message.split(u'\n'))
        err << "error: " << line << '\n';
    err.flush();
}

} // namespace sbr::cli
