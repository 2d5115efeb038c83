"""Random test cases for check_score.py: questionnaires (formats.md JSON) and answers.

make_case(seed, k) -> dict with
  questionnaire  the JSON document (dict)
  rows           answer tuples (company, department, round, date, respondent, item, level)
  form           "long" or "wide"; delimiter "," or ";"; files: list of row lists to import
  target         None or a number for `score --target`
  filters        [(company, round label)] to check `--company X --round L`
write_csv(path, rows, item_ids, form, delimiter, rnd) writes one import file.
Weights are all multiples of 0.5 so coverage sums are exact in binary floating point.
"""

import csv
import itertools
import random

DIMENSION_IDS = ["strategy", "practices", "team", "leadership", "roadmap", "culture", "tools"]
COMPANIES = ["Alpha Bau GmbH", "Beta, Kunz & Co. KG", 'Gamma "Digital" AG', "Delta Müller KG",
             "Epsilon Logistik", "Zeta Medien", "Eta Software", "Theta Handel", "Iota Pflege"]
DEPARTMENTS = ["Einkauf", "Geschäftsführung", "IT & Digital", "Kommunikation, PR",
               "Marketing", "Personal", "Vertrieb"]
DATES = ["2025-03-15", "2025-06-15", "2025-09-15", "2025-12-15", "2026-03-15"]
NAMED_LABELS = ["Start", "Zwischenstand", "Abschluss", "Audit", "Kick-off", "Nachmessung"]
SCALES = [(0, 4), (1, 5), (0, 10)]
ONLY_NA = 'TN "7",\nnur n/a'  # quoting: quotes, comma and a newline in one field


def text(s):
    return {"de": s + " (de)", "en": s}


