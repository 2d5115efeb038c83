<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Social-business readiness workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::Scale</name>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::cli</name>
    <message>
        <source>Creates a new, empty workspace file. It never overwrites an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this questionnaire instead of the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the questionnaire %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with the questionnaire &quot;%2&quot; (%3 dimensions, %4 items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a workspace with demo data: a machine builder assessed in three rounds and nine peer companies for the benchmark. It never overwrites an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 with demo data: %2 companies, %3 rounds, %4 answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the questionnaire of a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it in the questionnaire JSON format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, weight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (weight %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures, %2 reference figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports answers from a CSV file (long or wide form). Either the whole file is imported or, on any error, nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what would be imported, without writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the answers of respondents who are already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip columns that are neither keys nor item ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported; correct the file and run the import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers of %2 respondents (%3 new companies, %4 new departments, %5 new rounds, %6 respondents replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the file is valid; importing it would add %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the scores of every company and round: departments, company level, benchmark against the other companies of the workspace, and recommendations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this company (the benchmark still uses all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON as described in the documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target score for the recommendations (0..100), for every company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target expects a number from 0 to 100, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no company &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no round &quot;%1&quot; in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company &quot;%1&quot; has no round &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds no assessments yet. Import answers with &quot;sbradar-cli import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fewer than %1 respondents: hidden in reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top recommendations (target %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 index points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sbradar-cli COMMAND [OPTIONS]

Social Business Radar on the command line: workspaces, imports and scores.

Commands:
  init WS [--questionnaire Q.json]   create a new workspace (built-in questionnaire or Q.json)
  demo WS                            create a workspace filled with demo data
  questionnaire WS [--json]          print the workspace&apos;s questionnaire
  import WS FILE.csv [--dry-run] [--replace] [--ignore-unknown-columns]
                                     import answers (long or wide CSV), all or nothing
  score WS [--company NAME] [--round LABEL] [--json] [--target T]
                                     print scores, benchmark and recommendations

Run &quot;sbradar-cli COMMAND --help&quot; for the options of a command.
Exit codes: 0 success, 1 usage error, 2 bad input data, 3 workspace problem.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; expected one of init, demo, questionnaire, import, score (run &quot;sbradar-cli --help&quot; for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run &quot;sbradar-cli --help&quot; for the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::cli::Options</name>
    <message>
        <source>usage: sbradar-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sbradar-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 argument(s), got %2; usage: sbradar-cli %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty file name was given; usage: sbradar-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::io</name>
    <message>
        <source>not valid JSON (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;min&quot; and &quot;max&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min must be smaller than max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 101 levels are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; ids must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least three dimensions (a radar needs three axes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice; item ids must be unique in the whole questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; does not exist in &quot;measures&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::io::AnswerImport</name>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more errors follow; only the first %2 are listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::io::CsvReader</name>
    <message>
        <source>found a NUL byte: this looks like a binary file (or UTF-16 text), not a CSV text file; expected UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found invalid UTF-8 (byte 0x%1); the file must be saved as UTF-8 text (in Excel: &quot;CSV UTF-8 (comma delimited)&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return not followed by a line feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the byte 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quote opened on line %1 is never closed: the file ends inside this quoted field; expected a closing quote (&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected %1 after the closing quote of a quoted field; expected the delimiter &apos;%2&apos; or the end of the line (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found a quote (&quot;) inside an unquoted field; expected the whole field to be quoted, with each quote inside it doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::io::Importer</name>
    <message>
        <source>the file is empty; expected a header line such as company,department,round,date,respondent,item,level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header lacks the column(s) %1; expected company,department,round,date,respondent and either item,level (long form) or one column per item id (wide form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the long form has only company,department,round,date,respondent,item,level (use --ignore-unknown-columns to skip it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a key column nor an item id of the questionnaire (use --ignore-unknown-columns to skip it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names no item of the questionnaire; expected item ids such as &quot;%1&quot; as columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty; every row needs a company, department, round, date and respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; expected YYYY-MM-DD, e.g. 2026-03-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round &quot;%1&quot; of &quot;%2&quot; is dated %3 on line %4 but %5 here; a round has one date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round &quot;%1&quot; of &quot;%2&quot; is dated %3 in the workspace, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the date of round &quot;%2&quot; of &quot;%3&quot;; each round of a company needs its own date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respondent &quot;%1&quot; is already recorded for %2 in round &quot;%3&quot; of &quot;%4&quot;; use --replace to replace their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>respondent &quot;%1&quot; answered item &quot;%2&quot; already on line %3; each respondent answers an item once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, or empty or n/a for not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1 fields but the header has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id of the questionnaire &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::io::Reader</name>
    <message>
        <source>must be a non-empty text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of texts per language, e.g. {&quot;de&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of lists per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list exactly %1 texts, one per level of the scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::storage</name>
    <message>
        <source>There is no workspace at %1. Check the path, or create one with &quot;init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. It is not a Social Business Radar workspace; perhaps saving it was interrupted. Open a backup copy instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Social Business Radar workspace (it is not a database file at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Social Business Radar workspace. It was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Social Business Radar (file format %2; this version reads up to %3). Please update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: the file is shorter than its contents say (truncated). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::storage::Workspace</name>
    <message>
        <source>%1 is damaged and cannot be used (%2). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program or window. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; %1 was not changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed because the workspace changed meanwhile (%2). Nothing was written; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its questionnaire is missing or invalid (%2). Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its item list does not match its questionnaire. Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already and was left unchanged. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created (it appeared meanwhile, or the folder is not writable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the anonymity threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is inconsistent: an assessment joins a round and a department of different companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round &quot;%1&quot; has another date in the workspace than in the data (%2). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent &quot;%1&quot; is already recorded in this assessment. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::ui::CompanyOverviewModel</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentile among peers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sbr::ui::MainWindow</name>
    <message>
        <source>Companies and rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Business Radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Social Business Radar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Business Radar workspaces (*.sbradar);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1: %2 companies, %3 rounds. Questionnaire: %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
