// Sessions that never ended (formats.md *Workshop sessions*): offered when their workspace is
// opened, to be stored (one undoable step), resumed with their votes, or discarded.

#include "WorkshopController.h"

#include "AppSettings.h"
#include "Dialogs.h"
#include "WorkshopSession.h"
#include "WorkspaceController.h"
#include "commands/Commands.h"

#include <QLocale>
#include <QNetworkInterface>

namespace sbr::ui {

namespace {

QHostAddress firstNetworkAddress()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    return QHostAddress(QHostAddress::LocalHost);
}

} // namespace

void WorkshopController::offerRecovery()
{
    session::WorkspaceSession *ws = m_controller->session();
    if (!ws || ws->isReadOnly() || isRunning() || !m_recoveryOffered)
        return;
    QList<WorkshopRecord> sessions;
    WorkspaceError error;
    if (!workshop::WorkshopStore::unfinished(*ws, &sessions, &error)) {
        m_controller->reportError(error);
        return;
    }
    for (const WorkshopRecord &r : sessions) {
        if (workshop::WorkshopStore::isRunningElsewhere(r) || isRunning())
            continue;
        const QString when = QLocale().toString(r.started.toLocalTime(), QLocale::ShortFormat);
        const QString question =
            tr("The workshop of %1 for %2 (%3, round %4) did not end: %n participant(s) voted, and their votes are "
               "kept in the workspace. What should happen with them?",
               nullptr, r.voters)
                .arg(when, r.departments.join(QStringLiteral(", ")), r.company, r.round);
        const int choice =
            Dialogs::choose(m_window, tr("Unfinished workshop"), question,
                            {tr("&Store the votes"), tr("&Resume the workshop"), tr("&Discard the votes")});
        if (choice == 0) {
            workshop::WorkshopStore::Summary summary;
            session::WorkspaceSession::WriteRecord record;
            if (!workshop::WorkshopStore::recover(*ws, r, &error, &summary, &record, m_patienceMs)) {
                Dialogs::warning(m_window, tr("Unfinished workshop"),
                                 tr("The votes were not stored: %1\n\nThey stay in the workspace and are offered "
                                    "again the next time you open it.")
                                     .arg(error.message));
                continue;
            }
            if (summary.respondents > 0)
                commands::recordWrite(*m_controller,
                                      tr("Workshop votes for %1 (%n respondent(s))", nullptr, summary.respondents)
                                          .arg(r.departments.join(QStringLiteral(", "))),
                                      record);
        } else if (choice == 1) {
            Options options;
            options.address = firstNetworkAddress();
            options.port = r.port;
            options.token = r.token;
            options.perAddress = AppSettings::workshopPerAddress();
            options.departments = r.departments;
            resume(r, options);
        } else if (choice == 2) {
            if (Dialogs::confirm(m_window, tr("Unfinished workshop"),
                                 tr("Discard the votes of %n participant(s) for good?", nullptr, r.voters)) &&
                !ws->discardWorkshop(r.id, &error))
                m_controller->reportError(error);
        }
    }
}

bool WorkshopController::resume(const WorkshopRecord &record, const Options &options)
{
    session::WorkspaceSession *ws = m_controller->session();
    Selection selection;
    for (const CompanyRow &c : ws->companies())
        if (c.name == record.company) {
            selection.company = c.id;
            selection.companyName = c.name;
            for (const RoundRow &r : ws->rounds(c.id))
                if (r.label == record.round) {
                    selection.round = r.id;
                    selection.roundLabel = r.label;
                }
            for (const DepartmentRow &d : ws->departments(c.id))
                if (d.name == record.department) {
                    selection.department = d.id;
                    selection.departmentName = d.name;
                }
        }
    WorkspaceError error;
    if (!selection.hasRound() || !selection.hasDepartment()) {
        // The department of a mixed group exists only once votes were stored: create it now.
        if (selection.hasRound() && !selection.hasDepartment()) {
            selection.department = ws->createDepartment(selection.company, record.department, &error);
            selection.departmentName = record.department;
        }
        if (selection.department <= 0) {
            Dialogs::warning(m_window, tr("Unfinished workshop"),
                             tr("The workshop cannot be resumed: its company or round is no longer in the "
                                "workspace. Its votes stay there."));
            return false;
        }
    }
    auto restored = workshop::WorkshopStore::load(*ws, record, &error);
    if (!restored) {
        m_controller->reportError(error);
        return false;
    }
    return startWith(selection, options, std::move(restored), record.id);
}

} // namespace sbr::ui
