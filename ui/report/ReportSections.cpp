#include "ReportSections.h"

#include "ReportBlocks.h"
#include "ScoreCharts.h"

#include "RadarChart.h"
#include "TrendChart.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>

namespace sbr::report {

namespace {

/// The title band of page one: what, for whom, when; the logo on the right.
class CoverBlock : public Block {
public:
    CoverBlock(const QString &kicker, const QString &company, const QString &subtitle, const QString &details,
               const QByteArray &logo)
        : m_kicker(kicker, TextStyle{8.0, true, false, colors::accent(), 1.2}),
          m_company(company, TextStyle{24.0, true, false, colors::ink(), 1.12}),
          m_subtitle(subtitle, TextStyle{12.0, false, false, colors::ink(), 1.25}),
          m_details(details, TextStyle{8.5, false, false, colors::muted(), 1.35})
    {
        if (!logo.isEmpty())
            m_logo = QImage::fromData(logo);
        spaceAfter = mm(1);
    }

    void layout(const Typesetter &type, double width) override
    {
        m_logoSize = QSizeF();
        if (!m_logo.isNull()) {
            // At most 45 × 20 mm, aspect kept.
            const QSizeF box(mm(45), mm(20));
            m_logoSize = QSizeF(m_logo.size()).scaled(box, Qt::KeepAspectRatio);
        }
        const double textWidth = width - (m_logoSize.isValid() ? m_logoSize.width() + mm(8) : 0.0);
        for (TextBox *box : {&m_kicker, &m_company, &m_subtitle, &m_details})
            box->layout(type, textWidth);
        const double text = mm(4) + m_kicker.height() + mm(3) + m_company.height() + mm(2) + m_subtitle.height() +
                            mm(3) + m_details.height() + mm(5);
        m_height = std::max(text, m_logoSize.isValid() ? m_logoSize.height() + mm(9) : 0.0);
    }
    double unitHeight(int) const override { return m_height; }

