#include "ImportDialog.h"

#include "WorkspaceController.h"
#include "commands/Commands.h"
#include "io/CsvReader.h"
#include "io/TemplateSheet.h"
#include "io/XlsxSheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace sbr::ui {

ImportDialog::ImportDialog(WorkspaceController *controller, const QString &path, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_path(path), m_summary(new QLabel), m_preview(new QTableWidget),
      m_errors(new QTableWidget), m_sheet(new QComboBox),
      m_replace(new QCheckBox(tr("&Replace the answers of respondents already recorded"))),
      m_ignoreUnknown(new QCheckBox(tr("I&gnore columns that are neither keys nor items"))),
      m_progress(new QProgressBar), m_import(new QPushButton(tr("&Import"))), m_cancel(new QPushButton(tr("&Cancel"))),
      m_close(new QPushButton(tr("Close")))
{
    setWindowTitle(tr("Import answers – %1").arg(QFileInfo(path).fileName()));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_errors->setColumnCount(3);
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->setSelectionMode(QAbstractItemView::SingleSelection);
    m_errors->setToolTip(tr("Click a problem to see its cell in the rows above."));
    m_errors->setWordWrap(true);
    m_errors->setAccessibleName(tr("Problems found in the file"));
    m_progress->setRange(0, 100);
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_replace, &QCheckBox::toggled, this, &ImportDialog::check);
    connect(m_ignoreUnknown, &QCheckBox::toggled, this, &ImportDialog::check);
    connect(m_errors, &QTableWidget::currentCellChanged, this, [this](int row) { showError(row); });
    connect(m_errors, &QTableWidget::cellClicked, this, [this](int row) { showError(row); });

    auto *layout = new QVBoxLayout(this);
    auto *sheetRow = new QHBoxLayout;
    auto *sheetLabel = new QLabel(tr("&Sheet:"));
    sheetLabel->setBuddy(m_sheet);
    sheetLabel->hide();
    m_sheet->hide();
    sheetRow->addWidget(sheetLabel);
    sheetRow->addWidget(m_sheet, 1);
    layout->addLayout(sheetRow);
    m_sheet->setAccessibleName(tr("Sheet of the workbook to import"));
    layout->addWidget(new QLabel(tr("First rows of %1:").arg(QDir::toNativeSeparators(path))));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_replace);
    layout->addWidget(m_ignoreUnknown);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 2);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(900, 640);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        m_errors->hide();
        m_progress->hide();
        m_cancel->setEnabled(false);
        return;
    }
    m_data = file.readAll();
    m_spreadsheet = io::looksLikeWorkbook(m_data);
    // A workbook with several sheets: the answers may be on any of them (the first one often
    // holds instructions).
    const QStringList sheets = m_spreadsheet ? io::xlsxSheetNames(m_data) : QStringList();
    m_sheet->addItems(sheets);
    if (sheets.size() > 1) { // an answer workbook of Distribute questionnaire: start on its answers
        io::SheetTable first;
        QList<io::SheetError> ignored;
        if (io::readXlsxSheet(m_data, sheets.first(), &first, &ignored))
            if (const QString answers = io::templateAnswerSheet(first); sheets.contains(answers))
                m_sheet->setCurrentText(answers);
    }
    sheetLabel->setVisible(sheets.size() > 1);
    m_sheet->setVisible(sheets.size() > 1);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        showPreview();
        check();
    });
    showPreview();
    check();
}

ImportDialog::~ImportDialog()
{
    m_stop = true;
    if (m_worker)
        m_worker->wait();
}

QList<QPair<int, QStringList>> ImportDialog::readRows(int firstRows, const QSet<int> &lines) const
{
    QList<QPair<int, QStringList>> rows;
    const auto wanted = [&](int line) { return rows.size() < firstRows || lines.contains(line); };
    const auto done = [&](int line) {
        if (rows.size() < firstRows)
            return false;
        for (int l : lines)
            if (l > line)
                return false;
        return true;
    };
    if (m_spreadsheet) {
        io::SheetTable table;
        QList<io::SheetError> problems;
        io::readXlsxSheet(m_data, m_sheet->currentText(), &table, &problems);
        for (const io::SheetTable::Row &r : table.rows) {
            if (!wanted(r.number)) {
                if (done(r.number))
                    break;
                continue;
            }
            QStringList row;
            for (const std::string &cell : r.cells)
                row.append(QString::fromStdString(cell));
            rows.append({r.number, row});
        }
        return rows;
    }
    io::CsvReader csv(m_data);
    while (csv.next()) {
        if (!wanted(csv.line())) {
            if (done(csv.line()))
                break;
            continue;
        }
        QStringList row;
        for (int i = 0; i < csv.fieldCount(); ++i)
            row.append(QString::fromUtf8(csv.field(i).data(), qsizetype(csv.field(i).size())));
        rows.append({csv.line(), row});
    }
    return rows;
}

