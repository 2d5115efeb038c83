#include "Commands.h"

#include "WorkspaceController.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace sbr::ui::commands {

namespace {

using storage::Snapshot;
using storage::StorageError;
using Step = std::function<bool(StorageError *)>;

/// A step that was already performed once when it is pushed; undo/redo replay it.
class Command : public QUndoCommand {
public:
    Command(WorkspaceController &c, const QString &text, Step redo, Step undo)
        : QUndoCommand(text), m_c(c), m_redo(std::move(redo)), m_undo(std::move(undo))
    {
    }
    void redo() override
    {
        if (m_done) {
            m_done = false; // performed before it was pushed
            return;
        }
        replay(m_redo);
    }
    void undo() override { replay(m_undo); }

private:
    void replay(const Step &step)
    {
        StorageError error;
        if (!step(&error)) {
            m_c.reportError(error);
            setObsolete(true); // the workspace no longer matches this step: drop it
        }
    }
    WorkspaceController &m_c;
    Step m_redo, m_undo;
    bool m_done = true;
};

/// Performs `redo` now; when it succeeds, pushes it with its undo.
bool perform(WorkspaceController &c, const QString &text, const Step &redo, const Step &undo)
{
    StorageError error;
    if (!redo(&error)) {
        c.reportError(error);
        return false;
    }
    c.undoStack()->push(new Command(c, text, redo, undo));
    return true;
}

/// A create whose redo after an undo restores the same row (same id) instead of a new one.
qint64 performCreate(WorkspaceController &c, const QString &text, const std::function<qint64(StorageError *)> &create,
                     const std::function<bool(qint64, Snapshot *, StorageError *)> &remove)
{
    storage::Workspace *ws = c.workspace();
    StorageError error;
    const qint64 id = create(&error);
    if (id < 0) {
        c.reportError(error);
        return -1;
    }
    auto snapshot = std::make_shared<Snapshot>();
    c.undoStack()->push(new Command(
        c, text, [ws, snapshot](StorageError *e) { return ws->restore(*snapshot, e); },
        [remove, id, snapshot](StorageError *e) { return remove(id, snapshot.get(), e); }));
    return id;
}

/// A delete: redo removes into the snapshot, undo restores it.
bool performDelete(WorkspaceController &c, const QString &text,
                   const std::function<bool(Snapshot *, StorageError *)> &remove)
{
    storage::Workspace *ws = c.workspace();
    auto snapshot = std::make_shared<Snapshot>();
    return perform(
        c, text, [remove, snapshot](StorageError *e) { return remove(snapshot.get(), e); },
        [ws, snapshot](StorageError *e) { return ws->restore(*snapshot, e); });
}

} // namespace

bool setAnswer(WorkspaceController &c, qint64 assessment, qint64 respondent, int item, CellValue value)
{
    storage::Workspace *ws = c.workspace();
    QList<storage::AnswerCell> cells;
    StorageError error;
    if (!ws->answers(assessment, &cells, &error)) {
        c.reportError(error);
        return false;
    }
    CellValue before;
    for (const storage::AnswerCell &cell : cells)
        if (cell.respondent == respondent && cell.item == item)
            before = cell.level ? CellValue::of(*cell.level) : CellValue::notApplicable();
    if (before == value)
        return true;
    const auto apply = [ws, assessment, respondent, item](CellValue v, StorageError *e) {
        switch (v.kind) {
        case CellValue::Kind::Empty:
            return ws->clearAnswer(assessment, respondent, item, e);
        case CellValue::Kind::NotApplicable:
            return ws->setAnswer(assessment, {respondent, item, std::nullopt}, e);
        case CellValue::Kind::Level:
            return ws->setAnswer(assessment, {respondent, item, v.level}, e);
        }
        return false;
    };
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Change answer"),
        [apply, value](StorageError *e) { return apply(value, e); },
        [apply, before](StorageError *e) { return apply(before, e); });
}

