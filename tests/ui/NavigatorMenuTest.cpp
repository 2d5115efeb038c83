// The navigator's context menu: a right click, the Menu key or Shift+F10 on a company, round or
// department offers the Edit menu's actions for that kind of row and acts on the row clicked,
// not on the one selected before. A company's departments are seen before its first round.

#include "Dialogs.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "WorkspaceActions.h"
#include "commands/Commands.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QMenu>
#include <QTreeView>

using namespace sbr;
using namespace sbr::test;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");
const QString kMarketing = QStringLiteral("Marketing & Kommunikation");

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

class NavigatorMenuTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        window->resize(1280, 800);
        window->show();
        ui::Dialogs::collectWarnings(true);
    }
    void TearDown() override
    {
        EXPECT_EQ(ui::Dialogs::takeWarnings(), QStringList());
        ui::Dialogs::collectWarnings(false);
        ui::Dialogs::queueAnswers({});
    }

    /// Right-clicks the row of `names` as a user does: the row is made visible first.
    QMenu *rightClick(const QStringList &names)
    {
        const QModelIndex index = findNode(window->navigatorModel(), names);
        EXPECT_TRUE(index.isValid()) << qPrintable(names.join(u'/'));
        QTreeView *tree = window->navigator();
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            tree->expand(up);
        tree->scrollTo(index);
        QApplication::processEvents();
        const QPoint pos = tree->visualRect(index).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(tree->viewport(), &event);
        return window->navigatorMenu();
    }

    /// The menu's entries as a user reads them (without the & of the mnemonics).
    static QStringList entries(const QMenu *menu)
    {
        QStringList texts;
        for (const QAction *a : menu->actions())
            if (!a->isSeparator())
                texts << a->text().remove(u'&');
        return texts;
    }

    static QAction *entry(const QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions())
            if (a->text().remove(u'&') == text)
                return a;
        return nullptr;
    }

    QStringList departmentsOf(const QString &company) const
    {
        QStringList names;
        for (const CompanyRow &c : controller()->session()->companies())
            if (c.name == company)
                for (const DepartmentRow &d : controller()->session()->departments(c.id))
                    names << d.name;
        return names;
    }
};

} // namespace

TEST_F(NavigatorMenuTest, EachKindOfRowOffersTheEditMenusActionsForIt)
{
    QMenu *menu = rightClick({kWeber});
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->isVisible());
    EXPECT_EQ(entries(menu), (texts({"New department…", "New round…", "Rename…", "Set target…",
                                     "Conclusions on the round…", "Delete…"})));
    EXPECT_EQ(window->selection().companyName, kWeber);
    EXPECT_FALSE(window->selection().hasRound());
    menu->close();

    menu = rightClick({kWeber, QStringLiteral("2025-Q3")});
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(entries(menu), (texts({"New department…", "New round…", "Rename…", "Change round date…", "Set target…",
                                     "Conclusions on the round…", "Delete…"})));
    EXPECT_EQ(window->selection().roundLabel, QStringLiteral("2025-Q3"));
    menu->close();

    menu = rightClick({kWeber, QStringLiteral("2025-Q3"), kMarketing});
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(entries(menu), (texts({"New department…", "New round…", "Rename…", "Change round date…", "Set target…",
                                     "Conclusions on the round…", "Present and vote…", "Delete…"})));
    EXPECT_EQ(window->selection().departmentName, kMarketing);
    for (const QAction *a : menu->actions())
        EXPECT_TRUE(a->isSeparator() || a->isEnabled()) << qPrintable(a->text());
    menu->close();

    // Below the last row: only a new company.
    QTreeView *tree = window->navigator();
    const QPoint empty(10, tree->viewport()->height() - 3);
    ASSERT_FALSE(tree->indexAt(empty).isValid());
    window->showNavigatorMenu(tree->indexAt(empty), tree->viewport()->mapToGlobal(empty));
    ASSERT_NE(window->navigatorMenu(), nullptr);
    EXPECT_EQ(entries(window->navigatorMenu()), texts({"New company…"}));
}

