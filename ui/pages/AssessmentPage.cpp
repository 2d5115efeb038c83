#include "AssessmentPage.h"

#include "Dialogs.h"
#include "Theme.h"
#include "WorkspaceController.h"
#include "commands/Commands.h"
#include "models/AssessmentModel.h"
#include "pages/AssessmentView.h"
#include "pages/LazyRefresh.h"
#include "pages/LevelDelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace sbr::ui {

AssessmentPage::AssessmentPage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new AssessmentModel(controller, this)),
      m_view(new AssessmentView), m_title(new QLabel), m_summary(new QLabel), m_levels(new QLabel)
{
    m_view->setAssessmentModel(m_model);
    m_view->setItemDelegate(new LevelDelegate(controller, m_view));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_summary->setTextFormat(Qt::PlainText);
    m_levels->setTextFormat(Qt::RichText); // built from escaped questionnaire texts only
    m_levels->setWordWrap(true);
    m_levels->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_levels->setAccessibleName(tr("Level descriptions of the current statement"));

    auto *toolbar = new QToolBar;
    m_add = toolbar->addAction(tr("Add respondent"), this, &AssessmentPage::addRespondent);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_add->setToolTip(tr("Add a respondent as a new column (Ctrl+Shift+R)"));
    m_rename = toolbar->addAction(tr("Rename respondent…"), this, &AssessmentPage::renameRespondent);
    m_remove = toolbar->addAction(tr("Remove respondent…"), this, &AssessmentPage::removeRespondent);

    auto *levelsScroll = new QScrollArea;
    levelsScroll->setWidgetResizable(true);
    levelsScroll->setWidget(m_levels);
    levelsScroll->setMinimumWidth(220);
    auto *split = new QSplitter;
    split->addWidget(m_view);
    split->addWidget(levelsScroll);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(toolbar);
    layout->addWidget(split, 1);

    m_lazy = new LazyRefresh(this, [this] { showSelection(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandAll();
        m_view->header()->setSectionResizeMode(0, QHeaderView::Interactive);
        m_view->setColumnWidth(0, m_view->fontMetrics().averageCharWidth() * 40);
        for (int c = 1; c < m_model->commentColumn(); ++c)
            m_view->resizeColumnToContents(c);
        updateHeader();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_view->currentIndex();
                if (current.parent() == topLeft.parent() && current.row() >= topLeft.row() &&
                    current.row() <= bottomRight.row() && current.column() >= topLeft.column() &&
                    current.column() <= bottomRight.column())
                    updateLevelPanel();
            });
    connect(controller, &WorkspaceController::scoresChanged, this, [this](const session::ScoreChange &c) {
        if (c.touchesAssessment(m_model->assessment()))
            updateHeader();
    });
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &AssessmentPage::updateHeader);
    connect(m_model, &QAbstractItemModel::columnsRemoved, this, &AssessmentPage::updateHeader);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &AssessmentPage::updateHeader);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateLevelPanel(); });
    updateHeader();
}

void AssessmentPage::setSelection(const Selection &selection)
{
    if (selection == m_selection && m_model->selection() == selection && !m_lazy->isStale())
        return; // already shown
    m_selection = selection;
    m_lazy->request(); // read and lay out the grid once the page is seen
}

void AssessmentPage::showSelection()
{
    const Selection &selection = m_selection;
    m_model->setSelection(selection);
    m_view->expandAll();
    // Start in the first answer cell so typing a level works at once.
    const QModelIndex first = m_model->indexOfItem(0, m_model->respondentColumn(0));
    if (first.isValid() && m_model->respondentAt(first.column()) >= 0) {
        // Without scrolling to it: a view that is not shown yet would scroll to the cell when it
        // appears, at a width not yet final, and push the statements out of sight.
        m_view->setAutoScroll(false);
        m_view->setCurrentIndex(first);
        m_view->setAutoScroll(true);
    }
    m_view->horizontalScrollBar()->setValue(0); // keep the statements in sight
    updateHeader();
    updateLevelPanel();
}

