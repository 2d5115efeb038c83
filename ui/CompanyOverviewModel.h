#pragma once
// A table of every company's rounds with index, stage and change: the first overview of a
// workspace. Fed from a ScoreReport; it does not touch the database itself.

#include "scoring/Scoring.h"

#include <QAbstractTableModel>

namespace sbr::ui {

class CompanyOverviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Company, Round, Date, Departments, Index, Stage, Change, Percentile, ColumnCount };

    explicit CompanyOverviewModel(QObject *parent = nullptr);
    void setReport(const ScoreReport &report, const QString &lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString company;
        const RoundResult *round;
    };
    ScoreReport m_report;
    QList<Row> m_rows;
    QString m_lang = QStringLiteral("en");
};

} // namespace sbr::ui
