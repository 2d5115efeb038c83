#include "ScoreTables.h"

#include "ScoreJson.h"

#include <QDate>

#include <cmath>

namespace sbr::io {

namespace {

QVariant number(double value)
{
    return QVariant(value);
}
QVariant number(const OptDouble &value)
{
    return value ? QVariant(*value) : QVariant();
}
QVariant number(const std::optional<int> &value)
{
    return value ? QVariant(double(*value)) : QVariant();
}

/// Element k of a result vector, or NULL when the engine left it out.
template <typename T> const T *at(const std::vector<T> &values, qsizetype k)
{
    return k >= 0 && size_t(k) < values.size() ? &values[size_t(k)] : nullptr;
}

QList<QVariant> roundKey(const CompanyResult &c, const RoundResult &r)
{
    return {c.name, r.label, r.date.isValid() ? QVariant(r.date) : QVariant()};
}

QString column(const QString &id, const char *suffix)
{
    return id + u'.' + QLatin1StringView(suffix);
}

} // namespace

QStringList scoreTableNames()
{
    return {QStringLiteral("company"), QStringLiteral("departments"), QStringLiteral("items")};
}

Table companyTable(const ScoreReport &report, const Questionnaire &q)
{
    Table t;
    t.name = QStringLiteral("company");
    t.header = {QStringLiteral("company"), QStringLiteral("round"),           QStringLiteral("date"),
                QStringLiteral("index"),   QStringLiteral("stage"),           QStringLiteral("delta"),
                QStringLiteral("peers"),   QStringLiteral("index.percentile")};
    for (const Dimension &d : q.dimensions)
        t.header << column(d.id, "score") << column(d.id, "spread") << column(d.id, "delta")
                 << column(d.id, "percentile");
    for (const CompanyResult &c : report.companies) {
        for (const RoundResult &r : c.rounds) {
            QList<QVariant> row = roundKey(c, r);
            row << number(r.company.index) << number(r.company.stage) << number(r.company.delta)
                << number(double(r.benchmark.peers)) << number(r.benchmark.index.percentile);
            for (qsizetype k = 0; k < q.dimensions.size(); ++k) {
                const CompanyDimensionResult *dim = at(r.company.dimensions, k);
                const BandResult *band = at(r.benchmark.dimensions, k);
                row << (dim ? number(dim->score) : QVariant()) << (dim ? number(dim->spread) : QVariant())
                    << (dim ? number(dim->delta) : QVariant()) << (band ? number(band->percentile) : QVariant());
            }
            t.rows.append(std::move(row));
        }
    }
    return t;
}

Table departmentTable(const ScoreReport &report, const Questionnaire &q)
{
    Table t;
    t.name = QStringLiteral("departments");
    t.header = {QStringLiteral("company"),    QStringLiteral("round"),       QStringLiteral("date"),
                QStringLiteral("department"), QStringLiteral("respondents"), QStringLiteral("index"),
                QStringLiteral("stage"),      QStringLiteral("delta")};
    for (const Dimension &d : q.dimensions)
        t.header << column(d.id, "score") << column(d.id, "coverage");
    for (const CompanyResult &c : report.companies) {
        for (const RoundResult &r : c.rounds) {
            for (const DepartmentResult &dep : r.departments) {
                QList<QVariant> row = roundKey(c, r);
                row << dep.name << number(double(dep.respondents)) << number(dep.index) << number(dep.stage)
                    << number(dep.delta);
                for (qsizetype k = 0; k < q.dimensions.size(); ++k) {
                    const DimensionResult *dim = at(dep.dimensions, k);
                    row << (dim ? number(dim->score) : QVariant()) << (dim ? number(dim->coverage) : QVariant());
                }
                t.rows.append(std::move(row));
            }
        }
    }
    return t;
}

Table itemTable(const ScoreReport &report, const Questionnaire &q, const QString &lang)
{
    Table t;
    t.name = QStringLiteral("items");
    t.header = {QStringLiteral("company"),    QStringLiteral("round"),       QStringLiteral("date"),
                QStringLiteral("department"), QStringLiteral("item"),        QStringLiteral("text"),
                QStringLiteral("n"),          QStringLiteral("mean"),        QStringLiteral("sd"),
                QStringLiteral("score"),      QStringLiteral("disagreement")};
    const QList<const Item *> items = q.flatItems();
    QStringList texts; // once per item, shared by every row
    for (const Item *item : items)
        texts.append(item->text.text(lang));
    for (const CompanyResult &c : report.companies) {
        for (const RoundResult &r : c.rounds) {
            const QList<QVariant> key = roundKey(c, r);
            for (const DepartmentResult &dep : r.departments) {
                for (qsizetype k = 0; k < items.size(); ++k) {
                    QList<QVariant> row = key;
                    row.reserve(t.header.size());
                    row << dep.name << items[k]->id << texts[k];
                    if (const ItemResult *result = at(dep.items, k))
                        row << number(double(result->n)) << number(result->mean) << number(result->sd)
                            << number(result->score) << QVariant(result->disagreement);
                    else
                        row << QVariant() << QVariant() << QVariant() << QVariant() << QVariant();
                    t.rows.append(std::move(row));
                }
            }
        }
    }
    return t;
}

QList<Table> scoreTables(const ScoreReport &report, const Questionnaire &q, const QString &lang)
{
    return {companyTable(report, q), departmentTable(report, q), itemTable(report, q, lang)};
}

// --- CSV --------------------------------------------------------------------------------------

namespace {

void appendField(QByteArray &line, const QVariant &cell)
{
    switch (cell.metaType().id()) {
    case QMetaType::UnknownType:
        return; // NULL: an empty field
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::LongLong: {
        const double value = cell.toDouble();
        if (std::isfinite(value))
            line.append(formatDouble(value));
        return;
    }
    case QMetaType::Bool:
        line.append(cell.toBool() ? "true" : "false");
        return;
    case QMetaType::QDate:
        line.append(cell.toDate().toString(Qt::ISODate).toUtf8());
        return;
    default:
        break;
    }
    QByteArray text = cell.toString().toUtf8();
    // A name like "=HYPERLINK(…)" is text, not a formula: spreadsheets take a leading apostrophe
    // as "text follows" and do not show it.
    if (!text.isEmpty() &&
        (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@' || text[0] == '\t' || text[0] == '\r'))
        text.prepend('\'');
    const bool quote = text.contains(',') || text.contains('"') || text.contains('\n') || text.contains('\r');
    if (!quote) {
        line.append(text);
        return;
    }
    line.append('"');
    for (const char ch : text) {
        if (ch == '"')
            line.append('"');
        line.append(ch);
    }
    line.append('"');
}

void appendRecord(QByteArray &buffer, const QList<QVariant> &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            buffer.append(',');
        appendField(buffer, cells[i]);
    }
    buffer.append("\r\n");
}

} // namespace

void writeCsv(const Table &table, QIODevice &out)
{
    QByteArray buffer("\xEF\xBB\xBF");
    buffer.reserve(1 << 16);
    QList<QVariant> header;
    for (const QString &name : table.header)
        header.append(name);
    appendRecord(buffer, header);
    for (const QList<QVariant> &row : table.rows) {
        appendRecord(buffer, row);
        if (buffer.size() > (1 << 16) - 4096) { // stream: the items table of a big workspace is large
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
}

} // namespace sbr::io
