#include "CompanyOverviewModel.h"

#include <QLocale>

namespace sbr::ui {

CompanyOverviewModel::CompanyOverviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompanyOverviewModel::setReport(const ScoreReport &report, const QString &lang)
{
    beginResetModel();
    m_report = report;
    m_lang = lang;
    m_rows.clear();
    for (const CompanyResult &c : m_report.companies)
        for (const RoundResult &r : c.rounds)
            m_rows.append({c.name, &r});
    endResetModel();
}

int CompanyOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompanyOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const RoundResult &r = *row.round;
    const QLocale locale;
    const auto number = [&](const OptDouble &v, bool sign = false) -> QVariant {
        if (!v)
            return tr("–");
        return (sign && *v > 0 ? QStringLiteral("+") : QString()) + locale.toString(*v, 'f', 1);
    };
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Departments && index.column() != Stage ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Company:
        return row.company;
    case Round:
        return r.label;
    case Date:
        return locale.toString(r.date, QLocale::ShortFormat);
    case Departments:
        return int(r.departments.size());
    case Index:
        return number(r.company.index);
    case Stage:
        return r.company.stage
                   ? QVariant(QStringLiteral("%1 %2").arg(*r.company.stage).arg(stageName(*r.company.stage, m_lang)))
                   : tr("–");
    case Change:
        return number(r.company.delta, true);
    case Percentile:
        return number(r.benchmark.index.percentile);
    }
    return {};
}

QVariant CompanyOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Company:
        return tr("Company");
    case Round:
        return tr("Round");
    case Date:
        return tr("Date");
    case Departments:
        return tr("Departments");
    case Index:
        return tr("Index");
    case Stage:
        return tr("Stage");
    case Change:
        return tr("Change");
    case Percentile:
        return tr("Percentile among peers");
    }
    return {};
}

} // namespace sbr::ui
