#pragma once
// The dashboard of one company and round: index and stage with the change since the previous
// round, a radar of the dimensions (company, chosen departments, a round to compare with, the
// peer band), the trend over rounds, and the departments × dimensions heatmap with the spread.

#include "Selection.h"
#include "scoring/Scoring.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace sbr::charts {
class ChartView;
class HeatmapWidget;
struct HeatmapData;
} // namespace sbr::charts

namespace sbr::ui {

class WorkspaceController;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    explicit DashboardPage(WorkspaceController *controller, QWidget *parent = nullptr);
    void setSelection(const Selection &selection);

    /// For tests: the texts of the headline figures.
    QString indexText() const;
    QString changeText() const;
    /// For tests: what the heatmap shows (hidden rows read "too few respondents").
    const charts::HeatmapData &heatmapData() const;

protected:
    void changeEvent(QEvent *event) override; ///< a new palette: charts drawn again in its colours

private:
    class LazyRefresh *m_lazy = nullptr;
    void refresh();
    void fillControls();
    const RoundResult *currentRound() const;

    WorkspaceController *m_controller;
    Selection m_selection;
    QLabel *m_title, *m_index, *m_stage, *m_change, *m_peers;
    QComboBox *m_compare;
    QListWidget *m_departments;
    QCheckBox *m_band;
    charts::ChartView *m_radar, *m_trend;
    charts::HeatmapWidget *m_heatmap;
    bool m_filling = false;
};

} // namespace sbr::ui
