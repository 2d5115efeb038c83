#include "PlanPage.h"

#include "Dialogs.h"
#include "LazyRefresh.h"
#include "PlanBoard.h"
#include "WorkspaceController.h"
#include "dialogs/PlanMeasureDialog.h"
#include "models/PlanModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace sbr::ui {

namespace {

bool isDate(const QModelIndex &index)
{
    return index.column() == PlanModel::Due || index.column() == PlanModel::DoneOn;
}

/// Editors of the table: lists for horizon and status, dates with a calendar (the due date may be
/// emptied: its first value means "none").
class PlanTableDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        switch (index.column()) {
        case PlanModel::Horizon: {
            auto *box = new QComboBox(parent);
            for (const sbr::Horizon h : {sbr::Horizon::Now, sbr::Horizon::Next, sbr::Horizon::Later})
                box->addItem(PlanModel::horizonName(h), int(h));
            return box;
        }
        case PlanModel::Status: {
            auto *box = new QComboBox(parent);
            for (const sbr::PlanStatus s :
                 {sbr::PlanStatus::Planned, sbr::PlanStatus::Doing, sbr::PlanStatus::Done, sbr::PlanStatus::Dropped})
                box->addItem(PlanModel::statusName(s), int(s));
            return box;
        }
        case PlanModel::Due:
        case PlanModel::DoneOn: {
            // Typed, in the program's date format or as ISO; an empty due date means none.
            auto *edit = new QLineEdit(parent);
            edit->setPlaceholderText(QCoreApplication::translate("sbr::ui::PlanPage", "e.g. %1")
                                         .arg(PlanModel::dateText(QDate::currentDate().addMonths(
                                             index.column() == PlanModel::Due ? 3 : 0))));
            return edit;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const QVariant value = index.data(Qt::EditRole);
        if (auto *box = qobject_cast<QComboBox *>(editor))
            box->setCurrentIndex(box->findData(value.toInt()));
        else if (isDate(index))
            static_cast<QLineEdit *>(editor)->setText(PlanModel::dateText(value.toDate()));
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *box = qobject_cast<QComboBox *>(editor))
            model->setData(index, box->currentData());
        else if (isDate(index)) {
            auto *edit = static_cast<QLineEdit *>(editor);
            const QString text = edit->text().trimmed();
            const QDate date = PlanModel::parseDate(text);
            if (text.isEmpty() || date.isValid())
                model->setData(index, date);
            else
                QToolTip::showText(
                    edit->mapToGlobal(QPoint(0, edit->height())),
                    QCoreApplication::translate("sbr::ui::PlanPage", "\"%1\" is not a date; write it like %2.")
                        .arg(text, PlanModel::dateText(QDate::currentDate())),
                    edit);
        } else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

PlanPage::PlanPage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new PlanModel(controller, this)),
      m_tableFilter(new PlanFilter(m_model, std::nullopt, this)), m_board(new PlanBoard(m_model)),
      m_table(new QTableView), m_views(new QStackedWidget), m_summary(new QLabel), m_status(new QComboBox),
      m_dimension(new QComboBox), m_overdue(new QCheckBox(tr("O&verdue only"))), m_boardButton(new QToolButton),
      m_tableButton(new QToolButton), m_add(new QPushButton(tr("&Add measure…"))),
      m_edit(new QPushButton(tr("&Edit…"))), m_remove(new QPushButton(tr("Re&move")))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_boardButton->setText(tr("&Roadmap"));
    m_tableButton->setText(tr("&Table"));
    for (QToolButton *b : {m_boardButton, m_tableButton}) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_boardButton->setChecked(true);
    m_status->setAccessibleName(tr("Show measures with status"));
    m_status->addItem(tr("all statuses"), int(StatusFilter::All));
    m_status->addItem(tr("open"), int(StatusFilter::Open));
    m_status->addItem(PlanModel::statusName(PlanStatus::Planned), int(StatusFilter::Planned));
    m_status->addItem(PlanModel::statusName(PlanStatus::Doing), int(StatusFilter::Doing));
    m_status->addItem(PlanModel::statusName(PlanStatus::Done), int(StatusFilter::Done));
    m_status->addItem(PlanModel::statusName(PlanStatus::Dropped), int(StatusFilter::Dropped));
    m_dimension->setAccessibleName(tr("Show measures for the dimension"));
    m_status->setToolTip(tr("\"open\": planned or in progress"));
    // Narrow enough for 1024 pixels: the lists are as wide as they need, the boxes are not.
    for (QComboBox *box : {m_status, m_dimension}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(12);
    }
    fillDimensions();

