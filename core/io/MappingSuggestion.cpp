#include "MappingSuggestion.h"

#include "domain/Names.h"
#include "io/AnswerImport.h"
#include "io/CsvReader.h"
#include "io/LimeSurveyCodes.h"
#include "io/XlsxSheet.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>

namespace sbr::io {

namespace {

/// Lower case letters and digits, words separated by one space.
QString plain(const QString &text)
{
    QString out;
    for (const QChar c : normalizeName(text).toCaseFolded()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out.append(u' ');
    }
    return out.trimmed();
}

/// A question text without the numbering that survey tools put in front ("Q3.", "3)", "Frage 3:").
QString withoutNumbering(const QString &text)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:(?:q|f|frage|question|item)\\s*)?\\d+[a-z]?\\s*[.):\\-–]+\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString t = text;
    return t.remove(numbering);
}

QList<QString> bigrams(const QString &s)
{
    QList<QString> out;
    const QString padded = u' ' + s + u' ';
    for (qsizetype i = 0; i + 1 < padded.size(); ++i)
        out.append(padded.mid(i, 2));
    std::sort(out.begin(), out.end());
    return out;
}

/// Column names that survey tools write and that are no answers (Forms, Google, SurveyMonkey, LimeSurvey).
const QHash<QString, QString> &knownColumns()
{
    static const QHash<QString, QString> known = [] {
        QHash<QString, QString> k;
        const auto add = [&](const char *target, std::initializer_list<const char *> names) {
            for (const char *n : names)
                k.insert(plain(QString::fromUtf8(n)), QString::fromLatin1(target));
        };
        add("respondent", {"ID", "Respondent ID", "Response ID", "Antwort-ID", "Befragte", "Befragter", "Respondent",
                           "Teilnehmer", "Teilnehmer-ID", "Teilnehmende", "Befragten-ID"});
        add("department", {"Abteilung", "Department", "Bereich", "Fachbereich", "Team"});
        add("company", {"Unternehmen", "Firma", "Company", "Organisation", "Organization"});
        add("round", {"Runde", "Welle", "Round", "Wave", "Erhebung"});
        add("ignore", {"Zeitstempel",
                       "Timestamp",
                       "Start time",
                       "Completion time",
                       "Startzeit",
                       "Fertigstellungszeit",
                       "Email",
                       "E-Mail",
                       "E-Mail-Adresse",
                       "Email Address",
                       "Name",
                       "Last modified time",
                       "Zeitpunkt der letzten Änderung",
                       "Collector ID",
                       "Start Date",
                       "End Date",
                       "IP Address",
                       "IP-Adresse",
                       "First Name",
                       "Last Name",
                       "Vorname",
                       "Nachname",
                       "Custom Data 1",
                       "submitdate",
                       "lastpage",
                       "startlanguage",
                       "seed",
                       "startdate",
                       "datestamp",
                       "ipaddr",
                       "refurl",
                       "token",
                       "Datum Abgeschickt",
                       "Letzte Seite",
                       "Start-Sprache",
                       "Startdatum",
                       "Enddatum",
                       "Datum letzte Aktivität",
                       "Gesamtpunktzahl",
                       "Total points",
                       "Quiz feedback",
                       "Punkte",
                       "Feedback"});
        return k;
    }();
    return known;
}

