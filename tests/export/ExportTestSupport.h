#pragma once
// Shared helpers of the export tests: a small workspace with known numbers built through the
// real importer and storage, and an independent XLSX reader (Debian's python3-openpyxl, run as
// a separate process) that dumps a workbook as JSON.

#include "io/AnswerImport.h"
#include "io/QuestionnaireJson.h"
#include "scoring/Scoring.h"
#include "storage/Workspace.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace sbr::exporttest {

// Names that need CSV quoting (commas, quotes) and UTF-8 (umlauts). A line break cannot be part of
// a name (names are stored in their normal form, formats.md), so none is here.
inline const QString kHostile = QStringLiteral("A, \"B\" & C");
inline const QString kMarketing = QStringLiteral("Marketing, \"\u00d6ffentlichkeit\"");
inline const QString kZeta = QStringLiteral("Zeta AG");

/// Wide-form answers for the default questionnaire:
/// - `A, "B" & C`, round 2026-Q1 (2026-03-15): "Vertrieb" with three respondents at level 2 on
///   every item except strategy.business-goals (n/a for all), and `Marketing, "Öffentlichkeit"`
///   with three respondents at level 3 on every item;
/// - "Zeta AG", round 2026-Q1 (2026-02-01): "Technik", one respondent at level 1 everywhere.
/// So: Vertrieb scores 50 (strategy coverage 5.5/7.5), Marketing 75, the company 62.5 with a
/// spread of 25 and stage 4; Zeta scores 25; one peer only, so every percentile is NULL.
inline QByteArray answersCsv(const Questionnaire &q)
{
    QByteArray csv = "company,department,round,date,respondent";
    const QList<const Item *> items = q.flatItems();
    for (const Item *item : items)
        csv += ',' + item->id.toUtf8();
    csv += '\n';
    const auto rows = [&](const QByteArray &key, int respondents, int level, const QString &naItem) {
        for (int r = 1; r <= respondents; ++r) {
            csv += key + ",r" + QByteArray::number(r);
            for (const Item *item : items)
                csv += ',' + (item->id == naItem ? QByteArray("n/a") : QByteArray::number(level));
            csv += '\n';
        }
    };
    rows("\"A, \"\"B\"\" & C\",Vertrieb,2026-Q1,2026-03-15", 3, 2, QStringLiteral("strategy.business-goals"));
    rows("\"A, \"\"B\"\" & C\",\"Marketing, \"\"\xc3\x96"
         "ffentlichkeit\"\"\",2026-Q1,2026-03-15",
         3, 3, {});
    rows("Zeta AG,Technik,2026-Q1,2026-02-01", 1, 1, {});
    return csv;
}

/// Creates the workspace of answersCsv() at `path` and returns its scores and questionnaire.
inline bool makeWorkspace(const QString &path, ScoreReport *report, Questionnaire *q)
{
    *q = io::defaultQuestionnaire();
    io::ImportContext context;
    context.questionnaire = *q;
    const io::ImportResult parsed = io::parseAnswersCsv(answersCsv(*q), context);
    EXPECT_TRUE(parsed.ok()) << parsed.messages(QStringLiteral("answers.csv")).join(u'\n').toStdString();
    if (!parsed.ok())
        return false;
    storage::StorageError error;
    auto ws = storage::Workspace::create(path, *q, &error, &parsed.batch);
    EXPECT_TRUE(ws) << error.message.toStdString();
    if (!ws)
        return false;
    WorkspaceData data;
    EXPECT_TRUE(ws->loadScoringData(&data, &error)) << error.message.toStdString();
    *report = scoreWorkspace(data);
    return true;
}

inline const char *kReader = R"(
import datetime, json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for ws in book.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            v = c.value
            if v is None: cells.append(None)
            elif isinstance(v, bool): cells.append({"b": v})
            elif isinstance(v, (int, float)): cells.append({"n": v})
            elif isinstance(v, datetime.datetime): cells.append({"d": v.date().isoformat()})
            elif isinstance(v, str): cells.append({"s": v})
            else: cells.append({"?": repr(v)})
        rows.append(cells)
    sheets.append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                   "bold": [bool(c.font.b) for c in ws[1]], "rows": rows,
                   "formats": [c.number_format for c in ws[2]] if ws.max_row >= 2 else []})
json.dump(sheets, sys.stdout)
)";

inline QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

/// True when the independent reader is installed (Debian: python3-openpyxl).
inline bool haveOpenpyxl()
{
    QProcess p;
    p.start(python(), {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// The workbook as openpyxl reads it: [{name, freeze, filter, bold, rows: [[cell…]…]}…], where
/// a cell is null or {"n": number} / {"s": text} / {"b": bool} / {"d": "YYYY-MM-DD"}.
inline QJsonArray readXlsx(const QString &path)
{
    QProcess p;
    p.start(python(), {QStringLiteral("-c"), QString::fromUtf8(kReader), path});
    const bool finished = p.waitForFinished(60000);
    const QByteArray out = p.readAllStandardOutput();
    EXPECT_TRUE(finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        << "openpyxl could not read " << path.toStdString() << ":\n"
        << p.readAllStandardError().toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.array();
}

inline QJsonObject sheet(const QJsonArray &book, const QString &name)
{
    for (const QJsonValue &s : book)
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    return {};
}

} // namespace sbr::exporttest
