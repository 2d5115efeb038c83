#!/usr/bin/python3
"""Seed corpora for the fuzz targets, made from the project's own test data.

usage: make-seeds.py OUT_DIR SBRADAR_CLI [EXTRA_DATA_DIR ...]

Writes OUT_DIR/<kind>/ for the kinds named in fuzz/CMakeLists.txt:
  csv            answer files of tests/data (and the extra directories, e.g. the shared cases),
                 plus long and wide files over the built-in questionnaire
  xlsx           the same answers as workbooks (as openpyxl writes them, and re-zipped without
                 compression so that mutations reach the XML)
  questionnaire  the questionnaire files of tests/data and a small cut of the built-in one
  http           raw requests to the voting server (placeholders: see FuzzVotingRequest.cpp)
  workspace      small workspace files made with SBRADAR_CLI (an empty one, one with answers)
  mapping        mapping profiles SBRADAR_CLI suggests for the survey exports of tests/data
Needs Debian's python3-openpyxl (run with /usr/bin/python3).
"""
import io
import json
import pathlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOKEN = "fuzzfuzzfuzzfuzzfuzzfuzz"  # kToken in FuzzVotingRequest.cpp


def write(directory, name, data):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


def builtin_questionnaire():
    return json.loads((ROOT / "resources/questionnaire/social-business-readiness.json").read_text("utf-8"))


def answer_files(extra_dirs):
    files = sorted((ROOT / "tests/data").rglob("*.csv")) + sorted((ROOT / "tests/data").rglob("*.txt"))
    for d in extra_dirs:
        files += sorted(pathlib.Path(d).rglob("*.csv")) + sorted(pathlib.Path(d).rglob("*.txt"))
    return files


def csv_seeds(out, extra_dirs):
    seen = set()
    for i, f in enumerate(answer_files(extra_dirs)):
        data = f.read_bytes()[:8192]
        if data not in seen:  # the shared cases are also in tests/data
            seen.add(data)
            write(out, f"{i:02d}-{f.name}", data)
    items = [i["id"] for d in builtin_questionnaire()["dimensions"] for i in d["items"]]
    keys = "company,department,round,date,respondent"
    wide = [keys + "," + ",".join(items[:6])]
    wide += [f"Muster GmbH,Marketing,2026-Q1,2026-03-15,{r},3,2,n/a,,4,1" for r in "BCD"]
    write(out, "wide.csv", "\n".join(wide) + "\n")
    write(out, "wide-semicolon-bom-crlf.csv", "\ufeff" + "\r\n".join(l.replace(",", ";") for l in wide) + "\r\n")
    long = [keys + ",item,level"]
    long += [f'"Muster GmbH","Vertrieb ""Süd""\nNord",2026-Q2,2026-06-30,{r},{items[0]},{lv}'
             for r, lv in (("A", 3), ("B", "N/A"), ("C", ""))]
    write(out, "long-quoted.csv", "\n".join(long) + "\n")
    write(out, "long-replace.csv", keys + ",item,level\nMuster GmbH,Marketing,2026-Q1,2026-03-15,A,"
          + items[1] + ",2\n")


