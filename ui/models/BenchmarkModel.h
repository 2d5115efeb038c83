#pragma once
// The benchmark of one company round as a table: the index and every dimension with the
// company's value, its percentile among the peers and the peer band.

#include "scoring/Scoring.h"

#include <QAbstractTableModel>

namespace sbr::ui {

class BenchmarkModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Measure, Value, Percentile, PeerMean, PeerSd, Band, ColumnCount };

    explicit BenchmarkModel(QObject *parent = nullptr);
    /// `round` may be null (nothing selected); `titles` are the dimension titles.
    void setRound(const RoundResult *round, const QStringList &titles);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString name;
        OptDouble value;
        BandResult band;
    };
    QList<Row> m_rows;
};

} // namespace sbr::ui