bool setComment(WorkspaceController &c, qint64 assessment, int item, const QString &text)
{
    storage::Workspace *ws = c.workspace();
    QHash<int, QString> comments;
    StorageError error;
    if (!ws->comments(assessment, &comments, &error)) {
        c.reportError(error);
        return false;
    }
    const QString before = comments.value(item);
    if (before == text)
        return true;
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Change comment"),
        [=](StorageError *e) { return ws->setComment(assessment, item, text, e); },
        [=](StorageError *e) { return ws->setComment(assessment, item, before, e); });
}

qint64 addRespondent(WorkspaceController &c, qint64 round, qint64 department, const QString &name)
{
    storage::Workspace *ws = c.workspace();
    const bool hadAssessment = ws->assessmentId(round, department) != 0;
    return performCreate(
        c, QCoreApplication::translate("sbr::ui::commands", "Add respondent \"%1\"").arg(name),
        [=](StorageError *e) -> qint64 {
            const qint64 assessment = ws->ensureAssessment(round, department, e);
            return assessment < 0 ? -1 : ws->addRespondent(assessment, name, e);
        },
        [=](qint64 id, Snapshot *s, StorageError *e) {
            // Undo removes the assessment too when this respondent made it: no empty one stays.
            if (hadAssessment)
                return ws->deleteRespondent(id, s, e);
            return ws->deleteAssessment(ws->assessmentId(round, department), s, e);
        });
}

bool renameRespondent(WorkspaceController &c, qint64 respondent, const QString &oldName, const QString &newName)
{
    storage::Workspace *ws = c.workspace();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Rename respondent \"%1\"").arg(oldName),
        [=](StorageError *e) { return ws->renameRespondent(respondent, newName, e); },
        [=](StorageError *e) { return ws->renameRespondent(respondent, oldName, e); });
}

bool removeRespondent(WorkspaceController &c, qint64 respondent, const QString &name)
{
    storage::Workspace *ws = c.workspace();
    return performDelete(c, QCoreApplication::translate("sbr::ui::commands", "Remove respondent \"%1\"").arg(name),
                         [=](Snapshot *s, StorageError *e) { return ws->deleteRespondent(respondent, s, e); });
}

qint64 createCompany(WorkspaceController &c, const QString &name, double target)
{
    storage::Workspace *ws = c.workspace();
    return performCreate(
        c, QCoreApplication::translate("sbr::ui::commands", "New company \"%1\"").arg(name),
        [=](StorageError *e) { return ws->createCompany(name, target, e); },
        [=](qint64 id, Snapshot *s, StorageError *e) { return ws->deleteCompany(id, s, e); });
}

bool renameCompany(WorkspaceController &c, qint64 company, const QString &oldName, const QString &newName)
{
    storage::Workspace *ws = c.workspace();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Rename company \"%1\"").arg(oldName),
        [=](StorageError *e) { return ws->renameCompany(company, newName, e); },
        [=](StorageError *e) { return ws->renameCompany(company, oldName, e); });
}

bool deleteCompany(WorkspaceController &c, qint64 company, const QString &name)
{
    storage::Workspace *ws = c.workspace();
    return performDelete(c, QCoreApplication::translate("sbr::ui::commands", "Delete company \"%1\"").arg(name),
                         [=](Snapshot *s, StorageError *e) { return ws->deleteCompany(company, s, e); });
}

qint64 createDepartment(WorkspaceController &c, qint64 company, const QString &name)
{
    storage::Workspace *ws = c.workspace();
    return performCreate(
        c, QCoreApplication::translate("sbr::ui::commands", "New department \"%1\"").arg(name),
        [=](StorageError *e) { return ws->createDepartment(company, name, e); },
        [=](qint64 id, Snapshot *s, StorageError *e) { return ws->deleteDepartment(id, s, e); });
}

