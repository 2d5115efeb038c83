#pragma once
// At the end of a workshop (formats.md *Action plan*): the facilitator ticks the measures the room
// agreed on. Offered are the catalogue measures linked to the statements the group voted on (with
// their mean level), the statements with the lowest mean first; measures in the company's plan already are shown ticked
// and cannot be ticked off here. OK puts the ticked ones into the plan (horizon "now", status
// "planned", the owner typed in, a note naming the workshop) as ONE undoable step.

#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QTreeWidget;

namespace sbr::ui {

class WorkspaceController;

class AgreedMeasuresDialog : public QDialog {
    Q_OBJECT
public:
    /// A statement of the workshop: its item id and the group's mean level (none: no votes).
    struct Statement {
        QString item;
        std::optional<double> mean;
    };
    enum Column { MeasureColumn, OwnerColumn, StatementColumn };

    /// `company`: the company's id; `workshop`: how the note names the workshop (e.g.
    /// "Vertrieb, 2026-Q3"); `statements`: in the order of the slides.
    AgreedMeasuresDialog(WorkspaceController *controller, qint64 company, const QString &workshop,
                         const QList<Statement> &statements, QWidget *parent = nullptr);
    void accept() override;

    QTreeWidget *list() const { return m_list; }
    /// How many measures the last accept() put into the plan.
    int added() const { return m_added; }
    /// False when no statement of the workshop links to a catalogue measure (nothing to offer).
    bool hasChoices() const;

private:
    WorkspaceController *m_controller;
    qint64 m_company;
    QString m_workshop;
    QTreeWidget *m_list;
    int m_added = 0;
};

} // namespace sbr::ui