    void paint(PaintContext &ctx, const QRectF &rect, int, int) const override
    {
        QPainter &p = ctx.painter;
        p.fillRect(QRectF(rect.left(), rect.top(), rect.width(), mm(1.2)), colors::accent());
        const double w = rect.width() - (m_logoSize.isValid() ? m_logoSize.width() + mm(8) : 0.0);
        double y = rect.top() + mm(4);
        auto draw = [&](const TextBox &box, double after) {
            box.draw(p, ctx.type, QPointF(rect.left(), y), w, 0, box.lineCount() - 1);
            y += box.height() + after;
        };
        draw(m_kicker, mm(3));
        draw(m_company, mm(2));
        draw(m_subtitle, mm(3));
        draw(m_details, 0);
        if (m_logoSize.isValid())
            p.drawImage(QRectF(QPointF(rect.right() - m_logoSize.width(), rect.top() + mm(4)), m_logoSize), m_logo);
        p.fillRect(QRectF(rect.left(), rect.bottom() - mm(1.5), rect.width(), pt(0.6)), colors::rule());
    }

private:
    TextBox m_kicker, m_company, m_subtitle, m_details;
    QImage m_logo;
    QSizeF m_logoSize;
    double m_height = 0;
};

/// Keeps "mean ± sd" together when a header wraps.
QString noBreak(QString text)
{
    return text.replace(QStringLiteral(" ± "), QStringLiteral("\u00a0±\u00a0"));
}

} // namespace

// --- SectionInput -----------------------------------------------------------------------------

QString SectionInput::hiddenText(const QString &department) const
{
    return anonymous.protectsAnother(department)
               ? t(QT_TRANSLATE_NOOP("sbr::report", "hidden to protect another department"))
               : t(QT_TRANSLATE_NOOP("sbr::report", "too few respondents"));
}

QStringList SectionInput::departmentNames() const
{
    QStringList names;
    for (const DepartmentResult *d : departments)
        names.append(d->name);
    return names;
}

std::optional<int> SectionInput::respondentsShown(const AnonymousRound &round)
{
    if (round.companyHidden)
        return std::nullopt;
    int respondents = 0;
    for (const AnonymousDepartment &d : round.departments)
        respondents += d.respondents.value_or(0);
    if (round.pool)
        respondents += round.pool->respondents.value_or(0);
    return respondents;
}

const AnonymousRound *SectionInput::anonymousRound(const QString &label) const
{
    for (const AnonymousRound &r : anonymousCompany.rounds)
        if (r.label == label)
            return &r;
    return nullptr;
}

QString SectionInput::poolName() const
{
    return t(QT_TRANSLATE_NOOP("sbr::report", "Other departments (%1)"))
        .arg(anonymous.pool ? anonymous.pool->departments.join(QStringLiteral(", ")) : QString());
}

QString SectionInput::dimensionTitle(int d) const
{
    return q.dimensions.value(d).title.text(t.lang());
}

QString SectionInput::itemText(int flatItem) const
{
    const QList<const Item *> items = q.flatItems();
    return flatItem >= 0 && flatItem < items.size() ? items.at(flatItem)->text.text(t.lang()) : QString();
}

QString SectionInput::itemNumber(int flatItem) const
{
    const int d = q.dimensionOfItem(flatItem);
    int first = 0;
    for (int k = 0; k < d; ++k)
        first += int(q.dimensions.at(k).items.size());
    return QStringLiteral("%1.%2").arg(d + 1).arg(flatItem - first + 1);
}

QString SectionInput::itemReference(int flatItem) const
{
    return dimensionTitle(q.dimensionOfItem(flatItem)) + QLatin1Char(' ') + itemNumber(flatItem);
}

charts::ChartStyle SectionInput::chartStyle() const
{
    charts::ChartStyle style;
    style.locale = t.locale();
    // The charts scale from the application font; the report wants the same size on every
    // machine, whatever the desktop's font setting.
    const double appSize = QGuiApplication::font().pointSizeF();
    style.fontScale = appSize > 0 ? 9.0 / appSize : 1.0;
    return style;
}

// --- Sections ---------------------------------------------------------------------------------

void addBullet(PageLayout &layout, const QString &text)
{
    const int colon = int(text.indexOf(QLatin1Char(':')));
    layout.emplace<ParagraphBlock>(text, body(), QStringLiteral("•"), colon + 1)->spaceAfter = mm(1.2);
}

void addCover(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    const std::optional<int> respondents = SectionInput::respondentsShown(in.anonymous);
    QString details =
        t(QT_TRANSLATE_NOOP("sbr::report", "Round %1, surveyed on %2")).arg(in.round.label, t.date(in.round.date));
    if (respondents)
        details +=
            QStringLiteral(" · ") + t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "%Ln respondent(s)"), *respondents);
    details += QStringLiteral(" · ") +
               t.plural(QT_TRANSLATE_N_NOOP("sbr::report", "%Ln department(s)"), int(in.round.departments.size()));
    details +=
        QLatin1Char('\n') +
        t(QT_TRANSLATE_NOOP("sbr::report", "Status: generated by Social Business Radar %1, questionnaire %2 "
                                           "version %3, minimum group size %4"))
            .arg(QStringLiteral(SBRADAR_VERSION), in.q.id, QString::number(in.q.version), QString::number(in.minGroup));
    QString kicker = t(QT_TRANSLATE_NOOP("sbr::report", "Management report"));
    if (in.options.generated.isValid())
        kicker += QStringLiteral(" · ") + t.date(in.options.generated);
    layout.emplace<CoverBlock>(kicker.toUpper(), in.company.name, in.q.title.text(t.lang()), details, in.options.logo);
}

