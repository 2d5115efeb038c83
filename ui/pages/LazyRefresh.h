#pragma once
// Refreshing a page only when someone can see it: a request while the page is hidden (another
// tab) just marks it stale, and it is brought up to date when it is shown again. Typing an
// answer then repaints the grid alone, however many pages the window has.

#include <QEvent>
#include <QObject>
#include <QWidget>

#include <functional>

namespace sbr::ui {

class LazyRefresh : public QObject {
public:
    /// `refresh` runs on request() when `page` is visible, else when it is shown next.
    LazyRefresh(QWidget *page, std::function<void()> refresh)
        : QObject(page), m_page(page), m_refresh(std::move(refresh))
    {
        page->installEventFilter(this);
    }

    void request()
    {
        // A window that is not shown at all (headless use, tests) is kept current at once.
        if (m_page->isVisible() || !m_page->window()->isVisible()) {
            m_stale = false;
            m_refresh();
        } else {
            m_stale = true;
        }
    }

    /// True while a request waits for the page to be shown.
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_refresh();
        }
        return false;
    }

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_stale = false;
};

} // namespace sbr::ui
