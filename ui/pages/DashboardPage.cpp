#include "DashboardPage.h"

#include "LazyRefresh.h"

#include "ScoreCharts.h"
#include "Theme.h"
#include "WorkspaceController.h"
#include "charts/Charts.h"
#include "pages/ChartExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace sbr::ui {

namespace {

QLabel *figure(const QString &accessibleName)
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true); // a narrow window breaks "Percentile 33 among 9 peer companies" into lines
    label->setAccessibleName(accessibleName);
    return label;
}

charts::ChartStyle chartStyle()
{
    charts::ChartStyle style;
    style.locale = QLocale();
    if (QPalette().color(QPalette::Window).lightness() < 100)
        style.theme = charts::ChartStyle::Theme::Dark;
    style.highContrast = theme::isHighContrast(QPalette()); // the desktop's or the workbench's
    return style;
}

} // namespace

DashboardPage::DashboardPage(WorkspaceController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_title(new QLabel), m_index(figure(tr("Readiness index"))),
      m_stage(figure(tr("Stage"))), m_change(figure(tr("Change since the previous round"))),
      m_peers(figure(tr("Position among peers"))), m_compare(new QComboBox), m_departments(new QListWidget),
      m_band(new QCheckBox(tr("Show the peer &band"))), m_radar(new charts::ChartView), m_trend(new charts::ChartView),
      m_heatmap(new charts::HeatmapWidget)
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    QFont huge = m_index->font();
    huge.setPointSizeF(huge.pointSizeF() * 2.2);
    huge.setBold(true);
    m_index->setFont(huge);

    auto *figures = new QHBoxLayout;
    for (QLabel *l : {m_index, m_stage, m_change, m_peers}) {
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        box->addWidget(l);
        figures->addWidget(frame);
    }

    m_compare->setAccessibleName(tr("Round to compare with"));
    m_departments->setAccessibleName(tr("Departments shown on the radar"));
    m_departments->setMaximumHeight(m_departments->fontMetrics().height() * 8);
    m_band->setChecked(true);
    m_band->setToolTip(tr("The peer companies' mean ± one standard deviation in each dimension"));
    auto *controls = new QGridLayout;
    auto *compareLabel = new QLabel(tr("Compare &with:"));
    compareLabel->setBuddy(m_compare);
    auto *departmentsLabel = new QLabel(tr("&Departments on the radar:"));
    departmentsLabel->setBuddy(m_departments);
    controls->addWidget(compareLabel, 0, 0);
    controls->addWidget(m_compare, 0, 1);
    controls->addWidget(m_band, 1, 0, 1, 2);
    controls->addWidget(departmentsLabel, 2, 0, 1, 2);
    controls->addWidget(m_departments, 3, 0, 1, 2);

    // Side by side in the 700 px a window of 1024×700 leaves beside the navigator.
    m_radar->setMinimumSize(320, 320);
    m_trend->setMinimumSize(300, 260);
    m_radar->setAccessibleName(tr("Radar of the dimensions"));
    m_trend->setAccessibleName(tr("Trend over the rounds"));
    m_heatmap->setAccessibleName(tr("Departments and dimensions"));
    ChartExport::attach(m_radar, tr("the radar"));
    ChartExport::attach(m_trend, tr("the trend"));
    ChartExport::attach(m_heatmap, tr("the heatmap"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_radar, 3);
    auto *side = new QVBoxLayout;
    side->addLayout(controls);
    side->addWidget(m_trend, 1);
    top->addLayout(side, 2);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addLayout(figures);
    layout->addLayout(top, 3);
    layout->addWidget(m_heatmap, 2);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_compare, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_departments, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            refresh();
    });
    connect(m_band, &QCheckBox::toggled, this, &DashboardPage::refresh);
    auto *lazy = m_lazy = new LazyRefresh(this, [this] {
        fillControls();
        refresh();
    });
    connect(controller, &WorkspaceController::scoresChanged, this, [this, lazy](const session::ScoreChange &c) {
        if (c.touchesCompany(m_selection.company))
            lazy->request();
    });
    connect(controller, &WorkspaceController::languageChanged, lazy, &LazyRefresh::request);
    connect(controller, &WorkspaceController::settingChanged, lazy, &LazyRefresh::request);
}

const RoundResult *DashboardPage::currentRound() const
{
    // What people may see (scoring.md *Anonymity*): the dashboard is shown on projectors too.
    const CompanyResult *c = m_controller->shownCompany(m_selection.companyName);
    if (!c || c->rounds.empty())
        return nullptr;
    if (m_selection.hasRound())
        return m_controller->shownRound(m_selection.companyName, m_selection.roundLabel);
    return &c->rounds.back(); // a company alone: its latest round
}

void DashboardPage::setSelection(const Selection &selection)
{
    m_selection = selection;
    m_lazy->request(); // the controls and charts of the new selection, once the page is seen
}

