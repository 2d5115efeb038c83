#include "PlanMeasureDialog.h"

#include "WorkspaceController.h"
#include "commands/PlanCommands.h"
#include "models/PlanModel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace sbr::ui {

PlanMeasureDialog::PlanMeasureDialog(WorkspaceController *controller, qint64 company,
                                     const std::optional<PlanMeasure> &existing, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_company(company), m_existing(existing)
{
    setWindowTitle(existing ? tr("Edit measure") : tr("Add a measure to the plan"));
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Add to the plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildWhat(), 1);
    layout->addWidget(buildDetails());
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    if (existing)
        fill(*existing);
    updateEnabled();
    setMinimumSize(560, 560);
    resize(680, 640);
}

QWidget *PlanMeasureDialog::buildWhat()
{
    const Questionnaire &q = m_controller->questionnaire();
    const QString lang = m_controller->language();
    auto *box = new QGroupBox(tr("What is to be done"));
    auto *form = new QVBoxLayout(box);
    m_fromCatalogue = new QRadioButton(tr("A measure from the &catalogue:"));
    m_own = new QRadioButton(tr("An &own measure:"));
    auto *group = new QButtonGroup(box);
    group->addButton(m_fromCatalogue);
    group->addButton(m_own);
    m_catalogue = new QComboBox;
    m_catalogue->setAccessibleName(tr("Measure from the catalogue"));
    // The catalogue, by title; measures already in the plan are left out (a measure is in a
    // company's plan once).
    QSet<QString> inPlan;
    QList<PlanMeasure> plan;
    WorkspaceError error;
    if (m_controller->session()->planMeasures(m_company, &plan, &error))
        for (const PlanMeasure &p : std::as_const(plan))
            if (!p.isOwn() && !(m_existing && p.id == m_existing->id))
                inPlan.insert(p.measure);
    QList<const Measure *> measures;
    for (const Measure &m : q.measures)
        if (!inPlan.contains(m.id))
            measures << &m;
    QCollator collator;
    std::sort(measures.begin(), measures.end(), [&](const Measure *a, const Measure *b) {
        return collator.compare(a->title.text(lang), b->title.text(lang)) < 0;
    });
    const QStringList efforts{tr("low effort"), tr("medium effort"), tr("high effort")};
    for (const Measure *m : std::as_const(measures)) {
        m_catalogue->addItem(QStringLiteral("%1 (%2)").arg(m->title.text(lang), efforts.at(int(m->effort))), m->id);
        m_catalogue->setItemData(m_catalogue->count() - 1, m->description.text(lang), Qt::ToolTipRole);
    }
    m_title = new QLineEdit;
    m_title->setAccessibleName(tr("Title of the own measure"));
    m_title->setPlaceholderText(tr("e.g. Monthly social media round table of all departments"));
    m_items = new QListWidget;
    m_items->setAccessibleName(tr("Statements the own measure should move"));
    for (const sbr::Dimension &d : q.dimensions)
        for (const Item &item : d.items) {
            auto *row = new QListWidgetItem(QStringLiteral("%1: %2").arg(d.title.text(lang), item.text.text(lang)));
            row->setData(Qt::UserRole, item.id);
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            row->setCheckState(Qt::Unchecked);
            m_items->addItem(row);
        }
    m_items->setWordWrap(true);
    m_items->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_items->setMinimumHeight(m_items->fontMetrics().lineSpacing() * 8);
    form->addWidget(m_fromCatalogue);
    form->addWidget(m_catalogue);
    form->addWidget(m_own);
    form->addWidget(m_title);
    auto *itemsLabel = new QLabel(tr("&Statements it should move:"));
    itemsLabel->setBuddy(m_items);
    form->addWidget(itemsLabel);
    form->addWidget(m_items, 1);
    if (measures.isEmpty()) {
        m_fromCatalogue->setEnabled(false);
        m_own->setChecked(true);
    } else {
        m_fromCatalogue->setChecked(true);
    }
    connect(m_fromCatalogue, &QRadioButton::toggled, this, &PlanMeasureDialog::updateEnabled);
    connect(m_catalogue, &QComboBox::currentIndexChanged, this, &PlanMeasureDialog::updateEnabled);
    connect(m_items, &QListWidget::itemChanged, m_problem, &QWidget::hide);
    connect(m_title, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    return box;
}

QWidget *PlanMeasureDialog::buildDetails()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_owner = new QLineEdit;
    m_owner->setPlaceholderText(tr("Who is responsible"));
    QStringList owners;
    QList<PlanMeasure> plan;
    WorkspaceError error;
    if (m_controller->session()->planMeasures(m_company, &plan, &error))
        for (const PlanMeasure &p : std::as_const(plan))
            if (!p.owner.isEmpty() && !owners.contains(p.owner))
                owners << p.owner;
    auto *completer = new QCompleter(owners, m_owner);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_owner->setCompleter(completer);
    m_horizon = new QComboBox;
    for (const sbr::Horizon h : {sbr::Horizon::Now, sbr::Horizon::Next, sbr::Horizon::Later})
        m_horizon->addItem(PlanModel::horizonName(h), int(h));
    m_status = new QComboBox;
    for (const sbr::PlanStatus s :
         {sbr::PlanStatus::Planned, sbr::PlanStatus::Doing, sbr::PlanStatus::Done, sbr::PlanStatus::Dropped})
        m_status->addItem(PlanModel::statusName(s), int(s));
    m_hasDue = new QCheckBox(tr("&Due by:"));
    // Dates are typed as the table takes them (the program's date format, D.M.YYYY or ISO): a
    // date field that jumps between its parts made typed dates come out different.
    m_due = new QLineEdit(PlanModel::dateText(QDate::currentDate().addMonths(3)));
    m_due->setPlaceholderText(tr("e.g. %1").arg(PlanModel::dateText(QDate::currentDate().addMonths(3))));
    m_due->setAccessibleName(tr("Due date"));
    m_doneOn = new QLineEdit(PlanModel::dateText(QDate::currentDate()));
    m_doneOn->setPlaceholderText(tr("e.g. %1").arg(PlanModel::dateText(QDate::currentDate())));
    m_doneOn->setAccessibleName(tr("Date it was done"));
    m_note = new QPlainTextEdit;
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(m_hasDue, m_due);
    form->addRow(tr("&Horizon:"), m_horizon);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("Done &on:"), m_doneOn);
    form->addRow(tr("&Note:"), m_note);
    connect(m_hasDue, &QCheckBox::toggled, this, &PlanMeasureDialog::updateEnabled);
    for (QLineEdit *edit : {m_due, m_doneOn})
        connect(edit, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    connect(m_status, &QComboBox::currentIndexChanged, this, &PlanMeasureDialog::updateEnabled);
    return box;
}

