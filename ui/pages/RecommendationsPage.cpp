#include "RecommendationsPage.h"

#include "LazyRefresh.h"

#include "WorkspaceController.h"
#include "commands/Commands.h"
#include "models/RecommendationsModel.h"
#include "pages/WrappingViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace sbr::ui {

RecommendationsPage::RecommendationsPage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_summary(new QLabel), m_target(new QDoubleSpinBox),
      m_scope(new QComboBox), m_quickWins(new QCheckBox(tr("&Quick wins only"))),
      m_model(new RecommendationsModel(controller, this)), m_view(new QTreeView)
{
    m_scope->setAccessibleName(tr("Recommendations for"));
    m_quickWins->setToolTip(tr("Only statements with a linked measure of low effort"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_target->setRange(0, 100);
    m_target->setDecimals(1);
    m_target->setKeyboardTracking(false);
    m_target->setAccessibleName(tr("Target score of the company"));
    m_target->setToolTip(tr("75 points correspond to level 3 of 4 on every statement."));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Recommendations with their measures"));
    // Statements and measures wrap over as many lines as they need, and the number columns are
    // as narrow as their numbers (their titles wrap): readable in a window of 1024×700 too.
    new WrappingHeader(m_view);
    new WrappingDelegate(m_view, RecommendationsModel::Text);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // no width that toggles the bar and the wrapping
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RecommendationsModel::Text, QHeaderView::Stretch);
    auto *targetRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Target of the company:"));
    label->setBuddy(m_target);
    targetRow->addWidget(label);
    targetRow->addWidget(m_target);
    auto *scopeLabel = new QLabel(tr("&Recommendations for:"));
    scopeLabel->setBuddy(m_scope);
    targetRow->addSpacing(12);
    targetRow->addWidget(scopeLabel);
    targetRow->addWidget(m_scope);
    targetRow->addWidget(m_quickWins);
    targetRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &RecommendationsPage::targetEdited);
    connect(m_scope, &QComboBox::activated, this,
            [this] { m_model->setDepartmentScope(m_scope->currentIndex() == 1); });
    connect(m_quickWins, &QCheckBox::toggled, m_model, &RecommendationsModel::setQuickWinsOnly);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecommendationsPage::refresh);
    // New scores of the shown company re-rank its recommendations, once the page is seen.
    m_lazy = new LazyRefresh(this, [this] { m_model->setSelection(m_selection); });
    connect(controller, &WorkspaceController::scoresChanged, this, [this](const session::ScoreChange &c) {
        if (c.all || c.company == m_selection.company)
            m_lazy->request();
    });
}

void RecommendationsPage::setSelection(const Selection &selection)
{
    m_selection = selection;
    updateScope();
    m_lazy->request();
}

void RecommendationsPage::updateScope()
{
    // The department's own list when a department is selected; the company's otherwise.
    QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(m_selection.hasCompany() ? tr("the company %1").arg(m_selection.companyName) : tr("the company"));
    if (m_selection.hasDepartment())
        m_scope->addItem(tr("the department %1").arg(m_selection.departmentName));
    m_scope->setCurrentIndex(m_selection.hasDepartment() ? 1 : 0);
    m_scope->setEnabled(m_selection.hasDepartment());
    m_model->setDepartmentScope(m_selection.hasDepartment());
}

QString RecommendationsPage::summary() const
{
    return m_summary->text();
}

QString RecommendationsPage::departmentSummary() const
{
    using Status = DepartmentRecommendations::Status;
    const QString name = m_selection.departmentName;
    switch (m_model->departmentStatus()) {
    case Status::NotAssessed:
        return tr("%1 has no answers in this round.").arg(name);
    case Status::TooFew:
        return tr("%1 has fewer than %n respondent(s): to keep their answers anonymous, it gets no recommendations "
                  "of its own. The company's recommendations include its answers.",
                  nullptr, m_controller->anonymityThreshold())
            .arg(name);
    case Status::ProtectsAnother:
        return tr("%1 is hidden to protect another department (otherwise the smaller one could be computed back "
                  "from the company values), so it gets no recommendations of its own. The company's "
                  "recommendations include its answers.")
            .arg(name);
    case Status::Shown:
        break;
    }
    if (m_model->rowCount() == 0)
        return tr("Every statement of %1 with enough answers meets the company's target.").arg(name);
    return tr("Ranked by index gain: the points the index of %1 would rise if that statement alone reached the "
              "company's target. Statements with fewer than %n answer(s) are left out.",
              nullptr, m_controller->anonymityThreshold())
        .arg(name);
}

void RecommendationsPage::refresh()
{
    m_view->expandAll();
    for (int c = 1; c < RecommendationsModel::ColumnCount; ++c)
        m_view->resizeColumnToContents(c);
    {
        QSignalBlocker block(m_target);
        m_target->setValue(m_model->target());
        m_target->setEnabled(m_selection.hasCompany());
    }
    if (!m_selection.hasCompany())
        m_summary->setText(tr("Choose a company or a round to see what would raise its index most."));
    else if (m_model->departmentScope())
        m_summary->setText(departmentSummary());
    else if (m_model->rowCount() == 0)
        m_summary->setText(tr("Every answered statement of %1 meets the target.").arg(m_selection.companyName));
    else
        m_summary->setText(tr("Ranked by index gain: the points the company's index would rise if that statement "
                              "alone reached the target. Tick a measure to mark it as planned."));
}

void RecommendationsPage::targetEdited()
{
    if (!m_controller->session())
        return;
    if (const std::optional<CompanyRow> c = m_controller->session()->company(m_selection.company);
        c && c->target != m_target->value())
        commands::setTarget(*m_controller, *c, m_target->value());
}

} // namespace sbr::ui
