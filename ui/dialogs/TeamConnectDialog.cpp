#include "TeamConnectDialog.h"

#include "Dialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>

namespace sbr::ui {

namespace {

QString sslMode(TeamConnection::Tls tls)
{
    switch (tls) {
    case TeamConnection::Tls::VerifyFull:
        return QStringLiteral("verify-full");
    case TeamConnection::Tls::Off:
        return QStringLiteral("disable");
    case TeamConnection::Tls::Require:
        break;
    }
    return QStringLiteral("require");
}

} // namespace

bool TeamConnection::isLocalHost(const QString &host)
{
    const QString h = host.trimmed().toLower();
    return h == u"localhost" || h == u"::1" || h == u"[::1]" || h.startsWith(u"127.");
}

QString TeamConnection::uri(QString *problem) const
{
    const QString h = host.trimmed(), db = database.trimmed(), login = user.trimmed();
    if (h.isEmpty())
        *problem = TeamConnectDialog::tr("Enter the name of the server, e.g. db.example.org.");
    else if (db.isEmpty())
        *problem = TeamConnectDialog::tr("Enter the database of the team workspace; IT tells you its name.");
    else if (login.isEmpty())
        *problem = TeamConnectDialog::tr("Enter your login on the server.");
    else if (tls == Tls::Off && !isLocalHost(h))
        *problem = TeamConnectDialog::tr(
                       "Without encryption only a server on this computer (localhost) may be used. Choose an "
                       "encrypted connection for %1.")
                       .arg(h);
    else if (tls == Tls::VerifyFull && !QFileInfo(caFile).isFile())
        *problem = TeamConnectDialog::tr(
            "Choose the CA certificate file (.pem) that IT gave you, or the encryption without the "
            "check of the certificate.");
    else
        problem->clear();
    if (!problem->isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(login);
    url.setHost(h);
    url.setPort(port);
    url.setPath(u'/' + db);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode(tls));
    if (tls == Tls::VerifyFull)
        query.addQueryItem(QStringLiteral("sslrootcert"), QFileInfo(caFile).absoluteFilePath());
    url.setQuery(query);
    if (!url.isValid() || url.host().isEmpty()) {
        *problem = TeamConnectDialog::tr("\"%1\" is not the name of a server.").arg(h);
        return {};
    }
    return url.toString();
}

bool TeamConnection::fromUri(const QString &uri, TeamConnection *out)
{
    const QUrl url(uri);
    if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
        return false;
    *out = {};
    out->host = url.host();
    out->port = url.port(5432);
    out->database = url.path().mid(1);
    out->user = url.userName();
    const QUrlQuery query(url);
    const QString mode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    if (mode.startsWith(u"verify"))
        out->tls = Tls::VerifyFull;
    else if ((mode == u"disable" || mode == u"allow" || mode == u"prefer") && isLocalHost(out->host))
        out->tls = Tls::Off;
    out->caFile = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    return true;
}

bool connectWithPassword(QWidget *parent, const QString &uri, const TeamOpener &open, WorkspaceError *error)
{
    TeamConnection where;
    TeamConnection::fromUri(uri, &where);
    QString password;
    while (!open(password, error)) {
        if (error->kind != WorkspaceError::Kind::PasswordNeeded && error->kind != WorkspaceError::Kind::PasswordWrong)
            return false;
        const QString question =
            (error->kind == WorkspaceError::Kind::PasswordWrong && !password.isEmpty()
                 ? TeamConnectDialog::tr("The server %1 did not accept this password. Type the password of %2 again:")
                 : TeamConnectDialog::tr("The server %1 asks for the password of %2:"))
                .arg(where.host, where.user) +
            u'\n' + TeamConnectDialog::tr("It is used for this connection only and is not stored.");
        password = Dialogs::askPassword(parent, TeamConnectDialog::tr("Team workspace: password"), question);
        if (password.isEmpty()) {
            *error = {WorkspaceError::Kind::Cancelled, TeamConnectDialog::tr("Not connected: no password was given.")};
            return false;
        }
    }
    return true;
}

QString teamOpenProblem(const QString &uri, const WorkspaceError &error)
{
    TeamConnection where;
    TeamConnection::fromUri(uri, &where);
    if (error.kind == WorkspaceError::Kind::NotAWorkspace)
        return TeamConnectDialog::tr(
                   "The database %1 on %2 holds no team workspace yet. Ask IT to set it up there with\n"
                   "sbradar-cli team init %3")
            .arg(where.database, where.host, uri);
    return error.message;
}

TeamConnectDialog::TeamConnectDialog(std::function<bool(const QString &, WorkspaceError *)> opener, const QString &last,
                                     QWidget *parent)
    : QDialog(parent), m_connect(std::move(opener)), m_host(new QLineEdit), m_database(new QLineEdit),
      m_user(new QLineEdit), m_caFile(new QLineEdit), m_port(new QSpinBox), m_tls(new QComboBox),
      m_chooseCa(new QPushButton(tr("C&hoose…"))), m_problem(new QLabel)
{
    setWindowTitle(tr("Connect to team workspace"));
    m_host->setPlaceholderText(QStringLiteral("db.example.org"));
    m_port->setRange(1, 65535);
    m_database->setPlaceholderText(QStringLiteral("radar"));
    m_tls->addItems({tr("Encrypted (required)"), tr("Encrypted, the server's certificate checked (CA file)"),
                     tr("Off – only for a server on this computer")});
    m_tls->setToolTip(tr("Ask IT which one: a certificate check protects against a false server in the network."));
    auto *ca = new QHBoxLayout;
    ca->addWidget(m_caFile, 1);
    ca->addWidget(m_chooseCa);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // server messages and names are text, never markup
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->hide();
    auto *note = new QLabel(tr("The password comes from ~/.pgpass. If there is none, you are asked for it when "
                               "connecting; it is never stored."));
    note->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Encryption:"), m_tls);
    auto *caLabel = new QLabel(tr("&CA certificate:"));
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, ca);
    form->addRow(note);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&onnect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamConnectDialog::reject);
    form->addRow(buttons);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &TeamConnectDialog::updateTls);
    connect(m_chooseCa, &QPushButton::clicked, this, [this] {
        const QString file =
            Dialogs::openFileName(this, tr("CA certificate"), tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });

    TeamConnection start;
    if (!TeamConnection::fromUri(last, &start))
        start.user = qEnvironmentVariable("USER");
    setConnection(start);
    setMinimumWidth(460);
}

