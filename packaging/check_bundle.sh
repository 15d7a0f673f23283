#!/usr/bin/env bash
# Prove a built Prewire runs on its own: no virtual environment, no project checkout on the
# path, a fresh HOME, nothing written beside the program.
#
#   packaging/check_bundle.sh dist/prewire      the bundle (copied outside the checkout first)
#   packaging/check_bundle.sh /usr/bin/prewire  an installed launcher (packaging/linux/check_deb.sh)
#   packaging/check_bundle.sh dist/Prewire.AppDir/AppRun
#
# It runs --version, demo, export --pdf of the Chinese demo meeting (every font embedded,
# checked with pdffonts; as root, once more with the system's WenQuanYi hidden, so that
# the bundle's own copy must be the one embedded), and opens the window offscreen, then ends it with SIGTERM as a
# logout would and expects a clean exit: status 0, the window's state saved.
# Needs poppler-utils (pdffonts, pdftotext). Takes a minute or two: not part of `make test`.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$here/../pyproject.toml")"
scratch="$(mktemp -d /tmp/prewire-check.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

target="${1:?usage: check_bundle.sh BUNDLE_DIR | INSTALLED_COMMAND}"
if [ -d "$target" ]; then
  cp -a "$target" "$scratch/app"
  command="$scratch/app/prewire"
  before="$(cd "$scratch/app" && find . | sort)"
else
  command="$(cd "$(dirname "$target")" && pwd)/$(basename "$target")"
fi

fail() { echo "check_bundle: FAILED: $*" >&2; exit 1; }
step() { echo "check_bundle: $(date +%T) $*"; }

mkdir "$scratch/home" "$scratch/work"
cd "$scratch/work"
# the environment a user's session gives a program: no venv, no PYTHONPATH, a new HOME
clean=(env -i HOME="$scratch/home" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8
       QT_QPA_PLATFORM=offscreen)
run() { "${clean[@]}" "$@"; }

step "$command --version"
got="$(run "$command" --version)"
[ "$got" = "prewire $version" ] || fail "--version printed '$got', pyproject.toml says $version"

step "demo"
run "$command" demo > demo.txt || fail "demo exited $?"
[ "$(wc -l < demo.txt)" -eq 3 ] || fail "demo added $(wc -l < demo.txt) meetings, not 3"

step "export --pdf of the Chinese demo meeting"
chinese="$(grep -P '\t.*[\x{4e00}-\x{9fff}]' demo.txt | head -n1)" || fail "no Chinese demo meeting"
meeting="${chinese%%$'\t'*}"
title="${chinese#*$'\t'}"
run "$command" export "$meeting" --pdf zh.pdf > export.out 2> export.err || fail "export: $(cat export.err)"
[ ! -s export.err ] || fail "export complained: $(cat export.err)"
pdffonts zh.pdf > fonts.txt
# every font embedded (the "emb" column), and one of them the bundle's Chinese face
awk 'NR > 2 && $(NF-4) != "yes" { bad = 1; print "not embedded: " $0 } END { exit bad }' \
  fonts.txt || fail "a font is not embedded"
grep -q -i "wqy\|microhei\|yahei\|heiti\|simhei\|simsun" fonts.txt || fail "no CJK font: $(cat fonts.txt)"
pdftotext zh.pdf - | tr -d ' \n' | grep -q -F "$(printf '%s' "$title" | tr -d ' ')" \
  || fail "the PDF does not carry the title $title"

wqy=/usr/share/fonts/truetype/wqy
if [ -n "${before:-}" ] && [ "$(id -u)" = 0 ] && [ -d "$wqy" ] && command -v unshare >/dev/null; then
  step "export --pdf with the system's WenQuanYi hidden: the bundle's own is embedded"
  # a private mount namespace: only this command sees the empty folder
  unshare -m sh -c 'mount -t tmpfs none "$0" && exec "$@"' "$wqy" \
    "${clean[@]}" "$command" export "$meeting" --pdf own.pdf > /dev/null 2> own.err \
    || fail "export without the system's font: $(cat own.err)"
  pdffonts own.pdf | grep -q "WenQuanYiMicroHei" || fail "the bundled CJK font was not embedded"
fi

step "the window, offscreen, ended by SIGTERM"
log="$scratch/home/.local/state/Prewire/log/prewire.log"
# not through run(): a function in the background is a subshell, and $! would be its pid
"${clean[@]}" "$command" & pid=$!
for _ in $(seq 120); do
  grep -q "window open on" "$log" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if ! grep -q "window open on" "$log"; then
  kill -KILL "$pid" 2>/dev/null || true
  fail "the window did not open: $(tail -n 5 "$log" 2>&1)"
fi
kill -TERM "$pid"
for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$pid" 2>/dev/null; then
  kill -KILL "$pid"
  fail "the window was still running 30 s after SIGTERM"
fi
status=0; wait "$pid" || status=$?
[ "$status" -eq 0 ] || fail "the window exited with status $status after SIGTERM"
grep -q "SIGTERM received: closing the windows" "$log" || fail "SIGTERM was not handled"
grep -q "^\[window\]" "$scratch/home/.config/Prewire/prewire.ini" \
  || fail "the window's state was not saved on the way out"
if grep -E " (ERROR|CRITICAL) " "$log"; then fail "errors in the log"; fi

if [ -n "${before:-}" ]; then
  step "nothing written beside the program"
  after="$(cd "$scratch/app" && find . | sort)"
  [ "$before" = "$after" ] || fail "files appeared in the bundle: $(diff <(echo "$before") <(echo "$after"))"
fi
echo "check_bundle: all passed ($command, version $version)"
