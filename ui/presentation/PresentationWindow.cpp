#include "PresentationWindow.h"

#include "QrCode.h"
#include "WorkshopSession.h"
#include "WorkspaceController.h"
#include "charts/Charts.h"

#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <memory>
#include <numeric>

namespace sbr::ui {

namespace {
constexpr int kTitle = -1, kRadar = -2, kSummary = -3;
const QColor kInk(20, 20, 20);
const QColor kMuted(90, 90, 90);
const QColor kAccent(0, 114, 178); // Okabe–Ito blue
const QColor kWarn(213, 94, 0);    // Okabe–Ito vermillion
const QColor kBar(86, 180, 233);   // Okabe–Ito sky blue
} // namespace

PresentationWindow::PresentationWindow(WorkspaceController *controller, const Selection &selection,
                                       workshop::WorkshopSession *session, const QString &url, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_selection(selection), m_session(session), m_url(url)
{
    setWindowTitle(tr("Presentation – %1").arg(selection.companyName));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Presentation slides"));
    if (!url.isEmpty())
        m_qr = workshop::qrCode(url.toUtf8(), 10);
    m_slides.append(kTitle);
    const int items = controller->questionnaire().itemCount();
    for (int i = 0; i < items; ++i)
        if (!session || session->contains(i))
            m_slides.append(i);
    m_slides.append(kRadar);
    m_slides.append(kSummary);
    if (session)
        connect(session, &workshop::WorkshopSession::changed, this, qOverload<>(&QWidget::update));
    else
        loadRecorded();
}

PresentationWindow::Kind PresentationWindow::slideKind(int slide) const
{
    const int s = m_slides.value(slide, kTitle);
    return s == kTitle ? Kind::Title : s == kRadar ? Kind::Radar : s == kSummary ? Kind::Summary : Kind::Item;
}

int PresentationWindow::slideItem(int slide) const
{
    return slideKind(slide) == Kind::Item ? m_slides[slide] : -1;
}

int PresentationWindow::participants() const
{
    if (m_session)
        return m_session->participants();
    int most = 0;
    for (const QList<int> &h : m_recorded)
        most = std::max(most, int(std::accumulate(h.begin(), h.end(), 0)));
    return most;
}

void PresentationWindow::loadRecorded()
{
    session::WorkspaceSession *ws = m_controller->session();
    if (!ws || !m_selection.hasDepartment())
        return;
    // The same rule as every other output: a department the anonymous view hides shows nothing.
    const AnonymousRound *shown = ws->anonymousRound(m_selection.round);
    m_departmentHidden = shown && shown->isHidden(m_selection.departmentName);
    m_departmentProtects = shown && shown->protectsAnother(m_selection.departmentName);
    if (m_departmentHidden)
        return; // not even the number of answers is shown
    QList<AnswerCell> cells;
    WorkspaceError error;
    ws->answers(ws->assessmentId(m_selection.round, m_selection.department), &cells, &error);
    const Scale &scale = m_controller->questionnaire().scale;
    for (const AnswerCell &c : cells) {
        if (!c.level)
            continue;
        QList<int> &h = m_recorded[c.item];
        if (h.isEmpty())
            h = QList<int>(scale.levelCount(), 0);
        ++h[*c.level - scale.min];
    }
}

PresentationWindow::ItemView PresentationWindow::itemView(int item) const
{
    ItemView v;
    v.item = item;
    const Scale &scale = m_controller->questionnaire().scale;
    const int k = m_controller->anonymityThreshold();
    if (m_session) {
        const workshop::WorkshopSession::Results r = m_session->results(item);
        v.histogram = r.histogram;
        v.votes = r.votes;
        v.revealed = r.revealed;
        v.tooFew = r.tooFew;
        v.disagree = r.disagree;
        v.mean = r.mean;
        addLiveDetails(v);
        return v;
    }
    v.histogram = m_recorded.value(item, QList<int>(scale.levelCount(), 0));
    double sum = 0, squares = 0;
    for (int l = 0; l < v.histogram.size(); ++l) {
        v.votes += v.histogram[l];
        sum += double(v.histogram[l]) * (scale.min + l);
    }
    if (v.votes > 0) {
        v.mean = sum / v.votes;
        for (int l = 0; l < v.histogram.size(); ++l)
            squares += v.histogram[l] * std::pow(scale.min + l - *v.mean, 2);
        v.disagree = disagrees(v.votes, std::sqrt(squares / v.votes));
    }
    v.revealed = true; // recorded answers are no secret
    v.departmentHidden = m_departmentHidden;
    v.tooFew = v.votes < k || m_departmentHidden; // scoring.md *Anonymity*, rules 3 and 7
    return v;
}

void PresentationWindow::goTo(int slide)
{
    m_current = std::clamp(slide, 0, int(m_slides.size()) - 1);
    // In a live session the statement on the screen is the one open for voting.
    if (m_session && !m_session->isSurvey()) {
        if (slideKind(m_current) == Kind::Item)
            m_session->open(m_slides[m_current]);
        else
            m_session->close();
    }
    update();
}

void PresentationWindow::next()
{
    goTo(m_current + 1);
}
void PresentationWindow::previous()
{
    goTo(m_current - 1);
}

void PresentationWindow::revealCurrent()
{
    if (m_session && slideKind(m_current) == Kind::Item)
        m_session->reveal(m_slides[m_current], !m_session->isRevealed(m_slides[m_current]));
    update();
}

void PresentationWindow::toggleBlank()
{
    m_blank = !m_blank;
    update();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        previous();
        break;
    case Qt::Key_Home:
        goTo(0);
        break;
    case Qt::Key_End:
        goTo(slideCount() - 1); // the summary
        break;
    case Qt::Key_R:
        revealCurrent();
        break;
    case Qt::Key_V:
        reopenCurrent();
        break;
    case Qt::Key_J:
        m_join = !m_join && !m_qr.isNull();
        update();
        break;
    case Qt::Key_B:
    case Qt::Key_Period:
        toggleBlank();
        break;
    case Qt::Key_Escape:
        emit leaveRequested();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QFont PresentationWindow::font(double size, bool bold) const
{
    // Type scales with the slide's height: readable from the back of a meeting room.
    QFont f = QWidget::font();
    f.setPixelSize(std::max(12, int(height() * size / 100.0)));
    f.setBold(bold);
    return f;
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_blank) {
        p.fillRect(rect(), Qt::black);
        return;
    }
    p.fillRect(rect(), Qt::white);
    const QRectF area = QRectF(rect()).adjusted(width() * 0.05, height() * 0.05, -width() * 0.05, -height() * 0.08);
    if (m_join) {
        paintJoin(p, area);
        return;
    }
    switch (slideKind(m_current)) {
    case Kind::Title:
        paintTitle(p, area);
        break;
    case Kind::Item:
        paintItem(p, area, m_slides[m_current]);
        break;
    case Kind::Radar:
        paintRadar(p, area);
        break;
    case Kind::Summary:
        paintSummary(p, area);
        break;
    }
    // Footer: where we are and who takes part.
    p.setFont(font(2.2));
    p.setPen(kMuted);
    const QRectF footer(area.left(), area.bottom() + height() * 0.02, area.width(), height() * 0.05);
    QString left = m_selection.companyName + QStringLiteral(" · ") + m_selection.roundLabel;
    if (m_selection.hasDepartment())
        left += QStringLiteral(" · ") + m_selection.departmentName;
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, footerText());
    if (slideKind(m_current) != Kind::Title)
        paintQrCorner(p);
}

void PresentationWindow::setShortAddress(const QString &address)
{
    m_shortAddress = address;
    update();
}

void PresentationWindow::paintQrCorner(QPainter &p)
{
    if (m_qr.isNull())
        return;
    // Small, top right, above the slide's own content margin: latecomers scan it or type the address.
    const double side = height() * 0.11;
    const QRectF qr(width() - side - width() * 0.01, height() * 0.01, side, side);
    p.drawImage(qr, m_qr);
    if (m_shortAddress.isEmpty())
        return;
    p.setFont(font(2.2, true));
    p.setPen(kInk);
    p.drawText(QRectF(width() * 0.5, qr.bottom(), qr.right() - width() * 0.5, height() * 0.04),
               Qt::AlignRight | Qt::AlignTop, m_shortAddress);
}

void PresentationWindow::paintJoin(QPainter &p, const QRectF &r)
{
    const double side = r.height() * 0.7;
    const QRectF qr(r.left() + (r.width() - side) / 2, r.top(), side, side);
    p.drawImage(qr, m_qr);
    p.setPen(kInk);
    p.setFont(font(6, true));
    const QString address = m_shortAddress.isEmpty() ? m_url : m_shortAddress;
    p.drawText(QRectF(r.left(), qr.bottom() + r.height() * 0.02, r.width(), r.height() * 0.12),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere, address);
    p.setFont(font(3));
    p.setPen(kMuted);
    p.drawText(QRectF(r.left(), qr.bottom() + r.height() * 0.15, r.width(), r.height() * 0.1),
               Qt::AlignHCenter | Qt::AlignTop, tr("Scan the code or type the address into your phone's browser."));
}

void PresentationWindow::setJoinCounts(int joined, int expected, int sharing)
{
    m_joined = joined;
    m_expected = expected;
    m_sharing = sharing;
    update();
}

QString PresentationWindow::hiddenText() const
{
    return m_departmentProtects ? tr("hidden to protect another department") : tr("too few respondents");
}

QString PresentationWindow::footerText() const
{
    if (m_departmentHidden && !m_session) // recorded answers of a hidden department: not even counts
        return tr("%1 · slide %2 of %3").arg(hiddenText()).arg(m_current + 1).arg(m_slides.size());
    QString who;
    if (m_expected > 0)
        who = tr("%1 of %2 joined").arg(std::max(participants(), m_joined)).arg(m_expected);
    else
        who = tr("%n participant(s)", nullptr, std::max(participants(), m_joined));
    if (m_sharing > 0)
        who += QStringLiteral(" · ") + tr("%n share(s) an address", nullptr, m_sharing);
    return who + QStringLiteral(" · ") + tr("slide %1 of %2").arg(m_current + 1).arg(m_slides.size());
}

void PresentationWindow::paintTitle(QPainter &p, const QRectF &r)
{
    p.setPen(kInk);
    p.setFont(font(7, true));
    QRectF text = r;
    if (!m_qr.isNull())
        text.setRight(r.right() - r.height() * 0.55);
    p.drawText(text.adjusted(0, 0, 0, -r.height() * 0.55), Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
               m_selection.companyName);
    p.setFont(font(4));
    p.setPen(kMuted);
    const QString subtitle =
        tr("Social business readiness · round %1").arg(m_selection.roundLabel) +
        (m_selection.hasDepartment() ? QStringLiteral("\n") + m_selection.departmentName : QString());
    p.drawText(text.adjusted(0, r.height() * 0.47, 0, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, subtitle);
    if (m_qr.isNull())
        return;
    const double side = r.height() * 0.5;
    const QRectF qr(r.right() - side, r.top() + r.height() * 0.1, side, side);
    p.drawImage(qr, m_qr);
    p.setPen(kInk);
    p.setFont(font(2.6, true));
    p.drawText(QRectF(qr.left() - side * 0.5, qr.bottom() + 10, side * 1.5, r.height() * 0.2),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWrapAnywhere,
               tr("Vote with your phone:\n%1").arg(m_shortAddress.isEmpty() ? m_url : m_shortAddress));
}

void PresentationWindow::paintHistogram(QPainter &p, const QRectF &r, const ItemView &v, bool large)
{
    const Scale &scale = m_controller->questionnaire().scale;
    const QString lang = m_controller->language();
    p.setPen(kInk);
    if (!v.revealed || v.tooFew) {
        p.setFont(font(large ? 4 : 2.2, large));
        const QString text = !v.revealed ? tr("Votes so far: %1\nhidden until they are revealed (R)").arg(v.votes)
                             : v.departmentHidden ? hiddenText()
                                                  : tr("too few votes");
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }
    const int levels = scale.levelCount();
    const int most = std::max(1, *std::max_element(v.histogram.begin(), v.histogram.end()));
    const double slot = r.width() / levels;
    const double labelHeight = r.height() * (large ? 0.22 : 0.3);
    for (int l = 0; l < levels; ++l) {
        const int count = v.histogram.value(l);
        const double barHeight = (r.height() - labelHeight * 1.6) * count / most;
        const QRectF bar(r.left() + l * slot + slot * 0.15, r.bottom() - labelHeight - barHeight, slot * 0.7,
                         barHeight);
        p.fillRect(bar, v.disagree ? kWarn : kBar);
        p.setFont(font(large ? 3 : 1.8, true));
        p.drawText(QRectF(bar.left(), bar.top() - labelHeight * 0.8, bar.width(), labelHeight * 0.8),
                   Qt::AlignHCenter | Qt::AlignBottom, QString::number(count));
        p.setFont(font(large ? 2.2 : 1.5));
        p.drawText(
            QRectF(r.left() + l * slot, r.bottom() - labelHeight, slot, labelHeight),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
            QStringLiteral("%1\n%2").arg(scale.min + l).arg(large ? scale.label(scale.min + l, lang) : QString()));
    }
}

void PresentationWindow::paintItem(QPainter &p, const QRectF &r, int item)
{
    const Questionnaire &q = m_controller->questionnaire();
    const QString lang = m_controller->language();
    const int d = q.dimensionOfItem(item);
    const Dimension &dim = q.dimensions[d];
    p.setPen(kAccent);
    p.setFont(font(3, true));
    p.drawText(QRectF(r.left(), r.top(), r.width(), r.height() * 0.07), Qt::AlignLeft | Qt::AlignVCenter,
               dim.title.text(lang).toUpper());
    p.setPen(kMuted);
    p.setFont(font(2.4));
    p.drawText(QRectF(r.left(), r.top() + r.height() * 0.07, r.width(), r.height() * 0.1),
               Qt::AlignLeft | Qt::TextWordWrap, dim.question.text(lang));
    p.setPen(kInk);
    p.setFont(font(4.6, true));
    const QRectF statement(r.left(), r.top() + r.height() * 0.18, r.width() * 0.68, r.height() * 0.26);
    p.drawText(statement, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, q.flatItems()[item]->text.text(lang));
    const ItemView v = itemView(item);
    paintResults(p, QRectF(r.left(), r.top() + r.height() * 0.47, r.width() * 0.68, r.height() * 0.5), v);
    const QRectF side(r.left() + r.width() * 0.72, r.top() + r.height() * 0.18, r.width() * 0.28, r.height() * 0.8);
    if (!v.departments.isEmpty()) {
        paintDepartments(p, side, v);
        return;
    }
    // Beside it: the dimension's other statements, with how many have voted on each.
    int first = 0;
    for (int k = 0; k < d; ++k)
        first += int(q.dimensions[k].items.size());
    const double row = side.height() / std::max<qsizetype>(1, dim.items.size());
    for (int i = 0; i < dim.items.size(); ++i) {
        const ItemView other = itemView(first + i);
        const QRectF line(side.left(), side.top() + i * row, side.width(), row);
        p.setPen(first + i == item ? kAccent : kMuted);
        p.setFont(font(1.7, first + i == item));
        p.drawText(line.adjusted(0, 0, 0, -row * 0.35), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   dim.items[i].text.text(lang));
        p.drawText(line.adjusted(0, row * 0.65, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   other.departmentHidden ? QString()
                   : other.revealed && other.mean && !other.tooFew
                       ? tr("%n vote(s) · mean %1", nullptr, other.votes).arg(QLocale().toString(*other.mean, 'f', 1))
                       : tr("%n vote(s)", nullptr, other.votes));
    }
}

void PresentationWindow::paintRadar(QPainter &p, const QRectF &r)
{
    // Dimension scores from the votes (0–100, as the scoring method turns levels into scores).
    const Questionnaire &q = m_controller->questionnaire();
    const QString lang = m_controller->language();
    charts::RadarData radar;
    radar.title = tr("Results of this session");
    charts::Series live{tr("Votes"), {}, QColor(), true, false};
    int flat = 0;
    for (const Dimension &d : q.dimensions) {
        radar.axes.append(d.title.text(lang));
        double sum = 0;
        int n = 0;
        for (int i = 0; i < d.items.size(); ++i, ++flat) {
            const ItemView v = itemView(flat);
            if (v.mean && v.revealed && !v.tooFew) {
                sum += 100.0 * (*v.mean - q.scale.min) / (q.scale.max - q.scale.min);
                ++n;
            }
        }
        live.values.append(n > 0 ? std::optional<double>(sum / n) : std::nullopt);
    }
    radar.series.append(live);
    charts::ChartStyle style;
    style.theme = charts::ChartStyle::Theme::Projector;
    style.locale = QLocale();
    std::unique_ptr<QChart> chart(charts::makeRadarChart(radar, style));
    charts::renderChart(p, r, chart.get());
}

void PresentationWindow::paintSummary(QPainter &p, const QRectF &r)
{
    const Questionnaire &q = m_controller->questionnaire();
    const QString lang = m_controller->language();
    p.setPen(kInk);
    p.setFont(font(5, true));
    p.drawText(QRectF(r.left(), r.top(), r.width(), r.height() * 0.12), Qt::AlignLeft | Qt::AlignVCenter,
               tr("What to discuss"));
    QStringList lines;
    for (int i = 0; i < q.itemCount(); ++i) {
        const ItemView v = itemView(i);
        if (v.revealed && v.disagree && !v.tooFew)
            lines.append(QStringLiteral("• ") + q.flatItems()[i]->text.text(lang));
    }
    if (lines.isEmpty())
        lines.append(tr("No statement with clearly different views."));
    p.setFont(font(3));
    p.drawText(QRectF(r.left(), r.top() + r.height() * 0.15, r.width(), r.height() * 0.85),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, lines.mid(0, 8).join(u'\n'));
}

} // namespace sbr::ui
