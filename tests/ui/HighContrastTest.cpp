// High contrast: the workbench's own scheme (Preferences ▸ High contrast) and a desktop's
// high-contrast palette (white on black) are recognised, ordinary light and dark ones are not;
// the dashboard's charts then draw pure background and text with strong axes, and the marks
// and muted texts keep 7:1.

#include "AppSettings.h"
#include "Theme.h"
#include "UiTestSupport.h"
#include "charts/HeatmapWidget.h"
#include "dialogs/PreferencesDialog.h"
#include "pages/DashboardPage.h"

#include <QApplication>
#include <QComboBox>
#include <QStyle>

using namespace sbr;
using namespace sbr::test;
using ui::theme::contrastRatio;

namespace {

const QString kWeber = QStringLiteral("Weber Maschinenbau GmbH");

/// A desktop's high-contrast scheme of the other polarity: white (and yellow links) on black.
QPalette whiteOnBlack()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x1A, 0xEB, 0xFF));
    p.setColor(QPalette::HighlightedText, Qt::black);
    return p;
}

class HighContrastTest : public WindowTest {
protected:
    void TearDown() override
    {
        ui::PreferencesDialog::applyTheme(int(ui::AppSettings::Theme::Light));
        QApplication::processEvents();
    }
    const charts::HeatmapWidget *shownHeatmap()
    {
        window->resize(1280, 800);
        window->show();
        selectNode({kWeber, QStringLiteral("2026-Q3")});
        window->pages()->setCurrentWidget(window->dashboardPage());
        QApplication::processEvents();
        return window->dashboardPage()->findChild<charts::HeatmapWidget *>();
    }
};

} // namespace

TEST(HighContrastPalette, OnlyHighContrastSchemesAreTakenForOne)
{
    EXPECT_TRUE(ui::theme::isHighContrast(ui::theme::highContrastPalette()));
    EXPECT_TRUE(ui::theme::isHighContrast(whiteOnBlack()));
    ui::PreferencesDialog::applyTheme(int(ui::AppSettings::Theme::Light));
    EXPECT_FALSE(ui::theme::isHighContrast(QApplication::palette())) << "black on light grey, pale blue highlight";
    ui::PreferencesDialog::applyTheme(int(ui::AppSettings::Theme::Dark));
    EXPECT_FALSE(ui::theme::isHighContrast(QApplication::palette()));
    ui::PreferencesDialog::applyTheme(int(ui::AppSettings::Theme::Light));

    // The scheme itself: text 21:1, disabled text and frames 7:1, the highlight 7:1 on white and
    // its text readable on it.
    const QPalette p = ui::theme::highContrastPalette();
    EXPECT_GE(contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base)), 20.9);
    EXPECT_GE(contrastRatio(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base)), 7.0);
    EXPECT_GE(contrastRatio(p.color(QPalette::Mid), p.color(QPalette::Window)), 7.0);
    EXPECT_GE(contrastRatio(p.color(QPalette::Highlight), p.color(QPalette::Base)), 7.0);
    EXPECT_GE(contrastRatio(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)), 7.0);
    EXPECT_GE(contrastRatio(ui::theme::mutedText(p), p.color(QPalette::Base)), 7.0);
}

TEST_F(HighContrastTest, ThePreferencesOfferItAndTheChartsFollowIt)
{
    ui::PreferencesDialog dialog(controller());
    auto *themes = dialog.findChild<QComboBox *>();
    ASSERT_NE(themes, nullptr);
    ASSERT_EQ(themes->count(), 4);
    EXPECT_EQ(themes->itemText(int(ui::AppSettings::Theme::HighContrast)), QStringLiteral("High contrast"));
    themes->setCurrentIndex(int(ui::AppSettings::Theme::HighContrast));
    dialog.accept();
    EXPECT_EQ(ui::AppSettings::theme(), ui::AppSettings::Theme::HighContrast);
    EXPECT_TRUE(ui::theme::isHighContrast(QApplication::palette()));

    const charts::HeatmapWidget *heatmap = shownHeatmap();
    ASSERT_NE(heatmap, nullptr);
    const charts::ChartStyle style = heatmap->chartStyle();
    EXPECT_TRUE(style.highContrast);
    EXPECT_EQ(style.background(), QColor(Qt::white));
    EXPECT_EQ(style.foreground(), QColor(Qt::black));
    EXPECT_GE(contrastRatio(style.mutedText(), style.background()), 7.0) << "no grey secondary text";
    EXPECT_GE(contrastRatio(style.gridColor(), style.background()), 7.0) << "axes and rings";
    EXPECT_GT(style.lineWidth(false), charts::ChartStyle{}.lineWidth(false));
    // The picture itself: the table's background is pure white.
    EXPECT_EQ(const_cast<charts::HeatmapWidget *>(heatmap)->grab().toImage().pixelColor(1, 1), QColor(Qt::white));
}

TEST_F(HighContrastTest, ADesktopSchemeOfWhiteOnBlackIsFollowedToo)
{
    ui::PreferencesDialog::applyTheme(int(ui::AppSettings::Theme::System));
    QApplication::setPalette(whiteOnBlack()); // as the desktop hands it over
    const charts::HeatmapWidget *heatmap = shownHeatmap();
    ASSERT_NE(heatmap, nullptr);
    const charts::ChartStyle style = heatmap->chartStyle();
    EXPECT_TRUE(style.highContrast);
    EXPECT_EQ(style.background(), QColor(Qt::black));
    EXPECT_EQ(style.foreground(), QColor(Qt::white));
    EXPECT_GE(contrastRatio(style.gridColor(), style.background()), 7.0);
    // A department waiting for its first round is muted, yet at 7:1 on this scheme.
    EXPECT_GE(contrastRatio(ui::theme::mutedText(QApplication::palette()), QColor(Qt::black)), 7.0);
}
