#pragma once
// A demo workspace in a temporary folder, and a window on it.

#include "MainWindow.h"
#include "WorkspaceController.h"
#include "demo/DemoData.h"
#include "io/QuestionnaireJson.h"
#include "models/NavigatorModel.h"
#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace sbr::test {

inline QString makeDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sbradar"));
    const Questionnaire q = io::defaultQuestionnaire();
    const demo::DemoData data = demo::generate(q);
    storage::StorageError error;
    EXPECT_TRUE(storage::Workspace::create(path, q, &error, &data.batch, &data.targets)) << qPrintable(error.message);
    return path;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

/// The navigator index of company / round label / department by names (invalid if absent).
inline QModelIndex findNode(ui::NavigatorModel *model, const QStringList &names)
{
    QModelIndex parent;
    for (const QString &name : names) {
        QModelIndex found;
        for (int row = 0; row < model->rowCount(parent) && !found.isValid(); ++row) {
            const QModelIndex child = model->index(row, 0, parent);
            const ui::Selection s = model->selectionAt(child);
            const QString own = s.namesDepartment() ? s.departmentName : s.hasRound() ? s.roundLabel : s.companyName;
            if (own == name)
                found = child;
        }
        if (!found.isValid())
            return {};
        parent = found;
    }
    return parent;
}

class WindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        path = makeDemo(dir);
        window = std::make_unique<ui::MainWindow>();
        ASSERT_TRUE(window->openWorkspace(path));
    }
    void selectNode(const QStringList &names)
    {
        const QModelIndex index = findNode(window->navigatorModel(), names);
        ASSERT_TRUE(index.isValid()) << qPrintable(names.join(u'/'));
        window->select(window->navigatorModel()->selectionAt(index));
    }
    ui::WorkspaceController *controller() const { return window->controller(); }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace sbr::test
