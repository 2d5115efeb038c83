#include "Commands.h"

#include "WorkspaceController.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace sbr::ui::commands {

namespace {

using session::WorkspaceSession;
using Step = std::function<bool(WorkspaceError *)>;

/// A step that was already performed once when it is pushed; undo/redo replay it.
class Command : public QUndoCommand {
public:
    Command(WorkspaceController &c, const QString &text, Step redo, Step undo)
        : m_c(c), m_redo(std::move(redo)), m_undo(std::move(undo))
    {
        // The part after the newline is the menu text ("Undo …"), where a '&' of a name would
        // become a mnemonic: doubled, it shows as itself.
        setText(text + u'\n' + QString(text).replace(u'&', QStringLiteral("&&")));
    }
    void redo() override
    {
        if (m_done) {
            m_done = false; // performed before it was pushed
            return;
        }
        replay(m_redo, false);
    }
    void undo() override { replay(m_undo, true); }

private:
    void replay(const Step &step, bool undoing)
    {
        WorkspaceError error;
        if (!step(&error)) {
            setObsolete(true); // the workspace no longer matches this step: drop it
            m_c.reportStepFailed(text(), undoing, error);
        }
    }
    WorkspaceController &m_c;
    Step m_redo, m_undo;
    bool m_done = true;
};

} // namespace

bool perform(WorkspaceController &c, const QString &text, const Step &redo, const Step &undo)
{
    WorkspaceError error;
    if (!redo(&error)) {
        c.reportError(error);
        return false;
    }
    c.undoStack()->push(new Command(c, text, redo, undo));
    return true;
}

namespace {

/// A create whose redo after an undo restores the same row (same id) instead of a new one.
qint64 performCreate(WorkspaceController &c, const QString &text, const std::function<qint64(WorkspaceError *)> &create,
                     const std::function<bool(qint64, Snapshot *, WorkspaceError *)> &remove)
{
    WorkspaceSession *ws = c.session();
    WorkspaceError error;
    const qint64 id = create(&error);
    if (id < 0) {
        c.reportError(error);
        return -1;
    }
    auto snapshot = std::make_shared<Snapshot>();
    c.undoStack()->push(new Command(
        c, text, [ws, snapshot](WorkspaceError *e) { return ws->restore(*snapshot, e); },
        [remove, id, snapshot](WorkspaceError *e) { return remove(id, snapshot.get(), e); }));
    return id;
}

/// A delete: redo removes into the snapshot, undo restores it.
bool performDelete(WorkspaceController &c, const QString &text,
                   const std::function<bool(Snapshot *, WorkspaceError *)> &remove)
{
    WorkspaceSession *ws = c.session();
    auto snapshot = std::make_shared<Snapshot>();
    return perform(
        c, text, [remove, snapshot](WorkspaceError *e) { return remove(snapshot.get(), e); },
        [ws, snapshot](WorkspaceError *e) { return ws->restore(*snapshot, e); });
}

/// The undo of a create removes the row again; when respondents were recorded under it since
/// (another window, the command line), it refuses instead of deleting them silently.
bool nothingRecordedSince(int respondents, const QString &name, WorkspaceError *e)
{
    if (respondents == 0)
        return true;
    *e = {WorkspaceError::Kind::Conflict,
          QCoreApplication::translate("sbr::ui::commands",
                                      "\"%1\" now holds %n respondent(s) recorded after it was created. Undo would "
                                      "delete them, so it was not undone; delete \"%1\" yourself if that is meant.",
                                      nullptr, respondents)
              .arg(name)};
    return false;
}

} // namespace

bool setAnswer(WorkspaceController &c, qint64 assessment, qint64 respondent, int item, CellValue before,
               CellValue value)
{
    WorkspaceSession *ws = c.session();
    if (before == value)
        return true;
    const auto apply = [ws, assessment, respondent, item](CellValue v, WorkspaceError *e) {
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
        [apply, value](WorkspaceError *e) { return apply(value, e); },
        [apply, before](WorkspaceError *e) { return apply(before, e); });
}

