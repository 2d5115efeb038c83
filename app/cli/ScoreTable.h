#pragma once
// The readable form of `sbradar-cli score`: one block per company and round.

#include "scoring/Scoring.h"

#include <QTextStream>

namespace sbr::cli {

void writeScoreTable(const ScoreReport &report, const Questionnaire &q, int anonymityThreshold, const QString &lang,
                     QTextStream &out);

} // namespace sbr::cli
