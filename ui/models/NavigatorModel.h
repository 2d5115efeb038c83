#pragma once
// The navigator tree: companies, their rounds (by date) and in each round the company's
// departments, with the readiness index beside each. A company without rounds lists its
// departments directly below it, in muted italics, with a tooltip that answers need a round
// (so a department added first is seen at once). Rebuilt from the session's structure when
// it changes; new scores repaint only the index cells of the nodes they name. Views keep their
// selection through Selection ids.

#include "Selection.h"
#include "session/SessionEvents.h"

#include <QAbstractItemModel>

namespace sbr::ui {

class WorkspaceController;

class NavigatorModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Kind { CompanyNode, RoundNode, DepartmentNode };
    enum Role { KindRole = Qt::UserRole + 1, IdRole };
    enum Column { NameColumn, IndexColumn, ColumnCount };

    explicit NavigatorModel(WorkspaceController *controller, QObject *parent = nullptr);
    ~NavigatorModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The selection an index stands for (company; round; department; a company's department
    /// without a round: company and department, round 0).
    Selection selectionAt(const QModelIndex &index) const;
    /// The index of the deepest node that matches the selection (to restore it after a rebuild).
    QModelIndex indexOf(const Selection &selection) const;

public slots:
    void rebuild();
    void repaintScores(const sbr::session::ScoreChange &change);

public:
    struct Node; ///< one company, round or department (defined in the .cpp)

private:
    const Node *node(const QModelIndex &index) const;
    QVariant indexValue(const Node &n) const;
    /// A department of a company without rounds (directly below the company).
    static bool isWaiting(const Node &n);

    WorkspaceController *m_controller;
    std::vector<std::unique_ptr<Node>> m_companies;
};

} // namespace sbr::ui