/// Common agreement scales as a share of the way from the lowest to the highest level (0..4 of 4),
/// -1 for "don't know".
const QHash<QString, int> &knownLabels()
{
    static const QHash<QString, int> known = [] {
        QHash<QString, int> k;
        const auto add = [&](int position, std::initializer_list<const char *> labels) {
            for (const char *l : labels)
                k.insert(plain(QString::fromUtf8(l)), position);
        };
        add(0, {"Trifft gar nicht zu", "Trifft überhaupt nicht zu", "Stimme gar nicht zu", "Stimme überhaupt nicht zu",
                "Strongly disagree", "Not at all"});
        add(1, {"Trifft eher nicht zu", "Trifft nicht zu", "Stimme eher nicht zu", "Stimme nicht zu", "Disagree",
                "Somewhat disagree"});
        add(2, {"Teils, teils", "Teils teils", "Teils/teils", "Weder noch", "Neutral", "Unentschieden",
                "Neither agree nor disagree"});
        add(3, {"Trifft eher zu", "Stimme eher zu", "Agree", "Somewhat agree"});
        add(4, {"Trifft voll zu", "Trifft voll und ganz zu", "Trifft völlig zu", "Stimme voll zu",
                "Stimme voll und ganz zu", "Strongly agree", "Completely"});
        add(-1, {"Weiß nicht", "Weiss nicht", "Keine Angabe", "k. A.", "k.A.", "Kann ich nicht beurteilen",
                 "Nicht beurteilbar", "Don't know", "Do not know", "Not applicable", "N/A", "Prefer not to say",
                 "No answer"});
        return k;
    }();
    return known;
}

struct ColumnMatch {
    QString target;
    double score = 0;
};

/// The texts a header is compared with: as written, and a grid's statement in brackets.
QStringList headerVariants(const QString &header)
{
    QStringList variants{header};
    static const QRegularExpression bracket(QStringLiteral("\\[([^\\]]+)\\]\\s*$"));
    if (const auto m = bracket.match(header); m.hasMatch())
        variants.append(m.captured(1));
    static const QRegularExpression dash(QStringLiteral("^.+\\s[-–:]\\s(.{12,})$")); // "Question - statement"
    if (const auto m = dash.match(header); m.hasMatch())
        variants.append(m.captured(1));
    return variants;
}

QList<ColumnMatch> matchColumns(const QStringList &header, const Questionnaire &q)
{
    QList<ColumnMatch> matches(header.size());
    const QList<const Item *> items = q.flatItems();
    QHash<QString, QString> codes;                                // case key of a LimeSurvey code -> item id
    const QStringList questionCodes = limeSurveyQuestionCodes(q); // in flatItems() order
    for (qsizetype i = 0; i < items.size(); ++i) {
        codes.insert(questionCodes.value(i).toCaseFolded(), items[i]->id);
        codes.insert(items[i]->id.toCaseFolded(), items[i]->id);
    }
    struct Candidate {
        double score;
        int column;
        int item;
    };
    std::vector<Candidate> candidates;
    for (int c = 0; c < header.size(); ++c) {
        const QString h = normalizeName(header[c]);
        if (h.isEmpty())
            continue;
        static const QRegularExpression codeStart(
            QStringLiteral("^([A-Za-z0-9._-]+)(?:\\[[^\\]]*\\])?(?:[.:\\s].*)?$"));
        const QString code = codeStart.match(h).captured(1).toCaseFolded();
        if (codes.contains(h.toCaseFolded()) || (!code.isEmpty() && codes.contains(code))) {
            matches[c] = {codes.value(h.toCaseFolded(), codes.value(code)), 1.0};
            continue;
        }
        if (const auto known = knownColumns().constFind(plain(h)); known != knownColumns().constEnd()) {
            matches[c] = {known.value(), 1.0};
            continue;
        }
        for (int i = 0; i < items.size(); ++i) {
            double best = 0;
            for (const QString &variant : headerVariants(h))
                for (const QString &text : items[i]->text.texts)
                    best = std::max(best, questionSimilarity(variant, text));
            if (best >= 0.6)
                candidates.push_back({best, c, i});
        }
    }
    // Best pairs first; each item and each column is used once.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.column < b.column;
    });
    QSet<int> usedItems;
    for (int c = 0; c < matches.size(); ++c)
        if (const int i = q.itemIndex(matches[c].target); i >= 0)
            usedItems.insert(i);
    for (const Candidate &cand : candidates)
        if (matches[cand.column].target.isEmpty() && !usedItems.contains(cand.item)) {
            matches[cand.column] = {items[cand.item]->id, cand.score};
            usedItems.insert(cand.item);
        }
    return matches;
}

} // namespace