void ImportDialog::showPreview(const QSet<int> &errorLines)
{
    // Line numbers as the error list counts them: physical lines of a text file, row numbers of
    // a worksheet (the header is the first row shown).
    const QList<QPair<int, QStringList>> rows = readRows(11, errorLines);
    if (rows.isEmpty()) {
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    int columns = 0;
    for (const auto &r : rows)
        columns = std::max(columns, int(r.second.size()));
    QStringList headers = rows.first().second;
    for (int c = int(headers.size()); c < columns; ++c)
        headers.append(QString());
    for (int c = 0; c < columns; ++c) // the column as the error list names it
        headers[c] =
            QStringLiteral("%1\n%2").arg(m_spreadsheet ? io::columnLetters(c + 1) : QString::number(c + 1), headers[c]);
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(columns);
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(rows.size()) - 1);
    QStringList lines;
    for (int r = 1; r < rows.size(); ++r) {
        lines.append(QString::number(rows[r].first));
        for (int c = 0; c < rows[r].second.size(); ++c)
            m_preview->setItem(r - 1, c, new QTableWidgetItem(rows[r].second[c]));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->setProperty("headerLine", rows.first().first);
    m_preview->resizeColumnsToContents();
}

void ImportDialog::showError(int index)
{
    if (index < 0 || index >= m_lastErrors.size())
        return;
    const io::ImportError &e = m_lastErrors[index];
    const int column = e.column - 1;
    if (e.line == m_preview->property("headerLine").toInt()) { // a header error: its column
        if (column >= 0 && column < m_preview->columnCount()) {
            m_preview->selectColumn(column);
            m_preview->scrollToItem(m_preview->item(0, column));
        }
        return;
    }
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const QTableWidgetItem *header = m_preview->verticalHeaderItem(row);
        if (!header || header->text() != QString::number(e.line))
            continue;
        if (column >= 0 && column < m_preview->columnCount()) {
            m_preview->setCurrentCell(row, column);
            if (!m_preview->item(row, column))
                m_preview->setItem(row, column, new QTableWidgetItem);
            m_preview->item(row, column)->setSelected(true);
        } else {
            m_preview->selectRow(row);
        }
        m_preview->scrollTo(m_preview->model()->index(row, std::max(column, 0)));
        return;
    }
}

void ImportDialog::setBusy(bool busy, const QString &what)
{
    m_import->setEnabled(!busy && m_valid);
    m_cancel->setEnabled(busy);
    m_replace->setEnabled(!busy);
    m_ignoreUnknown->setEnabled(!busy);
    m_sheet->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_progress->setValue(0);
    if (busy)
        m_summary->setText(what);
}

io::ImportOptions ImportDialog::importOptions() const
{
    io::ImportOptions options;
    options.replace = m_replace->isChecked();
    options.ignoreUnknownColumns = m_ignoreUnknown->isChecked();
    options.sheet = m_sheet->currentText();
    // Advice in messages names the check boxes of this dialog, not options of the command line.
    options.ignoreUnknownAdvice = tr("the option \u201C%1\u201D").arg(m_ignoreUnknown->text().remove(u'&'));
    options.replaceAdvice = tr("the option \u201C%1\u201D").arg(m_replace->text().remove(u'&'));
    return options;
}

void ImportDialog::check()
{
    if (m_worker)
        return;
    io::ImportContext context;
    WorkspaceError error;
    if (!m_controller->session()->importContext(&context, &error)) {
        m_summary->setText(error.message);
        return;
    }
    m_valid = false;
    m_stop = false;
    setBusy(true, tr("Checking the file…"));
    io::ImportOptions options = importOptions();
    options.progress = [this](double share) {
        QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, int(share * 100)));
        return !m_stop.load();
    };
    const QByteArray bytes = m_data;
    m_worker = QThread::create([this, bytes, context = std::move(context), options] {
        io::ImportResult result = io::parseAnswersFile(bytes, context, options);
        QMetaObject::invokeMethod(
            this, [this, result = std::move(result)] { checkFinished(result); }, Qt::QueuedConnection);
    });
    watch(m_worker);
}

void ImportDialog::watch(QThread *worker)
{
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}

void ImportDialog::workerDone()
{
    // The worker's last act was to queue the result: it is about to end.
    if (m_worker)
        m_worker->wait();
    m_worker = nullptr;
}

