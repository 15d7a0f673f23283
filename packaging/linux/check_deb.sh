#!/usr/bin/env bash
# Install the .deb on this machine with apt-get, check it, remove it, and check that
# nothing is left. Needs root (or sudo) and a machine where installing it is acceptable.
#
#   packaging/linux/check_deb.sh dist/prewire_0.1.0_amd64.deb
set -euo pipefail

deb="$(realpath "${1:?usage: check_deb.sh PREWIRE.deb}")"
here="$(cd "$(dirname "$0")" && pwd)"
id=org.prewire.Prewire
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
fail() { echo "check_deb: FAILED: $*" >&2; exit 1; }
step() { echo "check_deb: $*"; }

! dpkg -s prewire >/dev/null 2>&1 || fail "prewire is already installed; remove it first"

step "apt-get install $deb"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
files="$(dpkg -L prewire)"
trap '$sudo apt-get remove -y -qq prewire >/dev/null 2>&1 || true' EXIT

step "files in place"
for path in /opt/prewire/prewire /usr/bin/prewire /usr/share/applications/$id.desktop \
    /usr/share/metainfo/$id.metainfo.xml /usr/share/mime/packages/$id.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/icons/hicolor/48x48/apps/$id.png; do
  [ -e "$path" ] || fail "$path is missing"
done

step "desktop-file-validate and appstreamcli validate"
desktop-file-validate /usr/share/applications/$id.desktop
appstreamcli validate --no-net /usr/share/metainfo/$id.metainfo.xml

step "the MIME database knows packages and workspaces"
grep -q "application/x-prewire-package:\*\.prewire\.json" /usr/share/mime/globs2 \
  || fail "*.prewire.json is not in the MIME database"
grep -q "application/x-prewire-workspace:\*\.prewire$" /usr/share/mime/globs2 \
  || fail "*.prewire is not in the MIME database"

step "the launcher runs the app (command line, PDF, window)"
"$here/../check_bundle.sh" /usr/bin/prewire

step "apt-get remove prewire"
trap - EXIT
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq prewire >/dev/null
! dpkg -s prewire >/dev/null 2>&1 || [ "$(dpkg-query -W -f='${db:Status-Status}' prewire)" = not-installed ] \
  || fail "dpkg still lists prewire: $(dpkg-query -W -f='${db:Status-Status}' prewire)"
left="$(while read -r path; do
  if [ -f "$path" ] || [ -L "$path" ]; then echo "$path"; fi
done <<< "$files")"
[ -z "$left" ] || fail "files left behind: $left"
[ ! -e /opt/prewire ] || fail "/opt/prewire is left behind"
! grep -q "x-prewire" /usr/share/mime/globs2 || fail "the MIME types outlived the package"
echo "check_deb: all passed ($deb)"
