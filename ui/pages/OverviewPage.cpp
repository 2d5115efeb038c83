#include "OverviewPage.h"

#include "LazyRefresh.h"

#include "CompanyOverviewModel.h"
#include "WorkspaceController.h"
#include "pages/WrappingViews.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace sbr::ui {

OverviewPage::OverviewPage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new CompanyOverviewModel(this)), m_table(new QTableView),
      m_summary(new QLabel)
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setModel(m_model);
    new WrappingHeader(m_table); // titles over two lines: the table fits a small window
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Companies and rounds"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit roundActivated(m_model->index(index.row(), CompanyOverviewModel::Company).data().toString(),
                            m_model->index(index.row(), CompanyOverviewModel::Round).data().toString());
    });
    auto *lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(controller, &WorkspaceController::scoresChanged, lazy, &LazyRefresh::request);
    connect(controller, &WorkspaceController::workspaceClosed, lazy, &LazyRefresh::request);
    connect(controller, &WorkspaceController::workspaceOpened, lazy, &LazyRefresh::request);
    connect(controller, &WorkspaceController::reloaded, lazy, &LazyRefresh::request);
    connect(controller, &WorkspaceController::settingChanged, lazy, &LazyRefresh::request); // k: what is shown
    connect(controller, &WorkspaceController::languageChanged, lazy, &LazyRefresh::request);
    refresh();
}

void OverviewPage::refresh()
{
    const ScoreReport &report = m_controller->shownReport(); // scoring.md *Anonymity*
    m_model->setReport(report, m_controller->language());
    m_table->resizeColumnsToContents();
    if (!m_controller->isOpen()) {
        m_summary->setText(tr("No workspace is open. Use File ▸ New workspace or File ▸ Open."));
        return;
    }
    int rounds = 0;
    for (const CompanyResult &c : report.companies)
        rounds += int(c.rounds.size());
    m_summary->setText(tr("%1: %2, %3. Questionnaire: %4.")
                           .arg(QDir::toNativeSeparators(m_controller->session()->path()),
                                tr("%n company(ies)", nullptr, int(report.companies.size())),
                                tr("%n round(s)", nullptr, rounds),
                                m_controller->questionnaire().title.text(m_controller->language())));
}

void OverviewPage::setSelection(const Selection &selection)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, CompanyOverviewModel::Company).data().toString() == selection.companyName &&
            (selection.roundLabel.isEmpty() ||
             m_model->index(row, CompanyOverviewModel::Round).data().toString() == selection.roundLabel)) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return;
        }
}

} // namespace sbr::ui
