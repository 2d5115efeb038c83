#include "AppSettings.h"

#include "session/WorkspaceSession.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

namespace sbr::ui {

namespace {

// The table of keys: name and default in one place.
struct Key {
    const char *name;
    QVariant fallback;
};
const Key kLanguage{"ui/language", QString()};
const Key kTheme{"ui/theme", 0};
const Key kDefaultTarget{"scoring/defaultTarget", 75.0};
const Key kRecent{"files/recent", QStringList()};
const Key kPerAddress{"workshop/perAddress", 3};
const Key kGeometry{"window/geometry", QByteArray()};
const Key kState{"window/state", QByteArray()};
const Key kSelectionWorkspace{"selection/workspace", QString()};
const Key kSelectionNames{"selection/names", QStringList()};
const Key kSelectionPage{"selection/page", -1};

QVariant read(const Key &key)
{
    QSettings s;
    if (s.value(QStringLiteral("settingsVersion"), 0).toInt() != AppSettings::kVersion)
        s.setValue(QStringLiteral("settingsVersion"), AppSettings::kVersion); // nothing to migrate yet
    return s.value(QString::fromLatin1(key.name), key.fallback);
}

void write(const Key &key, const QVariant &value)
{
    QSettings().setValue(QString::fromLatin1(key.name), value);
}

} // namespace

QString AppSettings::language()
{
    return read(kLanguage).toString();
}
void AppSettings::setLanguage(const QString &language)
{
    write(kLanguage, language);
}

QString AppSettings::effectiveLanguage()
{
    const QString chosen = language();
    if (chosen == u"de" || chosen == u"en")
        return chosen;
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

AppSettings::Theme AppSettings::theme()
{
    return Theme(qBound(0, read(kTheme).toInt(), int(Theme::HighContrast)));
}
void AppSettings::setTheme(Theme theme)
{
    write(kTheme, int(theme));
}

double AppSettings::defaultTarget()
{
    return qBound(0.0, read(kDefaultTarget).toDouble(), 100.0);
}
void AppSettings::setDefaultTarget(double target)
{
    write(kDefaultTarget, target);
}

int AppSettings::workshopPerAddress()
{
    return qBound(0, read(kPerAddress).toInt(), 50);
}
void AppSettings::setWorkshopPerAddress(int n)
{
    write(kPerAddress, n);
}

QString AppSettings::locationKey(const QString &path)
{
    // A team workspace's address is kept as it is (it never holds a password); a file by its full path.
    return session::WorkspaceSession::isTeamLocation(path) ? path : QFileInfo(path).absoluteFilePath();
}

QStringList AppSettings::recentFiles()
{
    return read(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = locationKey(path);
    files.removeAll(absolute);
    files.prepend(absolute);
    write(kRecent, files.mid(0, 8));
}

QString AppSettings::lastWorkspace()
{
    return recentFiles().value(0);
}

QStringList AppSettings::lastSelection(const QString &workspace, int *page)
{
    const bool same = read(kSelectionWorkspace).toString() == locationKey(workspace);
    if (page)
        *page = same ? read(kSelectionPage).toInt() : -1;
    return same ? read(kSelectionNames).toStringList() : QStringList();
}
void AppSettings::setLastSelection(const QString &workspace, const QStringList &names, int page)
{
    // Called on every click in the navigator: one settings object, written once when it goes.
    QSettings s;
    s.setValue(QString::fromLatin1(kSelectionWorkspace.name), locationKey(workspace));
    s.setValue(QString::fromLatin1(kSelectionNames.name), names);
    s.setValue(QString::fromLatin1(kSelectionPage.name), page);
}

QByteArray AppSettings::windowGeometry()
{
    return read(kGeometry).toByteArray();
}
QByteArray AppSettings::windowState()
{
    return read(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    write(kGeometry, geometry);
    write(kState, state);
}

} // namespace sbr::ui
