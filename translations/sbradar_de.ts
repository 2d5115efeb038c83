<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Social Business Radar workspaces (*.sbradar);;All files (*)</source>
        <translation>Arbeitsbereiche von Social Business Radar (*.sbradar);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Social-business readiness workbench</source>
        <translation>Werkzeug für die Social-Business-Reifegradanalyse</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation>Ein Bild des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>The page to show first (0 = first tab).</source>
        <translation>Die zuerst angezeigte Seite (0 = erster Reiter).</translation>
    </message>
    <message>
        <source>Select company/round/department, e.g. "Weber Maschinenbau GmbH/2026-Q3/Vertrieb".</source>
        <translation>Unternehmen/Runde/Abteilung auswählen, z. B. "Weber Maschinenbau GmbH/2026-Q3/Vertrieb".</translation>
    </message>
    <message>
        <source>Start the presentation of the selected department on slide N (with --screenshot: a picture of that slide).</source>
        <translation>Die Präsentation der ausgewählten Abteilung auf Folie N starten (mit --screenshot: ein Bild dieser Folie).</translation>
    </message>
    <message>
        <source>With --present: live voting on this computer only (127.0.0.1).</source>
        <translation>Mit --present: Live-Abstimmung nur auf diesem Computer (127.0.0.1).</translation>
    </message>
    <message>
        <source>With --present --live: the expected group size shown on the slides.</source>
        <translation>Mit --present --live: die erwartete Gruppengröße, die die Folien zeigen.</translation>
    </message>
    <message>
        <source>Window size in pixels, e.g. 1024x700.</source>
        <translation>Fenstergröße in Pixeln, z. B. 1024x700.</translation>
    </message>
</context>
<context>
    <name>sbr::Scale</name>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
</context>
<context>
    <name>sbr::charts</name>
    <message>
        <source>Spread</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation>zu wenige Antworten</translation>
    </message>
    <message>
        <source>A radar chart needs at least three dimensions.</source>
        <translation>Ein Radardiagramm braucht mindestens drei Dimensionen.</translation>
    </message>
