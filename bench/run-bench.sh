#!/usr/bin/env bash
# Benchmark of sbradar-cli against the sqlite3 shell on ~1,000,000 answers (see docs/performance.md).
#
#   bench/run-bench.sh build/bin/sbradar-cli        (what `make bench` runs)
#
# Measures, each as the median of BENCH_REPS runs after one warm-up run:
#   import   sbradar-cli import WS FILE        vs  sqlite3 .import FILE into a bare text table
#   score    sbradar-cli score WS --json       vs  one sqlite3 GROUP BY (count, avg per assessment and item)
#   memory   peak RSS of sbradar-cli score
# and prints a table with PASS/FAIL per target. Exit code: 0 all targets met, 1 a target missed,
# 2 the benchmark itself could not run (missing tool, a command failed).
#
# Environment:
#   BENCH_DIR   work directory (default: <repo>/build/bench); the CSV is generated once and reused
#   BENCH_REPS  measured repetitions per command (default 3)
#   BENCH_ROWS  answers in the CSV (default 1000000; "full" = the whole 40x12x8x10x31 shape)
#   BENCH_SEED  seed of the generator (default 20240315)

# Commands reach bench_pair by array name and its results come back through printf -v:
# shellcheck disable=SC2034,SC2154,SC2317
set -u -o pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=offscreen