    m_table->setModel(m_tableFilter);
    m_table->setItemDelegate(new PlanTableDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The measure takes the room; short columns as wide as their contents; owner and note a
    // sensible width the user may change.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PlanModel::Title, QHeaderView::Stretch);
    for (int column : {int(PlanModel::Owner), int(PlanModel::Note)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, fontMetrics().averageCharWidth() * 24);
    }
    m_table->setAccessibleName(tr("Action plan as a table"));
    m_views->addWidget(m_board);
    m_views->addWidget(m_table);

    auto *top = new QHBoxLayout;
    top->addWidget(m_boardButton);
    top->addWidget(m_tableButton);
    top->addSpacing(12);
    auto *statusLabel = new QLabel(tr("&Status:"));
    statusLabel->setBuddy(m_status);
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    auto *dimensionLabel = new QLabel(tr("&Dimension:"));
    dimensionLabel->setBuddy(m_dimension);
    top->addWidget(dimensionLabel);
    top->addWidget(m_dimension);
    top->addWidget(m_overdue);
    top->addStretch();
    // The summary beside the buttons, in a row of their own: the page fits 1024 pixels.
    auto *second = new QHBoxLayout;
    second->addWidget(m_summary, 1);
    second->addWidget(m_add);
    second->addWidget(m_edit);
    second->addWidget(m_remove);
    auto *hint = new QLabel(tr("Drag a card to another column, or move it with Ctrl+← and Ctrl+→. Enter edits it, "
                               "Del removes it; Ctrl+Z undoes any change."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_views, 1);
    layout->addWidget(hint);

    connect(m_boardButton, &QToolButton::toggled, this, [this, hint](bool on) {
        m_views->setCurrentWidget(on ? static_cast<QWidget *>(m_board) : m_table);
        hint->setVisible(on);
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlanPage::applyFilters);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &PlanPage::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &PlanPage::applyFilters);
    connect(m_add, &QPushButton::clicked, this, [this] { addMeasure(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editMeasure(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeMeasure(currentRow()); });
    connect(m_board, &PlanBoard::editRequested, this, &PlanPage::editMeasure);
    connect(m_board, &PlanBoard::removeRequested, this, &PlanPage::removeMeasure);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanPage::updateSummary);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PlanPage::updateSummary);
    connect(controller, &WorkspaceController::languageChanged, this, &PlanPage::fillDimensions);
    connect(controller, &WorkspaceController::workspaceOpened, this, &PlanPage::fillDimensions);
    m_lazy = new LazyRefresh(this, [this] {
        if (m_model->company() != m_selection.company)
            m_model->setCompany(m_selection.company);
        updateSummary();
    });
    updateSummary();
}

void PlanPage::fillDimensions()
{
    const QString keep = m_dimension->currentData().toString();
    QSignalBlocker block(m_dimension);
    m_dimension->clear();
    m_dimension->addItem(tr("all dimensions"), QString());
    if (m_controller->isOpen())
        for (const sbr::Dimension &d : m_controller->questionnaire().dimensions)
            m_dimension->addItem(d.title.text(m_controller->language()), d.id);
    m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(keep)));
}

void PlanPage::setSelection(const Selection &selection)
{
    m_selection = selection;
    // The plan is read when the page is seen, and again only for another company.
    if (m_model->company() != selection.company)
        m_lazy->request();
}

void PlanPage::showBoard(bool board)
{
    (board ? m_boardButton : m_tableButton)->setChecked(true);
}

void PlanPage::applyFilters()
{
    const auto status = StatusFilter(m_status->currentData().toInt());
    const QString dimension = m_dimension->currentData().toString();
    m_tableFilter->setStatusFilter(status);
    m_tableFilter->setDimensionFilter(dimension);
    m_tableFilter->setOverdueOnly(m_overdue->isChecked());
    m_board->setStatusFilter(status);
    m_board->setDimensionFilter(dimension);
    m_board->setOverdueOnly(m_overdue->isChecked());
    updateSummary();
}

QString PlanPage::summary() const
{
    return m_summary->text();
}

void PlanPage::updateSummary()
{
    const bool company = m_selection.hasCompany();
    m_add->setEnabled(company && m_controller->isOpen());
    m_edit->setEnabled(m_model->rowCount() > 0);
    m_remove->setEnabled(m_model->rowCount() > 0);
    if (!company) {
        m_summary->setText(tr("Choose a company in the navigator to see its action plan."));
        return;
    }
    int open = 0, overdue = 0, done = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r, 0);
        const auto status = PlanStatus(i.data(PlanModel::StatusRole).toInt());
        open += status == PlanStatus::Planned || status == PlanStatus::Doing;
        done += status == PlanStatus::Done;
        overdue += i.data(PlanModel::OverdueRole).toBool();
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("The plan of %1 is empty. Add a measure here, or tick measures on the "
                              "Recommendations page.")
                               .arg(m_selection.companyName));
        return;
    }
    QString text = tr("Plan of %1: %n measure(s)", nullptr, m_model->rowCount()).arg(m_selection.companyName);
    text += QStringLiteral(" · ") + tr("%n open", nullptr, open) + QStringLiteral(" · ") + tr("%n done", nullptr, done);
    if (overdue > 0)
        text += QStringLiteral(" · ") + tr("%n overdue", nullptr, overdue);
    const int shown = m_tableFilter->rowCount();
    if (shown != m_model->rowCount())
        text += QStringLiteral(" — ") + tr("%n shown with these filters", nullptr, shown);
    m_summary->setText(text);
}

int PlanPage::currentRow() const
{
    if (m_views->currentWidget() == m_board)
        return m_board->currentRow();
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_tableFilter->mapToSource(current).row() : -1;
}

qint64 PlanPage::addMeasure()
{
    if (!m_selection.hasCompany() || !m_controller->isOpen())
        return 0;
    PlanMeasureDialog dialog(m_controller, m_selection.company, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    m_board->selectMeasure(dialog.measureId());
    return dialog.measureId();
}

void PlanPage::editMeasure(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    PlanMeasureDialog dialog(m_controller, m_selection.company, m_model->measureAt(row), this);
    if (dialog.exec() == QDialog::Accepted)
        m_board->selectMeasure(dialog.measureId());
}

void PlanPage::removeMeasure(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (Dialogs::confirm(this, tr("Remove the measure?"),
                         tr("Remove \"%1\" from the plan? Ctrl+Z brings it back.").arg(m_model->titleAt(row))))
        m_model->remove(row);
}

} // namespace sbr::ui
