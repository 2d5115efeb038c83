#pragma once
// Import of an answers file (CSV, tab-separated text or an .xlsx workbook): shows the first rows,
// checks the whole file in the background (progress, cancel), lists every error of the header and
// the data at once with its line, and writes only a file without errors, all at once. The rows
// with errors join the preview; a click on an error selects its row and column there. The window stays responsive
// meanwhile; the workspace is untouched until the user presses Import and the file is valid.

#include "io/AnswerImport.h"
#include "session/WorkspaceSession.h"

#include <QDialog>

#include <atomic>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace sbr::ui {

class WorkspaceController;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(WorkspaceController *controller, const QString &path, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /// For tests and the window: the state after the last check.
    bool isValid() const { return m_valid; }
    QTableWidget *errorTable() const { return m_errors; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *previewTable() const { return m_preview; }
    /// The worksheet choice of a workbook with several sheets (hidden otherwise).
    QComboBox *sheetBox() const { return m_sheet; }
    /// Selects the row and column of error `index` (of the error table) in the preview.
    void showError(int index);

public slots:
    void check();
    void startImport();
    void cancel();

signals:
    void checked(bool valid);
    void imported(bool ok);

protected:
    void reject() override;

private:
    void showPreview(const QSet<int> &errorLines = {});
    /// The header (first) and the first data rows, plus the rows on `lines`: (line, fields).
    QList<QPair<int, QStringList>> readRows(int firstRows, const QSet<int> &lines) const;
    io::ImportOptions importOptions() const;
    void watch(QThread *worker);
    void workerDone();
    void setBusy(bool busy, const QString &what);
    void checkFinished(const io::ImportResult &result);
    void importFinished(bool ok, const QString &message, const session::WorkspaceSession::WriteRecord &record);

    WorkspaceController *m_controller;
    QString m_path;
    QByteArray m_data;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QTableWidget *m_errors;
    QComboBox *m_sheet;
    QCheckBox *m_replace;
    QCheckBox *m_ignoreUnknown;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_stop{false};
    bool m_valid = false;
    bool m_spreadsheet = false;
    QList<io::ImportError> m_lastErrors;
};

} // namespace sbr::ui
