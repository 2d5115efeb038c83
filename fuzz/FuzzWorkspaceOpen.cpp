// libFuzzer target: opening a workspace file (core/session WorkspaceSession::open, through the
// storage layer and Qt's SQLite driver, formats.md *Workspace*). One input is a whole file image;
// it is written to a temporary file and opened read-only and then for editing (the second open
// also runs the schema migrations of an older version). A file that opens is read like a window
// shows it (companies and their scores); one that does not must be refused with an error kind.
#include "FuzzSupport.h"
#include "session/WorkspaceSession.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

const QString &imagePath()
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("fuzz.sbradar"));
    return path;
}

void writeImage(const uint8_t *data, size_t size)
{
    const QString &path = imagePath();
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        __builtin_trap(); // the temporary directory itself failed
}

void openAndRead(sbr::session::WorkspaceSession::Mode mode)
{
    sbr::WorkspaceError error;
    const auto session = sbr::session::WorkspaceSession::open(imagePath(), mode, &error);
    if (!session) {
        if (!error || error.message.isEmpty())
            __builtin_trap(); // refused without saying why
        return;
    }
    (void)session->companies();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    sbr::fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    writeImage(data, size);
    openAndRead(sbr::session::WorkspaceSession::Mode::ReadOnly);
    writeImage(data, size);
    openAndRead(sbr::session::WorkspaceSession::Mode::ReadWrite);
    return 0;
}
