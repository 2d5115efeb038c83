#pragma once
// Every change a user makes in the workbench, as one undoable step: the function performs it
// at once (it is saved immediately) and puts it on the controller's undo stack. When the
// change cannot be saved, nothing is pushed and the error is reported through the controller.
//
// Ownership: a command that deleted rows owns their Snapshot until it is destroyed; undo puts
// the rows back with their ids, so later commands that name those ids stay valid.

#include "domain/Records.h"
#include "session/WorkspaceSession.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace sbr::ui {
class WorkspaceController;
}

namespace sbr::ui::commands {

/// What a grid cell holds: nothing, "not applicable", or a level.
struct CellValue {
    enum class Kind { Empty, NotApplicable, Level } kind = Kind::Empty;
    int level = 0;
    static CellValue empty() { return {}; }
    static CellValue notApplicable() { return {Kind::NotApplicable, 0}; }
    static CellValue of(int level) { return {Kind::Level, level}; }
    bool operator==(const CellValue &) const = default;
};

/// `before` is what the cell holds now (the model knows it; nothing is read to find out).
bool setAnswer(WorkspaceController &c, qint64 assessment, qint64 respondent, int item, CellValue before,
               CellValue value);
bool setComment(WorkspaceController &c, qint64 assessment, int item, const QString &before, const QString &text);
/// Adds a respondent to the department's assessment in the round (created when needed).
/// Returns the respondent's id or -1.
qint64 addRespondent(WorkspaceController &c, qint64 round, qint64 department, const QString &name);
bool renameRespondent(WorkspaceController &c, qint64 assessment, qint64 respondent, const QString &oldName,
                      const QString &newName);
bool removeRespondent(WorkspaceController &c, qint64 assessment, qint64 respondent, const QString &name);

qint64 createCompany(WorkspaceController &c, const QString &name, double target);
bool renameCompany(WorkspaceController &c, qint64 company, const QString &oldName, const QString &newName);
bool deleteCompany(WorkspaceController &c, qint64 company, const QString &name);
qint64 createDepartment(WorkspaceController &c, qint64 company, const QString &name);
bool renameDepartment(WorkspaceController &c, qint64 department, const QString &oldName, const QString &newName);
bool deleteDepartment(WorkspaceController &c, qint64 department, const QString &name);
qint64 createRound(WorkspaceController &c, qint64 company, const QString &label, const QDate &date);
bool updateRound(WorkspaceController &c, const RoundRow &before, const QString &label, const QDate &date);
bool deleteRound(WorkspaceController &c, qint64 round, const QString &label);
bool setTarget(WorkspaceController &c, const CompanyRow &company, double target);
/// The manager's conclusions on a round (`before`: what they are now; empty text removes them).
bool setConclusions(WorkspaceController &c, qint64 round, const QString &before, const QString &text);
/// Performs `redo` now; when it succeeds, pushes it with `undo` as one step named `text`
/// (otherwise the error is reported and nothing is pushed).
bool perform(WorkspaceController &c, const QString &text, const std::function<bool(WorkspaceError *)> &redo,
             const std::function<bool(WorkspaceError *)> &undo);
/// Sets the workspace's anonymity threshold k (3..50) as an undoable step.
bool setAnonymityThreshold(WorkspaceController &c, int k);
/// Puts a write the session already did (an import, a workshop's votes) on the undo stack as
/// one step named `text`: undo takes back exactly what `record` lists, redo writes it again.
void recordWrite(WorkspaceController &c, const QString &text, const session::WorkspaceSession::WriteRecord &record);

} // namespace sbr::ui::commands
