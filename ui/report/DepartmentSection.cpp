// The report's recommendations per department (scoring.md *Recommendations for a department*):
// for every department listed in the report, what would lift it most and its quick wins, from
// what people may see of it; a hidden department gets a sentence saying why it has none.

#include "ReportBlocks.h"
#include "ReportSections.h"

#include "scoring/DepartmentRecommendations.h"

namespace sbr::report {

namespace {

constexpr size_t kLiftShown = 5, kQuickShown = 3;

/// "Praxis 2.3: statement": a recommendation's statement with its number.
QString statementOf(const SectionInput &in, const Recommendation &rec)
{
    return in.itemReference(rec.item) + QStringLiteral(": ") + in.itemText(rec.item);
}

/// The low-effort measures of a recommendation, "title (low)", one per line.
QString lowEffortMeasures(const SectionInput &in, const Recommendation &rec)
{
    QStringList out;
    for (const QString &id : rec.measures)
        if (const Measure *m = in.q.measure(id); m && m->effort == Effort::Low)
            out.append(in.t(QT_TRANSLATE_NOOP("sbr::report", "%1 (%2)"))
                           .arg(m->title.text(in.t.lang()), in.t.effortLevel(effortKey(m->effort))));
    return out.join(QLatin1Char('\n'));
}

void addLiftTable(PageLayout &layout, const SectionInput &in, const DepartmentRecommendations &d,
                  const AnonymousDepartment &department)
{
    const ReportText &t = in.t;
    const QList<TableBlock::Column> columns{{QStringLiteral("#"), mm(8), Qt::AlignRight},
                                            {t(QT_TRANSLATE_NOOP("sbr::report", "Statement")), 0, Qt::AlignLeft},
                                            {t(QT_TRANSLATE_NOOP("sbr::report", "Score")), mm(15), Qt::AlignRight},
                                            {t(QT_TRANSLATE_NOOP("sbr::report", "Gain")), mm(15), Qt::AlignRight}};
    QList<TableBlock::Row> rows;
    for (size_t r = 0; r < std::min(kLiftShown, d.lift.size()); ++r) {
        const Recommendation &rec = d.lift[r];
        rows.append({{TableBlock::text(QString::number(r + 1)), TableBlock::text(statementOf(in, rec)),
                      TableBlock::text(t.number(department.items.at(size_t(rec.item)).score)),
                      TableBlock::text(t.change(rec.gain))},
                     false});
    }
    layout.emplace<TableBlock>(columns, rows)->spaceAfter = mm(2);
}

void addDepartment(PageLayout &layout, const SectionInput &in, const DepartmentResult &result)
{
    const ReportText &t = in.t;
    layout.emplace<HeadingBlock>(result.name, 2);
    const DepartmentRecommendations d = recommendForDepartment(in.q, in.anonymous, result.name, in.company.target);
    const AnonymousDepartment *department = in.anonymous.department(result.name);
    if (d.status == DepartmentRecommendations::Status::ProtectsAnother) {
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "Hidden to protect another department: otherwise the smaller one could be computed "
                                "back from the company values. No recommendations of its own are shown; the "
                                "company's recommendations include its answers.")),
            body());
        return;
    }
    if (d.status != DepartmentRecommendations::Status::Shown || !department) {
        layout.emplace<ParagraphBlock>(
            t.plural(QT_TRANSLATE_N_NOOP("sbr::report",
                                         "Fewer than %Ln respondent(s): to keep their answers anonymous, no "
                                         "recommendations of its own are shown; the company's recommendations "
                                         "include its answers."),
                     in.minGroup),
            body());
        return;
    }
    if (d.lift.empty()) {
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "Every statement with enough answers has reached the target of %1 points."))
                .arg(t.number(in.company.target)),
            body());
        return;
    }
    addLiftTable(layout, in, d, *department);
    if (d.quickWins.empty()) {
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP("sbr::report", "Quick wins: none of these statements has a measure of low effort.")),
            small());
        return;
    }
    layout
        .emplace<ParagraphBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Quick wins (a measure of low effort):")), body())
        ->keepWithNext = true;
    for (size_t r = 0; r < std::min(kQuickShown, d.quickWins.size()); ++r) {
        const Recommendation &rec = d.quickWins[r];
        addBullet(layout, in.itemReference(rec.item) + QStringLiteral(": ") + in.itemText(rec.item) +
                              QStringLiteral(" (") + t.change(rec.gain) + QStringLiteral(") – ") +
                              lowEffortMeasures(in, rec).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    }
}

} // namespace

void addDepartmentRecommendations(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    layout.emplace<PageBreakBlock>();
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Recommendations per department")), 1);
    layout.emplace<ParagraphBlock>(
        t.plural(QT_TRANSLATE_N_NOOP(
                     "sbr::report",
                     "For each department, the statements that would lift its own index most if they alone reached "
                     "the company's target of %1 points, and the quick wins among them. Statements with fewer than "
                     "%Ln answer(s) are left out; departments hidden for anonymity have none."),
                 in.minGroup)
            .arg(t.number(in.company.target)),
        body());
    for (const DepartmentResult *d : in.departments)
        addDepartment(layout, in, *d);
}

} // namespace sbr::report
