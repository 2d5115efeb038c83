#include "AssessmentView.h"

#include "models/AssessmentModel.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace sbr::ui {

AssessmentView::AssessmentView(QWidget *parent) : QTreeView(parent)
{
    setAlternatingRowColors(true);
    // Every row is one line (statements are elided and shown in full as a tooltip and in the
    // level panel): uniform heights spare measuring every cell of every row on each layout.
    setUniformRowHeights(true);
    setWordWrap(false);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setAllColumnsShowFocus(false);
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Answers of the department"));
}

void AssessmentView::setAssessmentModel(AssessmentModel *model)
{
    m_model = model;
    setModel(model);
}

void AssessmentView::moveDown()
{
    const QModelIndex current = currentIndex();
    QModelIndex next = indexBelow(current);
    while (next.isValid() && !next.parent().isValid()) // skip dimension rows
        next = indexBelow(next);
    if (next.isValid())
        setCurrentIndex(next.sibling(next.row(), current.column()));
}

void AssessmentView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const bool answerCell = m_model && current.isValid() && m_model->respondentAt(current.column()) >= 0 &&
                            m_model->itemAt(current) >= 0 && state() != EditingState;
    if (answerCell && event->modifiers() == Qt::NoModifier) {
        const QString text = event->text();
        bool isDigit = false;
        const int level = text.toInt(&isDigit);
        if (isDigit && text.size() == 1) {
            if (m_model->setCell(current, commands::CellValue::of(level)))
                moveDown();
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_N) {
            if (m_model->setCell(current, commands::CellValue::notApplicable()))
                moveDown();
            event->accept();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            m_model->setCell(current, commands::CellValue::empty());
            event->accept();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace sbr::ui
