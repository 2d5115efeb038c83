#include "MappingWizard.h"

#include "WorkspaceController.h"
#include "commands/Commands.h"
#include "domain/Names.h"
#include "io/AnswerImport.h"
#include "session/MappingProfiles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace sbr::ui {

namespace {

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget;
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    return t;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

const char *const kKeyTargets[] = {"respondent", "department", "company", "round", "date"};

} // namespace

MappingWizard::MappingWizard(WorkspaceController *controller, const QString &path, QWidget *parent)
    : QWizard(parent), m_controller(controller), m_path(path)
{
    setWindowTitle(tr("Import a survey export – %1").arg(QFileInfo(path).fileName()));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = file.errorString();
    else if (m_data = file.readAll(); !io::readSurveyTable(m_data, QString(), &m_header, &m_rows, &problem))
        m_header.clear();
    const Questionnaire &q = controller->session()->questionnaire();
    m_suggestion = io::suggestMapping(m_header, m_rows, q);
    m_start = m_suggestion.profile;
    setPage(FilePage, buildFilePage());
    setPage(ColumnsPage, buildColumnsPage());
    setPage(LabelsPage, buildLabelsPage());
    setPage(PreviewPage, buildPreviewPage());
    if (!problem.isEmpty()) {
        m_source->setText(tr("The file cannot be read: %1").arg(problem));
        return;
    }
    int matched = 0;
    for (const auto &c : m_suggestion.profile.columns)
        matched += q.itemIndex(c.target) >= 0 ? 1 : 0;
    if (const auto kept = session::keptMappingProfileFor(*controller->session(), m_header)) {
        m_start = kept->profile;
        m_profileName->setText(kept->name);
        m_company->setCurrentText(kept->profile.company);
        m_department->setText(kept->profile.department);
        m_source->setText(tr("The columns and answers are mapped as in the profile \u201C%1\u201D kept from an "
                             "earlier import. Check them on the next pages.")
                              .arg(kept->name));
    } else {
        m_profileName->setText(QFileInfo(path).completeBaseName());
        m_source->setText(tr("%1 of %2 statements were recognised by their text. Check the mapping on the next "
                             "pages; columns shown as \u201C(not mapped)\u201D need your decision.")
                              .arg(matched)
                              .arg(q.itemCount()));
    }
    fillColumns(m_start);
    resize(960, 640);
}

bool MappingWizard::isSurveyExport(const QStringList &header, const Questionnaire &q)
{
    for (const QString &h : header) {
        const QString name = h.trimmed();
        for (const char *key : {"company", "department", "round", "date", "respondent", "item", "level"})
            if (name.compare(QLatin1String(key), Qt::CaseInsensitive) == 0)
                return false;
        if (q.itemIndex(name) >= 0)
            return false;
    }
    return !header.isEmpty();
}

QWizardPage *MappingWizard::buildFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Survey export"));
    page->setSubTitle(tr("Survey tools do not know the company, round and date of the answers: give them here."));
    m_source = new QLabel;
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_company = new QComboBox;
    m_company->setEditable(true);
    for (const auto &c : m_controller->session()->companies())
        m_company->addItem(c.name);
    m_company->setCurrentText(QString());
    m_department = new QLineEdit;
    m_department->setPlaceholderText(tr("only if the export has no department column"));
    m_round = new QLineEdit;
    m_round->setPlaceholderText(tr("e.g. 2026-Q1"));
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().language() == QLocale::German ? QStringLiteral("dd.MM.yyyy")
                                                                     : QStringLiteral("yyyy-MM-dd"));
    auto *form = new QFormLayout(page);
    form->addRow(m_source);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Round:"), m_round);
    form->addRow(tr("D&ate of the round:"), m_date);
    return page;
}

QWizardPage *MappingWizard::buildColumnsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which statement does each column answer? Columns that hold no answers (time stamps, "
                         "e-mail addresses, comments) are ignored."));
    m_columns = table({tr("Column of the file"), tr("First answer"), tr("Means")});
    m_columns->setAccessibleName(tr("Columns of the file and what they mean"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columns);
    return page;
}

