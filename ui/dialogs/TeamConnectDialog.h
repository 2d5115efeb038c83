#pragma once
// File ▸ Connect to team workspace…: server, port, database, login and encryption of a team
// workspace on PostgreSQL, made into its address (formats.md *Team workspace*), and the way in:
// the password comes from ~/.pgpass or PGPASSWORD; when the server asks for one and none is known,
// the user is asked for it, and it goes to the connection only (never into the address, the title,
// the recent files or the settings).

#include "domain/WorkspaceError.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sbr::ui {

/// What the dialog asks for. uri() makes the address of it; fromUri() reads one back.
struct TeamConnection {
    enum class Tls {
        Require,    ///< encrypted (sslmode=require)
        VerifyFull, ///< encrypted, the server's name and certificate checked against `caFile`
        Off,        ///< not encrypted: only for a server on this computer (localhost)
    };
    QString host;
    int port = 5432;
    QString database;
    QString user;
    Tls tls = Tls::Require;
    QString caFile; ///< with VerifyFull: the CA certificate (PEM) the server's must be signed by

    /// postgresql://user@host:port/database?sslmode=…[&sslrootcert=…], never with a password.
    /// Empty with *problem (a sentence for the user) when a field is missing, the CA file does not
    /// exist, or encryption is off for a server that is not this computer.
    QString uri(QString *problem) const;
    /// The fields of a team workspace's address; false when `uri` is none.
    static bool fromUri(const QString &uri, TeamConnection *out);
    /// True for the names of this computer (localhost, 127.0.0.1, ::1).
    static bool isLocalHost(const QString &host);
};

/// Opens a team workspace with a password (empty: the one libpq finds); false with *error.
using TeamOpener = std::function<bool(const QString &password, WorkspaceError *error)>;

/// Opens through `open`, asking for the password (Dialogs::askPassword) while the server wants
/// one it does not have or refused the one given; false with *error otherwise (Cancelled when the
/// user gave none). The password lives only in this call and the connection it is handed to.
bool connectWithPassword(QWidget *parent, const QString &uri, const TeamOpener &open, WorkspaceError *error);

/// `error` of opening the team workspace `uri`, in words for the consultant at the workbench (who
/// asks IT for what only IT can do).
QString teamOpenProblem(const QString &uri, const WorkspaceError &error);

class TeamConnectDialog : public QDialog {
    Q_OBJECT
public:
    /// Opens the address the user entered with `opener` (uri → true, or false with *error); the
    /// dialog stays open and says why when it fails. Starts with the fields of `last` (an address).
    TeamConnectDialog(std::function<bool(const QString &uri, WorkspaceError *error)> opener, const QString &last,
                      QWidget *parent = nullptr);

    void setConnection(const TeamConnection &connection);
    TeamConnection connection() const;
    /// The address opened, after the dialog was accepted.
    QString openedUri() const { return m_opened; }
    /// The sentence shown under the fields (why the last attempt failed), empty when none.
    QString problem() const;

    void accept() override;

private:
    void updateTls();

    std::function<bool(const QString &, WorkspaceError *)> m_connect;
    QLineEdit *m_host, *m_database, *m_user, *m_caFile;
    QSpinBox *m_port;
    QComboBox *m_tls;
    QPushButton *m_chooseCa;
    QLabel *m_problem;
    QString m_opened;
};

} // namespace sbr::ui
