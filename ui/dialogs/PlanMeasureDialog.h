#pragma once
// Adds a measure to a company's action plan or edits one (formats.md *Action plan*): a measure
// of the questionnaire's catalogue or an own one (a title and the statements it should move),
// with owner, due date, horizon, status, the date it was done and a note. OK saves it as one
// undoable step (commands/PlanCommands.h); what cannot be saved keeps the dialog open and says why.

#include "domain/Plan.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;

namespace sbr::ui {

class WorkspaceController;

class PlanMeasureDialog : public QDialog {
    Q_OBJECT
public:
    /// A new measure for the company `company` (its id) when `existing` is empty, else `existing`.
    PlanMeasureDialog(WorkspaceController *controller, qint64 company,
                      const std::optional<PlanMeasure> &existing = std::nullopt, QWidget *parent = nullptr);
    void accept() override;
    /// The id of the measure added or changed (after accept), else 0.
    qint64 measureId() const { return m_id; }

    // For tests and keyboard users: the fields.
    QComboBox *catalogueBox() const { return m_catalogue; }
    QRadioButton *ownButton() const { return m_own; }
    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *statementList() const { return m_items; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QCheckBox *dueBox() const { return m_hasDue; }
    QLineEdit *dueEdit() const { return m_due; }
    QComboBox *horizonBox() const { return m_horizon; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *doneOnEdit() const { return m_doneOn; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLabel *problemLabel() const { return m_problem; }

private:
    QWidget *buildWhat();
    QWidget *buildDetails();
    void fill(const PlanMeasure &m);
    void updateEnabled();
    PlanMeasure measure() const;

    WorkspaceController *m_controller;
    qint64 m_company;
    std::optional<PlanMeasure> m_existing;
    qint64 m_id = 0;
    QRadioButton *m_fromCatalogue = nullptr;
    QRadioButton *m_own = nullptr;
    QComboBox *m_catalogue = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_items = nullptr;
    QLineEdit *m_owner = nullptr;
    QCheckBox *m_hasDue = nullptr;
    QLineEdit *m_due = nullptr;
    QComboBox *m_horizon = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_doneOn = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
    bool m_wasCatalogue = false; ///< the statement list shows a catalogue measure's statements
};

} // namespace sbr::ui
