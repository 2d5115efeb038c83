#pragma once
// The answers importer (long and wide form of formats.md, from CSV, tab-separated text or an
// .xlsx workbook, see *What spreadsheets and survey tools really write*): parses and validates a
// whole file against the questionnaire and what the workspace already holds, and produces either
// a complete batch to write or the list of errors (up to 20), never a partial result. Names are
// normalised (domain/Names.h) and a name that differs from a known one only in case is refused.

#include "domain/Questionnaire.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace sbr::io {

/// Companies, departments, rounds and respondents as the storage layer resolves them: by
/// index into the batch's own lists, so the demo generator and the GUI can build batches too.
struct AnswerBatch {
    struct Department {
        int company;
        QString name;
    };
    struct Round {
        int company;
        QString label;
        QDate date;
    };
    struct Respondent {
        int department;
        int round;
        QString name;
        bool replaces = false; ///< already recorded: its old answers are removed first
        /// `name` is a prefix: the write names the respondent "name N" with the smallest N not yet
        /// used in the assessment, chosen inside its transaction (so concurrent writers never collide).
        bool numbered = false;
    };
    struct Answer {
        int respondent;
        int item;  ///< flat item index of the questionnaire
        int level; ///< meaningful only when `applicable`
        bool applicable;
    };
    QStringList companies;
    QList<Department> departments;
    QList<Round> rounds;
    QList<Respondent> respondents;
    std::vector<Answer> answers;
};

/// What the workspace already holds, as far as validation needs it.
struct ImportContext {
    struct Company {
        QHash<QString, QDate> rounds; ///< label -> date
        QSet<QString> departments;
        QHash<QString, QSet<QString>> respondents; ///< department + '\x1f' + round label -> names
    };
    Questionnaire questionnaire;
    QHash<QString, Company> companies;

    static QString assessmentKey(const QString &department, const QString &round)
    {
        return department + QChar(0x1f) + round;
    }
};

struct ImportOptions {
    bool replace = false;
    bool ignoreUnknownColumns = false;
    /// How the front end names the two switches in advice: the command line's options by default,
    /// the import dialog's check boxes in the workbench (a GUI message never names CLI options).
    QString ignoreUnknownAdvice = QStringLiteral("--ignore-unknown-columns");
    QString replaceAdvice = QStringLiteral("--replace");
    /// .xlsx only: the worksheet to read; empty = the first one.
    QString sheet;
    /// Called now and then with the share of the file read (0..1); returning false cancels
    /// (the result then has `cancelled` set and no batch).
    std::function<bool(double)> progress;
};

struct ImportError {
    int line = 0;   ///< physical line of a text file, row number of a worksheet
    int column = 0; ///< 1-based; 0 when the error is about the whole line
    QString columnName;
    QString message;
};

struct ImportResult {
    enum class Form { Unknown, Long, Wide };
    Form form = Form::Unknown;
    AnswerBatch batch;         ///< complete only when errors is empty
    QList<ImportError> errors; ///< at most kMaxErrors
    bool moreErrors = false;   ///< errors were cut at kMaxErrors
    bool cancelled = false;    ///< the progress callback asked to stop
    int records = 0;           ///< data records read (rows of bare delimiters are not counted)
    bool spreadsheet = false;  ///< read from a worksheet: columns are named by letter (A, B, …, AA)
    int newCompanies = 0, newDepartments = 0, newRounds = 0, replacedRespondents = 0;

    bool ok() const { return errors.isEmpty(); }
    /// "answers.csv, line 12, column 7 (level): …" for every error, in file order; for a worksheet
    /// "answers.xlsx, line 12, column G (level): …" (line = row number).
    QStringList messages(const QString &fileName) const;
};

inline constexpr int kMaxImportErrors = 20;

/// A CSV or tab-separated text file (UTF-8).
ImportResult parseAnswersCsv(const QByteArray &data, const ImportContext &context, const ImportOptions &options = {});

/// Any supported file by its content: an .xlsx workbook (a zip container; also refuses an
/// encrypted workbook or another zip with a message) or else CSV/tab-separated text.
ImportResult parseAnswersFile(const QByteArray &data, const ImportContext &context, const ImportOptions &options = {});

/// Whether the bytes are a zip container or an OLE compound file (an encrypted workbook or an
/// old .xls), i.e. nothing to read as text.
bool looksLikeWorkbook(const QByteArray &data);

/// "A".."Z", "AA", … for a 1-based column number.
QString columnLetters(int column);

} // namespace sbr::io
