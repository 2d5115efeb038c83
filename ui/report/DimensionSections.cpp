// The detail sections of the report: one per dimension, recommendations, reference figures and
// the method appendix. See ReportSections.h.

#include "ReportBlocks.h"
#include "ReportSections.h"

#include <QSet>

#include <algorithm>

namespace sbr::report {

namespace {

/// Where a recommended measure stands in the company's plan, as a sentence after its description
/// (empty when it is not in the plan, or only dropped): a board must not be told to start what
/// was done last spring.
QString planNote(const SectionInput &in, const QString &measure)
{
    if (!in.options.plan)
        return {};
    const ReportText &t = in.t;
    for (const ReportPlanMeasure &p : *in.options.plan) {
        if (p.measure.measure != measure)
            continue;
        switch (p.measure.status) {
        case PlanStatus::Done:
            return QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("sbr::report", "In the action plan: done on %1."))
                                          .arg(t.shortDate(p.measure.doneOn));
        case PlanStatus::Doing:
            return QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("sbr::report", "In the action plan: in progress."));
        case PlanStatus::Planned:
            return QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("sbr::report", "In the action plan: planned."));
        case PlanStatus::Dropped:
            return {};
        }
    }
    return {};
}

QString percentile(const ReportText &t, OptDouble p)
{
    return p ? t.locale().toString(*p, 'f', 0) : t.number(std::nullopt);
}

void addDimensionDepartments(PageLayout &layout, const SectionInput &in, int d, const CompanyDimensionResult &cd)
{
    const ReportText &t = in.t;
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Departments")), 2);
    QList<TableBlock::Column> columns{{t(QT_TRANSLATE_NOOP("sbr::report", "Department")), 0, Qt::AlignLeft},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Respondents")), mm(24), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Score")), mm(18), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Coverage")), mm(22), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Change")), mm(22), Qt::AlignRight}};
    QList<TableBlock::Row> rows;
    for (const DepartmentResult *dep : in.departments) {
        if (in.hidden(*dep)) {
            rows.append({{TableBlock::text(dep->name), {in.hiddenText(dep->name), 4, true, Qt::AlignLeft}}, false});
            continue;
        }
        const DimensionResult r = size_t(d) < dep->dimensions.size() ? dep->dimensions[size_t(d)] : DimensionResult{};
        rows.append({{TableBlock::text(dep->name), TableBlock::text(QString::number(dep->respondents)),
                      TableBlock::text(t.number(r.score)),
                      TableBlock::text(t.locale().toString(r.coverage * 100.0, 'f', 0) +
                                       (t.german() ? QStringLiteral("\u00a0%") : QStringLiteral("%"))),
                      TableBlock::text(t.change(r.delta))},
                     false});
    }
    if (const auto &pool = in.anonymous.pool; pool && pool->shown)
        rows.append({{TableBlock::text(in.poolName()), TableBlock::text(QString::number(pool->respondents.value_or(0))),
                      TableBlock::text(
                          t.number(size_t(d) < pool->dimensions.size() ? pool->dimensions[size_t(d)] : std::nullopt)),
                      TableBlock::text(QString()), TableBlock::text(t.number(std::nullopt))},
                     false});
    rows.append({{TableBlock::text(t(QT_TRANSLATE_NOOP("sbr::report", "Company (mean of the departments)"))),
                  TableBlock::text(QString()), TableBlock::text(t.number(cd.score)), TableBlock::text(QString()),
                  TableBlock::text(t.change(cd.delta))},
                 true});
    layout.emplace<TableBlock>(columns, rows);
}