void DashboardPage::fillControls()
{
    m_filling = true;
    const QString previousCompare = m_compare->currentText();
    QStringList checked;
    for (int i = 0; i < m_departments->count(); ++i)
        if (m_departments->item(i)->checkState() == Qt::Checked)
            checked.append(m_departments->item(i)->text());
    m_compare->clear();
    m_departments->clear();
    const CompanyResult *c = m_controller->shownCompany(m_selection.companyName);
    const RoundResult *current = currentRound();
    m_compare->addItem(tr("(no comparison)"));
    if (c && current) {
        for (const RoundResult &r : c->rounds)
            if (r.label != current->label)
                m_compare->addItem(r.label);
        m_compare->setCurrentIndex(std::max(0, m_compare->findText(previousCompare)));
        for (const DepartmentResult &d : current->departments) {
            auto *item = new QListWidgetItem(d.name, m_departments);
            const bool on = checked.contains(d.name) || d.name == m_selection.departmentName;
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_filling = false;
}

QString DashboardPage::indexText() const
{
    return m_index->text();
}
QString DashboardPage::changeText() const
{
    return m_change->text();
}
const charts::HeatmapData &DashboardPage::heatmapData() const
{
    return m_heatmap->data();
}

void DashboardPage::refresh()
{
    const QString lang = m_controller->language();
    const QLocale locale;
    const RoundResult *r = currentRound();
    const Questionnaire &q = m_controller->questionnaire();
    if (!r) {
        m_title->setText(m_selection.hasCompany() ? tr("%1 has no rounds yet").arg(m_selection.companyName)
                                                  : tr("Choose a company or a round in the navigator"));
        for (QLabel *l : {m_index, m_stage, m_change, m_peers})
            l->clear();
        m_radar->setChart(nullptr);
        m_trend->setChart(nullptr);
        m_heatmap->setData({});
        return;
    }
    m_title->setText(
        tr("%1 – round %2 (%3)").arg(m_selection.companyName, r->label, locale.toString(r->date, QLocale::LongFormat)));
    const AnonymousRound *anonymous = m_controller->anonymousRound(m_selection.companyName, r->label);
    const bool companyHidden = anonymous && anonymous->companyHidden;
    m_index->setText(r->company.index ? locale.toString(*r->company.index, 'f', 1)
                     : companyHidden  ? tr("too few respondents")
                                      : tr("–"));
    m_index->setToolTip(tr("Readiness index 0–100 of the company: the mean of its departments"));
    m_stage->setText(
        r->company.stage ? tr("Stage %1 of 5:\n%2").arg(*r->company.stage).arg(stageName(*r->company.stage, lang))
        : companyHidden
            ? tr("Not shown:\nfewer than %n respondent(s) in the company", nullptr, m_controller->anonymityThreshold())
            : tr("Stage not yet known:\nsome dimension lacks answers"));
    m_change->setText(r->company.delta ? tr("%1 points\nsince the previous round")
                                             .arg((*r->company.delta > 0 ? QStringLiteral("+") : QString()) +
                                                  locale.toString(*r->company.delta, 'f', 1))
                                       : tr("No change to show:\nfirst round or no index before"));
    m_peers->setText(!r->company.index && r->benchmark.peers >= 5
                         ? tr("No percentile yet:\nthe company's index is not known")
                     : r->benchmark.index.percentile
                         ? tr("Percentile %1\namong %2 peer companies")
                               .arg(locale.toString(*r->benchmark.index.percentile, 'f', 0))
                               .arg(r->benchmark.peers)
                         : tr("%n peer company(ies):\ntoo few for a comparison", nullptr, r->benchmark.peers));

    // The same chart data as the PDF report (ui/report/ScoreCharts), so the pictures match.
    const charts::ChartStyle style = chartStyle();
    const CompanyResult *c = m_controller->shownCompany(m_selection.companyName);
    QStringList shown;
    for (int i = 0; i < m_departments->count(); ++i)
        if (m_departments->item(i)->checkState() == Qt::Checked)
            shown.append(m_departments->item(i)->text());
    const RoundResult *compare = m_compare->currentIndex() > 0
                                     ? m_controller->shownRound(m_selection.companyName, m_compare->currentText())
                                     : nullptr;
    // Titled with company and round, so a picture saved or copied from here says what it shows.
    const auto ofRound = [&](const QString &title) {
        return tr("%1 – %2, round %3").arg(title, m_selection.companyName, r->label);
    };
    charts::RadarData radar = report::radarData(q, *c, *r, shown, compare, m_band->isChecked(), lang, anonymous);
    radar.title = ofRound(radar.title);
    m_radar->setChart(charts::makeRadarChart(radar, style));
    charts::TrendData trend = report::trendData(q, *c, lang);
    trend.title = tr("%1 – %2").arg(trend.title, m_selection.companyName);
    m_trend->setChart(charts::makeTrendChart(trend, style));
    charts::HeatmapData heat = report::heatmapData(q, *r, lang, anonymous);
    heat.title = ofRound(heat.title);
    m_heatmap->setStyle(style);
    m_heatmap->setData(heat);
}

void DashboardPage::changeEvent(QEvent *event)
{
    // The charts and the heatmap take their colours from the palette when they are made: a
    // visible page draws them again at once (keeping the chosen departments and comparison),
    // a hidden one when it is shown next.
    if (event->type() == QEvent::PaletteChange && m_lazy) {
        if (isVisible())
            refresh();
        else
            m_lazy->request();
    }
    QWidget::changeEvent(event);
}

} // namespace sbr::ui
