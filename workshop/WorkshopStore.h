#pragma once
// Where a workshop's votes go, and writing them: each voter becomes an anonymous respondent of
// one assessment (company, round, department), all in one transaction of the workspace.

#include "session/WorkspaceSession.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace sbr::workshop {

class WorkshopSession;

struct WorkshopTarget {
    QString company;
    QString round;
    QDate roundDate;
    QString department;
    bool newDepartment = false; ///< created when the votes are stored (e.g. a mixed group)
};

class WorkshopStore {
    Q_DECLARE_TR_FUNCTIONS(sbr::workshop::WorkshopStore)
public:
    /// The company and the round must exist; the department is created when missing. On failure
    /// returns nothing and a message naming what is missing.
    static std::optional<WorkshopTarget> resolve(const io::ImportContext &context, const QString &company,
                                                 const QString &round, const QString &department, QString *error);

    struct Summary {
        int respondents = 0;
        int answers = 0;
    };
    /// Writes the session's votes (toBatch) with respondent names that do not collide with the
    /// ones recorded now. Nothing is written when nobody voted (returns true, zero summary).
    /// `record`, when given, receives what was written, so that the workbench can undo it.
    static bool store(session::WorkspaceSession &workspace, const WorkshopSession &session,
                      const WorkshopTarget &target, WorkspaceError *error, Summary *summary = nullptr,
                      session::WorkspaceSession::WriteRecord *record = nullptr);
};

} // namespace sbr::workshop