bool renameDepartment(WorkspaceController &c, qint64 department, const QString &oldName, const QString &newName)
{
    storage::Workspace *ws = c.workspace();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Rename department \"%1\"").arg(oldName),
        [=](StorageError *e) { return ws->renameDepartment(department, newName, e); },
        [=](StorageError *e) { return ws->renameDepartment(department, oldName, e); });
}

bool deleteDepartment(WorkspaceController &c, qint64 department, const QString &name)
{
    storage::Workspace *ws = c.workspace();
    return performDelete(c, QCoreApplication::translate("sbr::ui::commands", "Delete department \"%1\"").arg(name),
                         [=](Snapshot *s, StorageError *e) { return ws->deleteDepartment(department, s, e); });
}

qint64 createRound(WorkspaceController &c, qint64 company, const QString &label, const QDate &date)
{
    storage::Workspace *ws = c.workspace();
    return performCreate(
        c, QCoreApplication::translate("sbr::ui::commands", "New round \"%1\"").arg(label),
        [=](StorageError *e) { return ws->createRound(company, label, date, e); },
        [=](qint64 id, Snapshot *s, StorageError *e) { return ws->deleteRound(id, s, e); });
}

bool updateRound(WorkspaceController &c, const storage::RoundRow &before, const QString &label, const QDate &date)
{
    storage::Workspace *ws = c.workspace();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Change round \"%1\"").arg(before.label),
        [=](StorageError *e) { return ws->updateRound(before.id, label, date, e); },
        [=](StorageError *e) { return ws->updateRound(before.id, before.label, before.date, e); });
}

bool deleteRound(WorkspaceController &c, qint64 round, const QString &label)
{
    storage::Workspace *ws = c.workspace();
    return performDelete(c, QCoreApplication::translate("sbr::ui::commands", "Delete round \"%1\"").arg(label),
                         [=](Snapshot *s, StorageError *e) { return ws->deleteRound(round, s, e); });
}

bool setTarget(WorkspaceController &c, const storage::CompanyRow &company, double target)
{
    storage::Workspace *ws = c.workspace();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Change target of \"%1\"").arg(company.name),
        [=](StorageError *e) { return ws->setTarget(company.id, target, e); },
        [=](StorageError *e) { return ws->setTarget(company.id, company.target, e); });
}

bool setPlanned(WorkspaceController &c, qint64 company, const QString &measure, bool planned)
{
    storage::Workspace *ws = c.workspace();
    return perform(
        c,
        planned ? QCoreApplication::translate("sbr::ui::commands", "Plan measure")
                : QCoreApplication::translate("sbr::ui::commands", "Unplan measure"),
        [=](StorageError *e) { return ws->setPlanned(company, measure, planned, e); },
        [=](StorageError *e) { return ws->setPlanned(company, measure, !planned, e); });
}

int addRespondents(WorkspaceController &c, const io::AnswerBatch &batch, const QString &text)
{
    storage::Workspace *ws = c.workspace();
    // Written once; undo deletes the respondents by their ids, redo restores the same rows.
    auto written = std::make_shared<QList<qint64>>();
    auto removed = std::make_shared<QList<Snapshot>>();
    StorageError error;
    storage::Workspace::WriteSummary summary;
    if (!ws->writeBatch(batch, &error, &summary)) {
        c.reportError(error);
        return -1;
    }
    *written = summary.respondentIds;
    c.undoStack()->push(new Command(
        c, text,
        [ws, removed](StorageError *e) {
            for (auto it = removed->rbegin(); it != removed->rend(); ++it)
                if (!ws->restore(*it, e))
                    return false;
            removed->clear();
            return true;
        },
        [ws, written, removed](StorageError *e) {
            removed->clear();
            for (qint64 id : *written) {
                Snapshot s;
                if (!ws->deleteRespondent(id, &s, e))
                    return false;
                removed->append(s);
            }
            return true;
        }));
    c.refresh();
    return int(batch.respondents.size());
}

} // namespace sbr::ui::commands
