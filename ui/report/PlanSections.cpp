// The action plan in the report (formats.md *Action plan*, scoring.md *Effect of a measure*),
// from ReportOptions::plan: the roadmap page and the section "Done since the last round".
//
// Roadmap: every measure of the plan that is not dropped, in three tables by horizon (now, next,
// later), each sorted by due date (measures without one last), then in the order they were
// added. A measure whose due date lies before the report's date (ReportOptions::generated) and
// that is not done is marked "overdue" in words, in bold; without a report date nothing is
// marked. An empty plan gets one sentence that says so and how to add measures, right after the
// recommendations and without a page of its own: a board should see that nothing is planned.
//
// Done since the last round, in the report on round R whose previous round by date is P: the
// measures with status done and a done date D with
//     P.date <= D < R.date      (no lower bound when R is the company's first round),
// which are exactly the measures whose effect runs from P to R (scoring.md takes the company's
// latest round dated on or before D as "before" and its first round after D as "after": a
// measure done on the day of a round counts as done after that round's survey). So each done
// measure belongs to the report of one round: the first that can show what changed. When R is
// the company's latest round, the measures done on or after R.date are listed too: no round
// shows their effect yet, and the report says so. Sorted by D, then by the order added. Each
// comes with its effect as ReportPlanMeasure::effect gives it (the anonymous view), worded as
// what changed, never as what the measure caused. The section starts a page of its own, after
// the roadmap; without any measure in the plan it is left out.

#include "ReportBlocks.h"
#include "ReportSections.h"

#include <algorithm>

namespace sbr::report {

namespace {

QString horizonTitle(Horizon h, const ReportText &t)
{
    switch (h) {
    case Horizon::Now:
        return t(QT_TRANSLATE_NOOP("sbr::report", "Now"));
    case Horizon::Next:
        return t(QT_TRANSLATE_NOOP("sbr::report", "Next"));
    case Horizon::Later:
        break;
    }
    return t(QT_TRANSLATE_NOOP("sbr::report", "Later"));
}

QString statusText(const PlanMeasure &m, const ReportText &t)
{
    switch (m.status) {
    case PlanStatus::Planned:
        return t(QT_TRANSLATE_NOOP("sbr::report", "planned"));
    case PlanStatus::Doing:
        return t(QT_TRANSLATE_NOOP("sbr::report", "in progress"));
    case PlanStatus::Done:
        return t(QT_TRANSLATE_NOOP("sbr::report", "done on %1")).arg(t.shortDate(m.doneOn));
    case PlanStatus::Dropped:
        break;
    }
    return t(QT_TRANSLATE_NOOP("sbr::report", "dropped"));
}

/// "Leadership 4.1, 4.2": the statements a measure addresses, one line per dimension.
QString addresses(const SectionInput &in, const PlanMeasure &m)
{
    QStringList lines;
    int lastDimension = -1;
    for (const QString &id : planItems(in.q, m)) {
        const int item = in.q.itemIndex(id);
        const int dimension = in.q.dimensionOfItem(item);
        if (dimension != lastDimension || lines.isEmpty())
            lines.append(in.dimensionTitle(dimension) + QLatin1Char(' ') + in.itemNumber(item));
        else
            lines.last() += QStringLiteral(", ") + in.itemNumber(item);
        lastDimension = dimension;
    }
    return lines.join(QLatin1Char('\n'));
}

/// By due date (none last), then in the order they were added (ids grow).
bool byDue(const PlanMeasure *a, const PlanMeasure *b)
{
    if (a->due.isValid() != b->due.isValid())
        return a->due.isValid();
    if (a->due != b->due)
        return a->due < b->due;
    return a->id < b->id;
}

TableBlock::Row roadmapRow(const SectionInput &in, const PlanMeasure &m)
{
    const ReportText &t = in.t;
    const QString title = planTitle(in.q, m, t.lang());
    TableBlock::Cell measure = TableBlock::text(m.note.isEmpty() ? title : title + QLatin1Char('\n') + m.note);
    measure.boldPrefix = int(title.size());
    TableBlock::Cell owner = TableBlock::text(m.owner);
    if (m.owner.isEmpty())
        owner = {t(QT_TRANSLATE_NOOP("sbr::report", "not named")), 1, true, {}};
    TableBlock::Cell due = TableBlock::text(t.shortDate(m.due));
    if (!m.due.isValid())
        due = {t(QT_TRANSLATE_NOOP("sbr::report", "no date")), 1, true, {}};
    TableBlock::Cell status = TableBlock::text(statusText(m, t));
    if (in.options.generated.isValid() && m.isOverdue(in.options.generated)) {
        const QString overdue = t(QT_TRANSLATE_NOOP("sbr::report", "overdue"));
        status = TableBlock::text(overdue + QLatin1Char('\n') + status.text);
        status.boldPrefix = int(overdue.size());
    }
    return {{measure, TableBlock::text(addresses(in, m)), owner, due, status}, false};
}

void addHorizon(PageLayout &layout, const SectionInput &in, Horizon h, QList<const PlanMeasure *> measures)
{
    const ReportText &t = in.t;
    layout.emplace<HeadingBlock>(horizonTitle(h, t), 2);
    if (measures.isEmpty()) {
        layout.emplace<ParagraphBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "No measures.")), small());
        return;
    }
    std::sort(measures.begin(), measures.end(), byDue);
    const QList<TableBlock::Column> columns{{t(QT_TRANSLATE_NOOP("sbr::report", "Measure")), 0, Qt::AlignLeft},
                                            {t(QT_TRANSLATE_NOOP("sbr::report", "Addresses")), mm(30), Qt::AlignLeft},
                                            {t(QT_TRANSLATE_NOOP("sbr::report", "Owner")), mm(33), Qt::AlignLeft},
                                            {t(QT_TRANSLATE_NOOP("sbr::report", "Due")), mm(22), Qt::AlignLeft},
                                            {t(QT_TRANSLATE_NOOP("sbr::report", "Status")), mm(25), Qt::AlignLeft}};
    QList<TableBlock::Row> rows;
    for (const PlanMeasure *m : std::as_const(measures))
        rows.append(roadmapRow(in, *m));
    layout.emplace<TableBlock>(columns, rows);
}

