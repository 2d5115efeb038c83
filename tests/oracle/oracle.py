"""Independent reference implementation ("oracle") of the scoring method.

Derived only from /work/shared/spec/scoring.md and formats.md (the `score --json`
shape). Written plainly on purpose: loops, two-pass standard deviations, no tricks.

Entry point:
    score(questionnaire, answers, companies_meta, target_override=None) -> dict

questionnaire   the questionnaire JSON document as a dict (formats.md)
answers         iterable of tuples
                (company, department, round_label, date, respondent, item_id, level)
                level is an int or None (= not applicable).
                Every tuple makes its assessment (department in round) exist, even a n/a one.
                item_id None: only declares the assessment (and round), no answer.
                department None: only declares the round of the company.
companies_meta  {company name: target} or {company name: {"target": T,
                "rounds": {label: date}}}; companies missing here get target 75.
                Companies listed here appear in the output even without rounds.
target_override if not None, the target T for every company (CLI `--target T`).
"""

import math

DEFAULT_TARGET = 75.0
EPS = 1e-9  # tolerance of the benchmark percentile (scoring.md)
MIN_PEERS = 5  # below this many non-NULL peer values: no percentile, no band


# ---------------------------------------------------------------- helpers

def mean_of(values):
    """Arithmetic mean; None for an empty list."""
    if len(values) == 0:
        return None
    total = 0.0
    for v in values:
        total += v
    return total / len(values)


def population_sd(values):
    """sqrt(sum((v - mean)^2) / n), two passes; None for an empty list."""
    if len(values) == 0:
        return None
    m = mean_of(values)
    squares = 0.0
    for v in values:
        squares += (v - m) * (v - m)
    return math.sqrt(squares / len(values))


def stage_of(index):
    if index is None:
        return None
    if index < 20:
        return 1
    if index < 40:
        return 2
    if index < 60:
        return 3
    if index < 80:
        return 4
    return 5


def difference(this, previous):
    if this is None or previous is None:
        return None
    return this - previous


# ---------------------------------------------------------------- questionnaire

def parse_questionnaire(q):
    """Returns a plain structure: scale min/max, dimensions with weights and items."""
    scale = q.get("scale", {})
    smin = scale.get("min", 0)
    smax = scale.get("max", 4)
    dims = []
    for d in q["dimensions"]:
        items = []
        for it in d["items"]:
            items.append({"id": it["id"],
                          "weight": float(it.get("weight", 1.0)),
                          "measures": list(it.get("measures", []))})
        dims.append({"id": d["id"], "weight": float(d.get("weight", 1.0)), "items": items})
    return {"id": q["id"], "version": q.get("version"), "min": smin, "max": smax,
            "dimensions": dims}


def all_items(qs):
    result = []
    for d in qs["dimensions"]:
        for it in d["items"]:
            result.append(it)
    return result


# ---------------------------------------------------------------- raw data

def collect(qs, answers, companies_meta, target_override):
    """companies[name] = {"target", "rounds": {label: {"date", "assessments":
    {department: {respondent: {item_id: level}}}}}}"""
    item_ids = set(it["id"] for it in all_items(qs))
    companies = {}

    def company_entry(name):
        if name not in companies:
            companies[name] = {"target": DEFAULT_TARGET, "rounds": {}}
        return companies[name]

    def round_entry(comp, label, date):
        rounds = comp["rounds"]
        if label not in rounds:
            rounds[label] = {"date": date, "assessments": {}}
        if rounds[label]["date"] != date:
            raise ValueError("round %r has two dates" % label)
        return rounds[label]

    for name, meta in (companies_meta or {}).items():
        comp = company_entry(name)
        if isinstance(meta, dict):
            if meta.get("target") is not None:
                comp["target"] = float(meta["target"])
            for label, date in meta.get("rounds", {}).items():
                round_entry(comp, label, date)
        elif meta is not None:
            comp["target"] = float(meta)

    for (company, department, label, date, respondent, item, level) in answers:
        comp = company_entry(company)
        rnd = round_entry(comp, label, date)
        if department is None:
            continue
        assessment = rnd["assessments"].setdefault(department, {})
        if item is None:
            if respondent is not None:
                assessment.setdefault(respondent, {})
            continue
        if item not in item_ids:
            raise ValueError("unknown item %r" % item)
        given = assessment.setdefault(respondent, {})
        if item in given:
            raise ValueError("duplicate answer %r" % ((company, department, label, respondent, item),))
        given[item] = level

    if target_override is not None:
        for comp in companies.values():
            comp["target"] = float(target_override)
    return companies


# ---------------------------------------------------------------- one assessment

