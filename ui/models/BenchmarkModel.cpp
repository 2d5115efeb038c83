#include "BenchmarkModel.h"

#include <QFont>
#include <QLocale>

namespace sbr::ui {

BenchmarkModel::BenchmarkModel(QObject *parent) : QAbstractTableModel(parent) {}

void BenchmarkModel::setRound(const RoundResult *round, const QStringList &titles)
{
    beginResetModel();
    m_rows.clear();
    if (round) {
        m_rows.append({tr("Readiness index"), round->company.index, round->benchmark.index});
        for (int d = 0; d < titles.size() && size_t(d) < round->benchmark.dimensions.size(); ++d)
            m_rows.append(
                {titles[d], round->company.dimensions[size_t(d)].score, round->benchmark.dimensions[size_t(d)]});
    }
    endResetModel();
}

int BenchmarkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchmarkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenchmarkModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const QLocale locale;
    const auto number = [&](const OptDouble &v, int decimals = 1) -> QVariant {
        return v ? QVariant(locale.toString(*v, 'f', decimals)) : QVariant(tr("–"));
    };
    if (role == Qt::FontRole && index.row() == 0) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Measure)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Percentile && !r.band.percentile)
        return tr("A percentile needs a value of the company and at least five peers with a value.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Measure:
        return r.name;
    case Value:
        return number(r.value);
    case Percentile:
        return number(r.band.percentile, 0);
    case PeerMean:
        return number(r.band.mean);
    case PeerSd:
        return number(r.band.sd);
    case Band:
        if (!r.band.mean || !r.band.sd)
            return tr("–");
        return tr("%1 to %2")
            .arg(locale.toString(std::max(0.0, *r.band.mean - *r.band.sd), 'f', 1),
                 locale.toString(std::min(100.0, *r.band.mean + *r.band.sd), 'f', 1));
    }
    return {};
}

QVariant BenchmarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Measure:
        return tr("Metric");
    case Value:
        return tr("Company");
    case Percentile:
        return tr("Percentile");
    case PeerMean:
        return tr("Peer mean");
    case PeerSd:
        return tr("Peer sd");
    case Band:
        return tr("Peer band (mean ± sd)");
    }
    return {};
}

} // namespace sbr::ui
