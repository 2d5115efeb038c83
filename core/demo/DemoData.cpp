#include "DemoData.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace sbr::demo {

namespace {

/// splitmix64: tiny, fast and fully specified, so the data is the same everywhere (the
/// distributions of <random> are not).
class Rng {
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } ///< [0, 1)
    /// Sum of three uniforms: a cheap bell shape in [-1, 1).
    double bell() { return (uniform() + uniform() + uniform()) / 1.5 - 1.0; }

private:
    quint64 m_state;
};

struct DepartmentProfile {
    const char *name;
    int respondents;
    double base;     ///< maturity in levels (0..4) in the first round
    double growth;   ///< levels gained per round
    double disagree; ///< how far individual answers scatter
    double dims[5];  ///< offset per dimension (strategy, practices, team, leadership, roadmap)
};

struct RoundPlan {
    const char *label;
    int year, month, day;
};

struct Peer {
    const char *name;
    double maturity; ///< levels
    int rounds;      ///< 1..3 of the peer rounds below
    double target;
};

void addCompany(io::AnswerBatch &batch, const Questionnaire &q, Rng &rng, const QString &company,
                const QList<RoundPlan> &rounds, const QList<DepartmentProfile> &departments, double naShare)
{
    const int c = int(batch.companies.size());
    batch.companies.append(company);
    const int firstDepartment = int(batch.departments.size());
    for (const DepartmentProfile &d : departments)
        batch.departments.append({c, QString::fromUtf8(d.name)});
    const QList<const Item *> items = q.flatItems();
    const int span = q.scale.max - q.scale.min;
    for (int r = 0; r < rounds.size(); ++r) {
        const int round = int(batch.rounds.size());
        batch.rounds.append(
            {c, QString::fromLatin1(rounds[r].label), QDate(rounds[r].year, rounds[r].month, rounds[r].day)});
        for (int k = 0; k < departments.size(); ++k) {
            const DepartmentProfile &d = departments[k];
            // Respondent counts vary a little between rounds, as they do in real surveys.
            const int people = std::max(2, d.respondents + int(std::lround(rng.bell())));
            for (int p = 0; p < people; ++p) {
                const int respondent = int(batch.respondents.size());
                batch.respondents.append(
                    {firstDepartment + k, round, QStringLiteral("R%1").arg(p + 1, 2, 10, QLatin1Char('0'))});
                const double personal = rng.bell() * 0.6;
                for (int i = 0; i < items.size(); ++i) {
                    const int dim = q.dimensionOfItem(i);
                    if (rng.uniform() < naShare) {
                        batch.answers.push_back({respondent, i, 0, false});
                        continue;
                    }
                    const double itemBias = (double((i * 7919) % 11) - 5.0) / 10.0; // fixed per item
                    const double dimOffset = dim >= 0 && dim < 5 ? d.dims[dim] : 0.0;
                    const double mean = d.base + d.growth * r + dimOffset + itemBias * 0.5 + personal;
                    const double value = mean + rng.bell() * d.disagree * 2.0;
                    const double scaled = value / 4.0 * span + q.scale.min;
                    const int level = std::clamp(int(std::lround(scaled)), q.scale.min, q.scale.max);
                    batch.answers.push_back({respondent, i, level, true});
                }
            }
        }
    }
}

} // namespace

QList<PlanMeasure> plan()
{
    struct Entry {
        const char *measure; ///< catalogue id, or nullptr for the own measure
        const char *owner;
        QDate due;
        Horizon horizon;
        PlanStatus status;
        QDate doneOn;
        const char *note;
    };
    const Entry entries[] = {
        {"exec-workshop",
         "Geschäftsführung",
         {2025, 6, 30},
         Horizon::Now,
         PlanStatus::Done,
         {2025, 5, 20},
         "Halbtägiger Workshop mit Geschäftsführung und Bereichsleitungen"},
        {"engagement-guidelines",
         "Leitung Marketing & Kommunikation",
         {2025, 7, 31},
         Horizon::Now,
         PlanStatus::Done,
         {2025, 7, 10},
         "Mit dem Betriebsrat abgestimmt"},
        {"cross-functional-team",
         "Leitung Vertrieb",
         {2025, 12, 31},
         Horizon::Now,
         PlanStatus::Done,
         {2025, 11, 28},
         "Marketing, Vertrieb, Kundenservice und Produktion, monatlich"},
        {"unified-content-calendar",
         "Marketing & Kommunikation",
         {2026, 3, 31},
         Horizon::Now,
         PlanStatus::Done,
         {2026, 2, 16},
         ""},
        {"internal-training",
         "Personal",
         {2026, 12, 18},
         Horizon::Now,
         PlanStatus::Doing,
         {},
         "Vier Termine, zwei gehalten"},
        {"social-listening",
         "Kundenservice",
         {2026, 6, 30},
         Horizon::Now,
         PlanStatus::Doing,
         {},
         "Werkzeug ausgewählt, Einführung verzögert"},
        {"kpis-in-controlling", "Controlling", {2027, 3, 31}, Horizon::Next, PlanStatus::Planned, {}, ""},
        {"social-roadmap", "Geschäftsführung", {2027, 6, 30}, Horizon::Next, PlanStatus::Planned, {}, ""},
        {nullptr,
         "Geschäftsführung",
         {},
         Horizon::Later,
         PlanStatus::Planned,
         {},
         "Ein Beitrag im Monat, abwechselnd aus den Bereichen"},
        {"social-vision", "", {}, Horizon::Later, PlanStatus::Planned, {}, ""},
        {"monitoring-service",
         "Marketing & Kommunikation",
         {},
         Horizon::Later,
         PlanStatus::Dropped,
         {},
         "Zu teuer für 2026; nach dem Social Listening neu bewerten"},
    };
    QList<PlanMeasure> out;
    for (const Entry &e : entries) {
        PlanMeasure m;
        if (e.measure) {
            m.measure = QString::fromLatin1(e.measure);
        } else {
            m.title = QStringLiteral("Geschäftsführung schreibt im Intranet");
            m.ownItems = {QStringLiteral("leadership.active"), QStringLiteral("leadership.awareness")};
        }
        m.owner = QString::fromUtf8(e.owner);
        m.due = e.due;
        m.horizon = e.horizon;
        m.status = e.status;
        m.doneOn = e.doneOn;
        m.note = QString::fromUtf8(e.note);
        out.append(m);
    }
    return out;
}

