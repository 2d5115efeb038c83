// The summary page of the management report: key figures, what they cover, the manager's
// conclusions, the stage, the change, the peer position and the largest strengths and gaps.

#include "ReportBlocks.h"
#include "ReportSections.h"

#include <QRegularExpression>

#include <algorithm>

namespace sbr::report {

namespace {

/// Items of the round ordered by company score: the first `count` highest (or lowest).
QList<int> rankedItems(const RoundResult &round, bool highest, int count)
{
    QList<int> items;
    for (int i = 0; i < int(round.company.itemScores.size()); ++i)
        if (round.company.itemScores[size_t(i)])
            items.append(i);
    std::stable_sort(items.begin(), items.end(), [&](int a, int b) {
        const double sa = *round.company.itemScores[size_t(a)], sb = *round.company.itemScores[size_t(b)];
        return highest ? sa > sb : sa < sb;
    });
    return items.mid(0, count);
}

void addKeyFigures(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    const CompanyLevelResult &c = in.round.company;
    const BenchmarkResult &bench = in.round.benchmark;
    QList<KeyFiguresBlock::Figure> figures;
    figures.append({t(QT_TRANSLATE_NOOP("sbr::report", "Readiness index")), t.number(c.index),
                    t(QT_TRANSLATE_NOOP("sbr::report", "out of 100 points"))});
    figures.append({t(QT_TRANSLATE_NOOP("sbr::report", "Stage")),
                    c.stage ? t(QT_TRANSLATE_NOOP("sbr::report", "%1 of 5")).arg(*c.stage) : t.number(std::nullopt),
                    c.stage ? stageName(*c.stage, t.lang()) : t(QT_TRANSLATE_NOOP("sbr::report", "not yet known"))});
    figures.append({t(QT_TRANSLATE_NOOP("sbr::report", "Change")), t.change(c.delta),
                    in.previous ? t(QT_TRANSLATE_NOOP("sbr::report", "points since round %1")).arg(in.previous->label)
                                : t(QT_TRANSLATE_NOOP("sbr::report", "first round"))});
    figures.append(
        {t(QT_TRANSLATE_NOOP("sbr::report", "Peer comparison")),
         bench.index.percentile ? t.locale().toString(*bench.index.percentile, 'f', 0) : t.number(std::nullopt),
         bench.index.percentile
             ? t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "percentile among %Ln peer company(ies)"), bench.peers)
             : t(QT_TRANSLATE_NOOP("sbr::report", "too few peer companies"))});
    layout.emplace<KeyFiguresBlock>(figures);
}

/// Next to the company figures: what they cover when the report lists fewer departments.
void addScopeNote(PageLayout &layout, const SectionInput &in)
{
    const int all = int(in.round.departments.size());
    const int left = all - int(in.departments.size());
    if (left <= 0)
        return;
    const ReportText &t = in.t;
    layout.emplace<ParagraphBlock>(
        t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "Company values over all %Ln department(s)"), all) +
            QStringLiteral("; ") + t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "%Ln not listed in this report."), left),
        small());
}

/// The manager's conclusions on the round, as written: blank lines separate paragraphs, other
/// line breaks are kept; plain text (nothing in it is read as markup), wrapped inside the text
/// block, long tokens broken. Nothing when there are none.
void addConclusions(PageLayout &layout, const SectionInput &in)
{
    const QString text = in.options.conclusions.trimmed();
    if (text.isEmpty())
        return;
    const ReportText &t = in.t;
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Conclusions")), 2);
    const QStringList paragraphs = text.split(QRegularExpression(QStringLiteral("\\n[ \\t]*\\n")), Qt::SkipEmptyParts);
    for (const QString &paragraph : paragraphs)
        if (const QString p = paragraph.trimmed(); !p.isEmpty())
            layout.emplace<ParagraphBlock>(p, body())->spaceAfter = mm(1.5);
}

void addStageMeaning(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    const CompanyLevelResult &c = in.round.company;
    if (c.stage) {
        layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "What stage %1 means")).arg(*c.stage), 2);
        const QString name = stageName(*c.stage, t.lang());
        layout.emplace<ParagraphBlock>(name + QStringLiteral(": ") + t.stageMeaning(*c.stage), body(), QString(),
                                       int(name.size()) + 1);
    } else {
        layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Stage")), 2);
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP(
                "sbr::report",
                "The index cannot be computed yet: at least one dimension lacks answers in every department.")),
            body());
    }
}