bool setComment(WorkspaceController &c, qint64 assessment, int item, const QString &before, const QString &text)
{
    WorkspaceSession *ws = c.session();
    if (before == text)
        return true;
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Change comment"),
        [=](WorkspaceError *e) { return ws->setComment(assessment, item, text, e); },
        [=](WorkspaceError *e) { return ws->setComment(assessment, item, before, e); });
}

qint64 addRespondent(WorkspaceController &c, qint64 round, qint64 department, const QString &name)
{
    WorkspaceSession *ws = c.session();
    const bool hadAssessment = ws->assessmentId(round, department) != 0;
    return performCreate(
        c, QCoreApplication::translate("sbr::ui::commands", "Add respondent \"%1\"").arg(name),
        [=](WorkspaceError *e) -> qint64 {
            const qint64 assessment = ws->ensureAssessment(round, department, e);
            return assessment < 0 ? -1 : ws->addRespondent(assessment, name, e);
        },
        [=](qint64 id, Snapshot *s, WorkspaceError *e) {
            // Undo removes the assessment too when this respondent made it: no empty one stays.
            if (hadAssessment)
                return ws->deleteRespondent(ws->assessmentId(round, department), id, s, e);
            return ws->deleteAssessment(ws->assessmentId(round, department), s, e);
        });
}

bool renameRespondent(WorkspaceController &c, qint64 assessment, qint64 respondent, const QString &oldName,
                      const QString &newName)
{
    WorkspaceSession *ws = c.session();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Rename respondent \"%1\"").arg(oldName),
        [=](WorkspaceError *e) { return ws->renameRespondent(assessment, respondent, newName, e); },
        [=](WorkspaceError *e) { return ws->renameRespondent(assessment, respondent, oldName, e); });
}

bool removeRespondent(WorkspaceController &c, qint64 assessment, qint64 respondent, const QString &name)
{
    WorkspaceSession *ws = c.session();
    return performDelete(
        c, QCoreApplication::translate("sbr::ui::commands", "Remove respondent \"%1\"").arg(name),
        [=](Snapshot *s, WorkspaceError *e) { return ws->deleteRespondent(assessment, respondent, s, e); });
}

qint64 createCompany(WorkspaceController &c, const QString &name, double target)
{
    WorkspaceSession *ws = c.session();
    return performCreate(
        c, QCoreApplication::translate("sbr::ui::commands", "New company \"%1\"").arg(name),
        [=](WorkspaceError *e) { return ws->createCompany(name, target, e); },
        [=](qint64 id, Snapshot *s, WorkspaceError *e) {
            return nothingRecordedSince(ws->respondentsUnder(id, 0, 0), name, e) && ws->deleteCompany(id, s, e);
        });
}

bool renameCompany(WorkspaceController &c, qint64 company, const QString &oldName, const QString &newName)
{
    WorkspaceSession *ws = c.session();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Rename company \"%1\"").arg(oldName),
        [=](WorkspaceError *e) { return ws->renameCompany(company, newName, e); },
        [=](WorkspaceError *e) { return ws->renameCompany(company, oldName, e); });
}

bool deleteCompany(WorkspaceController &c, qint64 company, const QString &name)
{
    WorkspaceSession *ws = c.session();
    return performDelete(c, QCoreApplication::translate("sbr::ui::commands", "Delete company \"%1\"").arg(name),
                         [=](Snapshot *s, WorkspaceError *e) { return ws->deleteCompany(company, s, e); });
}

qint64 createDepartment(WorkspaceController &c, qint64 company, const QString &name)
{
    WorkspaceSession *ws = c.session();
    return performCreate(
        c, QCoreApplication::translate("sbr::ui::commands", "New department \"%1\"").arg(name),
        [=](WorkspaceError *e) { return ws->createDepartment(company, name, e); },
        [=](qint64 id, Snapshot *s, WorkspaceError *e) {
            return nothingRecordedSince(ws->respondentsUnder(0, id, 0), name, e) && ws->deleteDepartment(id, s, e);
        });
}

