#pragma once
// The manager's conclusions on one round of a company (the selected round, or the company's
// latest): a plain text printed on the report's summary page. OK saves it as one undoable step
// (commands::setConclusions); a text that cannot be saved keeps the dialog open with the reason.

#include "Selection.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace sbr::ui {

class WorkspaceController;

class ConclusionsDialog : public QDialog {
    Q_OBJECT
public:
    ConclusionsDialog(WorkspaceController *controller, const Selection &selection, QWidget *parent = nullptr);
    void accept() override;

    /// The round being edited (0 when the company has no round yet).
    qint64 round() const { return m_round; }
    QPlainTextEdit *editor() const { return m_text; }

private:
    void updateCount();

    WorkspaceController *m_controller;
    qint64 m_round = 0;
    QString m_before;
    QPlainTextEdit *m_text;
    QLabel *m_count;
};

} // namespace sbr::ui
