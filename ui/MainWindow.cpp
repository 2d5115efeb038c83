#include "MainWindow.h"

#include "CompanyOverviewModel.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace sbr::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_model(new CompanyOverviewModel(this)), m_table(new QTableView), m_summary(new QLabel)
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Companies and rounds"));
    layout->addWidget(m_table);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    resize(1000, 620);
    setWindowTitle(tr("Social Business Radar"));
}

MainWindow::~MainWindow() = default;

bool MainWindow::openWorkspace(const QString &path)
{
    storage::StorageError error;
    auto ws = storage::Workspace::open(path, storage::Workspace::Mode::ReadWrite, &error);
    if (!ws) {
        QMessageBox::warning(this, tr("Cannot open the workspace"), error.message);
        return false;
    }
    m_workspace = std::move(ws);
    setWindowFilePath(path);
    setWindowTitle(tr("%1 – Social Business Radar").arg(QFileInfo(path).fileName()));
    refresh();
    return true;
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Social Business Radar workspaces (*.sbradar);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::refresh()
{
    WorkspaceData scoring;
    storage::StorageError error;
    if (!m_workspace->loadScoringData(&scoring, &error)) {
        QMessageBox::warning(this, tr("Cannot read the workspace"), error.message);
        return;
    }
    const QString lang = QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    const ScoreReport report = scoreWorkspace(scoring);
    m_model->setReport(report, lang);
    m_table->resizeColumnsToContents();
    int rounds = 0;
    for (const CompanyResult &c : report.companies)
        rounds += int(c.rounds.size());
    m_summary->setText(tr("Workspace %1: %2 companies, %3 rounds. Questionnaire: %4.")
                           .arg(QDir::toNativeSeparators(m_workspace->path()))
                           .arg(report.companies.size())
                           .arg(rounds)
                             .arg(scoring.questionnaire.title.text(lang)));
}

} // namespace sbr::ui
