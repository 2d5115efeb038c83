#include "BenchmarkPage.h"

#include "LazyRefresh.h"

#include "WorkspaceController.h"
#include "models/BenchmarkModel.h"
#include "pages/WrappingViews.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sbr::ui {

BenchmarkPage::BenchmarkPage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_summary(new QLabel), m_model(new BenchmarkModel(this)),
      m_table(new QTableView), m_references(new QTableWidget)
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_table->setModel(m_model);
    new WrappingHeader(m_table); // "Peers: standard deviation" over two lines, not one wide column
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Benchmark per dimension"));
    m_references->setColumnCount(4);
    m_references->setHorizontalHeaderLabels({tr("Statement"), tr("Figure"), tr("Finding"), tr("Source")});
    m_references->verticalHeader()->hide();
    m_references->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_references->setWordWrap(true);
    m_references->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_references->horizontalHeader()->setStretchLastSection(true);
    m_references->setAccessibleName(tr("Reference figures with sources"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(new QLabel(tr("Reference figures from published surveys:")));
    layout->addWidget(m_references, 2);
    auto *lazy = m_lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(controller, &WorkspaceController::scoresChanged, this, [this, lazy](const session::ScoreChange &c) {
        if (c.touchesCompany(m_selection.company))
            lazy->request();
    });
    connect(controller, &WorkspaceController::languageChanged, lazy, &LazyRefresh::request);
}

void BenchmarkPage::setSelection(const Selection &selection)
{
    m_selection = selection;
    m_lazy->request();
}

void BenchmarkPage::refresh()
{
    const QString lang = m_controller->language();
    const CompanyResult *c = m_controller->shownCompany(m_selection.companyName);
    const RoundResult *r = nullptr;
    if (c && !c->rounds.empty())
        r = m_selection.hasRound() ? m_controller->shownRound(c->name, m_selection.roundLabel) : &c->rounds.back();
    QStringList titles;
    for (const Dimension &d : m_controller->questionnaire().dimensions)
        titles.append(d.title.text(lang));
    m_model->setRound(r, titles);
    m_table->resizeColumnsToContents();
    if (!r)
        m_summary->setText(tr("Choose a company or a round to compare it with the other companies of the workspace."));
    else if (r->benchmark.peers < 5)
        m_summary->setText(tr("%1, round %2: %n peer company(ies) had a round by %3. A comparison needs at least five.",
                              nullptr, r->benchmark.peers)
                               .arg(c->name, r->label, QLocale().toString(r->date, QLocale::ShortFormat)));
    else
        m_summary->setText(tr("%1, round %2, compared with %n peer company(ies): each with its latest round on or "
                              "before %3. Percentile 50 means half of the peers are below.",
                              nullptr, r->benchmark.peers)
                               .arg(c->name, r->label, QLocale().toString(r->date, QLocale::ShortFormat)));

    const Questionnaire &q = m_controller->questionnaire();
    m_references->setRowCount(0);
    const QLocale locale;
    for (const Reference &ref : q.references) {
        const int row = m_references->rowCount();
        m_references->insertRow(row);
        const int item = q.itemIndex(ref.item);
        m_references->setItem(row, 0,
                              new QTableWidgetItem(item >= 0 ? q.flatItems()[item]->text.text(lang) : ref.item));
        m_references->setItem(
            row, 1,
            new QTableWidgetItem(ref.share ? locale.toString(*ref.share * 100, 'f', 0) + QStringLiteral(" %")
                                           : QString()));
        m_references->setItem(row, 2, new QTableWidgetItem(ref.statement.text(lang)));
        m_references->setItem(row, 3, new QTableWidgetItem(ref.source));
    }
    m_references->setColumnWidth(0, fontMetrics().averageCharWidth() * 40);
    m_references->setColumnWidth(2, fontMetrics().averageCharWidth() * 50);
    m_references->resizeRowsToContents();
}

} // namespace sbr::ui
