#pragma once
// Deterministic demo data: a German machine builder assessed in three rounds over 18 months,
// and a pool of peer companies for the benchmark. Same output on every machine and run.

#include "domain/Plan.h"
#include "domain/Questionnaire.h"
#include "io/AnswerImport.h"

#include <QHash>

namespace sbr::demo {

struct DemoData {
    io::AnswerBatch batch;
    QHash<QString, double> targets; ///< company -> target score where it differs from 75
};

/// The action plan of the main demo company (company id left 0): measures done between its
/// rounds (so that the plan shows what changed), some under way, one overdue, some for later.
QList<PlanMeasure> plan();

/// The name of the main demo company ("Weber Maschinenbau GmbH").
QString mainCompany();

DemoData generate(const Questionnaire &q);

} // namespace sbr::demo
