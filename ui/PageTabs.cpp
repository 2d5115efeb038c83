#include "PageTabs.h"

#include <QScrollArea>

namespace sbr::ui {

PageTabs::PageTabs(QWidget *parent) : QTabWidget(parent) {}

int PageTabs::addPage(QWidget *page, const QString &label)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true); // as large as the tab, never smaller than the page's minimum
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab moves between the page's fields, not to the frame
    scroll->setWidget(page);
    return addTab(scroll, label);
}

QWidget *PageTabs::widget(int index) const
{
    const auto *scroll = qobject_cast<QScrollArea *>(QTabWidget::widget(index));
    return scroll ? scroll->widget() : nullptr;
}

QWidget *PageTabs::currentWidget() const
{
    return widget(currentIndex());
}

int PageTabs::indexOf(const QWidget *page) const
{
    for (int i = 0; i < count(); ++i)
        if (widget(i) == page)
            return i;
    return -1;
}

void PageTabs::setCurrentWidget(QWidget *page)
{
    if (const int index = indexOf(page); index >= 0)
        setCurrentIndex(index);
}

} // namespace sbr::ui
