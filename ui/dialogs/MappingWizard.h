#pragma once
// Import of a survey export (Microsoft Forms, Google Forms, SurveyMonkey, LimeSurvey; formats.md
// *Survey exports with a mapping profile*) as a wizard: the file and what it does not hold
// (company, department, round, date) → which column is which statement → which answer label is
// which level → a preview with the resulting scores (or every error, with its line and column)
// → import, all or nothing. The mapping is suggested (io/MappingSuggestion.h), or taken from a
// profile kept in the workspace that maps every column of the file, and is kept there again for
// the next wave.

#include "io/MappingSuggestion.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sbr::ui {

class WorkspaceController;

class MappingWizard : public QWizard {
    Q_OBJECT
public:
    enum Page { FilePage, ColumnsPage, LabelsPage, PreviewPage };
    MappingWizard(WorkspaceController *controller, const QString &path, QWidget *parent = nullptr);

    /// The profile as the pages show it now.
    io::MappingProfile profile() const;
    /// For tests: the widgets a user works with.
    QComboBox *companyBox() const { return m_company; }
    QLineEdit *departmentEdit() const { return m_department; }
    QLineEdit *roundEdit() const { return m_round; }
    QDateEdit *dateEdit() const { return m_date; }
    QLabel *sourceLabel() const { return m_source; }
    QTableWidget *columnTable() const { return m_columns; }
    QTableWidget *labelTable() const { return m_labels; }
    QTableWidget *previewTable() const { return m_preview; }
    QLabel *previewSummary() const { return m_summary; }
    QLineEdit *profileNameEdit() const { return m_profileName; }
    /// The target combo box of the column with this header (nullptr if there is none).
    QComboBox *targetBox(const QString &header) const;
    /// The level combo box of this answer label (nullptr if there is none).
    QComboBox *levelBox(const QString &label) const;
    /// Whether the preview found the file importable with the mapping.
    bool isValid() const { return m_valid; }

    /// "Survey export" or not: a header with none of our key columns and no item id.
    static bool isSurveyExport(const QStringList &header, const Questionnaire &q);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QWizardPage *buildFilePage();
    QWizardPage *buildColumnsPage();
    QWizardPage *buildLabelsPage();
    QWizardPage *buildPreviewPage();
    void fillColumns(const io::MappingProfile &profile);
    void fillLabels();
    void runPreview();
    bool runImport();

    WorkspaceController *m_controller;
    QString m_path;
    QByteArray m_data;
    QStringList m_header;
    QList<QStringList> m_rows;
    io::MappingSuggestion m_suggestion;
    io::MappingProfile m_start; ///< suggested or kept profile the pages start from
    QComboBox *m_company = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_round = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_source = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_labels = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_keep = nullptr;
    QLineEdit *m_profileName = nullptr;
    bool m_valid = false;
    bool m_imported = false;
};

} // namespace sbr::ui
