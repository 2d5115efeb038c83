#include "ScoreJson.h"

#include <charconv>
#include <cmath>

namespace sbr::io {

namespace {

template <typename Report> Report filtered(const Report &report, const ScoreFilter &filter)
{
    Report out;
    out.questionnaireId = report.questionnaireId;
    out.questionnaireVersion = report.questionnaireVersion;
    for (const auto &c : report.companies) {
        if (!filter.company.isEmpty() && c.name != filter.company)
            continue;
        auto copy = c;
        if (!filter.round.isEmpty()) {
            std::erase_if(copy.rounds, [&](const auto &r) { return r.label != filter.round; });
            if (copy.rounds.empty() && filter.company.isEmpty())
                continue; // --round alone lists only the companies that have that round
        }
        out.companies.push_back(std::move(copy));
    }
    return out;
}

} // namespace

ScoreReport filterReport(const ScoreReport &report, const ScoreFilter &filter)
{
    return filtered(report, filter);
}

AnonymousReport filterReport(const AnonymousReport &report, const ScoreFilter &filter)
{
    AnonymousReport out = filtered(report, filter);
    out.minGroup = report.minGroup;
    return out;
}

QByteArray formatDouble(double value)
{
    if (!std::isfinite(value))
        return QByteArrayLiteral("null");
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}

namespace {

/// A small streaming JSON writer: the score document of a large workspace has hundreds of
/// thousands of values, and building a QJsonDocument for it first would double the memory.
class Writer {
public:
    explicit Writer(QIODevice &out) : m_out(out) { m_buffer.reserve(1 << 16); }
    ~Writer() { flush(); }

    void raw(const char *s)
    {
        m_buffer.append(s);
        maybeFlush();
    }
    void key(const char *k)
    {
        comma();
        m_buffer.append('"').append(k).append("\":");
        m_needComma = false;
    }
    void open(char c)
    {
        comma();
        m_buffer.append(c);
        m_needComma = false;
    }
    void close(char c)
    {
        m_buffer.append(c);
        m_needComma = true;
        maybeFlush();
    }
    void value(const QString &s)
    {
        comma();
        m_buffer.append('"');
        for (const char c : s.toUtf8()) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_buffer.append('\\').append(c);
            } else if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15]};
                m_buffer.append(escaped, 6);
            } else {
                m_buffer.append(c);
            }
        }
        m_buffer.append('"');
        m_needComma = true;
    }
    void value(double d)
    {
        comma();
        m_buffer.append(formatDouble(d));
        m_needComma = true;
    }
    void value(qint64 i)
    {
        comma();
        m_buffer.append(QByteArray::number(i));
        m_needComma = true;
    }
    void value(int i) { value(qint64(i)); }
    void value(bool b)
    {
        comma();
        m_buffer.append(b ? "true" : "false");
        m_needComma = true;
    }
    template <typename T> void value(const std::optional<T> &v)
    {
        if (v)
            value(*v);
        else
            null();
    }
    void null()
    {
        comma();
        m_buffer.append("null");
        m_needComma = true;
    }
    template <typename T> void field(const char *k, const T &v)
    {
        key(k);
        value(v);
    }

private:
    void comma()
    {
        if (m_needComma)
            m_buffer.append(',');
    }
    void maybeFlush()
    {
        if (m_buffer.size() > (1 << 16) - 512)
            flush();
    }
    void flush()
    {
        m_out.write(m_buffer);
        m_buffer.clear();
    }
    QIODevice &m_out;
    QByteArray m_buffer;
    bool m_needComma = false;
};

void writeBand(Writer &w, const BandResult &b, const char *percentile, const char *mean, const char *sd)
{
    w.field(percentile, b.percentile);
    w.field(mean, b.mean);
    w.field(sd, b.sd);
}

// What differs between a department of the full and of the anonymous view (formats.md).
void writeHidden(Writer &, const DepartmentResult &) {}
void writeHidden(Writer &w, const AnonymousDepartment &d)
{
    w.field("hidden", d.hidden);
}
std::optional<bool> disagreementOf(const ItemResult &item)
{
    return item.disagreement;
}
std::optional<bool> disagreementOf(const AnonymousItem &item)
{
    return item.hidden ? std::optional<bool>() : std::optional<bool>(item.disagreement); // rule 7: not shown
}

