#include "ClientTables.h"

#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QDate>

namespace sbr::io {

namespace {

constexpr const char *kContext = "sbr::export";

struct Text {
    QString lang;
    QString operator()(const char *source) const { return i18n::translate(lang, kContext, source); }
};

QVariant number(const OptDouble &value)
{
    return value ? QVariant(*value) : QVariant();
}
QVariant number(const std::optional<int> &value)
{
    return value ? QVariant(double(*value)) : QVariant();
}
QVariant number(const std::optional<qint64> &value)
{
    return value ? QVariant(double(*value)) : QVariant();
}

const QString kOneDecimal = QStringLiteral("0.0");
const QString kWhole = QStringLiteral("0");
const QString kPercent = QStringLiteral("0%");

/// Adds a column: its id, its heading for people and its number format.
void addColumn(Table &t, const QString &id, const QString &label, const QString &format = {})
{
    t.header.append(id);
    t.labels.append(label);
    t.numberFormats.append(format);
}

void addRoundColumns(Table &table, const Text &t)
{
    addColumn(table, QStringLiteral("company"), t(QT_TRANSLATE_NOOP("sbr::export", "Company")));
    addColumn(table, QStringLiteral("round"), t(QT_TRANSLATE_NOOP("sbr::export", "Round")));
    addColumn(table, QStringLiteral("date"), t(QT_TRANSLATE_NOOP("sbr::export", "Date")));
}

QList<QVariant> roundKey(const AnonymousCompany &c, const AnonymousRound &r)
{
    return {c.name, r.label, r.date.isValid() ? QVariant(r.date) : QVariant()};
}

QString dimensionLabel(const Dimension &d, const QString &lang, const QString &what)
{
    return d.title.text(lang) + QStringLiteral(": ") + what;
}

std::optional<int> respondentsShown(const AnonymousRound &r)
{
    if (r.companyHidden)
        return std::nullopt;
    int n = 0;
    for (const AnonymousDepartment &d : r.departments)
        n += d.respondents.value_or(0);
    if (r.pool)
        n += r.pool->respondents.value_or(0);
    return n;
}

} // namespace

Table anonymousCompanyTable(const AnonymousReport &report, const Questionnaire &q, const QString &lang)
{
    const Text t{lang};
    Table table;
    table.name = t(QT_TRANSLATE_NOOP("sbr::export", "Company"));
    addRoundColumns(table, t);
    addColumn(table, QStringLiteral("respondents"), t(QT_TRANSLATE_NOOP("sbr::export", "Respondents")), kWhole);
    addColumn(table, QStringLiteral("index"), t(QT_TRANSLATE_NOOP("sbr::export", "Readiness index")), kOneDecimal);
    addColumn(table, QStringLiteral("stage"), t(QT_TRANSLATE_NOOP("sbr::export", "Stage")), kWhole);
    addColumn(table, QStringLiteral("delta"), t(QT_TRANSLATE_NOOP("sbr::export", "Index change")), kOneDecimal);
    addColumn(table, QStringLiteral("peers"), t(QT_TRANSLATE_NOOP("sbr::export", "Peer companies")), kWhole);
    addColumn(table, QStringLiteral("index.percentile"), t(QT_TRANSLATE_NOOP("sbr::export", "Index percentile")),
              kWhole);
    for (const Dimension &d : q.dimensions) {
        addColumn(table, d.id + QStringLiteral(".score"),
                  dimensionLabel(d, lang, t(QT_TRANSLATE_NOOP("sbr::export", "score"))), kOneDecimal);
        addColumn(table, d.id + QStringLiteral(".spread"),
                  dimensionLabel(d, lang, t(QT_TRANSLATE_NOOP("sbr::export", "spread"))), kOneDecimal);
        addColumn(table, d.id + QStringLiteral(".delta"),
                  dimensionLabel(d, lang, t(QT_TRANSLATE_NOOP("sbr::export", "change"))), kOneDecimal);
        addColumn(table, d.id + QStringLiteral(".percentile"),
                  dimensionLabel(d, lang, t(QT_TRANSLATE_NOOP("sbr::export", "percentile"))), kWhole);
    }
    for (const AnonymousCompany &c : report.companies)
        for (const AnonymousRound &r : c.rounds) {
            QList<QVariant> row = roundKey(c, r);
            const std::optional<int> respondents = respondentsShown(r);
            row << (respondents ? number(respondents)
                                : QVariant(t(QT_TRANSLATE_NOOP("sbr::export", "too few respondents"))))
                << number(r.company.index) << number(r.company.stage) << number(r.company.delta)
                << QVariant(double(r.benchmark.peers)) << number(r.benchmark.index.percentile);
            for (size_t k = 0; k < size_t(q.dimensions.size()); ++k) {
                const CompanyDimensionResult dim =
                    k < r.company.dimensions.size() ? r.company.dimensions[k] : CompanyDimensionResult{};
                const BandResult band = k < r.benchmark.dimensions.size() ? r.benchmark.dimensions[k] : BandResult{};
                row << number(dim.score) << number(dim.spread) << number(dim.delta) << number(band.percentile);
            }
            table.rows.append(std::move(row));
        }
    return table;
}

Table anonymousDepartmentTable(const AnonymousReport &report, const Questionnaire &q, const QString &lang)
{
    const Text t{lang};
    Table table;
    table.name = t(QT_TRANSLATE_NOOP("sbr::export", "Departments"));
    addRoundColumns(table, t);
    addColumn(table, QStringLiteral("department"), t(QT_TRANSLATE_NOOP("sbr::export", "Department")));
    addColumn(table, QStringLiteral("respondents"), t(QT_TRANSLATE_NOOP("sbr::export", "Respondents")), kWhole);
    addColumn(table, QStringLiteral("index"), t(QT_TRANSLATE_NOOP("sbr::export", "Readiness index")), kOneDecimal);
    addColumn(table, QStringLiteral("stage"), t(QT_TRANSLATE_NOOP("sbr::export", "Stage")), kWhole);
    addColumn(table, QStringLiteral("delta"), t(QT_TRANSLATE_NOOP("sbr::export", "Index change")), kOneDecimal);
    for (const Dimension &d : q.dimensions) {
        addColumn(table, d.id + QStringLiteral(".score"),
                  dimensionLabel(d, lang, t(QT_TRANSLATE_NOOP("sbr::export", "score"))), kOneDecimal);
        addColumn(table, d.id + QStringLiteral(".coverage"),
                  dimensionLabel(d, lang, t(QT_TRANSLATE_NOOP("sbr::export", "coverage"))), kPercent);
    }
    const QString tooFew = t(QT_TRANSLATE_NOOP("sbr::export", "too few respondents"));
    const QString protecting = t(QT_TRANSLATE_NOOP("sbr::export", "hidden to protect another department"));
    for (const AnonymousCompany &c : report.companies)
        for (const AnonymousRound &r : c.rounds) {
            for (const AnonymousDepartment &dep : r.departments) {
                QList<QVariant> row = roundKey(c, r);
                row << dep.name;
                if (dep.hidden) { // rule 3: the name only; rule 2 says why a large one is hidden
                    row << (dep.protectsAnother ? protecting : tooFew);
                    table.rows.append(std::move(row));
                    continue;
                }
                row << number(dep.respondents) << number(dep.index) << number(dep.stage) << number(dep.delta);
                for (const AnonymousDimension &dim : dep.dimensions)
                    row << number(dim.score) << number(dim.coverage);
                table.rows.append(std::move(row));
            }
            if (r.pool && r.pool->shown) { // rule 4: the hidden departments together
                QList<QVariant> row = roundKey(c, r);
                row << t(QT_TRANSLATE_NOOP("sbr::export", "Other departments (%1)"))
                           .arg(r.pool->departments.join(QStringLiteral(", ")))
                    << number(r.pool->respondents) << number(r.pool->index) << number(r.pool->stage) << QVariant();
                for (const OptDouble &score : r.pool->dimensions)
                    row << number(score) << QVariant();
                table.rows.append(std::move(row));
            }
        }
    return table;
}

Table anonymousItemTable(const AnonymousReport &report, const Questionnaire &q, const QString &lang)
{
    const Text t{lang};
    Table table;
    table.name = t(QT_TRANSLATE_NOOP("sbr::export", "Statements"));
    addRoundColumns(table, t);
    addColumn(table, QStringLiteral("department"), t(QT_TRANSLATE_NOOP("sbr::export", "Department")));
    addColumn(table, QStringLiteral("item"), t(QT_TRANSLATE_NOOP("sbr::export", "Statement id")));
    addColumn(table, QStringLiteral("text"), t(QT_TRANSLATE_NOOP("sbr::export", "Statement")));
    addColumn(table, QStringLiteral("n"), t(QT_TRANSLATE_NOOP("sbr::export", "Answers")), kWhole);
    addColumn(table, QStringLiteral("mean"), t(QT_TRANSLATE_NOOP("sbr::export", "Mean level")), kOneDecimal);
    addColumn(table, QStringLiteral("sd"), t(QT_TRANSLATE_NOOP("sbr::export", "Standard deviation")), kOneDecimal);
    addColumn(table, QStringLiteral("score"), t(QT_TRANSLATE_NOOP("sbr::export", "Score")), kOneDecimal);
    addColumn(table, QStringLiteral("disagreement"), t(QT_TRANSLATE_NOOP("sbr::export", "Disagreement")));
    const QList<const Item *> items = q.flatItems();
    QStringList texts;
    for (const Item *item : items)
        texts.append(item->text.text(lang));
    const QString tooFew = t(QT_TRANSLATE_NOOP("sbr::export", "too few answers"));
    const QString yes = t(QT_TRANSLATE_NOOP("sbr::export", "yes"));
    for (const AnonymousCompany &c : report.companies)
        for (const AnonymousRound &r : c.rounds)
            for (const AnonymousDepartment &dep : r.departments) {
                if (dep.hidden)
                    continue;
                for (qsizetype k = 0; k < items.size() && size_t(k) < dep.items.size(); ++k) {
                    const AnonymousItem &item = dep.items[size_t(k)];
                    QList<QVariant> row = roundKey(c, r);
                    row << dep.name << items[k]->id << texts[k] << number(item.n);
                    if (item.hidden)
                        row << tooFew; // rule 7: n is kept, the values are not shown
                    else
                        row << number(item.mean) << number(item.sd) << number(item.score)
                            << (item.disagreement ? QVariant(yes) : QVariant());
                    table.rows.append(std::move(row));
                }
            }
    return table;
}

Table explanationTable(const AnonymousReport &report, const Questionnaire &q, const QString &lang)
{
    const Text t{lang};
    Table table;
    table.name = t(QT_TRANSLATE_NOOP("sbr::export", "Read me"));
    addColumn(table, QStringLiteral("term"), t(QT_TRANSLATE_NOOP("sbr::export", "Column")));
    addColumn(table, QStringLiteral("meaning"), t(QT_TRANSLATE_NOOP("sbr::export", "Meaning")));
    const auto add = [&](const char *term, const QString &meaning) { table.rows.append({t(term), meaning}); };
    add(QT_TRANSLATE_NOOP("sbr::export", "Readiness index"),
        t(QT_TRANSLATE_NOOP("sbr::export", "0 to 100 points: the weighted mean of the dimension scores.")));
    add(QT_TRANSLATE_NOOP("sbr::export", "Stage"),
        t(QT_TRANSLATE_NOOP("sbr::export", "1 to 5: the maturity stage the index falls into.")));
    add(QT_TRANSLATE_NOOP("sbr::export", "score"),
        t(QT_TRANSLATE_NOOP("sbr::export",
                            "0 to 100 points: the mean answer of a dimension or statement, 100 = the highest level. "
                            "A company's score is the mean of its departments; each department counts once.")));
    add(QT_TRANSLATE_NOOP("sbr::export", "spread"),
        t(QT_TRANSLATE_NOOP("sbr::export",
                            "Points between the highest and the lowest department (hidden departments count as one "
                            "unit, \"other departments\").")));
    add(QT_TRANSLATE_NOOP("sbr::export", "change"),
        t(QT_TRANSLATE_NOOP("sbr::export", "Points gained or lost since the company's previous round.")));
    add(QT_TRANSLATE_NOOP("sbr::export", "percentile"),
        t(QT_TRANSLATE_NOOP("sbr::export",
                            "Share of the peer companies of the workspace that score lower (at least five peers).")));
    add(QT_TRANSLATE_NOOP("sbr::export", "coverage"),
        t(QT_TRANSLATE_NOOP("sbr::export", "Share of the dimension's statements that were answered.")));
    add(QT_TRANSLATE_NOOP("sbr::export", "Answers"),
        t(QT_TRANSLATE_NOOP("sbr::export", "People who rated the statement (\"not applicable\" does not count).")));
    add(QT_TRANSLATE_NOOP("sbr::export", "Disagreement"),
        t(QT_TRANSLATE_NOOP("sbr::export",
                            "The answers differ by a standard deviation of one level or more: worth discussing.")));
    const QString k = QString::number(report.minGroup);
    add(QT_TRANSLATE_NOOP("sbr::export", "Anonymity"),
        t(QT_TRANSLATE_NOOP(
              "sbr::export",
              "A department with fewer than %1 respondents shows \"too few respondents\" instead of its numbers. So "
              "that it cannot be computed back from the company's figures, a further small department may be "
              "hidden with it (it shows \"hidden to protect another department\"); together they appear as \"other "
              "departments\" when they hold at least %1 "
              "respondents. A statement that fewer than %1 people of a department rated shows \"too few answers\". "
              "Changes are shown only for departments visible in both rounds."))
            .arg(k));
    add(QT_TRANSLATE_NOOP("sbr::export", "Action plan"),
        t(QT_TRANSLATE_NOOP("sbr::export",
                            "The sheet of that name lists the company's measures with owner, due date, horizon (now, "
                            "next, later) and status. For a done measure it gives the rounds before and after the "
                            "day it was done and how the scores of its statements changed between them, in points: "
                            "what changed, not proof that the measure caused it.")));
    add(QT_TRANSLATE_NOOP("sbr::export", "Numbers"),
        t(QT_TRANSLATE_NOOP("sbr::export",
                            "Shown with one decimal; each cell holds the full value for your own calculations.")));
    add(QT_TRANSLATE_NOOP("sbr::export", "Questionnaire"),
        q.title.text(lang) + QStringLiteral(" (") + report.questionnaireId + QStringLiteral(", ") +
            t(QT_TRANSLATE_NOOP("sbr::export", "version %1")).arg(report.questionnaireVersion) + QLatin1Char(')'));
    return table;
}

QList<Table> anonymousTables(const AnonymousReport &report, const Questionnaire &q, const QString &lang)
{
    return {explanationTable(report, q, lang), anonymousCompanyTable(report, q, lang),
            anonymousDepartmentTable(report, q, lang), anonymousItemTable(report, q, lang)};
}

} // namespace sbr::io