double questionSimilarity(const QString &a, const QString &b)
{
    const QList<QString> x = bigrams(plain(withoutNumbering(a))), y = bigrams(plain(withoutNumbering(b)));
    if (x.size() <= 2 || y.size() <= 2)
        return 0;
    int common = 0;
    for (qsizetype i = 0, j = 0; i < x.size() && j < y.size();) {
        if (x[i] == y[j]) {
            ++common;
            ++i;
            ++j;
        } else if (x[i] < y[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 2.0 * common / double(x.size() + y.size());
}

MappingSuggestion suggestMapping(const QStringList &header, const QList<QStringList> &rows, const Questionnaire &q)
{
    MappingSuggestion s;
    s.header = header;
    const QList<ColumnMatch> matches = matchColumns(header, q);
    QList<int> itemColumns;
    // A profile maps each header once and each item or key from one column: a header that comes
    // again, or a second column for the same target, is left for the user to decide.
    QSet<QString> headers, targets;
    for (int c = 0; c < header.size(); ++c) {
        const QString name = normalizeName(header[c]);
        if (name.isEmpty())
            continue;
        const bool again = headers.contains(name.toCaseFolded());
        headers.insert(name.toCaseFolded());
        if (matches[c].target.isEmpty() || again ||
            (matches[c].target != kMappingIgnore && targets.contains(matches[c].target))) {
            if (!s.unmatchedHeaders.contains(header[c]))
                s.unmatchedHeaders.append(header[c]);
            continue;
        }
        targets.insert(matches[c].target);
        s.profile.columns.append({header[c], matches[c].target});
        s.confidence.append(matches[c].score);
        if (q.itemIndex(matches[c].target) >= 0)
            itemColumns.append(c);
    }
    // Labels: the scale's own (de, en), then common agreement scales.
    QHash<QString, std::optional<int>> labels;
    for (const QString &lang : {QStringLiteral("de"), QStringLiteral("en")})
        for (int level = q.scale.min; level <= q.scale.max; ++level)
            if (!q.scale.labels.list(lang).isEmpty())
                labels.insert(plain(q.scale.label(level, lang)), level);
    // The answer codes of a survey structure written by the program ("A0" … "A4", "NA").
    for (int level = q.scale.min; level <= q.scale.max; ++level)
        labels.insert(plain(limeSurveyAnswerCode(level)), level);
    labels.insert(plain(limeSurveyNotApplicableCode()), std::nullopt);
    const int span = q.scale.max - q.scale.min;
    for (auto it = knownLabels().begin(); it != knownLabels().end(); ++it)
        if (!labels.contains(it.key()))
            labels.insert(it.key(), it.value() < 0 ? std::optional<int>()
                                                   : std::optional<int>(q.scale.min + (it.value() * span + 2) / 4));
    QSet<QString> seen;
    for (const QStringList &row : rows)
        for (int c : itemColumns) {
            const QString cell = normalizeName(row.value(c));
            if (cell.isEmpty() || seen.contains(cell.toCaseFolded()))
                continue;
            seen.insert(cell.toCaseFolded());
            bool isNumber = false;
            const int value = cell.toInt(&isNumber);
            if ((isNumber && q.scale.contains(value)) || cell.compare(u"n/a", Qt::CaseInsensitive) == 0)
                continue;
            const QString key = plain(cell);
            static const QRegularExpression numbered(QStringLiteral("^\\d+\\s*[-–.:)]\\s*|\\s*\\(\\d+\\)$"));
            const QString stripped = plain(QString(cell).remove(numbered));
            if (labels.contains(key))
                s.profile.levels.append({cell, labels.value(key)});
            else if (labels.contains(stripped))
                s.profile.levels.append({cell, labels.value(stripped)});
            else
                s.unmatchedLabels.append(cell);
        }
    std::stable_sort(s.profile.levels.begin(), s.profile.levels.end(), [](const auto &a, const auto &b) {
        return a.level.value_or(INT_MAX) < b.level.value_or(INT_MAX);
    });
    return s;
}

namespace {

int respondentIdColumn(const QStringList &first)
{
    for (int c = 0; c < first.size(); ++c) {
        const QString h = first.at(c).trimmed();
        if (h.compare(QLatin1String("Respondent ID"), Qt::CaseInsensitive) == 0 ||
            h.compare(QLatin1String("Befragten-ID"), Qt::CaseInsensitive) == 0)
            return c;
    }
    return -1;
}

} // namespace

bool isSurveyMonkeySubHeader(const QStringList &first, const QStringList &second)
{
    const int id = respondentIdColumn(first);
    return id >= 0 && second.value(id).trimmed().isEmpty();
}

QStringList combineSurveyMonkeyHeader(const QStringList &first, const QStringList &second)
{
    static const QStringList kNoStatement = {QStringLiteral("Response"), QStringLiteral("Antwort"),
                                             QStringLiteral("Open-Ended Response"), QStringLiteral("Offene Antwort")};
    QStringList out;
    QString question;
    for (int c = 0; c < std::max(first.size(), second.size()); ++c) {
        const QString top = first.value(c).trimmed();
        const QString sub = second.value(c).trimmed();
        if (!top.isEmpty())
            question = top;
        const bool statement = !sub.isEmpty() && !kNoStatement.contains(sub, Qt::CaseInsensitive);
        if (!statement)
            out.append(top);
        else if (question.isEmpty())
            out.append(sub);
        else
            out.append(QStringLiteral("%1 [%2]").arg(question, sub));
    }
    return out;
}

bool readSurveyTable(const QByteArray &data, const QString &sheet, QStringList *header, QList<QStringList> *rows,
                     QString *error, int maxRows)
{
    header->clear();
    rows->clear();
    bool twoRows = false;
    const auto add = [&](QStringList cells) {
        if (std::all_of(cells.begin(), cells.end(), [](const QString &c) { return c.trimmed().isEmpty(); }))
            return true;
        if (header->isEmpty() && rows->isEmpty()) {
            *header = cells;
            return true;
        }
        if (rows->isEmpty() && !twoRows && isSurveyMonkeySubHeader(*header, cells)) {
            *header = combineSurveyMonkeyHeader(*header, cells);
            twoRows = true;
            return true;
        }
        rows->append(cells);
        return maxRows < 0 || rows->size() < maxRows;
    };
    if (looksLikeWorkbook(data)) {
        SheetTable table;
        QList<SheetError> problems;
        if (!readXlsxSheet(data, sheet, &table, &problems)) {
            *error = problems.value(0).message;
            return false;
        }
        for (const SheetTable::Row &row : table.rows) {
            QStringList cells;
            for (const std::string &cell : row.cells)
                cells.append(QString::fromStdString(cell));
            if (!add(cells))
                break;
        }
    } else {
        CsvReader csv(data);
        while (csv.next()) {
            if (const auto &e = csv.recordError()) {
                *error =
                    QCoreApplication::translate("sbr::io::AnswerImport", "line %1: %2").arg(e->line).arg(e->message);
                return false;
            }
            QStringList cells;
            for (int f = 0; f < csv.fieldCount(); ++f)
                cells.append(QString::fromUtf8(csv.field(f).data(), qsizetype(csv.field(f).size())).trimmed());
            if (!add(cells))
                break;
        }
    }
    if (header->isEmpty()) {
        *error = QCoreApplication::translate("sbr::io::AnswerImport", "the file is empty; expected a header line");
        return false;
    }
    return true;
}

} // namespace sbr::io