void addProfile(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    layout.emplace<PageBreakBlock>();
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Profile by dimension")), 1);
    const charts::RadarData radar =
        radarData(in.q, in.company, in.round, in.departmentNames(), nullptr, true, t.lang(), &in.anonymous);
    const charts::ChartStyle style = in.chartStyle();
    layout.emplace<ChartBlock>([radar, style] { return charts::makeRadarChart(radar, style); },
                               QSizeF(mm(160), mm(158)));

    QString caption = t(QT_TRANSLATE_NOOP(
        "sbr::report", "Thick line: the company (the mean of its departments); thin lines: the departments; "
                       "shaded: the peer companies' mean ± one standard deviation. The rings at 20, 40, 60 and 80 "
                       "are the stage thresholds."));
    QStringList left, protecting;
    for (const DepartmentResult *d : in.departments)
        if (in.hidden(*d))
            (in.anonymous.protectsAnother(d->name) ? protecting : left).append(d->name);
    if (!left.isEmpty())
        caption += QLatin1Char(' ') + t(QT_TRANSLATE_NOOP("sbr::report", "Not shown (too few respondents): %1."))
                                          .arg(left.join(QStringLiteral(", ")));
    if (!protecting.isEmpty())
        caption += QLatin1Char(' ') +
                   t(QT_TRANSLATE_NOOP("sbr::report", "Not shown (hidden to protect another department): %1."))
                       .arg(protecting.join(QStringLiteral(", ")));
    layout.emplace<ParagraphBlock>(caption, small());

    QList<TableBlock::Column> columns{
        {t(QT_TRANSLATE_NOOP("sbr::report", "Dimension")), 0, Qt::AlignLeft},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Score")), mm(18), Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Change")), mm(22), Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Spread")), mm(22), Qt::AlignRight},
        {t(QT_TRANSLATE_NOOP("sbr::report", "Percentile")), mm(22), Qt::AlignRight},
        {noBreak(t(QT_TRANSLATE_NOOP("sbr::report", "Peer group (mean ± sd)"))), mm(34), Qt::AlignRight}};
    QList<TableBlock::Row> rows;
    const CompanyLevelResult &c = in.round.company;
    for (int d = 0; d < in.q.dimensions.size() && size_t(d) < c.dimensions.size(); ++d) {
        const CompanyDimensionResult &cd = c.dimensions[size_t(d)];
        const BandResult band =
            size_t(d) < in.round.benchmark.dimensions.size() ? in.round.benchmark.dimensions[size_t(d)] : BandResult{};
        const QString peers = band.mean && band.sd ? t.number(band.mean) + QStringLiteral(" ± ") + t.number(band.sd)
                                                   : t.number(std::nullopt);
        rows.append({{TableBlock::text(in.dimensionTitle(d)), TableBlock::text(t.number(cd.score)),
                      TableBlock::text(t.change(cd.delta)), TableBlock::text(t.number(cd.spread)),
                      TableBlock::text(band.percentile ? t.locale().toString(*band.percentile, 'f', 0)
                                                       : t.number(std::nullopt)),
                      TableBlock::text(peers)},
                     false});
    }
    const BandResult &ib = in.round.benchmark.index;
    rows.append(
        {{TableBlock::text(t(QT_TRANSLATE_NOOP("sbr::report", "Readiness index"))), TableBlock::text(t.number(c.index)),
          TableBlock::text(t.change(c.delta)), TableBlock::text(t.number(std::nullopt)),
          TableBlock::text(ib.percentile ? t.locale().toString(*ib.percentile, 'f', 0) : t.number(std::nullopt)),
          TableBlock::text(ib.mean && ib.sd ? t.number(ib.mean) + QStringLiteral(" ± ") + t.number(ib.sd)
                                            : t.number(std::nullopt))},
         true});
    layout.emplace<TableBlock>(columns, rows);
}

void addTrend(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Development over the rounds")), 1);
    const charts::TrendData trend = trendData(in.q, in.company, t.lang());
    const charts::ChartStyle style = in.chartStyle();
    layout.emplace<ChartBlock>([trend, style] { return charts::makeTrendChart(trend, style); },
                               QSizeF(mm(160), mm(100)));

    QList<TableBlock::Column> columns{{t(QT_TRANSLATE_NOOP("sbr::report", "Round")), 0, Qt::AlignLeft},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Date")), mm(38), Qt::AlignLeft},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Departments")), mm(24), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Respondents")), mm(24), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Index")), mm(18), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Change")), mm(22), Qt::AlignRight}};
    QList<TableBlock::Row> rows;
    for (const RoundResult &r : in.company.rounds) {
        const AnonymousRound *shownRound = in.anonymousRound(r.label);
        const std::optional<int> respondents = shownRound ? SectionInput::respondentsShown(*shownRound) : std::nullopt;
        rows.append({{TableBlock::text(r.label), TableBlock::text(t.date(r.date)),
                      TableBlock::text(QString::number(r.departments.size())),
                      TableBlock::text(respondents ? QString::number(*respondents) : t.number(std::nullopt)),
                      TableBlock::text(t.number(r.company.index)), TableBlock::text(t.change(r.company.delta))},
                     r.label == in.round.label});
    }
    layout.emplace<TableBlock>(columns, rows);

    // The numbers behind the lines, for the last rounds up to this one.
    constexpr int kRounds = 6;
    QList<const RoundResult *> shown;
    for (const RoundResult &r : in.company.rounds)
        if (r.date <= in.round.date)
            shown.append(&r);
    shown = shown.mid(std::max<qsizetype>(0, shown.size() - kRounds));
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Scores by round")), 2);
    QList<TableBlock::Column> byRoundColumns{{t(QT_TRANSLATE_NOOP("sbr::report", "Dimension")), 0, Qt::AlignLeft}};
    for (const RoundResult *r : shown)
        byRoundColumns.append({r->label, mm(20), Qt::AlignRight});
    QList<TableBlock::Row> byRound;
    for (int d = 0; d < in.q.dimensions.size(); ++d) {
        TableBlock::Row row{{TableBlock::text(in.dimensionTitle(d))}, false};
        for (const RoundResult *r : shown)
            row.cells.append(TableBlock::text(t.number(
                size_t(d) < r->company.dimensions.size() ? r->company.dimensions[size_t(d)].score : std::nullopt)));
        byRound.append(row);
    }
    TableBlock::Row indexRow{{TableBlock::text(t(QT_TRANSLATE_NOOP("sbr::report", "Readiness index")))}, true};
    for (const RoundResult *r : shown)
        indexRow.cells.append(TableBlock::text(t.number(r->company.index)));
    byRound.append(indexRow);
    layout.emplace<TableBlock>(byRoundColumns, byRound);
}

