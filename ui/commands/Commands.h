#pragma once
// Every change a user makes in the workbench, as one undoable step: the function performs it
// at once (it is saved immediately) and puts it on the controller's undo stack. When the
// change cannot be saved, nothing is pushed and the error is reported through the controller.
//
// Ownership: a command that deleted rows owns their Snapshot until it is destroyed; undo puts
// the rows back with their ids, so later commands that name those ids stay valid.

#include "io/AnswerImport.h"
#include "storage/Entities.h"

#include <QDate>
#include <QString>

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

bool setAnswer(WorkspaceController &c, qint64 assessment, qint64 respondent, int item, CellValue value);
bool setComment(WorkspaceController &c, qint64 assessment, int item, const QString &text);
/// Adds a respondent to the department's assessment in the round (created when needed).
/// Returns the respondent's id or -1.
qint64 addRespondent(WorkspaceController &c, qint64 round, qint64 department, const QString &name);
bool renameRespondent(WorkspaceController &c, qint64 respondent, const QString &oldName, const QString &newName);
bool removeRespondent(WorkspaceController &c, qint64 respondent, const QString &name);

qint64 createCompany(WorkspaceController &c, const QString &name, double target);
bool renameCompany(WorkspaceController &c, qint64 company, const QString &oldName, const QString &newName);
bool deleteCompany(WorkspaceController &c, qint64 company, const QString &name);
qint64 createDepartment(WorkspaceController &c, qint64 company, const QString &name);
bool renameDepartment(WorkspaceController &c, qint64 department, const QString &oldName, const QString &newName);
bool deleteDepartment(WorkspaceController &c, qint64 department, const QString &name);
qint64 createRound(WorkspaceController &c, qint64 company, const QString &label, const QDate &date);
bool updateRound(WorkspaceController &c, const storage::RoundRow &before, const QString &label, const QDate &date);
bool deleteRound(WorkspaceController &c, qint64 round, const QString &label);
bool setTarget(WorkspaceController &c, const storage::CompanyRow &company, double target);
bool setPlanned(WorkspaceController &c, qint64 company, const QString &measure, bool planned);
/// Writes a batch of new respondents (a workshop's votes) as one undoable step; undo removes
/// exactly those respondents again. Returns the number of respondents written, -1 on failure.
int addRespondents(WorkspaceController &c, const io::AnswerBatch &batch, const QString &text);

} // namespace sbr::ui::commands
