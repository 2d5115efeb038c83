#pragma once
// The workbench's pages as tabs, each page inside a scroll area of its own: in a small window
// (1024×700) a page that needs more room than there is scrolls instead of being squashed, and
// no single page's minimum size decides how small the window may be.
//
// widget(), currentWidget(), indexOf() and setCurrentWidget() speak of the pages themselves,
// never of the scroll areas around them (they hide QTabWidget's functions of the same name,
// so call them through a PageTabs pointer). Owned by the main window.

#include <QTabWidget>

namespace sbr::ui {

class PageTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit PageTabs(QWidget *parent = nullptr);

    /// Adds `page` (taking ownership) as the last tab, labelled `label`; its index.
    int addPage(QWidget *page, const QString &label);

    /// The page of tab `index`; nullptr when there is no such tab.
    QWidget *widget(int index) const;
    QWidget *currentWidget() const;
    /// The tab of `page`; -1 when it is not one of the pages.
    int indexOf(const QWidget *page) const;
    void setCurrentWidget(QWidget *page);
};

} // namespace sbr::ui