QString mainCompany()
{
    return QStringLiteral("Weber Maschinenbau GmbH");
}

DemoData generate(const Questionnaire &q)
{
    DemoData demo;
    Rng rng(20260923);

    // 18 months: spring 2025, autumn 2025, autumn 2026.
    const QList<RoundPlan> mainRounds = {{"2025-Q1", 2025, 3, 12}, {"2025-Q3", 2025, 9, 17}, {"2026-Q3", 2026, 9, 16}};
    // Marketing leads, Sales follows, Production lags and disagrees, HR is small (anonymity).
    const QList<DepartmentProfile> departments = {
        {"Geschäftsführung", 3, 1.6, 0.45, 0.7, {0.4, -0.2, -0.1, 0.5, 0.1}},
        {"Marketing & Kommunikation", 6, 2.1, 0.35, 0.6, {0.3, 0.4, 0.0, -0.2, 0.2}},
        {"Vertrieb", 5, 1.3, 0.40, 0.9, {-0.1, 0.1, 0.2, -0.3, -0.4}},
        {"Produktion", 4, 0.7, 0.25, 1.2, {-0.3, -0.4, 0.3, -0.2, -0.5}},
        {"Kundenservice", 4, 1.2, 0.45, 0.8, {0.0, 0.3, 0.1, -0.4, -0.2}},
        {"Personal", 2, 1.0, 0.40, 0.6, {-0.2, 0.0, 0.2, 0.0, -0.3}},
    };
    addCompany(demo.batch, q, rng, mainCompany(), mainRounds, departments, 0.03);

    const QList<RoundPlan> peerRounds = {{"2025-H1", 2025, 4, 8}, {"2025-H2", 2025, 10, 21}, {"2026-H1", 2026, 5, 19}};
    const QList<Peer> peers = {
        {"Albrecht Fördertechnik GmbH", 1.1, 3, 75},    {"Brandt Armaturen AG", 1.9, 2, 75},
        {"Hoffmann Sensorik GmbH", 2.6, 3, 80},         {"Keller Antriebstechnik KG", 0.8, 2, 75},
        {"Lorenz Verpackungssysteme GmbH", 1.5, 3, 70}, {"Neumann Kunststofftechnik GmbH", 2.2, 1, 75},
        {"Schulte Werkzeugbau GmbH", 0.6, 3, 75},       {"Vogt Industrieelektronik GmbH", 3.0, 2, 85},
        {"Winter Laborgeräte GmbH", 1.7, 3, 75},
    };
    for (const Peer &peer : peers) {
        const QList<DepartmentProfile> peerDepartments = {
            {"Geschäftsführung", 3, peer.maturity + 0.2, 0.3, 0.6, {0.2, -0.2, 0.0, 0.4, 0.0}},
            {"Marketing", 4, peer.maturity + 0.3, 0.3, 0.7, {0.2, 0.3, -0.1, -0.2, 0.1}},
            {"Vertrieb", 4, peer.maturity - 0.2, 0.3, 0.8, {-0.1, 0.0, 0.1, -0.2, -0.3}},
        };
        addCompany(demo.batch, q, rng, QString::fromUtf8(peer.name), peerRounds.mid(3 - peer.rounds), peerDepartments,
                   0.04);
        if (peer.target != 75)
            demo.targets.insert(QString::fromUtf8(peer.name), peer.target);
    }
    return demo;
}

} // namespace sbr::demo