/// The sentences under the roadmap's title: what the tables show, and what is overdue.
void addRoadmapIntro(PageLayout &layout, const SectionInput &in, int overdue)
{
    const ReportText &t = in.t;
    QString text = t(QT_TRANSLATE_NOOP("sbr::report",
                                       "The measures of the action plan by when they are tackled – now, next and "
                                       "later – with the statements each addresses, who is responsible, the due date "
                                       "and where it stands. Dropped measures are not listed."));
    if (in.options.generated.isValid())
        text += QLatin1Char(' ') +
                (overdue > 0
                     ? t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "%Ln measure(s) overdue on %1: due before that date "
                                                                   "and not done."),
                                overdue)
                     : t(QT_TRANSLATE_NOOP("sbr::report", "No measure is overdue on %1.")))
                    .arg(t.date(in.options.generated));
    layout.emplace<ParagraphBlock>(text, body());
}

/// The "before → after" table of a done measure's statements.
void addEffectTable(PageLayout &layout, const SectionInput &in, const MeasureEffect &e)
{
    const ReportText &t = in.t;
    const QList<TableBlock::Column> columns{{t(QT_TRANSLATE_NOOP("sbr::report", "Statement")), 0, Qt::AlignLeft},
                                            {e.fromRound, mm(19), Qt::AlignRight},
                                            {e.toRound, mm(19), Qt::AlignRight},
                                            {t(QT_TRANSLATE_NOOP("sbr::report", "Change")), mm(17), Qt::AlignRight}};
    QList<TableBlock::Row> rows;
    bool missing = false;
    for (const ItemChange &c : e.items) {
        const int item = in.q.itemIndex(c.id);
        const QString statement = item < 0 ? c.id : in.itemReference(item) + QStringLiteral(": ") + in.itemText(item);
        missing = missing || !c.delta;
        rows.append({{TableBlock::text(statement), TableBlock::text(t.number(c.before)),
                      TableBlock::text(t.number(c.after)), TableBlock::text(t.change(c.delta))},
                     false});
    }
    TableBlock *table = layout.emplace<TableBlock>(columns, rows);
    if (!missing)
        return;
    table->spaceAfter = mm(1);
    layout.emplace<ParagraphBlock>(
        t(QT_TRANSLATE_NOOP("sbr::report",
                            "–: no score in that round (too few respondents or no answers); the average is "
                            "taken over the statements with both scores.")),
        small());
}

void addDoneMeasure(PageLayout &layout, const SectionInput &in, const ReportPlanMeasure &p)
{
    const ReportText &t = in.t;
    const PlanMeasure &m = p.measure;
    const QString title = planTitle(in.q, m, t.lang());
    QString facts = t(QT_TRANSLATE_NOOP("sbr::report", "done on %1")).arg(t.shortDate(m.doneOn));
    if (!m.owner.isEmpty())
        facts += QStringLiteral(", ") + t(QT_TRANSLATE_NOOP("sbr::report", "owner: %1")).arg(m.owner);
    auto *lead = layout.emplace<ParagraphBlock>(title + QStringLiteral(" – ") + facts, body(), QStringLiteral("•"),
                                                int(title.size()));
    lead->keepWithNext = true;
    lead->spaceBefore = mm(2);
    const std::optional<MeasureEffect> &e = p.effect;
    QString sentence;
    if (!e)
        sentence = m.doneOn >= in.round.date
                       ? t(QT_TRANSLATE_NOOP("sbr::report", "Done after the survey of this round: the next round "
                                                            "will show what changed in its statements."))
                       : t(QT_TRANSLATE_NOOP("sbr::report", "There is no round before the date it was done: "
                                                            "nothing to compare with."));
    else if (!e->meanDelta)
        sentence =
            t(QT_TRANSLATE_NOOP("sbr::report", "Its statements have no scores to compare between %1 and %2: too few "
                                               "respondents or no answers in one of the rounds."))
                .arg(e->fromRound, e->toRound);
    else
        sentence = t(QT_TRANSLATE_NOOP("sbr::report",
                                       "The statements of this measure changed by %1 points on average between %2 "
                                       "and %3."))
                       .arg(t.change(e->meanDelta), e->fromRound, e->toRound);
    auto *paragraph = layout.emplace<ParagraphBlock>(sentence, body());
    paragraph->spaceAfter = mm(1.5);
    if (e && e->meanDelta) {
        paragraph->keepWithNext = true;
        addEffectTable(layout, in, *e);
    }
}