QWizardPage *MappingWizard::buildLabelsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Answers"));
    page->setSubTitle(tr("Which level does each answer of the survey stand for?"));
    m_labels = table({tr("Answer in the file"), tr("Level")});
    m_labels->setAccessibleName(tr("Answers of the file and their levels"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_labels);
    return page;
}

QWizardPage *MappingWizard::buildPreviewPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The scores these answers give. Nothing is written until you press Import."));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_preview = table({});
    m_keep = new QCheckBox(tr("&Keep this mapping in the workspace for the next wave, as:"));
    m_keep->setChecked(true);
    m_profileName = new QLineEdit;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_preview, 1);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(m_keep);
    keepRow->addWidget(m_profileName, 1);
    layout->addLayout(keepRow);
    return page;
}

void MappingWizard::fillColumns(const io::MappingProfile &profile)
{
    const Questionnaire &q = m_controller->session()->questionnaire();
    const QString lang = QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    m_columns->setRowCount(0);
    for (int c = 0; c < m_header.size(); ++c) {
        if (normalizeName(m_header[c]).isEmpty())
            continue;
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        m_columns->setItem(row, 0, cell(m_header[c]));
        m_columns->setItem(row, 1, cell(m_rows.value(0).value(c)));
        auto *box = new QComboBox;
        box->addItem(tr("(not mapped)"), QString());
        box->addItem(tr("Ignore"), io::kMappingIgnore);
        const QStringList keyNames = {tr("Respondent"), tr("Department"), tr("Company"), tr("Round"), tr("Date")};
        for (int k = 0; k < 5; ++k)
            box->addItem(keyNames[k], QString::fromLatin1(kKeyTargets[k]));
        for (const Item *item : q.flatItems())
            box->addItem(QStringLiteral("%1 – %2").arg(item->id, item->text.text(lang)), item->id);
        box->setCurrentIndex(std::max(0, box->findData(profile.target(m_header[c]))));
        box->setProperty("header", m_header[c]);
        m_columns->setCellWidget(row, 2, box);
    }
    m_columns->resizeColumnToContents(0);
    m_columns->setColumnWidth(0, std::min(m_columns->columnWidth(0), 320));
}

QComboBox *MappingWizard::targetBox(const QString &header) const
{
    for (int row = 0; row < m_columns->rowCount(); ++row)
        if (m_columns->item(row, 0)->text() == header)
            return qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2));
    return nullptr;
}

QComboBox *MappingWizard::levelBox(const QString &label) const
{
    for (int row = 0; row < m_labels->rowCount(); ++row)
        if (m_labels->item(row, 0)->text() == label)
            return qobject_cast<QComboBox *>(m_labels->cellWidget(row, 1));
    return nullptr;
}