// Statements at company level: the mean level follows from the score (it is linear in it), the
// respondents add up over the departments, disagreement is named per department.
void addDimensionStatements(PageLayout &layout, const SectionInput &in, int d)
{
    const ReportText &t = in.t;
    const Dimension &dim = in.q.dimensions.at(d);
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Statements")), 2);
    const QList<const Item *> flat = in.q.flatItems();
    int first = 0;
    for (int k = 0; k < d; ++k)
        first += int(in.q.dimensions.at(k).items.size());
    const double span = double(in.q.scale.max - in.q.scale.min);
    QList<TableBlock::Column> itemColumns{{t(QT_TRANSLATE_NOOP("sbr::report", "No.")), mm(8), Qt::AlignLeft},
                                          {t(QT_TRANSLATE_NOOP("sbr::report", "Statement")), 0, Qt::AlignLeft},
                                          {t(QT_TRANSLATE_NOOP("sbr::report", "Mean")), mm(16), Qt::AlignRight},
                                          {t(QT_TRANSLATE_NOOP("sbr::report", "Score")), mm(15), Qt::AlignRight},
                                          {t(QT_TRANSLATE_NOOP("sbr::report", "Answers")), mm(19), Qt::AlignRight},
                                          {t(QT_TRANSLATE_NOOP("sbr::report", "Disagreement")), mm(34), Qt::AlignLeft}};
    QList<TableBlock::Row> itemRows;
    for (int i = 0; i < dim.items.size(); ++i) {
        const int flatIndex = first + i;
        const OptDouble score = size_t(flatIndex) < in.round.company.itemScores.size()
                                    ? in.round.company.itemScores[size_t(flatIndex)]
                                    : std::nullopt;
        const OptDouble mean = score ? OptDouble(in.q.scale.min + *score / 100.0 * span) : std::nullopt;
        // Visible departments and the pool together: no hidden department's count on its own.
        qint64 answers = 0;
        for (const DepartmentResult &dep : in.round.departments)
            if (!in.hidden(dep) && size_t(flatIndex) < dep.items.size())
                answers += dep.items[size_t(flatIndex)].n;
        if (in.anonymous.pool && size_t(flatIndex) < in.anonymous.pool->itemAnswers.size())
            answers += in.anonymous.pool->itemAnswers[size_t(flatIndex)];
        QStringList disagreeing;
        for (const DepartmentResult *dep : in.departments)
            if (!in.hidden(*dep) && size_t(flatIndex) < dep->items.size() && dep->items[size_t(flatIndex)].disagreement)
                disagreeing.append(dep->name);
        itemRows.append(
            {{TableBlock::text(in.itemNumber(flatIndex)),
              TableBlock::text(flat.at(flatIndex)->text.text(t.lang())),
              TableBlock::text(t.number(mean)),
              TableBlock::text(t.number(score)),
              TableBlock::text(in.anonymous.companyHidden ? t.number(std::nullopt) : QString::number(answers)),
              {disagreeing.isEmpty() ? t.number(std::nullopt) : disagreeing.join(QStringLiteral(", ")),
               1,
               disagreeing.isEmpty(),
               {}}},
             false});
    }
    layout.emplace<TableBlock>(itemColumns, itemRows);
}

void addDimension(PageLayout &layout, const SectionInput &in, int d)
{
    const ReportText &t = in.t;
    const Dimension &dim = in.q.dimensions.at(d);
    layout.emplace<PageBreakBlock>();
    layout.emplace<HeadingBlock>(
        t(QT_TRANSLATE_NOOP("sbr::report", "Dimension %1 of %2: %3"))
            .arg(QString::number(d + 1), QString::number(in.q.dimensions.size()), dim.title.text(t.lang())),
        1);
    if (!dim.question.isEmpty()) {
        TextStyle question{11.0, false, true, colors::ink(), 1.3};
        layout.emplace<ParagraphBlock>(t.quoted(dim.question.text(t.lang())), question)->spaceAfter = mm(4);
    }

    const CompanyDimensionResult cd = size_t(d) < in.round.company.dimensions.size()
                                          ? in.round.company.dimensions[size_t(d)]
                                          : CompanyDimensionResult{};
    const BandResult band =
        size_t(d) < in.round.benchmark.dimensions.size() ? in.round.benchmark.dimensions[size_t(d)] : BandResult{};
    layout.emplace<KeyFiguresBlock>(QList<KeyFiguresBlock::Figure>{
        {t(QT_TRANSLATE_NOOP("sbr::report", "Score")), t.number(cd.score),
         t(QT_TRANSLATE_NOOP("sbr::report", "company, out of 100"))},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Change")), t.change(cd.delta),
         in.previous ? t(QT_TRANSLATE_NOOP("sbr::report", "points since round %1")).arg(in.previous->label)
                     : t(QT_TRANSLATE_NOOP("sbr::report", "first round"))},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Spread")), t.number(cd.spread),
         t(QT_TRANSLATE_NOOP("sbr::report", "between the departments"))},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Percentile")), percentile(t, band.percentile),
         band.percentile
             ? t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "among %Ln peer company(ies)"), in.round.benchmark.peers)
             : t(QT_TRANSLATE_NOOP("sbr::report", "too few peer companies"))}});

    addDimensionDepartments(layout, in, d, cd);
    addDimensionStatements(layout, in, d);
}

} // namespace

