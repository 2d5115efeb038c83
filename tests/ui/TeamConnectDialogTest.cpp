// File ▸ Connect to team workspace… without a server: the address the dialog makes of its fields
// (formats.md *Team workspace*), what it refuses, how it asks for a password and what it says when
// no server answers. With a server: tests/postgres/TeamGuiTest.cpp.

#include "dialogs/TeamConnectDialog.h"
#include "AppSettings.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "WorkspaceController.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sbr;
using namespace sbr::ui;

namespace {

TeamConnection anna()
{
    TeamConnection c;
    c.host = QStringLiteral("db.example.org");
    c.database = QStringLiteral("radar");
    c.user = QStringLiteral("anna");
    return c;
}

} // namespace

TEST(TeamConnect, TheFieldsMakeTheAddressWithoutAPassword)
{
    QString problem;
    EXPECT_EQ(anna().uri(&problem), QStringLiteral("postgresql://anna@db.example.org:5432/radar?sslmode=require"));
    EXPECT_TRUE(problem.isEmpty());

    QTemporaryDir dir;
    const QString ca = dir.filePath(QStringLiteral("firmen-ca.pem"));
    QFile file(ca);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    TeamConnection checked = anna();
    checked.port = 6432;
    checked.tls = TeamConnection::Tls::VerifyFull;
    checked.caFile = ca;
    const QString uri = checked.uri(&problem);
    EXPECT_EQ(uri, QStringLiteral("postgresql://anna@db.example.org:6432/radar?sslmode=verify-full&sslrootcert=") + ca);
    TeamConnection back;
    ASSERT_TRUE(TeamConnection::fromUri(uri, &back));
    EXPECT_EQ(back.host, checked.host);
    EXPECT_EQ(back.port, 6432);
    EXPECT_EQ(back.database, checked.database);
    EXPECT_EQ(back.user, checked.user);
    EXPECT_EQ(back.tls, TeamConnection::Tls::VerifyFull);
    EXPECT_EQ(back.caFile, ca);

    TeamConnection local = anna();
    local.host = QStringLiteral("localhost");
    local.tls = TeamConnection::Tls::Off;
    EXPECT_EQ(local.uri(&problem), QStringLiteral("postgresql://anna@localhost:5432/radar?sslmode=disable"));
}

TEST(TeamConnect, WhatCannotBeAnAddressIsRefusedWithWhatToDo)
{
    QString problem;
    TeamConnection plain = anna();
    plain.tls = TeamConnection::Tls::Off; // a server elsewhere without encryption
    EXPECT_TRUE(plain.uri(&problem).isEmpty());
    EXPECT_TRUE(problem.contains(QStringLiteral("only a server on this computer (localhost)"))) << qPrintable(problem);

    TeamConnection unchecked = anna();
    unchecked.tls = TeamConnection::Tls::VerifyFull;
    unchecked.caFile = QStringLiteral("/nowhere/ca.pem");
    EXPECT_TRUE(unchecked.uri(&problem).isEmpty());
    EXPECT_TRUE(problem.contains(QStringLiteral("CA certificate file"))) << qPrintable(problem);

    TeamConnection nameless = anna();
    nameless.database.clear();
    EXPECT_TRUE(nameless.uri(&problem).isEmpty());
    EXPECT_TRUE(problem.contains(QStringLiteral("Enter the database"))) << qPrintable(problem);

    // The dialog says so and stays open; nothing was tried.
    int tries = 0;
    TeamConnectDialog dialog([&](const QString &, WorkspaceError *) { return ++tries > 0; }, QString());
    dialog.setConnection(plain);
    dialog.accept();
    EXPECT_EQ(tries, 0);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("localhost"))) << qPrintable(dialog.problem());
}

TEST(TeamConnect, ThePasswordIsAskedForWhenTheServerWantsOneAndAgainWhenItWasWrong)
{
    QStringList given;
    const TeamOpener server = [&](const QString &password, WorkspaceError *error) {
        given << password;
        if (password == u"geheim")
            return true;
        *error = {password.isEmpty() ? WorkspaceError::Kind::PasswordNeeded : WorkspaceError::Kind::PasswordWrong,
                  QStringLiteral("…")};
        return false;
    };
    const QString uri = QStringLiteral("postgresql://anna@db.example.org:5432/radar?sslmode=require");
    Dialogs::takeQuestions();
    Dialogs::queueAnswers({QStringLiteral("falsch"), QStringLiteral("geheim")});
    WorkspaceError error;
    EXPECT_TRUE(connectWithPassword(nullptr, uri, server, &error)) << qPrintable(error.message);
    EXPECT_EQ(given, (QStringList{QString(), QStringLiteral("falsch"), QStringLiteral("geheim")}));
    const QStringList questions = Dialogs::takeQuestions();
    ASSERT_EQ(questions.size(), 2);
    EXPECT_TRUE(questions[0].startsWith(QStringLiteral("The server db.example.org asks for the password of anna:")))
        << qPrintable(questions[0]);
    EXPECT_TRUE(questions[1].startsWith(QStringLiteral("The server db.example.org did not accept this password.")))
        << qPrintable(questions[1]);
    EXPECT_TRUE(questions[1].contains(QStringLiteral("not stored")));

    // No password given: not connected, and said so.
    given.clear();
    Dialogs::queueAnswers({QString()});
    EXPECT_FALSE(connectWithPassword(nullptr, uri, server, &error));
    EXPECT_EQ(error.kind, WorkspaceError::Kind::Cancelled);
    EXPECT_EQ(error.message, QStringLiteral("Not connected: no password was given."));
    EXPECT_EQ(given, QStringList{QString()});
    Dialogs::takeQuestions();
}

TEST(TeamConnect, AServerThatDoesNotAnswerIsNamedAndNothingIsRemembered)
{
    QSettings().clear();
    MainWindow window;
    TeamConnectDialog dialog(
        [&](const QString &uri, WorkspaceError *error) { return window.connectTeamWorkspace(uri, error); }, QString());
    TeamConnection nowhere = anna();
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 1; // nothing listens there
    nowhere.tls = TeamConnection::Tls::Off;
    dialog.setConnection(nowhere);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problem().startsWith(QStringLiteral("The server 127.0.0.1 cannot be reached (")))
        << qPrintable(dialog.problem());
    EXPECT_TRUE(dialog.problem().contains(QStringLiteral("ask IT whether the server runs")))
        << qPrintable(dialog.problem());
    EXPECT_FALSE(window.controller()->isOpen());
    EXPECT_TRUE(AppSettings::recentFiles().isEmpty());
}
