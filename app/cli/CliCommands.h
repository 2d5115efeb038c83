#pragma once
// The commands of sbradar-cli. Each takes its arguments (after the command name) and returns
// the process exit code of formats.md: 0 ok, 1 usage, 2 bad input data, 3 workspace problem.

#include <QStringList>
#include <QTextStream>

namespace sbr::cli {

enum Exit { Ok = 0, Usage = 1, BadInput = 2, WorkspaceProblem = 3 };

struct Io {
    QTextStream &out;
    QTextStream &err;
    void error(const QString &message) const; ///< "error: …" on stderr
};

int init(const QStringList &args, const Io &io);
int demo(const QStringList &args, const Io &io);
int questionnaire(const QStringList &args, const Io &io);
int import(const QStringList &args, const Io &io);
/// Suggests a mapping profile for a survey export (JSON on stdout or -o; notes on stderr).
int mapping(const QStringList &args, const Io &io);
int score(const QStringList &args, const Io &io);
/// Prints the workspace's settings; --min-group sets the anonymity threshold k (scoring.md *Anonymity*).
int settings(const QStringList &args, const Io &io);
/// Writes the scores as CSV (one level) or XLSX (one worksheet per level) to a file.
int exportScores(const QStringList &args, const Io &io);
/// Writes the management report of one company and round as an A4 PDF (needs a QApplication).
int report(const QStringList &args, const Io &io);
/// Writes a questionnaire to hand out: answer workbook, paper form (needs a QApplication) or
/// LimeSurvey structure.
int questionnaireTemplate(const QStringList &args, const Io &io);
/// Prints or changes a company's action plan (formats.md *Action plan*); CliPlan.cpp.
int plan(const QStringList &args, const Io &io);
/// Runs a headless live-voting session until SIGINT/SIGTERM, then stores the votes as respondents.
int workshop(const QStringList &args, const Io &io);
/// Copies companies between a workspace file and a team workspace (either direction), all or nothing.
int copy(const QStringList &args, const Io &io);
/// Who sees which company in a team workspace: team init|grant|revoke|list|pool (CliTeam.cpp).
int team(const QStringList &args, const Io &io);

} // namespace sbr::cli
