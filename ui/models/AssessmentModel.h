#pragma once
// The questionnaire of one department in one round as an editable grid: dimensions as top-level
// rows (with their live score and coverage), their items as children, one column per
// respondent, then the item's statistics, the disagreement flag and the comment. Edits go
// through the undo commands; the model follows the workspace's change notifications.

#include "Selection.h"
#include "commands/Commands.h"
#include "domain/Records.h"
#include "scoring/Scoring.h"
#include "session/SessionEvents.h"

#include <QAbstractItemModel>
#include <QHash>

namespace sbr::ui {

class WorkspaceController;

class AssessmentModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        LevelRole = Qt::UserRole + 1, ///< the cell's CellValue kind/level as an int (-1 empty, -2 n/a)
        ItemRole,                     ///< flat item index of the row (-1 on dimension rows)
        LevelDescriptionsRole,        ///< QStringList of the item's level descriptions
        DisagreementRole,
    };

    explicit AssessmentModel(WorkspaceController *controller, QObject *parent = nullptr);

    void setSelection(const Selection &selection);
    const Selection &selection() const { return m_selection; }
    qint64 assessment() const { return m_assessment; }
    const QList<RespondentRow> &respondents() const { return m_respondents; }

    /// Column layout: text, respondents…, n, mean, score, coverage, flag, comment.
    int respondentColumn(int respondent) const { return 1 + respondent; }
    int respondentAt(int column) const; ///< index into respondents(), -1 if not a respondent column
    int nColumn() const { return 1 + int(m_respondents.size()); }
    int meanColumn() const { return nColumn() + 1; }
    int scoreColumn() const { return nColumn() + 2; }
    int coverageColumn() const { return nColumn() + 3; }
    int flagColumn() const { return nColumn() + 4; }
    int commentColumn() const { return nColumn() + 5; }

    /// Sets a cell (through the undo stack). Returns false when nothing could be saved.
    bool setCell(const QModelIndex &index, commands::CellValue value);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Flat item index of an index (-1 for a dimension row).
    int itemAt(const QModelIndex &index) const;
    QModelIndex indexOfItem(int item, int column) const;

private:
    void reload();
    void answersChanged(qint64 assessment, const QList<AnswerState> &answers);
    void commentChanged(qint64 assessment, int item);
    void respondentsChanged(qint64 assessment);
    void scoresChanged(const session::ScoreChange &change);
    /// dataChanged over columns [first, last] of every dimension and item row.
    void repaintColumns(int first, int last);
    QVariant dimensionData(int dimension, int column, int role) const;
    QVariant itemData(int dimension, int item, int column, int role) const;
    const DepartmentResult *result() const;
    commands::CellValue cell(qint64 respondent, int item) const;
    QString levelText(const commands::CellValue &value) const;

    WorkspaceController *m_controller;
    Selection m_selection;
    qint64 m_assessment = 0;
    QList<RespondentRow> m_respondents;
    QHash<QPair<qint64, int>, commands::CellValue> m_cells; ///< (respondent, item) -> value
    QHash<int, QString> m_comments;
    QList<int> m_firstItem; ///< flat index of each dimension's first item
    QList<int> m_edited;    ///< items typed since the last rescore: only their rows change
};

} // namespace sbr::ui
