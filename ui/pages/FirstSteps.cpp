#include "FirstSteps.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sbr::ui {

FirstSteps::FirstSteps(QWidget *parent) : QWidget(parent)
{
    auto *title = new QLabel(tr("First steps"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("This workspace is still empty. Three steps lead to the first scores:"));
    intro->setWordWrap(true);

    m_texts[0] = tr("1. Create the company you assess.");
    m_texts[1] = tr("2. Add a round: one survey at a point in time, e.g. 2026-Q1.");
    m_texts[2] = tr("3. Bring in the answers: import a CSV or Excel file, or type them in on the Assessment page.");
    const QString buttons[3] = {tr("New &company…"), tr("New &round…"), tr("&Import answers…")};
    auto *grid = new QGridLayout;
    for (int i = 0; i < 3; ++i) {
        m_labels[i] = new QLabel(m_texts[i]);
        m_labels[i]->setTextFormat(Qt::PlainText);
        m_labels[i]->setWordWrap(true);
        m_buttons[i] = new QPushButton(buttons[i]);
        grid->addWidget(m_labels[i], i, 0);
        grid->addWidget(m_buttons[i], i, 1);
    }
    grid->setColumnStretch(0, 1);
    connect(m_buttons[0], &QPushButton::clicked, this, &FirstSteps::newCompanyRequested);
    connect(m_buttons[1], &QPushButton::clicked, this, &FirstSteps::newRoundRequested);
    connect(m_buttons[2], &QPushButton::clicked, this, &FirstSteps::importRequested);

    auto *box = new QVBoxLayout(this);
    box->addStretch(1);
    box->addWidget(title);
    box->addWidget(intro);
    box->addSpacing(12);
    box->addLayout(grid);
    box->addStretch(2);
    box->setContentsMargins(48, 24, 48, 24);
    setHasCompany(false);
}

void FirstSteps::setHasCompany(bool hasCompany)
{
    m_labels[0]->setText(hasCompany ? tr("%1 Done.").arg(m_texts[0]) : m_texts[0]);
    m_buttons[1]->setEnabled(hasCompany);
    m_buttons[1]->setDefault(hasCompany);
    m_buttons[0]->setDefault(!hasCompany);
}

} // namespace sbr::ui