def score_assessment(qs, name, respondents):
    """respondents: {respondent: {item_id: level or None}} -> department dict."""
    smin = qs["min"]
    smax = qs["max"]
    items_out = []
    item_score = {}
    for it in all_items(qs):
        levels = []
        for r in respondents:
            level = respondents[r].get(it["id"])
            if level is not None:
                levels.append(level)
        n = len(levels)
        m = mean_of(levels)
        sd = population_sd(levels)
        s = None
        if n > 0:
            s = 100.0 * (m - smin) / (smax - smin)
        item_score[it["id"]] = s
        items_out.append({"id": it["id"], "n": n, "mean": m, "sd": sd, "score": s})

    counted = 0
    for r in respondents:
        has_value = False
        for level in respondents[r].values():
            if level is not None:
                has_value = True
        if has_value:
            counted += 1

    dims_out = []
    for d in qs["dimensions"]:
        weight_all = 0.0
        weight_answered = 0.0
        weighted_sum = 0.0
        for it in d["items"]:
            weight_all += it["weight"]
            if item_score[it["id"]] is not None:
                weight_answered += it["weight"]
                weighted_sum += it["weight"] * item_score[it["id"]]
        coverage = weight_answered / weight_all
        s = None
        if coverage >= 0.5:
            s = weighted_sum / weight_answered
        dims_out.append({"id": d["id"], "score": s, "coverage": coverage, "delta": None})

    index = weighted_index(qs, [dim["score"] for dim in dims_out])
    return {"name": name, "respondents": counted, "index": index, "stage": stage_of(index),
            "dimensions": dims_out, "items": items_out}


def weighted_index(qs, dimension_scores):
    """sum(W_d * score_d) / sum(W_d); None unless every dimension score is non-NULL."""
    total = 0.0
    weights = 0.0
    for d, s in zip(qs["dimensions"], dimension_scores):
        if s is None:
            return None
        total += d["weight"] * s
        weights += d["weight"]
    return total / weights


# ---------------------------------------------------------------- company level

def company_level(qs, departments):
    items_out = []
    for k, it in enumerate(all_items(qs)):
        values = []
        for dep in departments:
            if dep["items"][k]["score"] is not None:
                values.append(dep["items"][k]["score"])
        items_out.append({"id": it["id"], "score": mean_of(values)})

    dims_out = []
    for k, d in enumerate(qs["dimensions"]):
        values = []
        for dep in departments:
            if dep["dimensions"][k]["score"] is not None:
                values.append(dep["dimensions"][k]["score"])
        spread = None
        if len(values) >= 2:
            spread = max(values) - min(values)
        dims_out.append({"id": d["id"], "score": mean_of(values), "spread": spread,
                         "delta": None})

    index = weighted_index(qs, [dim["score"] for dim in dims_out])
    return {"index": index, "stage": stage_of(index), "delta": None,
            "dimensions": dims_out, "items": items_out}


def recommendations(qs, company, target):
    total_dim_weight = 0.0
    for d in qs["dimensions"]:
        total_dim_weight += d["weight"]
    scores = {}
    for it in company["items"]:
        scores[it["id"]] = it["score"]
    result = []
    for d in qs["dimensions"]:
        item_weight_sum = 0.0
        for it in d["items"]:
            item_weight_sum += it["weight"]
        for it in d["items"]:
            s = scores[it["id"]]
            if s is None:
                continue
            gap = max(0.0, target - s)
            gain = (d["weight"] / total_dim_weight) * (it["weight"] / item_weight_sum) * gap
            if gain > 0:
                result.append({"item": it["id"], "gain": gain, "measures": list(it["measures"])})
    result.sort(key=lambda r: r["item"])            # ties: item id ascending
    result.sort(key=lambda r: r["gain"], reverse=True)  # stable: gain descending
    return result


# ---------------------------------------------------------------- benchmark

def percentile_and_band(x, peer_values):
    """peer_values: the non-NULL peer values. Returns (percentile, mean, sd)."""
    n = len(peer_values)
    if n < MIN_PEERS:
        return None, None, None
    band_mean = mean_of(peer_values)
    band_sd = population_sd(peer_values)
    if x is None:
        return None, band_mean, band_sd
    below = 0
    equal = 0
    for v in peer_values:
        if v < x - EPS:
            below += 1
        elif abs(v - x) <= EPS:
            equal += 1
    return 100.0 * (below + 0.5 * equal) / n, band_mean, band_sd