void addDimensions(PageLayout &layout, const SectionInput &in)
{
    for (int d = 0; d < in.q.dimensions.size(); ++d)
        addDimension(layout, in, d);
}

void addRecommendations(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    constexpr size_t kShown = 10;
    layout.emplace<PageBreakBlock>();
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Recommendations")), 1);
    if (in.anonymous.companyHidden) { // scoring.md *Anonymity*, rule 4: nothing derived from the means
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "The whole company has fewer respondents than the minimum group size of %1: "
                                "its values, and the recommendations drawn from them, are not shown."))
                .arg(in.minGroup),
            body());
        return;
    }
    if (in.round.recommendations.empty()) {
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "Every statement has reached the target of %1 points: there is nothing to "
                                "recommend."))
                .arg(t.number(in.company.target)),
            body());
        return;
    }
    layout.emplace<ParagraphBlock>(
        t(QT_TRANSLATE_NOOP(
              "sbr::report",
              "The statements are ranked by the index points the company would gain if that statement alone reached "
              "the target of %1 points. With each, the measures the questionnaire suggests and their effort."))
            .arg(t.number(in.company.target)),
        body());

    QList<TableBlock::Column> columns{
        {QStringLiteral("#"), mm(8), Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Statement")), 0, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Score")), mm(15), Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Gain")), mm(15), Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Measures (effort)")), mm(62), Qt::AlignLeft}};
    QList<TableBlock::Row> rows;
    QStringList topMeasures;
    for (size_t r = 0; r < std::min(kShown, in.round.recommendations.size()); ++r) {
        const Recommendation &rec = in.round.recommendations[r];
        QStringList measures;
        for (const QString &id : rec.measures) {
            const Measure *m = in.q.measure(id);
            if (!m)
                continue;
            measures.append(QStringLiteral("• ") +
                            t(QT_TRANSLATE_NOOP("sbr::report", "%1 (%2)"))
                                .arg(m->title.text(t.lang()), t.effortLevel(effortKey(m->effort))));
            if (r < 3 && !topMeasures.contains(id))
                topMeasures.append(id);
        }
        const QString statement = in.itemReference(rec.item) + QStringLiteral(": ") + in.itemText(rec.item);
        rows.append({{TableBlock::text(QString::number(r + 1)), TableBlock::text(statement),
                      TableBlock::text(t.number(in.round.company.itemScores[size_t(rec.item)])),
                      TableBlock::text(t.change(rec.gain)), TableBlock::text(measures.join(QLatin1Char('\n')))},
                     false});
    }
    layout.emplace<TableBlock>(columns, rows);
    if (in.round.recommendations.size() > kShown)
        layout.emplace<ParagraphBlock>(
            t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "%Ln more statement(s) below the target."),
                     int(in.round.recommendations.size() - kShown)),
            small());

    if (!topMeasures.isEmpty()) {
        layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "The measures for the three largest gaps")), 2);
        for (const QString &id : topMeasures) {
            const Measure *m = in.q.measure(id);
            const QString lead =
                m->title.text(t.lang()) + QStringLiteral(" (") + t.effort(effortKey(m->effort)) + QStringLiteral("):");
            addBullet(layout, lead + QLatin1Char(' ') + m->description.text(t.lang()) + planNote(in, id));
        }
    }
}

