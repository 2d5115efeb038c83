#include "LevelDelegate.h"

#include "WorkspaceController.h"
#include "models/AssessmentModel.h"

#include <QAbstractItemView>
#include <QComboBox>

namespace sbr::ui {

LevelDelegate::LevelDelegate(WorkspaceController *controller, QObject *parent)
    : FastItemDelegate(parent), m_controller(controller)
{
}

QWidget *LevelDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    if (!index.data(AssessmentModel::LevelRole).isValid()) // the comment column: a plain line edit
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Level"));
    const Scale &scale = m_controller->questionnaire().scale;
    const QString lang = m_controller->language();
    const QStringList descriptions = index.data(AssessmentModel::LevelDescriptionsRole).toStringList();
    combo->addItem(tr("– no answer –"), -1);
    for (int l = scale.min; l <= scale.max; ++l) {
        const QString description = descriptions.value(l - scale.min);
        combo->addItem(QStringLiteral("%1 – %2").arg(l).arg(scale.label(l, lang)), l);
        combo->setItemData(combo->count() - 1, description, Qt::ToolTipRole);
    }
    combo->addItem(tr("n/a – not applicable"), -2);
    combo->view()->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 36);
    return combo;
}

void LevelDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return QStyledItemDelegate::setEditorData(editor, index);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(AssessmentModel::LevelRole).toInt())));
    combo->showPopup();
}

void LevelDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    auto *assessment = qobject_cast<AssessmentModel *>(model);
    if (!combo || !assessment)
        return QStyledItemDelegate::setModelData(editor, model, index);
    const int value = combo->currentData().toInt();
    assessment->setCell(index, value == -1   ? commands::CellValue::empty()
                               : value == -2 ? commands::CellValue::notApplicable()
                                             : commands::CellValue::of(value));
}

} // namespace sbr::ui