void TeamConnectDialog::setConnection(const TeamConnection &c)
{
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_database->setText(c.database);
    m_user->setText(c.user);
    m_tls->setCurrentIndex(int(c.tls));
    m_caFile->setText(c.caFile);
    updateTls();
}

TeamConnection TeamConnectDialog::connection() const
{
    TeamConnection c;
    c.host = m_host->text();
    c.port = m_port->value();
    c.database = m_database->text();
    c.user = m_user->text();
    c.tls = TeamConnection::Tls(m_tls->currentIndex());
    c.caFile = m_caFile->text();
    return c;
}

QString TeamConnectDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void TeamConnectDialog::updateTls()
{
    const bool verify = TeamConnection::Tls(m_tls->currentIndex()) == TeamConnection::Tls::VerifyFull;
    m_caFile->setEnabled(verify);
    m_chooseCa->setEnabled(verify);
}

void TeamConnectDialog::accept()
{
    QString problem;
    const QString uri = connection().uri(&problem);
    WorkspaceError error;
    if (!uri.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool opened = m_connect(uri, &error);
        QApplication::restoreOverrideCursor();
        if (opened) {
            m_opened = uri;
            m_problem->hide();
            QDialog::accept();
            return;
        }
        problem = error.kind == WorkspaceError::Kind::Cancelled ? error.message : teamOpenProblem(uri, error);
    }
    m_problem->setText(problem);
    m_problem->show();
}

} // namespace sbr::ui