/// A department of the full view (DepartmentResult) or of the anonymous one (AnonymousDepartment).
template <typename Department>
void writeDepartment(Writer &w, const Department &d, const Questionnaire &q, const QList<const Item *> &items)
{
    w.open('{');
    w.field("name", d.name);
    writeHidden(w, d);
    w.field("respondents", d.respondents);
    w.field("index", d.index);
    w.field("stage", d.stage);
    w.field("delta", d.delta);
    w.key("dimensions");
    w.open('[');
    for (size_t k = 0; k < d.dimensions.size(); ++k) {
        const auto &dim = d.dimensions[k];
        w.open('{');
        w.field("id", q.dimensions[int(k)].id);
        w.field("score", dim.score);
        w.field("coverage", dim.coverage);
        w.field("delta", dim.delta);
        w.close('}');
    }
    w.close(']');
    w.key("items");
    w.open('[');
    for (size_t k = 0; k < d.items.size(); ++k) {
        const auto &item = d.items[k];
        w.open('{');
        w.field("id", items[int(k)]->id);
        w.field("n", item.n);
        w.field("mean", item.mean);
        w.field("sd", item.sd);
        w.field("score", item.score);
        w.field("disagreement", disagreementOf(item));
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

void writeCompanyLevel(Writer &w, const CompanyLevelResult &c, const Questionnaire &q, const QList<const Item *> &items)
{
    w.key("company");
    w.open('{');
    w.field("index", c.index);
    w.field("stage", c.stage);
    w.field("delta", c.delta);
    w.key("dimensions");
    w.open('[');
    for (size_t k = 0; k < c.dimensions.size(); ++k) {
        const CompanyDimensionResult &dim = c.dimensions[k];
        w.open('{');
        w.field("id", q.dimensions[int(k)].id);
        w.field("score", dim.score);
        w.field("spread", dim.spread);
        w.field("delta", dim.delta);
        w.close('}');
    }
    w.close(']');
    w.key("items");
    w.open('[');
    for (size_t k = 0; k < c.itemScores.size(); ++k) {
        w.open('{');
        w.field("id", items[int(k)]->id);
        w.field("score", c.itemScores[k]);
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

void writeBenchmark(Writer &w, const BenchmarkResult &b, const Questionnaire &q)
{
    w.key("benchmark");
    w.open('{');
    w.field("peers", b.peers);
    writeBand(w, b.index, "index_percentile", "index_mean", "index_sd");
    w.key("dimensions");
    w.open('[');
    for (size_t k = 0; k < b.dimensions.size(); ++k) {
        w.open('{');
        w.field("id", q.dimensions[int(k)].id);
        writeBand(w, b.dimensions[k], "percentile", "mean", "sd");
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

void writeRecommendations(Writer &w, const std::vector<Recommendation> &recommendations)
{
    w.key("recommendations");
    w.open('[');
    for (const Recommendation &rec : recommendations) {
        w.open('{');
        w.field("item", rec.itemId);
        w.field("gain", rec.gain);
        w.field("gap", rec.gap);
        w.key("measures");
        w.open('[');
        for (const QString &m : rec.measures)
            w.value(m);
        w.close(']');
        w.close('}');
    }
    w.close(']');
}

// --- With --anonymous (formats.md): the same shape, "hidden" per department, "pool" per round.

void writePool(Writer &w, const std::optional<AnonymousPool> &pool, const Questionnaire &q)
{
    w.key("pool");
    if (!pool) {
        w.null();
        return;
    }
    w.open('{');
    w.key("departments");
    w.open('[');
    for (const QString &name : pool->departments)
        w.value(name);
    w.close(']');
    w.field("respondents", pool->respondents);
    w.field("index", pool->index);
    w.field("stage", pool->stage);
    w.key("dimensions");
    w.open('[');
    for (size_t k = 0; k < pool->dimensions.size(); ++k) {
        w.open('{');
        w.field("id", q.dimensions[int(k)].id);
        w.field("score", pool->dimensions[k]);
        w.close('}');
    }
    w.close(']');
    w.close('}');
}

void writePool(Writer &, const RoundResult &, const Questionnaire &) {} // the full view has no pool
void writePool(Writer &w, const AnonymousRound &r, const Questionnaire &q)
{
    writePool(w, r.pool, q);
}

/// A round of the full view (RoundResult) or of the anonymous one (AnonymousRound).
template <typename Round>
void writeRound(Writer &w, const Round &r, const Questionnaire &q, const QList<const Item *> &items)
{
    w.open('{');
    w.field("label", r.label);
    w.field("date", r.date.toString(Qt::ISODate));
    w.key("departments");
    w.open('[');
    for (const auto &d : r.departments)
        writeDepartment(w, d, q, items);
    w.close(']');
    writePool(w, r, q);
    writeCompanyLevel(w, r.company, q, items);
    writeBenchmark(w, r.benchmark, q);
    writeRecommendations(w, r.recommendations);
    w.close('}');
}

/// The document around the rounds, shared by both forms.
template <typename Report, typename EachRound>
void writeDocument(const Report &report, QIODevice &out, const std::optional<int> &minGroup, EachRound eachRound)
{
    Writer w(out);
    w.open('{');
    w.key("questionnaire");
    w.open('{');
    w.field("id", report.questionnaireId);
    w.field("version", report.questionnaireVersion);
    w.close('}');
    if (minGroup)
        w.field("min_group", *minGroup);
    w.key("companies");
    w.open('[');
    for (const auto &c : report.companies) {
        w.open('{');
        w.field("name", c.name);
        w.field("target", c.target);
        w.key("rounds");
        w.open('[');
        for (const auto &r : c.rounds)
            eachRound(w, r);
        w.close(']');
        w.close('}');
    }
    w.close(']');
    w.close('}');
    w.raw("\n");
}

} // namespace

void writeScoreJson(const ScoreReport &report, const Questionnaire &q, QIODevice &out)
{
    const QList<const Item *> items = q.flatItems();
    writeDocument(report, out, std::nullopt, [&](Writer &w, const RoundResult &r) { writeRound(w, r, q, items); });
}

void writeScoreJson(const AnonymousReport &report, const Questionnaire &q, QIODevice &out)
{
    const QList<const Item *> items = q.flatItems();
    writeDocument(report, out, report.minGroup,
                  [&](Writer &w, const AnonymousRound &r) { writeRound(w, r, q, items); });
}

} // namespace sbr::io
