#pragma once
// Score exports that people read (a client's workbook, a CSV for a spreadsheet): the tables of
// ScoreTables.h built from the anonymous view (scoring.md *Anonymity*), so that they hold exactly
// the numbers of `score --json --anonymous`. A hidden department keeps its row, with "too few
// respondents" instead of its numbers; the pool of hidden departments is a row "Other departments
// (…)" of its own; an item value from fewer than k answers reads "too few answers". Headings and
// these texts are in `lang` ("de" or "en"); numbers keep full precision and are shown with one
// decimal (counts and stages without).

#include "ScoreTables.h"
#include "scoring/Anonymity.h"

namespace sbr::io {

/// company, round, date, respondents, index, stage, delta, peers, index.percentile, then per
/// dimension `<id>.score`, `<id>.spread`, `<id>.delta`, `<id>.percentile`. One row per company
/// round; respondents are those of the visible departments and the pool (empty when the company's
/// values are hidden).
Table anonymousCompanyTable(const AnonymousReport &report, const Questionnaire &q, const QString &lang);
/// company, round, date, department, respondents, index, stage, delta, per dimension `<id>.score`,
/// `<id>.coverage`. One row per department round and one per shown pool.
Table anonymousDepartmentTable(const AnonymousReport &report, const Questionnaire &q, const QString &lang);
/// company, round, date, department, item, text, n, mean, sd, score, disagreement. One row per item
/// of each visible department round (a hidden department has no item rows: one row would tell
/// nothing but its n).
Table anonymousItemTable(const AnonymousReport &report, const Questionnaire &q, const QString &lang);
/// The first sheet of a workbook: what each column means and the anonymity rule with report.minGroup.
Table explanationTable(const AnonymousReport &report, const Questionnaire &q, const QString &lang);
/// The explanation, then the three tables above.
QList<Table> anonymousTables(const AnonymousReport &report, const Questionnaire &q, const QString &lang);

} // namespace sbr::io
