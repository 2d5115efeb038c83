#!/bin/bash
# Report pages with the new sections, for docs/images (conclusions; recommendations per department;
# the roadmap and what was done since the last round, from the demo's action plan).
# Run from the repository root after building; needs sqlite3 (to store the conclusions) and poppler-utils.
set -e
CLI=${SBRADAR_CLI:-build/bin/sbradar-cli}
OUT=docs/images
W=$(mktemp -d)
$CLI demo $W/demo.sbradar >/dev/null
ROUND=$(sqlite3 $W/demo.sbradar "SELECT r.id FROM rounds r JOIN companies c ON c.id=r.company_id WHERE c.name='Weber Maschinenbau GmbH' ORDER BY r.date DESC LIMIT 1")
sqlite3 $W/demo.sbradar "INSERT INTO conclusions(round_id, text) VALUES ($ROUND, 'Zuhören wirkt: Das Monitoring aus Runde 2 hat die Praxis-Werte deutlich gehoben. Die Strategie bleibt die größte Lücke – die Ziele für Social Media sind noch nicht mit der Geschäftsführung vereinbart.

Bis zur nächsten Runde: Ziele im Führungskreis vereinbaren (Q1), einen Verantwortlichen benennen und den Vertrieb in den Redaktionsplan holen.')"
for lang in de en; do
  [ $lang = en ] && sqlite3 $W/demo.sbradar "UPDATE conclusions SET text = 'Listening works: the monitoring started after round 2 has lifted the practice scores markedly. Strategy remains the largest gap – our social media goals are not yet agreed with the management board.

By the next round: agree the goals in the leadership team (Q1), name an owner and bring sales into the content calendar.' WHERE round_id = $ROUND"
  $CLI report $W/demo.sbradar --company "Weber Maschinenbau GmbH" --lang $lang --department-recommendations -o $W/$lang.pdf
  n=$(pdfinfo $W/$lang.pdf | awk '/^Pages:/{print $2}')
  if [ $lang = de ]; then conc=Fazit; dep="Empfehlungen je Abteilung"; else conc=Conclusions; dep="Recommendations per department"; fi
  if [ $lang = de ]; then road="Die Maßnahmen des Maßnahmenplans nach"; dsince="Seit der letzten Runde erledigt"; else road="The measures of the action plan by when"; dsince="Done since the last round"; fi
  pc=""; pd=""; pr=""; pn=""
  for p in $(seq 1 $n); do
    t=$(pdftotext -f $p -l $p $W/$lang.pdf -)
    [ -z "$pc" ] && echo "$t" | grep -qx "$conc" && pc=$p
    [ -z "$pd" ] && echo "$t" | grep -q "^$dep" && pd=$p
    [ -z "$pr" ] && echo "$t" | grep -q "^$road" && pr=$p
    [ -z "$pn" ] && echo "$t" | grep -qx "$dsince" && pn=$p
  done
  echo "$lang: conclusions p$pc, departments p$pd, roadmap p$pr, done since p$pn of $n"
  pdftoppm -r 60 -png -f $pc -l $pc -singlefile $W/$lang.pdf $OUT/report-conclusions-$lang
  pdftoppm -r 60 -png -f $pd -l $pd -singlefile $W/$lang.pdf $OUT/report-department-recommendations-$lang
  pdftoppm -r 60 -png -f $pr -l $pr -singlefile $W/$lang.pdf $OUT/report-roadmap-$lang
  pdftoppm -r 60 -png -f $pn -l $pn -singlefile $W/$lang.pdf $OUT/report-done-since-$lang
done
