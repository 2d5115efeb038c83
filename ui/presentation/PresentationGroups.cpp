// PresentationWindow: what a live session adds to an item slide — a mixed group's departments
// beside the total, and the two rounds of a statement voted on again after a discussion — and
// the slides' context menu.

#include "PresentationWindow.h"

#include "WorkshopSession.h"
#include "WorkspaceController.h"
#include "scoring/Scoring.h"

#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>

namespace sbr::ui {

namespace {
const QColor kInk(20, 20, 20);
const QColor kMuted(90, 90, 90);
const QColor kAccent(0, 114, 178); // Okabe–Ito blue

/// Votes and mean of a histogram of levels from `min` on.
std::pair<int, std::optional<double>> countAndMean(const QList<int> &histogram, int min)
{
    int votes = 0;
    double sum = 0;
    for (int l = 0; l < histogram.size(); ++l) {
        votes += histogram[l];
        sum += double(histogram[l]) * (min + l);
    }
    return {votes, votes > 0 ? std::optional<double>(sum / votes) : std::nullopt};
}
} // namespace

void PresentationWindow::addLiveDetails(ItemView &v) const
{
    if (!m_session)
        return;
    if (m_session->wasReopened(v.item)) {
        v.firstRound = m_session->firstRound(v.item);
        v.firstVotes = countAndMean(v.firstRound, m_controller->questionnaire().scale.min).first;
        v.revoters = m_session->revoters(v.item);
    }
    if (!m_session->isMixed())
        return;
    for (int d = 0; d < m_session->departments().size(); ++d) {
        const workshop::WorkshopSession::Results r = m_session->results(v.item, d);
        v.departments.append({m_session->departments().at(d), r.histogram, r.votes, r.tooFew, r.mean});
    }
}

void PresentationWindow::reopenCurrent()
{
    if (!m_session || m_session->isSurvey() || slideKind(m_current) != Kind::Item)
        return;
    const int item = m_slides[m_current];
    // The second round is voted without seeing the result again; R shows both rounds.
    m_session->reveal(item, false);
    m_session->reopen(item);
    update();
}

void PresentationWindow::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const bool liveItem = m_session && !m_session->isSurvey() && slideKind(m_current) == Kind::Item;
    QAction *reveal = menu.addAction(tr("Show or hide the votes\tR"), this, &PresentationWindow::revealCurrent);
    reveal->setEnabled(liveItem);
    QAction *again = menu.addAction(tr("Vote again on this statement\tV"), this, &PresentationWindow::reopenCurrent);
    again->setEnabled(liveItem);
    QAction *join = menu.addAction(tr("Join slide\tJ"), this, [this] {
        m_join = !m_join && !m_qr.isNull();
        update();
    });
    join->setEnabled(!m_qr.isNull());
    menu.addAction(tr("Blank screen\tB"), this, &PresentationWindow::toggleBlank);
    menu.addSeparator();
    menu.addAction(tr("End the workshop\tEsc"), this, &PresentationWindow::leaveRequested);
    menu.exec(event->globalPos());
}

void PresentationWindow::paintResults(QPainter &p, const QRectF &r, const ItemView &v)
{
    if (v.firstRound.isEmpty()) {
        paintHistogram(p, r, v, true);
        return;
    }
    const Scale &scale = m_controller->questionnaire().scale;
    const double caption = r.height() * 0.14;
    p.setPen(kAccent);
    p.setFont(font(2.4, true));
    const QRectF left(r.left(), r.top(), r.width() * 0.48, r.height());
    const QRectF right(r.left() + r.width() * 0.52, r.top(), r.width() * 0.48, r.height());
    const auto [firstVotes, firstMean] = countAndMean(v.firstRound, scale.min);
    const auto meanText = [](const std::optional<double> &mean) {
        return mean ? QStringLiteral(" · ") + tr("mean %1").arg(QLocale().toString(*mean, 'f', 1)) : QString();
    };
    const bool shown = v.revealed && !v.tooFew;
    p.drawText(QRectF(left.left(), left.top(), left.width(), caption), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               tr("Before the discussion: %n vote(s)", nullptr, firstVotes) +
                   (shown ? meanText(firstMean) : QString()));
    p.drawText(
        QRectF(right.left(), right.top(), right.width(), caption), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        tr("After the discussion: %n voted again", nullptr, v.revoters) + (shown ? meanText(v.mean) : QString()));
    ItemView first = v;
    first.histogram = v.firstRound;
    first.votes = firstVotes;
    first.tooFew = firstVotes < m_controller->anonymityThreshold() || v.departmentHidden;
    first.disagree = false;
    if (firstVotes > 0) {
        qint64 sum = 0, squares = 0;
        for (int l = 0; l < v.firstRound.size(); ++l) {
            sum += qint64(v.firstRound[l]) * (scale.min + l);
            squares += qint64(v.firstRound[l]) * (scale.min + l) * (scale.min + l);
        }
        first.disagree = scoreItem(ItemTally{firstVotes, sum, squares}, Scale{0, 1, {}}).disagreement;
    }
    paintHistogram(p, left.adjusted(0, caption, 0, 0), first, false);
    paintHistogram(p, right.adjusted(0, caption, 0, 0), v, false);
}

void PresentationWindow::paintDepartments(QPainter &p, const QRectF &r, const ItemView &v)
{
    p.setPen(kAccent);
    p.setFont(font(2.2, true));
    const double head = r.height() * 0.07;
    p.drawText(QRectF(r.left(), r.top(), r.width(), head), Qt::AlignLeft | Qt::AlignTop, tr("By department"));
    const double row = (r.height() - head) / std::max<qsizetype>(1, v.departments.size());
    for (int d = 0; d < v.departments.size(); ++d) {
        const ItemView::Department &dep = v.departments[d];
        const QRectF line(r.left(), r.top() + head + d * row, r.width(), row);
        const bool shown = v.revealed && !dep.tooFew;
        p.setPen(kInk);
        p.setFont(font(1.9, true));
        p.drawText(QRectF(line.left(), line.top(), line.width(), row * 0.22), Qt::AlignLeft | Qt::AlignTop, dep.name);
        p.setPen(kMuted);
        p.setFont(font(1.7));
        const QString counts =
            shown && dep.mean
                ? tr("%n vote(s) · mean %1", nullptr, dep.votes).arg(QLocale().toString(*dep.mean, 'f', 1))
            : v.revealed ? tr("%n vote(s)", nullptr, dep.votes) + QStringLiteral(" · ") + tr("too few votes")
                         : tr("%n vote(s)", nullptr, dep.votes);
        p.drawText(QRectF(line.left(), line.top() + row * 0.22, line.width(), row * 0.18), Qt::AlignLeft | Qt::AlignTop,
                   counts);
        if (!shown)
            continue;
        ItemView one;
        one.histogram = dep.histogram;
        one.votes = dep.votes;
        one.revealed = true;
        one.mean = dep.mean;
        paintHistogram(p, QRectF(line.left(), line.top() + row * 0.4, line.width(), row * 0.56), one, false);
    }
}

} // namespace sbr::ui
