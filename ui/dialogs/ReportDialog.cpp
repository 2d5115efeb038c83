#include "ReportDialog.h"

#include "Dialogs.h"
#include "Report.h"
#include "SavedNotice.h"
#include "WorkspaceController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sbr::ui {

ReportDialog::ReportDialog(WorkspaceController *controller, const Selection &selection, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_selection(selection), m_round(new QComboBox),
      m_language(new QComboBox), m_departments(new QListWidget), m_status(new QLabel), m_pages(new QVBoxLayout),
      m_save(new QPushButton(tr("&Save PDF…")))
{
    setWindowTitle(tr("Management report – %1").arg(selection.companyName));
    if (const CompanyResult *c = controller->company(selection.companyName))
        for (const RoundResult &r : c->rounds)
            m_round->addItem(r.label);
    m_round->setCurrentIndex(selection.hasRound() ? m_round->findText(selection.roundLabel) : m_round->count() - 1);
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(controller->language() == u"en" ? 1 : 0);
    m_departments->setAccessibleName(tr("Departments in the report"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Round:"), m_round);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Departments:"), m_departments);
    m_departmentRecommendations = new QCheckBox(tr("Recommendations &per department"));
    m_departmentRecommendations->setToolTip(tr("What would lift each listed department most, and its quick wins"));
    form->addRow(m_departmentRecommendations);
    connect(m_departmentRecommendations, &QCheckBox::toggled, this, &ReportDialog::refreshPreview);
    auto *side = new QVBoxLayout;
    side->addLayout(form);
    side->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    side->addStretch();
    side->addWidget(buttons);

    auto *pagesWidget = new QWidget;
    pagesWidget->setLayout(m_pages);
    m_pages->setAlignment(Qt::AlignHCenter);
    auto *scroll = new QScrollArea;
    scroll->setWidget(pagesWidget);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Preview of the report pages"));
    scroll->setBackgroundRole(QPalette::Dark);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side, 1);
    layout->addWidget(scroll, 3);
    // As large as the screen allows, never larger: on 1024×700 the buttons stay in sight.
    QSize size(1100, 800);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);

    const auto fillDepartments = [this] {
        m_departments->clear();
        if (const RoundResult *r = m_controller->round(m_selection.companyName, m_round->currentText()))
            for (const DepartmentResult &d : r->departments) {
                auto *item = new QListWidgetItem(d.name, m_departments);
                item->setCheckState(Qt::Checked);
            }
    };
    fillDepartments();
    connect(m_round, &QComboBox::currentIndexChanged, this, [this, fillDepartments] {
        fillDepartments();
        refreshPreview();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportDialog::refreshPreview);
    // Another window or the command line may change the threshold or the answers meanwhile.
    connect(m_controller, &WorkspaceController::settingChanged, this, &ReportDialog::refreshPreview);
    connect(m_controller, &WorkspaceController::reloaded, this, &ReportDialog::refreshPreview);
    connect(m_departments, &QListWidget::itemChanged, this, &ReportDialog::refreshPreview);
    connect(m_controller, &WorkspaceController::conclusionsChanged, this, &ReportDialog::refreshPreview);
    connect(m_controller, &WorkspaceController::plannedMeasuresChanged, this, &ReportDialog::refreshPreview);
    refreshPreview();
}

QStringList ReportDialog::chosenDepartments() const
{
    QStringList names;
    for (int i = 0; i < m_departments->count(); ++i)
        if (m_departments->item(i)->checkState() == Qt::Checked)
            names.append(m_departments->item(i)->text());
    return names;
}

namespace {
report::ReportOptions options(const Selection &s, const QString &round, const QString &lang,
                              const QStringList &departments)
{
    report::ReportOptions o;
    o.company = s.companyName;
    o.round = round;
    o.language = lang;
    o.departments = departments;
    o.generated = QDate::currentDate();
    return o;
}
} // namespace

report::ReportOptions ReportDialog::currentOptions() const
{
    report::ReportOptions o =
        options(m_selection, m_round->currentText(), m_language->currentData().toString(), chosenDepartments());
    o.departmentRecommendations = m_departmentRecommendations->isChecked();
    if (const CompanyResult *c = m_controller->company(m_selection.companyName)) {
        for (const RoundResult &r : c->rounds)
            if (r.label == o.round) {
                WorkspaceError error;
                if (!m_controller->session()->conclusions(r.key, &o.conclusions, &error))
                    m_controller->reportError(error);
            }
        // The action plan with what changed in each done measure's statements (anonymous view).
        QList<PlanMeasure> plan;
        WorkspaceError error;
        if (m_controller->session()->planMeasures(c->key, &plan, &error)) {
            o.plan.emplace();
            for (const PlanMeasure &m : std::as_const(plan))
                o.plan->append({m, m_controller->session()->planEffect(m, /*anonymous=*/true)});
        } else {
            m_controller->reportError(error);
        }
    }
    return o;
}

int ReportDialog::refreshPreview()
{
    while (QLayoutItem *item = m_pages->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    report::ReportDocument doc(m_controller->questionnaire(), m_controller->anonymousReport(), currentOptions());
    if (!doc.error().isEmpty()) {
        m_status->setText(doc.error());
        m_save->setEnabled(false);
        return 0;
    }
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        auto *page = new QLabel;
        page->setPixmap(QPixmap::fromImage(doc.renderPage(i, 60)));
        page->setAccessibleName(tr("Page %1").arg(i + 1));
        m_pages->addWidget(page);
    }
    m_status->setText(tr("A4, pages: %1. Departments with fewer than %2 respondents show \"too few respondents\" "
                         "instead of numbers.")
                          .arg(pages)
                          .arg(m_controller->anonymityThreshold()));
    m_save->setEnabled(true);
    return pages;
}

bool ReportDialog::save(const QString &path)
{
    report::ReportDocument doc(m_controller->questionnaire(), m_controller->anonymousReport(), currentOptions());
    QString error;
    if (!doc.writePdf(path, &error)) {
        Dialogs::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

void ReportDialog::saveAs()
{
    // "Social-Business-Bericht Weber 2026-Q3.pdf": the company by its first word, as people say it.
    const QString company = m_selection.companyName.section(u' ', 0, 0, QString::SectionSkipEmpty);
    const QString suggested = tr("Social business report %1 %2.pdf").arg(company, m_round->currentText());
    const QString path = Dialogs::saveFileName(this, tr("Save the report"), tr("PDF documents (*.pdf)"),
                                               QStringLiteral("pdf"), suggested);
    if (!path.isEmpty() && save(path)) {
        showSavedNotice(parentWidget(), path);
        accept();
    }
}

} // namespace sbr::ui