/// Exactly the measures of the header comment, by done date.
QList<const ReportPlanMeasure *> doneSince(const SectionInput &in)
{
    const bool latest = &in.round == &in.company.rounds.back();
    QList<const ReportPlanMeasure *> out;
    for (const ReportPlanMeasure &p : *in.options.plan) {
        const PlanMeasure &m = p.measure;
        if (m.status != PlanStatus::Done || !m.doneOn.isValid())
            continue;
        if (in.previous && m.doneOn < in.previous->date)
            continue;
        if (m.doneOn >= in.round.date && !latest)
            continue;
        out.append(&p);
    }
    std::sort(out.begin(), out.end(), [](const ReportPlanMeasure *a, const ReportPlanMeasure *b) {
        return a->measure.doneOn != b->measure.doneOn ? a->measure.doneOn < b->measure.doneOn
                                                      : a->measure.id < b->measure.id;
    });
    return out;
}

} // namespace

void addRoadmap(PageLayout &layout, const SectionInput &in)
{
    if (!in.options.plan)
        return;
    const ReportText &t = in.t;
    QList<const PlanMeasure *> shown;
    for (const ReportPlanMeasure &p : *in.options.plan)
        if (p.measure.status != PlanStatus::Dropped)
            shown.append(&p.measure);
    if (shown.isEmpty()) {
        layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Roadmap")), 1);
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "%1 has no measures in its action plan yet: add them on the Action plan page of the "
                                "program or tick the recommended measures on the Recommendations page."))
                .arg(in.company.name),
            body());
        return;
    }
    layout.emplace<PageBreakBlock>();
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Roadmap")), 1);
    const int overdue = int(std::count_if(shown.cbegin(), shown.cend(), [&](const PlanMeasure *m) {
        return in.options.generated.isValid() && m->isOverdue(in.options.generated);
    }));
    addRoadmapIntro(layout, in, overdue);
    for (Horizon h : {Horizon::Now, Horizon::Next, Horizon::Later}) {
        QList<const PlanMeasure *> measures;
        for (const PlanMeasure *m : std::as_const(shown))
            if (m->horizon == h)
                measures.append(m);
        addHorizon(layout, in, h, measures);
    }
}

void addDoneSince(PageLayout &layout, const SectionInput &in)
{
    if (!in.options.plan || in.options.plan->isEmpty())
        return;
    const ReportText &t = in.t;
    const bool latest = &in.round == &in.company.rounds.back();
    layout.emplace<PageBreakBlock>();
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Done since the last round")), 1);
    QString intro;
    if (!in.previous)
        intro =
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "Round %1 is the company's first round: there is no earlier round to compare with."))
                .arg(in.round.label);
    else if (latest)
        intro = t(QT_TRANSLATE_NOOP("sbr::report",
                                    "This section lists the measures of the plan done since round %1 (%2) and how the "
                                    "scores of the statements each one addresses changed from that round to round %3."))
                    .arg(in.previous->label, t.shortDate(in.previous->date), in.round.label);
    else
        intro =
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "This section lists the measures of the plan done between round %1 (%2) and round %3 "
                                "(%4) and how the scores of the statements each one addresses changed between "
                                "these rounds."))
                .arg(in.previous->label, t.shortDate(in.previous->date), in.round.label, t.shortDate(in.round.date));
    intro += QLatin1Char(' ') +
             t(QT_TRANSLATE_NOOP("sbr::report", "The figures say what changed, not that the measure caused "
                                                "it: other measures, people and circumstances move the scores "
                                                "too."));
    layout.emplace<ParagraphBlock>(intro, body());
    const QList<const ReportPlanMeasure *> done = doneSince(in);
    if (done.isEmpty()) {
        layout.emplace<ParagraphBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "No measure was done in this period.")),
                                       body());
        return;
    }
    for (const ReportPlanMeasure *p : done)
        addDoneMeasure(layout, in, *p);
}

} // namespace sbr::report