void ImportDialog::checkFinished(const io::ImportResult &result)
{
    workerDone();
    m_errors->setRowCount(0);
    m_valid = result.ok() && !result.cancelled;
    if (result.cancelled) {
        setBusy(false, {});
        m_summary->setText(tr("The check was cancelled."));
        emit checked(false);
        return;
    }
    m_lastErrors = result.errors;
    QSet<int> errorLines;
    for (const io::ImportError &e : result.errors) {
        const int row = m_errors->rowCount();
        errorLines.insert(e.line);
        m_errors->insertRow(row);
        m_errors->setItem(row, 0, new QTableWidgetItem(e.line > 0 ? QString::number(e.line) : QString()));
        const QString column = m_spreadsheet ? io::columnLetters(e.column) : QString::number(e.column);
        m_errors->setItem(
            row, 1,
            new QTableWidgetItem(
                e.column > 0 ? (e.columnName.isEmpty() ? column : QStringLiteral("%1 (%2)").arg(column, e.columnName))
                             : QString()));
        m_errors->setItem(row, 2, new QTableWidgetItem(e.message));
    }
    if (!errorLines.isEmpty())
        showPreview(errorLines); // the rows with errors join the first rows
    m_errors->resizeRowsToContents();
    setBusy(false, {});
    if (m_valid) {
        // One counted text per number, so that each gets its own singular or plural.
        m_summary->setText(tr("The file is valid: %1 %2; %3, %4, %5; %6.")
                               .arg(tr("%n answer(s)", nullptr, int(result.batch.answers.size())),
                                    tr("of %n respondent(s)", nullptr, int(result.batch.respondents.size())),
                                    tr("%n new company(ies)", nullptr, result.newCompanies),
                                    tr("%n new department(s)", nullptr, result.newDepartments),
                                    tr("%n new round(s)", nullptr, result.newRounds),
                                    tr("%n respondent(s) would be replaced", nullptr, result.replacedRespondents)));
        m_errors->hide();
    } else {
        m_errors->show();
        m_summary->setText(result.moreErrors
                               ? tr("The file has errors (the first %1 are listed). Nothing will be imported until "
                                    "they are corrected.")
                                     .arg(result.errors.size())
                               : tr("The file has %n error(s). Nothing will be imported until they are corrected.",
                                    nullptr, int(result.errors.size())));
    }
    m_import->setEnabled(m_valid);
    emit checked(m_valid);
}

void ImportDialog::startImport()
{
    if (m_worker || !m_valid)
        return;
    if (m_controller->session()->isReadOnly()) {
        m_summary->setText(tr("This workspace is open for reading only; nothing was imported. Open it again for "
                              "editing to import answers."));
        return;
    }
    m_stop = false;
    setBusy(true, tr("Importing…"));
    m_import->setEnabled(false);
    const QString workspacePath = m_controller->session()->path();
    const QByteArray bytes = m_data;
    io::ImportOptions options = importOptions();
    // The worker writes through a session of its own (a connection belongs to one thread); the
    // window's session re-reads afterwards and the import becomes one undoable step.
    m_worker = QThread::create([this, workspacePath, bytes, options] {
        WorkspaceError error;
        bool ok = false;
        QString message;
        session::WorkspaceSession::WriteRecord record;
        io::ImportContext context;
        if (auto ws = session::WorkspaceSession::openForBulkWrite(workspacePath, &error);
            ws && ws->importContext(&context, &error)) {
            const io::ImportResult result = io::parseAnswersFile(bytes, context, options);
            if (!result.ok())
                message = tr("The workspace changed meanwhile; please check the file again.");
            else
                ok = ws->writeAnswers(result.batch, &record, &error, [this](double share) {
                    QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection,
                                              Q_ARG(int, int(share * 100)));
                    return !m_stop.load();
                });
            if (ok)
                message = tr("Imported: %1 %2.")
                              .arg(tr("%n answer(s)", nullptr, int(result.batch.answers.size())),
                                   tr("of %n respondent(s)", nullptr, int(result.batch.respondents.size())));
        }
        if (!ok && message.isEmpty())
            message = error.message;
        QMetaObject::invokeMethod(
            this, [this, ok, message, record] { importFinished(ok, message, record); }, Qt::QueuedConnection);
    });
    watch(m_worker);
}

void ImportDialog::importFinished(bool ok, const QString &message, const session::WorkspaceSession::WriteRecord &record)
{
    workerDone();
    setBusy(false, {});
    m_summary->setText(message);
    if (ok) {
        WorkspaceError error;
        m_controller->session()->reload(&error);
        commands::recordWrite(*m_controller,
                              tr("Import of %1 (%n respondent(s))", nullptr, int(record.respondents.size()))
                                  .arg(QFileInfo(m_path).fileName()),
                              record);
        m_import->setEnabled(false);
        m_cancel->setEnabled(false);
        m_close->setText(tr("Close"));
        m_close->setFocus();
    }
    emit imported(ok);
}

void ImportDialog::cancel()
{
    m_stop = true;
}

void ImportDialog::reject()
{
    if (m_worker) { // wait for the background work to stop; it writes nothing once cancelled
        m_stop = true;
        m_worker->wait();
    }
    QDialog::reject();
}

} // namespace sbr::ui
