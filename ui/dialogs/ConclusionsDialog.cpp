#include "ConclusionsDialog.h"

#include "Dialogs.h"
#include "WorkspaceController.h"
#include "commands/Commands.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sbr::ui {

using session::WorkspaceSession;

ConclusionsDialog::ConclusionsDialog(WorkspaceController *controller, const Selection &selection, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_text(new QPlainTextEdit), m_count(new QLabel)
{
    WorkspaceSession *ws = controller->session();
    QString label = selection.roundLabel;
    m_round = selection.round;
    if (!selection.hasRound() && ws) {
        const QList<RoundRow> rounds = ws->rounds(selection.company);
        if (!rounds.isEmpty()) {
            m_round = rounds.constLast().id;
            label = rounds.constLast().label;
        }
    }
    setWindowTitle(tr("Conclusions – %1 – %2").arg(selection.companyName, label));
    auto *intro =
        new QLabel(m_round ? tr("Your conclusions on round %1 of %2. The report prints them on its summary "
                                "page, as you write them here.")
                                 .arg(label, selection.companyName)
                           : tr("%1 has no round yet: conclusions belong to a round.").arg(selection.companyName));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    WorkspaceError error;
    if (m_round && ws && !ws->conclusions(m_round, &m_before, &error))
        controller->reportError(error);
    m_text->setPlainText(m_before);
    m_text->setEnabled(m_round != 0);
    m_text->setAccessibleName(tr("Conclusions"));
    m_text->setTabChangesFocus(true);
    m_count->setTextFormat(Qt::PlainText);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ConclusionsDialog::updateCount);
    updateCount();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_round != 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConclusionsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConclusionsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(560, 420);
}

void ConclusionsDialog::updateCount()
{
    const int used = int(m_text->toPlainText().trimmed().size());
    m_count->setText(tr("%1 of %2 characters").arg(used).arg(WorkspaceSession::kConclusionsMaxLength));
}

void ConclusionsDialog::accept()
{
    if (!m_round) {
        QDialog::reject();
        return;
    }
    const QString text = m_text->toPlainText();
    if (text.trimmed().size() > WorkspaceSession::kConclusionsMaxLength) {
        Dialogs::warning(this, windowTitle(),
                         tr("The conclusions have %1 characters; at most %2 fit on the summary page. Please "
                            "shorten them.")
                             .arg(text.trimmed().size())
                             .arg(WorkspaceSession::kConclusionsMaxLength));
        return;
    }
    if (commands::setConclusions(*m_controller, m_round, m_before, text))
        QDialog::accept();
}

} // namespace sbr::ui
