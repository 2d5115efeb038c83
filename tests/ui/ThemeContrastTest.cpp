// Light, dark and high contrast: on every page each label and each table cell reads with WCAG AA
// contrast (4.5:1; high contrast: AAA, 7:1), the chosen level's description is readable on its
// mark, unticked check boxes stay visible (3:1), and the charts follow the palette when it
// changes while the window is open.

#include "AppSettings.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "charts/ChartView.h"
#include "dialogs/PreferencesDialog.h"
#include "models/AssessmentModel.h"
#include "pages/AssessmentPage.h"
#include "pages/AssessmentView.h"
#include "pages/DashboardPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QStyleOptionButton>
#include <QTabWidget>

using namespace sbr;
using namespace sbr::test;
using ui::theme::contrastRatio;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");

void applyTheme(ui::AppSettings::Theme theme)
{
    ui::PreferencesDialog::applyTheme(int(theme));
    QApplication::processEvents();
}

/// The lowest text contrast among the visible labels and view cells under `root`, and where.
double worstContrast(QWidget *root, QString *where)
{
    double worst = 21;
    auto note = [&](double ratio, const QString &what) {
        if (ratio < worst) {
            worst = ratio;
            *where = what;
        }
    };
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QPalette p = label->palette();
        note(contrastRatio(p.color(label->foregroundRole()), p.color(label->backgroundRole())),
             QStringLiteral("label \"%1\"").arg(label->text().left(40)));
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        if (!view->isVisible() || !view->model())
            continue;
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < std::min(model->rowCount(), 60); ++row)
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                if (index.data().toString().isEmpty())
                    continue;
                const QVariant bg = index.data(Qt::BackgroundRole), fg = index.data(Qt::ForegroundRole);
                const QColor back = bg.isValid() ? bg.value<QBrush>().color() : view->palette().color(QPalette::Base);
                const QColor text = fg.isValid() ? fg.value<QBrush>().color() : view->palette().color(QPalette::Text);
                note(contrastRatio(text, back), QStringLiteral("cell \"%1\"").arg(index.data().toString().left(40)));
            }
    }
    return worst;
}

/// The highest contrast of any pixel in `rect` of `image` against `background`.
double strongestAgainst(const QImage &image, const QRect &rect, const QColor &background)
{
    double best = 1;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            best = std::max(best, contrastRatio(image.pixelColor(x, y), background));
    return best;
}

class ThemeContrastTest : public WindowTest, public ::testing::WithParamInterface<ui::AppSettings::Theme> {
protected:
    void TearDown() override { applyTheme(ui::AppSettings::Theme::Light); }
};

} // namespace

TEST_P(ThemeContrastTest, EveryPageReadsWithAaContrast)
{
    applyTheme(GetParam());
    window->resize(1280, 800);
    window->show();
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    for (int page = 0; page < window->pages()->count(); ++page) {
        window->pages()->setCurrentIndex(page);
        QApplication::processEvents();
        QString where;
        const double worst = worstContrast(window.get(), &where);
        EXPECT_GE(worst, GetParam() == ui::AppSettings::Theme::HighContrast ? 7.0 : 4.5)
            << "page " << page << ": " << qPrintable(where);
    }
}

TEST_P(ThemeContrastTest, ChosenLevelReadsOnItsMark)
{
    applyTheme(GetParam());
    window->resize(1280, 800);
    window->show();
    selectNode({kWeber, QStringLiteral("2026-Q3"), QStringLiteral("Vertrieb")});
    window->pages()->setCurrentWidget(window->assessmentPage());
    QApplication::processEvents();
    ui::AssessmentModel *grid = window->assessmentPage()->model();
    const QModelIndex cell = grid->indexOfItem(2, grid->respondentColumn(0));
    ASSERT_TRUE(grid->setCell(cell, ui::commands::CellValue::of(3)));
    window->assessmentPage()->view()->setCurrentIndex(cell);
    QApplication::processEvents();
    QLabel *levels = nullptr;
    for (QLabel *l : window->assessmentPage()->findChildren<QLabel *>())
        if (l->accessibleName() == QStringLiteral("Level descriptions of the current statement"))
            levels = l;
    ASSERT_NE(levels, nullptr);
    const QImage image = levels->grab().toImage();
    const QColor mark(ui::theme::markBackground(levels->palette()).name()); // as written into the HTML
    // The marked paragraph: the rows whose left margin has the mark colour.
    int top = -1, bottom = -1;
    for (int y = 0; y < image.height(); ++y)
        if (image.pixelColor(4, y).rgb() == mark.rgb()) {
            top = top < 0 ? y : top;
            bottom = y;
        }
    ASSERT_GE(top, 0) << "no marked level description";
    EXPECT_GE(bottom - top, 8);
    EXPECT_GE(strongestAgainst(image, QRect(0, top, image.width(), bottom - top + 1), mark), 4.5);
    // The mark itself stands out from the panel.
    EXPECT_GT(contrastRatio(mark, levels->palette().color(QPalette::Window)), 1.1);
}

TEST_P(ThemeContrastTest, UntickedCheckBoxIsVisible)
{
    applyTheme(GetParam());
    QCheckBox box(QStringLiteral("Show the peer band"));
    box.setChecked(false);
    box.resize(box.sizeHint());
    const QImage image = box.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    ASSERT_TRUE(indicator.isValid());
    EXPECT_GE(strongestAgainst(image, indicator, box.palette().color(QPalette::Window)), 3.0);
}

TEST_P(ThemeContrastTest, ChartsFollowAPaletteChangeAtRunTime)
{
    const bool dark = GetParam() == ui::AppSettings::Theme::Dark;
    const auto other = dark ? ui::AppSettings::Theme::Light : ui::AppSettings::Theme::Dark;
    applyTheme(GetParam());
    window->resize(1280, 800);
    window->show();
    selectNode({kWeber, QStringLiteral("2026-Q3")});
    window->pages()->setCurrentWidget(window->dashboardPage());
    QApplication::processEvents();
    const QList<charts::ChartView *> views = window->dashboardPage()->findChildren<charts::ChartView *>();
    ASSERT_FALSE(views.isEmpty());
    auto background = [&] { return views.first()->grab().toImage().pixelColor(3, 3); };
    const double before = ui::theme::luminance(background());
    EXPECT_EQ(before < 0.2, dark) << "chart background luminance " << before;
    applyTheme(other); // switched while the window is open
    const double after = ui::theme::luminance(background());
    EXPECT_EQ(after < 0.2, !dark) << "chart background luminance after the switch " << after;
    applyTheme(GetParam()); // and back
    EXPECT_EQ(ui::theme::luminance(background()) < 0.2, dark);
}

INSTANTIATE_TEST_SUITE_P(LightDarkAndHighContrast, ThemeContrastTest,
                         ::testing::Values(ui::AppSettings::Theme::Light, ui::AppSettings::Theme::Dark,
                                           ui::AppSettings::Theme::HighContrast),
                         [](const ::testing::TestParamInfo<ui::AppSettings::Theme> &theme) {
                             return theme.param == ui::AppSettings::Theme::Dark           ? "Dark"
                                    : theme.param == ui::AppSettings::Theme::HighContrast ? "HighContrast"
                                                                                          : "Light";
                         });
