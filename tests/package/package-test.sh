#!/usr/bin/env bash
# The Debian package as a user gets it: unpacked into a scratch root (dpkg -x), both programs
# run from there, the desktop files validate, the workspace file type resolves, lintian is clean.
#
#   tests/package/package-test.sh BUILD_DIR VERSION      (ctest label "package", make package-test)
set -euo pipefail
BUILD=$(realpath "$1")
VERSION=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

deb=$(ls "$BUILD"/sbradar_"$VERSION"_*.deb 2>/dev/null | head -n 1 || true)
[[ -n $deb ]] || fail "no sbradar_${VERSION}_*.deb in $BUILD (run: make package)"
[[ $deb -nt $BUILD/bin/sbradar && $deb -nt $BUILD/bin/sbradar-cli ]] ||
    fail "$deb is older than the programs in $BUILD/bin (run: make package)"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
app_id=org.example.SocialBusinessRadar
for f in usr/bin/sbradar usr/bin/sbradar-cli \
    usr/share/applications/$app_id.desktop usr/share/metainfo/$app_id.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app_id.svg usr/share/mime/packages/$app_id.xml \
    usr/share/man/man1/sbradar.1.gz usr/share/man/man1/sbradar-cli.1.gz \
    usr/share/doc/sbradar/copyright usr/share/doc/sbradar/changelog.gz; do
    [[ -s $root/$f ]] || fail "the package lacks /$f"
done

# Dependencies: the libraries the programs link (dpkg-shlibdeps) and Qt's SQLite plugin.
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6widgets6 libqt6charts6 libqt6sql6-sqlite libqrencode4 libxlsxwriter; do
    grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done

# Menu entry: valid, opens workspaces given as a file (double-click), for the workspace type.
desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -qx 'Exec=sbradar %f' "$desktop" || fail "Exec line does not take a file"
grep -qx 'MimeType=application/x-sbradar-workspace;' "$desktop" || fail "no MimeType for workspaces"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"

# The file type: *.sbradar resolves to the workspace type, a kind of SQLite database.
mkdir -p "$root/mime"
cp -r "$root/usr/share/mime/packages" "$root/mime/"
update-mime-database "$root/mime" >/dev/null 2>&1
grep -q '^50:application/x-sbradar-workspace:\*\.sbradar$' "$root/mime/globs2" || fail "glob *.sbradar missing"
grep -q '^application/x-sbradar-workspace application/vnd.sqlite3$' "$root/mime/subclasses" ||
    fail "workspace type is not a subclass of SQLite"

# Manual page of the command-line tool: made from its --help, so it lists the commands.
man_text=$(MANWIDTH=100 man -l "$root/usr/share/man/man1/sbradar-cli.1.gz" 2>/dev/null)
grep -q 'demo WS' <<<"$man_text" || fail "man page of sbradar-cli lacks the commands"
grep -q "$VERSION" <<<"$man_text" || fail "man page of sbradar-cli lacks the version"

# Both programs run from the unpacked package.
export HOME=$root/home XDG_RUNTIME_DIR=$root/run LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
[[ $("$root/usr/bin/sbradar-cli" --version) == "sbradar-cli $VERSION" ]] || fail "sbradar-cli --version"
"$root/usr/bin/sbradar-cli" demo "$HOME/demo.sbradar" >/dev/null || fail "sbradar-cli demo"
"$root/usr/bin/sbradar-cli" score "$HOME/demo.sbradar" --company "Weber Maschinenbau GmbH" --round 2026-Q3 \
    --json >"$HOME/score.json" || fail "sbradar-cli score"
/usr/bin/python3 - "$HOME/score.json" <<'PY' || fail "score output of the installed sbradar-cli"
import json, sys
doc = json.load(open(sys.argv[1]))
text = json.dumps(doc)
assert "Weber Maschinenbau GmbH" in text and "Vertrieb" in text, "company or department missing"
PY
QT_QPA_PLATFORM=offscreen timeout 60 "$root/usr/bin/sbradar" "$HOME/demo.sbradar" \
    --select "Weber Maschinenbau GmbH/2026-Q3" --screenshot "$HOME/shot.png" || fail "sbradar --screenshot"
[[ $(head -c 8 "$HOME/shot.png" | od -An -tx1 | tr -d ' \n') == 89504e470d0a1a0a ]] ||
    fail "sbradar wrote no PNG screenshot"
[[ $(stat -c %s "$HOME/shot.png") -gt 20000 ]] || fail "the screenshot is nearly empty"

# lintian: no errors or warnings (remaining tags are overridden in the package, with reasons).
lintian --fail-on error,warning --tag-display-limit 0 "$deb" || fail "lintian"
echo "package ok: $deb"
