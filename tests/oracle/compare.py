"""Recursive comparison of the oracle's result (expected) with the program's JSON (actual).

Rules: numbers within 1e-6 absolute; null vs number is a mismatch; lists must have the same
length and order; strings equal; keys the oracle produces must be present in the actual
output (extra keys there are ignored).

Two floating-point allowances, both only where the spec's own comparisons sit on an exact
boundary and the last bit of a double decides:
- `stage`: if the index is within 1e-6 of 20/40/60/80, either neighbouring stage is accepted.
- `recommendations`: entries with 0 < gain < 1e-9 are dropped on both sides (a gap that is
  zero up to rounding), and runs of gains equal within 1e-9 are put in item id order on both
  sides before comparing. An entry with gain exactly 0 in the actual output is still an error.
"""

import json

TOLERANCE = 1e-6
STAGE_BOUNDARIES = (20.0, 40.0, 60.0, 80.0)


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def show(value):
    text = json.dumps(value, ensure_ascii=False)
    if len(text) > 400:
        text = text[:397] + "..."
    return text


def canonical_recommendations(recs):
    if not isinstance(recs, list):
        return recs
    for r in recs:
        if not isinstance(r, dict) or not is_number(r.get("gain")):
            return recs  # malformed: compare as it is
    kept = [r for r in recs if not (0 < r["gain"] < 1e-9)]
    result = []
    group = []
    for r in kept:
        if group and abs(r["gain"] - group[0]["gain"]) <= 1e-9:
            group.append(r)
            continue
        result.extend(sorted(group, key=lambda g: str(g.get("item"))))
        group = [r]
    result.extend(sorted(group, key=lambda g: str(g.get("item"))))
    return result


def stage_near_boundary(expected_parent, actual_stage):
    index = expected_parent.get("index")
    stage = expected_parent.get("stage")
    if not (is_number(index) and is_number(actual_stage) and is_number(stage)):
        return False
    if abs(actual_stage - stage) != 1:
        return False
    for b in STAGE_BOUNDARIES:
        if abs(index - b) <= TOLERANCE:
            return True
    return False


def compare(expected, actual, path="$", diffs=None):
    """Returns the list of (path, expected, actual) differences."""
    if diffs is None:
        diffs = []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            diffs.append((path, expected, actual))
            return diffs
        for key in expected:
            sub = path + "." + key
            if key not in actual:
                diffs.append((sub, expected[key], "<missing key>"))
                continue
            exp_value = expected[key]
            act_value = actual[key]
            if key == "recommendations":
                exp_value = canonical_recommendations(exp_value)
                act_value = canonical_recommendations(act_value)
            if key == "stage" and exp_value != act_value and stage_near_boundary(expected, act_value):
                continue
            compare(exp_value, act_value, sub, diffs)
        return diffs
    if isinstance(expected, list):
        if not isinstance(actual, list):
            diffs.append((path, expected, actual))
            return diffs
        names = [describe(e) for e in expected]
        got = [describe(a) for a in actual]
        if len(expected) != len(actual) or names != got:
            # different entries or order: one clear line instead of a cascade
            diffs.append((path + " (entries)", names, got))
            return diffs
        for k in range(len(expected)):
            compare(expected[k], actual[k], "%s[%d]" % (path, k), diffs)
        return diffs
    if expected is None:
        if actual is not None:
            diffs.append((path, None, actual))
        return diffs
    if is_number(expected):
        if not is_number(actual) or abs(expected - actual) > TOLERANCE:
            diffs.append((path, expected, actual))
        return diffs
    if expected != actual:
        diffs.append((path, expected, actual))
    return diffs


def describe(entry):
    """A short name for a list entry, for the length-mismatch message."""
    if isinstance(entry, dict):
        for key in ("name", "label", "id", "item"):
            if key in entry:
                return entry[key]
    return entry


def format_diffs(diffs, limit=12):
    lines = []
    for path, exp, act in diffs[:limit]:
        lines.append("    %s: expected %s, actual %s" % (path, show(exp), show(act)))
    if len(diffs) > limit:
        lines.append("    ... and %d more differences" % (len(diffs) - limit))
    return lines


def filtered(expected, company, label):
    """The oracle result restricted to one company and one round (numbers unchanged)."""
    out = {"questionnaire": expected["questionnaire"], "companies": []}
    for comp in expected["companies"]:
        if comp["name"] != company:
            continue
        rounds = [r for r in comp["rounds"] if r["label"] == label]
        copy = dict(comp)
        copy["rounds"] = rounds
        out["companies"].append(copy)
    return out
