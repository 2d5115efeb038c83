#pragma once
// One notifier per open workspace: every change the storage layer commits is announced here,
// after the transaction succeeded. Item models translate these into their begin…/end… calls.

#include <QObject>

namespace sbr::storage {

class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    /// Companies were added, renamed, deleted or got another target.
    void companiesChanged();
    /// Departments or rounds of this company were added, renamed, deleted or re-dated.
    void structureChanged(qint64 company);
    /// Respondents, answers or comments of this assessment changed.
    void assessmentChanged(qint64 assessment);
    /// Anything that may change scores beyond one assessment (an import, a restore).
    void dataChanged();
    void plannedMeasuresChanged(qint64 company);
    void settingsChanged();
};

} // namespace sbr::storage
