#pragma once
// Editing an answer cell with the mouse: a drop-down of the levels, each with what it means for
// this statement, plus "not applicable" and "no answer". Keyboard entry (0–4, N, Delete) is
// handled by AssessmentView and needs no editor. Cells are drawn by FastItemDelegate.

#include "FastItemDelegate.h"

namespace sbr::ui {

class WorkspaceController;

class LevelDelegate : public FastItemDelegate {
    Q_OBJECT
public:
    LevelDelegate(WorkspaceController *controller, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    WorkspaceController *m_controller;
};

} // namespace sbr::ui
