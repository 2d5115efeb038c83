#include "RecommendationsPage.h"

#include "LazyRefresh.h"

#include "WorkspaceController.h"
#include "commands/Commands.h"
#include "models/RecommendationsModel.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace sbr::ui {

RecommendationsPage::RecommendationsPage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_summary(new QLabel), m_target(new QDoubleSpinBox),
      m_model(new RecommendationsModel(controller, this)), m_view(new QTreeView)
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_target->setRange(0, 100);
    m_target->setDecimals(1);
    m_target->setKeyboardTracking(false);
    m_target->setAccessibleName(tr("Target score of the company"));
    m_target->setToolTip(tr("75 points correspond to level 3 of 4 on every statement."));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Recommendations with their measures"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(RecommendationsModel::Text, QHeaderView::Stretch);
    auto *targetRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Target of the company:"));
    label->setBuddy(m_target);
    targetRow->addWidget(label);
    targetRow->addWidget(m_target);
    targetRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(targetRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &RecommendationsPage::targetEdited);
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
    m_lazy->request();
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