bool renameDepartment(WorkspaceController &c, qint64 department, const QString &oldName, const QString &newName)
{
    WorkspaceSession *ws = c.session();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Rename department \"%1\"").arg(oldName),
        [=](WorkspaceError *e) { return ws->renameDepartment(department, newName, e); },
        [=](WorkspaceError *e) { return ws->renameDepartment(department, oldName, e); });
}

bool deleteDepartment(WorkspaceController &c, qint64 department, const QString &name)
{
    WorkspaceSession *ws = c.session();
    return performDelete(c, QCoreApplication::translate("sbr::ui::commands", "Delete department \"%1\"").arg(name),
                         [=](Snapshot *s, WorkspaceError *e) { return ws->deleteDepartment(department, s, e); });
}

qint64 createRound(WorkspaceController &c, qint64 company, const QString &label, const QDate &date)
{
    WorkspaceSession *ws = c.session();
    return performCreate(
        c, QCoreApplication::translate("sbr::ui::commands", "New round \"%1\"").arg(label),
        [=](WorkspaceError *e) { return ws->createRound(company, label, date, e); },
        [=](qint64 id, Snapshot *s, WorkspaceError *e) {
            return nothingRecordedSince(ws->respondentsUnder(0, 0, id), label, e) && ws->deleteRound(id, s, e);
        });
}

bool updateRound(WorkspaceController &c, const RoundRow &before, const QString &label, const QDate &date)
{
    WorkspaceSession *ws = c.session();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Change round \"%1\"").arg(before.label),
        [=](WorkspaceError *e) { return ws->updateRound(before.id, label, date, e); },
        [=](WorkspaceError *e) { return ws->updateRound(before.id, before.label, before.date, e); });
}

bool deleteRound(WorkspaceController &c, qint64 round, const QString &label)
{
    WorkspaceSession *ws = c.session();
    return performDelete(c, QCoreApplication::translate("sbr::ui::commands", "Delete round \"%1\"").arg(label),
                         [=](Snapshot *s, WorkspaceError *e) { return ws->deleteRound(round, s, e); });
}

bool setTarget(WorkspaceController &c, const CompanyRow &company, double target)
{
    WorkspaceSession *ws = c.session();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Change target of \"%1\"").arg(company.name),
        [=](WorkspaceError *e) { return ws->setTarget(company.id, target, e); },
        [=](WorkspaceError *e) { return ws->setTarget(company.id, company.target, e); });
}

bool setConclusions(WorkspaceController &c, qint64 round, const QString &before, const QString &text)
{
    WorkspaceSession *ws = c.session();
    if (before.trimmed() == text.trimmed())
        return true;
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Change conclusions"),
        [=](WorkspaceError *e) { return ws->setConclusions(round, text, e); },
        [=](WorkspaceError *e) { return ws->setConclusions(round, before, e); });
}

bool setAnonymityThreshold(WorkspaceController &c, int k)
{
    WorkspaceSession *ws = c.session();
    const int before = ws->anonymityThreshold();
    return perform(
        c, QCoreApplication::translate("sbr::ui::commands", "Minimum group size %1").arg(k),
        [=](WorkspaceError *e) { return ws->setAnonymityThreshold(k, e); },
        [=](WorkspaceError *e) { return ws->setAnonymityThreshold(before, e); });
}

void recordWrite(WorkspaceController &c, const QString &text, const WorkspaceSession::WriteRecord &record)
{
    WorkspaceSession *ws = c.session();
    auto removed = std::make_shared<QList<Snapshot>>();
    c.undoStack()->push(new Command(
        c, text, [ws, record, removed](WorkspaceError *e) { return ws->redoWrite(record, *removed, e); },
        [ws, record, removed](WorkspaceError *e) { return ws->undoWrite(record, removed.get(), e); }));
}

} // namespace sbr::ui::commands