TEST_F(NavigatorMenuTest, RenameActsOnTheRowClickedNotOnTheOneSelectedBefore)
{
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    QMenu *menu = rightClick({kWeber, QStringLiteral("2026-Q3"), kMarketing});
    ASSERT_NE(menu, nullptr);
    QAction *rename = entry(menu, QStringLiteral("Rename…"));
    ASSERT_NE(rename, nullptr);
    ui::Dialogs::queueAnswers({QStringLiteral("Kommunikation")});
    rename->trigger();
    const QStringList departments = departmentsOf(kWeber);
    EXPECT_TRUE(departments.contains(QStringLiteral("Kommunikation")));
    EXPECT_FALSE(departments.contains(kMarketing));
    EXPECT_TRUE(departments.contains(QStringLiteral("Vertrieb"))); // the row selected before is untouched
    EXPECT_TRUE(findNode(window->navigatorModel(), {kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Kommunikation")})
                    .isValid());

    // A round's rename through its menu renames that round.
    menu = rightClick({kWeber, QStringLiteral("2025-Q1")});
    ASSERT_NE(menu, nullptr);
    ui::Dialogs::queueAnswers({QStringLiteral("2025-Frühjahr")});
    entry(menu, QStringLiteral("Rename…"))->trigger();
    EXPECT_TRUE(findNode(window->navigatorModel(), {kWeber, QStringLiteral("2025-Frühjahr")}).isValid());
    EXPECT_FALSE(findNode(window->navigatorModel(), {kWeber, QStringLiteral("2025-Q1")}).isValid());
    EXPECT_TRUE(findNode(window->navigatorModel(), {kWeber, QStringLiteral("2026-Q3")}).isValid());
}

TEST_F(NavigatorMenuTest, TheMenuKeyAndShiftF10OpenTheMenuOfTheCurrentRow)
{
    selectNode({kWeber, QStringLiteral("2026-Q3")});
    QTreeView *tree = window->navigator();
    // The Menu key: the platform sends a keyboard context menu event to the focused view.
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(0, 0), tree->mapToGlobal(QPoint(0, 0)));
    QApplication::sendEvent(tree, &key);
    ASSERT_NE(window->navigatorMenu(), nullptr);
    EXPECT_TRUE(entries(window->navigatorMenu()).contains(QStringLiteral("Change round date…")));
    EXPECT_EQ(window->selection().roundLabel, QStringLiteral("2026-Q3"));
    window->navigatorMenu()->close();
    QApplication::processEvents();
    EXPECT_EQ(window->navigatorMenu(), nullptr);

    selectNode({kWeber});
    QTest::keyClick(tree, Qt::Key_F10, Qt::ShiftModifier);
    ASSERT_NE(window->navigatorMenu(), nullptr);
    EXPECT_FALSE(entries(window->navigatorMenu()).contains(QStringLiteral("Change round date…")));
    EXPECT_TRUE(entries(window->navigatorMenu()).contains(QStringLiteral("New round…")));
}

TEST_F(NavigatorMenuTest, DepartmentsOfACompanyWithoutRoundsAreShownAndCanBeRenamed)
{
    ui::Dialogs::queueAnswers({QStringLiteral("Neumann Logistik KG")});
    window->actions()->newCompany();
    ASSERT_EQ(window->selection().companyName, QStringLiteral("Neumann Logistik KG"));
    ui::Dialogs::queueAnswers({QStringLiteral("Einkauf")});
    window->actions()->newDepartment();

    // Below the company at once, muted and italic, with the reason in its tooltip.
    const QModelIndex waiting =
        findNode(window->navigatorModel(), {QStringLiteral("Neumann Logistik KG"), QStringLiteral("Einkauf")});
    ASSERT_TRUE(waiting.isValid());
    EXPECT_EQ(waiting.data().toString(), QStringLiteral("Einkauf"));
    EXPECT_TRUE(waiting.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(waiting.data(Qt::ToolTipRole).toString().contains(QStringLiteral("round")));
    const QColor muted = waiting.data(Qt::ForegroundRole).value<QBrush>().color();
    EXPECT_NE(muted, window->navigator()->palette().color(QPalette::Text));
    EXPECT_GE(ui::theme::contrastRatio(muted, window->navigator()->palette().color(QPalette::Base)), 4.5);
    EXPECT_TRUE(waiting.siblingAtColumn(1).data().toString().isEmpty()); // no index without answers

    // Selected, it names the department but no assessment; the menu renames it.
    QMenu *menu = rightClick({QStringLiteral("Neumann Logistik KG"), QStringLiteral("Einkauf")});
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(window->selection().namesDepartment());
    EXPECT_FALSE(window->selection().hasDepartment());
    EXPECT_FALSE(entries(menu).contains(QStringLiteral("Present and vote…")));
    ui::Dialogs::queueAnswers({QStringLiteral("Einkauf & Logistik")});
    entry(menu, QStringLiteral("Rename…"))->trigger();
    EXPECT_EQ(departmentsOf(QStringLiteral("Neumann Logistik KG")), QStringList{QStringLiteral("Einkauf & Logistik")});
    EXPECT_EQ(window->selection().departmentName, QStringLiteral("Einkauf & Logistik"));

    // With the first round the department moves below it, where its answers are entered.
    ASSERT_GT(ui::commands::createRound(*controller(), window->selection().company, QStringLiteral("2026-Q4"),
                                        QDate(2026, 11, 2)),
              0);
    EXPECT_FALSE(findNode(window->navigatorModel(),
                          {QStringLiteral("Neumann Logistik KG"), QStringLiteral("Einkauf & Logistik")})
                     .isValid());
    EXPECT_TRUE(findNode(window->navigatorModel(), {QStringLiteral("Neumann Logistik KG"), QStringLiteral("2026-Q4"),
                                                    QStringLiteral("Einkauf & Logistik")})
                    .isValid());
}
