#!/usr/bin/env python3
"""Deterministic generator of a large answers CSV (the long form of the formats spec, formats.md).

Shape of the "large workspace": 40 companies x 12 quarterly rounds (2024-Q1 .. 2026-Q4)
x 8 departments x 10 respondents x every item of the questionnaire. With the built-in
questionnaire (31 items) that is 40*12*8*10*31 = 1,190,400 rows.

--rows-target N trims the file to exactly N rows without changing its shape: every
company, round and department stays, and the respondents are thinned out evenly over all
3,840 assessments (company x round x department), so each keeps 8 or 9 of its 10
respondents for N = 1,000,000. When N is not a multiple of the number of items, one more
respondent answers only the first N mod items items (a partial respondent, as happens in
real surveys). The acceptance benchmark uses N = 1,000,000.

Levels are 0..4 (the built-in scale), about 3 % are empty (not applicable). Each company
has its own maturity, which grows slowly from round to round and differs between
departments and dimensions, so the scores are not all the same. Company and department
names are German with umlauts; two company names contain a comma and are therefore quoted.

The item ids are read from the questionnaire of a workspace, either from a file holding
the output of `sbradar-cli questionnaire WS --json` (--questionnaire FILE, "-" for stdin)
or by letting this script run `sbradar-cli init` + `questionnaire --json` in a temporary
directory (--cli PATH).

Only the Python standard library is used. The same arguments always give the same bytes.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

COMPANIES = [
    "Müller Maschinenbau GmbH",
    "Bäckerei Schäfer, Inh. Jürgen Groß",
    "Größer & Söhne KG",
    "Öko-Energie Süd AG",
    "Weißbräu Töging GmbH",
    "Hüttenwerke Lünen AG",
    "Schröder Logistik GmbH",
    "Kühne Präzisionsteile GmbH",
    "Jäger Sanitär GmbH & Co. KG",
    "Förster Holzbau GmbH",
    "Bürotechnik Gärtner e.K.",
    "Lüdenscheider Stahlguss GmbH",
    "Mühlenbäckerei Köhler GmbH",
    "Südwest Versicherungsmakler AG",
    "Brückner Elektrotechnik GmbH",
    "Glückauf Immobilien GmbH",
    "Hößl Feinkost GmbH",
    "Krämer & Wöhrle Steuerberatung",
    "Nürnberger Spielwarenfabrik AG",
    "Zöllner Druck GmbH",
    "Grün & Blüte Gartenbau GmbH",
    "Dörfler Fahrzeugbau GmbH",
    "Möbelhaus Sühring GmbH",
    "Rößler Medizintechnik AG",
    "Bärenstark Sportartikel GmbH",
    "Schüßler Kältetechnik GmbH",
    "Wäscherei Fröhlich, Reinigung & Service",
    "Löwen-Apotheke Überlingen",
    "Hägele Werkzeugbau GmbH",
    "Ostseeküste Tourismus GmbH",
    "Fränkische Brauerei Stöckl KG",
    "Kölner Verlagshaus Bühler AG",
    "Straßenbau Würth GmbH",
    "Müßig Software GmbH",
    "Isartal Versicherungsdienst AG",
    "Gießerei Hörmann GmbH",
    "Bettenhaus Jürgensen Flensburg GmbH",
    "Ärztehaus Zürichsee Verwaltung GmbH",
    "Tübinger Biotech AG",
    "Übersee-Handelskontor Lübeck GmbH",
]

DEPARTMENTS = [
    "Geschäftsführung",
    "Vertrieb",
    "Marketing",
    "Kundenservice",
    "Personal",
    "Einkauf",
    "Produktion",
    "Forschung & Entwicklung",
]

YEARS = (2024, 2025, 2026)
ROUNDS = [(f"{y}-Q{q}", f"{y}-{3 * q:02d}-15") for y in YEARS for q in (1, 2, 3, 4)]
RESPONDENTS = [f"R{i:02d}" for i in range(1, 11)]

NA_SHARE = 0.03
HEADER = "company,department,round,date,respondent,item,level"


def csv_field(value):
    """RFC 4180: quote a field that holds a comma, a quote or a line break."""
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def items_from_questionnaire(doc):
    return [item["id"] for dim in doc["dimensions"] for item in dim["items"]]


def load_items(args):
    if args.questionnaire:
        if args.questionnaire == "-":
            doc = json.load(sys.stdin)
        else:
            with open(args.questionnaire, encoding="utf-8") as f:
                doc = json.load(f)
        return items_from_questionnaire(doc)
    with tempfile.TemporaryDirectory(prefix="sbradar-gen-") as tmp:
        ws = os.path.join(tmp, "items.sbradar")
        subprocess.run([args.cli, "init", ws], check=True, stdout=subprocess.DEVNULL)
        out = subprocess.run([args.cli, "questionnaire", ws, "--json"], check=True,
                             stdout=subprocess.PIPE).stdout
    return items_from_questionnaire(json.loads(out))


def respondents_per_assessment(n_assessments, full_respondents):
    """Spread `full_respondents` as evenly as possible over the assessments."""
    return [(a + 1) * full_respondents // n_assessments - a * full_respondents // n_assessments
            for a in range(n_assessments)]


def generate(items, rows_target, seed, out):
    rng = random.Random(seed)
    n_items = len(items)
    n_assessments = len(COMPANIES) * len(ROUNDS) * len(DEPARTMENTS)
    full_total = n_assessments * len(RESPONDENTS) * n_items
    if rows_target is None:
        rows_target = full_total
    if rows_target < 1 or rows_target > full_total:
        sys.exit(f"error: --rows-target must be between 1 and {full_total} for {n_items} items")

    full, partial = divmod(rows_target, n_items)
    counts = respondents_per_assessment(n_assessments, full)
    partial_at = -1
    if partial:
        # The last assessment that still has room takes the partial respondent.
        partial_at = max(a for a in range(n_assessments) if counts[a] < len(RESPONDENTS))

    # Maturity model: company base (0.8..3.0), growth per round, department and dimension offsets.
    company_base = [0.8 + 2.2 * rng.random() for _ in COMPANIES]
    company_growth = [0.02 + 0.06 * rng.random() for _ in COMPANIES]
    dept_offset = [rng.uniform(-0.5, 0.5) for _ in DEPARTMENTS]
    dims = sorted({i.split(".")[0] for i in items})
    dim_offset = {d: rng.uniform(-0.6, 0.6) for d in dims}
    item_offset = [dim_offset[i.split(".")[0]] + rng.uniform(-0.3, 0.3) for i in items]

    rows = 0
    a = 0
    write = out.write
    write(HEADER + "\n")
    rand = rng.random
    for c, company in enumerate(COMPANIES):
        cq = csv_field(company)
        for r, (label, date) in enumerate(ROUNDS):
            round_mean = company_base[c] + company_growth[c] * r
            for d, department in enumerate(DEPARTMENTS):
                prefix_a = f"{cq},{csv_field(department)},{label},{date},"
                means = [round_mean + dept_offset[d] + off for off in item_offset]
                n_resp = counts[a]
                answer_counts = [n_items] * n_resp
                if a == partial_at:
                    answer_counts.append(partial)
                lines = []
                for p, n_answers in enumerate(answer_counts):
                    person_bias = rand() - 0.5
                    prefix = f"{prefix_a}{RESPONDENTS[p]},"
                    for k in range(n_answers):
                        if rand() < NA_SHARE:
                            level = ""
                        else:
                            v = int(means[k] + person_bias + 1.6 * (rand() + rand() - 1.0) + 0.5)
                            level = "0" if v < 0 else ("4" if v > 4 else str(v))
                        lines.append(f"{prefix}{items[k]},{level}\n")
                write("".join(lines))
                rows += len(lines)
                a += 1
    return rows, full_total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--cli", help="sbradar-cli binary: read the item ids of the built-in questionnaire")
    src.add_argument("--questionnaire", help="output of `sbradar-cli questionnaire WS --json` ('-' = stdin)")
    ap.add_argument("--rows-target", type=int, default=None,
                    help="exact number of data rows (default: the full shape, 1,190,400 with 31 items)")
    ap.add_argument("--seed", type=int, default=20240315)
    ap.add_argument("-o", "--output", default="-", help="CSV file to write (default: stdout)")
    args = ap.parse_args()

    items = load_items(args)
    if not items:
        sys.exit("error: the questionnaire has no items")
    if args.output == "-":
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False,
                   buffering=1 << 20)
        rows, full = generate(items, args.rows_target, args.seed, out)
        out.flush()
    else:
        tmp = args.output + ".part"
        with open(tmp, "w", encoding="utf-8", newline="", buffering=1 << 20) as out:
            rows, full = generate(items, args.rows_target, args.seed, out)
        os.replace(tmp, args.output)
    print(f"gen_answers: {rows} rows ({len(COMPANIES)} companies x {len(ROUNDS)} rounds x "
          f"{len(DEPARTMENTS)} departments x up to {len(RESPONDENTS)} respondents x {len(items)} items; "
          f"full shape {full})", file=sys.stderr)


if __name__ == "__main__":
    main()
