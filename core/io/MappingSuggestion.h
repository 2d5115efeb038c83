#pragma once
// Suggesting a mapping profile for a survey export (formats.md *Survey exports with a mapping
// profile*): headers are matched to item texts (German and English, as Microsoft Forms, Google
// Forms, SurveyMonkey and LimeSurvey write question texts: numbered "Q3.", "3)", grid questions
// "Question [statement]", LimeSurvey question codes of limeSurveyQuestionCodes()), well-known metadata
// columns (time stamps, e-mail, IP address) to "ignore" and key columns (Abteilung, Respondent
// ID, …) to their key; answer labels to the scale's labels and to common agreement scales
// ("Trifft voll zu", "Strongly agree") and "don't know" answers to not applicable.

#include "io/MappingProfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sbr::io {

struct MappingSuggestion {
    MappingProfile profile;       ///< only what was matched; unmatched headers are left out
    QStringList unmatchedHeaders; ///< in file order
    QStringList unmatchedLabels;  ///< answer cells of item columns that are no label and no level
    QStringList header;           ///< the file's header as read (for front ends)
    /// How sure each column match is, parallel to profile.columns: 1 for a code or a known
    /// column name, else the text similarity (0..1).
    QList<double> confidence;
};

/// Suggests a profile for a table: `header` and the data `rows` (cells as text).
MappingSuggestion suggestMapping(const QStringList &header, const QList<QStringList> &rows, const Questionnaire &q);

/// A file as a table: a CSV/tab-separated text file or an .xlsx workbook (`sheet`, empty = the
/// first one); false with *error set (one sentence) when it cannot be read. The header is the
/// first record; at most `maxRows` data rows are returned (-1: all).
bool readSurveyTable(const QByteArray &data, const QString &sheet, QStringList *header, QList<QStringList> *rows,
                     QString *error, int maxRows = -1);

/// SurveyMonkey's export writes its header in two rows: the question in the first (a matrix
/// question once, over the columns of its statements) and in the second the statement of each
/// column, "Response" under a single question and nothing under its own columns (Respondent ID,
/// Collector ID, …). True when `first` is such a first row (it has a "Respondent ID" column) and
/// `second` is empty in that column (a data row always has the respondent's id there).
bool isSurveyMonkeySubHeader(const QStringList &first, const QStringList &second);
/// One header from the two rows: "Question [statement]" for a statement under a question (the
/// question is the nearest non-empty cell of the first row at or left of the column), the first
/// row's text where the second says "Response" / "Antwort" or nothing.
QStringList combineSurveyMonkeyHeader(const QStringList &first, const QStringList &second);

/// Similarity of two question texts, 0..1 (character bigrams after removing numbering,
/// punctuation and case).
double questionSimilarity(const QString &a, const QString &b);

} // namespace sbr::io
