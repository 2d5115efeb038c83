#include "AgreedMeasuresDialog.h"

#include "WorkspaceController.h"
#include "commands/PlanCommands.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sbr::ui {

AgreedMeasuresDialog::AgreedMeasuresDialog(WorkspaceController *controller, qint64 company, const QString &workshop,
                                           const QList<Statement> &statements, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_company(company), m_workshop(workshop), m_list(new QTreeWidget)
{
    setWindowTitle(tr("What did the group agree on?"));
    const Questionnaire &q = controller->questionnaire();
    const QString lang = controller->language();
    QSet<QString> inPlan;
    QList<PlanMeasure> plan;
    WorkspaceError error;
    if (controller->session()->planMeasures(company, &plan, &error))
        for (const PlanMeasure &p : std::as_const(plan))
            if (!p.isOwn() && p.status != PlanStatus::Dropped)
                inPlan.insert(p.measure);
    // The statements with the lowest mean first: there the room sees the most to do.
    QList<Statement> ranked = statements;
    std::stable_sort(ranked.begin(), ranked.end(), [](const Statement &a, const Statement &b) {
        return a.mean.has_value() && (!b.mean || *a.mean < *b.mean);
    });
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Measure"), tr("Owner"), tr("For the statement")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Measures linked to the statements of the workshop"));
    QSet<QString> offered;
    const QLocale locale;
    for (const Statement &s : std::as_const(ranked)) {
        const int flat = q.itemIndex(s.item);
        if (flat < 0 || !s.mean) // only what the group voted on
            continue;
        const Item *item = q.flatItems().at(flat);
        for (const QString &id : item->measures) {
            const Measure *m = q.measure(id);
            if (!m || offered.contains(id))
                continue;
            offered.insert(id);
            auto *row = new QTreeWidgetItem(m_list);
            row->setText(MeasureColumn, m->title.text(lang));
            row->setToolTip(MeasureColumn, m->description.text(lang));
            row->setData(MeasureColumn, Qt::UserRole, id);
            row->setText(StatementColumn,
                         tr("%1 (mean %2)").arg(item->text.text(lang), locale.toString(*s.mean, 'f', 1)));
            row->setToolTip(StatementColumn, item->text.text(lang));
            if (inPlan.contains(id)) {
                row->setCheckState(MeasureColumn, Qt::Checked);
                row->setFlags(Qt::ItemIsSelectable); // shown, not enabled: in the plan already
                row->setText(OwnerColumn, tr("in the plan already"));
            } else {
                row->setCheckState(MeasureColumn, Qt::Unchecked);
                row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
            }
        }
    }
    m_list->header()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(OwnerColumn, QHeaderView::Interactive);
    m_list->header()->resizeSection(OwnerColumn, 180);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    auto *intro = new QLabel(tr("Tick the measures the group agreed on; they go into the action plan as planned "
                                "for now. Double-click the second column to name who is responsible."));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add to the plan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Nothing agreed"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(820, 520);
}

bool AgreedMeasuresDialog::hasChoices() const
{
    return m_list->topLevelItemCount() > 0;
}

void AgreedMeasuresDialog::accept()
{
    QList<PlanMeasure> plan;
    WorkspaceError error;
    if (!m_controller->session()->planMeasures(m_company, &plan, &error)) {
        m_controller->reportError(error);
        return;
    }
    const QString note = tr("Agreed in the workshop %1 on %2")
                             .arg(m_workshop, QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
    QList<QPair<std::optional<PlanMeasure>, PlanMeasure>> steps; // (as it is now, as it will be)
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *row = m_list->topLevelItem(i);
        if (!(row->flags() & Qt::ItemIsEnabled) || row->checkState(MeasureColumn) != Qt::Checked)
            continue;
        const QString id = row->data(MeasureColumn, Qt::UserRole).toString();
        const auto dropped =
            std::find_if(plan.cbegin(), plan.cend(), [&](const PlanMeasure &p) { return p.measure == id; });
        PlanMeasure m = dropped != plan.cend() ? *dropped : PlanMeasure{};
        m.company = m_company;
        m.measure = id;
        m.horizon = Horizon::Now;
        m.status = PlanStatus::Planned;
        m.doneOn = QDate();
        if (!row->text(OwnerColumn).trimmed().isEmpty())
            m.owner = row->text(OwnerColumn).trimmed();
        m.note = m.note.isEmpty() ? note : m.note + QLatin1Char('\n') + note;
        steps.append({dropped != plan.cend() ? std::optional<PlanMeasure>(*dropped) : std::nullopt, m});
    }
    m_added = 0;
    if (!steps.isEmpty()) {
        // One step for the whole agreement: Ctrl+Z takes it back at once.
        QUndoStack *undo = m_controller->undoStack();
        undo->beginMacro(tr("Add %n measure(s) agreed in the workshop", nullptr, int(steps.size())));
        for (const auto &[before, after] : std::as_const(steps)) {
            const bool ok = before ? commands::changePlanMeasure(*m_controller, *before, after,
                                                                 tr("Take up an agreed measure again"))
                                   : commands::addPlanMeasure(*m_controller, after) > 0;
            m_added += ok ? 1 : 0;
        }
        undo->endMacro();
    }
    QDialog::accept();
}

} // namespace sbr::ui
