// scoring.md *Anonymity* in the workbench: the dashboard's heatmap and the presentation of a
// department's recorded answers show "too few respondents" (or, for a department hidden only to
// protect another, "hidden to protect another department") exactly where `score --json
// --anonymous` (the same document, written by io::writeScoreJson) says "hidden": true, and follow
// a change of the threshold at once.

#include "Dialogs.h"
#include "UiTestSupport.h"
#include "charts/ChartData.h"
#include "dialogs/PreferencesDialog.h"
#include "io/ScoreJson.h"
#include "pages/DashboardPage.h"
#include "presentation/PresentationWindow.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>

using namespace sbr;
using namespace sbr::test;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");

/// The rounds of Weber in the `score --json --anonymous` document of the open workspace.
QJsonArray anonymousRounds(ui::WorkspaceController *c)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    io::writeScoreJson(c->anonymousReport(), c->questionnaire(), out);
    for (const QJsonValue &company : QJsonDocument::fromJson(out.data()).object().value(u"companies").toArray())
        if (company.toObject().value(u"name").toString() == kWeber)
            return company.toObject().value(u"rounds").toArray();
    return {};
}

class AnonymousViews : public WindowTest {
protected:
    /// Per round: the dashboard heatmap's rows marked hidden are exactly the JSON's hidden
    /// departments, and those rows carry no number. Returns how many were hidden.
    int expectDashboardMatchesJson(const QJsonArray &rounds);
};

int AnonymousViews::expectDashboardMatchesJson(const QJsonArray &rounds)
{
    int hidden = 0;
    for (const QJsonValue &r : rounds) {
        const QString label = r.toObject().value(u"label").toString();
        selectNode({kWeber, label});
        QCoreApplication::processEvents();
        const charts::HeatmapData &heat = window->dashboardPage()->heatmapData();
        for (const QJsonValue &d : r.toObject().value(u"departments").toArray()) {
            const QString name = d.toObject().value(u"name").toString();
            const int row = int(heat.rows.indexOf(name));
            EXPECT_GE(row, 0) << qPrintable(label) << " " << qPrintable(name);
            if (row < 0)
                continue;
            const bool isHidden = d.toObject().value(u"hidden").toBool();
            const bool marked = row < heat.hiddenRows.size() && heat.hiddenRows[row];
            EXPECT_EQ(marked, isHidden) << qPrintable(label) << " " << qPrintable(name);
            if (isHidden) {
                ++hidden;
                // scoring.md *Anonymity*, rule 2: a department with k or more respondents is hidden
                // only to protect another one, and says so.
                const RoundResult *raw = nullptr;
                for (const CompanyResult &c : controller()->report().companies)
                    for (const RoundResult &rr : c.rounds)
                        if (c.name == kWeber && rr.label == label)
                            raw = &rr;
                EXPECT_TRUE(raw) << qPrintable(label);
                int respondents = 0;
                for (const DepartmentResult &dr : raw ? raw->departments : std::vector<DepartmentResult>{})
                    if (dr.name == name)
                        respondents = dr.respondents;
                const QString shown = heat.hiddenTexts.value(row).isEmpty() ? heat.hiddenText : heat.hiddenTexts[row];
                EXPECT_EQ(shown, respondents >= controller()->anonymityThreshold()
                                     ? QStringLiteral("hidden to protect another department")
                                     : QStringLiteral("too few respondents"))
                    << qPrintable(label) << " " << qPrintable(name) << " " << respondents;
                for (const std::optional<double> &v : heat.values[row])
                    EXPECT_FALSE(v.has_value()) << qPrintable(name);
            }
        }
    }
    return hidden;
}

TEST_F(AnonymousViews, DashboardHidesExactlyWhereTheAnonymousJsonDoes)
{
    EXPECT_EQ(controller()->anonymityThreshold(), 5) << "a new workspace starts at k = 5";
    const int atFive = expectDashboardMatchesJson(anonymousRounds(controller()));
    EXPECT_GT(atFive, 0) << "the demo has a small department at k = 5";

    WorkspaceError error;
    ASSERT_TRUE(controller()->session()->setAnonymityThreshold(3, &error)) << qPrintable(error.message);
    QCoreApplication::processEvents();
    const int atThree = expectDashboardMatchesJson(anonymousRounds(controller()));
    EXPECT_LT(atThree, atFive) << "fewer departments are hidden at k = 3";
}

TEST_F(AnonymousViews, PresentationOfAHiddenDepartmentShowsNoAnswers)
{
    const QJsonArray rounds = anonymousRounds(controller());
    QString round, hiddenName, visibleName;
    for (const QJsonValue &r : rounds)
        for (const QJsonValue &d : r.toObject().value(u"departments").toArray()) {
            const bool isHidden = d.toObject().value(u"hidden").toBool();
            if (isHidden && hiddenName.isEmpty()) {
                round = r.toObject().value(u"label").toString();
                hiddenName = d.toObject().value(u"name").toString();
            }
        }
    ASSERT_FALSE(hiddenName.isEmpty());
    EXPECT_EQ(findNode(window->navigatorModel(), {kWeber, round, hiddenName}).siblingAtColumn(1).data().toString(),
              QString())
        << "the navigator beside the dashboard shows no index of a hidden department";
    for (const QJsonValue &r : rounds)
        if (r.toObject().value(u"label").toString() == round)
            for (const QJsonValue &d : r.toObject().value(u"departments").toArray())
                if (!d.toObject().value(u"hidden").toBool() && visibleName.isEmpty())
                    visibleName = d.toObject().value(u"name").toString();

    selectNode({kWeber, round, hiddenName});
    ui::PresentationWindow hidden(controller(), window->selection(), nullptr, QString());
    for (int item = 0; item < controller()->questionnaire().itemCount(); ++item) {
        const ui::PresentationWindow::ItemView v = hidden.itemView(item);
        EXPECT_TRUE(v.tooFew && v.departmentHidden) << qPrintable(hiddenName) << " item " << item;
        EXPECT_EQ(v.votes, 0) << "not even the number of answers of a hidden department";
    }
    if (visibleName.isEmpty())
        return;
    selectNode({kWeber, round, visibleName});
    ui::PresentationWindow visible(controller(), window->selection(), nullptr, QString());
    EXPECT_FALSE(visible.itemView(0).departmentHidden) << qPrintable(visibleName);
}

// Preferences refuse a threshold outside 3..50 with a message instead of keeping the old one
// silently, and stay open.
TEST_F(AnonymousViews, PreferencesRefuseAThresholdOutsideThreeToFifty)
{
    ui::PreferencesDialog dialog(controller(), window.get());
    auto *box = dialog.findChild<QSpinBox *>();
    ASSERT_NE(box, nullptr);
    ui::Dialogs::collectWarnings(true);
    for (int k : {2, 51}) {
        box->setValue(k);
        dialog.accept();
        EXPECT_EQ(controller()->anonymityThreshold(), 5) << k;
        EXPECT_EQ(dialog.result(), 0) << "the dialog stays open for " << k;
        const QStringList warnings = ui::Dialogs::takeWarnings();
        ASSERT_EQ(warnings.size(), 1) << k;
        EXPECT_TRUE(warnings.first().contains(QStringLiteral("from 3 to 50"))) << qPrintable(warnings.first());
    }
    ui::Dialogs::collectWarnings(false);
    box->setValue(7);
    dialog.accept();
    EXPECT_EQ(controller()->anonymityThreshold(), 7);
}

} // namespace
