#pragma once
// After a file is saved, the status bar of the main window says where, with an "Open" link that
// opens the file in the desktop's program for it (PDF viewer, spreadsheet, image viewer).

class QWidget;
class QString;

namespace sbr::ui {

/// Shows "Saved: <file name> – Open" in the status bar of `from`'s main window for 15 seconds
/// (replacing an earlier notice). `path` is the file written. Does nothing without a main window.
void showSavedNotice(QWidget *from, const QString &path);

} // namespace sbr::ui
