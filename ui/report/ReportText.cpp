#include "ReportText.h"

#include <QHash>
#include <QMutex>
#include <QSet>

namespace sbr::report {

namespace {

// German texts of the report, keyed by their English source. Keys ending in "|1" or "|n" are
// the singular and plural of a count whose English forms are the same.
const QHash<QString, QString> &germanTexts()
{
    static const QHash<QString, QString> table = [] {
        const char *pairs[][2] = {
            // Charts (the wording the dashboard shows in German)
            {"Dimensions", "Dimensionen"},
            {"Company, round %1", "Unternehmen, Runde %1"},
            {"Peers (mean ± sd)", "Vergleichsunternehmen (Mittelwert ± Std.-Abw.)"},
            {"Trend", "Verlauf"},
            {"Index", "Index"},
            {"Departments × dimensions", "Abteilungen × Dimensionen"},
            {"%1 (%n answered)|1", "%1 (%n befragte Person)"},
            {"%1 (%n answered)|n", "%1 (%n befragte Personen)"},
            {"Spread (silo signal)", "Spannweite (Silo-Signal)"},
            {"too few respondents", "zu wenige Antworten"},
            // Frame
            {"Management report", "Management-Bericht"},
            {"Management report – %1 – round %2", "Management-Bericht – %1 – Runde %2"},
            {"Round %1", "Runde %1"},
            {"As of %1", "Stand: %1"},
            {"Confidential", "Vertraulich"},
            {"Page %1 of %2", "Seite %1 von %2"},
            {"There is no company %1.", "Es gibt kein Unternehmen %1."},
            {"Company %1 has no rounds yet.", "Das Unternehmen %1 hat noch keine Runde."},
            {"Company %1 has no round %2.", "Das Unternehmen %1 hat keine Runde %2."},
            // Cover and summary
            {"Round %1, surveyed on %2", "Runde %1, erhoben am %2"},
            {"%n respondent", "%n befragte Person"},
            {"%n respondents", "%n Befragte"},
            {"%n department", "%n Abteilung"},
            {"%n departments", "%n Abteilungen"},
            {"Executive summary", "Zusammenfassung"},
            {"Readiness index", "Reifegrad-Index"},
            {"out of 100 points", "von 100 Punkten"},
            {"Stage", "Stufe"},
            {"%1 of 5", "%1 von 5"},
            {"not yet known", "noch nicht bestimmbar"},
            {"Change", "Veränderung"},
            {"points since round %1", "Punkte seit Runde %1"},
            {"first round", "erste Runde"},
            {"Peer comparison", "Vergleich"},
            {"percentile among %n peer company", "Perzentil unter %n Vergleichsunternehmen"},
            {"percentile among %n peer companies", "Perzentil unter %n Vergleichsunternehmen"},
            {"too few peer companies", "zu wenige Vergleichsunternehmen"},
            {"What stage %1 means", "Was Stufe %1 bedeutet"},
            {"The index cannot be computed yet: at least one dimension lacks answers in every department.",
             "Der Index lässt sich noch nicht berechnen: Mindestens eine Dimension hat in keiner Abteilung genug "
             "Antworten."},
            {"Change and peer comparison", "Entwicklung und Vergleich"},
            {"Peer group (mean ± sd)", "Vergleichsgruppe (Ø ± s)"},
            {"This is the company's first round; the next report will show the changes.",
             "Dies ist die erste Runde des Unternehmens; Veränderungen zeigt der nächste Bericht."},
            {"No change can be given against round %1: one of the two rounds has no complete index.",
             "Gegenüber Runde %1 lässt sich keine Veränderung angeben: Einer der beiden Runden fehlt ein "
             "vollständiger Index."},
            {"Since round %1 (%2) the index has risen by %3 points.",
             "Seit Runde %1 (%2) ist der Index um %3 Punkte gestiegen."},
            {"Since round %1 (%2) the index has fallen by %3 points.",
             "Seit Runde %1 (%2) ist der Index um %3 Punkte gesunken."},
            {"Since round %1 (%2) the index has hardly changed (%3 points).",
             "Seit Runde %1 (%2) hat sich der Index kaum verändert (%3 Punkte)."},
            {"By dimension, %1 developed best (%2) and %3 least (%4).",
             "Nach Dimensionen hat sich %1 am besten entwickelt (%2), %3 am wenigsten (%4)."},
            {"Top strengths", "Stärken"},
            {"score %1", "Wert %1"},
            {"Largest gaps", "Größte Lücken"},
            {"score %1; possible gain %2 index points", "Wert %1; möglicher Zugewinn %2 Indexpunkte"},
            {"Position among peers", "Einordnung im Vergleich"},
            {"Among %1 peer companies of the workspace the index reaches percentile %2: about %2% of them score "
             "lower. The peers average %3 points (standard deviation %4).",
             "Unter %1 Vergleichsunternehmen des Arbeitsbereichs erreicht der Index das Perzentil %2: Etwa %2 % von "
             "ihnen liegen darunter. Im Mittel erreichen die Vergleichsunternehmen %3 Punkte "
             "(Standardabweichung %4)."},
            {"A comparison needs at least five peer companies; the workspace has %n for this round.|1",
             "Für einen Vergleich braucht es mindestens fünf Vergleichsunternehmen; für diese Runde gibt es %n."},
            {"A comparison needs at least five peer companies; the workspace has %n for this round.|n",
             "Für einen Vergleich braucht es mindestens fünf Vergleichsunternehmen; für diese Runde sind es %n."},
            // Profile, trend, departments
            {"Profile by dimension", "Profil nach Dimensionen"},
            {"Thick line: the company (the mean of its departments); thin lines: the departments; shaded: the peer "
             "companies' mean ± one standard deviation. The rings at 20, 40, 60 and 80 are the stage thresholds.",
             "Dicke Linie: das Unternehmen (Mittel seiner Abteilungen); dünne Linien: die Abteilungen; Fläche: "
             "Mittelwert der Vergleichsunternehmen ± eine Standardabweichung. Die Ringe bei 20, 40, 60 und 80 sind "
             "die Stufengrenzen."},
            {"Not shown (too few respondents): %1.", "Nicht gezeigt (zu wenige Antworten): %1."},
            {"Dimension", "Dimension"},
            {"Score", "Wert"},
            {"Spread", "Spannweite"},
            {"Percentile", "Perzentil"},
            {"Development over the rounds", "Entwicklung über die Runden"},
            {"Round", "Runde"},
            {"Date", "Datum"},
            {"Departments", "Abteilungen"},
            {"Department", "Abteilung"},
            {"Respondents", "Befragte"},
            {"Departments compared", "Abteilungen im Vergleich"},
            {"The spread is the distance between the highest and the lowest department. It is widest in %1 (%2 "
             "points): there the departments see the company most differently, a sign of silos worth talking about.",
             "Die Spannweite ist der Abstand zwischen der stärksten und der schwächsten Abteilung. Am größten ist sie "
             "bei %1 mit %2 Punkten: Dort sehen die Abteilungen das Unternehmen am unterschiedlichsten – ein Hinweis "
             "auf "
             "Silos, über den es sich zu sprechen lohnt."},
            {"Company (mean of the departments)", "Unternehmen (Mittel der Abteilungen)"},
            // Dimensions
            {"Dimension %1 of %2: %3", "Dimension %1 von %2: %3"},
            {"company, out of 100", "Unternehmen, von 100"},
            {"between the departments", "zwischen den Abteilungen"},
            {"among %n peer company", "unter %n Vergleichsunternehmen"},
            {"among %n peer companies", "unter %n Vergleichsunternehmen"},
            {"Coverage", "Abdeckung"},
            {"Statements", "Aussagen"},
            {"Statement", "Aussage"},
            {"Mean", "Mittelwert"},
            {"Answers", "Antworten"},
            {"Disagreement", "Uneinigkeit"},
            {"Mean: the average answer on the scale %1 to %2; for the company, the mean of its departments.",
             "Mittelwert: die durchschnittliche Antwort auf der Skala %1 bis %2; beim Unternehmen das Mittel seiner "
             "Abteilungen."},
            {"Score: the same on 0 to 100.", "Score: derselbe Wert auf 0 bis 100."},
            {"Answers: the respondents who rated the statement (“not applicable” does not count).",
             "Antworten: die Befragten, die die Aussage bewertet haben („nicht zutreffend“ zählt nicht)."},
            {"Disagreement: departments whose answers spread by one level or more (standard deviation, at least three "
             "answers); worth discussing in a workshop.",
             "Uneinigkeit: Abteilungen, deren Antworten um eine Stufe oder mehr streuen (Standardabweichung, "
             "mindestens drei Antworten); ein Thema für den Workshop."},
            // Recommendations and references
            {"Recommendations", "Empfehlungen"},
            {"Every statement has reached the target of %1 points: there is nothing to recommend.",
             "Jede Aussage hat den Zielwert von %1 Punkten erreicht: Es gibt nichts zu empfehlen."},
            {"The statements are ranked by the index points the company would gain if that statement alone reached "
             "the target of %1 points. With each, the measures the questionnaire suggests and their effort.",
             "Die Aussagen sind danach geordnet, wie viele Indexpunkte das Unternehmen gewänne, wenn allein diese "
             "Aussage den Zielwert von %1 Punkten erreichte. Zu jeder stehen die Maßnahmen, die der Fragebogen "
             "vorschlägt, mit ihrem Aufwand."},
            {"Gain", "Zugewinn"},
            {"Measures (effort)", "Maßnahmen (Aufwand)"},
            {"%1 (%2)", "%1 (%2)"},
            {"%n more statement is below the target.", "%n weitere Aussage liegt unter dem Zielwert."},
            {"%n more statements are below the target.", "%n weitere Aussagen liegen unter dem Zielwert."},
            {"The measures for the three largest gaps", "Maßnahmen zu den drei größten Lücken"},
            {"low effort", "Aufwand gering"},
            {"medium effort", "Aufwand mittel"},
            {"high effort", "Aufwand hoch"},
            {"low", "gering"},
            {"medium", "mittel"},
            {"high", "hoch"},
            {"No.", "Nr."},
            {"Reference figures", "Referenzwerte"},
            {"Published figures on single statements, to put the company's own scores into context. They come from "
             "other surveys and are not comparable one to one.",
             "Veröffentlichte Zahlen zu einzelnen Aussagen, um die eigenen Werte einzuordnen. Sie stammen aus anderen "
             "Erhebungen und sind nicht eins zu eins vergleichbar."},
            {"Figure", "Kennzahl"},
            {"Your score", "Ihr Score"},
            {"Source", "Quelle"},
            // Method
            {"Method", "Methode"},
            {"Scale", "Skala"},
            {"Every respondent rates each statement on a scale from %1 to %2. “Not applicable” is allowed and never "
             "counts as a value.",
             "Alle Befragten bewerten jede Aussage auf einer Skala von %1 bis %2. „Nicht zutreffend“ ist erlaubt und "
             "zählt nie als Wert."},
            {"Level", "Stufe"},
            {"Meaning", "Bedeutung"},
            {"How the numbers are computed", "So entstehen die Zahlen"},
            {"Statement score: the mean answer of a department, converted to 0 to 100 (the lowest level is 0, the "
             "highest 100).",
             "Score einer Aussage: die mittlere Antwort einer Abteilung, umgerechnet auf 0 bis 100 (die niedrigste "
             "Stufe ist 0, die höchste 100)."},
            {"Dimension score: the weighted mean of its statement scores, given only when statements carrying at "
             "least half of the weight were answered.",
             "Score einer Dimension: das gewichtete Mittel ihrer Aussagen-Scores; nur, wenn Aussagen mit mindestens "
             "der Hälfte des Gewichts beantwortet sind."},
            {"Readiness index: the weighted mean of the dimension scores, given only when every dimension has one. "
             "Stages: below 20 is stage 1, below 40 stage 2, below 60 stage 3, below 80 stage 4, otherwise stage 5.",
             "Reifegrad-Index: das gewichtete Mittel der Dimensions-Scores; nur, wenn jede Dimension einen Score hat. "
             "Stufen: unter 20 Stufe 1, unter 40 Stufe 2, unter 60 Stufe 3, unter 80 Stufe 4, sonst Stufe 5."},
            {"Company: the mean of its departments; each department counts once, whatever its size. The spread of a "
             "dimension is the highest minus the lowest department score.",
             "Unternehmen: das Mittel seiner Abteilungen; jede Abteilung zählt einmal, unabhängig von ihrer Größe. "
             "Die Spannweite einer Dimension ist der höchste minus der niedrigste Abteilungs-Score."},
            {"Change: the difference to the company's previous round.",
             "Veränderung: die Differenz zur vorherigen Runde des Unternehmens."},
            {"Peer comparison: the percentile among the other companies of the workspace, each with its latest "
             "round up to the date of this round; shown from five peer companies on.",
             "Vergleich: das Perzentil unter den anderen Unternehmen des Arbeitsbereichs, jeweils mit ihrer letzten "
             "Runde bis zum Datum dieser Runde; angegeben ab fünf Vergleichsunternehmen."},
            {"Recommendations: the gain of a statement is its share of the index times its distance to the target.",
             "Empfehlungen: Der Zugewinn einer Aussage ist ihr Anteil am Index mal ihr Abstand zum Zielwert."},
            {"Disagreement: a standard deviation of at least one level with at least three answers.",
             "Uneinigkeit: eine Standardabweichung von mindestens einer Stufe bei mindestens drei Antworten."},
            {"In round %1, %2 answered in %3.", "In Runde %1 haben %2 in %3 geantwortet."},
            {"%n person", "%n Person"},
            {"%n people", "%n Personen"},
            {"This report shows the selected departments: %1.", "Der Bericht zeigt die ausgewählten Abteilungen: %1."},
            {"Anonymity", "Anonymität"},
            {"Reading the tables", "Lesehilfe zu den Tabellen"},
            {"Scores by round", "Werte je Runde"},
            {"Results of departments with fewer than %n respondent are not shown in this report: %1 stands in their "
             "place. They are computed all the same and count towards the company's figures.",
             "Ergebnisse von Abteilungen mit weniger als %n befragten Person zeigt dieser Bericht nicht; an ihrer "
             "Stelle steht %1. Berechnet werden sie trotzdem, und sie gehen in die Werte des Unternehmens ein."},
            {"Results of departments with fewer than %n respondents are not shown in this report: %1 stands in their "
             "place. They are computed all the same and count towards the company's figures.",
             "Ergebnisse von Abteilungen mit weniger als %n befragten Personen zeigt dieser Bericht nicht; an ihrer "
             "Stelle steht %1. Berechnet werden sie trotzdem, und sie gehen in die Werte des Unternehmens ein."},
        };
        QHash<QString, QString> h;
        for (const auto &pair : pairs)
            h.insert(QString::fromUtf8(pair[0]), QString::fromUtf8(pair[1]));
        return h;
    }();
    return table;
}

QMutex missingMutex;
QSet<QString> &missing()
{
    static QSet<QString> keys;
    return keys;
}

QString lookUp(const QString &key, const QString &fallbackKey)
{
    const auto it = germanTexts().constFind(key);
    if (it != germanTexts().constEnd())
        return *it;
    const auto fallback = germanTexts().constFind(fallbackKey);
    if (fallback != germanTexts().constEnd())
        return *fallback;
    const QMutexLocker lock(&missingMutex);
    missing().insert(fallbackKey);
    return fallbackKey;
}

} // namespace

QStringList ReportText::untranslated()
{
    const QMutexLocker lock(&missingMutex);
    return QStringList(missing().cbegin(), missing().cend());
}

ReportText::ReportText(const QString &lang)
    : m_german(lang == u"de"),
      m_locale(m_german ? QLocale(QLocale::German, QLocale::Germany) : QLocale(QLocale::English, QLocale::UnitedStates))
{
}

QString ReportText::operator()(const char *english) const
{
    const QString key = QString::fromUtf8(english);
    return m_german ? lookUp(key, key) : key;
}

QString ReportText::plural(const char *englishOne, const char *englishMany, int n) const
{
    const QString key = QString::fromUtf8(n == 1 ? englishOne : englishMany);
    QString text = key;
    if (m_german)
        text = lookUp(key + (n == 1 ? QStringLiteral("|1") : QStringLiteral("|n")), key);
    return text.replace(QStringLiteral("%n"), m_locale.toString(n));
}

QString ReportText::number(std::optional<double> value, int decimals) const
{
    return value ? m_locale.toString(*value, 'f', decimals) : QStringLiteral("–");
}

QString ReportText::change(std::optional<double> value) const
{
    if (!value)
        return QStringLiteral("–");
    return (*value > 0 ? QStringLiteral("+") : QString()) + m_locale.toString(*value, 'f', 1);
}

QString ReportText::date(const QDate &d) const
{
    return m_locale.toString(d, m_german ? QStringLiteral("d. MMMM yyyy") : QStringLiteral("d MMMM yyyy"));
}

QString ReportText::quoted(const QString &text) const
{
    return m_german ? QStringLiteral("„%1“").arg(text) : QStringLiteral("“%1”").arg(text);
}

QString ReportText::stageMeaning(int stage) const
{
    static const char *meanings[][2] = {
        {"Social media is used here and there, without shared goals; what works depends on single people.",
         "Soziale Medien werden hier und da genutzt, ohne gemeinsame Ziele; was gelingt, hängt an einzelnen "
         "Personen."},
        {"First projects are running, mostly inside one department; goals, ownership and budget are still open.",
         "Erste Projekte laufen, meist innerhalb einer Abteilung; Ziele, Verantwortung und Budget sind noch offen."},
        {"Goals and responsibilities are agreed and several departments work together; strategy and measurement "
         "do not yet reach every part of the company.",
         "Ziele und Zuständigkeiten sind abgestimmt, mehrere Abteilungen arbeiten zusammen; Strategie und "
         "Erfolgsmessung erreichen noch nicht alle Teile des Unternehmens."},
        {"Social media is part of the business processes and of management; its indicators feed into decisions.",
         "Soziale Medien sind Teil der Geschäftsprozesse und der Steuerung; ihre Kennzahlen fließen in "
         "Entscheidungen ein."},
        {"Open exchange with customers, partners and employees shapes the whole company and keeps developing.",
         "Offener Austausch mit Kunden, Partnern und Mitarbeitenden prägt das ganze Unternehmen und entwickelt sich "
         "laufend weiter."},
    };
    if (stage < 1 || stage > 5)
        return {};
    return QString::fromUtf8(meanings[stage - 1][m_german ? 1 : 0]);
}

QString ReportText::effort(const QString &key) const
{
    if (key == u"low")
        return (*this)("low effort");
    if (key == u"high")
        return (*this)("high effort");
    return (*this)("medium effort");
}

QString ReportText::effortLevel(const QString &key) const
{
    if (key == u"low")
        return (*this)("low");
    if (key == u"high")
        return (*this)("high");
    return (*this)("medium");
}

} // namespace sbr::report
