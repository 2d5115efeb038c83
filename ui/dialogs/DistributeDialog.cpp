#include "DistributeDialog.h"

#include "Dialogs.h"
#include "QuestionnaireForm.h"
#include "Selection.h"
#include "WorkspaceController.h"
#include "session/TemplateExport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace sbr::ui {

namespace {

const CompanyData *companyNamed(WorkspaceController *controller, const QString &name)
{
    if (!controller->session())
        return nullptr;
    for (const CompanyData &c : controller->session()->data().companies)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList sorted(QStringList names)
{
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}

} // namespace

DistributeDialog::DistributeDialog(WorkspaceController *controller, const Selection &selection, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_company(new QComboBox), m_round(new QComboBox),
      m_format(new QComboBox), m_language(new QComboBox), m_departments(new QListWidget), m_respondents(new QSpinBox),
      m_file(new QLineEdit), m_status(new QLabel), m_save(new QPushButton(tr("&Save")))
{
    setWindowTitle(tr("Distribute questionnaire"));
    QStringList companies;
    if (controller->session())
        for (const CompanyData &c : controller->session()->data().companies)
            companies.append(c.name);
    m_company->addItems(sorted(companies));
    m_company->setCurrentIndex(std::max(0, m_company->findText(selection.companyName)));
    m_format->addItem(tr("Excel answer workbook (.xlsx)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("Paper form to print (PDF)"), QStringLiteral("pdf"));
    m_format->addItem(tr("LimeSurvey survey structure (.txt)"), QStringLiteral("limesurvey"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(controller->language() == u"en" ? 1 : 0);
    m_respondents->setRange(1, io::kMaxTemplateRespondents);
    m_respondents->setValue(io::kDefaultTemplateRespondents);
    m_respondents->setToolTip(tr("How many answer columns the workbook has for each department"));
    m_departments->setAccessibleName(tr("Departments the questionnaire is for"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_departments->setMaximumHeight(170);
    auto *browse = new QPushButton(tr("&Browse…"));
    auto *fileRow = new QWidget; // a widget, not a layout, so that the label's shortcut reaches the field
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Round:"), m_round);
    form->addRow(tr("&Departments:"), m_departments);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Respondents per &department:"), m_respondents);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("F&ile:"), fileRow);
    qobject_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_file);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(660, 480);

    fillRounds();
    if (selection.hasRound())
        m_round->setCurrentIndex(std::max(0, m_round->findText(selection.roundLabel)));
    if (selection.hasDepartment())
        for (int i = 0; i < m_departments->count(); ++i)
            m_departments->item(i)->setCheckState(
                m_departments->item(i)->text() == selection.departmentName ? Qt::Checked : Qt::Unchecked);
    suggestFile();
    connect(m_company, &QComboBox::currentIndexChanged, this, [this] {
        fillRounds();
        suggestFile();
    });
    connect(m_round, &QComboBox::currentIndexChanged, this, &DistributeDialog::suggestFile);
    connect(m_language, &QComboBox::currentIndexChanged, this, &DistributeDialog::suggestFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_respondents->setEnabled(m_format->currentData().toString() == u"xlsx");
        suggestFile();
    });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });
    connect(browse, &QPushButton::clicked, this, &DistributeDialog::browse);
    connect(m_save, &QPushButton::clicked, this, &DistributeDialog::saveChosen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DistributeDialog::fillRounds()
{
    m_round->clear();
    m_departments->clear();
    const CompanyData *company = companyNamed(m_controller, m_company->currentText());
    if (!company)
        return;
    QList<Round> rounds = company->rounds;
    std::sort(rounds.begin(), rounds.end(), [](const Round &a, const Round &b) { return a.date < b.date; });
    for (const Round &r : rounds)
        m_round->addItem(r.label);
    m_round->setCurrentIndex(m_round->count() - 1); // the latest round
    for (const QString &d : sorted(company->departments)) {
        auto *item = new QListWidgetItem(d, m_departments);
        item->setCheckState(Qt::Checked);
    }
}

QStringList DistributeDialog::chosenDepartments() const
{
    QStringList names;
    for (int i = 0; i < m_departments->count(); ++i)
        if (m_departments->item(i)->checkState() == Qt::Checked)
            names.append(m_departments->item(i)->text());
    return names;
}

void DistributeDialog::suggestFile()
{
    if (m_fileChosen || m_company->currentText().isEmpty())
        return;
    io::TemplatePlan plan;
    plan.company = m_company->currentText();
    plan.round = m_round->currentText();
    plan.language = m_language->currentData().toString();
    const auto format = session::templateFormatFromKey(m_format->currentData().toString());
    const QString folder = m_file->text().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_file->text()).absolutePath();
    m_file->setText(QDir(folder).filePath(io::suggestedTemplateFileName(plan, session::templateExtension(*format))));
}

void DistributeDialog::browse()
{
    const auto format = session::templateFormatFromKey(m_format->currentData().toString());
    const QString filter = *format == session::TemplateFormat::Xlsx  ? tr("Excel workbooks (*.xlsx)")
                           : *format == session::TemplateFormat::Pdf ? tr("PDF documents (*.pdf)")
                                                                     : tr("LimeSurvey survey structures (*.txt)");
    const QString path =
        Dialogs::saveFileName(this, tr("Save the questionnaire"), filter, session::templateExtension(*format));
    if (path.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(path));
    m_fileChosen = true;
}

void DistributeDialog::saveChosen()
{
    save(m_file->text());
}

QString DistributeDialog::status() const
{
    return m_status->text();
}

bool DistributeDialog::save(const QString &path)
{
    const auto fail = [this](const QString &message) {
        m_status->setText(message);
        return false;
    };
    if (!m_controller->session())
        return fail(tr("No workspace is open."));
    if (path.trimmed().isEmpty())
        return fail(tr("Choose the file to save the questionnaire in."));
    if (chosenDepartments().isEmpty())
        return fail(tr("Choose at least one department."));
    const auto format = session::templateFormatFromKey(m_format->currentData().toString());
    QString problem;
    const auto plan = session::planTemplate(*m_controller->session(), m_company->currentText(), m_round->currentText(),
                                            chosenDepartments(), m_respondents->value(),
                                            m_language->currentData().toString(), &problem);
    if (!plan)
        return fail(problem);
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (*format == session::TemplateFormat::Pdf) {
        report::QuestionnaireForm form(*plan);
        if (!form.writePdf(path, &problem))
            return fail(tr("Could not save %1: %2").arg(shown, problem));
        m_status->setText(tr("Saved %1: the paper form, %n page(s).", nullptr, form.pageCount()).arg(shown));
        return true;
    }
    if (!session::writeTemplateFile(*plan, *format, path, &problem))
        return fail(problem);
    m_status->setText(*format == session::TemplateFormat::Xlsx
                          ? tr("Saved %1: the answer workbook with %n answer column(s). Filled in, it is imported "
                               "as it is with File ▸ Import answers.",
                               nullptr, int(plan->departments.size()) * plan->respondents)
                                .arg(shown)
                          : tr("Saved %1: the LimeSurvey survey structure. In LimeSurvey, import it with "
                               "Create survey ▸ Import.")
                                .arg(shown));
    return true;
}

} // namespace sbr::ui