void addReferences(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    if (in.q.references.isEmpty())
        return;
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Reference figures")), 1);
    layout
        .emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "Published figures on single statements, to put the company's own scores into "
                                "context. They come from other surveys and are not comparable one to one.")),
            body())
        ->keepWithNext = true; // with the start of its table
    QList<TableBlock::Column> columns{{t(QT_TRANSLATE_NOOP("sbr::report", "Figure")), 0, Qt::AlignLeft},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Statement")), mm(25), Qt::AlignLeft},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Your score")), mm(18), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Source")), mm(48), Qt::AlignLeft}};
    QList<const Reference *> refs;
    for (const Reference &r : in.q.references)
        refs.append(&r);
    std::stable_sort(refs.begin(), refs.end(), [&](const Reference *a, const Reference *b) {
        return in.q.itemIndex(a->item) < in.q.itemIndex(b->item);
    });
    QList<TableBlock::Row> rows;
    for (const Reference *r : refs) {
        const int item = in.q.itemIndex(r->item);
        const OptDouble score = item >= 0 && size_t(item) < in.round.company.itemScores.size()
                                    ? in.round.company.itemScores[size_t(item)]
                                    : std::nullopt;
        rows.append({{TableBlock::text(r->statement.text(t.lang())),
                      TableBlock::text(item >= 0 ? in.itemReference(item) : QString()),
                      TableBlock::text(t.number(score)),
                      {r->source, 1, true, {}}},
                     false});
    }
    layout.emplace<TableBlock>(columns, rows);
}

namespace {

void addMethodScale(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    const Scale &scale = in.q.scale;
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Scale")), 2);
    layout.emplace<ParagraphBlock>(
        t(QT_TRANSLATE_NOOP(
              "sbr::report",
              "Every respondent rates each statement on a scale from %1 to %2. “Not applicable” is allowed and never "
              "counts as a value."))
            .arg(scale.min)
            .arg(scale.max),
        body());
    QList<TableBlock::Row> levels;
    for (int l = scale.min; l <= scale.max; ++l)
        levels.append({{TableBlock::text(QString::number(l)), TableBlock::text(scale.label(l, t.lang())),
                        TableBlock::text(t.number(100.0 * (l - scale.min) / std::max(1, scale.max - scale.min)))},
                       false});
    layout.emplace<TableBlock>(
        QList<TableBlock::Column>{{t(QT_TRANSLATE_NOOP("sbr::report", "Level")), mm(16), Qt::AlignRight},
                                  {t(QT_TRANSLATE_NOOP("sbr::report", "Meaning")), mm(70), Qt::AlignLeft},
                                  {t(QT_TRANSLATE_NOOP("sbr::report", "Score")), mm(18), Qt::AlignRight}},
        levels);
}

/// How the numbers are computed and how to read the tables.
void addMethodRules(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    const Scale &scale = in.q.scale;
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "How the numbers are computed")), 2);
    const char *const rules[] = {
        QT_TRANSLATE_NOOP(
            "sbr::report",
            "Statement score: the mean answer of a department, converted to 0 to 100 (the lowest level is 0, the "
            "highest 100)."),
        QT_TRANSLATE_NOOP(
            "sbr::report",
            "Dimension score: the weighted mean of its statement scores, given only when statements carrying at least "
            "half of the weight were answered."),
        QT_TRANSLATE_NOOP(
            "sbr::report",
            "Readiness index: the weighted mean of the dimension scores, given only when every dimension has one. "
            "Stages: below 20 is stage 1, below 40 stage 2, below 60 stage 3, below 80 stage 4, otherwise stage 5."),
        QT_TRANSLATE_NOOP(
            "sbr::report",
            "Company: the mean of its departments; each department counts once, whatever its size. The spread of a "
            "dimension is the highest minus the lowest department score."),
        QT_TRANSLATE_NOOP("sbr::report", "Change: the difference to the company's previous round."),
        QT_TRANSLATE_NOOP(
            "sbr::report",
            "Peer comparison: the percentile among the other companies of the workspace, each with its latest round up "
            "to the date of this round; shown from five peer companies on."),
        QT_TRANSLATE_NOOP(
            "sbr::report",
            "Recommendations: the gain of a statement is its share of the index times its distance to the target."),
        QT_TRANSLATE_NOOP("sbr::report",
                          "Disagreement: a standard deviation of at least one level with at least three answers."),
    };
    for (const char *rule : rules)
        addBullet(layout, t(rule));

    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Reading the tables")), 2);
    const QString readings[] = {
        t(QT_TRANSLATE_NOOP(
              "sbr::report",
              "Mean: the average answer on the scale %1 to %2; for the company, the mean of its departments."))
            .arg(scale.min)
            .arg(scale.max),
        t(QT_TRANSLATE_NOOP("sbr::report", "Score: the same on 0 to 100.")),
        t(QT_TRANSLATE_NOOP("sbr::report",
                            "Answers: the respondents who rated the statement (“not applicable” does not count).")),
        t(QT_TRANSLATE_NOOP(
            "sbr::report",
            "Disagreement: departments whose answers spread by one level or more (standard deviation, at least three "
            "answers); worth discussing in a workshop.")),
    };
    for (const QString &text : readings)
        addBullet(layout, text);
}

