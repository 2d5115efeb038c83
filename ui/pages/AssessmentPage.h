#pragma once
// The assessment page: one department's answers in one round. Respondents are columns (add,
// rename, remove); the panel beside the grid shows what each level means for the current item.

#include "Selection.h"

#include <QWidget>

class QLabel;
class QAction;

namespace sbr::ui {

class WorkspaceController;
class AssessmentModel;
class AssessmentView;

class AssessmentPage : public QWidget {
    Q_OBJECT
public:
    explicit AssessmentPage(WorkspaceController *controller, QWidget *parent = nullptr);

    void setSelection(const Selection &selection);
    AssessmentModel *model() const { return m_model; }
    AssessmentView *view() const { return m_view; }

    /// Test seam: the name the next "Add respondent" uses instead of asking.
    void setNextRespondentName(const QString &name) { m_nextName = name; }

public slots:
    void addRespondent();
    void renameRespondent();
    void removeRespondent();

protected:
    void changeEvent(QEvent *event) override; ///< a new palette: the level panel's colours

private:
    void showSelection(); ///< the grid of m_selection: reads its answers, lays the rows out
    void updateHeader();
    void updateLevelPanel();
    int currentRespondent() const;

    WorkspaceController *m_controller;
    AssessmentModel *m_model;
    AssessmentView *m_view;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_levels;
    QAction *m_add, *m_rename, *m_remove;
    QString m_nextName;
    Selection m_selection;
    class LazyRefresh *m_lazy = nullptr;
};

} // namespace sbr::ui