void PlanMeasureDialog::fill(const PlanMeasure &m)
{
    if (m.isOwn()) {
        m_own->setChecked(true);
        m_title->setText(m.title);
        for (int i = 0; i < m_items->count(); ++i)
            m_items->item(i)->setCheckState(
                m.ownItems.contains(m_items->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    } else {
        m_fromCatalogue->setChecked(true);
        m_catalogue->setCurrentIndex(m_catalogue->findData(m.measure));
    }
    // What a measure is stays; the rest of it can be changed.
    m_fromCatalogue->setEnabled(!m.isOwn());
    m_own->setEnabled(m.isOwn());
    m_catalogue->setEnabled(false);
    m_owner->setText(m.owner);
    m_hasDue->setChecked(m.due.isValid());
    if (m.due.isValid())
        m_due->setText(PlanModel::dateText(m.due));
    m_horizon->setCurrentIndex(m_horizon->findData(int(m.horizon)));
    m_status->setCurrentIndex(m_status->findData(int(m.status)));
    if (m.doneOn.isValid())
        m_doneOn->setText(PlanModel::dateText(m.doneOn));
    m_note->setPlainText(m.note);
}

void PlanMeasureDialog::updateEnabled()
{
    const bool own = m_own->isChecked();
    // A catalogue measure shows the statements it addresses, ticked and fixed; an own measure
    // keeps the ticks the user gave it.
    if (!own) {
        const QString id = m_catalogue->currentData().toString();
        for (int i = 0; i < m_items->count(); ++i) {
            const QString item = m_items->item(i)->data(Qt::UserRole).toString();
            const int flat = m_controller->questionnaire().itemIndex(item);
            const bool linked = flat >= 0 && m_controller->questionnaire().flatItems().at(flat)->measures.contains(id);
            m_items->item(i)->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
        }
    } else if (m_wasCatalogue) {
        for (int i = 0; i < m_items->count(); ++i)
            m_items->item(i)->setCheckState(Qt::Unchecked);
    }
    m_wasCatalogue = !own;
    m_catalogue->setEnabled(!own && !m_existing);
    m_title->setEnabled(own);
    m_items->setEnabled(own);
    m_due->setEnabled(m_hasDue->isChecked());
    m_doneOn->setEnabled(sbr::PlanStatus(m_status->currentData().toInt()) == sbr::PlanStatus::Done);
}

PlanMeasure PlanMeasureDialog::measure() const
{
    PlanMeasure m = m_existing.value_or(PlanMeasure{});
    m.company = m_company;
    if (m_own->isChecked()) {
        m.measure.clear();
        m.title = m_title->text().trimmed();
        m.ownItems.clear();
        for (int i = 0; i < m_items->count(); ++i)
            if (m_items->item(i)->checkState() == Qt::Checked)
                m.ownItems << m_items->item(i)->data(Qt::UserRole).toString();
    } else if (!m_existing) {
        m.measure = m_catalogue->currentData().toString();
    }
    m.owner = m_owner->text().trimmed();
    m.due = m_hasDue->isChecked() ? PlanModel::parseDate(m_due->text()) : QDate();
    m.horizon = sbr::Horizon(m_horizon->currentData().toInt());
    m.status = sbr::PlanStatus(m_status->currentData().toInt());
    m.doneOn = m.status == sbr::PlanStatus::Done ? PlanModel::parseDate(m_doneOn->text()) : QDate();
    m.note = m_note->toPlainText().trimmed();
    return m;
}

void PlanMeasureDialog::accept()
{
    const PlanMeasure m = measure();
    QString problem;
    if (m_own->isChecked() && m.title.isEmpty())
        problem = tr("Give the own measure a title.");
    else if (m_own->isChecked() && m.ownItems.isEmpty())
        problem = tr("Tick at least one statement the measure should move, so that the plan can show what changed.");
    else if (!m_own->isChecked() && m.measure.isEmpty())
        problem = tr("Choose a measure from the catalogue, or describe an own one.");
    else if (m_hasDue->isChecked() && !m.due.isValid())
        problem = tr("\"%1\" is not a date; write the due date like %2.")
                      .arg(m_due->text(), PlanModel::dateText(QDate::currentDate()));
    else if (m.status == sbr::PlanStatus::Done && !m.doneOn.isValid())
        problem = tr("\"%1\" is not a date; write the day it was done like %2.")
                      .arg(m_doneOn->text(), PlanModel::dateText(QDate::currentDate()));
    else if (m.doneOn.isValid() && m.doneOn > QDate::currentDate())
        problem = tr("The measure cannot have been done on %1: give the day it was done, today at the latest.")
                      .arg(PlanModel::dateText(m.doneOn));
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    if (m_existing) {
        if (!(m == *m_existing) &&
            !commands::changePlanMeasure(
                *m_controller, *m_existing, m,
                tr("Edit \"%1\"")
                    .arg(commands::stepTitle(planTitle(m_controller->questionnaire(), m, m_controller->language())))))
            return; // the controller has said why
        m_id = m.id;
    } else {
        m_id = commands::addPlanMeasure(*m_controller, m);
        if (m_id <= 0) {
            m_id = 0;
            return;
        }
    }
    QDialog::accept();
}

} // namespace sbr::ui
