#include "QuestionnairePage.h"

#include "WorkspaceController.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sbr::ui {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString effortText(Effort e)
{
    switch (e) {
    case Effort::Low:
        return QCoreApplication::translate("sbr::ui::QuestionnairePage", "low effort");
    case Effort::Medium:
        return QCoreApplication::translate("sbr::ui::QuestionnairePage", "medium effort");
    case Effort::High:
        return QCoreApplication::translate("sbr::ui::QuestionnairePage", "high effort");
    }
    return {};
}
} // namespace

QuestionnairePage::QuestionnairePage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_tree(new QTreeWidget), m_details(new QTextBrowser)
{
    m_tree->setHeaderLabels({tr("Dimension / statement"), tr("Weight")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setAccessibleName(tr("Dimensions and statements of the questionnaire"));
    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Levels, measures and reference figures of the statement"));
    auto *split = new QSplitter;
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &QuestionnairePage::showDetails);
    connect(controller, &WorkspaceController::workspaceOpened, this, &QuestionnairePage::rebuild);
    connect(controller, &WorkspaceController::languageChanged, this, &QuestionnairePage::rebuild);
    rebuild();
}

void QuestionnairePage::rebuild()
{
    m_tree->clear();
    if (!m_controller->isOpen())
        return;
    const QString lang = m_controller->language();
    const QLocale locale;
    int flat = 0;
    for (const Dimension &d : m_controller->questionnaire().dimensions) {
        auto *dim = new QTreeWidgetItem(m_tree, {d.title.text(lang), locale.toString(d.weight)});
        dim->setData(0, Qt::UserRole, -1);
        dim->setToolTip(0, d.question.text(lang));
        QFont bold = dim->font(0);
        bold.setBold(true);
        dim->setFont(0, bold);
        for (const Item &i : d.items) {
            auto *item = new QTreeWidgetItem(dim, {i.text.text(lang), locale.toString(i.weight)});
            item->setData(0, Qt::UserRole, flat++);
            item->setToolTip(0, i.text.text(lang));
        }
    }
    m_tree->expandAll();
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
}

void QuestionnairePage::showDetails()
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    if (!current || !m_controller->isOpen()) {
        m_details->clear();
        return;
    }
    const Questionnaire &q = m_controller->questionnaire();
    const QString lang = m_controller->language();
    const int flat = current->data(0, Qt::UserRole).toInt();
    QString html;
    if (flat < 0) {
        const Dimension &d = q.dimensions[m_tree->indexOfTopLevelItem(const_cast<QTreeWidgetItem *>(current))];
        html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(d.title.text(lang)), esc(d.question.text(lang)));
        m_details->setHtml(html);
        return;
    }
    const Item &item = *q.flatItems()[flat];
    html += QStringLiteral("<h3>%1</h3>").arg(esc(item.text.text(lang)));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("What the levels look like")));
    const QStringList levels = item.levels.list(lang);
    for (int l = q.scale.min; l <= q.scale.max; ++l)
        html += QStringLiteral("<li><b>%1 – %2:</b> %3</li>")
                    .arg(l)
                    .arg(esc(q.scale.label(l, lang)), esc(levels.value(l - q.scale.min)));
    html += QStringLiteral("</ul>");
    if (!item.measures.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Measures")));
        for (const QString &id : item.measures)
            if (const Measure *m = q.measure(id))
                html += QStringLiteral("<p><b>%1</b> (%2)<br>%3</p>")
                            .arg(esc(m->title.text(lang)), esc(effortText(m->effort)), esc(m->description.text(lang)));
    }
    QString refs;
    const QLocale locale;
    for (const Reference &r : q.references)
        if (r.item == item.id)
            refs += QStringLiteral("<p>%1%2<br><i>%3: %4</i></p>")
                        .arg(r.share ? QStringLiteral("<b>%1</b> – ")
                                           .arg(esc(locale.toString(*r.share * 100, 'f', 0) + QStringLiteral(" %")))
                                     : QString(),
                             esc(r.statement.text(lang)), esc(tr("Source")), esc(r.source));
    if (!refs.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Reference figures"))) + refs;
    m_details->setHtml(html);
}

} // namespace sbr::ui
