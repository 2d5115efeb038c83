<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English is the source language; this file only gives the plural forms of counted texts.
     It is maintained by hand: add a message here when a new tr(…, n) text appears. -->
<TS version="2.1" language="en_GB">
<context>
    <name>sbr::cli</name>
    <message numerus="yes">
        <source>Wrote %1: the report on %2 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1: the report on %2 (%n page).</numerusform>
            <numerusform>Wrote %1: the report on %2 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::ImportDialog</name>
    <message numerus="yes">
        <source>The file has %n error(s). Nothing will be imported until they are corrected.</source>
        <translation>
            <numerusform>The file has %n error. Nothing will be imported until it is corrected.</numerusform>
            <numerusform>The file has %n errors. Nothing will be imported until they are corrected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::AssessmentPage</name>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::BenchmarkPage</name>
    <message numerus="yes">
        <source>%1, round %2: %n peer company(ies) had a round by %3. A comparison needs at least five.</source>
        <translation>
            <numerusform>%1, round %2: %n peer company had a round by %3. A comparison needs at least five.</numerusform>
            <numerusform>%1, round %2: %n peer companies had a round by %3. A comparison needs at least five.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, round %2, compared with %n peer company(ies): each with its latest round on or before %3. Percentile 50 means half of the peers are below.</source>
        <translation>
            <numerusform>%1, round %2, compared with %n peer company: its latest round on or before %3. Percentile 50 means half of the peers are below.</numerusform>
            <numerusform>%1, round %2, compared with %n peer companies: each with its latest round on or before %3. Percentile 50 means half of the peers are below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n peer company(ies):
too few for a comparison</source>
        <translation>
            <numerusform>%n peer company:
too few for a comparison</numerusform>
            <numerusform>%n peer companies:
too few for a comparison</numerusform>
        </translation>
    </message>
</context>
</TS>
