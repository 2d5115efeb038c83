#!/usr/bin/python3
"""Compare `sbradar-cli score --json` with the independent oracle (oracle.py).

Usage: check_score.py --cli PATH_TO_sbradar-cli --workdir DIR [--seed N] [--cases K]
                      [--no-demo] [--generate-only]

For each random case: init a workspace with a generated questionnaire, import generated
answers (long or wide CSV, ',' or ';'), run `score --json [--target T]`, compare with the
oracle, then check `--company X --round L` on the same workspace; then set a minimum group size
k with `settings --min-group` and check `score --json --anonymous` (with the same filters)
against the oracle's anonymous view. Then the same for the demo workspace (`sbradar-cli demo
WS`, raw data read back from its SQLite file).
Last line: `oracle: N passed, M failed`; exit code 0 only if every case passed.
"""

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import compare  # noqa: E402
import gen_cases  # noqa: E402
import oracle  # noqa: E402

TIMEOUT = 60


class CommandFailed(Exception):
    pass


def run(cli, args):
    """Runs the CLI; returns stdout, raises CommandFailed with stderr on a non-zero exit."""
    command = [cli] + args
    try:
        proc = subprocess.run(command, capture_output=True, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise CommandFailed("%s: %s" % (" ".join(command), e))
    if proc.returncode != 0:
        raise CommandFailed("%s: exit code %d\n      stderr: %s" % (
            " ".join(command), proc.returncode,
            proc.stderr.decode("utf-8", "replace").strip().replace("\n", "\n      stderr: ")))
    return proc.stdout.decode("utf-8")


def score_json(cli, ws, extra):
    out = run(cli, ["score", ws, "--json"] + extra)
    try:
        return json.loads(out)
    except ValueError as e:
        raise CommandFailed("score %s: stdout is not JSON (%s): %s" % (" ".join(extra), e, out[:300]))


def check_workspace(cli, ws, expected, target_args, filters):
    """Full output and filtered outputs against the oracle; returns a list of diff lines."""
    lines = []
    actual = score_json(cli, ws, target_args)
    diffs = compare.compare(expected, actual)
    if diffs:
        lines.append("  score --json%s:" % "".join(" " + a for a in target_args))
        lines += compare.format_diffs(diffs)
    for company, label in filters:
        args = ["--company", company, "--round", label] + target_args
        actual = score_json(cli, ws, args)
        diffs = compare.compare(compare.filtered(expected, company, label), actual)
        if diffs:
            lines.append("  score --json %s:" % " ".join(
                json.dumps(a, ensure_ascii=False) if " " in a else a for a in args))
            lines += compare.format_diffs(diffs, limit=6)
    return lines


def check_anonymous(cli, ws, questionnaire, expected, min_group, target_args, filters):
    """`settings --min-group K`, then `score --json --anonymous` against oracle.anonymous()."""
    run(cli, ["settings", ws, "--min-group", str(min_group)])
    view = oracle.anonymous(questionnaire, expected, min_group)
    return check_workspace(cli, ws, view, target_args + ["--anonymous"], filters)


def describe_case(case):
    q = case["questionnaire"]
    n_items = sum(len(d["items"]) for d in q["dimensions"])
    companies = sorted(set(r[0] for r in case["rows"]))
    text = "scale %d..%d, %d dimensions, %d items, %d companies, %d rows, %s '%s'" % (
        q["scale"]["min"], q["scale"]["max"], len(q["dimensions"]), n_items, len(companies),
        len(case["rows"]), case["form"], case["delimiter"])
    if len(case["files"]) > 1:
        text += ", %d imports" % len(case["files"])
    if case["target"] is not None:
        text += ", --target %s" % case["target"]
    return text


def fresh_dir(path):
    if os.path.isdir(path):
        shutil.rmtree(path)
    os.makedirs(path)


def write_case_files(case, casedir, seed, k):
    """Writes q.json and the CSV file(s); returns (questionnaire path, csv paths)."""
    qpath = os.path.join(casedir, "questionnaire.json")
    with open(qpath, "w", encoding="utf-8") as f:
        json.dump(case["questionnaire"], f, ensure_ascii=False, indent=1)
    item_ids = [it["id"] for d in case["questionnaire"]["dimensions"] for it in d["items"]]
    rnd = random.Random(seed * 31 + k)
    paths = []
    for j, rows in enumerate(case["files"]):
        path = os.path.join(casedir, "answers%d.csv" % (j + 1))
        gen_cases.write_csv(path, rows, item_ids, case, rnd)
        paths.append(path)
    return qpath, paths


def run_case(cli, workdir, seed, k, generate_only):
    case = gen_cases.make_case(seed, k)
    casedir = os.path.join(workdir, "case%02d" % k)
    fresh_dir(casedir)
    qpath, csv_paths = write_case_files(case, casedir, seed, k)
    expected = oracle.score(case["questionnaire"], case["rows"], {}, case["target"])
    with open(os.path.join(casedir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    title = "case %02d (%s)" % (k, describe_case(case))
    if generate_only:
        return title, []
    ws = os.path.join(casedir, "ws.sbradar")
    target_args = [] if case["target"] is None else ["--target", repr(float(case["target"]))]
    try:
        run(cli, ["init", ws, "--questionnaire", qpath])
        for path in csv_paths:
            run(cli, ["import", ws, path])
        problems = check_workspace(cli, ws, expected, target_args, case["filters"])
        min_group = 3 + k % 3  # the random cases have 1 to 5 respondents per department
        return title, problems + check_anonymous(cli, ws, case["questionnaire"], expected, min_group,
                                                 target_args, case["filters"])
    except CommandFailed as e:
        return title, ["  command failed: %s" % e]


def read_workspace(path):
    """Raw data of a workspace, read with sqlite3: (questionnaire, answer tuples, meta)."""
    try:
        db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        db = sqlite3.connect(path)
    try:
        q = json.loads(db.execute("SELECT json FROM questionnaire WHERE id = 1").fetchone()[0])
        item_key = dict(db.execute("SELECT id, key FROM items"))
        companies = {}
        meta = {}
        for cid, name, target in db.execute("SELECT id, name, target FROM companies"):
            companies[cid] = name
            meta[name] = {"target": target, "rounds": {}}
        departments = {}
        for did, cid, name in db.execute("SELECT id, company_id, name FROM departments"):
            departments[did] = name
        rounds = {}
        for rid, cid, label, date in db.execute("SELECT id, company_id, label, date FROM rounds"):
            rounds[rid] = (companies[cid], label, date)
            meta[companies[cid]]["rounds"][label] = date
        assessments = {}
        rows = []
        for aid, rid, did in db.execute("SELECT id, round_id, department_id FROM assessments"):
            company, label, date = rounds[rid]
            assessments[aid] = (company, departments[did], label, date)
            rows.append(assessments[aid] + (None, None, None))
        for pid, aid in db.execute("SELECT id, assessment_id FROM respondents"):
            rows.append(assessments[aid] + ("#%d" % pid, None, None))
        for aid, pid, iid, level in db.execute(
                "SELECT assessment_id, respondent_id, item_id, level FROM answers"):
            rows.append(assessments[aid] + ("#%d" % pid, item_key[iid], level))
    finally:
        db.close()
    return q, rows, meta


def run_demo(cli, workdir):
    casedir = os.path.join(workdir, "demo")
    fresh_dir(casedir)
    ws = os.path.join(casedir, "demo.sbradar")
    try:
        run(cli, ["demo", ws])
        try:
            q, rows, meta = read_workspace(ws)
        except (sqlite3.Error, TypeError, KeyError, ValueError) as e:
            return "demo", ["  cannot read the demo workspace with the documented schema: %r" % e]
        expected = oracle.score(q, rows, meta)
        with open(os.path.join(casedir, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)
        pairs = [(c["name"], r["label"]) for c in expected["companies"] for r in c["rounds"]]
        filters = random.Random(len(rows)).sample(pairs, min(2, len(pairs)))
        title = "demo workspace (%d companies, %d answer rows)" % (
            len(expected["companies"]), len(rows))
        problems = check_workspace(cli, ws, expected, [], filters)
        return title, problems + check_anonymous(cli, ws, q, expected, 5, [], filters)
    except CommandFailed as e:
        return "demo workspace", ["  command failed: %s" % e]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", required=True, help="path to sbradar-cli")
    parser.add_argument("--workdir", required=True, help="directory for generated files")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cases", type=int, default=12)
    parser.add_argument("--no-demo", action="store_true", help="skip the demo workspace")
    parser.add_argument("--generate-only", action="store_true",
                        help="only write the cases and the oracle's expected.json")
    args = parser.parse_args()

    cli = os.path.abspath(args.cli)
    os.makedirs(args.workdir, exist_ok=True)
    passed = 0
    failed = 0
    cli_missing = not args.generate_only and not (os.path.isfile(cli) and os.access(cli, os.X_OK))
    results = []
    for k in range(args.cases):
        if cli_missing:
            results.append(("case %02d" % k, ["  sbradar-cli not found or not executable: %s" % cli]))
            continue
        results.append(run_case(cli, args.workdir, args.seed, k, args.generate_only))
    if not args.no_demo and not args.generate_only:
        if cli_missing:
            results.append(("demo workspace", ["  sbradar-cli not found or not executable: %s" % cli]))
        else:
            results.append(run_demo(cli, args.workdir))
    for title, problems in results:
        if args.generate_only:
            passed += 1
            print("gen  %s" % title)
        elif problems:
            failed += 1
            print("FAIL %s" % title)
            for line in problems:
                print(line)
        else:
            passed += 1
            print("ok   %s" % title)
    print("oracle: %d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