def benchmark(qs, name, date, company_rounds):
    """company_rounds: {company: [round dicts sorted by date]} with "company" filled."""
    peer_levels = []
    for other in sorted(company_rounds):
        if other == name:
            continue
        latest = None
        for rnd in company_rounds[other]:
            if rnd["date"] <= date:  # ISO dates compare as strings
                latest = rnd
        if latest is not None:
            peer_levels.append(latest["company"])
    this = None
    for rnd in company_rounds[name]:
        if rnd["date"] == date:
            this = rnd["company"]

    values = [p["index"] for p in peer_levels if p["index"] is not None]
    pct, m, sd = percentile_and_band(this["index"], values)
    out = {"peers": len(peer_levels), "index_percentile": pct, "index_mean": m,
           "index_sd": sd, "dimensions": []}
    for k, d in enumerate(qs["dimensions"]):
        values = []
        for p in peer_levels:
            if p["dimensions"][k]["score"] is not None:
                values.append(p["dimensions"][k]["score"])
        pct, m, sd = percentile_and_band(this["dimensions"][k]["score"], values)
        out["dimensions"].append({"id": d["id"], "percentile": pct, "mean": m, "sd": sd})
    return out


# ---------------------------------------------------------------- whole workspace

def score(questionnaire, answers, companies_meta, target_override=None):
    qs = parse_questionnaire(questionnaire)
    companies = collect(qs, answers, companies_meta, target_override)

    # Pass 1: departments and company level of every round.
    company_rounds = {}
    for name in sorted(companies):
        rounds = []
        by_label = companies[name]["rounds"]
        for label in sorted(by_label, key=lambda lb: by_label[lb]["date"]):
            assessments = by_label[label]["assessments"]
            departments = []
            for dep in sorted(assessments):
                departments.append(score_assessment(qs, dep, assessments[dep]))
            rounds.append({"label": label, "date": by_label[label]["date"],
                           "departments": departments,
                           "company": company_level(qs, departments)})
        company_rounds[name] = rounds

    # Pass 2: deltas against the previous round (by date) of the same company.
    for name in company_rounds:
        rounds = company_rounds[name]
        for k in range(1, len(rounds)):
            this = rounds[k]
            prev = rounds[k - 1]
            comp = this["company"]
            comp["delta"] = difference(comp["index"], prev["company"]["index"])
            for j, dim in enumerate(comp["dimensions"]):
                dim["delta"] = difference(dim["score"], prev["company"]["dimensions"][j]["score"])
            prev_deps = {}
            for dep in prev["departments"]:
                prev_deps[dep["name"]] = dep
            for dep in this["departments"]:
                if dep["name"] not in prev_deps:
                    continue  # no assessment in the previous round: deltas stay NULL
                before = prev_deps[dep["name"]]
                for j, dim in enumerate(dep["dimensions"]):
                    dim["delta"] = difference(dim["score"], before["dimensions"][j]["score"])

    # Pass 3: benchmark and recommendations.
    out_companies = []
    for name in sorted(company_rounds):
        target = companies[name]["target"]
        out_rounds = []
        for rnd in company_rounds[name]:
            out_rounds.append({
                "label": rnd["label"], "date": rnd["date"],
                "departments": rnd["departments"],
                "company": rnd["company"],
                "benchmark": benchmark(qs, name, rnd["date"], company_rounds),
                "recommendations": recommendations(qs, rnd["company"], target)})
        out_companies.append({"name": name, "target": target, "rounds": out_rounds})

    return {"questionnaire": {"id": qs["id"], "version": qs["version"]},
            "companies": out_companies}


# ---------------------------------------------------------------- anonymity (--anonymous)
#
# scoring.md *Anonymity* on the result of score() for the whole workspace. Two choices go
# beyond the letter of the spec and are marked "(program's reading)": when the company-level
# values of a round are withheld, so are the company's own benchmark percentiles and its
# recommendations (a gain is a fixed share of target - item score), and the company's change in
# the next round (it is this round's index minus the withheld one).

def hidden_departments(departments, k):
    """Rules 1 and 2: names in H, in the order they entered it."""
    hidden = [dep["name"] for dep in departments if dep["respondents"] < k]
    if not hidden:
        return []
    # smallest first; ties: the name first in code point order (Python compares code points)
    outside = sorted((dep for dep in departments if dep["name"] not in hidden),
                     key=lambda dep: (dep["respondents"], dep["name"]))
    size = {dep["name"]: dep["respondents"] for dep in departments}
    while (len(hidden) < 2 or sum(size[n] for n in hidden) < k) and outside:
        hidden.append(outside.pop(0)["name"])
    return hidden