def xlsx_bytes(rows, extra_sheet=False):
    wb = openpyxl.Workbook()
    if extra_sheet:
        wb.active.title = "Hinweise"
        wb.active["A1"] = "Bitte ausfüllen"
        ws = wb.create_sheet("Antworten")
    else:
        ws = wb.active
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def stored(zip_bytes):
    """The same zip without compression."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


def xlsx_seeds(out, csv_dir):
    import csv
    import datetime
    files = sorted(csv_dir.iterdir())
    for f in files[:4] + [f for f in files if not f.name[0].isdigit()]:
        text = f.read_bytes().decode("utf-8", "replace").lstrip("\ufeff")
        if text.startswith("sep="):
            text = text.split("\n", 1)[1]
        dialect = "excel-tab" if "\t" in text.split("\n", 1)[0] else "excel"
        delimiter = ";" if dialect == "excel" and text.count(";") > text.count(",") else None
        reader = csv.reader(io.StringIO(text), delimiter=delimiter) if delimiter else csv.reader(io.StringIO(text), dialect)
        rows = []
        for row in list(reader)[:12]:
            cells = []
            for cell in row:
                if cell.isdigit():
                    cells.append(int(cell))
                elif len(cell) == 10 and cell[4] == "-" and cell[7] == "-" and cell[:4].isdigit():
                    cells.append(datetime.date(int(cell[:4]), int(cell[5:7]), int(cell[8:])))
                else:
                    cells.append(cell)
            rows.append(cells)
        data = xlsx_bytes(rows, extra_sheet=f.stem.startswith("wide"))
        write(out, f.stem + ".xlsx", data)
        write(out, f.stem + "-stored.xlsx", stored(data))


def questionnaire_seeds(out):
    for f in sorted((ROOT / "tests/data").rglob("*.json")):
        write(out, f.name, f.read_bytes())
    q = builtin_questionnaire()
    q["dimensions"] = q["dimensions"][:2]
    for d in q["dimensions"]:
        d["items"] = d["items"][:2]
    keep = {i["id"] for d in q["dimensions"] for i in d["items"]}
    q["measures"] = [m for m in q.get("measures", []) if set(m.get("items", [])) & keep][:3] if isinstance(
        q.get("measures"), list) else q.get("measures")
    write(out, "builtin-cut.json", json.dumps(q, ensure_ascii=False, indent=1))


def http_seeds(out):
    item = builtin_questionnaire()["dimensions"][0]["items"][0]["id"]
    base = f"/s/{TOKEN}/"
    requests = {
        "code": "GET /@CODE@ HTTP/1.1\r\nHost: 10.0.0.1:8080\r\n\r\n",
        "code-lower-slash": "GET /abcdef/ HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 10.0.0.7\r\n\r\n",
        "page": f"GET {base} HTTP/1.1\r\nHost: x\r\n\r\n",
        "script": f"GET {base}app.js HTTP/1.1\r\nHost: x\r\n\r\n",
        "no-slash": f"GET /s/{TOKEN} HTTP/1.1\r\nHost: x\r\n\r\n",
        "wrong-token": "GET /s/AAAAAAAAAAAAAAAAAAAAAAAA/state HTTP/1.1\r\nHost: x\r\n\r\n",
        "state-new": f"GET {base}state HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 192.168.1.20\r\n\r\n",
        "state-known": f"GET {base}state?participant=@P@ HTTP/1.1\r\nHost: x\r\n\r\n",
        "vote": (f"POST {base}vote HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\r\n"
                 f'{{"participant":"@P@","item":"{item}","level":3}}'),
        "vote-skip": f'POST {base}vote HTTP/1.1\r\n\r\n{{"participant":"@P@","item":"{item}","level":null}}',
        "vote-float": f'POST {base}vote HTTP/1.1\r\n\r\n{{"participant":"@P@","item":"{item}","level":2.5}}',
        "vote-unknown": f'POST {base}vote HTTP/1.1\r\n\r\n{{"participant":"nobody","item":"x.y","level":1}}',
        "vote-get": f"GET {base}vote HTTP/1.1\r\n\r\n",
        "vote-malformed": f'POST {base}vote HTTP/1.1\r\n\r\n{{"participant":["@P@"],',
        "other": f"DELETE {base}admin%2F..%2Fstate?x=%zz HTTP/1.1\r\n\r\n",
    }
    for name, text in requests.items():
        write(out, name, text)


def workspace_seeds(out, cli):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        empty, filled = tmp / "empty.sbradar", tmp / "answers.sbradar"
        # The small questionnaire of the tests: the workspace keeps its questionnaire inside.
        questionnaire = str(ROOT / "tests/data/three-dimensions.json")
        for ws in (empty, filled):
            subprocess.run([cli, "init", str(ws), "--questionnaire", questionnaire], check=True,
                           stdout=subprocess.DEVNULL)
        answers = tmp / "answers.csv"
        rows = ["company,department,round,date,respondent,item,level"]
        rows += [f"Muster GmbH,{dep},2026-Q1,2026-03-15,{r},{item},{lv}"
                 for dep in ("Marketing", "Vertrieb") for r, lv in (("A", 3), ("B", 4), ("C", "n/a"))
                 for item in ("a.one", "b.one", "c.two")]
        answers.write_text("\n".join(rows) + "\n", "utf-8")
        subprocess.run([cli, "import", str(filled), str(answers)], check=True, stdout=subprocess.DEVNULL)
        for ws in (empty, filled):
            # Small pages keep the image small, so mutations hit the schema and the rows.
            db = sqlite3.connect(ws)
            db.execute("PRAGMA journal_mode=DELETE")
            db.execute("PRAGMA page_size=512")
            db.execute("VACUUM")
            db.close()
            write(out, ws.name, ws.read_bytes())


def mapping_seeds(out, cli):
    with tempfile.TemporaryDirectory() as tmp:
        ws = pathlib.Path(tmp) / "m.sbradar"
        subprocess.run([cli, "init", str(ws)], check=True, stdout=subprocess.DEVNULL)
        for f in sorted((ROOT / "tests/data/cli/survey").glob("*.csv")):
            r = subprocess.run([cli, "mapping", str(ws), str(f)], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
            if r.stdout:
                write(out, f.stem + ".json", r.stdout)
    profile = {"format": "sbradar-mapping", "version": 1,
               "columns": {"Abteilung": "department", "Antwort-ID": "respondent", "Zeitstempel": "ignore",
                           "Unsere Social-Media-Ziele": "strategy.business-goals"},
               "levels": {"Trifft gar nicht zu": 0, "Trifft voll zu": 4, "Weiß nicht": None},
               "constants": {"company": "Muster GmbH", "round": "2026-Q1", "date": "15.03.2026"}}
    write(out, "hand.json", json.dumps(profile, ensure_ascii=False, indent=1))


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, cli, extra = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    shutil.rmtree(out, ignore_errors=True)
    csv_seeds(out / "csv", extra)
    xlsx_seeds(out / "xlsx", out / "csv")
    questionnaire_seeds(out / "questionnaire")
    http_seeds(out / "http")
    workspace_seeds(out / "workspace", cli)
    mapping_seeds(out / "mapping", cli)
    for kind in sorted(out.iterdir()):
        print(f"seeds {kind.name}: {len(list(kind.iterdir()))} files")


if __name__ == "__main__":
    main()
