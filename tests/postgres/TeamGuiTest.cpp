// File ▸ Connect to team workspace… against the server of run-postgres-tests.sh: the dialog's
// address opens anna's team workspace in the window; the password she types goes to the
// connections and nowhere else (not the title, the recent files, the settings file), and is
// forgotten when the workspace closes; what IT must do is said in words a consultant understands.

#include "TeamTestSupport.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "WorkspaceController.h"
#include "dialogs/TeamConnectDialog.h"
#include "models/NavigatorModel.h"

#include <QFile>
#include <QSettings>

using namespace sbr;
using namespace sbr::teamtest;

namespace {

/// No password for libpq to find (neither PGPASSWORD nor ~/.pgpass) while it lives: the server's
/// question reaches the user.
class NoStoredPassword {
public:
    NoStoredPassword() : m_password(qgetenv("PGPASSWORD")), m_file(qgetenv("PGPASSFILE"))
    {
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
    }
    ~NoStoredPassword()
    {
        qputenv("PGPASSWORD", m_password);
        if (m_file.isEmpty())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", m_file);
    }

private:
    QByteArray m_password, m_file;
};

class TeamGui : public Team {
protected:
    void SetUp() override
    {
        Team::SetUp();
        QSettings().clear();
        ui::Dialogs::takeQuestions();
        ui::Dialogs::collectWarnings(true);
    }
    void TearDown() override
    {
        ui::Dialogs::collectWarnings(false);
        ui::Dialogs::takeWarnings();
    }
    /// The dialog's fields for `login` on the test server (this computer: no encryption needed).
    static ui::TeamConnection fieldsFor(const Login &login)
    {
        ui::TeamConnection c;
        c.host = qEnvironmentVariable("PGHOST");
        c.port = qEnvironmentVariableIntValue("PGPORT");
        c.database = login.database;
        c.user = login.name;
        c.tls = ui::TeamConnection::Tls::Off;
        return c;
    }
    /// The companies in the window's navigator, top level.
    static QStringList navigatorCompanies(ui::MainWindow &window)
    {
        QStringList out;
        ui::NavigatorModel *model = window.navigatorModel();
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->selectionAt(model->index(row, 0)).companyName;
        return out;
    }
};

} // namespace

TEST_F(TeamGui, TheDialogOpensHerTeamWorkspaceWithTheTypedPasswordAndKeepsItNowhere)
{
    NoStoredPassword none;
    ui::MainWindow window;
    ui::TeamConnectDialog dialog(
        [&](const QString &uri, WorkspaceError *error) { return window.connectTeamWorkspace(uri, error); }, QString(),
        &window);
    dialog.setConnection(fieldsFor(anna));
    ui::Dialogs::queueAnswers({u"falsch"_s, anna.password});
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();
    const QString uri = u"postgresql://%1@%2:%3/%4?sslmode=disable"_s.arg(
        anna.name, qEnvironmentVariable("PGHOST"), qEnvironmentVariable("PGPORT"), anna.database);
    EXPECT_EQ(dialog.openedUri(), uri);
    const QStringList questions = ui::Dialogs::takeQuestions();
    ASSERT_EQ(questions.size(), 2);
    EXPECT_TRUE(questions[0].contains(u"asks for the password of %1"_s.arg(anna.name))) << questions[0].toStdString();
    EXPECT_TRUE(questions[1].contains(u"did not accept this password"_s)) << questions[1].toStdString();

    // Her client, and only hers, in the window named after the database and the server.
    EXPECT_EQ(navigatorCompanies(window), QStringList{names[0]});
    EXPECT_EQ(window.windowTitle(), u"%1 on %2 (team workspace) – Social Business Radar"_s.arg(
                                        anna.database, qEnvironmentVariable("PGHOST")));
    EXPECT_EQ(ui::AppSettings::recentFiles(), QStringList{uri});
    QSettings().sync();
    QFile settings(QSettings().fileName());
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly)) << settings.fileName().toStdString();
    const QByteArray stored = settings.readAll();
    EXPECT_TRUE(stored.contains(anna.database.toUtf8())); // the address is there …
    EXPECT_FALSE(stored.contains(anna.password.toUtf8())) << "the password was written to the settings";
    EXPECT_FALSE(window.windowTitle().contains(anna.password));
    EXPECT_FALSE(window.windowFilePath().contains(anna.password));

    // An import or a workshop connects once more on its own: with her password while the window
    // has the workspace open, and no longer once it is closed.
    WorkspaceError error;
    EXPECT_TRUE(session::WorkspaceSession::openForBulkWrite(uri, &error)) << error.message.toStdString();
    window.controller()->close();
    EXPECT_FALSE(session::WorkspaceSession::openForBulkWrite(uri, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::PasswordNeeded) << error.message.toStdString();

    // From the recent files the password is asked for again.
    ui::Dialogs::queueAnswers({anna.password});
    EXPECT_TRUE(window.openWorkspace(uri)) << ui::Dialogs::takeWarnings().join(u'\n').toStdString();
    EXPECT_EQ(ui::Dialogs::takeQuestions().size(), 1);
    EXPECT_EQ(navigatorCompanies(window), QStringList{names[0]});
}

TEST_F(TeamGui, WhatOnlyItCanMendIsSaidInWordsForTheConsultant)
{
    ui::MainWindow window;
    ui::TeamConnectDialog dialog(
        [&](const QString &uri, WorkspaceError *error) { return window.connectTeamWorkspace(uri, error); }, QString(),
        &window);
    // A database without a workspace (the superuser's password comes from PGPASSWORD).
    const QString empty = test::newDatabase().section(u'/', -1);
    ui::TeamConnection fields = fieldsFor(anna);
    fields.user = qEnvironmentVariable("PGUSER");
    fields.database = empty;
    dialog.setConnection(fields);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.problem(), u"The database %1 on %2 holds no team workspace yet. Ask IT to set it up there with\n"
                                u"sbradar-cli team init postgresql://%3@%2:%4/%1?sslmode=disable"_s.arg(
                                    empty, fields.host, fields.user, qEnvironmentVariable("PGPORT")));

    fields.database = u"gibt_es_nicht"_s;
    dialog.setConnection(fields);
    dialog.accept();
    EXPECT_TRUE(
        dialog.problem().startsWith(u"There is no database \"gibt_es_nicht\" on the server %1."_s.arg(fields.host)))
        << dialog.problem().toStdString();

    // A password typed wrong and then none: not connected, and said so.
    NoStoredPassword none;
    dialog.setConnection(fieldsFor(bob));
    ui::Dialogs::queueAnswers({u"falsch"_s, QString()});
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.problem(), u"Not connected: no password was given."_s);
    EXPECT_FALSE(window.controller()->isOpen());
    EXPECT_TRUE(ui::AppSettings::recentFiles().isEmpty());
}
