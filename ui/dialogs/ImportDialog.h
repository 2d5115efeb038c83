#pragma once
// Import of an answers CSV: shows the first rows, checks the whole file in the background
// (progress, cancel), lists every error with its line, and writes only a file without errors,
// all at once. The window stays responsive meanwhile; the workspace is untouched until the
// user presses Import and the file is valid.

#include "io/AnswerImport.h"
#include "session/WorkspaceSession.h"

#include <QDialog>

#include <atomic>

class QCheckBox;
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
    void showPreview();
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
    QCheckBox *m_replace;
    QCheckBox *m_ignoreUnknown;
    QProgressBar *m_progress;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QThread *m_worker = nullptr;
    std::atomic<bool> m_stop{false};
    bool m_valid = false;
};

} // namespace sbr::ui
