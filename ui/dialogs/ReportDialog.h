#pragma once
// File ▸ Export report: choose the round, the language and the departments, look at the pages
// as they will be printed, then save the PDF. The preview and the file come from the same
// ReportDocument, so what is seen is what is saved.

#include "Selection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;

namespace sbr::report {
struct ReportOptions;
}

namespace sbr::ui {

class WorkspaceController;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(WorkspaceController *controller, const Selection &selection, QWidget *parent = nullptr);

    /// Renders the preview for the current choices; returns the number of pages.
    int refreshPreview();
    /// Writes the PDF to `path`; false with a message shown to the user.
    bool save(const QString &path);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *roundBox() const { return m_round; }
    QCheckBox *departmentRecommendationsBox() const { return m_departmentRecommendations; }

public slots:
    void saveAs();

private:
    struct Options;
    QStringList chosenDepartments() const;
    /// The choices, with the manager's conclusions on the chosen round and the company's action plan.
    report::ReportOptions currentOptions() const;

    WorkspaceController *m_controller;
    Selection m_selection;
    QComboBox *m_round;
    QComboBox *m_language;
    QListWidget *m_departments;
    QLabel *m_status;
    QVBoxLayout *m_pages;
    QPushButton *m_save;
    QCheckBox *m_departmentRecommendations = nullptr;
};

} // namespace sbr::ui