void addMethodRespondents(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Respondents")), 2);
    const std::optional<int> respondents = SectionInput::respondentsShown(in.anonymous);
    const QString departments =
        t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "%Ln department(s)"), int(in.round.departments.size()));
    QString text =
        respondents ? t(QT_TRANSLATE_NOOP("sbr::report", "In round %1, %2 answered in %3."))
                          .arg(in.round.label,
                               t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "%Ln person(s)"), *respondents), departments)
                    : t(QT_TRANSLATE_NOOP("sbr::report", "In round %1, fewer than %2 people answered in %3."))
                          .arg(in.round.label, QString::number(in.minGroup), departments);
    if (!in.options.departments.isEmpty())
        text +=
            QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("sbr::report", "This report shows the selected departments: %1."))
                                   .arg(in.departmentNames().join(QStringLiteral(", ")));
    layout.emplace<ParagraphBlock>(text, body());

    // Respondents per department as people may see them: hidden ones without a number, the pool.
    QList<TableBlock::Column> columns{{t(QT_TRANSLATE_NOOP("sbr::report", "Department")), 0, Qt::AlignLeft},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Respondents")), mm(80), Qt::AlignRight}};
    QList<TableBlock::Row> rows;
    for (const AnonymousDepartment &d : in.anonymous.departments)
        rows.append({{TableBlock::text(d.name),
                      TableBlock::text(d.hidden ? in.hiddenText(d.name) : QString::number(d.respondents.value_or(0)))},
                     false});
    if (in.anonymous.pool && in.anonymous.pool->shown)
        rows.append({{TableBlock::text(in.poolName()),
                      TableBlock::text(QString::number(in.anonymous.pool->respondents.value_or(0)))},
                     false});
    layout.emplace<TableBlock>(columns, rows);

    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Anonymity")), 2);
    layout.emplace<ParagraphBlock>(
        t.plural(QT_TRANSLATE_N_NOOP(
                     "sbr::report",
                     "Results of departments with fewer than %Ln respondent(s) are not shown in this report: %1 "
                     "stands in their place. So that they cannot be computed back from the company's figures, a "
                     "further small department may be hidden with them, marked %2; together they appear as "
                     "\"other departments\" when they hold at least %Ln respondent(s). Statement values of a "
                     "department that fewer than %Ln people answered are not shown, nor are changes against a "
                     "round in which a department was hidden."),
                 in.minGroup)
            .arg(t.quoted(t(QT_TRANSLATE_NOOP("sbr::report", "too few respondents"))),
                 t.quoted(t(QT_TRANSLATE_NOOP("sbr::report", "hidden to protect another department")))),
        body());
}

} // namespace

void addMethod(PageLayout &layout, const SectionInput &in)
{
    layout.emplace<HeadingBlock>(in.t(QT_TRANSLATE_NOOP("sbr::report", "Method")), 1);
    addMethodScale(layout, in);
    addMethodRules(layout, in);
    addMethodRespondents(layout, in);
}

} // namespace sbr::report
