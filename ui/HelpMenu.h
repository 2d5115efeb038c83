#pragma once
// The Help menu: the user guide (docs/user-guide.md, embedded, rendered with its pictures and
// opened at the section of the workbench's language), the keyboard shortcuts of every menu
// action, and About (version, Qt version, licences of the libraries the program uses).

class QMenuBar;
class QString;
class QWidget;

namespace sbr::ui {

/// Adds "Help" to `bar`; the dialogs open over `window`.
void addHelpMenu(QMenuBar *bar, QWidget *window);

/// The text of the About box (plain text with line breaks): name, version, Qt version and the
/// libraries with their licences.
QString aboutText();

/// Opens the user guide (non-modal, one window per main window); returns it for tests.
QWidget *showUserGuide(QWidget *window);

/// The "Keyboard shortcuts" list: every action of `window`'s menus that has a shortcut, as
/// "shortcut<TAB>action" lines in the platform's notation, then the keys of the answer grid.
QString shortcutList(QWidget *window);

} // namespace sbr::ui
