#!/bin/sh
# Runs the storage and session suites, the copy tests of the CLI, the team tests (who sees
# what, with consultant logins; working together) and the workbench's connect dialog against a
# real PostgreSQL server (formats.md *Team workspace*). pg_virtualenv (Debian's
# postgresql-common) creates a throwaway cluster, exports PGHOST/PGPORT/PGUSER/PGPASSWORD, runs
# the command and drops the cluster; it works as root. When the server cannot be started this
# script fails: the PostgreSQL tests never pass by being skipped.
#
# Usage: run-postgres-tests.sh STORAGE_TESTS SESSION_TESTS CLI_TESTS TEAM_TESTS TEAM_UI_TESTS
set -eu
for tool in pg_virtualenv; do
    command -v "$tool" >/dev/null || { echo "error: $tool is missing (apt-get install postgresql)" >&2; exit 1; }
done
# What only a file has (its bytes, header checks, integrity check, being split for reading, an
# older file imitated by editing it) stays out of this run.
STORAGE_FILTER='-WorkspaceFiles.*'
SESSION_FILTER='-Opening.*:Conclusions.AWorkspaceOfTheVersionBeforeIsMigratedAndTakesThem:Session.AReadOnlySessionRefusesEveryWriteAndSaysWhatToDo'
export STORAGE_FILTER SESSION_FILTER
exec pg_virtualenv -o fsync=off -o synchronous_commit=off -o full_page_writes=off sh -ec '
    export SBRADAR_TEST_POSTGRES=1
    psql -Atqc "SELECT 1" >/dev/null
    noise=$(mktemp)
    trap "cat \"$noise\" >&2; rm -f \"$noise\"" EXIT
    "$1" --gtest_brief=1 --gtest_filter="$STORAGE_FILTER" 2>>"$noise"
    "$2" --gtest_brief=1 --gtest_filter="$SESSION_FILTER" 2>>"$noise"
    "$3" --gtest_brief=1 --gtest_filter="CliCopy.*" 2>>"$noise"
    "$4" --gtest_brief=1 2>>"$noise"
    QT_QPA_PLATFORM=offscreen "$5" --gtest_brief=1 2>>"$noise"
    # The PostgreSQL driver of Qt cannot free a prepared statement in a transaction that a failed
    # statement aborted; the storage layer makes such a transaction usable again first (Transaction.h).
    if grep -q "Unable to free statement" "$noise"; then
        echo "error: the PostgreSQL driver could not free prepared statements (see above)" >&2
        exit 1
    fi
' run-postgres-tests "$@"
