<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voter(s)</source>
        <translation>
            <numerusform>%n voter</numerusform>
            <numerusform>%n voters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s)</source>
        <translation>
            <numerusform>%n respondent</numerusform>
            <numerusform>%n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n respondent(s)</source>
        <translation>
            <numerusform>of %n respondent</numerusform>
            <numerusform>of %n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies)</source>
        <translation>
            <numerusform>%n new company</numerusform>
            <numerusform>%n new companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new department(s)</source>
        <translation>
            <numerusform>%n new department</numerusform>
            <numerusform>%n new departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s)</source>
        <translation>
            <numerusform>%n new round</numerusform>
            <numerusform>%n new rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) replaced</source>
        <translation>
            <numerusform>%n respondent replaced</numerusform>
            <numerusform>%n respondents replaced</numerusform>
        </translation>
    </message>
<message numerus="yes">
        <source>Wrote %1: the paper questionnaire (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1: the paper questionnaire (%n page).</numerusform>
            <numerusform>Wrote %1: the paper questionnaire (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the answer workbook, %n answer column(s).</source>
        <translation>
            <numerusform>Wrote %1: the answer workbook, %n answer column.</numerusform>
            <numerusform>Wrote %1: the answer workbook, %n answer columns.</numerusform>
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
        <source>Not shown:
fewer than %n respondent(s) in the company</source>
        <translation>
            <numerusform>Not shown:
fewer than %n respondent in the company</numerusform>
            <numerusform>Not shown:
fewer than %n respondents in the company</numerusform>
        </translation>
    </message>
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
<context>
    <name>sbr::ui::PresentationWindow</name>
    <message numerus="yes">
        <source>Before the discussion: %n vote(s)</source>
        <translation>
            <numerusform>Before the discussion: %n vote</numerusform>
            <numerusform>Before the discussion: %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After the discussion: %n voted again</source>
        <translation>
            <numerusform>After the discussion: %n voted again</numerusform>
            <numerusform>After the discussion: %n voted again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) an address</source>
        <translation>
            <numerusform>%n shares an address</numerusform>
            <numerusform>%n share an address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) · mean %1</source>
        <translation>
            <numerusform>%n vote · mean %1</numerusform>
            <numerusform>%n votes · mean %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::report</name>
    <message numerus="yes">
        <source>%Ln measure(s) overdue on %1: due before that date and not done.</source>
        <translation>
            <numerusform>%Ln measure is overdue on %1: it was due before that date and is not done.</numerusform>
            <numerusform>%Ln measures are overdue on %1: they were due before that date and are not done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln respondent(s): to keep their answers anonymous, no recommendations of its own are shown; the company's recommendations include its answers.</source>
        <translation>
            <numerusform>Fewer than %Ln respondent: to keep their answers anonymous, no recommendations of its own are shown; the company's recommendations include its answers.</numerusform>
            <numerusform>Fewer than %Ln respondents: to keep their answers anonymous, no recommendations of its own are shown; the company's recommendations include its answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each department, the statements that would lift its own index most if they alone reached the company's target of %1 points, and the quick wins among them. Statements with fewer than %Ln answer(s) are left out; departments hidden for anonymity have none.</source>
        <translation>
            <numerusform>For each department, the statements that would lift its own index most if they alone reached the company's target of %1 points, and the quick wins among them. Statements with fewer than %Ln answer are left out; departments hidden for anonymity have none.</numerusform>
            <numerusform>For each department, the statements that would lift its own index most if they alone reached the company's target of %1 points, and the quick wins among them. Statements with fewer than %Ln answers are left out; departments hidden for anonymity have none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other departments (%Ln respondents)</source>
        <translation>
            <numerusform>Other departments (%Ln respondent)</numerusform>
            <numerusform>Other departments (%Ln respondents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln person(s) answered in this round in the whole company: to keep their answers anonymous, this report shows no company values for it.</source>
        <translation>
            <numerusform>Fewer than %Ln person answered in this round in the whole company: to keep the answers anonymous, this report shows no company values for it.</numerusform>
            <numerusform>Fewer than %Ln people answered in this round in the whole company: to keep their answers anonymous, this report shows no company values for it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Company values over all %Ln department(s)</source>
        <translation>
            <numerusform>Company values over %Ln department</numerusform>
            <numerusform>Company values over all %Ln departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not listed in this report.</source>
        <translation>
            <numerusform>%Ln not listed in this report.</numerusform>
            <numerusform>%Ln not listed in this report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Results of departments with fewer than %Ln respondent(s) are not shown in this report: %1 stands in their place. So that they cannot be computed back from the company's figures, a further small department may be hidden with them, marked %2; together they appear as "other departments" when they hold at least %Ln respondent(s). Statement values of a department that fewer than %Ln people answered are not shown, nor are changes against a round in which a department was hidden.</source>
        <translation>
            <numerusform>Results of departments with fewer than %Ln respondent are not shown in this report: %1 stands in their place. So that they cannot be computed back from the company's figures, a further small department may be hidden with them, marked %2; together they appear as "other departments" when they hold at least %Ln respondent. Statement values of a department that fewer than %Ln person answered are not shown, nor are changes against a round in which a department was hidden.</numerusform>
            <numerusform>Results of departments with fewer than %Ln respondents are not shown in this report: %1 stands in their place. So that they cannot be computed back from the company's figures, a further small department may be hidden with them, marked %2; together they appear as "other departments" when they hold at least %Ln respondents. Statement values of a department that fewer than %Ln people answered are not shown, nor are changes against a round in which a department was hidden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln department(s)</source>
        <translation>
            <numerusform>%Ln department</numerusform>
            <numerusform>%Ln departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>percentile among %Ln peer company(ies)</source>
        <translation>
            <numerusform>percentile among %Ln peer company</numerusform>
            <numerusform>percentile among %Ln peer companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A comparison needs at least five peer companies; the workspace has %Ln for this round.</source>
        <translation>
            <numerusform>A comparison needs at least five peer companies; the workspace has %Ln for this round.</numerusform>
            <numerusform>A comparison needs at least five peer companies; the workspace has %Ln for this round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>among %Ln peer company(ies)</source>
        <translation>
            <numerusform>among %Ln peer company</numerusform>
            <numerusform>among %Ln peer companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more statement(s) below the target.</source>
        <translation>
            <numerusform>%Ln more statement is below the target.</numerusform>
            <numerusform>%Ln more statements are below the target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
<message numerus="yes">
        <source>Results of departments with fewer than %Ln respondent(s) are not shown in this report: %1 stands in their place. So that they cannot be computed back from the company's figures, a further small department may be hidden with them; together they appear as "other departments" when they hold at least %Ln respondent(s). Statement values of a department that fewer than %Ln people answered are not shown, nor are changes against a round in which a department was hidden.</source>
        <translation>
            <numerusform>Results of departments with fewer than %Ln respondent are not shown in this report: %1 stands in their place. So that they cannot be computed back from the company's figures, a further small department may be hidden with them; together they appear as "other departments" when they hold at least %Ln respondent. Statement values of a department that fewer than %Ln person answered are not shown, nor are changes against a round in which a department was hidden.</numerusform>
            <numerusform>Results of departments with fewer than %Ln respondents are not shown in this report: %1 stands in their place. So that they cannot be computed back from the company's figures, a further small department may be hidden with them; together they appear as "other departments" when they hold at least %Ln respondents. Statement values of a department that fewer than %Ln people answered are not shown, nor are changes against a round in which a department was hidden.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>sbr::ui::ImportDialog</name>
    <message numerus="yes">
        <source>Import of %1 (%n respondent(s))</source>
        <translation>
            <numerusform>Import of %1 (%n respondent)</numerusform>
            <numerusform>Import of %1 (%n respondents)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::WorkshopController</name>
    <message numerus="yes">
        <source>Workshop votes for %1 (%n respondent(s))</source>
        <translation>
            <numerusform>Workshop votes for %1 (%n respondent)</numerusform>
            <numerusform>Workshop votes for %1 (%n respondents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workshop for %1 (%2) is still running; %n participant(s) voted.</source>
        <translation>
            <numerusform>The workshop for %1 (%2) is still running; %n participant voted.</numerusform>
            <numerusform>The workshop for %1 (%2) is still running; %n participants voted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The workshop of %1 for %2 (%3, round %4) did not end: %n participant(s) voted, and their votes are kept in the workspace. What should happen with them?</source>
        <translation>
            <numerusform>The workshop of %1 for %2 (%3, round %4) did not end: %n participant voted, and the vote is kept in the workspace. What should happen with it?</numerusform>
            <numerusform>The workshop of %1 for %2 (%3, round %4) did not end: %n participants voted, and their votes are kept in the workspace. What should happen with them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the votes of %n participant(s) for good?</source>
        <translation>
            <numerusform>Discard the votes of %n participant for good?</numerusform>
            <numerusform>Discard the votes of %n participants for good?</numerusform>
        </translation>
    </message>
<message numerus="yes">
        <source>Store the votes of %n participant(s) as anonymous respondents of %1 (%2)? You can undo this afterwards with Ctrl+Z.</source>
        <translation>
            <numerusform>Store the votes of %n participant as anonymous respondents of %1 (%2)? You can undo this afterwards with Ctrl+Z.</numerusform>
            <numerusform>Store the votes of %n participants as anonymous respondents of %1 (%2)? You can undo this afterwards with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Discard the votes of %n participant(s)?</source>
        <translation>
            <numerusform>Discard the votes of %n participant?</numerusform>
            <numerusform>Discard the votes of %n participants?</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>sbr::ui::commands</name>
    <message numerus="yes">
        <source>"%1" now holds %n respondent(s) recorded after it was created. Undo would delete them, so it was not undone; delete "%1" yourself if that is meant.</source>
        <translation>
            <numerusform>"%1" now holds %n respondent recorded after it was created. Undo would delete them, so it was not undone; delete "%1" yourself if that is meant.</numerusform>
            <numerusform>"%1" now holds %n respondents recorded after it was created. Undo would delete them, so it was not undone; delete "%1" yourself if that is meant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::session::WorkspaceSession</name>
    <message numerus="yes">
        <source>%n respondent(s) were recorded in what this step created after it was done. Undoing it would delete them, so nothing was undone; delete them yourself if that is meant.</source>
        <translation>
            <numerusform>%n respondent was recorded in what this step created after it was done. Undoing it would delete them, so nothing was undone; delete them yourself if that is meant.</numerusform>
            <numerusform>%n respondents were recorded in what this step created after it was done. Undoing it would delete them, so nothing was undone; delete them yourself if that is meant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n respondent(s)</source>
        <translation>
            <numerusform>of %n respondent</numerusform>
            <numerusform>of %n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies)</source>
        <translation>
            <numerusform>%n new company</numerusform>
            <numerusform>%n new companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new department(s)</source>
        <translation>
            <numerusform>%n new department</numerusform>
            <numerusform>%n new departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s)</source>
        <translation>
            <numerusform>%n new round</numerusform>
            <numerusform>%n new rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) would be replaced</source>
        <translation>
            <numerusform>%n respondent would be replaced</numerusform>
            <numerusform>%n respondents would be replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::RecommendationsPage</name>
    <message numerus="yes">
        <source>%1 has fewer than %n respondent(s): to keep their answers anonymous, it gets no recommendations of its own. The company's recommendations include its answers.</source>
        <translation>
            <numerusform>%1 has fewer than %n respondent: to keep their answers anonymous, it gets no recommendations of its own. The company's recommendations include its answers.</numerusform>
            <numerusform>%1 has fewer than %n respondents: to keep their answers anonymous, it gets no recommendations of its own. The company's recommendations include its answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ranked by index gain: the points the index of %1 would rise if that statement alone reached the company's target. Statements with fewer than %n answer(s) are left out.</source>
        <translation>
            <numerusform>Ranked by index gain: the points the index of %1 would rise if that statement alone reached the company's target. Statements with fewer than %n answer are left out.</numerusform>
            <numerusform>Ranked by index gain: the points the index of %1 would rise if that statement alone reached the company's target. Statements with fewer than %n answers are left out.</numerusform>
        </translation>
    </message>
