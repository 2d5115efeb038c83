#pragma once
// File ▸ Distribute questionnaire: choose company, round, departments and the kind of
// questionnaire (answer workbook, paper form, LimeSurvey survey), then save it under a suggested
// name. The files come from the same use-case as `sbradar-cli template`; the dialog stays open
// and says what it saved, so several departments or formats can be written one after another.

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace sbr::ui {

class WorkspaceController;
struct Selection;

class DistributeDialog : public QDialog {
    Q_OBJECT
public:
    DistributeDialog(WorkspaceController *controller, const Selection &selection, QWidget *parent = nullptr);

    /// Writes the chosen questionnaire to `path`; false with the reason in the status line.
    bool save(const QString &path);
    QString status() const;

    QComboBox *companyBox() const { return m_company; }
    QComboBox *roundBox() const { return m_round; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *languageBox() const { return m_language; }
    QListWidget *departmentList() const { return m_departments; }
    QLineEdit *fileEdit() const { return m_file; }

public slots:
    void browse();
    void saveChosen();

private:
    void fillRounds();
    void suggestFile();
    QStringList chosenDepartments() const;

    WorkspaceController *m_controller;
    QComboBox *m_company, *m_round, *m_format, *m_language;
    QListWidget *m_departments;
    QSpinBox *m_respondents;
    QLineEdit *m_file;
    QLabel *m_status;
    QPushButton *m_save;
    bool m_fileChosen = false; ///< the user picked a file: no more suggestions
};

} // namespace sbr::ui
