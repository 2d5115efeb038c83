#pragma once
// SIGINT, SIGTERM and SIGHUP as a Qt signal, for a headless session that must end cleanly (store
// the votes) when the user presses Ctrl+C or a script stops it. Uses the self-pipe pattern: the
// POSIX handler only writes one byte; the event loop reads it. One instance at a time.

#include <QObject>

class QSocketNotifier;

namespace sbr::workshop {

class TerminationSignals : public QObject {
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    /// Restores the default handlers.
    ~TerminationSignals() override;
    bool isValid() const { return m_notifier != nullptr; }

signals:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sbr::workshop
