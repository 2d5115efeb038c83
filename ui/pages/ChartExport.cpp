#include "ChartExport.h"

#include "Dialogs.h"
#include "charts/Charts.h"
#include "charts/HeatmapWidget.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>

namespace sbr::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sbr::ui::ChartExport", text);
}

template <typename Widget, typename Save, typename Image>
void addActions(Widget *widget, const QString &baseName, Save save, Image image)
{
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *saveAction = new QAction(QCoreApplication::translate("sbr::ui::ChartExport", "Save picture as…"), widget);
    QObject::connect(saveAction, &QAction::triggered, widget, [widget, baseName, save] {
        QString path = Dialogs::saveFileName(
            widget, QCoreApplication::translate("sbr::ui::ChartExport", "Save the chart"),
            QCoreApplication::translate("sbr::ui::ChartExport",
                                        "PNG image, twice the screen resolution (*.png);;SVG vector graphic (*.svg)"),
            QStringLiteral("png"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".png");
        QString error;
        if (!save(path, &error))
            Dialogs::warning(widget, QCoreApplication::translate("sbr::ui::ChartExport", "Save the chart"), error);
    });
    auto *copyAction = new QAction(QCoreApplication::translate("sbr::ui::ChartExport", "Copy picture"), widget);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copyAction, &QAction::triggered, widget,
                     [image] { QGuiApplication::clipboard()->setImage(image()); });
    widget->addAction(saveAction);
    widget->addAction(copyAction);
    widget->setToolTip(
        QCoreApplication::translate("sbr::ui::ChartExport", "Right-click to save or copy %1 as a picture")
            .arg(baseName));
}

charts::ChartStyle styleOf(const charts::HeatmapWidget *h)
{
    return h->chartStyle();
}

} // namespace

bool ChartExport::save(charts::ChartView *view, const QString &path, QString *error)
{
    QChart *chart = view->chart();
    const QSizeF size = view->size();
    bool ok;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        ok = charts::saveSvg(chart, size, path);
    else
        ok = charts::renderImage(chart, size, 2.0).save(path, "PNG");
    if (!ok)
        *error = tr("The picture could not be written to %1. Check that the folder exists and is writable.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}

bool ChartExport::save(charts::HeatmapWidget *heatmap, const QString &path, QString *error)
{
    const QSize size = heatmap->size().expandedTo(heatmap->sizeHint());
    bool ok;
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive))
        ok = charts::saveHeatmapSvg(heatmap->data(), styleOf(heatmap), size, path);
    else
        ok = charts::renderHeatmap(heatmap->data(), styleOf(heatmap), size, 2.0).save(path, "PNG");
    if (!ok)
        *error = tr("The picture could not be written to %1. Check that the folder exists and is writable.")
                     .arg(QDir::toNativeSeparators(path));
    return ok;
}

void ChartExport::attach(charts::ChartView *view, const QString &baseName)
{
    addActions(
        view, baseName, [view](const QString &path, QString *error) { return save(view, path, error); },
        [view] { return charts::renderImage(view->chart(), view->size(), 2.0); });
}

void ChartExport::attach(charts::HeatmapWidget *heatmap, const QString &baseName)
{
    addActions(
        heatmap, baseName, [heatmap](const QString &path, QString *error) { return save(heatmap, path, error); },
        [heatmap] {
            const QSize size = heatmap->size().expandedTo(heatmap->sizeHint());
            return charts::renderHeatmap(heatmap->data(), styleOf(heatmap), size, 2.0);
        });
}

} // namespace sbr::ui