/// The change since the previous round, with the dimensions that moved most.
void addChange(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    const CompanyLevelResult &c = in.round.company;
    if (!in.previous) {
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP("sbr::report",
                                "This is the company's first round; the next report will show the changes.")),
            body());
    } else if (!c.delta) {
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP(
                  "sbr::report",
                  "No change can be given against round %1: one of the two rounds has no complete index."))
                .arg(in.previous->label),
            body());
    } else {
        const char *direction =
            *c.delta > 0.05 ? QT_TRANSLATE_NOOP("sbr::report", "Since round %1 (%2) the index has risen by %3 points.")
            : *c.delta < -0.05
                ? QT_TRANSLATE_NOOP("sbr::report", "Since round %1 (%2) the index has fallen by %3 points.")
                : QT_TRANSLATE_NOOP("sbr::report", "Since round %1 (%2) the index has hardly changed (%3 points).");
        QString text = t(direction).arg(in.previous->label, t.date(in.previous->date), t.number(std::abs(*c.delta)));
        int best = -1, worst = -1;
        for (int d = 0; d < int(c.dimensions.size()); ++d) {
            const OptDouble delta = c.dimensions[size_t(d)].delta;
            if (!delta)
                continue;
            if (best < 0 || *delta > *c.dimensions[size_t(best)].delta)
                best = d;
            if (worst < 0 || *delta < *c.dimensions[size_t(worst)].delta)
                worst = d;
        }
        if (best >= 0 && worst >= 0 && best != worst)
            text += QLatin1Char(' ') +
                    t(QT_TRANSLATE_NOOP("sbr::report", "By dimension, %1 developed best (%2) and %3 least (%4)."))
                        .arg(t.quoted(in.dimensionTitle(best)), t.change(c.dimensions[size_t(best)].delta),
                             t.quoted(in.dimensionTitle(worst)), t.change(c.dimensions[size_t(worst)].delta));
        layout.emplace<ParagraphBlock>(text, body());
    }
}

void addPeerPosition(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    const BenchmarkResult &bench = in.round.benchmark;
    if (bench.index.percentile) {
        const QString text =
            t(QT_TRANSLATE_NOOP(
                  "sbr::report",
                  "Among %1 peer companies of the workspace the index reaches percentile %2: about %2% of them score "
                  "lower. The peers average %3 points (standard deviation %4)."))
                .arg(QString::number(bench.peers), t.locale().toString(*bench.index.percentile, 'f', 0),
                     t.number(bench.index.mean), t.number(bench.index.sd));
        layout.emplace<ParagraphBlock>(text, body());
    } else {
        layout.emplace<ParagraphBlock>(
            t.plural(QT_TRANSLATE_N_NOOP(
                         "sbr::report",
                         "A comparison needs at least five peer companies; the workspace has %Ln for this round."),
                     bench.peers),
            body());
    }
}

void addStrengthsAndGaps(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    const QList<int> strengths = rankedItems(in.round, true, 3);
    if (!strengths.isEmpty()) {
        layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Top strengths")), 2);
        for (int item : strengths) {
            const QString lead = in.itemReference(item) + QLatin1Char(':');
            addBullet(layout, lead + QLatin1Char(' ') + in.itemText(item) + QStringLiteral(" (") +
                                  t(QT_TRANSLATE_NOOP("sbr::report", "score %1"))
                                      .arg(t.number(in.round.company.itemScores[size_t(item)])) +
                                  QLatin1Char(')'));
        }
    }
    if (!in.round.recommendations.empty()) {
        layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Largest gaps")), 2);
        for (size_t r = 0; r < std::min<size_t>(3, in.round.recommendations.size()); ++r) {
            const Recommendation &rec = in.round.recommendations[r];
            const QString lead = in.itemReference(rec.item) + QLatin1Char(':');
            const QString score = t.number(in.round.company.itemScores[size_t(rec.item)]);
            addBullet(layout, lead + QLatin1Char(' ') + in.itemText(rec.item) + QStringLiteral(" (") +
                                  t(QT_TRANSLATE_NOOP("sbr::report", "score %1; possible gain %2 index points"))
                                      .arg(score, t.number(rec.gain)) +
                                  QLatin1Char(')'));
        }
    }
}

} // namespace

void addSummary(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Executive summary")), 1);
    if (in.anonymous.companyHidden)
        layout.emplace<ParagraphBlock>(
            t.plural(QT_TRANSLATE_N_NOOP(
                         "sbr::report", "Fewer than %Ln person(s) answered in this round in the whole company: to keep "
                                        "their answers anonymous, this report shows no company values for it."),
                     in.minGroup),
            body());
    addKeyFigures(layout, in);
    addScopeNote(layout, in);
    addConclusions(layout, in);
    addStageMeaning(layout, in);
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Change and peer comparison")), 2);
    addChange(layout, in);
    addPeerPosition(layout, in);
    addStrengthsAndGaps(layout, in);
}

} // namespace sbr::report
