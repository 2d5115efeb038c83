#pragma once
// The workbench's own settings (not the workspace's): one typed table of keys with defaults,
// versioned, kept in QSettings. Tests point QSettings at a temporary file.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sbr::ui {

class AppSettings {
public:
    /// Stored as numbers: new themes go at the end.
    enum class Theme { System, Light, Dark, HighContrast };

    static constexpr int kVersion = 1;

    /// "" = follow the system (German on a German system, English otherwise), "de" or "en".
    static QString language();
    static void setLanguage(const QString &language);
    /// The language actually used: "de" or "en".
    static QString effectiveLanguage();

    static Theme theme();
    static void setTheme(Theme theme);

    /// Target score of new companies (0..100).
    static double defaultTarget();
    static void setDefaultTarget(double target);
    /// Workshop: new participants allowed per network address (0: no limit; formats.md *Workshop sessions*).
    static int workshopPerAddress();
    static void setWorkshopPerAddress(int n);

    /// The workspaces opened last, newest first: files by their full path, team workspaces by
    /// their address (postgresql://…, without a password).
    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static QString lastWorkspace();

    /// What was shown last in `workspace`: the navigator path by names (company, round label,
    /// department; shorter for a company or a round) and the page index (-1 if unknown). Empty
    /// when another workspace was shown last.
    static QStringList lastSelection(const QString &workspace, int *page = nullptr);
    static void setLastSelection(const QString &workspace, const QStringList &names, int page);

    /// How `path` (a file or a team workspace's address) is remembered.
    static QString locationKey(const QString &path);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindow(const QByteArray &geometry, const QByteArray &state);
};

} // namespace sbr::ui
