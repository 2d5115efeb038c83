// sbradar-cli plan: the action plan of a company (formats.md *Action plan*), listed, as JSON,
// or changed one measure at a time through the application layer.

#include "CliOptions.h"
#include "domain/Names.h"
#include "io/PlanJson.h"

#include <algorithm>

namespace sbr::cli {

namespace {

/// The changes --owner, --due, --horizon, --status, --done-on and --note ask for, applied to
/// `m`; false after printing what is wrong with a value.
bool applyChanges(const Options &o, PlanMeasure *m, const Io &io)
{
    if (o.isSet(QStringLiteral("owner")))
        m->owner = o.value(QStringLiteral("owner"));
    if (o.isSet(QStringLiteral("note")))
        m->note = o.value(QStringLiteral("note"));
    for (const char *name : {"due", "done-on"}) {
        const QString option = QString::fromLatin1(name);
        if (!o.isSet(option))
            continue;
        const QString text = o.value(option);
        const QDate date = text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && (!date.isValid() || text.size() != 10)) {
            io.error(QCoreApplication::translate("sbr::cli",
                                                 "--%1 expects a date as YYYY-MM-DD (or \"\" for none), not \"%2\"")
                         .arg(option, text));
            return false;
        }
        (option == u"due" ? m->due : m->doneOn) = date;
    }
    if (o.isSet(QStringLiteral("horizon"))) {
        const auto h = horizonFromKey(o.value(QStringLiteral("horizon")));
        if (!h) {
            io.error(QCoreApplication::translate("sbr::cli", "--horizon expects now, next or later, not \"%1\"")
                         .arg(o.value(QStringLiteral("horizon"))));
            return false;
        }
        m->horizon = *h;
    }
    if (o.isSet(QStringLiteral("status"))) {
        const auto s = planStatusFromKey(o.value(QStringLiteral("status")));
        if (!s) {
            io.error(
                QCoreApplication::translate("sbr::cli", "--status expects planned, doing, done or dropped, not \"%1\"")
                    .arg(o.value(QStringLiteral("status"))));
            return false;
        }
        // Reopening a done measure takes its done date away unless a new one is given.
        if (*s != PlanStatus::Done && !o.isSet(QStringLiteral("done-on")))
            m->doneOn = QDate();
        m->status = *s;
    }
    // "" takes a done measure's date away: only together with another status.
    if (o.isSet(QStringLiteral("done-on")) && !m->doneOn.isValid() && m->status == PlanStatus::Done) {
        io.error(QCoreApplication::translate("sbr::cli",
                                             "a done measure keeps the date it was done; give --done-on YYYY-MM-DD, "
                                             "or another --status to take the date away"));
        return false;
    }
    return true;
}

QString number(const OptDouble &v, bool sign = false)
{
    if (!v)
        return QCoreApplication::translate("sbr::cli", "n/a");
    return (sign && *v > 0 ? QStringLiteral("+") : QString()) + QString::number(*v, 'f', 1);
}

void printPlan(const session::WorkspaceSession &ws, const QString &company, const QList<io::PlanEntry> &entries,
               const Io &io)
{
    const QString lang = languageOfUser();
    io.out << QCoreApplication::translate("sbr::cli", "Action plan of %1").arg(company) << '\n';
    if (entries.isEmpty())
        io.out << QCoreApplication::translate("sbr::cli", "No measures in the plan yet.") << '\n';
    for (const io::PlanEntry &e : entries) {
        const PlanMeasure &m = e.measure;
        io.out << QStringLiteral("%1  %2  %3  ")
                      .arg(m.id, 3)
                      .arg(horizonKey(m.horizon), -5)
                      .arg(planStatusKey(m.status), -7)
               << planTitle(ws.questionnaire(), m, lang)
               << (m.isOwn() ? QString() : QStringLiteral(" (%1)").arg(m.measure)) << '\n';
        QStringList facts;
        facts << QCoreApplication::translate("sbr::cli", "owner: %1")
                     .arg(m.owner.isEmpty() ? QCoreApplication::translate("sbr::cli", "not named") : m.owner)
              << QCoreApplication::translate("sbr::cli", "due: %1")
                     .arg(m.due.isValid() ? m.due.toString(Qt::ISODate)
                                          : QCoreApplication::translate("sbr::cli", "no date"));
        if (m.doneOn.isValid())
            facts << QCoreApplication::translate("sbr::cli", "done on: %1").arg(m.doneOn.toString(Qt::ISODate));
        if (m.isOverdue(QDate::currentDate()))
            facts << QCoreApplication::translate("sbr::cli", "OVERDUE");
        io.out << QStringLiteral("     ") << facts.join(QStringLiteral(", ")) << '\n';
        if (!m.note.isEmpty())
            io.out << QStringLiteral("     ") << QCoreApplication::translate("sbr::cli", "note: %1").arg(m.note)
                   << '\n';
        io.out << QStringLiteral("     ")
               << QCoreApplication::translate("sbr::cli", "statements: %1").arg(e.items.join(QStringLiteral(", ")))
               << '\n';
        if (e.effect) {
            QStringList changes;
            for (const ItemChange &c : e.effect->items)
                changes << QStringLiteral("%1 %2 → %3").arg(c.id, number(c.before), number(c.after));
            io.out << QStringLiteral("     ")
                   << QCoreApplication::translate(
                          "sbr::cli",
                          "what changed from %1 to %2 (not proof that the measure caused it): %3; mean change %4 "
                          "points")
                          .arg(e.effect->fromRound, e.effect->toRound, changes.join(QStringLiteral(", ")),
                               number(e.effect->meanDelta, true))
                   << '\n';
        }
    }
}

/// The company named `name` (normal form, exact), or 0 after printing why not.
qint64 findCompany(const session::WorkspaceSession &ws, const QString &name, const Io &io)
{
    const QString normal = normalizeName(name);
    for (const CompanyRow &c : ws.companies())
        if (c.name == normal)
            return c.id;
    for (const CompanyRow &c : ws.companies())
        if (caseKey(c.name) == caseKey(normal)) {
            io.error(QCoreApplication::translate("sbr::cli",
                                                 "there is no company \"%1\" in the workspace; did you mean \"%2\"?")
                         .arg(name, c.name));
            return 0;
        }
    io.error(QCoreApplication::translate("sbr::cli", "there is no company \"%1\" in the workspace").arg(name));
    return 0;
}

int exitFor(const WorkspaceError &error)
{
    using K = WorkspaceError::Kind;
    return error.kind == K::Invalid || error.kind == K::Conflict || error.kind == K::NotFound ? BadInput
                                                                                              : WorkspaceProblem;
}

} // namespace

