#pragma once
// The action plan of the selected company (formats.md *Action plan*; scoring.md *Effect of a
// measure*): a roadmap board (now / next / later) or a table, both filtered by status, question
// and "overdue only". Measures are added here (from the catalogue or as own measures) or ticked on
// the recommendations page; each change is one undoable step. Overdue measures are marked; done
// ones say how their statements changed between the round before and the round after.

#include "Selection.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace sbr::ui {

class PlanBoard;
class PlanFilter;
class PlanModel;
class WorkspaceController;

class PlanPage : public QWidget {
    Q_OBJECT
public:
    explicit PlanPage(WorkspaceController *controller, QWidget *parent = nullptr);
    void setSelection(const Selection &selection);

    PlanModel *model() const { return m_model; }
    PlanBoard *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *dimensionBox() const { return m_dimension; }
    QCheckBox *overdueBox() const { return m_overdue; }
    /// Shows the board (true) or the table (false).
    void showBoard(bool board);
    /// The sentence above the plan (how many measures, how many overdue, how many done).
    QString summary() const;

    /// Opens the dialog to add a measure (returns its id, 0 when cancelled).
    qint64 addMeasure();
    /// Opens the dialog to edit the measure in the plan model's row.
    void editMeasure(int row);
    /// Asks and removes the measure in the plan model's row (one undoable step).
    void removeMeasure(int row);

private:
    void applyFilters();
    void updateSummary();
    void fillDimensions();
    int currentRow() const;

    class LazyRefresh *m_lazy = nullptr;
    WorkspaceController *m_controller;
    Selection m_selection;
    PlanModel *m_model;
    PlanFilter *m_tableFilter;
    PlanBoard *m_board;
    QTableView *m_table;
    QStackedWidget *m_views;
    QLabel *m_summary;
    QComboBox *m_status;
    QComboBox *m_dimension;
    QCheckBox *m_overdue;
    QToolButton *m_boardButton;
    QToolButton *m_tableButton;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace sbr::ui
