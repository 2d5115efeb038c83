#pragma once
// The answer grid's view: a tree that takes levels from the keyboard like a spreadsheet
// (0–4 set a level and move down, N marks not applicable, Delete clears).

#include <QTreeView>

namespace sbr::ui {

class AssessmentModel;

class AssessmentView : public QTreeView {
    Q_OBJECT
public:
    explicit AssessmentView(QWidget *parent = nullptr);
    void setAssessmentModel(AssessmentModel *model);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void moveDown();
    AssessmentModel *m_model = nullptr;
};

} // namespace sbr::ui