int plan(const QStringList &args, const Io &io)
{
    Options o(
        QStringLiteral("plan WS --company NAME [--json] [--add MEASURE | --set ID] [--owner TEXT] [--due DATE] "
                       "[--horizon now|next|later] [--status planned|doing|done|dropped] [--done-on DATE] "
                       "[--note TEXT]"),
        QCoreApplication::translate(
            "sbr::cli", "Prints the action plan of a company, adds a measure of the catalogue to it or changes one."),
        1);
    o.value(QStringLiteral("company"), QCoreApplication::translate("sbr::cli", "The company whose plan it is."),
            QStringLiteral("NAME"));
    o.flag(QStringLiteral("json"), QCoreApplication::translate("sbr::cli", "Print the plan as JSON."));
    o.value(QStringLiteral("add"),
            QCoreApplication::translate("sbr::cli", "Add this measure of the catalogue (its id) to the plan."),
            QStringLiteral("MEASURE"));
    o.value(QStringLiteral("set"), QCoreApplication::translate("sbr::cli", "Change the plan measure with this number."),
            QStringLiteral("ID"));
    o.value(QStringLiteral("owner"), QCoreApplication::translate("sbr::cli", "Who is responsible."),
            QStringLiteral("TEXT"));
    o.value(QStringLiteral("due"), QCoreApplication::translate("sbr::cli", "Due date, YYYY-MM-DD (\"\" for none)."),
            QStringLiteral("DATE"));
    o.value(QStringLiteral("horizon"), QCoreApplication::translate("sbr::cli", "On the roadmap: now, next or later."),
            QStringLiteral("HORIZON"));
    o.value(QStringLiteral("status"), QCoreApplication::translate("sbr::cli", "planned, doing, done or dropped."),
            QStringLiteral("STATUS"));
    o.value(QStringLiteral("done-on"),
            QCoreApplication::translate("sbr::cli", "The date it was done, YYYY-MM-DD (status done; default today)."),
            QStringLiteral("DATE"));
    o.value(QStringLiteral("note"), QCoreApplication::translate("sbr::cli", "A note."), QStringLiteral("TEXT"));
    if (int code = o.parse(args, io); code >= 0)
        return code;
    const bool add = o.isSet(QStringLiteral("add")), set = o.isSet(QStringLiteral("set"));
    if (!o.isSet(QStringLiteral("company"))) {
        io.error(QCoreApplication::translate(
            "sbr::cli", "--company is required; usage: sbradar-cli plan WS --company NAME [--json]"));
        return Usage;
    }
    if (add && set) {
        io.error(QCoreApplication::translate("sbr::cli", "--add and --set cannot be used together"));
        return Usage;
    }
    const QStringList changes = {QStringLiteral("owner"),  QStringLiteral("due"),     QStringLiteral("horizon"),
                                 QStringLiteral("status"), QStringLiteral("done-on"), QStringLiteral("note")};
    if (!add && !set)
        for (const QString &c : changes)
            if (o.isSet(c)) {
                io.error(QCoreApplication::translate("sbr::cli",
                                                     "--%1 changes a measure: give --add MEASURE or --set ID with it")
                             .arg(c));
                return Usage;
            }
    auto ws = openWorkspace(
        o.positional(0),
        add || set ? session::WorkspaceSession::Mode::ReadWrite : session::WorkspaceSession::Mode::ReadOnly, io);
    if (!ws)
        return WorkspaceProblem;
    const qint64 company = findCompany(*ws, o.value(QStringLiteral("company")), io);
    if (company == 0)
        return BadInput;
    WorkspaceError error;
    QList<PlanMeasure> plan;
    if (!ws->planMeasures(company, &plan, &error)) {
        io.error(error.message);
        return WorkspaceProblem;
    }
    if (add || set) {
        PlanMeasure m;
        m.company = company;
        if (add) {
            m.measure = o.value(QStringLiteral("add"));
            if (!ws->questionnaire().measure(m.measure)) {
                io.error(QCoreApplication::translate(
                             "sbr::cli",
                             "the questionnaire has no measure \"%1\" (\"sbradar-cli questionnaire WS\" lists them)")
                             .arg(m.measure));
                return BadInput;
            }
        } else {
            bool ok = false;
            const qint64 id = o.value(QStringLiteral("set")).toLongLong(&ok);
            const auto it =
                std::find_if(plan.cbegin(), plan.cend(), [&](const PlanMeasure &p) { return ok && p.id == id; });
            if (it == plan.cend()) {
                io.error(QCoreApplication::translate("sbr::cli", "the plan of %1 has no measure number \"%2\"")
                             .arg(o.value(QStringLiteral("company")), o.value(QStringLiteral("set"))));
                return BadInput;
            }
            m = *it;
        }
        if (!applyChanges(o, &m, io))
            return BadInput;
        const bool written = add ? ws->addPlanMeasure(m, &error) > 0 : ws->updatePlanMeasure(m, &error);
        if (!written) {
            io.error(error.message);
            return exitFor(error);
        }
        if (!ws->planMeasures(company, &plan, &error)) {
            io.error(error.message);
            return WorkspaceProblem;
        }
    }
    QList<io::PlanEntry> entries;
    for (const PlanMeasure &m : std::as_const(plan))
        entries.append({m, planItems(ws->questionnaire(), m), ws->planEffect(m)});
    const QString name = ws->company(company)->name;
    if (o.isSet(QStringLiteral("json"))) {
        io.out.flush();
        io.out << QString::fromUtf8(io::planJson(name, entries));
    } else {
        printPlan(*ws, name, entries, io);
    }
    return Ok;
}

} // namespace sbr::cli
