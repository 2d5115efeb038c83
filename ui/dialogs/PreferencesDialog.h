#pragma once
// Preferences: theme, the target of new companies and the workshop's participants per network
// address (this computer), and the anonymity threshold (this workspace: whoever opens the file
// gets the same rule).

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace sbr::ui {

class WorkspaceController;

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(WorkspaceController *controller, QWidget *parent = nullptr);
    void accept() override;

    /// Applies a theme to the whole application (System, Light, Dark, HighContrast).
    static void applyTheme(int theme);

private:
    WorkspaceController *m_controller;
    QComboBox *m_theme;
    QDoubleSpinBox *m_target;
    QSpinBox *m_anonymity;
    QSpinBox *m_perAddress;
};

} // namespace sbr::ui