def withheld_department(dep):
    return {"name": dep["name"], "hidden": True, "respondents": None, "index": None,
            "stage": None,
            "dimensions": [{"id": dim["id"], "score": None, "coverage": None, "delta": None}
                           for dim in dep["dimensions"]],
            "items": [{"id": it["id"], "n": None, "mean": None, "sd": None, "score": None,
                       "disagreement": None} for it in dep["items"]]}


def visible_department(dep, k, visible_before):
    out = {"name": dep["name"], "hidden": False, "respondents": dep["respondents"],
           "index": dep["index"], "stage": dep["stage"], "dimensions": [], "items": []}
    for dim in dep["dimensions"]:
        delta = dim["delta"] if visible_before else None  # rule 6
        out["dimensions"].append({"id": dim["id"], "score": dim["score"],
                                  "coverage": dim["coverage"], "delta": delta})
    for it in dep["items"]:
        if it["n"] < k:  # rule 7
            out["items"].append({"id": it["id"], "n": it["n"], "mean": None, "sd": None,
                                 "score": None, "disagreement": None})
        else:
            out["items"].append(dict(it))
    return out


def pool_of(qs, departments, hidden, k):
    """Rule 4."""
    members = [dep for dep in departments if dep["name"] in hidden]
    respondents = 0
    for dep in members:
        respondents += dep["respondents"]
    shown = len(members) >= 2 and respondents >= k
    dims = []
    for j, d in enumerate(qs["dimensions"]):
        values = [dep["dimensions"][j]["score"] for dep in members
                  if dep["dimensions"][j]["score"] is not None]
        dims.append({"id": d["id"], "score": mean_of(values) if shown else None})
    index = weighted_index(qs, [dim["score"] for dim in dims]) if shown else None
    return {"departments": sorted(hidden), "respondents": respondents if shown else None,
            "index": index, "stage": stage_of(index), "dimensions": dims}


def withheld_company(company):
    return {"index": None, "stage": None, "delta": None,
            "dimensions": [{"id": dim["id"], "score": None, "spread": None, "delta": None}
                           for dim in company["dimensions"]],
            "items": [{"id": it["id"], "score": None} for it in company["items"]]}


def anonymous_round(qs, rnd, k, visible_before, company_hidden_before):
    hidden = hidden_departments(rnd["departments"], k)
    departments = []
    for dep in rnd["departments"]:
        if dep["name"] in hidden:
            departments.append(withheld_department(dep))
        else:
            departments.append(visible_department(dep, k, dep["name"] in visible_before))
    pool = pool_of(qs, rnd["departments"], hidden, k) if hidden else None
    benchmark = dict(rnd["benchmark"])
    benchmark["dimensions"] = [dict(d) for d in rnd["benchmark"]["dimensions"]]
    if pool is not None and pool["respondents"] is None:
        company = withheld_company(rnd["company"])
        benchmark["index_percentile"] = None  # (program's reading)
        for d in benchmark["dimensions"]:
            d["percentile"] = None
        recommendations = []  # (program's reading)
    else:
        company = {"index": rnd["company"]["index"], "stage": rnd["company"]["stage"],
                   "delta": None if company_hidden_before else rnd["company"]["delta"],
                   "dimensions": [], "items": rnd["company"]["items"]}
        for j, dim in enumerate(rnd["company"]["dimensions"]):
            units = [dep["dimensions"][j]["score"] for dep in departments if not dep["hidden"]]
            if pool is not None:
                units.append(pool["dimensions"][j]["score"])
            units = [u for u in units if u is not None]
            spread = max(units) - min(units) if len(units) >= 2 else None  # rule 5
            company["dimensions"].append({
                "id": dim["id"], "score": dim["score"], "spread": spread,
                "delta": None if company_hidden_before else dim["delta"]})
        recommendations = rnd["recommendations"]
    return {"label": rnd["label"], "date": rnd["date"], "departments": departments,
            "pool": pool, "company": company, "benchmark": benchmark,
            "recommendations": recommendations}


def anonymous(questionnaire, result, k):
    """The `score --json --anonymous` document for the full result of score() and k."""
    qs = parse_questionnaire(questionnaire)
    companies = []
    for comp in result["companies"]:
        rounds = []
        visible_before = set()
        company_hidden_before = False
        for rnd in comp["rounds"]:  # by date: the one before is the previous round
            out = anonymous_round(qs, rnd, k, visible_before, company_hidden_before)
            rounds.append(out)
            visible_before = set(dep["name"] for dep in out["departments"] if not dep["hidden"])
            company_hidden_before = out["pool"] is not None and out["pool"]["respondents"] is None
        companies.append({"name": comp["name"], "target": comp["target"], "rounds": rounds})
    return {"questionnaire": result["questionnaire"], "min_group": k, "companies": companies}
