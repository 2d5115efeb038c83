#!/usr/bin/env bash
# The workbench on the large benchmark workspace (see docs/performance.md):
#
#   bench/run-gui-bench.sh build/bin/sbradar-gui-bench build/bench/bench.sbradar
#
# Targets: dashboard painted within 500 ms of start; switching the selection repainted in a
# median of 16 ms (one frame); typing an answer rescored and repainted in a median of 16 ms and at
# most 33 ms; no interaction keeps the GUI thread busy for more than 50 ms. Runs the program under
# xvfb-run (a real X server) and prints a table; exit code 1 when a target is missed.
set -u -o pipefail
[[ $# -eq 2 ]] || { echo "usage: $0 PATH/TO/sbradar-gui-bench WORKSPACE.sbradar" >&2; exit 2; }
BENCH=$1
WS=$2
[[ -x $BENCH ]] || { echo "error: $BENCH is not built (ninja -C build sbradar-gui-bench)" >&2; exit 2; }
[[ -f $WS ]] || { echo "error: $WS is missing (bench/run-bench.sh creates it)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (Debian package xvfb)" >&2; exit 2; }

# Work on a copy: the benchmark types answers into the workspace.
COPY=$(mktemp --suffix=.sbradar)
trap 'rm -f "$COPY"' EXIT
cp "$WS" "$COPY"
# A workspace of an older version is brought up to date once, as the first opening by a user
# would; the start is measured on the current schema.
CLI=$(dirname "$BENCH")/sbradar-cli
[[ -x $CLI ]] && "$CLI" settings "$COPY" >/dev/null
OUT=$(LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1600x1000x24" "$BENCH" "$COPY" 2>/dev/null) || {
    echo "error: the GUI benchmark failed" >&2; exit 2; }

value() { awk -v k="$1" '$1 == k { print $2 }' <<<"$OUT"; }
status=0
row() { # name, measured key, limit
    local v; v=$(value "$2")
    local verdict=PASS
    awk -v v="$v" -v l="$3" 'BEGIN { exit !(v <= l) }' || { verdict=FAIL; status=1; }
    printf '%-40s %10s ms   target <= %5s ms   %s\n' "$1" "$v" "$3" "$verdict"
}
echo "Workbench on $(basename "$WS") ($(du -h "$WS" | cut -f1)):"
row "start until the dashboard is painted" start_to_dashboard 500
row "switch selection, median" switch_selection_median 16
row "switch selection, slowest of 40 (no target)" switch_selection_max 1000000
row "type an answer, median (visible pages current)" edit_answer_median 16
row "type an answer, slowest of 20" edit_answer_max 33
row "longest time the GUI thread was busy" longest_gui_stall 50
exit $status