</context>
<context><name>sbr::ui::OverviewPage</name><message numerus="yes">
        <source>%n company(ies)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n round(s)</source>
        <translation>
            <numerusform>%n round</numerusform>
            <numerusform>%n rounds</numerusform>
        </translation>
    </message>
</context><context><name>sbr::ui::MappingWizard</name><message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n answer</numerusform>
            <numerusform>%n answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n respondent(s)</source>
        <translation>
            <numerusform>of %n respondent</numerusform>
            <numerusform>of %n respondents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies)</source>
        <translation>
            <numerusform>%n new company</numerusform>
            <numerusform>%n new companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new department(s)</source>
        <translation>
            <numerusform>%n new department</numerusform>
            <numerusform>%n new departments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new round(s)</source>
        <translation>
            <numerusform>%n new round</numerusform>
            <numerusform>%n new rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %1 (%n respondent(s))</source>
        <translation>
            <numerusform>Import of %1 (%n respondent)</numerusform>
            <numerusform>Import of %1 (%n respondents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With this mapping the file has %n error(s). Go back to correct the mapping; nothing will be imported until then.</source>
        <translation>
            <numerusform>With this mapping the file has %n error. Go back to correct the mapping; nothing will be imported until then.</numerusform>
            <numerusform>With this mapping the file has %n errors. Go back to correct the mapping; nothing will be imported until then.</numerusform>
        </translation>
    </message>
</context><context><name>sbr::ui::DistributeDialog</name><message numerus="yes">
        <source>Saved %1: the paper form, %n page(s).</source>
        <translation>
            <numerusform>Saved %1: the paper form, %n page.</numerusform>
            <numerusform>Saved %1: the paper form, %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: the answer workbook with %n answer column(s). Filled in, it is imported as it is with File ▸ Import answers.</source>
        <translation>
            <numerusform>Saved %1: the answer workbook with %n answer column. Filled in, it is imported as it is with File ▸ Import answers.</numerusform>
            <numerusform>Saved %1: the answer workbook with %n answer columns. Filled in, it is imported as it is with File ▸ Import answers.</numerusform>
        </translation>
    </message>
</context><context>
    <name>sbr::ui::PlanPage</name>
    <message numerus="yes">
        <source>Plan of %1: %n measure(s)</source>
        <translation>
            <numerusform>Plan of %1: %n measure</numerusform>
            <numerusform>Plan of %1: %n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown with these filters</source>
        <translation>
            <numerusform>%n shown with these filters</numerusform>
            <numerusform>%n shown with these filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::ui::AgreedMeasuresDialog</name>
    <message numerus="yes">
        <source>Add %n measure(s) agreed in the workshop</source>
        <translation>
            <numerusform>Add %n measure agreed in the workshop</numerusform>
            <numerusform>Add %n measures agreed in the workshop</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::storage::Workspace</name>
    <message numerus="yes">
        <source>row-level security, forced, on %n table(s)</source>
        <translation>
            <numerusform>row-level security, forced, on %n table</numerusform>
            <numerusform>row-level security, forced, on %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) now belong to %1</source>
        <translation>
            <numerusform>%n table now belongs to %1</numerusform>
            <numerusform>%n tables now belong to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sbr::plan</name>
    <message>
        <source>doing</source>
        <translation>in progress</translation>
    </message>
</context>
</TS>