void MappingWizard::fillLabels()
{
    const Questionnaire &q = m_controller->session()->questionnaire();
    const QString lang = QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    // What the user chose so far wins over the kept or suggested levels.
    QHash<QString, QVariant> chosen;
    for (int row = 0; row < m_labels->rowCount(); ++row)
        chosen.insert(caseKey(m_labels->item(row, 0)->text()),
                      qobject_cast<QComboBox *>(m_labels->cellWidget(row, 1))->currentData());
    QHash<QString, QVariant> known;
    for (const auto *list : {&m_suggestion.profile.levels, &m_start.levels})
        for (const auto &l : *list)
            known.insert(caseKey(normalizeName(l.label)),
                         l.level ? QVariant(QString::number(*l.level)) : QVariant(QStringLiteral("null")));
    QSet<int> itemColumns;
    for (int c = 0; c < m_header.size(); ++c)
        if (const QComboBox *box = targetBox(m_header[c]); box && q.itemIndex(box->currentData().toString()) >= 0)
            itemColumns.insert(c);
    QStringList labels;
    QSet<QString> seen;
    for (const QStringList &r : m_rows)
        for (int c : itemColumns) {
            const QString text = normalizeName(r.value(c));
            bool number = false;
            const int value = text.toInt(&number);
            if (text.isEmpty() || (number && q.scale.contains(value)) || seen.contains(caseKey(text)))
                continue;
            seen.insert(caseKey(text));
            labels.append(text);
        }
    m_labels->setRowCount(0);
    for (const QString &label : labels) {
        const int row = m_labels->rowCount();
        m_labels->insertRow(row);
        m_labels->setItem(row, 0, cell(label));
        auto *box = new QComboBox;
        box->addItem(tr("(not mapped)"), QString());
        box->addItem(tr("Not applicable"), QStringLiteral("null"));
        for (int level = q.scale.min; level <= q.scale.max; ++level)
            box->addItem(QStringLiteral("%1 – %2").arg(level).arg(q.scale.label(level, lang)), QString::number(level));
        const QVariant value = chosen.value(caseKey(label), known.value(caseKey(label)));
        box->setCurrentIndex(std::max(0, box->findData(value.toString())));
        m_labels->setCellWidget(row, 1, box);
    }
    m_labels->resizeColumnToContents(0);
}

io::MappingProfile MappingWizard::profile() const
{
    io::MappingProfile p;
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const QString target = qobject_cast<QComboBox *>(m_columns->cellWidget(row, 2))->currentData().toString();
        if (!target.isEmpty())
            p.columns.append({m_columns->item(row, 0)->text(), target});
    }
    for (int row = 0; row < m_labels->rowCount(); ++row) {
        const QString level = qobject_cast<QComboBox *>(m_labels->cellWidget(row, 1))->currentData().toString();
        if (level == u"null")
            p.levels.append({m_labels->item(row, 0)->text(), std::nullopt});
        else if (!level.isEmpty())
            p.levels.append({m_labels->item(row, 0)->text(), level.toInt()});
    }
    p.company = normalizeName(m_company->currentText());
    p.department = normalizeName(m_department->text());
    p.round = normalizeName(m_round->text());
    p.date = m_date->date().toString(Qt::ISODate);
    return p;
}

void MappingWizard::initializePage(int id)
{
    if (id == LabelsPage)
        fillLabels();
    else if (id == PreviewPage)
        runPreview();
    QWizard::initializePage(id);
}

bool MappingWizard::validateCurrentPage()
{
    if (currentId() == FilePage &&
        (normalizeName(m_company->currentText()).isEmpty() || normalizeName(m_round->text()).isEmpty())) {
        m_source->setText(tr("Please name the company and the round of these answers."));
        return false;
    }
    if (currentId() == PreviewPage)
        return m_imported || runImport();
    return true;
}