def make_questionnaire(rnd, k):
    smin, smax = SCALES[k % 3]
    n_dims = [3, 5, 7][(k // 3) % 3]
    uneven = k % 2 == 1
    q = {"id": "q-case-%d" % k, "version": 1 + k % 4, "title": text("Case %d" % k),
         "scale": {"min": smin, "max": smax}, "dimensions": [], "measures": [],
         "references": []}
    if k % 4 == 0:  # labels are optional
        q["scale"]["labels"] = {"de": ["L%d" % v for v in range(smin, smax + 1)],
                                "en": ["L%d" % v for v in range(smin, smax + 1)]}
    measure_ids = ["measure-%d" % m for m in range(6)]
    for mid in measure_ids:
        q["measures"].append({"id": mid, "title": text(mid), "description": text("do " + mid),
                              "effort": rnd.choice(["low", "medium", "high"])})
    for d in range(n_dims):
        dim = {"id": DIMENSION_IDS[d], "title": text(DIMENSION_IDS[d]),
               "question": text("Question %d?" % d), "items": []}
        if uneven:
            dim["weight"] = rnd.choice([0.5, 1.0, 1.0, 2.5, 1.5])
        elif rnd.random() < 0.3:
            dim["weight"] = 1.0
        n_items = rnd.randint(1, 6)
        equal_items = rnd.random() < 0.5 or not uneven
        for i in range(n_items):
            item = {"id": "%s.i%d" % (DIMENSION_IDS[d], i + 1), "text": text("Item %d.%d" % (d, i))}
            if not equal_items:
                item["weight"] = rnd.choice([0.5, 1.0, 2.5, 2.0])
            elif rnd.random() < 0.3:
                item["weight"] = 1.0
            if rnd.random() < 0.5:
                item["levels"] = {"de": ["S%d" % v for v in range(smin, smax + 1)],
                                  "en": ["S%d" % v for v in range(smin, smax + 1)]}
            item["measures"] = rnd.sample(measure_ids, rnd.randint(0, 2))
            dim["items"].append(item)
        q["dimensions"].append(dim)
    first_item = q["dimensions"][0]["items"][0]["id"]
    q["references"].append({"item": first_item, "share": 0.27, "statement": text("fact"),
                            "source": "seed"})
    return q


def half_subsets(items):
    """Subsets of items whose weights sum to exactly half of the dimension's weight."""
    weights = [it.get("weight", 1.0) for it in items]
    total = sum(weights)
    result = []
    for size in range(1, len(items)):
        for combo in itertools.combinations(range(len(items)), size):
            if sum(weights[c] for c in combo) * 2 == total:
                result.append([items[c]["id"] for c in combo])
    return result


def answered_items(rnd, q, never):
    """Which items get at least one value in one assessment (by dimension mode)."""
    chosen = []
    for dim in q["dimensions"]:
        ids = [it["id"] for it in dim["items"]]
        mode = rnd.choices(["full", "half", "partial", "none"], [0.78, 0.12, 0.07, 0.03])[0]
        if mode == "half":
            options = half_subsets(dim["items"])
            ids = rnd.choice(options) if options else ids
        elif mode == "partial":
            ids = rnd.sample(ids, rnd.randint(0, len(ids)))
        elif mode == "none":
            ids = []
        chosen.extend(i for i in ids if i not in never)
    return chosen


def assessment_rows(rnd, q, mu, never):
    """Rows (without the key prefix) of one assessment: (respondent, item, level)."""
    smin, smax = q["scale"]["min"], q["scale"]["max"]
    all_ids = [it["id"] for d in q["dimensions"] for it in d["items"]]
    rows = []
    if rnd.random() < 0.04:  # an assessment holding only n/a answers
        for item in rnd.sample(all_ids, min(2, len(all_ids))):
            rows.append(("r1", item, None))
        return rows
    answered = answered_items(rnd, q, never)
    n_resp = rnd.randint(1, 5)
    respondents = ["r%d" % (r + 1) for r in range(n_resp)]
    if rnd.random() < 0.1:
        respondents.append(ONLY_NA)  # a respondent with n/a answers only
    for item in all_ids:
        if item not in answered:
            if rnd.random() < 0.3:  # explicit n/a rows for an unanswered item
                for resp in respondents:
                    rows.append((resp, item, None))
            continue
        values = []
        for resp in respondents:
            level = None
            if resp != ONLY_NA and rnd.random() > 0.12:
                level = int(round(rnd.gauss(mu, (smax - smin) / 4.0)))
                level = max(smin, min(smax, level))
            values.append(level)
        if all(v is None for v in values):
            values[0] = rnd.randint(smin, smax)
        for resp, level in zip(respondents, values):
            if level is not None or rnd.random() < 0.7:  # n/a: a row, or no row at all
                rows.append((resp, item, level))
    if ONLY_NA in respondents and not any(r[0] == ONLY_NA for r in rows):
        rows.append((ONLY_NA, all_ids[0], None))
    return rows


def company_rounds(rnd, label_style):
    n = rnd.randint(1, 3)
    dates = sorted(rnd.sample(DATES, n))
    if rnd.random() < 0.3:  # a date of its own (not shared with other companies)
        dates[-1] = dates[-1][:8] + "%02d" % rnd.randint(1, 28)
        dates = sorted(set(dates))
    labels = []
    named = rnd.sample(NAMED_LABELS, len(dates))
    for j, date in enumerate(dates):
        if label_style == "quarter":
            labels.append("%s-Q%d" % (date[:4], (int(date[5:7]) - 1) // 3 + 1))
        else:
            labels.append(named[j])  # label order differs from date order
    return list(zip(labels, dates))


def make_case(seed, k):
    rnd = random.Random(seed * 7919 + k)
    q = make_questionnaire(rnd, k)
    smin, smax = q["scale"]["min"], q["scale"]["max"]
    all_ids = [it["id"] for d in q["dimensions"] for it in d["items"]]
    n_companies = [2, 6, 4, 9, 5, 3, 7, 8][k % 8]
    names = rnd.sample(COMPANIES, n_companies)
    label_style = "quarter" if k % 3 != 2 else "named"
    rows = []
    clones = {}
    for c, name in enumerate(names):
        if c >= 2 and rnd.random() < 0.3:  # identical answers as an earlier company
            source = rnd.choice(names[:c])
            clones[name] = source
            rows += [(name,) + r[1:] for r in rows if r[0] == source]
            continue
        never = set(rnd.sample(all_ids, 1)) if rnd.random() < 0.3 else set()
        departments = rnd.sample(DEPARTMENTS, rnd.randint(1, 4))
        tendency = {d: rnd.uniform(smin, smax) for d in departments}
        for label, date in company_rounds(rnd, label_style):
            present = [d for d in departments if rnd.random() < 0.8] or departments[:1]
            for dep in present:
                mu = tendency[dep] + rnd.uniform(-0.5, 0.5)
                for resp, item, level in assessment_rows(rnd, q, mu, never):
                    rows.append((name, dep, label, date, resp, item, level))
    form = "wide" if k % 4 == 1 else "long"
    delimiter = ";" if k % 3 == 1 else ","
    if rnd.random() < 0.5:
        rnd.shuffle(rows)
    files = [rows]
    if k % 5 == 3:  # two imports: split by round
        rounds = sorted(set((r[0], r[2]) for r in rows))
        first = set(rounds[: len(rounds) // 2])
        files = [[r for r in rows if (r[0], r[2]) in first],
                 [r for r in rows if (r[0], r[2]) not in first]]
        files = [f for f in files if f]
    target = None
    if k % 2 == 0 or rnd.random() < 0.3:
        target = rnd.choice([50, 60, 80, 87.5, 100, 75])
    pairs = sorted(set((r[0], r[2]) for r in rows))
    filters = rnd.sample(pairs, min(2, len(pairs)))
    return {"questionnaire": q, "rows": rows, "form": form, "delimiter": delimiter,
            "files": files, "target": target, "filters": filters, "clones": clones,
            "bom": k % 6 == 5, "crlf": k % 2 == 0, "shuffle_columns": k % 3 == 0}


def level_text(level, rnd):
    if level is not None:
        return str(level)
    return rnd.choice(["", "", "n/a", "N/A"])


def write_csv(path, rows, item_ids, case, rnd):
    delimiter = case["delimiter"]
    newline = "\r\n" if case["crlf"] else "\n"
    with open(path, "w", encoding="utf-8", newline="") as f:
        if case["bom"]:
            f.write("\ufeff")
        out = csv.writer(f, delimiter=delimiter, lineterminator=newline)
        keys = ["company", "department", "round", "date", "respondent"]
        if case["form"] == "long":
            columns = keys + ["item", "level"]
            if case["shuffle_columns"]:
                rnd.shuffle(columns)
            out.writerow(columns)
            for r in rows:
                record = dict(zip(keys + ["item"], r[:6]))
                record["level"] = level_text(r[6], rnd)
                out.writerow([record[c] for c in columns])
            return
        out.writerow(keys + item_ids)
        people = {}
        order = []
        for r in rows:
            if r[:5] not in people:
                people[r[:5]] = {}
                order.append(r[:5])
            people[r[:5]][r[5]] = r[6]
        for person in order:
            cells = []
            for item in item_ids:
                cells.append(level_text(people[person].get(item), rnd))
            out.writerow(list(person) + cells)
