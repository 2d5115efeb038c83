// Times the workbench on a large workspace as a user meets it: start until the dashboard is
// painted, switching the selection until repainted, typing an answer until every page is
// current, and the longest time the GUI thread was busy without returning to its event loop.
//
//   sbradar-gui-bench WORKSPACE.sbradar   (run under xvfb-run or QT_QPA_PLATFORM=offscreen)
//
// Prints one line per measurement ("name value unit") for bench/run-bench.sh. With
// SBR_BENCH_VERBOSE set it also prints each switch (department or round, work before painting,
// total) to stderr.

#include "MainWindow.h"
#include "WorkspaceController.h"
#include "charts/HeatmapWidget.h"
#include "models/AssessmentModel.h"
#include "models/NavigatorModel.h"
#include "pages/AssessmentPage.h"
#include "pages/DashboardPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>
#include <time.h>

using namespace sbr;

namespace {

QElapsedTimer g_clock; // since main() was entered

/// Notices the first paint of a widget.
class PaintProbe : public QObject {
public:
    qint64 firstPaint = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && firstPaint < 0) {
            // The paint event is handled after this filter; measure when the loop returns.
            QTimer::singleShot(0, this, [this] { firstPaint = g_clock.elapsed(); });
        }
        return QObject::eventFilter(watched, event);
    }
};

/// The longest gap between two ticks of a 5 ms timer: how long the GUI thread did not answer.
class StallMonitor : public QObject {
public:
    StallMonitor()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last > 0)
                longest = std::max(longest, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 longest = 0;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
};

/// CPU time of the GUI thread in ms: what a switch costs even when other programs share the cores.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

void report(const char *name, double value, const char *unit)
{
    std::printf("%s %.1f %s\n", name, value, unit);
}

} // namespace

int main(int argc, char *argv[])
{
    g_clock.start();
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: sbradar-gui-bench WORKSPACE.sbradar\n");
        return 2;
    }
    ui::MainWindow window;
    PaintProbe probe;
    // The heatmap is the last thing painted on the dashboard.
    window.dashboardPage()->findChild<charts::HeatmapWidget *>()->installEventFilter(&probe);
    if (!window.openWorkspace(args[1]))
        return 2;
    window.resize(1400, 900);
    window.show();
    while (probe.firstPaint < 0 && g_clock.elapsed() < 20000)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    report("start_to_dashboard", double(probe.firstPaint), "ms");

    // Every department of every round, in a fixed random order.
    QList<ui::Selection> targets;
    ui::NavigatorModel *nav = window.navigatorModel();
    for (int c = 0; c < nav->rowCount(); ++c)
        for (int r = 0; r < nav->rowCount(nav->index(c, 0)); ++r) {
            const QModelIndex round = nav->index(r, 0, nav->index(c, 0));
            targets.append(nav->selectionAt(round));
            for (int d = 0; d < nav->rowCount(round); ++d)
                targets.append(nav->selectionAt(nav->index(d, 0, round)));
        }
    std::mt19937 rng(7);
    std::shuffle(targets.begin(), targets.end(), rng);
    targets = targets.mid(0, 40);

    StallMonitor stalls;
    QList<double> switches, edits, switchWork, editWork; // *Work: before painting
    int step = 0;
    std::function<void()> next = [&] {
        if (step < targets.size()) {
            // Switching: select, let the pages update, paint the window.
            QElapsedTimer t;
            t.start();
            const double cpu = threadCpuMs();
            window.select(targets[step]);
            switchWork.append(ms(t.nsecsElapsed()));
            const double cpuWork = threadCpuMs() - cpu;
            window.repaint();
            switches.append(ms(t.nsecsElapsed()));
            if (qEnvironmentVariableIsSet("SBR_BENCH_VERBOSE"))
                std::fprintf(stderr, "switch %d dept=%d work=%.1f total=%.1f cpu: work=%.1f total=%.1f\n", step,
                             int(targets[step].hasDepartment()), switchWork.last(), switches.last(), cpuWork,
                             threadCpuMs() - cpu);
        } else if (step < targets.size() + 20) {
            // Typing a level in the assessment grid: save, rescore, every page current, painted.
            window.pages()->setCurrentWidget(window.assessmentPage());
            ui::AssessmentModel *model = window.assessmentPage()->model();
            if (!model->selection().hasDepartment() || model->respondents().isEmpty())
                for (const ui::Selection &t : targets)
                    if (t.hasDepartment()) {
                        window.select(t);
                        break;
                    }
            // Showing the grid page is not part of typing: let it be painted first.
            QApplication::processEvents();
            const QModelIndex cell = model->indexOfItem(step % 20, model->respondentColumn(0));
            QElapsedTimer t;
            t.start();
            const int before = window.controller()->undoStack()->count();
            model->setCell(cell,
                           ui::commands::CellValue::of(cell.data(ui::AssessmentModel::LevelRole).toInt() == 4 ? 0 : 4));
            const double work = ms(t.nsecsElapsed());
            window.repaint();
            if (window.controller()->undoStack()->count() == before + 1) { // only edits that really saved count
                edits.append(ms(t.nsecsElapsed()));
                editWork.append(work);
            }
        } else {
            QApplication::quit();
            return;
        }
        ++step;
        QTimer::singleShot(20, &window, next); // back to the event loop between actions
    };
    QTimer::singleShot(100, &window, next);
    app.exec();

    const auto stats = [](QList<double> v, const char *name) {
        std::sort(v.begin(), v.end());
        if (v.isEmpty())
            return;
        report((QByteArray(name) + "_median").constData(), v[v.size() / 2], "ms");
        report((QByteArray(name) + "_max").constData(), v.last(), "ms");
    };
    stats(switches, "switch_selection");
    stats(edits, "edit_answer");
    stats(switchWork, "switch_selection_before_paint");
    stats(editWork, "edit_answer_before_paint");
    report("edits_measured", double(edits.size()), "");
    report("longest_gui_stall", ms(stalls.longest), "ms");
    return 0;
}