usage() { echo "usage: $0 PATH/TO/sbradar-cli" >&2; exit 2; }
[[ $# -eq 1 ]] || usage
[[ $1 == -h || $1 == --help ]] && { sed -n '2,/^$/p' "$0" | sed 's/^# \{0,1\}//'; exit 0; }

die() { echo "error: $*" >&2; exit 2; }

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SCRIPT_DIR/.." && pwd)
CLI_SRC=$(cd "$(dirname "$1")" 2>/dev/null && pwd)/$(basename "$1")
[[ -x $CLI_SRC ]] || die "$1 is not an executable (build it first: ninja -C build sbradar-cli)"
command -v sqlite3 >/dev/null || die "the sqlite3 shell is missing (Debian package sqlite3; make deps installs it)"
PYTHON=$(command -v /usr/bin/python3 || command -v python3) || die "python3 is missing"

WORK=${BENCH_DIR:-$REPO/build/bench}
REPS=${BENCH_REPS:-3}
ROWS=${BENCH_ROWS:-1000000}
SEED=${BENCH_SEED:-20240315}
[[ $REPS =~ ^[1-9][0-9]*$ ]] || die "BENCH_REPS must be a positive integer"
[[ $ROWS == full || $ROWS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROWS must be a positive integer or 'full'"

# Targets of the acceptance criteria.
IMPORT_MAX_RATIO=2.0
SCORE_MAX_RATIO=1.5
SCORE_MAX_RSS_MB=300   # decimal megabytes (300,000,000 bytes)

mkdir -p "$WORK" || die "cannot create $WORK"
WORK=$(cd "$WORK" && pwd)
LOG=$WORK/bench.log
: > "$LOG"

# Work on a private copy of the binary, so that a rebuild during the run cannot swap it
# between repetitions (the project's own libraries are linked statically).
CLI=$WORK/sbradar-cli
if ! cp -f "$CLI_SRC" "$CLI.tmp" || ! mv -f "$CLI.tmp" "$CLI"; then die "cannot copy $CLI_SRC"; fi

fail_cmd() {  # a command of the benchmark itself failed: show why and stop
    echo "error: command failed: $*" >&2
    tail -n 20 "$LOG" >&2
    exit 2
}

# ---------------------------------------------------------------- measuring one command
# run_measured OUT CMD...: runs CMD (stdout to OUT, stderr to the log) and prints
# "<wall seconds> <peak RSS in KiB>".
if [[ -x /usr/bin/time ]]; then
    RSS_TOOL="/usr/bin/time -f %M"
    run_measured() {
        local out=$1; shift
        local t0 t1
        t0=$(date +%s.%N)
        /usr/bin/time -f %M -o "$WORK/.rss" "$@" > "$out" 2>> "$LOG" || fail_cmd "$@"
        t1=$(date +%s.%N)
        awk -v a="$t0" -v b="$t1" -v k="$(tail -n 1 "$WORK/.rss")" 'BEGIN { printf "%.6f %d\n", b - a, k }'
    }
else
    # No GNU time: a Python wrapper times the child and reads its peak RSS from getrusage()
    # (ru_maxrss of the waited-for child, in KiB on Linux: the same number /usr/bin/time prints;
    # it cannot be lower than the ~10 MB of the Python process the child is forked from).
    RSS_TOOL="python getrusage(RUSAGE_CHILDREN)"
    run_measured() {
        local out=$1; shift
        "$PYTHON" -c '
import resource, subprocess, sys, time
with open(sys.argv[1], "wb") as out, open(sys.argv[2], "ab") as err:
    t0 = time.perf_counter()
    rc = subprocess.call(sys.argv[3:], stdout=out, stderr=err)
    t1 = time.perf_counter()
if rc != 0:
    sys.exit(rc)
print("%.6f %d" % (t1 - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
' "$out" "$LOG" "$@" || fail_cmd "$@"
    }
fi

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
maximum() { sort -g | tail -n 1; }

# bench_pair NAME_A SETUP_A CMD_A NAME_B SETUP_B CMD_B: one warm-up run and REPS measured runs of
# two commands, interleaved (A B A B ...) so that a change of background load hits both alike.
# CMD_x names an array holding the command line; SETUP_x (or ":") runs untimed before each run.
# Leaves the median time in T_<NAME>, the largest peak RSS in R_<NAME> and the single times in
# RUNS_<NAME>. A single command: bench_pair NAME SETUP CMD.
bench_pair() {
    local i k res
    local -a names=() setups=() cmds=()
    while (($#)); do names+=("$1"); setups+=("$2"); cmds+=("$3"); shift 3; done
    local -A times=() rss=()
    for ((i = 0; i <= REPS; i++)); do
        for k in "${!names[@]}"; do
            local -n cmd=${cmds[k]}
            ${setups[k]}
            res=$(run_measured /dev/null "${cmd[@]}") || exit 2
            unset -n cmd
            if ((i > 0)); then
                times[${names[k]}]+="${res%% *} "; rss[${names[k]}]+="${res##* } "
            fi
            printf '  %-12s %s %8.3f s  %8.1f MB\n' "${names[k]}" "$( ((i)) && echo "run $i " || echo warm-up)" \
                "${res%% *}" "$(awk -v k="${res##* }" 'BEGIN { print k * 1024 / 1e6 }')" >&2
        done
    done
    for k in "${names[@]}"; do
        printf -v "T_$k" '%s' "$(tr ' ' '\n' <<< "${times[$k]}" | grep . | median)"
        printf -v "R_$k" '%s' "$(tr ' ' '\n' <<< "${rss[$k]}" | grep . | maximum)"
        printf -v "RUNS_$k" '%s' "${times[$k]% }"
    done
}

# ---------------------------------------------------------------- machine facts
qt_version() {
    local v
    for cmd in "qtpaths6 --qt-version" "qmake6 -query QT_VERSION" "pkg-config --modversion Qt6Core"; do
        v=$($cmd 2>/dev/null) && [[ -n $v ]] && { echo "$v"; return; }
    done
    dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo unknown
}
build_type() {
    local cache
    cache=$(dirname "$(dirname "$CLI_SRC")")/CMakeCache.txt
    [[ -f $cache ]] && sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$cache" || echo unknown
}

M_DATE=$(date -u +'%Y-%m-%d %H:%M UTC')
M_CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
M_NPROC=$(nproc)
M_MEM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
# shellcheck disable=SC1091
M_OS=$( . /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-unknown}")
M_KERNEL=$(uname -r)
M_SQLITE=$(sqlite3 --version | awk '{ print $1 }')
M_QT=$(qt_version)
M_BUILD=$(build_type)
M_CLI=$("$CLI" --version 2>/dev/null | head -n 1)

# ---------------------------------------------------------------- the CSV (generated once)
QJSON=$WORK/questionnaire.json
rm -f "$WORK/items.sbradar"
"$CLI" init "$WORK/items.sbradar" > /dev/null 2>> "$LOG" || fail_cmd "$CLI" init "$WORK/items.sbradar"
"$CLI" questionnaire "$WORK/items.sbradar" --json > "$QJSON" 2>> "$LOG" || fail_cmd "$CLI" questionnaire --json
rm -f "$WORK/items.sbradar"

CSV=$WORK/answers-$ROWS.csv
GEN_ARGS=(--questionnaire "$QJSON" --seed "$SEED")
[[ $ROWS == full ]] || GEN_ARGS+=(--rows-target "$ROWS")
# The CSV is reused while the generator, its arguments and the questionnaire's items are unchanged.
KEY=$( { cat "$SCRIPT_DIR/gen_answers.py"; echo "${GEN_ARGS[@]:2}";
         "$PYTHON" -c 'import json,sys; d=json.load(open(sys.argv[1])); print([i["id"] for x in d["dimensions"] for i in x["items"]])' "$QJSON"; } \
       | sha256sum | cut -c1-16)
if [[ -f $CSV && -f $CSV.key && $(cat "$CSV.key") == "$KEY" ]]; then
    echo "Reusing $CSV" >&2
else
    echo "Generating $CSV ..." >&2
    rm -f "$CSV.key"
    "$PYTHON" "$SCRIPT_DIR/gen_answers.py" "${GEN_ARGS[@]}" -o "$CSV" || die "gen_answers.py failed"
    echo "$KEY" > "$CSV.key"
fi
N_ANSWERS=$(( $(wc -l < "$CSV") - 1 ))
CSV_MB=$(awk -v b="$(stat -c %s "$CSV")" 'BEGIN { printf "%.1f", b / 1e6 }')

# ---------------------------------------------------------------- the runs
BASE=$WORK/base.db
WS=$WORK/bench.sbradar
DRY_WS=$WORK/dry.sbradar

fresh_base() { rm -f "$BASE" "$BASE-journal"; }
fresh_ws() {
    rm -f "$WS" "$WS-journal" "$WS-wal" "$WS-shm"
    "$CLI" init "$WS" > /dev/null 2>> "$LOG" || fail_cmd "$CLI" init "$WS"
}

BASE_QUERY="SELECT company, department, round, item, count(level), avg(level) FROM answers \
WHERE level <> '' GROUP BY company, department, round, item"

BASE_IMPORT=(sqlite3 "$BASE" -cmd '.mode csv' ".import \"$CSV\" answers")
CLI_IMPORT=("$CLI" import "$WS" "$CSV")
BASE_SCORE=(sqlite3 "$BASE" "$BASE_QUERY")
CLI_SCORE=("$CLI" score "$WS" --json)
CLI_DRYRUN=("$CLI" import "$DRY_WS" "$CSV" --dry-run)

M_LOAD_BEFORE=$(cut -d ' ' -f 1-3 /proc/loadavg)
echo "Running: $N_ANSWERS answers, 1 warm-up + $REPS measured runs each (load average $M_LOAD_BEFORE)" >&2
bench_pair base_import fresh_base BASE_IMPORT  cli_import fresh_ws CLI_IMPORT
bench_pair base_score  :          BASE_SCORE   cli_score  :        CLI_SCORE
# For information: parse and validate only (no writing), into an empty workspace.
rm -f "$DRY_WS"; "$CLI" init "$DRY_WS" > /dev/null 2>> "$LOG" || fail_cmd "$CLI" init "$DRY_WS"
bench_pair cli_dryrun  :          CLI_DRYRUN
rm -f "$DRY_WS"
M_LOAD_AFTER=$(cut -d ' ' -f 1-3 /proc/loadavg)

# Sanity: the workspace really holds the answers, the baseline table all rows.
base_rows=$(sqlite3 "$BASE" 'SELECT count(*) FROM answers')
ws_rows=$(sqlite3 "$WS" 'SELECT count(*) FROM answers' 2>/dev/null || echo "?")
[[ $base_rows == "$N_ANSWERS" ]] || die "the baseline table holds $base_rows rows, expected $N_ANSWERS"
[[ $ws_rows == "$N_ANSWERS" ]] || die "the workspace holds $ws_rows answers, expected $N_ANSWERS"
WS_MB=$(awk -v b="$(stat -c %s "$WS")" 'BEGIN { printf "%.1f", b / 1e6 }')
BASE_MB=$(awk -v b="$(stat -c %s "$BASE")" 'BEGIN { printf "%.1f", b / 1e6 }')

# ---------------------------------------------------------------- report
FAILED=0
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { if awk -v v="$1" -v m="$2" 'BEGIN { exit !(v <= m) }'; then echo PASS; else echo FAIL; fi; }
mb() { awk -v k="$1" 'BEGIN { printf "%.1f", k * 1024 / 1e6 }'; }

IMPORT_RATIO=$(ratio "$T_cli_import" "$T_base_import")
SCORE_RATIO=$(ratio "$T_cli_score" "$T_base_score")
SCORE_RSS_MB=$(mb "$R_cli_score")
V_IMPORT=$(verdict "$IMPORT_RATIO" "$IMPORT_MAX_RATIO"); [[ $V_IMPORT == PASS ]] || FAILED=1
V_SCORE=$(verdict "$SCORE_RATIO" "$SCORE_MAX_RATIO");    [[ $V_SCORE == PASS ]] || FAILED=1
V_RSS=$(verdict "$SCORE_RSS_MB" "$SCORE_MAX_RSS_MB");    [[ $V_RSS == PASS ]] || FAILED=1

REPORT=$WORK/results.txt
{
    echo
    echo "Social Business Radar benchmark, $M_DATE"
    echo "  machine : $M_CPU, $M_NPROC CPUs, $M_MEM RAM; $M_OS, Linux $M_KERNEL"
    echo "  software: $M_CLI ($M_BUILD build), Qt $M_QT, sqlite3 shell $M_SQLITE"
    echo "  data    : $N_ANSWERS answers, $CSV_MB MB CSV ($CSV)"
    echo "  method  : median of $REPS runs after 1 warm-up, sbradar and sqlite3 interleaved; peak RSS via $RSS_TOOL"
    echo "  load    : load average $M_LOAD_BEFORE before, $M_LOAD_AFTER after the runs"
    if awk -v l="${M_LOAD_BEFORE%% *}" -v n="$M_NPROC" 'BEGIN { exit !(l > n / 2) }'; then
        echo "  WARNING : the machine was busy when the benchmark started; the times are less reliable"
    fi
    echo
    printf '%-24s %11s %11s %7s %9s  %s\n' "measurement" "sbradar" "sqlite3" "ratio" "target" "result"
    printf '%-24s %11s %11s %7s %9s  %s\n' "import (long CSV)" "$(printf '%.3f s' "$T_cli_import")" \
        "$(printf '%.3f s' "$T_base_import")" "$IMPORT_RATIO" "<= $IMPORT_MAX_RATIO" "$V_IMPORT"
    printf '%-24s %11s %11s %7s %9s  %s\n' "score --json" "$(printf '%.3f s' "$T_cli_score")" \
        "$(printf '%.3f s' "$T_base_score")" "$SCORE_RATIO" "<= $SCORE_MAX_RATIO" "$V_SCORE"
    printf '%-24s %11s %11s %7s %9s  %s\n' "score peak RSS" "$SCORE_RSS_MB MB" "" "" \
        "<= $SCORE_MAX_RSS_MB MB" "$V_RSS"
    echo
    echo "for information (no target):"
    printf '  %-34s %s\n' "import --dry-run (parse+validate)" "$(printf '%.3f s' "$T_cli_dryrun")"
    printf '  %-34s %s\n' "import, writing (import - dry-run)" \
        "$(awk -v a="$T_cli_import" -v b="$T_cli_dryrun" 'BEGIN { printf "%.3f s", a - b }')"
    printf '  %-34s %s\n' "import peak RSS" "$(mb "$R_cli_import") MB (dry-run $(mb "$R_cli_dryrun") MB)"
    printf '  %-34s %s\n' "sqlite3 peak RSS" "import $(mb "$R_base_import") MB, GROUP BY $(mb "$R_base_score") MB"
    printf '  %-34s %s\n' "file sizes" "workspace $WS_MB MB, bare sqlite3 table $BASE_MB MB"
    echo "  single runs (s): sbradar import [$RUNS_cli_import]  sqlite3 .import [$RUNS_base_import]"
    echo "                   sbradar score [$RUNS_cli_score]  sqlite3 GROUP BY [$RUNS_base_score]"
    echo "                   import --dry-run [$RUNS_cli_dryrun]"
    echo
    if ((FAILED)); then echo "RESULT: FAIL (at least one target missed)"; else echo "RESULT: PASS (all targets met)"; fi
} | tee "$REPORT"

# Machine-readable copy for CI and for comparing runs.
cat > "$WORK/results.json" <<EOF
{
  "date": "$M_DATE", "answers": $N_ANSWERS, "repetitions": $REPS,
  "machine": {"cpu": "$M_CPU", "nproc": $M_NPROC, "memory": "$M_MEM", "os": "$M_OS", "kernel": "$M_KERNEL",
              "load_before": "$M_LOAD_BEFORE", "load_after": "$M_LOAD_AFTER"},
  "software": {"cli": "$M_CLI", "build_type": "$M_BUILD", "qt": "$M_QT", "sqlite3": "$M_SQLITE"},
  "seconds": {"cli_import": $T_cli_import, "base_import": $T_base_import, "cli_score": $T_cli_score,
              "base_score": $T_base_score, "cli_import_dry_run": $T_cli_dryrun},
  "peak_rss_kib": {"cli_import": $R_cli_import, "cli_score": $R_cli_score, "cli_import_dry_run": $R_cli_dryrun,
                   "base_import": $R_base_import, "base_score": $R_base_score},
  "ratios": {"import": $IMPORT_RATIO, "score": $SCORE_RATIO},
  "targets": {"import": "$V_IMPORT", "score": "$V_SCORE", "score_rss": "$V_RSS"}
}
EOF
echo "(written to $REPORT and $WORK/results.json)" >&2
exit "$FAILED"
