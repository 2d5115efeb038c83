#!/usr/bin/env bash
# Refreshes the pictures of the user guide (docs/images/) from the real program: every page of
# the workbench on the demo workspace, in German and in English, under Xvfb.
#
#   tools/screenshots.sh build/bin/sbradar      (what `make screenshots` runs)
set -euo pipefail
APP=$(realpath "$1")
OUT=$(cd "$(dirname "$0")/.." && pwd)/docs/images
mkdir -p "$OUT"
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT

shot() { # language, file, page, selection
    local lang=$1 file=$2 page=$3 select=$4
    HOME=$HOME_DIR LANG=$lang LC_ALL=$lang LANGUAGE= xvfb-run -a -s "-screen 0 1400x900x24" \
        "$APP" --page "$page" --select "$select" --screenshot "$OUT/$file" >/dev/null 2>&1
    echo "$OUT/$file"
}

for lang in de en; do
    locale=$([[ $lang == de ]] && echo de_DE.UTF-8 || echo en_GB.UTF-8)
    company="Weber Maschinenbau GmbH"
    shot "$locale" "dashboard-$lang.png" 0 "$company/2026-Q3"
    shot "$locale" "assessment-$lang.png" 1 "$company/2026-Q3/Vertrieb"
    shot "$locale" "benchmark-$lang.png" 2 "$company/2026-Q3"
    shot "$locale" "recommendations-$lang.png" 3 "$company/2026-Q3"
    shot "$locale" "questionnaire-$lang.png" 4 "$company/2026-Q3"
    shot "$locale" "companies-$lang.png" 5 "$company/2026-Q3"
done
cp "$OUT/dashboard-de.png" "$OUT/overview.png"
