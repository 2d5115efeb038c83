#pragma once
// The projector view of a workshop: full screen, large type, high contrast, a colour-blind-safe
// palette. Slides: title (with the voting address and QR code), one per statement with its
// dimension's question and the live vote count, the results radar and a summary of what to
// discuss. Keys: → or Space next, ← back, Home the title, End the summary, R reveal the votes,
// B blank screen, J the join slide (large QR code and short address) on and off, V vote on the
// statement again after a discussion (the first and the second round side by side), Esc leave;
// the same commands are in the slides' context menu.
// With a live session every other slide has the QR code and the short address in a corner, so
// that latecomers can join. The footer shows who joined (of how many expected) and how many
// participants share a network address.
//
// With a live session the statement on the slide is the one open for voting and the histogram
// stays hidden until R; without one the slides show the answers already recorded. A mixed group
// (several departments) shows the total and, beside it, each department's votes (each under the
// anonymity threshold on its own).

#include "Selection.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <optional>

namespace sbr::workshop {
class WorkshopSession;
}

namespace sbr::ui {

class WorkspaceController;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    /// `session` may be null (presenting recorded answers); `url` is shown with its QR code.
    PresentationWindow(WorkspaceController *controller, const Selection &selection, workshop::WorkshopSession *session,
                       const QString &url, QWidget *parent = nullptr);

    /// What a slide shows, for tests and the summary.
    struct ItemView {
        int item = -1;
        QList<int> histogram; ///< per level, scale.min..max
        int votes = 0;
        bool revealed = false;
        bool tooFew = false;
        /// The recorded department is hidden (scoring.md *Anonymity*): "too few respondents".
        bool departmentHidden = false;
        bool disagree = false;
        std::optional<double> mean;
        /// Voted on again: the first round's votes per level; `histogram` is the final votes.
        QList<int> firstRound;
        int firstVotes = 0;
        int revoters = 0; ///< participants who voted since the statement was reopened
        /// A mixed group: the same for each department (empty otherwise).
        struct Department {
            QString name;
            QList<int> histogram;
            int votes = 0;
            bool tooFew = false;
            std::optional<double> mean;
        };
        QList<Department> departments;
    };
    enum class Kind { Title, Item, Radar, Summary };
    int slideCount() const { return int(m_slides.size()); }
    int currentSlide() const { return m_current; }
    Kind slideKind(int slide) const;
    /// The statement of an item slide (-1 otherwise).
    int slideItem(int slide) const;
    ItemView itemView(int item) const;
    bool isBlank() const { return m_blank; }
    int participants() const;
    /// Participants who joined, the expected group size (0: open) and how many share an address.
    void setJoinCounts(int joined, int expected, int sharing);
    /// The footer's right-hand text (for tests).
    QString footerText() const;
    /// The address people type (ADDRESS:PORT/CODE), shown beside every QR code.
    void setShortAddress(const QString &address);
    QString shortAddress() const { return m_shortAddress; }
    bool isJoinSlideShown() const { return m_join; }
    /// Whether the slide now on screen shows the QR code (large or in its corner).
    bool showsQrCode() const { return !m_qr.isNull() && !m_blank; }

public slots:
    void next();
    void previous();
    void goTo(int slide);
    void revealCurrent();
    void toggleBlank();
    /// Votes on the statement on the screen again (a live session's item slide only).
    void reopenCurrent();

signals:
    /// The facilitator pressed Esc: the owner ends the session.
    void leaveRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void paintTitle(QPainter &p, const QRectF &r);
    void paintJoin(QPainter &p, const QRectF &r);
    void paintQrCorner(QPainter &p);
    void paintItem(QPainter &p, const QRectF &r, int item);
    void paintHistogram(QPainter &p, const QRectF &r, const ItemView &v, bool large);
    /// The results area of an item slide: one histogram, or the two rounds of a re-vote.
    void paintResults(QPainter &p, const QRectF &r, const ItemView &v);
    /// A mixed group's departments beside the total.
    void paintDepartments(QPainter &p, const QRectF &r, const ItemView &v);
    void addLiveDetails(ItemView &v) const;
    void paintRadar(QPainter &p, const QRectF &r);
    void paintSummary(QPainter &p, const QRectF &r);
    void loadRecorded();
    QFont font(double size, bool bold = false) const;

    WorkspaceController *m_controller;
    Selection m_selection;
    QPointer<workshop::WorkshopSession> m_session;
    QString m_url;
    QImage m_qr;
    QList<int> m_slides; ///< -1 title, -2 radar, -3 summary, else a flat item index
    int m_current = 0;
    bool m_blank = false;
    bool m_join = false;
    QString m_shortAddress;
    int m_joined = -1; ///< -1: count the session's participants
    int m_expected = 0;
    int m_sharing = 0;
    QHash<int, QList<int>> m_recorded; ///< item -> histogram of the recorded answers
    bool m_departmentHidden = false;   ///< the recorded department is hidden in its round
    bool m_departmentProtects = false; ///< … to protect another department (scoring.md *Anonymity*, rule 2)
    /// "too few respondents", or "hidden to protect another department" (rule 2).
    QString hiddenText() const;
};

} // namespace sbr::ui
