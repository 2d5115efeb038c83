#pragma once
// The action plan of one company as a table (formats.md *Action plan*): one row per plan
// measure, in the order they were added. Owner, due date, horizon, status, the date it was done
// and the note are edited in place; every edit is one undoable step through the application
// layer (commands/PlanCommands.h). For done measures the "Change" column says how their
// statements moved between the round before and the round after (scoring.md *Effect of a
// measure*), from the anonymous view. Rows can be dragged onto another horizon of the roadmap
// board (mime type kMimeType, the plan measure's id).

#include "domain/Plan.h"
#include "scoring/Effect.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace sbr::ui {

class WorkspaceController;

class PlanModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Dimension, Owner, Due, Horizon, Status, DoneOn, Change, Note, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64: the plan measure's id
        HorizonRole,               ///< int: sbr::Horizon
        StatusRole,                ///< int: sbr::PlanStatus
        OverdueRole,               ///< bool: due before today and neither done nor dropped
        DimensionsRole,            ///< QStringList: ids of the dimensions its statements belong to
    };
    static constexpr const char *kMimeType = "application/x-sbradar-plan-measure";

    explicit PlanModel(WorkspaceController *controller, QObject *parent = nullptr);

    /// Shows the plan of the company with this id (0: none).
    void setCompany(qint64 company);
    qint64 company() const { return m_company; }
    /// "Today" for the overdue mark (default: the system date; tests fix it).
    void setToday(const QDate &today);

    /// The plan measure in `row` (0 ≤ row < rowCount()).
    const PlanMeasure &measureAt(int row) const { return m_plan.at(row); }
    /// The row of the plan measure with this id, or -1.
    int rowOf(qint64 id) const;
    /// The measure's title in the controller's language.
    QString titleAt(int row) const;

    /// One undoable step each; false (and the error shown) when it could not be saved.
    bool setHorizon(int row, sbr::Horizon horizon);
    bool setStatus(int row, sbr::PlanStatus status);
    bool change(int row, const PlanMeasure &after, const QString &stepName);
    bool remove(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

    /// The locale's short date format with a four-digit year, and a date in it ("" if invalid).
    static QString dateFormat();
    static QString dateText(const QDate &date);
    /// A typed date: in dateFormat(), D.M.YYYY or ISO (YYYY-MM-DD); invalid if none of them.
    static QDate parseDate(const QString &text);
    static QString horizonName(sbr::Horizon h);
    static QString statusName(sbr::PlanStatus s);

private:
    void reload();
    QVariant display(const PlanMeasure &m, int column) const;
    QString changeText(const PlanMeasure &m) const;
    QString changeToolTip(const PlanMeasure &m) const;
    QStringList dimensionsOf(const PlanMeasure &m) const;
    /// planEffect() of a done measure, computed once per change of the plan or the scores.
    const std::optional<MeasureEffect> &effectOf(const PlanMeasure &m) const;
    WorkspaceController *m_controller;
    mutable QHash<qint64, std::optional<MeasureEffect>> m_effects;
    qint64 m_company = 0;
    QDate m_today;
    QList<PlanMeasure> m_plan;
};

} // namespace sbr::ui