void addDepartments(PageLayout &layout, const SectionInput &in)
{
    const ReportText &t = in.t;
    layout.emplace<PageBreakBlock>();
    layout.emplace<HeadingBlock>(t(QT_TRANSLATE_NOOP("sbr::report", "Departments compared")), 1);
    RoundResult filtered = in.round; // the heatmap shows the selected departments only
    filtered.departments.clear();
    for (const DepartmentResult *d : in.departments)
        filtered.departments.push_back(*d);
    const charts::HeatmapData heat = heatmapData(in.q, filtered, t.lang(), &in.anonymous);
    charts::ChartStyle heatStyle = in.chartStyle();
    heatStyle.fontScale = 1.0; // the heatmap starts from the report's own font, not the application's
    layout.emplace<HeatmapBlock>(heat, heatStyle, TextStyle{8.0});

    const CompanyLevelResult &c = in.round.company;
    int widest = -1;
    for (int d = 0; d < int(c.dimensions.size()); ++d)
        if (c.dimensions[size_t(d)].spread &&
            (widest < 0 || *c.dimensions[size_t(d)].spread > *c.dimensions[size_t(widest)].spread))
            widest = d;
    if (widest >= 0 && *c.dimensions[size_t(widest)].spread > 0.05)
        layout.emplace<ParagraphBlock>(
            t(QT_TRANSLATE_NOOP(
                  "sbr::report",
                  "The spread is the distance between the highest and the lowest department. It is widest in %1 "
                  "(%2 points): there the departments see the company most differently, a sign of silos worth "
                  "talking about."))
                .arg(t.quoted(in.dimensionTitle(widest)), t.number(c.dimensions[size_t(widest)].spread)),
            body());

    QList<TableBlock::Column> columns{{t(QT_TRANSLATE_NOOP("sbr::report", "Department")), 0, Qt::AlignLeft},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Respondents")), mm(24), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Index")), mm(18), Qt::AlignRight},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Stage")), mm(36), Qt::AlignLeft},
                                      {t(QT_TRANSLATE_NOOP("sbr::report", "Change")), mm(22), Qt::AlignRight}};
    QList<TableBlock::Row> rows;
    for (const DepartmentResult *d : in.departments) {
        if (in.hidden(*d)) {
            rows.append({{TableBlock::text(d->name), {in.hiddenText(d->name), 4, true, Qt::AlignLeft}}, false});
            continue;
        }
        rows.append(
            {{TableBlock::text(d->name), TableBlock::text(QString::number(d->respondents)),
              TableBlock::text(t.number(d->index)),
              TableBlock::text(d->stage ? QStringLiteral("%1 · %2").arg(*d->stage).arg(stageName(*d->stage, t.lang()))
                                        : t.number(std::nullopt)),
              TableBlock::text(t.change(d->delta))},
             false});
    }
    if (const auto &pool = in.anonymous.pool; pool && pool->shown)
        rows.append(
            {{TableBlock::text(in.poolName()), TableBlock::text(QString::number(pool->respondents.value_or(0))),
              TableBlock::text(t.number(pool->index)),
              TableBlock::text(pool->stage
                                   ? QStringLiteral("%1 · %2").arg(*pool->stage).arg(stageName(*pool->stage, t.lang()))
                                   : t.number(std::nullopt)),
              TableBlock::text(t.number(std::nullopt))},
             false});
    rows.append({{TableBlock::text(t(QT_TRANSLATE_NOOP("sbr::report", "Company (mean of the departments)"))),
                  TableBlock::text(QString()), TableBlock::text(t.number(c.index)),
                  TableBlock::text(c.stage ? QStringLiteral("%1 · %2").arg(*c.stage).arg(stageName(*c.stage, t.lang()))
                                           : t.number(std::nullopt)),
                  TableBlock::text(t.change(c.delta))},
                 true});
    layout.emplace<TableBlock>(columns, rows);
}

} // namespace sbr::report