void AssessmentPage::updateHeader()
{
    const Selection &s = m_model->selection();
    const bool ready = s.hasDepartment();
    m_add->setEnabled(ready);
    m_rename->setEnabled(ready && !m_model->respondents().isEmpty());
    m_remove->setEnabled(ready && !m_model->respondents().isEmpty());
    if (!ready) {
        m_title->setText(tr("No department selected"));
        m_summary->setText(tr("Choose a department of a round in the navigator to see and enter its answers."));
        return;
    }
    m_title->setText(tr("%1 – %2, %3").arg(s.departmentName, s.companyName, s.roundLabel));
    const QLocale locale;
    QString summary = tr("%n respondent(s)", nullptr, int(m_model->respondents().size()));
    const session::WorkspaceSession *ws = m_controller->session();
    if (const DepartmentResult *d =
            ws && m_model->assessment() ? ws->departmentResult(m_model->assessment()) : nullptr) {
        summary += QStringLiteral(" · ");
        summary += d->index ? tr("Index %1, stage %2 (%3)")
                                  .arg(locale.toString(*d->index, 'f', 1))
                                  .arg(*d->stage)
                                  .arg(stageName(*d->stage, m_controller->language()))
                            : tr("Index not yet computable: every dimension needs answers to at least half "
                                 "of its item weight");
    }
    if (m_model->respondents().isEmpty())
        summary += QStringLiteral(" · ") + tr("Add a respondent to start entering answers.");
    m_summary->setText(summary);
}

void AssessmentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateLevelPanel();
    QWidget::changeEvent(event);
}

void AssessmentPage::updateLevelPanel()
{
    const QModelIndex current = m_view->currentIndex();
    const int item = m_model->itemAt(current);
    if (item < 0) {
        m_levels->setText(tr("Select a statement to see what each level means."));
        return;
    }
    const Questionnaire &q = m_controller->questionnaire();
    const QString lang = m_controller->language();
    const QStringList levels = current.data(AssessmentModel::LevelDescriptionsRole).toStringList();
    const int chosen =
        current.data(AssessmentModel::LevelRole).isValid() ? current.data(AssessmentModel::LevelRole).toInt() : -1;
    const QColor mark = theme::markBackground(palette());
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(q.flatItems()[item]->text.text(lang).toHtmlEscaped());
    for (int l = q.scale.min; l <= q.scale.max; ++l) {
        const QString line =
            QStringLiteral("%1 – %2: %3")
                .arg(l)
                .arg(q.scale.label(l, lang).toHtmlEscaped(), levels.value(l - q.scale.min).toHtmlEscaped());
        html += l == chosen ? QStringLiteral("<p style=\"background:%1; color:%2\"><b>%3</b></p>")
                                  .arg(mark.name(), theme::textOn(mark, palette()).name(), line)
                            : QStringLiteral("<p>%1</p>").arg(line);
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Keys %1–%2 set a level, N not applicable, Delete clears.")
                         .arg(q.scale.min)
                         .arg(q.scale.max)
                         .toHtmlEscaped());
    m_levels->setText(html);
}

int AssessmentPage::currentRespondent() const
{
    const int r = m_model->respondentAt(m_view->currentIndex().column());
    return r >= 0 ? r : int(m_model->respondents().size()) - 1;
}

void AssessmentPage::addRespondent()
{
    const Selection &s = m_model->selection();
    if (!s.hasDepartment())
        return;
    QString name = m_nextName;
    m_nextName.clear();
    if (name.isEmpty()) {
        // Anonymous by default: "Person 4" needs no name, but any label may be typed.
        const QString suggestion = tr("Person %1").arg(m_model->respondents().size() + 1);
        name = Dialogs::askText(this, tr("Add respondent"), tr("Name or label of the respondent:"), suggestion);
        if (name.isEmpty())
            return;
    }
    if (commands::addRespondent(*m_controller, s.round, s.department, name) > 0) {
        const int column = m_model->respondentColumn(int(m_model->respondents().size()) - 1);
        m_view->setCurrentIndex(m_model->indexOfItem(0, column));
        m_view->setFocus();
    }
}

void AssessmentPage::renameRespondent()
{
    const int r = currentRespondent();
    if (r < 0)
        return;
    const RespondentRow row = m_model->respondents()[r];
    const QString name =
        Dialogs::askText(this, tr("Rename respondent"), tr("New name of \"%1\":").arg(row.name), row.name);
    if (!name.isEmpty() && name != row.name)
        commands::renameRespondent(*m_controller, m_model->assessment(), row.id, row.name, name);
}

void AssessmentPage::removeRespondent()
{
    const int r = currentRespondent();
    if (r < 0)
        return;
    const RespondentRow row = m_model->respondents()[r];
    if (Dialogs::confirm(this, tr("Remove respondent"),
                         tr("Remove \"%1\" and all of their answers? You can undo this with Ctrl+Z.").arg(row.name)))
        commands::removeRespondent(*m_controller, m_model->assessment(), row.id, row.name);
}

} // namespace sbr::ui
