#!/usr/bin/env bash
# Runs every libFuzzer target of the asan build for SECONDS each and prints, per target, the
# executions and the coverage libFuzzer reached (cov: code edges, ft: features). Exits non-zero
# when a target found something (a crash, a sanitizer report, a leak, a timeout); the input that
# shows it is kept in BUILD/fuzz/findings/.
#
# usage: fuzz/run-fuzzers.sh BUILD_DIR SECONDS [PARALLEL] [TARGET ...]
#   BUILD_DIR  the asan build (build-asan); the targets are listed in BUILD_DIR/fuzz/fuzz-targets.txt
#   PARALLEL   how many targets run at the same time (default 1)
#   TARGET     only these (e.g. fuzz_xlsx); default all
# Environment: FUZZ_SEED_DIRS, extra directories of answer files for the seeds.
# The corpus grows in BUILD_DIR/fuzz/corpus/<target> from one run to the next; the seeds are
# made from the project's test data by fuzz/make-seeds.py.
set -uo pipefail
build=$(realpath "${1:?build directory}")
seconds=${2:?seconds per target}
parallel=${3:-1}
shift $(($# < 3 ? $# : 3))
here=$(dirname "$(realpath "$0")")
list="$build/fuzz/fuzz-targets.txt"
[ -f "$list" ] || { echo "no $list: configure with the asan preset" >&2; exit 2; }

seeds="$build/fuzz/seeds"
if [ ! -d "$seeds" ] || [ "$here/make-seeds.py" -nt "$seeds" ]; then
    # The workspace seeds are made with the command line: this build's, or the default build's
    # beside it (CI has built that one already), else it is built here.
    cli="$build/bin/sbradar-cli"
    [ -x "$cli" ] || cli="$(dirname "$build")/build/bin/sbradar-cli"
    if [ ! -x "$cli" ]; then
        cmake --build "$build" --target sbradar-cli || exit 2
        cli="$build/bin/sbradar-cli"
    fi
    # shellcheck disable=SC2086
    /usr/bin/python3 "$here/make-seeds.py" "$seeds" "$cli" ${FUZZ_SEED_DIRS:-} || exit 2
fi
mkdir -p "$build/fuzz/logs" "$build/fuzz/findings"

run_one() { # target seed-kind
    local target=$1 kind=$2 corpus="$build/fuzz/corpus/$1"
    mkdir -p "$corpus"
    # halt_on_error etc.: every sanitizer report ends the run as a finding.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        nice -n 10 "$build/bin/$target" -max_total_time="$seconds" -print_final_stats=1 -timeout=25 \
        -rss_limit_mb=2560 -artifact_prefix="$build/fuzz/findings/$target-" "$corpus" "$seeds/$kind" \
        > "$build/fuzz/logs/$target.log" 2>&1
    echo $? > "$build/fuzz/logs/$target.rc"
}

targets=()
while read -r target kind; do
    [ -n "$target" ] || continue
    if [ $# -gt 0 ] && [[ " $* " != *" $target "* ]]; then continue; fi
    [ -x "$build/bin/$target" ] || { echo "$target is not built (cmake --build $build --target fuzzers)" >&2; exit 2; }
    targets+=("$target")
    run_one "$target" "$kind" &
    while [ "$(jobs -rp | wc -l)" -ge "$parallel" ]; do wait -n; done
done < "$list"
wait

status=0
printf '%-26s %12s %8s %8s %7s  %-12s %s\n' target executions exec/s cov ft corpus result
for target in "${targets[@]}"; do
    log="$build/fuzz/logs/$target.log"
    rc=$(cat "$build/fuzz/logs/$target.rc")
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' <<< "$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\) .*/\1/p' <<< "$last")
    corpus=$(sed -n 's/.* corp: \([0-9]*\/[0-9]*[a-zA-Z]*\) .*/\1/p' <<< "$last")
    result=ok
    if [ "$rc" != 0 ]; then
        result="FINDING (exit $rc, see $log)"
        status=1
    fi
    printf '%-26s %12s %8s %8s %7s  %s %s\n' "$target" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "${corpus:-?}" "$result"
done
exit $status
