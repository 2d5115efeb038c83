#include "PreferencesDialog.h"

#include "Dialogs.h"
#include "commands/Commands.h"

#include "AppSettings.h"
#include "Theme.h"
#include "WorkspaceController.h"
#include "scoring/Anonymity.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPalette>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>

namespace sbr::ui {

PreferencesDialog::PreferencesDialog(WorkspaceController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_theme(new QComboBox), m_target(new QDoubleSpinBox),
      m_anonymity(new QSpinBox), m_perAddress(new QSpinBox)
{
    setWindowTitle(tr("Preferences"));
    m_theme->addItems({tr("As the system"), tr("Light"), tr("Dark"), tr("High contrast")});
    m_theme->setToolTip(tr("High contrast: black on white with a deep blue highlight; charts and marks follow it. "
                           "\"As the system\" follows a high-contrast scheme of the desktop too."));
    m_theme->setCurrentIndex(int(AppSettings::theme()));
    m_target->setRange(0, 100);
    m_target->setDecimals(1);
    m_target->setValue(AppSettings::defaultTarget());
    m_target->setToolTip(tr("75 points correspond to level 3 of 4 on every item."));
    // scoring.md *Anonymity*: k is 3 to 50. The box takes any small number so that a value outside
    // is refused with a message on OK instead of being silently replaced by the old one.
    m_anonymity->setRange(0, 999);
    m_anonymity->setValue(controller->anonymityThreshold());
    m_anonymity->setEnabled(controller->isOpen());
    m_anonymity->setToolTip(tr("Reports and the presentation show departments with fewer respondents as \"too few "
                               "respondents\" instead of their numbers."));

    // One person, one voice (formats.md *Workshop sessions*): the start dialog of a workshop begins with it.
    m_perAddress->setObjectName(QStringLiteral("perAddress"));
    m_perAddress->setRange(0, 50);
    m_perAddress->setSpecialValueText(tr("no limit"));
    m_perAddress->setValue(AppSettings::workshopPerAddress());
    m_perAddress->setToolTip(tr("How many participants of a workshop may join from one phone or network address. "
                                "Raise it when the room shares one address (a guest network behind one router)."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Target of &new companies:"), m_target);
    form->addRow(tr("&Anonymity: at least"), m_anonymity);
    form->addRow(new QLabel(tr("respondents before a department's numbers are shown (stored in the workspace)")));
    form->addRow(tr("Workshop: participants per &address:"), m_perAddress);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    form->addRow(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings::setTheme(AppSettings::Theme(m_theme->currentIndex()));
    AppSettings::setDefaultTarget(m_target->value());
    AppSettings::setWorkshopPerAddress(m_perAddress->value());
    applyTheme(m_theme->currentIndex());
    const int k = m_anonymity->value();
    if (m_controller->isOpen() && (!m_anonymity->hasAcceptableInput() || k < kMinGroupLowest || k > kMinGroupHighest)) {
        Dialogs::warning(this, windowTitle(),
                         tr("The minimum group size must be a number from %1 to %2; the usual value in employee "
                            "surveys is %3.")
                             .arg(kMinGroupLowest)
                             .arg(kMinGroupHighest)
                             .arg(kMinGroupDefault));
        m_anonymity->setFocus();
        m_anonymity->selectAll();
        return;
    }
    // The threshold belongs to the workspace: changed as an undoable step that every view hears of.
    if (m_controller->isOpen() && m_anonymity->value() != m_controller->anonymityThreshold() &&
        !commands::setAnonymityThreshold(*m_controller, m_anonymity->value()))
        return;
    QDialog::accept();
}

void PreferencesDialog::applyTheme(int theme)
{
    static const QPalette systemPalette = QApplication::palette();
    if (theme == int(AppSettings::Theme::Dark)) {
        QApplication::setStyle(theme::createStyle());
        QPalette p;
        p.setColor(QPalette::Window, QColor(45, 45, 48));
        p.setColor(QPalette::WindowText, QColor(230, 230, 230));
        p.setColor(QPalette::Base, QColor(30, 30, 32));
        p.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
        p.setColor(QPalette::Text, QColor(230, 230, 230));
        p.setColor(QPalette::Button, QColor(55, 55, 60));
        p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
        p.setColor(QPalette::Highlight, QColor(0, 114, 178));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
        p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
        p.setColor(QPalette::PlaceholderText, QColor(170, 170, 170)); // hints: 5.9:1 on the window
        p.setColor(QPalette::Link, QColor(0x8A, 0xB4, 0xF8));        // links: 6.5:1 on the window, 7.9:1 on text fields
        p.setColor(QPalette::LinkVisited, QColor(0xC5, 0x8A, 0xF9)); // 5.5:1 and 6.6:1
        QApplication::setPalette(p);
    } else if (theme == int(AppSettings::Theme::HighContrast)) {
        QApplication::setStyle(theme::createStyle());
        QApplication::setPalette(theme::highContrastPalette());
    } else if (theme == int(AppSettings::Theme::Light)) {
        QApplication::setStyle(theme::createStyle());
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setPalette(systemPalette);
    }
}

} // namespace sbr::ui