void MappingWizard::runPreview()
{
    m_valid = false;
    const io::MappingProfile p = profile();
    io::ImportContext context;
    WorkspaceError error;
    if (!m_controller->session()->importContext(&context, &error)) {
        m_summary->setText(error.message);
        return;
    }
    const io::ImportResult result =
        io::parseSurveyExport(m_data, context, io::ImportOptions(), p, QFileInfo(m_path).fileName());
    m_preview->clear();
    m_preview->setRowCount(0);
    if (!result.ok()) {
        m_preview->setColumnCount(3);
        m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
        for (const io::ImportError &e : result.errors) {
            const int row = m_preview->rowCount();
            m_preview->insertRow(row);
            m_preview->setItem(row, 0, cell(e.line > 0 ? QString::number(e.line) : QString()));
            const QString column = result.spreadsheet ? io::columnLetters(e.column) : QString::number(e.column);
            m_preview->setItem(row, 1,
                               cell(e.column > 0 ? QStringLiteral("%1 (%2)").arg(column, e.columnName) : QString()));
            m_preview->setItem(row, 2, cell(e.message));
        }
        m_preview->resizeRowsToContents();
        m_summary->setText(tr("With this mapping the file has %n error(s). Go back to correct the mapping; nothing "
                              "will be imported until then.",
                              nullptr, int(result.errors.size())));
        return;
    }
    // The resulting item scores per department (scoring.md *Item level*).
    const Questionnaire &q = context.questionnaire;
    const QList<const Item *> items = q.flatItems();
    std::map<std::pair<QString, int>, std::pair<int, double>> sums; // (department, item) -> (n, sum)
    for (const auto &a : result.batch.answers) {
        if (!a.applicable)
            continue;
        const auto &department = result.batch.departments[result.batch.respondents[a.respondent].department];
        auto &s = sums[{department.name, a.item}];
        ++s.first;
        s.second += a.level;
    }
    const QString lang = QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    m_preview->setColumnCount(5);
    m_preview->setHorizontalHeaderLabels(
        {tr("Department"), tr("Statement"), tr("Answers"), tr("Mean level"), tr("Score")});
    const QLocale locale;
    for (const auto &[key, s] : sums) {
        const int row = m_preview->rowCount();
        const double mean = s.second / s.first;
        m_preview->insertRow(row);
        m_preview->setItem(row, 0, cell(key.first));
        m_preview->setItem(row, 1, cell(items[key.second]->text.text(lang)));
        m_preview->setItem(row, 2, cell(locale.toString(s.first)));
        m_preview->setItem(row, 3, cell(locale.toString(mean, 'f', 2)));
        m_preview->setItem(row, 4,
                           cell(locale.toString(100.0 * (mean - q.scale.min) / (q.scale.max - q.scale.min), 'f', 1)));
    }
    m_preview->resizeColumnsToContents();
    m_preview->setColumnWidth(1, std::min(m_preview->columnWidth(1), 420));
    m_summary->setText(tr("The file is valid: %1 %2; %3, %4, %5.")
                           .arg(tr("%n answer(s)", nullptr, int(result.batch.answers.size())),
                                tr("of %n respondent(s)", nullptr, int(result.batch.respondents.size())),
                                tr("%n new company(ies)", nullptr, result.newCompanies),
                                tr("%n new department(s)", nullptr, result.newDepartments),
                                tr("%n new round(s)", nullptr, result.newRounds)));
    m_valid = true;
}

bool MappingWizard::runImport()
{
    runPreview(); // the workspace may have changed since the preview
    if (!m_valid)
        return false;
    session::WorkspaceSession *session = m_controller->session();
    if (session->isReadOnly()) {
        m_summary->setText(tr("This workspace is open for reading only; nothing was imported. Open it again for "
                              "editing to import answers."));
        return false;
    }
    const io::MappingProfile p = profile();
    io::ImportContext context;
    WorkspaceError error;
    session::WorkspaceSession::WriteRecord record;
    if (!session->importContext(&context, &error)) {
        m_summary->setText(error.message);
        return false;
    }
    const io::ImportResult result =
        io::parseSurveyExport(m_data, context, io::ImportOptions(), p, QFileInfo(m_path).fileName());
    if (!result.ok() || !session->writeAnswers(result.batch, &record, &error)) {
        m_summary->setText(result.ok() ? error.message : tr("The workspace changed meanwhile; please check again."));
        return false;
    }
    commands::recordWrite(*m_controller,
                          tr("Import of %1 (%n respondent(s))", nullptr, int(record.respondents.size()))
                              .arg(QFileInfo(m_path).fileName()),
                          record);
    m_imported = true;
    if (m_keep->isChecked()) {
        io::MappingProfile kept = p;
        kept.round.clear(); // the next wave has its own round and date
        kept.date.clear();
        if (!session::keepMappingProfile(*session, m_profileName->text(), kept, &error))
            m_summary->setText(
                tr("The answers were imported, but the mapping could not be kept: %1").arg(error.message));
    }
    return true;
}

} // namespace sbr::ui
