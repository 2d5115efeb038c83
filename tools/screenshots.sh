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

shot() { # language, file, page, selection, further options
    local lang=$1 file=$2 page=$3 select=$4
    shift 4
    HOME=$HOME_DIR LANG=$lang LC_ALL=$lang LANGUAGE= xvfb-run -a -s "-screen 0 1400x900x24" \
        "$APP" --page "$page" --select "$select" --screenshot "$OUT/$file" "$@" >/dev/null 2>&1
    echo "$OUT/$file"
}

for lang in de en; do
    locale=$([[ $lang == de ]] && echo de_DE.UTF-8 || echo en_GB.UTF-8)
    company="Weber Maschinenbau GmbH"
    shot "$locale" "dashboard-$lang.png" 0 "$company/2026-Q3"
    shot "$locale" "assessment-$lang.png" 1 "$company/2026-Q3/Vertrieb"
    shot "$locale" "benchmark-$lang.png" 2 "$company/2026-Q3"
    shot "$locale" "recommendations-$lang.png" 3 "$company/2026-Q3"
    shot "$locale" "plan-$lang.png" 4 "$company/2026-Q3"
    shot "$locale" "questionnaire-$lang.png" 5 "$company/2026-Q3"
    shot "$locale" "companies-$lang.png" 6 "$company/2026-Q3"
done
# Dark mode (1280×800) and a small screen (1024×700), German: every page.
CONF="$HOME_DIR/.config/SocialBusinessRadar/Social Business Radar.conf"
mkdir -p "$(dirname "$CONF")"
company="Weber Maschinenbau GmbH"
pages=(dashboard assessment benchmark recommendations plan questionnaire companies)
for variant in dark small; do
    printf '[ui]\ntheme=%s\n' "$([[ $variant == dark ]] && echo 2 || echo 1)" >"$CONF"
    size=$([[ $variant == small ]] && echo 1024x700 || echo 1280x800)
    for i in "${!pages[@]}"; do
        select="$company/2026-Q3"
        [[ ${pages[$i]} == assessment ]] && select="$company/2026-Q3/Vertrieb"
        shot de_DE.UTF-8 "${pages[$i]}-$variant-de.png" "$i" "$select" --window-size "$size"
    done
done
# High contrast (Preferences ▸ Theme), German: the pages with charts, marks and long texts.
printf '[ui]\ntheme=3\n' >"$CONF"
shot de_DE.UTF-8 "dashboard-contrast-de.png" 0 "$company/2026-Q3" --window-size 1280x800
shot de_DE.UTF-8 "assessment-contrast-de.png" 1 "$company/2026-Q3/Vertrieb" --window-size 1280x800
shot de_DE.UTF-8 "recommendations-contrast-de.png" 3 "$company/2026-Q3" --window-size 1280x800
rm -f "$CONF"
# The projector: the title slide with the voting address, a statement with recorded answers.
company="Weber Maschinenbau GmbH"
shot de_DE.UTF-8 "presentation-title-de.png" 0 "$company/2026-Q3/Vertrieb" --present 0 --live
shot de_DE.UTF-8 "presentation-item-de.png" 0 "$company/2026-Q3/Marketing & Kommunikation" --present 3

# The phone page: a headless session in German and one participant in Chromium.
CLI=$(dirname "$APP")/sbradar-cli
E2E=$(cd "$(dirname "$0")/../tests/e2e" && pwd)
if command -v node >/dev/null && [[ -x /usr/bin/chromium && -d $E2E/node_modules/playwright-core ]]; then
    "$CLI" demo "$HOME_DIR/phone.sbradar" >/dev/null
    "$CLI" workshop "$HOME_DIR/phone.sbradar" --company "$company" --round 2026-Q3 --department Vertrieb \
        --lang de >"$HOME_DIR/workshop.out" 2>&1 &
    pid=$!
    for _ in $(seq 50); do grep -q 'http://' "$HOME_DIR/workshop.out" && break; sleep 0.1; done
    url=$(grep -o 'http://[^ ]*' "$HOME_DIR/workshop.out" | head -n 1)
    node "$E2E/vote.mjs" "$url" '[2]' "$OUT/workshop-phone-de.png" >/dev/null && echo "$OUT/workshop-phone-de.png"
    kill -TERM "$pid"; wait "$pid" || true
fi
# Mixed group and re-vote: the browser test of the workbench votes from six phones and saves the
# slides (joined / expected, per department, both rounds) and two phone pages in German.
UI_TESTS=$(dirname "$APP")/ui_tests
if [[ -x $UI_TESTS && -d $E2E/node_modules/playwright-core ]]; then
    HOME=$HOME_DIR QT_QPA_PLATFORM=offscreen SBRADAR_SLIDE_SCREENSHOTS="$OUT" \
        "$UI_TESTS" --gtest_filter='*PhonesOfTwoDepartments*' >/dev/null && ls "$OUT"/presentation-{joined,groups,revote}-de.png
    mv "$OUT/phone-department.png" "$OUT/workshop-phone-department-de.png" 2>/dev/null || true
    mv "$OUT/phone-revote.png" "$OUT/workshop-phone-revote-de.png" 2>/dev/null || true
fi
cp "$OUT/dashboard-de.png" "$OUT/overview.png"