</context>
<context>
    <name>sbr::charts::HeatmapWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>sbr::cli</name>
    <message>
        <source>Creates a new, empty workspace file. It never overwrites an existing file.</source>
        <translation>Legt eine neue, leere Arbeitsbereichsdatei an. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Use this questionnaire instead of the built-in one.</source>
        <translation>Diesen Fragebogen statt des mitgelieferten verwenden.</translation>
    </message>
    <message>
        <source>cannot read the questionnaire %1: %2</source>
        <translation>der Fragebogen %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Created %1 with the questionnaire "%2" (%3 dimensions, %4 items).</source>
        <translation>%1 wurde mit dem Fragebogen „%2“ angelegt (%3 Dimensionen, %4 Aussagen).</translation>
    </message>
    <message>
        <source>Creates a workspace with demo data: a machine builder assessed in three rounds and nine peer companies for the benchmark. It never overwrites an existing file.</source>
        <translation>Legt einen Arbeitsbereich mit Demodaten an: einen Maschinenbauer, der in drei Runden erhoben wurde, und neun Vergleichsunternehmen für den Benchmark. Eine vorhandene Datei wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Created %1 with demo data: %2 companies, %3 rounds, %4 answers.</source>
        <translation>%1 wurde mit Demodaten angelegt: %2 Unternehmen, %3 Runden, %4 Antworten.</translation>
    </message>
    <message>
        <source>Prints the questionnaire of a workspace.</source>
        <translation>Gibt den Fragebogen eines Arbeitsbereichs aus.</translation>
    </message>
    <message>
        <source>Print it in the questionnaire JSON format.</source>
        <translation>Im JSON-Format für Fragebögen ausgeben.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Scale %1..%2</source>
        <translation>Skala %1..%2</translation>
    </message>
    <message>
        <source>, weight %1</source>
        <translation>, Gewicht %1</translation>
    </message>
    <message>
        <source> (weight %1)</source>
        <translation> (Gewicht %1)</translation>
    </message>
    <message>
        <source>%1 measures, %2 reference figures.</source>
        <translation>%1 Maßnahmen, %2 Referenzwerte.</translation>
    </message>
    <message>
        <source>Check the file and report what would be imported, without writing.</source>
        <translation>Datei prüfen und melden, was importiert würde, ohne etwas zu speichern.</translation>
    </message>
    <message>
        <source>Replace the answers of respondents who are already recorded.</source>
        <translation>Antworten bereits erfasster befragter Personen ersetzen.</translation>
    </message>
    <message>
        <source>Skip columns that are neither keys nor item ids.</source>
        <translation>Spalten überspringen, die weder Schlüsselspalten noch Aussagen-IDs sind.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>nothing was imported; correct the file and run the import again</source>
        <translation>es wurde nichts importiert; korrigieren Sie die Datei und starten Sie den Import erneut</translation>
    </message>
    <message>
        <source>Dry run: the file is valid; importing it would add %1.</source>
        <translation>Probelauf: Die Datei ist gültig; der Import würde %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Prints the scores of every company and round: departments, company level, benchmark against the other companies of the workspace, and recommendations.</source>
        <translation>Gibt die Werte jedes Unternehmens in jeder Runde aus: Abteilungen, Gesamtwert des Unternehmens, Vergleich mit den anderen Unternehmen des Arbeitsbereichs und Empfehlungen.</translation>
    </message>
    <message>
        <source>Only this company (the benchmark still uses all).</source>
        <translation>Nur dieses Unternehmen (der Vergleich bezieht weiterhin alle ein).</translation>
    </message>
    <message>
        <source>Only this round.</source>
        <translation>Nur diese Runde.</translation>
    </message>
    <message>
        <source>Print JSON as described in the documentation.</source>
        <translation>JSON wie in der Dokumentation beschrieben ausgeben.</translation>
    </message>
    <message>
        <source>Target score for the recommendations (0..100), for every company.</source>
        <translation>Zielwert für die Empfehlungen (0..100), für alle Unternehmen.</translation>
    </message>
    <message>
        <source>--target expects a number from 0 to 100, not "%1"</source>
        <translation>--target erwartet eine Zahl von 0 bis 100, nicht „%1“</translation>
    </message>
    <message>
        <source>there is no company "%1" in the workspace</source>
        <translation>im Arbeitsbereich gibt es kein Unternehmen „%1“</translation>
    </message>
    <message>
        <source>there is no round "%1" in the workspace</source>
        <translation>im Arbeitsbereich gibt es keine Runde „%1“</translation>
    </message>
    <message>
        <source>company "%1" has no round "%2"</source>
        <translation>das Unternehmen „%1“ hat keine Runde „%2“</translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The workspace holds no assessments yet. Import answers with "sbradar-cli import".</source>
        <translation>Der Arbeitsbereich enthält noch keine Erhebungen. Importieren Sie Antworten mit „sbradar-cli import“.</translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation>Reifegrad-Index</translation>
    </message>
    <message>
        <source>stage %1 "%2"</source>
        <translation>Stufe %1 „%2“</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>peers</source>
        <translation>Vergleichsunternehmen</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spannw.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränd.</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Resp.</source>
        <translation>Befr.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>(fewer than %1 respondents: hidden in reports)</source>
        <translation>(weniger als %1 Befragte: in Berichten ausgeblendet)</translation>
    </message>
    <message>
        <source>Top recommendations (target %1)</source>
        <translation>Wichtigste Empfehlungen (Zielwert %1)</translation>
    </message>
    <message>
        <source>+%1 index points</source>
        <translation>+%1 Indexpunkte</translation>
    </message>
    <message>
        <source>unknown command "%1"; run "sbradar-cli --help" for the list</source>
        <translation>unbekannter Befehl „%1“; die Liste der Befehle zeigt „sbradar-cli --help“</translation>
    </message>
    <message>
        <source>usage: sbradar-cli %1</source>
        <translation>Aufruf: sbradar-cli %1</translation>
    </message>
    <message>
        <source>Usage: sbradar-cli %1</source>
        <translation>Aufruf: sbradar-cli %1</translation>
    </message>
    <message>
        <source>expected %1 argument(s), got %2; usage: sbradar-cli %3</source>
        <translation>erwartet: %1 Argument(e), angegeben: %2; Aufruf: sbradar-cli %3</translation>
    </message>
    <message>
        <source>an empty file name was given; usage: sbradar-cli %1</source>
        <translation>der Dateiname ist leer; Aufruf: sbradar-cli %1</translation>
    </message>
    <message>
        <source>csv or xlsx (required).</source>
        <translation>csv oder xlsx (erforderlich).</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Die zu schreibende Datei (erforderlich).</translation>
    </message>
    <message>
        <source>With csv: the table to write: company (default), departments or items.</source>
        <translation>Bei csv: die zu schreibende Tabelle: company (Standard), departments oder items.</translation>
    </message>
    <message>
        <source>Language of the item texts: de or en (default: the user's language).</source>
        <translation>Sprache der Aussagentexte: de oder en (Standard: Ihre Systemsprache).</translation>
    </message>
    <message>
        <source>--format expects csv or xlsx, not "%1"</source>
        <translation>--format erwartet csv oder xlsx, nicht „%1“</translation>
    </message>
    <message>
        <source>--format csv or --format xlsx is required; usage: sbradar-cli %1</source>
        <translation>--format csv oder --format xlsx ist erforderlich; Aufruf: sbradar-cli %1</translation>
    </message>
    <message>
        <source>-o FILE is required; usage: sbradar-cli %1</source>
        <translation>-o FILE ist erforderlich; Aufruf: sbradar-cli %1</translation>
    </message>
    <message>
        <source>--level expects company, departments or items, not "%1"</source>
        <translation>--level erwartet company, departments oder items, nicht „%1“</translation>
    </message>
    <message>
        <source>--level applies to --format csv only; an XLSX file holds every level</source>
        <translation>--level gilt nur für --format csv; eine XLSX-Datei enthält alle Ebenen</translation>
    </message>
    <message>
        <source>--lang expects de or en, not "%1"</source>
        <translation>--lang erwartet de oder en, nicht „%1“</translation>
    </message>
    <message>
        <source>-o %1 would overwrite the workspace; choose another file</source>
        <translation>-o %1 würde den Arbeitsbereich überschreiben; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows of companies, %3 of departments, %4 of items.</source>
        <translation>%1 geschrieben: %2 Zeilen für Unternehmen, %3 für Abteilungen, %4 für Aussagen.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 rows of %3.</source>
        <translation>%1 geschrieben: %2 Zeilen der Ebene %3.</translation>
    </message>
    <message>
        <source>Writes the scores as a table for spreadsheets. XLSX holds one worksheet per level (company, departments, items); CSV holds one level, chosen with --level. Numbers are number cells (16 significant digits) in XLSX and exact decimals in CSV; an empty cell means there is no value. An existing FILE is replaced only when the export succeeds.</source>
        <translation>Schreibt die Werte als Tabelle für Tabellenkalkulationen. Eine XLSX-Datei enthält ein Tabellenblatt je Ebene (company, departments, items), eine CSV-Datei eine einzige Ebene, die Sie mit --level wählen. Zahlen stehen in XLSX als Zahlenzellen (16 signifikante Stellen) und in CSV als exakte Dezimalzahlen; eine leere Zelle bedeutet, dass es keinen Wert gibt. Eine vorhandene Datei FILE wird nur ersetzt, wenn der Export gelingt.</translation>
    </message>
    <message>
        <source>The company (required).</source>
        <translation>Das Unternehmen (erforderlich).</translation>
    </message>
    <message>
        <source>The round (required).</source>
        <translation>Die Runde (erforderlich).</translation>
    </message>
    <message>
        <source>TCP port (default: any free port).</source>
        <translation>TCP-Port (Standard: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Listen only on this address (default 127.0.0.1: this computer only; use this computer's address in the local network, or 0.0.0.0, for phones).</source>
        <translation>Verbindungen nur über diese Adresse annehmen (Standard 127.0.0.1: nur dieser Computer; für Smartphones die Adresse dieses Computers im lokalen Netzwerk oder 0.0.0.0 angeben).</translation>
    </message>
    <message>
        <source>Language of the voting page: de (default) or en.</source>
        <translation>Sprache der Abstimmungsseite: de (Standard) oder en.</translation>
    </message>
    <message>
        <source>--%1 is required; usage: sbradar-cli %2</source>
        <translation>--%1 ist erforderlich; Aufruf: sbradar-cli %2</translation>
    </message>
    <message>
        <source>--port expects a number from 0 to 65535, not "%1"</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535, nicht „%1“</translation>
    </message>
    <message>
        <source>--bind expects an IP address, not "%1"</source>
        <translation>--bind erwartet eine IP-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>Workshop session for %1, %2, round %3: %4 items open.</source>
        <translation>Workshop-Sitzung für %1, %2, Runde %3: %4 Aussagen freigegeben.</translation>
    </message>
    <message>
        <source>Only this computer can open it; for phones, use --bind with this computer's network address.</source>
        <translation>Die Seite ist nur auf diesem Computer erreichbar; für Smartphones geben Sie mit --bind die Netzwerkadresse dieses Computers an.</translation>
    </message>
    <message>
        <source>Press Ctrl+C to end the session and store the votes.</source>
        <translation>Drücken Sie Strg+C, um die Sitzung zu beenden und die Stimmen zu speichern.</translation>
    </message>
    <message>
        <source>Session ended: %1 participants; stored %2 respondents with %3 answers.</source>
        <translation>Sitzung beendet: %1 Teilnehmende; %2 befragte Personen mit %3 Antworten gespeichert.</translation>
    </message>
    <message>
        <source>Writes the management report of one company and round as an A4 PDF with vector charts, in German unless --lang en is given. Departments with fewer respondents than the workspace's anonymity threshold show "too few respondents" instead of numbers. An existing FILE is replaced only when the report is complete. Needs no display.</source>
        <translation>Schreibt den Management-Bericht eines Unternehmens für eine Runde als A4-PDF mit Vektorgrafiken, auf Deutsch, sofern nicht --lang en angegeben ist. Abteilungen mit weniger befragten Personen als die Anonymitätsschwelle des Arbeitsbereichs zeigen „zu wenige Antworten“ statt Zahlen. Eine vorhandene Datei FILE wird nur ersetzt, wenn der Bericht vollständig ist. Benötigt keine grafische Oberfläche.</translation>
    </message>
    <message>
        <source>The company to report on (required).</source>
        <translation>Das Unternehmen, über das berichtet wird (erforderlich).</translation>
    </message>
    <message>
        <source>The round to report on (default: the company's latest).</source>
        <translation>Die Runde, über die berichtet wird (Standard: die neueste Runde des Unternehmens).</translation>
    </message>
    <message>
        <source>Language of the report: de (default) or en.</source>
        <translation>Sprache des Berichts: de (Standard) oder en.</translation>
    </message>
    <message>
        <source>The PDF file to write (required).</source>
        <translation>Die zu schreibende PDF-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>--company NAME and -o FILE.pdf are required; usage: sbradar-cli %1</source>
        <translation>--company NAME und -o FILE.pdf sind erforderlich; Aufruf: sbradar-cli %1</translation>
    </message>
    <message>
        <source>company "%1" has no rounds yet</source>
        <translation>das Unternehmen „%1“ hat noch keine Runden</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the report on %2 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben: der Bericht über %2 (%n Seite).</numerusform>
            <numerusform>%1 geschrieben: der Bericht über %2 (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>With --json: only what the outputs people read may show; departments with fewer respondents than the workspace's minimum group size are hidden.</source>
        <translation>Mit --json: nur das, was Ausgaben für Leserinnen und Leser zeigen dürfen; Abteilungen mit weniger befragten Personen als die Mindestgruppengröße des Arbeitsbereichs werden ausgeblendet.</translation>
    </message>
    <message>
        <source>--anonymous works together with --json</source>
        <translation>--anonymous ist nur zusammen mit --json möglich</translation>
    </message>
    <message>
        <source>Prints the settings of a workspace and changes them.</source>
        <translation>Gibt die Einstellungen eines Arbeitsbereichs aus und ändert sie.</translation>
    </message>
    <message>
        <source>Set the minimum group size (3 to 50): a department with fewer respondents is never shown on its own in the outputs that people read.</source>
        <translation>Mindestgruppengröße festlegen (3 bis 50): Eine Abteilung mit weniger befragten Personen wird in Ausgaben für Leserinnen und Leser nie für sich allein gezeigt.</translation>
    </message>
    <message>
        <source>--min-group expects a whole number from %1 to %2, not "%3"</source>
        <translation>--min-group erwartet eine ganze Zahl von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>Minimum group size (--min-group): %1</source>
        <translation>Mindestgruppengröße (--min-group): %1</translation>
    </message>
    <message>
        <source>(hidden in reports with a smaller department)</source>
        <translation>(in Berichten zusammen mit einer kleineren Abteilung ausgeblendet)</translation>
    </message>
    <message>
        <source>The workspace is in use by another program; waiting (%1 of %2 s) …</source>
        <translation>Der Arbeitsbereich wird von einem anderen Programm benutzt; es wird gewartet (%1 von %2 s) …</translation>
    </message>
    <message>
        <source>No unfinished workshop sessions in %1.</source>
        <translation>In %1 gibt es keine unbeendeten Workshops.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n abstimmende Person</numerusform>
            <numerusform>%n abstimmende Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>still running (process %1)</source>
        <translation>läuft noch (Prozess %1)</translation>
    </message>
    <message>
        <source>not ended</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>still running in process %1; end it there (it stores its votes itself).</source>
        <translation>läuft noch in Prozess %1; beenden Sie ihn dort (er speichert seine Stimmen selbst).</translation>
    </message>
    <message>
        <source>the votes of this session were not stored; they stay in the workspace for another --recover</source>
        <translation>die Stimmen dieses Workshops wurden nicht gespeichert; sie bleiben für ein weiteres --recover im Arbeitsbereich</translation>
    </message>
    <message>
        <source>--%1 expects a whole number of at least %2, not "%3"</source>
        <translation>--%1 erwartet eine ganze Zahl ab %2, nicht „%3“</translation>
    </message>
    <message>
        <source>At most N participants from one network address (default 3; 0: no limit).</source>
        <translation>Höchstens N Teilnehmende von einer Netzwerkadresse (Vorgabe 3; 0: keine Grenze).</translation>
    </message>
    <message>
        <source>The expected group size: nobody joins beyond it.</source>
        <translation>Die erwartete Gruppengröße: darüber hinaus kann niemand beitreten.</translation>
    </message>
    <message>
        <source>Store the votes of workshop sessions that never ended (e.g. after a crash), then exit.</source>
        <translation>Die Stimmen von Workshops speichern, die nie beendet wurden (z. B. nach einem Absturz), dann beenden.</translation>
    </message>
    <message>
        <source>With --recover: only list those sessions.</source>
        <translation>Mit --recover: diese Workshops nur auflisten.</translation>
    </message>
    <message>
        <source>--list works only with --recover; usage: sbradar-cli %1</source>
        <translation>--list geht nur zusammen mit --recover; Aufruf: sbradar-cli %1</translation>
    </message>
    <message>
        <source>Short address to type: %1</source>
        <translation>Kurzadresse zum Eintippen: %1</translation>
    </message>
    <message>
        <source>the votes of %1 participants were not stored now; they are kept in the workspace: "sbradar-cli workshop %2 --recover" stores them</source>
        <translation>die Stimmen von %1 Teilnehmenden wurden jetzt nicht gespeichert; sie bleiben im Arbeitsbereich: „sbradar-cli workshop %2 --recover“ speichert sie</translation>
    </message>
    <message>
        <source>Imports answers from a CSV or tab-separated text file or an Excel workbook (long or wide form). Either the whole file is imported or, on any error, nothing.</source>
        <translation>Importiert Antworten aus einer CSV-Datei, einer Textdatei mit Tabulatoren oder einer Excel-Arbeitsmappe (Lang- oder Breitformat). Importiert wird entweder die ganze Datei oder – bei einem Fehler – nichts.</translation>
    </message>
    <message>
        <source>Read this worksheet of an .xlsx workbook instead of the first one.</source>
        <translation>Dieses Tabellenblatt einer .xlsx-Arbeitsmappe lesen statt des ersten.</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4, %5, %6)</source>
        <translation>%1 %2 (%3, %4, %5, %6)</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n respondent(s)</source>
        <translation>
            <numerusform>von %n befragten Person</numerusform>
            <numerusform>von %n befragten Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies)</source>
        <translation>
            <numerusform>%n neues Unternehmen</numerusform>
            <numerusform>%n neue Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new department(s)</source>
        <translation>
            <numerusform>%n neue Abteilung</numerusform>
            <numerusform>%n neue Abteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s)</source>
        <translation>
            <numerusform>%n neue Runde</numerusform>
            <numerusform>%n neue Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) replaced</source>
        <translation>
            <numerusform>%n befragte Person ersetzt</numerusform>
            <numerusform>%n befragte Personen ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>stored %1 with %2.</source>
        <translation>%1 mit %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n befragte Person</numerusform>
            <numerusform>%n befragte Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs a live-voting session without a facilitator: every item is open, participants vote on their phones at the printed URL. Every vote is in the workspace before the phone hears "saved". SIGINT (Ctrl+C) or SIGTERM ends the session and stores every participant who voted as an anonymous respondent ("Workshop 1", …) of the department in the round, in one step. The company and the round must exist; the department is created when missing. A mixed group names several departments (--department once for each): every participant chooses one on the phone before voting and is stored in it. A session that never ended (a crash, a power cut) is stored with --recover.</source>
        <translation>Startet eine Live-Abstimmung ohne Moderation: Alle Aussagen sind offen, die Teilnehmenden stimmen auf dem Smartphone unter der ausgegebenen URL ab. Jede Stimme steht im Arbeitsbereich, bevor das Smartphone „gespeichert“ meldet. SIGINT (Strg+C) oder SIGTERM beendet den Workshop und speichert alle, die abgestimmt haben, in einem Schritt als anonyme befragte Personen („Workshop 1“, …) der Abteilung in der Runde. Unternehmen und Runde müssen existieren; die Abteilung wird bei Bedarf angelegt. Eine gemischte Gruppe nennt mehrere Abteilungen (--department je Abteilung einmal): Jede Person wählt ihre Abteilung vor der ersten Stimme auf dem Smartphone und wird in ihr gespeichert. Ein Workshop, der nie beendet wurde (Absturz, Stromausfall), wird mit --recover gespeichert.</translation>
    </message>
    <message>
        <source>The department (required; repeat it for a mixed group).</source>
        <translation>Die Abteilung (erforderlich; für eine gemischte Gruppe mehrmals angeben).</translation>
    </message>
    <message>
        <source>Read a survey export through this mapping profile (see "sbradar-cli mapping").</source>
        <translation>Einen Umfrage-Export über dieses Zuordnungsprofil lesen (siehe "sbradar-cli mapping").</translation>
    </message>
    <message>
        <source>With --mapping: the %1 of all answers (overrides the profile's constant).</source>
        <translation>Mit --mapping: %1 aller Antworten (ersetzt die Konstante des Profils).</translation>
    </message>
    <message>
        <source>--%1 is used only with --mapping</source>
        <translation>--%1 gilt nur zusammen mit --mapping</translation>
    </message>
    <message>
        <source>nothing was imported; correct the mapping profile and run the import again</source>
        <translation>nichts wurde importiert; korrigieren Sie das Zuordnungsprofil und starten Sie den Import erneut</translation>
    </message>
    <message>
        <source>Copies the companies of a workspace, with their rounds, answers, comments and plans, into another one: a file into a team workspace (postgresql://user@host:5432/database) or back. A destination that does not exist is created. All or nothing: on any error the destination stays as it was.</source>
        <translation>Kopiert die Unternehmen eines Arbeitsbereichs mit ihren Runden, Antworten, Kommentaren und Plänen in einen anderen: eine Datei in einen Teamarbeitsbereich (postgresql://benutzer@host:5432/datenbank) oder zurück. Ein Ziel, das es noch nicht gibt, wird angelegt. Ganz oder gar nicht: Bei jedem Fehler bleibt das Ziel, wie es war.</translation>
    </message>
    <message>
        <source>copy only this company</source>
        <translation>nur dieses Unternehmen kopieren</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 nach %2 kopiert.</translation>
    </message>
    <message>
        <source>Copied "%1" from %2 to %3.</source>
        <translation>„%1“ von %2 nach %3 kopiert.</translation>
    </message>
    <message>
        <source>Adds what would lift each department most, and its quick wins (departments hidden for anonymity get none).</source>
        <translation>Fügt hinzu, was jede Abteilung am meisten voranbrächte, und ihre schnellen Erfolge (Abteilungen, die zur Anonymität ausgeblendet sind, erhalten keine).</translation>
    </message>
    <message>
        <source>cannot read the mapping profile %1: %2</source>
        <translation>das Zuordnungsprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--date expects YYYY-MM-DD or D.M.YYYY, not "%1"</source>
        <translation>--date erwartet JJJJ-MM-TT oder T.M.JJJJ, nicht "%1"</translation>
    </message>
    <message>
        <source>Suggests a mapping profile for a survey export (Microsoft Forms, Google Forms, SurveyMonkey, LimeSurvey): its headers matched to the questionnaire's statements, its answer labels to levels.</source>
        <translation>Schlägt ein Zuordnungsprofil für einen Umfrage-Export vor (Microsoft Forms, Google Formulare, SurveyMonkey, LimeSurvey): seine Spaltenköpfe den Aussagen des Fragebogens zugeordnet, seine Antworten den Stufen.</translation>
    </message>
    <message>
        <source>Write the profile to this file instead of the standard output.</source>
        <translation>Das Profil in diese Datei schreiben statt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>%1 of %2 statements matched to a column.</source>
        <translation>%1 von %2 Aussagen einer Spalte zugeordnet.</translation>
    </message>
    <message>
        <source>not mapped: column "%1" (map it to an item id or to "ignore")</source>
        <translation>nicht zugeordnet: Spalte "%1" (einer Aussagen-ID oder "ignore" zuordnen)</translation>
    </message>
    <message>
        <source>not mapped: answer "%1" (give it a level or null)</source>
        <translation>nicht zugeordnet: Antwort "%1" (eine Stufe oder null angeben)</translation>
    </message>
    <message>
        <source>the export has no company, round or date: give them as constants in the profile or as --company, --round and --date when importing</source>
        <translation>der Export enthält weder Unternehmen noch Runde oder Datum: Geben Sie sie als Konstanten im Profil an oder beim Import mit --company, --round und --date</translation>
    </message>
    <message>
        <source>--%1 expects a date as YYYY-MM-DD (or "" for none), not "%2"</source>
        <translation>--%1 erwartet ein Datum als JJJJ-MM-TT (oder "" für keines), nicht "%2"</translation>
    </message>
    <message>
        <source>--horizon expects now, next or later, not "%1"</source>
        <translation>--horizon erwartet now, next oder later, nicht "%1"</translation>
    </message>
    <message>
        <source>--status expects planned, doing, done or dropped, not "%1"</source>
        <translation>--status erwartet planned, doing, done oder dropped, nicht "%1"</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Action plan of %1</source>
        <translation>Maßnahmenplan von %1</translation>
    </message>
    <message>
        <source>No measures in the plan yet.</source>
        <translation>Noch keine Maßnahmen im Plan.</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>due: %1</source>
        <translation>fällig: %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Termin</translation>
    </message>
    <message>
        <source>done on: %1</source>
        <translation>erledigt am: %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>statements: %1</source>
        <translation>Aussagen: %1</translation>
    </message>
    <message>
        <source>what changed from %1 to %2 (not proof that the measure caused it): %3; mean change %4 points</source>
        <translation>was sich von %1 bis %2 verändert hat (kein Beleg, dass die Maßnahme es bewirkt hat): %3; mittlere Veränderung %4 Punkte</translation>
    </message>
    <message>
        <source>there is no company "%1" in the workspace; did you mean "%2"?</source>
        <translation>im Arbeitsbereich gibt es kein Unternehmen "%1"; meinten Sie "%2"?</translation>
    </message>
    <message>
        <source>Prints the action plan of a company, adds a measure of the catalogue to it or changes one.</source>
        <translation>Gibt den Maßnahmenplan eines Unternehmens aus, nimmt eine Maßnahme des Katalogs auf oder ändert eine.</translation>
    </message>
    <message>
        <source>The company whose plan it is.</source>
        <translation>Das Unternehmen, dessen Plan es ist.</translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation>Den Plan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Add this measure of the catalogue (its id) to the plan.</source>
        <translation>Diese Maßnahme des Katalogs (ihre Kennung) in den Plan aufnehmen.</translation>
    </message>
    <message>
        <source>Change the plan measure with this number.</source>
        <translation>Die Maßnahme des Plans mit dieser Nummer ändern.</translation>
    </message>
    <message>
        <source>Who is responsible.</source>
        <translation>Wer verantwortlich ist.</translation>
    </message>
    <message>
        <source>Due date, YYYY-MM-DD ("" for none).</source>
        <translation>Fälligkeit, JJJJ-MM-TT ("" für keine).</translation>
    </message>
    <message>
        <source>On the roadmap: now, next or later.</source>
        <translation>Auf der Roadmap: now (jetzt), next (als Nächstes) oder later (später).</translation>
    </message>
    <message>
        <source>planned, doing, done or dropped.</source>
        <translation>planned (geplant), doing (in Arbeit), done (erledigt) oder dropped (verworfen).</translation>
    </message>
    <message>
        <source>The date it was done, YYYY-MM-DD (status done; default today).</source>
        <translation>Das Datum, an dem sie erledigt wurde, JJJJ-MM-TT (Stand done; sonst heute).</translation>
    </message>
    <message>
        <source>A note.</source>
        <translation>Eine Notiz.</translation>
    </message>
    <message>
        <source>--company is required; usage: sbradar-cli plan WS --company NAME [--json]</source>
        <translation>--company fehlt; Aufruf: sbradar-cli plan WS --company NAME [--json]</translation>
    </message>
    <message>
        <source>--add and --set cannot be used together</source>
        <translation>--add und --set gehen nicht zusammen</translation>
    </message>
    <message>
        <source>--%1 changes a measure: give --add MEASURE or --set ID with it</source>
        <translation>--%1 ändert eine Maßnahme: geben Sie dazu --add MASSNAHME oder --set NR an</translation>
    </message>
    <message>
        <source>the questionnaire has no measure "%1" ("sbradar-cli questionnaire WS" lists them)</source>
        <translation>der Fragebogen hat keine Maßnahme "%1" ("sbradar-cli questionnaire WS" listet sie auf)</translation>
    </message>
    <message>
        <source>the plan of %1 has no measure number "%2"</source>
        <translation>der Plan von %1 hat keine Maßnahme mit der Nummer "%2"</translation>
    </message>
    <message>
        <source>--company NAME, --round LABEL, --format FORMAT and -o FILE are required; usage: sbradar-cli %1</source>
        <translation>--company NAME, --round LABEL, --format FORMAT und -o DATEI sind nötig; Aufruf: sbradar-cli %1</translation>
    </message>
    <message>
        <source>--format expects xlsx, pdf or limesurvey, not "%1"</source>
        <translation>--format erwartet xlsx, pdf oder limesurvey, nicht „%1“</translation>
    </message>
    <message>
        <source>--respondents expects a whole number from 1 to %1, not "%2"</source>
        <translation>--respondents erwartet eine ganze Zahl von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>Writes the questionnaire of one company and round to hand out: an Excel answer workbook (one column per respondent, a drop-down of the levels in every answer cell) that imports back as it is, a printable A4 form for paper rounds, or a LimeSurvey survey structure (tab-separated .txt) whose question codes come from the statement ids. Without --department it covers every department of the company. An existing FILE is replaced only when the new one is complete.</source>
        <translation>Schreibt den Fragebogen eines Unternehmens und einer Runde zum Verteilen: eine Excel-Antwortmappe (eine Spalte je Person, in jeder Antwortzelle eine Auswahlliste der Stufen), die sich unverändert wieder importieren lässt, einen druckbaren A4-Bogen für Papierrunden oder eine LimeSurvey-Umfragestruktur (tabulatorgetrennte .txt), deren Fragecodes aus den Aussagen-IDs entstehen. Ohne --department für alle Abteilungen des Unternehmens. Eine vorhandene DATEI wird erst ersetzt, wenn die neue vollständig ist.</translation>
    </message>
    <message>
        <source>The round (required; it must exist).</source>
        <translation>Die Runde (nötig; sie muss angelegt sein).</translation>
    </message>
    <message>
        <source>A department; repeat for several (default: all).</source>
        <translation>Eine Abteilung; für mehrere wiederholen (Vorgabe: alle).</translation>
    </message>
    <message>
        <source>xlsx, pdf or limesurvey (required).</source>
        <translation>xlsx, pdf oder limesurvey (nötig).</translation>
    </message>
    <message>
        <source>xlsx: answer columns per department (default %1).</source>
        <translation>xlsx: Antwortspalten je Abteilung (Vorgabe %1).</translation>
    </message>
    <message>
        <source>Language of the questionnaire: de or en (default: the user's).</source>
        <translation>Sprache des Fragebogens: de oder en (Vorgabe: die des Benutzers).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the paper questionnaire (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben: der Papierfragebogen (%n Seite).</numerusform>
            <numerusform>%1 geschrieben: der Papierfragebogen (%n Seiten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the answer workbook, %n answer column(s).</source>
        <translation>
            <numerusform>%1 geschrieben: die Antwortmappe, %n Antwortspalte.</numerusform>
            <numerusform>%1 geschrieben: die Antwortmappe, %n Antwortspalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: the LimeSurvey survey structure.</source>
        <translation>%1 geschrieben: die LimeSurvey-Umfragestruktur.</translation>
    </message>
    <message>
        <source>--%1 is missing; usage: sbradar-cli %2</source>
        <translation>--%1 fehlt; Aufruf: sbradar-cli %2</translation>
    </message>
    <message>
        <source>Sets up a team workspace so that the server decides who sees which client: the owner role sbradar_owner (it owns every table; its members see every company), the group sbradar_consultant, the grants table and forced row-level security. Creates the workspace when the database holds none. Run it as the database's owner with the right to create roles (or as a superuser); running it again changes nothing.</source>
        <translation>Richtet einen Teamarbeitsbereich so ein, dass der Server entscheidet, wer welchen Kunden sieht: die Eigentümerrolle sbradar_owner (ihr gehören alle Tabellen; ihre Mitglieder sehen jedes Unternehmen), die Gruppe sbradar_consultant, die Tabelle der Freigaben und erzwungene Zeilensicherheit. Legt den Arbeitsbereich an, wenn die Datenbank noch keinen enthält. Als Eigentümer der Datenbank mit dem Recht, Rollen anzulegen (oder als Superuser), ausführen; ein zweiter Aufruf ändert nichts.</translation>
    </message>
    <message>
        <source>The team workspace %1 is set up already; nothing was changed.</source>
        <translation>Der Teamarbeitsbereich %1 ist bereits eingerichtet; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Set up the team workspace %1:</source>
        <translation>Teamarbeitsbereich %1 eingerichtet:</translation>
    </message>
    <message>
        <source>Lets a consultant's login read (read), also change (write) or also rename, delete and take out of the benchmark pool (admin) one company. The login must exist on the server; it joins the group sbradar_consultant.</source>
        <translation>Erlaubt der Anmeldung einer Beraterin oder eines Beraters, ein Unternehmen zu lesen (read), auch zu ändern (write) oder auch umzubenennen, zu löschen und aus dem Benchmark-Pool zu nehmen (admin). Die Anmeldung muss auf dem Server bestehen; sie wird Mitglied der Gruppe sbradar_consultant.</translation>
    </message>
    <message>
        <source>the consultant's login</source>
        <translation>die Anmeldung der Beraterin oder des Beraters</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>das Unternehmen</translation>
    </message>
    <message>
        <source>read, write or admin</source>
        <translation>read, write oder admin</translation>
    </message>
    <message>
        <source>--role must be read, write or admin, not "%1"</source>
        <translation>--role muss read, write oder admin sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1 had the role %2 for "%3" already; nothing was changed.</source>
        <translation>%1 hatte die Rolle %2 für „%3“ bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 for "%3".</source>
        <translation>%1 hat jetzt die Rolle %2 für „%3“.</translation>
    </message>
    <message>
        <source>%1 now has the role %2 for "%3" (before: %4).</source>
        <translation>%1 hat jetzt die Rolle %2 für „%3“ (vorher: %4).</translation>
    </message>
    <message>
        <source>Takes a consultant's access to one company away; the login sees nothing of it any more.</source>
        <translation>Entzieht einer Beraterin oder einem Berater den Zugriff auf ein Unternehmen; die Anmeldung sieht nichts mehr davon.</translation>
    </message>
    <message>
        <source>%1 had no access to "%2"; nothing was changed.</source>
        <translation>%1 hatte keinen Zugriff auf „%2“; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 no longer has access to "%2" (it had the role %3).</source>
        <translation>%1 hat keinen Zugriff mehr auf „%2“ (vorher mit der Rolle %3).</translation>
    </message>
    <message>
        <source>Prints who has which role for which company (an administrator sees every grant, a consultant her own), one line each: login, role, company, separated by tabs.</source>
        <translation>Gibt aus, wer welche Rolle für welches Unternehmen hat (Administratoren sehen alle Freigaben, Beraterinnen und Berater ihre eigenen), je Zeile: Anmeldung, Rolle, Unternehmen, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Says whether a company is in the benchmark pool, or puts it in (--in) or takes it out (--out). The numbers of a company outside the pool count in no other company's benchmark; it still gets a benchmark of its own. WS may be a workspace file too.</source>
        <translation>Sagt, ob ein Unternehmen im Benchmark-Pool ist, oder nimmt es auf (--in) oder heraus (--out). Die Werte eines Unternehmens außerhalb des Pools zählen im Benchmark keines anderen Unternehmens; es erhält weiterhin einen eigenen Benchmark. WS darf auch eine Arbeitsbereichsdatei sein.</translation>
    </message>
    <message>
        <source>put the company into the pool</source>
        <translation>das Unternehmen in den Pool aufnehmen</translation>
    </message>
    <message>
        <source>take the company out of the pool</source>
        <translation>das Unternehmen aus dem Pool nehmen</translation>
    </message>
    <message>
        <source>--in and --out cannot be used together</source>
        <translation>--in und --out schließen einander aus</translation>
    </message>
    <message>
        <source>"%1" is in the benchmark pool.</source>
        <translation>„%1“ ist im Benchmark-Pool.</translation>
    </message>
    <message>
        <source>"%1" is not in the benchmark pool: its numbers count in no other company's benchmark.</source>
        <translation>„%1“ ist nicht im Benchmark-Pool: Seine Werte zählen im Benchmark keines anderen Unternehmens.</translation>
    </message>
    <message>
        <source>Usage: sbradar-cli team init|grant|revoke|list|pool … ("sbradar-cli team ACTION --help" for the options of one)</source>
        <translation>Aufruf: sbradar-cli team init|grant|revoke|list|pool … („sbradar-cli team AKTION --help“ zeigt die Optionen einer Aktion)</translation>
    </message>
    <message>
        <source>expected one of init, grant, revoke, list, pool after "team", not "%1"</source>
        <translation>nach „team“ wird init, grant, revoke, list oder pool erwartet, nicht „%1“</translation>
    </message>
    <message>
        <source>Usage: sbradar-cli COMMAND [OPTIONS]

Social Business Radar on the command line: workspaces, imports and scores.

Commands:
  init WS [--questionnaire Q.json]   create a new workspace (built-in questionnaire or Q.json)
  demo WS                            create a workspace filled with demo data
  questionnaire WS [--json]          print the workspace's questionnaire
  import WS FILE.csv|FILE.xlsx [--dry-run] [--replace] [--ignore-unknown-columns] [--sheet NAME]
         [--mapping PROFILE.json] [--company NAME] [--department NAME] [--round LABEL] [--date DATE]
                                     import answers (CSV, tab-separated text or .xlsx), all or nothing
  mapping WS FILE [--sheet NAME] [-o PROFILE.json]
                                     suggest a mapping profile for a survey export
  score WS [--company NAME] [--round LABEL] [--json] [--target T] [--anonymous]
                                     print scores, benchmark and recommendations
  settings WS [--min-group K]        print the workspace's settings; set the minimum group size
  export WS [--company NAME] --format csv|xlsx -o FILE
                                     write scores as a table (XLSX: one sheet per level)
  report WS --company NAME [--round LABEL] [--lang de|en] -o FILE.pdf
                                     write the management report (A4 PDF)
  template WS --company NAME --round LABEL [--department NAME] --format xlsx|pdf|limesurvey -o FILE
                                     write a questionnaire to hand out (answer workbook, paper form, LimeSurvey)
  workshop WS --company NAME --round LABEL --department NAME [--port P] [--bind ADDRESS] [--lang de|en]
                                     live voting on phones until Ctrl+C, then store the votes
  plan WS --company NAME [--json] [--add MEASURE | --set ID] [--owner TEXT] [--due DATE]
       [--horizon now|next|later] [--status planned|doing|done|dropped] [--done-on DATE] [--note TEXT]
                                     print the action plan of a company; add or change a measure
  copy SRC DST [--company NAME]      copy between a workspace file and a team workspace
                                     (WS may be postgresql://user@host:5432/database), all or nothing
  team init URI                      set up who sees which company in a team workspace
  team grant URI --user NAME --company NAME --role read|write|admin
  team revoke URI --user NAME --company NAME
                                     give or take a consultant's access to a company
  team list URI                      print who has which role for which company
  team pool WS --company NAME [--in|--out]
                                     put a company into the benchmark pool or take it out

Run "sbradar-cli COMMAND --help" for the options of a command.
Exit codes: 0 success, 1 usage error, 2 bad input data, 3 workspace problem.
</source>
        <translation>Aufruf: sbradar-cli BEFEHL [OPTIONEN]

Social Business Radar auf der Befehlszeile: Arbeitsbereiche, Importe und Auswertungen.

Befehle:
  init WS [--questionnaire Q.json]   neuen Arbeitsbereich anlegen (eingebauter Fragebogen oder Q.json)
  demo WS                            Arbeitsbereich mit Beispieldaten anlegen
  questionnaire WS [--json]          Fragebogen des Arbeitsbereichs ausgeben
  import WS FILE.csv|FILE.xlsx [--dry-run] [--replace] [--ignore-unknown-columns] [--sheet NAME]
         [--mapping PROFILE.json] [--company NAME] [--department NAME] [--round LABEL] [--date DATE]
                                     Antworten importieren (CSV, Text mit Tabulatoren oder .xlsx), ganz oder gar nicht
  mapping WS FILE [--sheet NAME] [-o PROFILE.json]
                                     Zuordnungsprofil für einen Umfrage-Export vorschlagen
  score WS [--company NAME] [--round LABEL] [--json] [--target T] [--anonymous]
                                     Werte, Vergleich und Empfehlungen ausgeben
  settings WS [--min-group K]        Einstellungen des Arbeitsbereichs ausgeben; Mindestgruppengröße festlegen
  export WS [--company NAME] --format csv|xlsx -o FILE
                                     Werte als Tabelle schreiben (XLSX: ein Blatt je Ebene)
  report WS --company NAME [--round LABEL] [--lang de|en] -o FILE.pdf
                                     Management-Bericht schreiben (PDF, A4)
  template WS --company NAME --round LABEL [--department NAME] --format xlsx|pdf|limesurvey -o FILE
                                     Fragebogen zum Verteilen schreiben (Excel-Antwortmappe, Papierbogen, LimeSurvey)
  workshop WS --company NAME --round LABEL --department NAME [--port P] [--bind ADDRESS] [--lang de|en]
                                     Abstimmung per Smartphone bis Strg+C, dann die Stimmen speichern
  plan WS --company NAME [--json] [--add MASSNAHME | --set NR] [--owner TEXT] [--due DATUM]
       [--horizon now|next|later] [--status planned|doing|done|dropped] [--done-on DATUM] [--note TEXT]
                                     Maßnahmenplan eines Unternehmens ausgeben; Maßnahme aufnehmen oder ändern
  copy QUELLE ZIEL [--company NAME]  zwischen Arbeitsbereichsdatei und Teamarbeitsbereich kopieren
                                     (WS darf postgresql://benutzer@host:5432/datenbank sein), ganz oder gar nicht
  team init URI                      festlegen, wer in einem Teamarbeitsbereich welches Unternehmen sieht
  team grant URI --user NAME --company NAME --role read|write|admin
  team revoke URI --user NAME --company NAME
                                     einer Beraterin oder einem Berater Zugriff auf ein Unternehmen geben oder nehmen
  team list URI                      ausgeben, wer welche Rolle für welches Unternehmen hat
  team pool WS --company NAME [--in|--out]
                                     ein Unternehmen in den Benchmark-Pool aufnehmen oder herausnehmen

„sbradar-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Rückgabewerte: 0 Erfolg, 1 falscher Aufruf, 2 fehlerhafte Eingabedaten, 3 Problem mit dem Arbeitsbereich.
</translation>
    </message>
    <message>
        <source>no command given; expected one of init, demo, questionnaire, import, mapping, score, settings, export, report, template, workshop, plan, copy, team (run "sbradar-cli --help" for details)</source>
        <translation>kein Befehl angegeben; erwartet wird init, demo, questionnaire, import, mapping, score, settings, export, report, template, workshop, plan, copy oder team (Einzelheiten zeigt „sbradar-cli --help“)</translation>
    </message>
    <message>
        <source>a done measure keeps the date it was done; give --done-on YYYY-MM-DD, or another --status to take the date away</source>
        <translation>eine erledigte Maßnahme behält ihr Erledigt-Datum; geben Sie --done-on JJJJ-MM-TT an oder einen anderen --status, um das Datum zu entfernen</translation>
    </message>
</context>
<context>
    <name>sbr::export</name>
    <message>
        <source>Readiness index</source>
        <translation>Reifegrad-Index</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymität</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
    <message>
        <source>Index change</source>
        <translation>Veränderung des Index</translation>
    </message>
    <message>
        <source>Peer companies</source>
        <translation>Vergleichsunternehmen</translation>
    </message>
    <message>
        <source>Index percentile</source>
        <translation>Perzentil des Index</translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation>zu wenige Antworten</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Other departments (%1)</source>
        <translation>Andere Abteilungen (%1)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Statement id</source>
        <translation>Aussage-ID</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Mittlere Stufe</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>too few answers</source>
        <translation>zu wenige Antworten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Read me</source>
        <translation>Erläuterungen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>0 to 100 points: the weighted mean of the dimension scores.</source>
        <translation>0 bis 100 Punkte: der gewichtete Mittelwert der Dimensionswerte.</translation>
    </message>
    <message>
        <source>1 to 5: the maturity stage the index falls into.</source>
        <translation>1 bis 5: die Reifegradstufe, in die der Index fällt.</translation>
    </message>
    <message>
        <source>0 to 100 points: the mean answer of a dimension or statement, 100 = the highest level. A company's score is the mean of its departments; each department counts once.</source>
        <translation>0 bis 100 Punkte: die mittlere Antwort einer Dimension oder Aussage, 100 = die höchste Stufe. Der Wert eines Unternehmens ist der Mittelwert seiner Abteilungen; jede Abteilung zählt einmal.</translation>
    </message>
    <message>
        <source>Points between the highest and the lowest department (hidden departments count as one unit, "other departments").</source>
        <translation>Punkte zwischen der stärksten und der schwächsten Abteilung (ausgeblendete Abteilungen zählen zusammen als eine Einheit, „Andere Abteilungen“).</translation>
    </message>
    <message>
        <source>Points gained or lost since the company's previous round.</source>
        <translation>Gewonnene oder verlorene Punkte seit der vorigen Runde des Unternehmens.</translation>
    </message>
    <message>
        <source>Share of the peer companies of the workspace that score lower (at least five peers).</source>
        <translation>Anteil der Vergleichsunternehmen im Arbeitsbereich mit niedrigerem Wert (ab fünf Vergleichsunternehmen).</translation>
    </message>
    <message>
        <source>Share of the dimension's statements that were answered.</source>
        <translation>Anteil der Aussagen der Dimension, die beantwortet wurden.</translation>
    </message>
    <message>
        <source>People who rated the statement ("not applicable" does not count).</source>
        <translation>Personen, die die Aussage bewertet haben („k. A.“ – keine Angabe – zählt nicht).</translation>
    </message>
    <message>
        <source>The answers differ by a standard deviation of one level or more: worth discussing.</source>
        <translation>Die Antworten streuen um eine Standardabweichung von einer Stufe oder mehr: ein Thema für die Diskussion.</translation>
    </message>
    <message>
        <source>Shown with one decimal; each cell holds the full value for your own calculations.</source>
        <translation>Mit einer Nachkommastelle angezeigt; jede Zelle enthält den vollen Wert zum Weiterrechnen.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>hidden to protect another department</source>
        <translation>zum Schutz einer anderen Abteilung ausgeblendet</translation>
    </message>
    <message>
        <source>A department with fewer than %1 respondents shows "too few respondents" instead of its numbers. So that it cannot be computed back from the company's figures, a further small department may be hidden with it (it shows "hidden to protect another department"); together they appear as "other departments" when they hold at least %1 respondents. A statement that fewer than %1 people of a department rated shows "too few answers". Changes are shown only for departments visible in both rounds.</source>
        <translation>Eine Abteilung mit weniger als %1 befragten Personen zeigt „zu wenige Antworten“ statt ihrer Zahlen. Damit sie sich nicht aus den Werten des Unternehmens zurückrechnen lässt, kann eine weitere kleine Abteilung mit ihr ausgeblendet werden (sie zeigt „zum Schutz einer anderen Abteilung ausgeblendet“); zusammen erscheinen sie als „Andere Abteilungen“, wenn sie mindestens %1 befragte Personen umfassen. Eine Aussage, die weniger als %1 Personen einer Abteilung bewertet haben, zeigt „zu wenige Antworten“. Veränderungen stehen nur bei Abteilungen, die in beiden Runden sichtbar sind.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Measure id</source>
        <translation>Kennung der Maßnahme</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Change from round</source>
        <translation>Veränderung von Runde</translation>
    </message>
    <message>
        <source>to round</source>
        <translation>bis Runde</translation>
    </message>
    <message>
        <source>Mean change of its statements (points)</source>
        <translation>Mittlere Veränderung ihrer Aussagen (Punkte)</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>The sheet of that name lists the company's measures with owner, due date, horizon (now, next, later) and status. For a done measure it gives the rounds before and after the day it was done and how the scores of its statements changed between them, in points: what changed, not proof that the measure caused it.</source>
        <translation>Das gleichnamige Blatt listet die Maßnahmen des Unternehmens mit Verantwortlichen, Fälligkeit, Horizont (jetzt, als Nächstes, später) und Stand. Für eine erledigte Maßnahme nennt es die Runden vor und nach dem Erledigt-Datum und wie sich die Werte ihrer Aussagen dazwischen verändert haben, in Punkten: was sich verändert hat, kein Beleg, dass die Maßnahme es bewirkt hat.</translation>
    </message>
</context>
<context>
    <name>sbr::exporting</name>
    <message>
        <source>"%1" is not a valid worksheet name</source>
        <translation>„%1“ ist kein gültiger Name für ein Tabellenblatt</translation>
    </message>
    <message>
        <source>the table "%1" has %2 rows; a worksheet holds at most %3</source>
        <translation>die Tabelle „%1“ hat %2 Zeilen; ein Tabellenblatt fasst höchstens %3</translation>
    </message>
    <message>
        <source>a text in the table "%1", row %2, is longer than the %3 characters a cell can hold</source>
        <translation>ein Text in der Tabelle „%1“, Zeile %2, ist länger als die %3 Zeichen, die eine Zelle fassen kann</translation>
    </message>
    <message>
        <source>table "%1", row %2: %3</source>
        <translation>Tabelle „%1“, Zeile %2: %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the spreadsheet library could not start (out of memory?)</source>
        <translation>die Tabellenbibliothek konnte nicht gestartet werden (zu wenig Arbeitsspeicher?)</translation>
    </message>
    <message>
        <source>"%1" is not a valid worksheet name: %2</source>
        <translation>„%1“ ist kein gültiger Name für ein Tabellenblatt: %2</translation>
    </message>
</context>
<context>
    <name>sbr::exporting::Template</name>
    <message>
        <source>1. On the sheet "%1" every column is one person. Write your name or initials into the row "Respondent", or leave the name there to stay anonymous.</source>
        <translation>1. Auf dem Blatt „%1“ ist jede Spalte eine Person. Tragen Sie Ihren Namen oder Ihr Kürzel in die Zeile „Person“ ein, oder lassen Sie den vorgegebenen Namen stehen, um anonym zu bleiben.</translation>
    </message>
    <message>
        <source>2. For every statement, choose the level that describes your department today from the list in the cell. If a statement does not concern your work, choose "%1".</source>
        <translation>2. Wählen Sie bei jeder Aussage aus der Liste in der Zelle die Stufe, die Ihre Abteilung heute beschreibt. Betrifft eine Aussage Ihre Arbeit nicht, wählen Sie „%1“.</translation>
    </message>
    <message>
        <source>3. Leave the rows for company, department, round and date as they are, and do not insert or delete rows or columns: they tell Social Business Radar where the answers belong.</source>
        <translation>3. Lassen Sie die Zeilen für Unternehmen, Abteilung, Runde und Datum unverändert. Fügen Sie keine Zeilen oder Spalten ein, und löschen Sie keine: Daran erkennt Social Business Radar, wohin die Antworten gehören.</translation>
    </message>
    <message>
        <source>4. Save the file as an Excel workbook (.xlsx) and send it back. It is imported as it is, with File &gt; Import answers.</source>
        <translation>4. Speichern Sie die Datei als Excel-Arbeitsmappe (.xlsx) und senden Sie sie zurück. Sie wird unverändert mit Datei &gt; Antworten importieren eingelesen.</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <source>Round: %1 (%2)</source>
        <translation>Runde: %1 (%2)</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>Abteilungen: %1</translation>
    </message>
    <message>
        <source>How to fill in the questionnaire</source>
        <translation>So füllen Sie den Fragebogen aus</translation>
    </message>
    <message>
        <source>The levels</source>
        <translation>Die Stufen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>%1 – %2, round %3</source>
        <translation>%1 – %2, Runde %3</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Choose a level from the list.</source>
        <translation>Wählen Sie eine Stufe aus der Liste.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
</context>
<context>
    <name>sbr::io</name>
    <message>
        <source>there is no company "%1" in the workspace</source>
        <translation>im Arbeitsbereich gibt es kein Unternehmen „%1“</translation>
    </message>
    <message>
        <source>there is no company "%1"; did you mean "%2"?</source>
        <translation>es gibt kein Unternehmen „%1“; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>company "%1" has no round "%2"; did you mean "%3"?</source>
        <translation>das Unternehmen „%1“ hat keine Runde „%2“; meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>company "%1" has no rounds yet; create the round first</source>
        <translation>das Unternehmen „%1“ hat noch keine Runde; legen Sie die Runde zuerst an</translation>
    </message>
    <message>
        <source>company "%1" has no round "%2"</source>
        <translation>das Unternehmen „%1“ hat keine Runde „%2“</translation>
    </message>
    <message>
        <source>the number of respondents per department must be 1 to %1, not %2</source>
        <translation>die Zahl der Personen je Abteilung muss zwischen 1 und %1 liegen, nicht %2</translation>
    </message>
    <message>
        <source>company "%1" has no departments yet; name the department the questionnaire is for</source>
        <translation>das Unternehmen „%1“ hat noch keine Abteilungen; nennen Sie die Abteilung, für die der Fragebogen ist</translation>
    </message>
    <message>
        <source>a department name is empty</source>
        <translation>ein Abteilungsname ist leer</translation>
    </message>
    <message>
        <source>the department "%1" is named twice</source>
        <translation>die Abteilung „%1“ ist zweimal genannt</translation>
    </message>
    <message>
        <source>the department "%1" differs from "%2" only in upper and lower case; did you mean "%2"?</source>
        <translation>die Abteilung „%1“ unterscheidet sich von „%2“ nur in Groß- und Kleinschreibung; meinten Sie „%2“?</translation>
    </message>
</context>
<context>
    <name>sbr::io::AnswerImport</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>, Spalte %1 (%2)</translation>
    </message>
    <message>
        <source>%1: more errors follow; only the first %2 are listed</source>
        <translation>%1: weitere Fehler folgen; nur die ersten %2 sind aufgeführt</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line such as company,department,round,date,respondent,item,level</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile wie company,department,round,date,respondent,item,level</translation>
    </message>
    <message>
        <source>the column "%1" appears twice</source>
        <translation>die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; expected company,department,round,date,respondent and either item,level (long form) or one column per item id (wide form)</source>
        <translation>in der Kopfzeile fehlt: %1; erwartet werden company,department,round,date,respondent und entweder item,level (Langformat) oder eine Spalte je Aussagen-ID (Breitformat)</translation>
    </message>
    <message>
        <source>the header names no item of the questionnaire; expected item ids such as "%1" as columns</source>
        <translation>die Kopfzeile nennt keine Aussage des Fragebogens; erwartet werden Aussagen-IDs wie „%1“ als Spalten</translation>
    </message>
    <message>
        <source>the %1 is empty; every row needs a company, department, round, date and respondent</source>
        <translation>das Feld %1 ist leer; jede Zeile braucht Werte für company, department, round, date und respondent</translation>
    </message>
    <message>
        <source>round "%1" of "%2" is dated %3 on line %4 but %5 here; a round has one date</source>
        <translation>die Runde „%1“ von „%2“ hat in Zeile %4 das Datum %3, hier aber %5; eine Runde hat nur ein Datum</translation>
    </message>
    <message>
        <source>%1 is already the date of round "%2" of "%3"; each round of a company needs its own date</source>
        <translation>%1 ist bereits das Datum der Runde „%2“ von „%3“; jede Runde eines Unternehmens braucht ein eigenes Datum</translation>
    </message>
    <message>
        <source>respondent "%1" answered item "%2" already on line %3; each respondent answers an item once</source>
        <translation>die befragte Person „%1“ hat die Aussage „%2“ bereits in Zeile %3 beantwortet; jede Person beantwortet eine Aussage nur einmal</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16 text; expected UTF-8 (in Excel: save as "CSV UTF-8 (comma delimited)")</source>
        <translation>die Datei ist als UTF-16-Text gespeichert; erwartet wird UTF-8 (in Excel: speichern als „CSV UTF-8 (durch Trennzeichen getrennt)“)</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, or empty or n/a for not applicable</source>
        <translation>erwartet wird eine ganze Zahl von %1 bis %2 oder – für keine Angabe – ein leeres Feld oder n/a</translation>
    </message>
    <message>
        <source>found %1 fields but the header has %2 columns</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2 Spalten</translation>
    </message>
    <message>
        <source>"%1" is not an item id of the questionnaire "%2"</source>
        <translation>„%1“ ist keine Aussagen-ID des Fragebogens „%2“</translation>
    </message>
    <message>
        <source>"%1" is not a level: %2</source>
        <translation>„%1“ ist keine gültige Stufe: %2</translation>
    </message>
    <message>
        <source>the file has a header but no answers</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Antworten</translation>
    </message>
    <message>
        <source>unknown column "%1"; the long form has only company,department,round,date,respondent,item,level</source>
        <translation>unbekannte Spalte „%1“; das Langformat hat nur die Spalten company,department,round,date,respondent,item,level</translation>
    </message>
    <message>
        <source>"%1" is neither a key column nor an item id of the questionnaire</source>
        <translation>„%1“ ist weder eine Schlüsselspalte noch die ID einer Aussage des Fragebogens</translation>
    </message>
    <message>
        <source>"%1" is ambiguous: with slashes it is one day in the US and another in Europe; expected YYYY-MM-DD or D.M.YYYY, e.g. 2026-03-15 or 15.03.2026</source>
        <translation>„%1“ ist mehrdeutig: mit Schrägstrichen bedeutet es in den USA einen anderen Tag als in Europa; erwartet wird JJJJ-MM-TT oder T.M.JJJJ, z. B. 2026-03-15 oder 15.03.2026</translation>
    </message>
    <message>
        <source>"%1" is not a date; expected YYYY-MM-DD or D.M.YYYY, e.g. 2026-03-15 or 15.03.2026</source>
        <translation>„%1“ ist kein Datum; erwartet wird JJJJ-MM-TT oder T.M.JJJJ, z. B. 2026-03-15 oder 15.03.2026</translation>
    </message>
    <message>
        <source>the %1 "%2" differs from "%3" only in upper and lower case; did you mean "%3"?</source>
        <translation>„%2“ (%1) unterscheidet sich von „%3“ nur in der Groß- und Kleinschreibung; meinten Sie „%3“?</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>respondent</source>
        <translation>befragte Person</translation>
    </message>
    <message>
        <source>respondent "%1" is already recorded for %2 in round "%3" of "%4"</source>
        <translation>die befragte Person „%1“ ist für %2 in Runde „%3“ von „%4“ bereits erfasst</translation>
    </message>
    <message>
        <source>"%1" is in a column without a header; expected the column to be empty or to have a header</source>
        <translation>„%1“ steht in einer Spalte ohne Überschrift; erwartet wird, dass die Spalte leer ist oder eine Überschrift hat</translation>
    </message>
    <message>
        <source> (use %1 to skip it)</source>
        <translation> (%1 überspringt sie)</translation>
    </message>
    <message>
        <source>; use %1 to replace their answers</source>
        <translation>; %1 ersetzt ihre Antworten</translation>
    </message>
    <message>
        <source>round "%1" of "%2" is dated %3 in the workspace, not %4; write %3 in the file, or give this round another label</source>
        <translation>Runde „%1“ von „%2“ ist im Arbeitsbereich auf den %3 datiert, nicht auf den %4; tragen Sie %3 in der Datei ein oder geben Sie der Runde eine andere Bezeichnung</translation>
    </message>
    <message>
        <source>the answer template holds no answers yet; expected a level in at least one answer cell</source>
        <translation>die Antwortmappe enthält noch keine Antworten; erwartet wird eine Stufe in mindestens einer Antwortzelle</translation>
    </message>
    <message>
        <source>the mapping profile does not map the column "%1"; map it to an item, a key column or "ignore"</source>
        <translation>das Zuordnungsprofil ordnet die Spalte "%1" nicht zu; ordnen Sie sie einer Aussage, einer Schlüsselspalte oder "ignore" zu</translation>
    </message>
    <message>
        <source>"%1" is mapped to %2, as column %3 is already; each item and key has one column</source>
        <translation>"%1" ist %2 zugeordnet, wie schon Spalte %3; jede Aussage und jeder Schlüssel hat eine Spalte</translation>
    </message>
    <message>
        <source>the file has no column for %1 and the mapping profile gives no value; map a column to it or give it as a constant</source>
        <translation>die Datei hat keine Spalte für %1, und das Zuordnungsprofil gibt keinen Wert an; ordnen Sie eine Spalte zu oder geben Sie ihn als Konstante an</translation>
    </message>
    <message>
        <source>the mapping profile maps no column of the file to an item</source>
        <translation>das Zuordnungsprofil ordnet keine Spalte der Datei einer Aussage zu</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile</translation>
    </message>
</context>
<context>
    <name>sbr::io::CsvReader</name>
    <message>
        <source>found a NUL byte: this looks like a binary file (or UTF-16 text), not a CSV text file; expected UTF-8 text</source>
        <translation>die Datei enthält ein NUL-Byte: Sie scheint eine Binärdatei (oder UTF-16-Text) zu sein, keine CSV-Textdatei; erwartet wird UTF-8-Text</translation>
    </message>
    <message>
        <source>found invalid UTF-8 (byte 0x%1); the file must be saved as UTF-8 text (in Excel: "CSV UTF-8 (comma delimited)")</source>
        <translation>ungültiges UTF-8 (Byte 0x%1); die Datei muss als UTF-8-Text gespeichert sein (in Excel: „CSV UTF-8 (durch Trennzeichen getrennt)“)</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>a carriage return not followed by a line feed</source>
        <translation>ein Wagenrücklauf (CR) ohne folgenden Zeilenvorschub (LF)</translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation>das Byte 0x%1</translation>
    </message>
    <message>
        <source>the quote opened on line %1 is never closed: the file ends inside this quoted field; expected a closing quote (")</source>
        <translation>das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen: Die Datei endet innerhalb dieses Feldes; erwartet wird ein schließendes Anführungszeichen (")</translation>
    </message>
    <message>
        <source>found a quote (") inside an unquoted field; expected the whole field to be quoted, with each quote inside it doubled ("")</source>
        <translation>Anführungszeichen (") in einem Feld ohne Anführungszeichen; das ganze Feld muss in Anführungszeichen stehen und jedes Anführungszeichen darin verdoppelt sein ("")</translation>
    </message>
    <message>
        <source>found %1 after the closing quote of a quoted field; expected the delimiter '%2' or the end of the line (a quote inside a quoted field must be doubled: "")</source>
        <translation>nach dem schließenden Anführungszeichen eines Feldes folgt %1; erwartet wird das Trennzeichen '%2' oder das Zeilenende (ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen muss verdoppelt werden: "")</translation>
    </message>
</context>
<context>
    <name>sbr::io::LimeSurvey</name>
    <message>
        <source>About you</source>
        <translation>Zu Ihrer Person</translation>
    </message>
    <message>
        <source>Which department do you work in?</source>
        <translation>In welcher Abteilung arbeiten Sie?</translation>
    </message>
    <message>
        <source>%1 – %2, round %3</source>
        <translation>%1 – %2, Runde %3</translation>
    </message>
    <message>
        <source>How far is %1 on its way to a social business? Please rate each statement as it is today in your department.</source>
        <translation>Wie weit ist %1 auf dem Weg zum Social Business? Bitte bewerten Sie jede Aussage so, wie es heute in Ihrer Abteilung ist.</translation>
    </message>
    <message>
        <source>The survey is anonymous. Where a statement does not apply to your work, choose "%1".</source>
        <translation>Die Umfrage ist anonym. Wenn eine Aussage Ihre Arbeit nicht betrifft, wählen Sie „%1“.</translation>
    </message>
</context>
<context>
    <name>sbr::io::MappingProfile</name>
    <message>
        <source>expected an object that maps each header to an item id, a key column or "ignore"</source>
        <translation>erwartet ein Objekt, das jedem Spaltenkopf eine Aussagen-ID, eine Schlüsselspalte oder "ignore" zuordnet</translation>
    </message>
    <message>
        <source>"%1" is neither an item id of the questionnaire "%2" nor company, department, round, date, respondent or ignore</source>
        <translation>"%1" ist weder eine Aussagen-ID des Fragebogens "%2" noch company, department, round, date, respondent oder ignore</translation>
    </message>
    <message>
        <source>the header "%1" is mapped twice (also as "%2")</source>
        <translation>der Spaltenkopf "%1" ist doppelt zugeordnet (auch als "%2")</translation>
    </message>
    <message>
        <source>"%1" is already the target of "%2"; each item and key has one column</source>
        <translation>"%1" ist bereits "%2" zugeordnet; jede Aussage und jeder Schlüssel hat eine Spalte</translation>
    </message>
    <message>
        <source>expected an object that maps each answer label to a level or null</source>
        <translation>erwartet ein Objekt, das jeder Antwort eine Stufe oder null zuordnet</translation>
    </message>
    <message>
        <source>%1 is not a level; expected a whole number from %2 to %3, or null for not applicable</source>
        <translation>%1 ist keine Stufe; erwartet eine ganze Zahl von %2 bis %3 oder null für „trifft nicht zu“</translation>
    </message>
    <message>
        <source>expected an object with company, department, round and date</source>
        <translation>erwartet ein Objekt mit company, department, round und date</translation>
    </message>
    <message>
        <source>expected a text that is not empty</source>
        <translation>erwartet einen Text, der nicht leer ist</translation>
    </message>
    <message>
        <source>"%1" is not a date; expected YYYY-MM-DD or D.M.YYYY, e.g. 2026-03-15</source>
        <translation>"%1" ist kein Datum; erwartet JJJJ-MM-TT oder T.M.JJJJ, z. B. 2026-03-15</translation>
    </message>
    <message>
        <source>unknown constant; expected company, department, round or date</source>
        <translation>unbekannte Konstante; erwartet company, department, round oder date</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>not valid JSON (%1); expected a mapping profile such as {"format": "sbradar-mapping", "version": 1, "columns": {…}, "levels": {…}}</source>
        <translation>kein gültiges JSON (%1); erwartet ein Zuordnungsprofil wie {"format": "sbradar-mapping", "version": 1, "columns": {…}, "levels": {…}}</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet ein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected "sbradar-mapping"; this is not a mapping profile</source>
        <translation>erwartet "sbradar-mapping"; dies ist kein Zuordnungsprofil</translation>
    </message>
    <message>
        <source>expected 1; the profile was written by a newer version</source>
        <translation>erwartet 1; das Profil stammt von einer neueren Version</translation>
    </message>
    <message>
        <source>unknown field; expected format, version, columns, levels and constants</source>
        <translation>unbekanntes Feld; erwartet format, version, columns, levels und constants</translation>
    </message>
</context>
<context>
    <name>sbr::io::QuestionnaireJson</name>
    <message>
        <source>must be a non-empty text</source>
        <translation>muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation>muss &gt; 0 sein</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be an object of texts per language, e.g. {"de": "…", "en": "…"}</source>
        <translation>muss ein Objekt mit einem Text je Sprache sein, z. B. {"de": "…", "en": "…"}</translation>
    </message>
    <message>
        <source>must be an object of lists per language</source>
        <translation>muss ein Objekt mit einer Liste je Sprache sein</translation>
    </message>
    <message>
        <source>must list exactly %1 texts, one per level of the scale</source>
        <translation>muss genau %1 Texte enthalten, einen je Stufe der Skala</translation>
    </message>
    <message>
        <source>not valid JSON (line %1: %2)</source>
        <translation>kein gültiges JSON (Zeile %1: %2)</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 1</source>
        <translation>muss eine ganze Zahl &gt;= 1 sein</translation>
    </message>
    <message>
        <source>must be an object with "min" and "max"</source>
        <translation>muss ein Objekt mit "min" und "max" sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>min must be smaller than max</source>
        <translation>min muss kleiner als max sein</translation>
    </message>
    <message>
        <source>at most 101 levels are supported</source>
        <translation>es werden höchstens 101 Stufen unterstützt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>"%1" is used twice; ids must be unique</source>
        <translation>„%1“ kommt zweimal vor; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>must be "low", "medium" or "high"</source>
        <translation>muss "low", "medium" oder "high" sein</translation>
    </message>
    <message>
        <source>needs at least three dimensions (a radar needs three axes)</source>
        <translation>braucht mindestens drei Dimensionen (ein Radar braucht drei Achsen)</translation>
    </message>
    <message>
        <source>needs at least one item</source>
        <translation>braucht mindestens eine Aussage</translation>
    </message>
    <message>
        <source>"%1" is used twice; item ids must be unique in the whole questionnaire</source>
        <translation>„%1“ kommt zweimal vor; Aussagen-IDs müssen im ganzen Fragebogen eindeutig sein</translation>
    </message>
    <message>
        <source>measure "%1" does not exist in "measures"</source>
        <translation>die Maßnahme „%1“ fehlt in "measures"</translation>
    </message>
    <message>
        <source>item "%1" does not exist</source>
        <translation>die Aussage „%1“ gibt es nicht</translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1</source>
        <translation>muss ein Anteil zwischen 0 und 1 sein</translation>
    </message>
</context>
<context>
    <name>sbr::io::Template</name>
    <message>
        <source>Respondent %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>don't know / not applicable</source>
        <translation>weiß nicht / trifft nicht zu</translation>
    </message>
    <message>
        <source>Questionnaire %1 %2</source>
        <translation>Fragebogen %1 %2</translation>
    </message>
</context>
<context>
    <name>sbr::io::XlsxSheet</name>
    <message>
        <source>the workbook part %1 is %2 MB unpacked; at most %3 MB can be read (import a smaller sheet, or save the sheet as CSV)</source>
        <translation>der Teil %1 der Arbeitsmappe ist entpackt %2 MB groß; gelesen werden höchstens %3 MB (ein kleineres Blatt importieren oder das Blatt als CSV speichern)</translation>
    </message>
    <message>
        <source>the workbook part %1 cannot be unpacked</source>
        <translation>der Teil %1 der Arbeitsmappe lässt sich nicht entpacken</translation>
    </message>
    <message>
        <source>the workbook part %1 is larger than %2 MB unpacked</source>
        <translation>der Teil %1 der Arbeitsmappe ist entpackt größer als %2 MB</translation>
    </message>
    <message>
        <source>the workbook part %1 is damaged</source>
        <translation>der Teil %1 der Arbeitsmappe ist beschädigt</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an Excel workbook (it has no xl/workbook.xml); expected an .xlsx file or CSV text</source>
        <translation>die Datei ist ein ZIP-Archiv, aber keine Excel-Arbeitsmappe (ihr fehlt xl/workbook.xml); erwartet wird eine .xlsx-Datei oder CSV-Text</translation>
    </message>
    <message>
        <source>the workbook has no worksheet</source>
        <translation>die Arbeitsmappe enthält kein Tabellenblatt</translation>
    </message>
    <message>
        <source>the workbook has no sheet "%1"; its sheets are %2</source>
        <translation>die Arbeitsmappe hat kein Blatt „%1“; ihre Blätter sind %2</translation>
    </message>
    <message>
        <source>the workbook is damaged: the place of its sheet is not recorded</source>
        <translation>die Arbeitsmappe ist beschädigt: wo ihr Blatt liegt, ist nicht vermerkt</translation>
    </message>
    <message>
        <source>the cell holds a formula (=%1); expected a value: copy the cells and paste them as values</source>
        <translation>die Zelle enthält eine Formel (=%1); erwartet wird ein Wert: Zellen kopieren und als Werte einfügen</translation>
    </message>
    <message>
        <source>the cell holds the error value %1; expected a value</source>
        <translation>die Zelle enthält den Fehlerwert %1; erwartet wird ein Wert</translation>
    </message>
    <message>
        <source>a value lies beyond column %1, the last column an answer sheet may use; expected the answers in the columns before it</source>
        <translation>ein Wert steht hinter Spalte %1, der letzten Spalte, die ein Antwortblatt nutzen darf; erwartet werden die Antworten in den Spalten davor</translation>
    </message>
    <message>
        <source>the cells %1 are merged; expected one value per cell (unmerge them, and give every column its own header)</source>
        <translation>die Zellen %1 sind verbunden; erwartet wird ein Wert je Zelle (Verbindung aufheben und jeder Spalte eine eigene Überschrift geben)</translation>
    </message>
    <message>
        <source>the row number %1 is out of order or beyond row %2</source>
        <translation>die Zeilennummer %1 steht außer der Reihe oder hinter Zeile %2</translation>
    </message>
    <message>
        <source>the sheet's XML is damaged: %1</source>
        <translation>das XML des Blatts ist beschädigt: %1</translation>
    </message>
    <message>
        <source>the workbook is protected with a password (encrypted), so it cannot be read; save a copy without a password and import that</source>
        <translation>die Arbeitsmappe ist mit einem Kennwort geschützt (verschlüsselt) und kann nicht gelesen werden; eine Kopie ohne Kennwort speichern und diese importieren</translation>
    </message>
    <message>
        <source>this is an Excel 97–2003 workbook (.xls); save it as an Excel workbook (.xlsx) or as CSV UTF-8 and import that</source>
        <translation>dies ist eine Arbeitsmappe aus Excel 97–2003 (.xls); als Excel-Arbeitsmappe (.xlsx) oder als „CSV UTF-8“ speichern und diese importieren</translation>
    </message>
    <message>
        <source>the file is not a readable zip archive (an .xlsx workbook is one); it may be damaged or cut short</source>
        <translation>die Datei ist kein lesbares ZIP-Archiv (eine .xlsx-Arbeitsmappe ist eines); sie ist vielleicht beschädigt oder unvollständig</translation>
    </message>
    <message>
        <source>the workbook is damaged: its sheet is missing</source>
        <translation>die Arbeitsmappe ist beschädigt: ihr Blatt fehlt</translation>
    </message>
</context>
<context>
    <name>sbr::plan</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>next</source>
        <translation>als Nächstes</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>doing</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
</context>
<context>
    <name>sbr::report</name>
    <message>
        <source>Dimension %1 of %2: %3</source>
        <translation>Dimension %1 von %2: %3</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>company, out of 100</source>
        <translation>Unternehmen, von 100</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>points since round %1</source>
        <translation>Punkte seit Runde %1</translation>
    </message>
    <message>
        <source>first round</source>
        <translation>erste Runde</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spannweite</translation>
    </message>
    <message>
        <source>between the departments</source>
        <translation>zwischen den Abteilungen</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message numerus="yes">
        <source>among %Ln peer company(ies)</source>
        <translation>
            <numerusform>unter %Ln Vergleichsunternehmen</numerusform>
            <numerusform>unter %Ln Vergleichsunternehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>too few peer companies</source>
        <translation>zu wenige Vergleichsunternehmen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation>zu wenige Antworten</translation>
    </message>
    <message>
        <source>Company (mean of the departments)</source>
        <translation>Unternehmen (Mittel der Abteilungen)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Every statement has reached the target of %1 points: there is nothing to recommend.</source>
        <translation>Jede Aussage hat den Zielwert von %1 Punkten erreicht: Es gibt nichts zu empfehlen.</translation>
    </message>
    <message>
        <source>The statements are ranked by the index points the company would gain if that statement alone reached the target of %1 points. With each, the measures the questionnaire suggests and their effort.</source>
        <translation>Die Aussagen sind danach geordnet, wie viele Indexpunkte das Unternehmen gewänne, wenn allein diese Aussage den Zielwert von %1 Punkten erreichte. Zu jeder stehen die Maßnahmen, die der Fragebogen vorschlägt, mit ihrem Aufwand.</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Zugewinn</translation>
    </message>
    <message>
        <source>Measures (effort)</source>
        <translation>Maßnahmen (Aufwand)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more statement(s) below the target.</source>
        <translation>
            <numerusform>%Ln weitere Aussage liegt unter dem Zielwert.</numerusform>
            <numerusform>%Ln weitere Aussagen liegen unter dem Zielwert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The measures for the three largest gaps</source>
        <translation>Maßnahmen zu den drei größten Lücken</translation>
    </message>
    <message>
        <source>Reference figures</source>
        <translation>Referenzwerte</translation>
    </message>
    <message>
        <source>Published figures on single statements, to put the company's own scores into context. They come from other surveys and are not comparable one to one.</source>
        <translation>Veröffentlichte Zahlen zu einzelnen Aussagen, um die eigenen Werte einzuordnen. Sie stammen aus anderen Erhebungen und sind nicht eins zu eins vergleichbar.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Your score</source>
        <translation>Ihr Score</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Every respondent rates each statement on a scale from %1 to %2. “Not applicable” is allowed and never counts as a value.</source>
        <translation>Alle Befragten bewerten jede Aussage auf einer Skala von %1 bis %2. „Nicht zutreffend“ ist erlaubt und zählt nie als Wert.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>How the numbers are computed</source>
        <translation>So entstehen die Zahlen</translation>
    </message>
    <message>
        <source>Statement score: the mean answer of a department, converted to 0 to 100 (the lowest level is 0, the highest 100).</source>
        <translation>Score einer Aussage: die mittlere Antwort einer Abteilung, umgerechnet auf 0 bis 100 (die niedrigste Stufe ist 0, die höchste 100).</translation>
    </message>
    <message>
        <source>Dimension score: the weighted mean of its statement scores, given only when statements carrying at least half of the weight were answered.</source>
        <translation>Score einer Dimension: das gewichtete Mittel ihrer Aussagen-Scores; nur, wenn Aussagen mit mindestens der Hälfte des Gewichts beantwortet sind.</translation>
    </message>
    <message>
        <source>Readiness index: the weighted mean of the dimension scores, given only when every dimension has one. Stages: below 20 is stage 1, below 40 stage 2, below 60 stage 3, below 80 stage 4, otherwise stage 5.</source>
        <translation>Reifegrad-Index: das gewichtete Mittel der Dimensions-Scores; nur, wenn jede Dimension einen Score hat. Stufen: unter 20 Stufe 1, unter 40 Stufe 2, unter 60 Stufe 3, unter 80 Stufe 4, sonst Stufe 5.</translation>
    </message>
    <message>
        <source>Company: the mean of its departments; each department counts once, whatever its size. The spread of a dimension is the highest minus the lowest department score.</source>
        <translation>Unternehmen: das Mittel seiner Abteilungen; jede Abteilung zählt einmal, unabhängig von ihrer Größe. Die Spannweite einer Dimension ist der höchste minus der niedrigste Abteilungs-Score.</translation>
    </message>
    <message>
        <source>Change: the difference to the company's previous round.</source>
        <translation>Veränderung: die Differenz zur vorherigen Runde des Unternehmens.</translation>
    </message>
    <message>
        <source>Peer comparison: the percentile among the other companies of the workspace, each with its latest round up to the date of this round; shown from five peer companies on.</source>
        <translation>Vergleich: das Perzentil unter den anderen Unternehmen des Arbeitsbereichs, jeweils mit ihrer letzten Runde bis zum Datum dieser Runde; angegeben ab fünf Vergleichsunternehmen.</translation>
    </message>
    <message>
        <source>Recommendations: the gain of a statement is its share of the index times its distance to the target.</source>
        <translation>Empfehlungen: Der Zugewinn einer Aussage ist ihr Anteil am Index mal ihr Abstand zum Zielwert.</translation>
    </message>
    <message>
        <source>Disagreement: a standard deviation of at least one level with at least three answers.</source>
        <translation>Uneinigkeit: eine Standardabweichung von mindestens einer Stufe bei mindestens drei Antworten.</translation>
    </message>
    <message>
        <source>Reading the tables</source>
        <translation>Lesehilfe zu den Tabellen</translation>
    </message>
    <message>
        <source>Mean: the average answer on the scale %1 to %2; for the company, the mean of its departments.</source>
        <translation>Mittelwert: die durchschnittliche Antwort auf der Skala %1 bis %2; beim Unternehmen das Mittel seiner Abteilungen.</translation>
    </message>
    <message>
        <source>Score: the same on 0 to 100.</source>
        <translation>Score: derselbe Wert auf 0 bis 100.</translation>
    </message>
    <message>
        <source>Answers: the respondents who rated the statement (“not applicable” does not count).</source>
        <translation>Antworten: die Befragten, die die Aussage bewertet haben („k. A.“ – keine Angabe – zählt nicht).</translation>
    </message>
    <message>
        <source>Disagreement: departments whose answers spread by one level or more (standard deviation, at least three answers); worth discussing in a workshop.</source>
        <translation>Uneinigkeit: Abteilungen, deren Antworten um eine Stufe oder mehr streuen (Standardabweichung, mindestens drei Antworten); ein Thema für den Workshop.</translation>
    </message>
    <message>
        <source>In round %1, %2 answered in %3.</source>
        <translation>In Runde %1 haben %2 in %3 geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln department(s)</source>
        <translation>
            <numerusform>%Ln Abteilung</numerusform>
            <numerusform>%Ln Abteilungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This report shows the selected departments: %1.</source>
        <translation>Der Bericht zeigt die ausgewählten Abteilungen: %1.</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymität</translation>
    </message>
    <message>
        <source>There is no company %1.</source>
        <translation>Es gibt kein Unternehmen %1.</translation>
    </message>
    <message>
        <source>Company %1 has no rounds yet.</source>
        <translation>Das Unternehmen %1 hat noch keine Runde.</translation>
    </message>
    <message>
        <source>Company %1 has no round %2.</source>
        <translation>Das Unternehmen %1 hat keine Runde %2.</translation>
    </message>
    <message>
        <source>Management report – %1 – round %2</source>
        <translation>Management-Bericht – %1 – Runde %2</translation>
    </message>
    <message>
        <source>Management report</source>
        <translation>Management-Bericht</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Round %1, surveyed on %2</source>
        <translation>Runde %1, erhoben am %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln befragte Person</numerusform>
            <numerusform>%Ln Befragte</numerusform>
        </translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation>Reifegrad-Index</translation>
    </message>
    <message>
        <source>out of 100 points</source>
        <translation>von 100 Punkten</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>not yet known</source>
        <translation>noch nicht bestimmbar</translation>
    </message>
    <message>
        <source>Peer comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>percentile among %Ln peer company(ies)</source>
        <translation>
            <numerusform>Perzentil unter %Ln Vergleichsunternehmen</numerusform>
            <numerusform>Perzentil unter %Ln Vergleichsunternehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>What stage %1 means</source>
        <translation>Was Stufe %1 bedeutet</translation>
    </message>
    <message>
        <source>The index cannot be computed yet: at least one dimension lacks answers in every department.</source>
        <translation>Der Index lässt sich noch nicht berechnen: Mindestens eine Dimension hat in keiner Abteilung genug Antworten.</translation>
    </message>
    <message>
        <source>Change and peer comparison</source>
        <translation>Entwicklung und Vergleich</translation>
    </message>
    <message>
        <source>This is the company's first round; the next report will show the changes.</source>
        <translation>Dies ist die erste Runde des Unternehmens; Veränderungen zeigt der nächste Bericht.</translation>
    </message>
    <message>
        <source>No change can be given against round %1: one of the two rounds has no complete index.</source>
        <translation>Gegenüber Runde %1 lässt sich keine Veränderung angeben: Einer der beiden Runden fehlt ein vollständiger Index.</translation>
    </message>
    <message>
        <source>Since round %1 (%2) the index has risen by %3 points.</source>
        <translation>Seit Runde %1 (%2) ist der Index um %3 Punkte gestiegen.</translation>
    </message>
    <message>
        <source>Since round %1 (%2) the index has fallen by %3 points.</source>
        <translation>Seit Runde %1 (%2) ist der Index um %3 Punkte gesunken.</translation>
    </message>
    <message>
        <source>Since round %1 (%2) the index has hardly changed (%3 points).</source>
        <translation>Seit Runde %1 (%2) hat sich der Index kaum verändert (%3 Punkte).</translation>
    </message>
    <message>
        <source>By dimension, %1 developed best (%2) and %3 least (%4).</source>
        <translation>Nach Dimensionen hat sich %1 am besten entwickelt (%2), %3 am wenigsten (%4).</translation>
    </message>
    <message>
        <source>Among %1 peer companies of the workspace the index reaches percentile %2: about %2% of them score lower. The peers average %3 points (standard deviation %4).</source>
        <translation>Unter %1 Vergleichsunternehmen des Arbeitsbereichs erreicht der Index das Perzentil %2: Etwa %2 % von ihnen liegen darunter. Im Mittel erreichen die Vergleichsunternehmen %3 Punkte (Standardabweichung %4).</translation>
    </message>
    <message numerus="yes">
        <source>A comparison needs at least five peer companies; the workspace has %Ln for this round.</source>
        <translation>
            <numerusform>Für einen Vergleich braucht es mindestens fünf Vergleichsunternehmen; für diese Runde gibt es %Ln.</numerusform>
            <numerusform>Für einen Vergleich braucht es mindestens fünf Vergleichsunternehmen; für diese Runde sind es %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Top strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Largest gaps</source>
        <translation>Größte Lücken</translation>
    </message>
    <message>
        <source>score %1; possible gain %2 index points</source>
        <translation>Wert %1; möglicher Zugewinn %2 Indexpunkte</translation>
    </message>
    <message>
        <source>Profile by dimension</source>
        <translation>Profil nach Dimensionen</translation>
    </message>
    <message>
        <source>Thick line: the company (the mean of its departments); thin lines: the departments; shaded: the peer companies' mean ± one standard deviation. The rings at 20, 40, 60 and 80 are the stage thresholds.</source>
        <translation>Dicke Linie: das Unternehmen (Mittel seiner Abteilungen); dünne Linien: die Abteilungen; Fläche: Mittelwert der Vergleichsunternehmen ± eine Standardabweichung. Die Ringe bei 20, 40, 60 und 80 sind die Stufengrenzen.</translation>
    </message>
    <message>
        <source>Not shown (too few respondents): %1.</source>
        <translation>Nicht gezeigt (zu wenige Antworten): %1.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Peer group (mean ± sd)</source>
        <translation>Vergleichsgruppe (Ø ± s)</translation>
    </message>
    <message>
        <source>Development over the rounds</source>
        <translation>Entwicklung über die Runden</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Scores by round</source>
        <translation>Werte je Runde</translation>
    </message>
    <message>
        <source>Departments compared</source>
        <translation>Abteilungen im Vergleich</translation>
    </message>
    <message>
        <source>The spread is the distance between the highest and the lowest department. It is widest in %1 (%2 points): there the departments see the company most differently, a sign of silos worth talking about.</source>
        <translation>Die Spannweite ist der Abstand zwischen der stärksten und der schwächsten Abteilung. Am größten ist sie bei %1 mit %2 Punkten: Dort sehen die Abteilungen das Unternehmen am unterschiedlichsten – ein Hinweis auf Silos, über den es sich zu sprechen lohnt.</translation>
    </message>
    <message>
        <source>Social media is used here and there, without shared goals; what works depends on single people.</source>
        <translation>Soziale Medien werden hier und da genutzt, ohne gemeinsame Ziele; was gelingt, hängt an einzelnen Personen.</translation>
    </message>
    <message>
        <source>First projects are running, mostly inside one department; goals, ownership and budget are still open.</source>
        <translation>Erste Projekte laufen, meist innerhalb einer Abteilung; Ziele, Verantwortung und Budget sind noch offen.</translation>
    </message>
    <message>
        <source>Goals and responsibilities are agreed and several departments work together; strategy and measurement do not yet reach every part of the company.</source>
        <translation>Ziele und Zuständigkeiten sind abgestimmt, mehrere Abteilungen arbeiten zusammen; Strategie und Erfolgsmessung erreichen noch nicht alle Teile des Unternehmens.</translation>
    </message>
    <message>
        <source>Social media is part of the business processes and of management; its indicators feed into decisions.</source>
        <translation>Soziale Medien sind Teil der Geschäftsprozesse und der Steuerung; ihre Kennzahlen fließen in Entscheidungen ein.</translation>
    </message>
    <message>
        <source>Open exchange with customers, partners and employees shapes the whole company and keeps developing.</source>
        <translation>Offener Austausch mit Kunden, Partnern und Mitarbeitenden prägt das ganze Unternehmen und entwickelt sich laufend weiter.</translation>
    </message>
    <message>
        <source>low effort</source>
        <translation>Aufwand gering</translation>
    </message>
    <message>
        <source>high effort</source>
        <translation>Aufwand hoch</translation>
    </message>
    <message>
        <source>medium effort</source>
        <translation>Aufwand mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <source>Company, round %1</source>
        <translation>Unternehmen, Runde %1</translation>
    </message>
    <message>
        <source>Peers (mean ± sd)</source>
        <translation>Vergleichsunternehmen (Mittelwert ± Std.-Abw.)</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Departments × dimensions</source>
        <translation>Abteilungen × Dimensionen</translation>
    </message>
    <message>
        <source>Spread (silo signal)</source>
        <translation>Spannweite (Silo-Signal)</translation>
    </message>
    <message>
        <source>In round %1, fewer than %2 people answered in %3.</source>
        <translation>In Runde %1 haben weniger als %2 Personen in %3 geantwortet.</translation>
    </message>
    <message>
        <source>Other departments (%1)</source>
        <translation>Andere Abteilungen (%1)</translation>
    </message>
    <message>
        <source>Status: generated by Social Business Radar %1, questionnaire %2 version %3, minimum group size %4</source>
        <translation>Stand: erstellt mit Social Business Radar %1, Fragebogen %2 Version %3, Mindestgruppengröße %4</translation>
    </message>
    <message numerus="yes">
        <source>Company values over all %Ln department(s)</source>
        <translation>
            <numerusform>Unternehmenswerte über %Ln Abteilung</numerusform>
            <numerusform>Unternehmenswerte über alle %Ln Abteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not listed in this report.</source>
        <translation>
            <numerusform>davon %Ln nicht in diesem Bericht aufgeführt.</numerusform>
            <numerusform>davon %Ln nicht in diesem Bericht aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln person(s) answered in this round in the whole company: to keep their answers anonymous, this report shows no company values for it.</source>
        <translation>
            <numerusform>Im ganzen Unternehmen hat in dieser Runde weniger als %Ln Person geantwortet: Damit die Antworten anonym bleiben, zeigt dieser Bericht für die Runde keine Unternehmenswerte.</numerusform>
            <numerusform>Im ganzen Unternehmen haben in dieser Runde weniger als %Ln Personen geantwortet: Damit die Antworten anonym bleiben, zeigt dieser Bericht für die Runde keine Unternehmenswerte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other departments (%Ln respondents)</source>
        <translation>
            <numerusform>Andere Abteilungen (%Ln befragte Person)</numerusform>
            <numerusform>Andere Abteilungen (%Ln befragte Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole company has fewer respondents than the minimum group size of %1: its values, and the recommendations drawn from them, are not shown.</source>
        <translation>Das gesamte Unternehmen hat weniger Befragte als die Mindestgruppengröße von %1: Seine Werte und die daraus abgeleiteten Empfehlungen werden nicht gezeigt.</translation>
    </message>
    <message>
        <source>Hidden to protect another department: otherwise the smaller one could be computed back from the company values. No recommendations of its own are shown; the company's recommendations include its answers.</source>
        <translation>Zum Schutz einer anderen Abteilung ausgeblendet: Sonst ließe sich die kleinere aus den Werten des Unternehmens zurückrechnen. Eigene Empfehlungen werden nicht gezeigt; die Empfehlungen für das Unternehmen schließen ihre Antworten ein.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln respondent(s): to keep their answers anonymous, no recommendations of its own are shown; the company's recommendations include its answers.</source>
        <translation>
            <numerusform>Weniger als %Ln befragte Person: Damit die Antworten anonym bleiben, werden keine eigenen Empfehlungen gezeigt; die Empfehlungen für das Unternehmen schließen ihre Antworten ein.</numerusform>
            <numerusform>Weniger als %Ln befragte Personen: Damit ihre Antworten anonym bleiben, werden keine eigenen Empfehlungen gezeigt; die Empfehlungen für das Unternehmen schließen ihre Antworten ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every statement with enough answers has reached the target of %1 points.</source>
        <translation>Jede Aussage mit genügend Antworten hat den Zielwert von %1 Punkten erreicht.</translation>
    </message>
    <message>
        <source>Quick wins: none of these statements has a measure of low effort.</source>
        <translation>Schnelle Erfolge: Keine dieser Aussagen hat eine Maßnahme mit geringem Aufwand.</translation>
    </message>
    <message>
        <source>Quick wins (a measure of low effort):</source>
        <translation>Schnelle Erfolge (eine Maßnahme mit geringem Aufwand):</translation>
    </message>
    <message>
        <source>Recommendations per department</source>
        <translation>Empfehlungen je Abteilung</translation>
    </message>
    <message numerus="yes">
        <source>For each department, the statements that would lift its own index most if they alone reached the company's target of %1 points, and the quick wins among them. Statements with fewer than %Ln answer(s) are left out; departments hidden for anonymity have none.</source>
        <translation>
            <numerusform>Für jede Abteilung die Aussagen, die ihren eigenen Index am meisten höben, wenn allein sie den Zielwert des Unternehmens von %1 Punkten erreichten, und die schnellen Erfolge darunter. Aussagen mit weniger als %Ln Antwort fehlen; zur Anonymität ausgeblendete Abteilungen haben keine.</numerusform>
            <numerusform>Für jede Abteilung die Aussagen, die ihren eigenen Index am meisten höben, wenn allein sie den Zielwert des Unternehmens von %1 Punkten erreichten, und die schnellen Erfolge darunter. Aussagen mit weniger als %Ln Antworten fehlen; zur Anonymität ausgeblendete Abteilungen haben keine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results of departments with fewer than %Ln respondent(s) are not shown in this report: %1 stands in their place. So that they cannot be computed back from the company's figures, a further small department may be hidden with them, marked %2; together they appear as "other departments" when they hold at least %Ln respondent(s). Statement values of a department that fewer than %Ln people answered are not shown, nor are changes against a round in which a department was hidden.</source>
        <translation>
            <numerusform>Ergebnisse von Abteilungen mit weniger als %Ln befragten Person zeigt dieser Bericht nicht; an ihrer Stelle steht %1. Damit sie sich nicht aus den Werten des Unternehmens zurückrechnen lassen, kann eine weitere kleine Abteilung mit ihnen ausgeblendet werden, gekennzeichnet mit %2; zusammen erscheinen sie als „Andere Abteilungen“, wenn sie mindestens %Ln befragte Person umfassen. Aussagewerte einer Abteilung, die weniger als %Ln Person beantwortet hat, fehlen ebenso wie Veränderungen gegenüber einer Runde, in der eine Abteilung ausgeblendet war.</numerusform>
            <numerusform>Ergebnisse von Abteilungen mit weniger als %Ln befragten Personen zeigt dieser Bericht nicht; an ihrer Stelle steht %1. Damit sie sich nicht aus den Werten des Unternehmens zurückrechnen lassen, kann eine weitere kleine Abteilung mit ihnen ausgeblendet werden, gekennzeichnet mit %2; zusammen erscheinen sie als „Andere Abteilungen“, wenn sie mindestens %Ln befragte Personen umfassen. Aussagewerte einer Abteilung, die weniger als %Ln Personen beantwortet haben, fehlen ebenso wie Veränderungen gegenüber einer Runde, in der eine Abteilung ausgeblendet war.</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden to protect another department</source>
        <translation>zum Schutz einer anderen Abteilung ausgeblendet</translation>
    </message>
    <message>
        <source>Not shown (hidden to protect another department): %1.</source>
        <translation>Nicht dargestellt (zum Schutz einer anderen Abteilung ausgeblendet): %1.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done on %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Termin</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>No measures.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>The measures of the action plan by when they are tackled – now, next and later – with the statements each addresses, who is responsible, the due date and where it stands. Dropped measures are not listed.</source>
        <translation>Die Maßnahmen des Maßnahmenplans nach Zeithorizont – jetzt, als Nächstes und später – mit den Aussagen, auf die sie zielen, den Verantwortlichen, dem Termin und dem Stand. Verworfene Maßnahmen sind nicht aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln measure(s) overdue on %1: due before that date and not done.</source>
        <translation>
            <numerusform>Am %1 ist %Ln Maßnahme überfällig: Ihr Termin lag davor, und sie ist nicht erledigt.</numerusform>
            <numerusform>Am %1 sind %Ln Maßnahmen überfällig: Ihr Termin lag davor, und sie sind nicht erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No measure is overdue on %1.</source>
        <translation>Am %1 ist keine Maßnahme überfällig.</translation>
    </message>
    <message>
        <source>–: no score in that round (too few respondents or no answers); the average is taken over the statements with both scores.</source>
        <translation>–: kein Wert in dieser Runde (zu wenige befragte Personen oder keine Antworten); der Mittelwert umfasst die Aussagen mit beiden Werten.</translation>
    </message>
    <message>
        <source>owner: %1</source>
        <translation>verantwortlich: %1</translation>
    </message>
    <message>
        <source>Done after the survey of this round: the next round will show what changed in its statements.</source>
        <translation>Nach der Erhebung dieser Runde erledigt: Was sich bei ihren Aussagen verändert hat, zeigt die nächste Runde.</translation>
    </message>
    <message>
        <source>There is no round before the date it was done: nothing to compare with.</source>
        <translation>Vor dem Tag, an dem sie erledigt wurde, gibt es keine Runde: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Its statements have no scores to compare between %1 and %2: too few respondents or no answers in one of the rounds.</source>
        <translation>Für ihre Aussagen gibt es zwischen %1 und %2 keine vergleichbaren Werte: zu wenige befragte Personen oder keine Antworten in einer der Runden.</translation>
    </message>
    <message>
        <source>The statements of this measure changed by %1 points on average between %2 and %3.</source>
        <translation>Die Aussagen dieser Maßnahme haben sich zwischen %2 und %3 im Mittel um %1 Punkte verändert.</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Fahrplan</translation>
    </message>
    <message>
        <source>%1 has no measures in its action plan yet: add them on the Action plan page of the program or tick the recommended measures on the Recommendations page.</source>
        <translation>%1 hat noch keine Maßnahmen im Maßnahmenplan: Nehmen Sie sie im Programm auf der Seite „Maßnahmenplan“ auf oder haken Sie die empfohlenen Maßnahmen auf der Seite „Empfehlungen“ an.</translation>
    </message>
    <message>
        <source>Done since the last round</source>
        <translation>Seit der letzten Runde erledigt</translation>
    </message>
    <message>
        <source>Round %1 is the company's first round: there is no earlier round to compare with.</source>
        <translation>Runde %1 ist die erste Runde des Unternehmens: Es gibt keine frühere Runde zum Vergleich.</translation>
    </message>
    <message>
        <source>This section lists the measures of the plan done since round %1 (%2) and how the scores of the statements each one addresses changed from that round to round %3.</source>
        <translation>Hier stehen die seit Runde %1 (%2) erledigten Maßnahmen des Plans und wie sich die Werte der Aussagen, auf die sie zielen, von dieser Runde bis Runde %3 verändert haben.</translation>
    </message>
    <message>
        <source>This section lists the measures of the plan done between round %1 (%2) and round %3 (%4) and how the scores of the statements each one addresses changed between these rounds.</source>
        <translation>Hier stehen die zwischen Runde %1 (%2) und Runde %3 (%4) erledigten Maßnahmen des Plans und wie sich die Werte der Aussagen, auf die sie zielen, zwischen diesen Runden verändert haben.</translation>
    </message>
    <message>
        <source>The figures say what changed, not that the measure caused it: other measures, people and circumstances move the scores too.</source>
        <translation>Die Zahlen zeigen, was sich verändert hat, nicht, dass die Maßnahme es bewirkt hat: Auch andere Maßnahmen, Personen und Umstände bewegen die Werte.</translation>
    </message>
    <message>
        <source>No measure was done in this period.</source>
        <translation>In diesem Zeitraum wurde keine Maßnahme erledigt.</translation>
    </message>
    <message>
        <source>In the action plan: done on %1.</source>
        <translation>Im Maßnahmenplan: erledigt am %1.</translation>
    </message>
    <message>
        <source>In the action plan: in progress.</source>
        <translation>Im Maßnahmenplan: in Arbeit.</translation>
    </message>
    <message>
        <source>In the action plan: planned.</source>
        <translation>Im Maßnahmenplan: geplant.</translation>
    </message>
</context>
<context>
    <name>sbr::report::Form</name>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Fragebogen: %1</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Runde:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Name or initials (optional):</source>
        <translation>Name oder Kürzel (freiwillig):</translation>
    </message>
    <message>
        <source>Please tick one box for every statement: the level that describes your department today. If a statement does not concern your work, tick "%1".</source>
        <translation>Bitte kreuzen Sie bei jeder Aussage ein Kästchen an: die Stufe, die Ihre Abteilung heute beschreibt. Betrifft eine Aussage Ihre Arbeit nicht, kreuzen Sie „%1“ an.</translation>
    </message>
    <message>
        <source>Questionnaire – %1 – round %2</source>
        <translation>Fragebogen – %1 – Runde %2</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>sbr::session</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sbr::session::WorkspaceSession</name>
    <message>
        <source>The minimum group size must be between 3 and 50, not %1.</source>
        <translation>Die Mindestgruppengröße muss zwischen 3 und 50 liegen, nicht bei %1.</translation>
    </message>
    <message>
        <source>%1 is open for reading only; nothing was changed. Open it again for editing, or save a copy and edit that.</source>
        <translation>%1 ist nur zum Lesen geöffnet; es wurde nichts geändert. Öffnen Sie den Arbeitsbereich erneut zum Bearbeiten oder speichern Sie eine Kopie und bearbeiten Sie diese.</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) were recorded in what this step created after it was done. Undoing it would delete them, so nothing was undone; delete them yourself if that is meant.</source>
        <translation>
            <numerusform>In dem, was dieser Schritt angelegt hat, wurde danach %n befragte Person erfasst. Das Rückgängigmachen würde sie löschen und wurde deshalb nicht ausgeführt; löschen Sie sie selbst, wenn das gewollt ist.</numerusform>
            <numerusform>In dem, was dieser Schritt angelegt hat, wurden danach %n befragte Personen erfasst. Das Rückgängigmachen würde sie löschen und wurde deshalb nicht ausgeführt; löschen Sie sie selbst, wenn das gewollt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>"%1" differs from the existing "%2" only in upper and lower case; did you mean "%2"?</source>
        <translation>„%1“ unterscheidet sich vom vorhandenen „%2“ nur in der Groß- und Kleinschreibung; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation>Die Runde gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The conclusions have %1 characters; at most %2 fit on the summary page. Please shorten them.</source>
        <translation>Das Fazit hat %1 Zeichen; auf die Seite der Zusammenfassung passen höchstens %2. Bitte kürzen Sie es.</translation>
    </message>
    <message>
        <source>The mapping needs a name.</source>
        <translation>Die Zuordnung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The workspace is open for reading only.</source>
        <translation>Der Arbeitsbereich ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>The company of this measure no longer exists.</source>
        <translation>Das Unternehmen dieser Maßnahme gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The questionnaire has no measure "%1".</source>
        <translation>Der Fragebogen hat keine Maßnahme „%1“.</translation>
    </message>
    <message>
        <source>An own measure needs a title.</source>
        <translation>Eine eigene Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>An own measure needs at least one statement it should move.</source>
        <translation>Eine eigene Maßnahme braucht mindestens eine Aussage, die sie bewegen soll.</translation>
    </message>
    <message>
        <source>The questionnaire has no statement "%1".</source>
        <translation>Der Fragebogen hat keine Aussage „%1“.</translation>
    </message>
    <message>
        <source>A measure has a date it was done only when its status is "done".</source>
        <translation>Ein Erledigt-Datum hat eine Maßnahme nur mit dem Stand „erledigt“.</translation>
    </message>
    <message>
        <source>The measure "%1" is in the plan of %2 already.</source>
        <translation>Die Maßnahme „%1“ steht schon im Plan von %2.</translation>
    </message>
    <message>
        <source>The plan has no measure with the number %1.</source>
        <translation>Der Plan hat keine Maßnahme mit der Nummer %1.</translation>
    </message>
    <message>
        <source>A measure cannot have been done on %1: that day has not come yet. Give the day it was done, today at the latest.</source>
        <translation>Eine Maßnahme kann nicht am %1 erledigt worden sein: Dieser Tag ist noch nicht gekommen. Geben Sie den Tag an, an dem sie erledigt wurde – spätestens heute.</translation>
    </message>
    <message>
        <source>There is no such company.</source>
        <translation>Dieses Unternehmen gibt es nicht.</translation>
    </message>
    <message>
        <source>Only an administrator of the company may put it into the benchmark pool or take it out; nothing was changed.</source>
        <translation>Nur wer das Unternehmen verwaltet (Rolle admin), darf es in den Benchmark-Pool aufnehmen oder herausnehmen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>"%1" exists already; choose another name.</source>
        <translation>„%1“ gibt es schon; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>sbr::stage</name>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>Experimenting</source>
        <translation>Experimentierend</translation>
    </message>
    <message>
        <source>Coordinated</source>
        <translation>Koordiniert</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Social Business</source>
        <translation>Social Business</translation>
    </message>
</context>
<context>
    <name>sbr::storage::NameMigration</name>
    <message>
        <source>Two respondents named "%1" would become one when look-alike names are merged; rename one of them with the previous version of the program first.</source>
        <translation>Zwei befragte Personen namens „%1“ würden beim Zusammenführen gleich aussehender Namen zu einer; benennen Sie zuerst eine davon mit der vorigen Version des Programms um.</translation>
    </message>
    <message>
        <source>The rounds "%1" of "%2" are dated %3 and %4 but would become one when look-alike names are merged; give them different labels with the previous version of the program first.</source>
        <translation>Die Runden „%1“ von „%2“ sind auf %3 und %4 datiert, würden beim Zusammenführen gleich aussehender Namen aber zu einer; geben Sie ihnen zuerst mit der vorigen Version des Programms verschiedene Bezeichnungen.</translation>
    </message>
    <message>
        <source>The rounds "%1" and "%2" of "%3" would both be on %4 when look-alike company names are merged; change one date with the previous version of the program first.</source>
        <translation>Die Runden „%1“ und „%2“ von „%3“ lägen beim Zusammenführen gleich aussehender Unternehmensnamen beide auf dem %4; ändern Sie zuerst ein Datum mit der vorigen Version des Programms.</translation>
    </message>
</context>
<context>
    <name>sbr::storage::Workspace</name>
    <message>
        <source>%1 is damaged and cannot be used (%2). Restore it from a backup copy.</source>
        <translation>%1 ist beschädigt und kann nicht verwendet werden (%2). Stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>%1 is in use by another program or window. Close it there and try again.</source>
        <translation>%1 wird von einem anderen Programm oder Fenster verwendet. Schließen Sie die Datei dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation>%1 kann nicht geändert werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The disk is full; %1 was not changed. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; %1 wurde nicht geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Prüfen der Datei</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup copy.</source>
        <translation>%1 ist beschädigt (%2). Stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>Updating the file format</source>
        <translation>Aktualisieren des Dateiformats</translation>
    </message>
    <message>
        <source>Reading the questionnaire</source>
        <translation>Lesen des Fragebogens</translation>
    </message>
    <message>
        <source>%1 is damaged: its questionnaire is missing or invalid (%2). Restore it from a backup copy.</source>
        <translation>%1 ist beschädigt: Der Fragebogen fehlt oder ist ungültig (%2). Stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>%1 is damaged: its item list does not match its questionnaire. Restore it from a backup copy.</source>
        <translation>%1 ist beschädigt: Die Liste der Aussagen passt nicht zum Fragebogen. Stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>%1 exists already and was left unchanged. Choose another file name.</source>
        <translation>%1 existiert bereits und wurde nicht verändert. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Creating the workspace</source>
        <translation>Anlegen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 cannot be created (it appeared meanwhile, or the folder is not writable).</source>
        <translation>%1 kann nicht angelegt werden (die Datei ist inzwischen von anderer Seite angelegt worden, oder der Ordner ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>Saving the anonymity threshold</source>
        <translation>Speichern der Anonymitätsschwelle</translation>
    </message>
    <message>
        <source>Saving the target</source>
        <translation>Speichern des Zielwerts</translation>
    </message>
    <message>
        <source>Reading the workspace</source>
        <translation>Lesen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The workspace is inconsistent: an assessment joins a round and a department of different companies.</source>
        <translation>Der Arbeitsbereich ist inkonsistent: Eine Erhebung verbindet eine Runde und eine Abteilung verschiedener Unternehmen.</translation>
    </message>
    <message>
        <source>The workspace is inconsistent: a department, round or assessment refers to a company, round or department that does not exist.</source>
        <translation>Der Arbeitsbereich ist inkonsistent: Eine Abteilung, Runde oder Erhebung verweist auf ein Unternehmen, eine Runde oder eine Abteilung, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Reading the answers</source>
        <translation>Lesen der Antworten</translation>
    </message>
    <message>
        <source>Saving the answers</source>
        <translation>Speichern der Antworten</translation>
    </message>
    <message>
        <source>Round "%1" has another date in the workspace than in the data (%2). Nothing was written.</source>
        <translation>Die Runde „%1“ hat im Arbeitsbereich ein anderes Datum als in den Daten (%2). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Respondent "%1" is already recorded in this assessment. Nothing was written.</source>
        <translation>Die befragte Person „%1“ ist in dieser Erhebung bereits erfasst. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting the company</source>
        <translation>Löschen des Unternehmens</translation>
    </message>
    <message>
        <source>Deleting the department</source>
        <translation>Löschen der Abteilung</translation>
    </message>
    <message>
        <source>Deleting the round</source>
        <translation>Löschen der Runde</translation>
    </message>
    <message>
        <source>Removing the respondent</source>
        <translation>Entfernen der befragten Person</translation>
    </message>
    <message>
        <source>Deleting the assessment</source>
        <translation>Löschen der Erhebung</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Creating the company</source>
        <translation>Anlegen des Unternehmens</translation>
    </message>
    <message>
        <source>Renaming the company</source>
        <translation>Umbenennen des Unternehmens</translation>
    </message>
    <message>
        <source>Creating the department</source>
        <translation>Anlegen der Abteilung</translation>
    </message>
    <message>
        <source>Renaming the department</source>
        <translation>Umbenennen der Abteilung</translation>
    </message>
    <message>
        <source>Creating the round</source>
        <translation>Anlegen der Runde</translation>
    </message>
    <message>
        <source>Changing the round</source>
        <translation>Ändern der Runde</translation>
    </message>
    <message>
        <source>Creating the assessment</source>
        <translation>Anlegen der Erhebung</translation>
    </message>
    <message>
        <source>Adding the respondent</source>
        <translation>Hinzufügen der befragten Person</translation>
    </message>
    <message>
        <source>Renaming the respondent</source>
        <translation>Umbenennen der befragten Person</translation>
    </message>
    <message>
        <source>Saving the answer</source>
        <translation>Speichern der Antwort</translation>
    </message>
    <message>
        <source>Removing the answer</source>
        <translation>Entfernen der Antwort</translation>
    </message>
    <message>
        <source>Saving the comment</source>
        <translation>Speichern des Kommentars</translation>
    </message>
    <message>
        <source>Saving the plan</source>
        <translation>Speichern der Maßnahmenplanung</translation>
    </message>
    <message>
        <source>There is no workspace at %1. Check the path, or create one with "init".</source>
        <translation>Unter %1 gibt es keinen Arbeitsbereich. Prüfen Sie den Pfad oder legen Sie mit „init“ einen neuen an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty. It is not a Social Business Radar workspace; perhaps saving it was interrupted. Open a backup copy instead.</source>
        <translation>%1 ist leer und daher kein Arbeitsbereich von Social Business Radar; vielleicht wurde das Speichern unterbrochen. Öffnen Sie stattdessen eine Sicherungskopie.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its contents say (truncated). Restore it from a backup copy.</source>
        <translation>%1 ist beschädigt: Die Datei ist kürzer, als ihr Inhalt angibt (abgeschnitten). Stellen Sie die Datei aus einer Sicherungskopie wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a Social Business Radar workspace (it is not a database file at all).</source>
        <translation>%1 ist kein Arbeitsbereich von Social Business Radar (es ist überhaupt keine Datenbankdatei).</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Social Business Radar workspace. It was left unchanged.</source>
        <translation>%1 ist die Datenbank eines anderen Programms, kein Arbeitsbereich von Social Business Radar. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Social Business Radar (file format %2; this version reads up to %3). Please update the program to open it.</source>
        <translation>%1 wurde mit einer neueren Version von Social Business Radar gespeichert (Dateiformat %2; diese Version liest bis Format %3). Bitte aktualisieren Sie das Programm, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Reading the companies</source>
        <translation>Lesen der Unternehmen</translation>
    </message>
    <message>
        <source>Reading the departments</source>
        <translation>Lesen der Abteilungen</translation>
    </message>
    <message>
        <source>Reading the rounds</source>
        <translation>Lesen der Runden</translation>
    </message>
    <message>
        <source>Reading the respondents</source>
        <translation>Lesen der befragten Personen</translation>
    </message>
    <message>
        <source>Reading the comments</source>
        <translation>Lesen der Kommentare</translation>
    </message>
    <message>
        <source>Saving a copy</source>
        <translation>Speichern einer Kopie</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Level %1 is outside the scale %2 to %3; nothing was saved.</source>
        <translation>Die Stufe %1 liegt außerhalb der Skala von %2 bis %3; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
    <message>
        <source>Counting the respondents</source>
        <translation>Zählen der befragten Personen</translation>
    </message>
    <message>
        <source>%1 failed because the workspace changed meanwhile: another window or the command line changed the same rows. Nothing was written.</source>
        <translation>%1 ist fehlgeschlagen, weil sich der Arbeitsbereich inzwischen geändert hat: Ein anderes Fenster oder die Kommandozeile hat dieselben Daten geändert. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Reading the settings</source>
        <translation>Lesen der Einstellungen</translation>
    </message>
    <message>
        <source>Starting the workshop session</source>
        <translation>Das Starten des Workshops</translation>
    </message>
    <message>
        <source>Resuming the workshop session</source>
        <translation>Das Fortsetzen des Workshops</translation>
    </message>
    <message>
        <source>Saving the vote</source>
        <translation>Das Speichern der Stimme</translation>
    </message>
    <message>
        <source>Reading the workshop sessions</source>
        <translation>Das Lesen der Workshops</translation>
    </message>
    <message>
        <source>Reading the workshop votes</source>
        <translation>Das Lesen der Workshop-Stimmen</translation>
    </message>
    <message>
        <source>Removing the workshop session</source>
        <translation>Das Entfernen des Workshops</translation>
    </message>
    <message>
        <source>The workspace cannot be brought up to this version, so it was left unchanged: %1</source>
        <translation>Der Arbeitsbereich lässt sich nicht auf diese Version bringen und blieb daher unverändert: %1</translation>
    </message>
    <message>
        <source>Saving the first round of a re-vote</source>
        <translation>Speichern der ersten Abstimmungsrunde</translation>
    </message>
    <message>
        <source>Reading the mapping profiles</source>
        <translation>Lesen der Zuordnungsprofile</translation>
    </message>
    <message>
        <source>Saving the mapping profile</source>
        <translation>Speichern des Zuordnungsprofils</translation>
    </message>
    <message>
        <source>%1 is not a team workspace address. Write it as postgresql://user@host:5432/database.</source>
        <translation>%1 ist keine Adresse eines Teamarbeitsbereichs. Schreiben Sie sie als postgresql://benutzer@host:5432/datenbank.</translation>
    </message>
    <message>
        <source>The address of a team workspace must not contain a password; it was not used. Keep the password in ~/.pgpass (or PGPASSWORD) instead.</source>
        <translation>Die Adresse eines Teamarbeitsbereichs darf kein Passwort enthalten; sie wurde nicht verwendet. Hinterlegen Sie das Passwort stattdessen in ~/.pgpass (oder PGPASSWORD).</translation>
    </message>
    <message>
        <source>This installation cannot reach team workspaces: Qt's PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>Diese Installation kann keine Teamarbeitsbereiche erreichen: Der PostgreSQL-Treiber von Qt (Paket libqt6sql6-psql) fehlt.</translation>
    </message>
    <message>
        <source>The database %1 holds no Social Business Radar workspace. Create one there with "init" or "copy".</source>
        <translation>Die Datenbank %1 enthält keinen Arbeitsbereich von Social Business Radar. Legen Sie dort einen mit „init“ oder „copy“ an.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program. It was left unchanged.</source>
        <translation>Die Datenbank %1 gehört zu einem anderen Programm. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Social Business Radar (format %2; this version reads up to %3). Please update the program to open it.</source>
        <translation>%1 wurde von einer neueren Version von Social Business Radar eingerichtet (Format %2; diese Version liest bis %3). Bitte aktualisieren Sie das Programm, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The database %1 holds a workspace already; it was left unchanged. Choose another database.</source>
        <translation>Die Datenbank %1 enthält bereits einen Arbeitsbereich; sie wurde nicht verändert. Wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it was opened for reading only.</source>
        <translation>%1 kann nicht geändert werden: Er wurde nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>%1 failed: the team workspace %2 does not allow it for this login.</source>
        <translation>%1 ist fehlgeschlagen: Der Teamarbeitsbereich %2 erlaubt das dieser Anmeldung nicht.</translation>
    </message>
    <message>
        <source>The connection to the team workspace %1 was lost (%2). Nothing more was written.</source>
        <translation>Die Verbindung zum Teamarbeitsbereich %1 ist abgebrochen (%2). Es wurde nichts weiter geschrieben.</translation>
    </message>
    <message>
        <source>Reading the conclusions</source>
        <translation>Lesen des Fazits</translation>
    </message>
    <message>
        <source>Saving the conclusions</source>
        <translation>Speichern des Fazits</translation>
    </message>
    <message>
        <source>There is no company "%1" in %2; nothing was copied.</source>
        <translation>In %2 gibt es kein Unternehmen „%1“; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 uses another questionnaire than %2; nothing was copied.</source>
        <translation>%1 verwendet einen anderen Fragebogen als %2; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>%1 holds the company "%2" already; nothing was copied.</source>
        <translation>%1 enthält das Unternehmen „%2“ bereits; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>Reading the plan</source>
        <translation>Plan lesen</translation>
    </message>
    <message>
        <source>Adding to the plan</source>
        <translation>In den Plan aufnehmen</translation>
    </message>
    <message>
        <source>Removing from the plan</source>
        <translation>Aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Reading the team workspace</source>
        <translation>Das Lesen des Teamarbeitsbereichs</translation>
    </message>
    <message>
        <source>Reading the benchmark</source>
        <translation>Das Lesen des Benchmarks</translation>
    </message>
    <message>
        <source>Setting up the team workspace</source>
        <translation>Das Einrichten des Teamarbeitsbereichs</translation>
    </message>
    <message>
        <source>created the grants table sbradar_grants</source>
        <translation>Tabelle der Freigaben sbradar_grants angelegt</translation>
    </message>
    <message>
        <source>created the functions of the row-level security and the pooled benchmark</source>
        <translation>Funktionen der Zeilensicherheit und des gemeinsamen Benchmarks angelegt</translation>
    </message>
    <message numerus="yes">
        <source>row-level security, forced, on %n table(s)</source>
        <translation>
            <numerusform>erzwungene Zeilensicherheit für %n Tabelle</numerusform>
            <numerusform>erzwungene Zeilensicherheit für %n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>table privileges of the group %1 set</source>
        <translation>Tabellenrechte der Gruppe %1 gesetzt</translation>
    </message>
    <message>
        <source>The login %1 may not create roles, so it cannot set up the team workspace %2. Run "team init" as the database's owner with the right CREATEROLE, or as a superuser.</source>
        <translation>Die Anmeldung %1 darf keine Rollen anlegen und kann den Teamarbeitsbereich %2 daher nicht einrichten. Führen Sie „team init“ als Eigentümer der Datenbank mit dem Recht CREATEROLE oder als Superuser aus.</translation>
    </message>
    <message>
        <source>created the role %1 (cannot log in)</source>
        <translation>Rolle %1 angelegt (ohne Anmeldung)</translation>
    </message>
    <message>
        <source>%1 is a member of %2: it sees and changes every company</source>
        <translation>%1 ist Mitglied von %2: sieht und ändert jedes Unternehmen</translation>
    </message>
    <message>
        <source>%1 may create tables in the schema public</source>
        <translation>%1 darf Tabellen im Schema public anlegen</translation>
    </message>
    <message>
        <source>other logins may no longer create objects in the schema public</source>
        <translation>andere Anmeldungen dürfen im Schema public nichts mehr anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) now belong to %1</source>
        <translation>
            <numerusform>%n Tabelle gehört jetzt %1</numerusform>
            <numerusform>%n Tabellen gehören jetzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the access to a company</source>
        <translation>Das Ändern des Zugriffs auf ein Unternehmen</translation>
    </message>
    <message>
        <source>There is no login "%1" on the server of %2; nothing was changed. Create it first (CREATE ROLE … LOGIN PASSWORD …) or check the spelling.</source>
        <translation>Auf dem Server von %2 gibt es keine Anmeldung „%1“; nichts wurde geändert. Legen Sie sie zuerst an (CREATE ROLE … LOGIN PASSWORD …) oder prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <source>There is no company "%1" in %2; nothing was changed.</source>
        <translation>In %2 gibt es kein Unternehmen „%1“; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The role must be read, write or admin, not "%1"; nothing was changed.</source>
        <translation>Die Rolle muss read, write oder admin sein, nicht „%1“; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is not set up as a team workspace yet. Run "sbradar-cli team init" first.</source>
        <translation>%1 ist noch nicht als Teamarbeitsbereich eingerichtet. Führen Sie zuerst „sbradar-cli team init“ aus.</translation>
    </message>
    <message>
        <source>created an empty workspace with the built-in questionnaire</source>
        <translation>leeren Arbeitsbereich mit dem eingebauten Fragebogen angelegt</translation>
    </message>
    <message>
        <source>%1 was set up by an older version of Social Business Radar and must be brought up to date once by one of its administrators (a member of %2) before this login can use it.</source>
        <translation>%1 wurde von einer älteren Version von Social Business Radar eingerichtet und muss einmal von einer Administratorin oder einem Administrator (Mitglied von %2) auf den neuesten Stand gebracht werden, bevor diese Anmeldung ihn nutzen kann.</translation>
    </message>
    <message>
        <source>Changing the benchmark pool</source>
        <translation>Das Ändern des Benchmark-Pools</translation>
    </message>
</context>
<context>
    <name>sbr::storage::postgres</name>
    <message>
        <source>The server %1 asks for the password of %2 for %3. Keep it in ~/.pgpass (or PGPASSWORD); the workbench asks for it.</source>
        <translation>Der Server %1 verlangt das Passwort von %2 für %3. Hinterlegen Sie es in ~/.pgpass (oder PGPASSWORD); das Programm fragt danach.</translation>
    </message>
    <message>
        <source>The server %1 did not accept the password of %2. Type it again, or ask IT to check the login.</source>
        <translation>Der Server %1 hat das Passwort von %2 nicht angenommen. Geben Sie es erneut ein oder bitten Sie die IT, die Anmeldung zu prüfen.</translation>
    </message>
    <message>
        <source>There is no database "%1" on the server %2. Check the name, or ask IT which database holds the team workspace.</source>
        <translation>Auf dem Server %2 gibt es keine Datenbank „%1“. Prüfen Sie den Namen oder fragen Sie die IT, in welcher Datenbank der Teamarbeitsbereich liegt.</translation>
    </message>
    <message>
        <source>The server %1 does not let %2 in from this computer (%3). Ask IT to allow it.</source>
        <translation>Der Server %1 lässt %2 von diesem Computer aus nicht zu (%3). Bitten Sie die IT, den Zugang freizugeben.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached (%2). Check the server's name and port and the network connection (VPN), or ask IT whether the server runs.</source>
        <translation>Der Server %1 ist nicht erreichbar (%2). Prüfen Sie Name und Port des Servers und die Netzwerkverbindung (VPN) oder fragen Sie die IT, ob der Server läuft.</translation>
    </message>
    <message>
        <source>The team workspace %1 cannot be opened: %2</source>
        <translation>Der Teamarbeitsbereich %1 lässt sich nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>sbr::ui::AgreedMeasuresDialog</name>
    <message>
        <source>What did the group agree on?</source>
        <translation>Worauf hat sich die Gruppe geeinigt?</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>For the statement</source>
        <translation>Zur Aussage</translation>
    </message>
    <message>
        <source>Measures linked to the statements of the workshop</source>
        <translation>Maßnahmen zu den Aussagen des Workshops</translation>
    </message>
    <message>
        <source>in the plan already</source>
        <translation>schon im Plan</translation>
    </message>
    <message>
        <source>Tick the measures the group agreed on; they go into the action plan as planned for now. Double-click the second column to name who is responsible.</source>
        <translation>Haken Sie die Maßnahmen an, auf die sich die Gruppe geeinigt hat; sie kommen als „geplant, jetzt“ in den Maßnahmenplan. Mit einem Doppelklick in die zweite Spalte tragen Sie ein, wer verantwortlich ist.</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>In den Plan aufnehmen</translation>
    </message>
    <message>
        <source>Nothing agreed</source>
        <translation>Nichts vereinbart</translation>
    </message>
    <message>
        <source>Agreed in the workshop %1 on %2</source>
        <translation>Vereinbart im Workshop %1 am %2</translation>
    </message>
    <message numerus="yes">
        <source>Add %n measure(s) agreed in the workshop</source>
        <translation>
            <numerusform>%n im Workshop vereinbarte Maßnahme aufnehmen</numerusform>
            <numerusform>%n im Workshop vereinbarte Maßnahmen aufnehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Take up an agreed measure again</source>
        <translation>Vereinbarte Maßnahme wieder aufnehmen</translation>
    </message>
    <message>
        <source>%1 (mean %2)</source>
        <translation>%1 (Mittelwert %2)</translation>
    </message>
</context>
<context>
    <name>sbr::ui::AssessmentModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Fewer than half of the item weight is answered: the dimension has no score yet.</source>
        <translation>Weniger als die Hälfte des Aussagengewichts ist beantwortet: Die Dimension hat noch keinen Wert.</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>zu wenige Antworten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keys %1–%2 choose a level, N marks not applicable, Delete clears the answer.</source>
        <translation>Tasten %1–%2 wählen eine Stufe, N setzt „keine Angabe“, Entf löscht die Antwort.</translation>
    </message>
    <message>
        <source>The answers differ by a level or more on average: worth discussing.</source>
        <translation>Die Antworten weichen im Mittel um eine Stufe oder mehr voneinander ab: Das sollten Sie besprechen.</translation>
    </message>
    <message>
        <source>discuss</source>
        <translation>besprechen</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Number of answers (not counting n/a)</source>
        <translation>Anzahl der Antworten (ohne k. A.)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Score 0–100</source>
        <translation>Wert 0–100</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Share of the dimension's item weight that is answered</source>
        <translation>Beantworteter Anteil am Aussagengewicht der Dimension</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Uneinigkeit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>sbr::ui::AssessmentPage</name>
    <message>
        <source>Level descriptions of the current statement</source>
        <translation>Stufenbeschreibungen der aktuellen Aussage</translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation>Befragte Person hinzufügen</translation>
    </message>
    <message>
        <source>Add a respondent as a new column (Ctrl+Shift+R)</source>
        <translation>Eine befragte Person als neue Spalte hinzufügen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Rename respondent…</source>
        <translation>Befragte Person umbenennen…</translation>
    </message>
    <message>
        <source>Remove respondent…</source>
        <translation>Befragte Person entfernen…</translation>
    </message>
    <message>
        <source>No department selected</source>
        <translation>Keine Abteilung ausgewählt</translation>
    </message>
    <message>
        <source>Choose a department of a round in the navigator to see and enter its answers.</source>
        <translation>Wählen Sie im Navigator eine Abteilung in einer Runde, um ihre Antworten zu sehen und einzugeben.</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n befragte Person</numerusform>
            <numerusform>%n befragte Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Index %1, stage %2 (%3)</source>
        <translation>Index %1, Stufe %2 (%3)</translation>
    </message>
    <message>
        <source>Index not yet computable: every dimension needs answers to at least half of its item weight</source>
        <translation>Index noch nicht berechenbar: Jede Dimension braucht Antworten für mindestens die Hälfte ihres Aussagengewichts</translation>
    </message>
    <message>
        <source>Add a respondent to start entering answers.</source>
        <translation>Fügen Sie eine befragte Person hinzu, um Antworten einzugeben.</translation>
    </message>
    <message>
        <source>Select a statement to see what each level means.</source>
        <translation>Wählen Sie eine Aussage, um zu sehen, was die einzelnen Stufen bedeuten.</translation>
    </message>
    <message>
        <source>Keys %1–%2 set a level, N not applicable, Delete clears.</source>
        <translation>Tasten %1–%2: Stufe setzen, N: keine Angabe, Entf: löschen.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Name or label of the respondent:</source>
        <translation>Name oder Kürzel der befragten Person:</translation>
    </message>
    <message>
        <source>Rename respondent</source>
        <translation>Befragte Person umbenennen</translation>
    </message>
    <message>
        <source>New name of "%1":</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Remove respondent</source>
        <translation>Befragte Person entfernen</translation>
    </message>
    <message>
        <source>Remove "%1" and all of their answers? You can undo this with Ctrl+Z.</source>
        <translation>„%1“ mit allen Antworten entfernen? Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::AssessmentView</name>
    <message>
        <source>Answers of the department</source>
        <translation>Antworten der Abteilung</translation>
    </message>
</context>
<context>
    <name>sbr::ui::BenchmarkModel</name>
    <message>
        <source>Readiness index</source>
        <translation>Reifegrad-Index</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>A percentile needs a value of the company and at least five peers with a value.</source>
        <translation>Ein Perzentil setzt einen Wert des Unternehmens und mindestens fünf Vergleichsunternehmen mit Wert voraus.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Peer mean</source>
        <translation>Vergleich: Mittelwert</translation>
    </message>
    <message>
        <source>Peer sd</source>
        <translation>Vergleich: Std.-Abw.</translation>
    </message>
    <message>
        <source>Peer band (mean ± sd)</source>
        <translation>Vergleichsband (Mittelwert ± Std.-Abw.)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
</context>
<context>
    <name>sbr::ui::BenchmarkPage</name>
    <message>
        <source>Benchmark per dimension</source>
        <translation>Vergleich je Dimension</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reference figures with sources</source>
        <translation>Referenzwerte mit Quellen</translation>
    </message>
    <message>
        <source>Reference figures from published surveys:</source>
        <translation>Referenzwerte aus veröffentlichten Studien:</translation>
    </message>
    <message>
        <source>Choose a company or a round to compare it with the other companies of the workspace.</source>
        <translation>Wählen Sie ein Unternehmen oder eine Runde für den Vergleich mit den anderen Unternehmen des Arbeitsbereichs.</translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2: %n peer company(ies) had a round by %3. A comparison needs at least five.</source>
        <translation>
            <numerusform>%1, Runde %2: Bis %3 hatte %n Vergleichsunternehmen eine Runde. Ein Vergleich braucht mindestens fünf.</numerusform>
            <numerusform>%1, Runde %2: Bis %3 hatten %n Vergleichsunternehmen eine Runde. Ein Vergleich braucht mindestens fünf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2, compared with %n peer company(ies): each with its latest round on or before %3. Percentile 50 means half of the peers are below.</source>
        <translation>
            <numerusform>%1, Runde %2, verglichen mit %n Vergleichsunternehmen, und zwar mit seiner letzten Runde bis einschließlich %3. Perzentil 50 bedeutet: Die Hälfte der Vergleichsunternehmen liegt darunter.</numerusform>
            <numerusform>%1, Runde %2, verglichen mit %n Vergleichsunternehmen, jeweils mit ihrer letzten Runde bis einschließlich %3. Perzentil 50 bedeutet: Die Hälfte der Vergleichsunternehmen liegt darunter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::ChartExport</name>
    <message>
        <source>Save picture as…</source>
        <translation>Bild speichern unter…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image, twice the screen resolution (*.png);;SVG vector graphic (*.svg)</source>
        <translation>PNG-Bild, doppelte Bildschirmauflösung (*.png);;SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>Copy picture</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Right-click to save or copy %1 as a picture</source>
        <translation>Rechtsklick, um %1 als Bild zu speichern oder zu kopieren</translation>
    </message>
    <message>
        <source>The picture could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>Das Bild konnte nicht unter %1 gespeichert werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::CompanyOverviewModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Reifegrad-Stufe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Percentile among peers</source>
        <translation>Perzentil im Vergleich</translation>
    </message>
</context>
<context>
    <name>sbr::ui::ConclusionsDialog</name>
    <message>
        <source>Conclusions – %1 – %2</source>
        <translation>Fazit – %1 – %2</translation>
    </message>
    <message>
        <source>Your conclusions on round %1 of %2. The report prints them on its summary page, as you write them here.</source>
        <translation>Ihr Fazit zur Runde %1 von %2. Der Bericht druckt es auf der Seite der Zusammenfassung, so wie Sie es hier schreiben.</translation>
    </message>
    <message>
        <source>%1 has no round yet: conclusions belong to a round.</source>
        <translation>%1 hat noch keine Runde: Ein Fazit gehört zu einer Runde.</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Fazit</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <source>The conclusions have %1 characters; at most %2 fit on the summary page. Please shorten them.</source>
        <translation>Das Fazit hat %1 Zeichen; auf die Seite der Zusammenfassung passen höchstens %2. Bitte kürzen Sie es.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::DashboardPage</name>
    <message>
        <source>Readiness index</source>
        <translation>Reifegrad-Index</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Reifegrad-Stufe</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Veränderung zur Vorrunde</translation>
    </message>
    <message>
        <source>Position among peers</source>
        <translation>Position im Vergleich</translation>
    </message>
    <message>
        <source>Round to compare with</source>
        <translation>Vergleichsrunde</translation>
    </message>
    <message>
        <source>Departments shown on the radar</source>
        <translation>Im Radar angezeigte Abteilungen</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Departments on the radar:</source>
        <translation>Abteilungen im &amp;Radar:</translation>
    </message>
    <message>
        <source>Radar of the dimensions</source>
        <translation>Radar der Dimensionen</translation>
    </message>
    <message>
        <source>Trend over the rounds</source>
        <translation>Verlauf über die Runden</translation>
    </message>
    <message>
        <source>Departments and dimensions</source>
        <translation>Abteilungen und Dimensionen</translation>
    </message>
    <message>
        <source>(no comparison)</source>
        <translation>(kein Vergleich)</translation>
    </message>
    <message>
        <source>%1 has no rounds yet</source>
        <translation>%1 hat noch keine Runden</translation>
    </message>
    <message>
        <source>Choose a company or a round in the navigator</source>
        <translation>Wählen Sie im Navigator ein Unternehmen oder eine Runde</translation>
    </message>
    <message>
        <source>%1 – round %2 (%3)</source>
        <translation>%1 – Runde %2 (%3)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Readiness index 0–100 of the company: the mean of its departments</source>
        <translation>Reifegrad-Index 0–100 des Unternehmens: Mittelwert seiner Abteilungen</translation>
    </message>
    <message>
        <source>Stage %1 of 5:
%2</source>
        <translation>Stufe %1 von 5:
%2</translation>
    </message>
    <message>
        <source>Stage not yet known:
some dimension lacks answers</source>
        <translation>Stufe noch offen:
Mindestens einer Dimension fehlen Antworten</translation>
    </message>
    <message>
        <source>%1 points
since the previous round</source>
        <translation>%1 Punkte
seit der Vorrunde</translation>
    </message>
    <message>
        <source>No change to show:
first round or no index before</source>
        <translation>Keine Veränderung darstellbar:
erste Runde oder kein früherer Index</translation>
    </message>
    <message>
        <source>Percentile %1
among %2 peer companies</source>
        <translation>Perzentil %1
unter %2 Vergleichsunternehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n peer company(ies):
too few for a comparison</source>
        <translation>
            <numerusform>%n Vergleichsunternehmen:
zu wenige für einen Vergleich</numerusform>
            <numerusform>%n Vergleichsunternehmen:
zu wenige für einen Vergleich</numerusform>
        </translation>
    </message>
    <message>
        <source>the radar</source>
        <translation>das Radardiagramm</translation>
    </message>
    <message>
        <source>the trend</source>
        <translation>das Verlaufsdiagramm</translation>
    </message>
    <message>
        <source>the heatmap</source>
        <translation>die Heatmap</translation>
    </message>
    <message>
        <source>No percentile yet:
the company's index is not known</source>
        <translation>Noch kein Perzentil:
Der Index des Unternehmens fehlt</translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation>zu wenige Antworten</translation>
    </message>
    <message numerus="yes">
        <source>Not shown:
fewer than %n respondent(s) in the company</source>
        <translation>
            <numerusform>Nicht gezeigt:
weniger als %n befragte Person im Unternehmen</numerusform>
            <numerusform>Nicht gezeigt:
weniger als %n befragte Personen im Unternehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, round %3</source>
        <translation>%1 – %2, Runde %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Show the peer &amp;band</source>
        <translation>Vergleichsband an&amp;zeigen</translation>
    </message>
    <message>
        <source>The peer companies' mean ± one standard deviation in each dimension</source>
        <translation>Mittelwert der Vergleichsunternehmen ± eine Standardabweichung, je Dimension</translation>
    </message>
</context>
<context>
    <name>sbr::ui::Dialogs</name>
    <message>
        <source>&amp;Label (e.g. 2026-Q1):</source>
        <translation>&amp;Bezeichnung (z. B. 2026-Q1):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>sbr::ui::DistributeDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Distribute questionnaire</source>
        <translation>Fragebogen verteilen</translation>
    </message>
    <message>
        <source>Excel answer workbook (.xlsx)</source>
        <translation>Excel-Antwortmappe (.xlsx)</translation>
    </message>
    <message>
        <source>Paper form to print (PDF)</source>
        <translation>Papierfragebogen zum Drucken (PDF)</translation>
    </message>
    <message>
        <source>LimeSurvey survey structure (.txt)</source>
        <translation>LimeSurvey-Umfragestruktur (.txt)</translation>
    </message>
    <message>
        <source>How many answer columns the workbook has for each department</source>
        <translation>Wie viele Antwortspalten die Mappe je Abteilung hat</translation>
    </message>
    <message>
        <source>Departments the questionnaire is for</source>
        <translation>Abteilungen, für die der Fragebogen ist</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsuche&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>&amp;Abteilungen:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Respondents per &amp;department:</source>
        <translation>&amp;Personen je Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>LimeSurvey survey structures (*.txt)</source>
        <translation>LimeSurvey-Umfragestrukturen (*.txt)</translation>
    </message>
    <message>
        <source>Save the questionnaire</source>
        <translation>Fragebogen speichern</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Choose the file to save the questionnaire in.</source>
        <translation>Wählen Sie die Datei, in der der Fragebogen gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Choose at least one department.</source>
        <translation>Wählen Sie mindestens eine Abteilung.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: the paper form, %n page(s).</source>
        <translation>
            <numerusform>%1 gespeichert: der Papierfragebogen, %n Seite.</numerusform>
            <numerusform>%1 gespeichert: der Papierfragebogen, %n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: the answer workbook with %n answer column(s). Filled in, it is imported as it is with File ▸ Import answers.</source>
        <translation>
            <numerusform>%1 gespeichert: die Antwortmappe mit %n Antwortspalte. Ausgefüllt wird sie unverändert mit Datei ▸ Antworten importieren eingelesen.</numerusform>
            <numerusform>%1 gespeichert: die Antwortmappe mit %n Antwortspalten. Ausgefüllt wird sie unverändert mit Datei ▸ Antworten importieren eingelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: the LimeSurvey survey structure. In LimeSurvey, import it with Create survey ▸ Import.</source>
        <translation>%1 gespeichert: die LimeSurvey-Umfragestruktur. In LimeSurvey mit Umfrage erstellen ▸ Importieren einlesen.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::FirstSteps</name>
    <message>
        <source>First steps</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>This workspace is still empty. Three steps lead to the first scores:</source>
        <translation>Dieser Arbeitsbereich ist noch leer. In drei Schritten zu den ersten Ergebnissen:</translation>
    </message>
    <message>
        <source>1. Create the company you assess.</source>
        <translation>1. Legen Sie das Unternehmen an, das Sie bewerten.</translation>
    </message>
    <message>
        <source>2. Add a round: one survey at a point in time, e.g. 2026-Q1.</source>
        <translation>2. Legen Sie eine Runde an: eine Erhebung zu einem Zeitpunkt, z. B. 2026-Q1.</translation>
    </message>
    <message>
        <source>3. Bring in the answers: import a CSV or Excel file, or type them in on the Assessment page.</source>
        <translation>3. Erfassen Sie die Antworten: Importieren Sie eine CSV- oder Excel-Datei oder tippen Sie sie auf der Seite „Erhebung“ ein.</translation>
    </message>
    <message>
        <source>New &amp;company…</source>
        <translation>Neues &amp;Unternehmen…</translation>
    </message>
    <message>
        <source>New &amp;round…</source>
        <translation>Neue &amp;Runde…</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>Antworten &amp;importieren…</translation>
    </message>
    <message>
        <source>%1 Done.</source>
        <translation>%1 Erledigt.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::HelpMenu</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Social Business Radar %1
Social-business readiness assessments for companies and their departments.

Built with Qt %2 (running on Qt %3).

Libraries and their licences:
Qt 6 (Core, GUI, Widgets, SQL, Charts, SVG, Network, HTTP Server): LGPL-3.0
SQLite: public domain
libqrencode: LGPL-2.1 or later
libxlsxwriter: BSD-2-Clause
minizip (zlib): Zlib licence</source>
        <translation>Social Business Radar %1
Reifegradanalysen im Social Business für Unternehmen und ihre Abteilungen.

Erstellt mit Qt %2 (läuft mit Qt %3).

Verwendete Bibliotheken und ihre Lizenzen:
Qt 6 (Core, GUI, Widgets, SQL, Charts, SVG, Network, HTTP Server): LGPL-3.0
SQLite: gemeinfrei (Public Domain)
libqrencode: LGPL-2.1 oder neuer
libxlsxwriter: BSD-2-Clause
minizip (zlib): Zlib-Lizenz</translation>
    </message>
    <message>
        <source>In the answer grid:</source>
        <translation>Im Antwortraster:</translation>
    </message>
    <message>
        <source>0–4	set the level, the cursor moves down</source>
        <translation>0–4	Stufe setzen, der Cursor springt eine Aussage tiefer</translation>
    </message>
    <message>
        <source>N	n/a (not applicable), the cursor moves down</source>
        <translation>N	k. A. (keine Angabe), der Cursor springt tiefer</translation>
    </message>
    <message>
        <source>Delete, Backspace	clear the cell</source>
        <translation>Entf, Rücktaste	Zelle leeren</translation>
    </message>
    <message>
        <source>Arrow keys	move the cursor</source>
        <translation>Pfeiltasten	Cursor bewegen</translation>
    </message>
    <message>
        <source>Social Business Radar – User guide</source>
        <translation>Social Business Radar – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Social Business Radar</source>
        <translation>Ü&amp;ber Social Business Radar</translation>
    </message>
    <message>
        <source>About Social Business Radar</source>
        <translation>Über Social Business Radar</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>sbr::ui::ImportDialog</name>
    <message>
        <source>&amp;Replace the answers of respondents already recorded</source>
        <translation>Antworten bereits erfasster Personen &amp;ersetzen</translation>
    </message>
    <message>
        <source>I&amp;gnore columns that are neither keys nor items</source>
        <translation>&amp;Spalten ignorieren, die weder Schlüssel noch Aussagen sind</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Import answers – %1</source>
        <translation>Antworten importieren – %1</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Gefundene Probleme in der Datei</translation>
    </message>
    <message>
        <source>First rows of %1:</source>
        <translation>Erste Zeilen von %1:</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file has errors (the first %1 are listed). Nothing will be imported until they are corrected.</source>
        <translation>Die Datei enthält Fehler (die ersten %1 sind aufgeführt). Es wird nichts importiert, bis sie korrigiert sind.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n error(s). Nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>Die Datei enthält %n Fehler. Es wird nichts importiert, bis er korrigiert ist.</numerusform>
            <numerusform>Die Datei enthält %n Fehler. Es wird nichts importiert, bis sie korrigiert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>The workspace changed meanwhile; please check the file again.</source>
        <translation>Der Arbeitsbereich wurde inzwischen geändert; bitte prüfen Sie die Datei erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n respondent(s))</source>
        <translation>
            <numerusform>Import von %1 (%n befragte Person)</numerusform>
            <numerusform>Import von %1 (%n befragte Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>the option “%1”</source>
        <translation>die Option „%1“</translation>
    </message>
    <message>
        <source>The file is valid: %1 %2; %3, %4, %5; %6.</source>
        <translation>Die Datei ist gültig: %1 %2; %3, %4, %5; %6.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n respondent(s)</source>
        <translation>
            <numerusform>von %n befragten Person</numerusform>
            <numerusform>von %n befragten Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies)</source>
        <translation>
            <numerusform>%n neues Unternehmen</numerusform>
            <numerusform>%n neue Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new department(s)</source>
        <translation>
            <numerusform>%n neue Abteilung</numerusform>
            <numerusform>%n neue Abteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s)</source>
        <translation>
            <numerusform>%n neue Runde</numerusform>
            <numerusform>%n neue Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) would be replaced</source>
        <translation>
            <numerusform>%n befragte Person würde ersetzt</numerusform>
            <numerusform>%n befragte Personen würden ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace is open for reading only; nothing was imported. Open it again for editing to import answers.</source>
        <translation>Dieser Arbeitsbereich ist nur zum Lesen geöffnet; es wurde nichts importiert. Öffnen Sie ihn erneut zum Bearbeiten, um Antworten zu importieren.</translation>
    </message>
    <message>
        <source>Imported: %1 %2.</source>
        <translation>Importiert: %1 %2.</translation>
    </message>
    <message>
        <source>Click a problem to see its cell in the rows above.</source>
        <translation>Klicken Sie auf ein Problem, um seine Zelle in den Zeilen oben zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Sheet of the workbook to import</source>
        <translation>Zu importierendes Tabellenblatt der Arbeitsmappe</translation>
    </message>
</context>
<context>
    <name>sbr::ui::LevelDelegate</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>– no answer –</source>
        <translation>– keine Antwort –</translation>
    </message>
    <message>
        <source>n/a – not applicable</source>
        <translation>k. A. – keine Angabe</translation>
    </message>
</context>
<context>
    <name>sbr::ui::MainWindow</name>
    <message>
        <source>Social Business Radar</source>
        <translation>Social Business Radar</translation>
    </message>
    <message>
        <source>%1 – Social Business Radar</source>
        <translation>%1 – Social Business Radar</translation>
    </message>
    <message>
        <source>Navigator: companies, rounds and departments</source>
        <translation>Navigator: Unternehmen, Runden und Abteilungen</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Erhebung</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Fragebogen</translation>
    </message>
    <message>
        <source>Changes are saved as you make them. Ctrl+Z undoes the last one.</source>
        <translation>Änderungen werden sofort gespeichert. Strg+Z macht die letzte rückgängig.</translation>
    </message>
    <message>
        <source>The workspace cannot be opened</source>
        <translation>Der Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Dashb&amp;oard</translation>
    </message>
    <message>
        <source>&amp;Benchmark</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;Recommendations</source>
        <translation>Em&amp;pfehlungen</translation>
    </message>
    <message>
        <source>All &amp;companies</source>
        <translation>Alle &amp;Unternehmen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open for &amp;reading only</source>
        <translation>Nur zum &amp;Lesen öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;copy and open it</source>
        <translation>&amp;Kopie speichern und öffnen</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Kopie des Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <source>Workspaces (*.sbradar)</source>
        <translation>Arbeitsbereiche (*.sbradar)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 (read only) – Social Business Radar</source>
        <translation>%1 (schreibgeschützt) – Social Business Radar</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Open for reading only: nothing can be changed here. Open the workspace again for editing once the other window has closed it.</source>
        <translation>Nur zum Lesen geöffnet: Hier lässt sich nichts ändern. Öffnen Sie den Arbeitsbereich erneut zum Bearbeiten, sobald das andere Fenster ihn geschlossen hat.</translation>
    </message>
    <message>
        <source>Action &amp;plan</source>
        <translation>&amp;Maßnahmenplan</translation>
    </message>
    <message>
        <source>The team workspace cannot be opened</source>
        <translation>Der Teamarbeitsbereich lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>%1 on %2 (team workspace)</source>
        <translation>%1 auf %2 (Teamarbeitsbereich)</translation>
    </message>
    <message>
        <source>Changes are saved as you make them; those of your colleagues appear within a second. Ctrl+Z undoes your last one.</source>
        <translation>Änderungen werden sofort gespeichert; die Ihrer Kolleginnen und Kollegen erscheinen innerhalb einer Sekunde. Strg+Z macht Ihre letzte rückgängig.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::MappingWizard</name>
    <message>
        <source>Import a survey export – %1</source>
        <translation>Umfrage-Export importieren – %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The columns and answers are mapped as in the profile “%1” kept from an earlier import. Check them on the next pages.</source>
        <translation>Spalten und Antworten sind zugeordnet wie im Profil „%1“ aus einem früheren Import. Prüfen Sie sie auf den nächsten Seiten.</translation>
    </message>
    <message>
        <source>%1 of %2 statements were recognised by their text. Check the mapping on the next pages; columns shown as “(not mapped)” need your decision.</source>
        <translation>%1 von %2 Aussagen wurden an ihrem Text erkannt. Prüfen Sie die Zuordnung auf den nächsten Seiten; Spalten mit „(nicht zugeordnet)“ müssen Sie entscheiden.</translation>
    </message>
    <message>
        <source>Survey export</source>
        <translation>Umfrage-Export</translation>
    </message>
    <message>
        <source>Survey tools do not know the company, round and date of the answers: give them here.</source>
        <translation>Umfragewerkzeuge kennen Unternehmen, Runde und Datum der Antworten nicht: Tragen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>only if the export has no department column</source>
        <translation>nur wenn der Export keine Abteilungsspalte hat</translation>
    </message>
    <message>
        <source>e.g. 2026-Q1</source>
        <translation>z. B. 2026-Q1</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Abteilung:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>D&amp;ate of the round:</source>
        <translation>&amp;Datum der Runde:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Which statement does each column answer? Columns that hold no answers (time stamps, e-mail addresses, comments) are ignored.</source>
        <translation>Welche Aussage beantwortet jede Spalte? Spalten ohne Antworten (Zeitstempel, E-Mail-Adressen, Kommentare) werden ignoriert.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Columns of the file and what they mean</source>
        <translation>Spalten der Datei und ihre Bedeutung</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Which level does each answer of the survey stand for?</source>
        <translation>Für welche Stufe steht jede Antwort der Umfrage?</translation>
    </message>
    <message>
        <source>Answer in the file</source>
        <translation>Antwort in der Datei</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Answers of the file and their levels</source>
        <translation>Antworten der Datei und ihre Stufen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The scores these answers give. Nothing is written until you press Import.</source>
        <translation>Die Werte, die diese Antworten ergeben. Geschrieben wird erst, wenn Sie auf Importieren klicken.</translation>
    </message>
    <message>
        <source>&amp;Keep this mapping in the workspace for the next wave, as:</source>
        <translation>Zuordnung im Arbeitsbereich für die nächste Welle &amp;behalten, als:</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>k. A. (keine Angabe)</translation>
    </message>
    <message>
        <source>Please name the company and the round of these answers.</source>
        <translation>Bitte nennen Sie Unternehmen und Runde dieser Antworten.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message numerus="yes">
        <source>With this mapping the file has %n error(s). Go back to correct the mapping; nothing will be imported until then.</source>
        <translation>
            <numerusform>Mit dieser Zuordnung hat die Datei %n Fehler. Gehen Sie zurück und korrigieren Sie die Zuordnung; bis dahin wird nichts importiert.</numerusform>
            <numerusform>Mit dieser Zuordnung hat die Datei %n Fehler. Gehen Sie zurück und korrigieren Sie die Zuordnung; bis dahin wird nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Mittlere Stufe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The file is valid: %1 %2; %3, %4, %5.</source>
        <translation>Die Datei ist gültig: %1 %2; %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n respondent(s)</source>
        <translation>
            <numerusform>von %n befragten Person</numerusform>
            <numerusform>von %n befragten Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies)</source>
        <translation>
            <numerusform>%n neues Unternehmen</numerusform>
            <numerusform>%n neue Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new department(s)</source>
        <translation>
            <numerusform>%n neue Abteilung</numerusform>
            <numerusform>%n neue Abteilungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s)</source>
        <translation>
            <numerusform>%n neue Runde</numerusform>
            <numerusform>%n neue Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>This workspace is open for reading only; nothing was imported. Open it again for editing to import answers.</source>
        <translation>Dieser Arbeitsbereich ist nur zum Lesen geöffnet; es wurde nichts importiert. Öffnen Sie ihn erneut zum Bearbeiten, um Antworten zu importieren.</translation>
    </message>
    <message>
        <source>The workspace changed meanwhile; please check again.</source>
        <translation>Der Arbeitsbereich hat sich inzwischen geändert; bitte noch einmal prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n respondent(s))</source>
        <translation>
            <numerusform>Import von %1 (%n befragte Person)</numerusform>
            <numerusform>Import von %1 (%n befragte Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers were imported, but the mapping could not be kept: %1</source>
        <translation>Die Antworten wurden importiert, die Zuordnung konnte aber nicht behalten werden: %1</translation>
    </message>
</context>
<context>
    <name>sbr::ui::NavigatorModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Readiness index (0–100)</source>
        <translation>Reifegrad-Index (0–100)</translation>
    </message>
    <message>
        <source>Company / round / department</source>
        <translation>Unternehmen / Runde / Abteilung</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>%1 has no answers yet: answers belong to a round. Create one with Edit ▸ New round (Ctrl+Shift+O).</source>
        <translation>%1 hat noch keine Antworten: Antworten gehören zu einer Runde. Legen Sie eine an mit Bearbeiten ▸ Neue Runde (Strg+Umschalt+O).</translation>
    </message>
</context>
<context>
    <name>sbr::ui::OverviewPage</name>
    <message>
        <source>Companies and rounds</source>
        <translation>Unternehmen und Runden</translation>
    </message>
    <message>
        <source>No workspace is open. Use File ▸ New workspace or File ▸ Open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet. Wählen Sie Datei ▸ Neuer Arbeitsbereich oder Datei ▸ Öffnen.</translation>
    </message>
    <message>
        <source>%1: %2, %3. Questionnaire: %4.</source>
        <translation>%1: %2, %3. Fragebogen: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n Unternehmen</numerusform>
            <numerusform>%n Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n Runde</numerusform>
            <numerusform>%n Runden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::PlanBoard</name>
    <message>
        <source>Roadmap column "%1"</source>
        <translation>Fahrplan-Spalte „%1“</translation>
    </message>
    <message>
        <source>&amp;Now (%1)</source>
        <translation>&amp;Jetzt (%1)</translation>
    </message>
    <message>
        <source>N&amp;ext (%1)</source>
        <translation>Als &amp;Nächstes (%1)</translation>
    </message>
    <message>
        <source>&amp;Later (%1)</source>
        <translation>&amp;Später (%1)</translation>
    </message>
</context>
<context>
    <name>sbr::ui::PlanCardDelegate</name>
    <message>
        <source>no owner yet</source>
        <translation>noch niemand verantwortlich</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
</context>
<context>
    <name>sbr::ui::PlanMeasureDialog</name>
    <message>
        <source>Edit measure</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Add a measure to the plan</source>
        <translation>Maßnahme in den Plan aufnehmen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation>In den Plan aufnehmen</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>Was getan werden soll</translation>
    </message>
    <message>
        <source>A measure from the &amp;catalogue:</source>
        <translation>Eine Maßnahme aus dem &amp;Katalog:</translation>
    </message>
    <message>
        <source>An &amp;own measure:</source>
        <translation>Eine &amp;eigene Maßnahme:</translation>
    </message>
    <message>
        <source>Measure from the catalogue</source>
        <translation>Maßnahme aus dem Katalog</translation>
    </message>
    <message>
        <source>low effort</source>
        <translation>geringer Aufwand</translation>
    </message>
    <message>
        <source>medium effort</source>
        <translation>mittlerer Aufwand</translation>
    </message>
    <message>
        <source>high effort</source>
        <translation>hoher Aufwand</translation>
    </message>
    <message>
        <source>Title of the own measure</source>
        <translation>Titel der eigenen Maßnahme</translation>
    </message>
    <message>
        <source>e.g. Monthly social media round table of all departments</source>
        <translation>z. B. Monatlicher Social-Media-Stammtisch aller Abteilungen</translation>
    </message>
    <message>
        <source>Statements the own measure should move</source>
        <translation>Aussagen, die die eigene Maßnahme bewegen soll</translation>
    </message>
    <message>
        <source>&amp;Statements it should move:</source>
        <translation>&amp;Aussagen, die sie bewegen soll:</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Wer ist verantwortlich</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Fällig bis:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizont:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tand:</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>Erledigt a&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Give the own measure a title.</source>
        <translation>Geben Sie der eigenen Maßnahme einen Titel.</translation>
    </message>
    <message>
        <source>Tick at least one statement the measure should move, so that the plan can show what changed.</source>
        <translation>Haken Sie mindestens eine Aussage an, die die Maßnahme bewegen soll – nur dann kann der Plan zeigen, was sich verändert hat.</translation>
    </message>
    <message>
        <source>Choose a measure from the catalogue, or describe an own one.</source>
        <translation>Wählen Sie eine Maßnahme aus dem Katalog oder beschreiben Sie eine eigene.</translation>
    </message>
    <message>
        <source>Edit "%1"</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Date it was done</source>
        <translation>Erledigt-Datum</translation>
    </message>
    <message>
        <source>"%1" is not a date; write the due date like %2.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie die Fälligkeit wie %2.</translation>
    </message>
    <message>
        <source>"%1" is not a date; write the day it was done like %2.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie das Erledigt-Datum wie %2.</translation>
    </message>
    <message>
        <source>The measure cannot have been done on %1: give the day it was done, today at the latest.</source>
        <translation>Die Maßnahme kann nicht am %1 erledigt worden sein: Geben Sie den Tag an, an dem sie erledigt wurde – spätestens heute.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::PlanModel</name>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>no round after yet</source>
        <translation>noch keine Runde danach</translation>
    </message>
    <message>
        <source>no scores to compare</source>
        <translation>keine Werte zum Vergleich</translation>
    </message>
    <message>
        <source>Shown for done measures: how their statements changed between the round before and the round after the date they were done.</source>
        <translation>Für erledigte Maßnahmen: wie sich ihre Aussagen zwischen der Runde davor und der Runde nach dem Erledigt-Datum verändert haben.</translation>
    </message>
    <message>
        <source>There is no round before and after %1 yet to compare.</source>
        <translation>Es gibt noch keine Runde vor und nach dem %1 zum Vergleich.</translation>
    </message>
    <message>
        <source>Change of its statements from %1 to %2 (company scores, points):</source>
        <translation>Veränderung ihrer Aussagen von %1 bis %2 (Unternehmenswerte, Punkte):</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>This says what changed, not that the measure caused it.</source>
        <translation>Das zeigt, was sich verändert hat – nicht, dass die Maßnahme es bewirkt hat.</translation>
    </message>
    <message>
        <source>Overdue: due on %1 and not done yet.</source>
        <translation>Überfällig: fällig am %1 und noch nicht erledigt.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Move "%1" to "%2"</source>
        <translation>„%1“ nach „%2“ verschieben</translation>
    </message>
    <message>
        <source>Set "%1" to "%2"</source>
        <translation>„%1“ auf „%2“ setzen</translation>
    </message>
    <message>
        <source>Set the owner of "%1"</source>
        <translation>Verantwortliche für „%1“ festlegen</translation>
    </message>
    <message>
        <source>Set the due date of "%1"</source>
        <translation>Fälligkeit von „%1“ festlegen</translation>
    </message>
    <message>
        <source>Set the date "%1" was done</source>
        <translation>Erledigt-Datum von „%1“ festlegen</translation>
    </message>
    <message>
        <source>Change the note on "%1"</source>
        <translation>Notiz zu „%1“ ändern</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>%1 points, %2 → %3</source>
        <translation>%1 Punkte, %2 → %3</translation>
    </message>
</context>
<context>
    <name>sbr::ui::PlanPage</name>
    <message>
        <source>O&amp;verdue only</source>
        <translation>Nur ü&amp;berfällige</translation>
    </message>
    <message>
        <source>&amp;Add measure…</source>
        <translation>Maßnahme &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Roadmap</source>
        <translation>&amp;Fahrplan</translation>
    </message>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Show measures with status</source>
        <translation>Maßnahmen mit diesem Stand zeigen</translation>
    </message>
    <message>
        <source>all statuses</source>
        <translation>jeder Stand</translation>
    </message>
    <message>
        <source>Action plan as a table</source>
        <translation>Maßnahmenplan als Tabelle</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stand:</translation>
    </message>
    <message>
        <source>Drag a card to another column, or move it with Ctrl+← and Ctrl+→. Enter edits it, Del removes it; Ctrl+Z undoes any change.</source>
        <translation>Ziehen Sie eine Karte in eine andere Spalte oder verschieben Sie sie mit Strg+← und Strg+→. Eingabe bearbeitet sie, Entf entfernt sie; Strg+Z macht jede Änderung rückgängig.</translation>
    </message>
    <message>
        <source>Choose a company in the navigator to see its action plan.</source>
        <translation>Wählen Sie links ein Unternehmen, um seinen Maßnahmenplan zu sehen.</translation>
    </message>
    <message>
        <source>The plan of %1 is empty. Add a measure here, or tick measures on the Recommendations page.</source>
        <translation>Der Plan von %1 ist leer. Nehmen Sie hier eine Maßnahme auf oder haken Sie Maßnahmen auf der Seite „Empfehlungen“ an.</translation>
    </message>
    <message numerus="yes">
        <source>Plan of %1: %n measure(s)</source>
        <translation>
            <numerusform>Plan von %1: %n Maßnahme</numerusform>
            <numerusform>Plan von %1: %n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown with these filters</source>
        <translation>
            <numerusform>%n mit diesen Filtern gezeigt</numerusform>
            <numerusform>%n mit diesen Filtern gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the measure?</source>
        <translation>Maßnahme entfernen?</translation>
    </message>
    <message>
        <source>Remove "%1" from the plan? Ctrl+Z brings it back.</source>
        <translation>„%1“ aus dem Plan entfernen? Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>"%1" is not a date; write it like %2.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es wie %2.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Show measures for the dimension</source>
        <translation>Maßnahmen zu dieser Dimension zeigen</translation>
    </message>
    <message>
        <source>"open": planned or in progress</source>
        <translation>„offen“: geplant oder in Arbeit</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>all dimensions</source>
        <translation>alle Dimensionen</translation>
    </message>
</context>
<context>
    <name>sbr::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>75 points correspond to level 3 of 4 on every item.</source>
        <translation>75 Punkte entsprechen Stufe 3 von 4 bei jeder Aussage.</translation>
    </message>
    <message>
        <source>Reports and the presentation show departments with fewer respondents as "too few respondents" instead of their numbers.</source>
        <translation>Berichte und Präsentation zeigen für Abteilungen mit weniger befragten Personen „zu wenige Antworten“ statt ihrer Zahlen an.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Target of &amp;new companies:</source>
        <translation>Zielwert für &amp;neue Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Anonymity: at least</source>
        <translation>&amp;Anonymität: mindestens</translation>
    </message>
    <message>
        <source>respondents before a department's numbers are shown (stored in the workspace)</source>
        <translation>befragte Personen, bevor die Zahlen einer Abteilung angezeigt werden (im Arbeitsbereich gespeichert)</translation>
    </message>
    <message>
        <source>The minimum group size must be a number from %1 to %2; the usual value in employee surveys is %3.</source>
        <translation>Die Mindestgruppengröße muss eine Zahl von %1 bis %2 sein; üblich sind in Mitarbeiterbefragungen %3.</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>How many participants of a workshop may join from one phone or network address. Raise it when the room shares one address (a guest network behind one router).</source>
        <translation>Wie viele Teilnehmende eines Workshops höchstens von einem Smartphone bzw. einer Netzwerkadresse beitreten dürfen. Erhöhen Sie den Wert, wenn sich der ganze Raum eine Adresse teilt (Gästenetz hinter einem Router).</translation>
    </message>
    <message>
        <source>Workshop: participants per &amp;address:</source>
        <translation>Workshop: Teilnehmende je &amp;Adresse:</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>High contrast: black on white with a deep blue highlight; charts and marks follow it. "As the system" follows a high-contrast scheme of the desktop too.</source>
        <translation>Hoher Kontrast: Schwarz auf Weiß mit dunkelblauer Hervorhebung; Diagramme und Markierungen passen sich an. „Wie das System“ folgt auch einem kontrastreichen Farbschema des Desktops.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::PresentationWindow</name>
    <message>
        <source>Presentation – %1</source>
        <translation>Präsentation – %1</translation>
    </message>
    <message>
        <source>Presentation slides</source>
        <translation>Präsentationsfolien</translation>
    </message>
    <message>
        <source>Social business readiness · round %1</source>
        <translation>Social-Business-Reifegrad · Runde %1</translation>
    </message>
    <message>
        <source>Vote with your phone:
%1</source>
        <translation>Mit dem Smartphone abstimmen:
%1</translation>
    </message>
    <message>
        <source>Votes so far: %1
hidden until they are revealed (R)</source>
        <translation>Bisher abgegebene Stimmen: %1
verborgen bis zur Auflösung (R)</translation>
    </message>
    <message>
        <source>too few votes</source>
        <translation>zu wenige Stimmen</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) · mean %1</source>
        <translation>
            <numerusform>%n Stimme · Mittel %1</numerusform>
            <numerusform>%n Stimmen · Mittel %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Results of this session</source>
        <translation>Ergebnis dieses Workshops</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>What to discuss</source>
        <translation>Worüber wir sprechen sollten</translation>
    </message>
    <message>
        <source>No statement with clearly different views.</source>
        <translation>Keine Aussage mit deutlich unterschiedlichen Einschätzungen.</translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation>zu wenige Antworten</translation>
    </message>
    <message>
        <source>Scan the code or type the address into your phone's browser.</source>
        <translation>Scannen Sie den Code oder tippen Sie die Adresse in den Browser Ihres Smartphones.</translation>
    </message>
    <message>
        <source>%1 of %2 joined</source>
        <translation>%1 von %2 beigetreten</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n teilnehmende Person</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) an address</source>
        <translation>
            <numerusform>%n teilt sich eine Adresse</numerusform>
            <numerusform>%n teilen sich eine Adresse</numerusform>
        </translation>
    </message>
    <message>
        <source>slide %1 of %2</source>
        <translation>Folie %1 von %2</translation>
    </message>
    <message>
        <source>Show or hide the votes	R</source>
        <translation>Stimmen aufdecken oder verdecken	R</translation>
    </message>
    <message>
        <source>Vote again on this statement	V</source>
        <translation>Noch einmal abstimmen	V</translation>
    </message>
    <message>
        <source>Join slide	J</source>
        <translation>Beitrittsfolie	J</translation>
    </message>
    <message>
        <source>Blank screen	B</source>
        <translation>Bildschirm schwarz	B</translation>
    </message>
    <message>
        <source>End the workshop	Esc</source>
        <translation>Workshop beenden	Esc</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message numerus="yes">
        <source>Before the discussion: %n vote(s)</source>
        <translation>
            <numerusform>Vor der Diskussion: %n Stimme</numerusform>
            <numerusform>Vor der Diskussion: %n Stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the discussion: %n voted again</source>
        <translation>
            <numerusform>Nach der Diskussion: %n hat neu abgestimmt</numerusform>
            <numerusform>Nach der Diskussion: %n haben neu abgestimmt</numerusform>
        </translation>
    </message>
    <message>
        <source>By department</source>
        <translation>Nach Abteilung</translation>
    </message>
    <message>
        <source>hidden to protect another department</source>
        <translation>zum Schutz einer anderen Abteilung ausgeblendet</translation>
    </message>
    <message>
        <source>%1 · slide %2 of %3</source>
        <translation>%1 · Folie %2 von %3</translation>
    </message>
</context>
<context>
    <name>sbr::ui::QuestionnairePage</name>
    <message>
        <source>low effort</source>
        <translation>geringer Aufwand</translation>
    </message>
    <message>
        <source>medium effort</source>
        <translation>mittlerer Aufwand</translation>
    </message>
    <message>
        <source>high effort</source>
        <translation>hoher Aufwand</translation>
    </message>
    <message>
        <source>Dimension / statement</source>
        <translation>Dimension / Aussage</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Dimensions and statements of the questionnaire</source>
        <translation>Dimensionen und Aussagen des Fragebogens</translation>
    </message>
    <message>
        <source>Levels, measures and reference figures of the statement</source>
        <translation>Stufen, Maßnahmen und Referenzwerte der Aussage</translation>
    </message>
    <message>
        <source>What the levels look like</source>
        <translation>So sehen die Stufen aus</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Reference figures</source>
        <translation>Referenzwerte</translation>
    </message>
</context>
<context>
    <name>sbr::ui::RecommendationsModel</name>
    <message>
        <source>Index points the company would gain if this statement alone reached the target</source>
        <translation>Indexpunkte, die das Unternehmen gewinnen würde, wenn allein diese Aussage den Zielwert erreichte</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>Statement / measure (tick = planned)</source>
        <translation>Aussage / Maßnahme (Häkchen = geplant)</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>Abstand zum Zielwert</translation>
    </message>
    <message>
        <source>Index gain</source>
        <translation>Index-Zuwachs</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Index points the department would gain if this statement alone reached the target</source>
        <translation>Indexpunkte, die die Abteilung gewänne, wenn allein diese Aussage den Zielwert erreichte</translation>
    </message>
    <message>
        <source>%1 (done on %2)</source>
        <translation>%1 (erledigt am %2)</translation>
    </message>
    <message>
        <source>%1 (in progress)</source>
        <translation>%1 (in Arbeit)</translation>
    </message>
    <message>
        <source>was done on %1</source>
        <translation>wurde am %1 erledigt</translation>
    </message>
    <message>
        <source>is in progress</source>
        <translation>ist in Arbeit</translation>
    </message>
    <message>
        <source>Remove the measure from the plan?</source>
        <translation>Maßnahme aus dem Plan entfernen?</translation>
    </message>
    <message>
        <source>"%1" %2. Remove it from the action plan, with its owner, dates and note? Ctrl+Z brings it back.</source>
        <translation>„%1“ %2. Soll sie mit Verantwortlichen, Terminen und Notiz aus dem Maßnahmenplan entfernt werden? Strg+Z holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>sbr::ui::RecommendationsPage</name>
    <message>
        <source>Target score of the company</source>
        <translation>Zielwert des Unternehmens</translation>
    </message>
    <message>
        <source>75 points correspond to level 3 of 4 on every statement.</source>
        <translation>75 Punkte entsprechen Stufe 3 von 4 bei jeder Aussage.</translation>
    </message>
    <message>
        <source>Recommendations with their measures</source>
        <translation>Empfehlungen mit ihren Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Target of the company:</source>
        <translation>&amp;Zielwert des Unternehmens:</translation>
    </message>
    <message>
        <source>Choose a company or a round to see what would raise its index most.</source>
        <translation>Wählen Sie ein Unternehmen oder eine Runde, um zu sehen, was den Index am stärksten steigern würde.</translation>
    </message>
    <message>
        <source>Every answered statement of %1 meets the target.</source>
        <translation>Alle beantworteten Aussagen von %1 erreichen den Zielwert.</translation>
    </message>
    <message>
        <source>Ranked by index gain: the points the company's index would rise if that statement alone reached the target. Tick a measure to mark it as planned.</source>
        <translation>Sortiert nach Index-Zuwachs, also nach den Punkten, um die der Index des Unternehmens steigen würde, wenn allein diese Aussage den Zielwert erreichte. Setzen Sie bei einer Maßnahme ein Häkchen, um sie als geplant zu markieren.</translation>
    </message>
    <message>
        <source>&amp;Quick wins only</source>
        <translation>Nur &amp;schnelle Erfolge</translation>
    </message>
    <message>
        <source>Recommendations for</source>
        <translation>Empfehlungen für</translation>
    </message>
    <message>
        <source>Only statements with a linked measure of low effort</source>
        <translation>Nur Aussagen mit einer Maßnahme geringen Aufwands</translation>
    </message>
    <message>
        <source>&amp;Recommendations for:</source>
        <translation>&amp;Empfehlungen für:</translation>
    </message>
    <message>
        <source>the company %1</source>
        <translation>das Unternehmen %1</translation>
    </message>
    <message>
        <source>the company</source>
        <translation>das Unternehmen</translation>
    </message>
    <message>
        <source>the department %1</source>
        <translation>die Abteilung %1</translation>
    </message>
    <message>
        <source>%1 has no answers in this round.</source>
        <translation>%1 hat in dieser Runde keine Antworten.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has fewer than %n respondent(s): to keep their answers anonymous, it gets no recommendations of its own. The company's recommendations include its answers.</source>
        <translation>
            <numerusform>%1 hat weniger als %n befragte Person: Damit die Antworten anonym bleiben, erhält die Abteilung keine eigenen Empfehlungen. Die Empfehlungen für das Unternehmen schließen ihre Antworten ein.</numerusform>
            <numerusform>%1 hat weniger als %n befragte Personen: Damit ihre Antworten anonym bleiben, erhält die Abteilung keine eigenen Empfehlungen. Die Empfehlungen für das Unternehmen schließen ihre Antworten ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is hidden to protect another department (otherwise the smaller one could be computed back from the company values), so it gets no recommendations of its own. The company's recommendations include its answers.</source>
        <translation>%1 ist zum Schutz einer anderen Abteilung ausgeblendet (sonst ließe sich die kleinere aus den Werten des Unternehmens zurückrechnen) und erhält daher keine eigenen Empfehlungen. Die Empfehlungen für das Unternehmen schließen ihre Antworten ein.</translation>
    </message>
    <message>
        <source>Every statement of %1 with enough answers meets the company's target.</source>
        <translation>Jede Aussage von %1 mit genügend Antworten erreicht den Zielwert des Unternehmens.</translation>
    </message>
    <message numerus="yes">
        <source>Ranked by index gain: the points the index of %1 would rise if that statement alone reached the company's target. Statements with fewer than %n answer(s) are left out.</source>
        <translation>
            <numerusform>Geordnet nach Index-Zuwachs: so viele Punkte stiege der Index von %1, wenn allein diese Aussage den Zielwert des Unternehmens erreichte. Aussagen mit weniger als %n Antwort fehlen.</numerusform>
            <numerusform>Geordnet nach Index-Zuwachs: so viele Punkte stiege der Index von %1, wenn allein diese Aussage den Zielwert des Unternehmens erreichte. Aussagen mit weniger als %n Antworten fehlen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::ReportDialog</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF s&amp;peichern…</translation>
    </message>
    <message>
        <source>Management report – %1</source>
        <translation>Management-Bericht – %1</translation>
    </message>
    <message>
        <source>Departments in the report</source>
        <translation>Abteilungen im Bericht</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Runde:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>&amp;Abteilungen:</translation>
    </message>
    <message>
        <source>Preview of the report pages</source>
        <translation>Vorschau der Berichtsseiten</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>A4, pages: %1. Departments with fewer than %2 respondents show "too few respondents" instead of numbers.</source>
        <translation>A4, Seiten: %1. Abteilungen mit weniger als %2 Befragten erscheinen mit „zu wenige Antworten“ statt mit Zahlen.</translation>
    </message>
    <message>
        <source>Recommendations &amp;per department</source>
        <translation>Empfehlungen &amp;je Abteilung</translation>
    </message>
    <message>
        <source>What would lift each listed department most, and its quick wins</source>
        <translation>Was jede aufgeführte Abteilung am meisten voranbrächte, und ihre schnellen Erfolge</translation>
    </message>
    <message>
        <source>Social business report %1 %2.pdf</source>
        <translation>Social-Business-Bericht %1 %2.pdf</translation>
    </message>
</context>
<context>
    <name>sbr::ui::SavedNotice</name>
    <message>
        <source>Saved: %1 – &lt;a href="%2"&gt;Open&lt;/a&gt;</source>
        <translation>Gespeichert: %1 – &lt;a href="%2"&gt;Öffnen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>sbr::ui::TeamConnectDialog</name>
    <message>
        <source>Enter the name of the server, e.g. db.example.org.</source>
        <translation>Geben Sie den Namen des Servers ein, z. B. db.example.org.</translation>
    </message>
    <message>
        <source>Enter the database of the team workspace; IT tells you its name.</source>
        <translation>Geben Sie die Datenbank des Teamarbeitsbereichs ein; ihren Namen nennt Ihnen die IT.</translation>
    </message>
    <message>
        <source>Enter your login on the server.</source>
        <translation>Geben Sie Ihre Anmeldung (Benutzername) auf dem Server ein.</translation>
    </message>
    <message>
        <source>Without encryption only a server on this computer (localhost) may be used. Choose an encrypted connection for %1.</source>
        <translation>Ohne Verschlüsselung ist nur ein Server auf diesem Computer (localhost) erlaubt. Wählen Sie für %1 eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file (.pem) that IT gave you, or the encryption without the check of the certificate.</source>
        <translation>Wählen Sie die CA-Zertifikatsdatei (.pem), die Sie von der IT erhalten haben, oder die Verschlüsselung ohne Prüfung des Zertifikats.</translation>
    </message>
    <message>
        <source>"%1" is not the name of a server.</source>
        <translation>„%1“ ist kein Servername.</translation>
    </message>
    <message>
        <source>The server %1 did not accept this password. Type the password of %2 again:</source>
        <translation>Der Server %1 hat dieses Passwort nicht angenommen. Geben Sie das Passwort von %2 erneut ein:</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2:</source>
        <translation>Der Server %1 verlangt das Passwort von %2:</translation>
    </message>
    <message>
        <source>It is used for this connection only and is not stored.</source>
        <translation>Es wird nur für diese Verbindung verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <source>Team workspace: password</source>
        <translation>Teamarbeitsbereich: Passwort</translation>
    </message>
    <message>
        <source>Not connected: no password was given.</source>
        <translation>Nicht verbunden: Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>The database %1 on %2 holds no team workspace yet. Ask IT to set it up there with
sbradar-cli team init %3</source>
        <translation>Die Datenbank %1 auf %2 enthält noch keinen Teamarbeitsbereich. Bitten Sie die IT, ihn dort einzurichten mit
sbradar-cli team init %3</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Connect to team workspace</source>
        <translation>Mit Teamarbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>Encrypted (required)</source>
        <translation>Verschlüsselt (erforderlich)</translation>
    </message>
    <message>
        <source>Encrypted, the server's certificate checked (CA file)</source>
        <translation>Verschlüsselt, Zertifikat des Servers geprüft (CA-Datei)</translation>
    </message>
    <message>
        <source>Off – only for a server on this computer</source>
        <translation>Aus – nur für einen Server auf diesem Computer</translation>
    </message>
    <message>
        <source>Ask IT which one: a certificate check protects against a false server in the network.</source>
        <translation>Fragen Sie die IT, welche Einstellung gilt: Die Prüfung des Zertifikats schützt vor einem falschen Server im Netz.</translation>
    </message>
    <message>
        <source>The password comes from ~/.pgpass. If there is none, you are asked for it when connecting; it is never stored.</source>
        <translation>Das Passwort kommt aus ~/.pgpass. Steht dort keines, werden Sie beim Verbinden danach gefragt; gespeichert wird es nie.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>A&amp;nmeldung:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>sbr::ui::WorkshopController</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Choose the department (or group) of a round in the navigator first: its answers are what the workshop collects.</source>
        <translation>Wählen Sie zuerst im Navigator die Abteilung (oder Gruppe) einer Runde: Der Workshop sammelt deren Antworten.</translation>
    </message>
    <message>
        <source>Start the workshop</source>
        <translation>Workshop starten</translation>
    </message>
    <message>
        <source>&amp;Live voting from participants' phones</source>
        <translation>&amp;Live-Abstimmung über die Smartphones der Teilnehmenden</translation>
    </message>
    <message>
        <source>%1 (this computer in the network)</source>
        <translation>%1 (dieser Computer im Netzwerk)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only, for trying out)</source>
        <translation>127.0.0.1 (nur dieser Computer, zum Ausprobieren)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>End the workshop</source>
        <translation>Workshop beenden</translation>
    </message>
    <message>
        <source>S&amp;creen:</source>
        <translation>&amp;Bildschirm:</translation>
    </message>
    <message>
        <source>The voting server cannot start (%1). Choose another port or network.</source>
        <translation>Der Abstimmungsserver kann nicht starten (%1). Wählen Sie einen anderen Port oder ein anderes Netzwerk.</translation>
    </message>
    <message numerus="yes">
        <source>Workshop votes for %1 (%n respondent(s))</source>
        <translation>
            <numerusform>Workshop-Stimmen für %1 (%n befragte Person)</numerusform>
            <numerusform>Workshop-Stimmen für %1 (%n befragte Personen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>One person, one voice: how many participants may join from one phone or network address. Raise it when the room shares one address (a guest network behind one router).</source>
        <translation>Eine Person, eine Stimme: wie viele Teilnehmende von einem Smartphone bzw. einer Netzwerkadresse beitreten dürfen. Erhöhen Sie den Wert, wenn sich der ganze Raum eine Adresse teilt (Gästenetz hinter einem Router).</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>The size of the group: nobody joins beyond it, and the slides show how many joined.</source>
        <translation>Die Größe der Gruppe: darüber hinaus kann niemand beitreten, und die Folien zeigen, wie viele beigetreten sind.</translation>
    </message>
    <message>
        <source>Participants per &amp;address:</source>
        <translation>Teilnehmende je &amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Expected participants:</source>
        <translation>&amp;Erwartete Teilnehmende:</translation>
    </message>
    <message>
        <source>The workshop cannot keep its votes in the workspace (%1), so it does not start.</source>
        <translation>Der Workshop kann seine Stimmen nicht im Arbeitsbereich sichern (%1) und startet deshalb nicht.</translation>
    </message>
    <message>
        <source>Storing the votes</source>
        <translation>Stimmen speichern</translation>
    </message>
    <message>
        <source>&amp;Stop waiting</source>
        <translation>Warten &amp;abbrechen</translation>
    </message>
    <message>
        <source>The workspace is in use by another program or window. Waiting for it to store the votes (%1 of at most %2 seconds) …</source>
        <translation>Der Arbeitsbereich wird von einem anderen Programm oder Fenster benutzt. Es wird gewartet, um die Stimmen zu speichern (%1 von höchstens %2 Sekunden) …</translation>
    </message>
    <message>
        <source>The votes were not stored: %1

The session stays open and its votes are safe in the workspace. End it again when the workspace is free; if you quit, the votes are offered the next time you open the workspace.</source>
        <translation>Die Stimmen wurden nicht gespeichert: %1

Der Workshop bleibt offen, und seine Stimmen sind im Arbeitsbereich gesichert. Beenden Sie ihn erneut, wenn der Arbeitsbereich frei ist; wenn Sie das Programm schließen, werden die Stimmen beim nächsten Öffnen des Arbeitsbereichs angeboten.</translation>
    </message>
    <message>
        <source>A workshop is running</source>
        <translation>Ein Workshop läuft</translation>
    </message>
    <message numerus="yes">
        <source>The workshop for %1 (%2) is still running; %n participant(s) voted.</source>
        <translation>
            <numerusform>Der Workshop für %1 (%2) läuft noch; %n Person hat abgestimmt.</numerusform>
            <numerusform>Der Workshop für %1 (%2) läuft noch; %n Personen haben abgestimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Store the votes and quit</source>
        <translation>Stimmen &amp;speichern und beenden</translation>
    </message>
    <message>
        <source>&amp;Keep the session for later and quit</source>
        <translation>Workshop für später &amp;aufheben und beenden</translation>
    </message>
    <message numerus="yes">
        <source>The workshop of %1 for %2 (%3, round %4) did not end: %n participant(s) voted, and their votes are kept in the workspace. What should happen with them?</source>
        <translation>
            <numerusform>Der Workshop vom %1 für %2 (%3, Runde %4) wurde nicht beendet: %n Person hat abgestimmt, und die Stimme ist im Arbeitsbereich gesichert. Was soll damit geschehen?</numerusform>
            <numerusform>Der Workshop vom %1 für %2 (%3, Runde %4) wurde nicht beendet: %n Personen haben abgestimmt, und ihre Stimmen sind im Arbeitsbereich gesichert. Was soll damit geschehen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished workshop</source>
        <translation>Nicht beendeter Workshop</translation>
    </message>
    <message>
        <source>&amp;Store the votes</source>
        <translation>Stimmen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Resume the workshop</source>
        <translation>Workshop &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard the votes</source>
        <translation>Stimmen &amp;verwerfen</translation>
    </message>
    <message>
        <source>The votes were not stored: %1

They stay in the workspace and are offered again the next time you open it.</source>
        <translation>Die Stimmen wurden nicht gespeichert: %1

Sie bleiben im Arbeitsbereich und werden beim nächsten Öffnen wieder angeboten.</translation>
    </message>
    <message numerus="yes">
        <source>Discard the votes of %n participant(s) for good?</source>
        <translation>
            <numerusform>Die Stimme von %n Person endgültig verwerfen?</numerusform>
            <numerusform>Die Stimmen von %n Personen endgültig verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The workshop cannot be resumed: its company or round is no longer in the workspace. Its votes stay there.</source>
        <translation>Der Workshop kann nicht fortgesetzt werden: Sein Unternehmen oder seine Runde ist nicht mehr im Arbeitsbereich. Seine Stimmen bleiben dort.</translation>
    </message>
    <message>
        <source>&amp;Departments voting:</source>
        <translation>Abstimmende &amp;Abteilungen:</translation>
    </message>
    <message>
        <source>A mixed group: tick every department whose members take part. Each participant picks their department once on the phone and is stored in it.</source>
        <translation>Gemischte Gruppe: Haken Sie jede Abteilung an, deren Mitglieder teilnehmen. Jede Person wählt ihre Abteilung einmal auf dem Smartphone und wird in ihr gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Store the votes of %n participant(s) as anonymous respondents of %1 (%2)? You can undo this afterwards with Ctrl+Z.</source>
        <translation>
            <numerusform>Die Stimmen von %n teilnehmenden Person als anonyme befragte Person von %1 (%2) speichern? Mit Strg+Z können Sie das anschließend rückgängig machen.</numerusform>
            <numerusform>Die Stimmen von %n Teilnehmenden als anonyme befragte Personen von %1 (%2) speichern? Mit Strg+Z können Sie das anschließend rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the votes of %n participant(s)?</source>
        <translation>
            <numerusform>Die Stimmen von %n teilnehmenden Person verwerfen?</numerusform>
            <numerusform>Die Stimmen von %n Teilnehmenden verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>sbr::ui::WorkspaceActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Kopie speichern unter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>New &amp;company…</source>
        <translation>Neues &amp;Unternehmen…</translation>
    </message>
    <message>
        <source>New &amp;department…</source>
        <translation>Neue &amp;Abteilung…</translation>
    </message>
    <message>
        <source>New r&amp;ound…</source>
        <translation>Neue Run&amp;de…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>U&amp;mbenennen…</translation>
    </message>
    <message>
        <source>Change round &amp;date…</source>
        <translation>Datum der Runde ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Set &amp;target…</source>
        <translation>&amp;Zielwert festlegen…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>(no workspaces opened yet)</source>
        <translation>(noch keine Arbeitsbereiche geöffnet)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another name: a new workspace never replaces a file.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen: Ein neuer Arbeitsbereich ersetzt nie eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save a copy of the workspace</source>
        <translation>Kopie des Arbeitsbereichs speichern</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Choose another file than the open workspace.</source>
        <translation>Wählen Sie eine andere Datei als den geöffneten Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>Die Kopie konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Neues Unternehmen</translation>
    </message>
    <message>
        <source>Name of the company:</source>
        <translation>Name des Unternehmens:</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>Neue Abteilung</translation>
    </message>
    <message>
        <source>Name of the department of %1:</source>
        <translation>Name der neuen Abteilung von %1:</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation>Abteilung umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Rename round</source>
        <translation>Runde umbenennen</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>Neue Bezeichnung:</translation>
    </message>
    <message>
        <source>Rename company</source>
        <translation>Unternehmen umbenennen</translation>
    </message>
    <message>
        <source>Change round date</source>
        <translation>Datum der Runde ändern</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target score of %1 (0–100; 75 means level 3 of 4):</source>
        <translation>Zielwert für %1 (0–100; 75 entspricht Stufe 3 von 4):</translation>
    </message>
    <message>
        <source>Please enter a number from 0 to 100.</source>
        <translation>Bitte geben Sie eine Zahl von 0 bis 100 ein.</translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation>Abteilung löschen</translation>
    </message>
    <message>
        <source>Delete the department "%1" with its answers in every round? Ctrl+Z brings it back.</source>
        <translation>Abteilung „%1“ mit ihren Antworten in allen Runden löschen? Mit Strg+Z lässt sie sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>Runde löschen</translation>
    </message>
    <message>
        <source>Delete the round "%1" with all of its answers? Ctrl+Z brings it back.</source>
        <translation>Runde „%1“ mit allen Antworten löschen? Mit Strg+Z lässt sie sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>Unternehmen löschen</translation>
    </message>
    <message>
        <source>Delete the company "%1" with all of its departments, rounds and answers? Ctrl+Z brings it back.</source>
        <translation>Unternehmen „%1“ mit allen Abteilungen, Runden und Antworten löschen? Mit Strg+Z lässt es sich wiederherstellen.</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Bericht &amp;exportieren (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <source>&amp;Present and vote…</source>
        <translation>&amp;Präsentieren und abstimmen…</translation>
    </message>
    <message>
        <source>Show the department's questionnaire on a projector and let participants vote from their phones (F5)</source>
        <translation>Den Fragebogen der Abteilung mit dem Beamer zeigen und die Teilnehmenden auf ihren Smartphones abstimmen lassen (F5)</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Werte exportieren</translation>
    </message>
    <message>
        <source>Excel workbook, one sheet per level (*.xlsx);;CSV, one row per department and round (*.csv)</source>
        <translation>Excel-Arbeitsmappe, ein Tabellenblatt je Ebene (*.xlsx);;CSV, eine Zeile je Abteilung und Runde (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;scores of the company (Excel, CSV)…</source>
        <translation>&amp;Werte des Unternehmens exportieren (Excel, CSV)…</translation>
    </message>
    <message>
        <source>Export scores of &amp;all companies (Excel, CSV)…</source>
        <translation>Werte &amp;aller Unternehmen exportieren (Excel, CSV)…</translation>
    </message>
    <message>
        <source>Export scores of all companies</source>
        <translation>Werte aller Unternehmen exportieren</translation>
    </message>
    <message>
        <source>Export scores of %1</source>
        <translation>Werte von %1 exportieren</translation>
    </message>
    <message>
        <source>&amp;Import answers (CSV, Excel)…</source>
        <translation>Antworten &amp;importieren (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Answer files (*.csv *.txt *.xlsx);;CSV and text files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Antwortdateien (*.csv *.txt *.xlsx);;CSV- und Textdateien (*.csv *.txt);;Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Distribute questionnaire…</source>
        <translation>Fragebogen &amp;verteilen…</translation>
    </message>
    <message>
        <source>Conclusion&amp;s on the round…</source>
        <translation>&amp;Fazit zur Runde…</translation>
    </message>
    <message>
        <source>Scores.xlsx</source>
        <translation>Werte.xlsx</translation>
    </message>
    <message>
        <source>Scores %1.xlsx</source>
        <translation>Werte %1.xlsx</translation>
    </message>
    <message>
        <source>Connect to &amp;team workspace…</source>
        <translation>Mit &amp;Teamarbeitsbereich verbinden…</translation>
    </message>
    <message>
        <source>Open a team workspace on the company's PostgreSQL server</source>
        <translation>Einen Teamarbeitsbereich auf dem PostgreSQL-Server des Unternehmens öffnen</translation>
    </message>
</context>
<context>
    <name>sbr::ui::WorkspaceController</name>
    <message>
        <source>The change was not saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 is open in another window of Social Business Radar. Edit it there, open it here for reading only, or save a copy and work on that.</source>
        <translation>%1 ist in einem anderen Fenster von Social Business Radar geöffnet. Bearbeiten Sie den Arbeitsbereich dort, öffnen Sie ihn hier nur zum Lesen oder speichern Sie eine Kopie und arbeiten Sie mit dieser.</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig nicht möglich</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Wiederholen nicht möglich</translation>
    </message>
    <message>
        <source>The step was taken off the undo history; the workspace is as it was before.</source>
        <translation>Der Schritt wurde aus dem Verlauf entfernt; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Undoing %1 is not possible.</source>
        <translation>%1: Rückgängigmachen nicht möglich.</translation>
    </message>
    <message>
        <source>Redoing %1 is not possible.</source>
        <translation>%1: Wiederholen nicht möglich.</translation>
    </message>
    <message>
        <source>The workspace is damaged</source>
        <translation>Der Arbeitsbereich ist beschädigt</translation>
    </message>
</context>
<context>
    <name>sbr::ui::commands</name>
    <message>
        <source>Change answer</source>
        <translation>Antwort ändern</translation>
    </message>
    <message>
        <source>Change comment</source>
        <translation>Kommentar ändern</translation>
    </message>
    <message>
        <source>Add respondent "%1"</source>
        <translation>Befragte Person „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename respondent "%1"</source>
        <translation>Befragte Person „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Remove respondent "%1"</source>
        <translation>Befragte Person „%1“ entfernen</translation>
    </message>
    <message>
        <source>New company "%1"</source>
        <translation>Neues Unternehmen „%1“</translation>
    </message>
    <message>
        <source>Rename company "%1"</source>
        <translation>Unternehmen „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete company "%1"</source>
        <translation>Unternehmen „%1“ löschen</translation>
    </message>
    <message>
        <source>New department "%1"</source>
        <translation>Neue Abteilung „%1“</translation>
    </message>
    <message>
        <source>Rename department "%1"</source>
        <translation>Abteilung „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete department "%1"</source>
        <translation>Abteilung „%1“ löschen</translation>
    </message>
    <message>
        <source>New round "%1"</source>
        <translation>Neue Runde „%1“</translation>
    </message>
    <message>
        <source>Change round "%1"</source>
        <translation>Runde „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete round "%1"</source>
        <translation>Runde „%1“ löschen</translation>
    </message>
    <message>
        <source>Change target of "%1"</source>
        <translation>Zielwert von „%1“ ändern</translation>
    </message>
    <message numerus="yes">
        <source>"%1" now holds %n respondent(s) recorded after it was created. Undo would delete them, so it was not undone; delete "%1" yourself if that is meant.</source>
        <translation>
            <numerusform>„%1“ enthält inzwischen %n befragte Person, die nach dem Anlegen erfasst wurde. Das Rückgängigmachen würde sie löschen und wurde deshalb nicht ausgeführt; löschen Sie „%1“ selbst, wenn das gewollt ist.</numerusform>
            <numerusform>„%1“ enthält inzwischen %n befragte Personen, die nach dem Anlegen erfasst wurden. Das Rückgängigmachen würde sie löschen und wurde deshalb nicht ausgeführt; löschen Sie „%1“ selbst, wenn das gewollt ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minimum group size %1</source>
        <translation>Mindestgruppengröße %1</translation>
    </message>
    <message>
        <source>Change conclusions</source>
        <translation>Fazit ändern</translation>
    </message>
    <message>
        <source>Add "%1" to the plan</source>
        <translation>„%1“ in den Plan aufnehmen</translation>
    </message>
    <message>
        <source>Remove "%1" from the plan</source>
        <translation>„%1“ aus dem Plan entfernen</translation>
    </message>
    <message>
        <source>Take up "%1" again</source>
        <translation>„%1“ wieder aufnehmen</translation>
    </message>
</context>
<context>
    <name>sbr::workshop::VotingServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>Port %2 auf %1 kann nicht geöffnet werden: %3</translation>
    </message>
</context>
<context>
    <name>sbr::workshop::WorkshopStore</name>
    <message>
        <source>there is no company "%1" in the workspace</source>
        <translation>im Arbeitsbereich gibt es kein Unternehmen „%1“</translation>
    </message>
    <message>
        <source>company "%1" has no round "%2"</source>
        <translation>das Unternehmen „%1“ hat keine Runde „%2“</translation>
    </message>
    <message>
        <source>the department name is empty</source>
        <translation>der Name der Abteilung ist leer</translation>
    </message>
    <message>
        <source>The workshop session of %1 cannot be stored: %2. Its votes stay in the workspace.</source>
        <translation>Der Workshop vom %1 kann nicht gespeichert werden: %2. Seine Stimmen bleiben im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>the department "%1" differs from "%2" only in upper and lower case; did you mean "%2"?</source>
        <translation>die Abteilung „%1“ unterscheidet sich von „%2“ nur in der Groß- und Kleinschreibung; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>did you mean "%1"?</source>
        <translation>meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>the departments "%1" and "%2" differ only in upper and lower case</source>
        <translation>die Abteilungen „%1“ und „%2“ unterscheiden sich nur in Groß- und Kleinschreibung</translation>
    </message>
</context>
</TS>
