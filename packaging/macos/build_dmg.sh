#!/usr/bin/env bash
# Build dist/Prewire-VERSION.dmg from dist/Prewire.app (`make package` on a Mac makes both
# dist/prewire/ and dist/Prewire.app). Run on macOS: it needs hdiutil and codesign.
#
#   packaging/macos/build_dmg.sh
#
# The .app is signed ad hoc, which lets it run on the Mac that built it and, after the
# user confirms in System Settings ▸ Privacy & Security, on others. For distribution,
# set CODESIGN_IDENTITY ("Developer ID Application: …") and NOTARY_PROFILE (a profile
# stored with `xcrun notarytool store-credentials`): the script then signs with the
# hardened runtime, notarizes the image and staples the ticket.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
top="$here/../.."
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$top/pyproject.toml")"
app="$top/dist/Prewire.app"
dmg="$top/dist/Prewire-$version.dmg"
[ -d "$app" ] || { echo "build_dmg: no $app: run make package on macOS" >&2; exit 1; }

identity="${CODESIGN_IDENTITY:--}"
if [ "$identity" = "-" ]; then
  codesign --force --deep --sign - "$app"
else
  codesign --force --deep --options runtime --timestamp --sign "$identity" "$app"
fi
codesign --verify --deep --strict "$app"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"   # drag the app onto it to install
rm -f "$dmg"
hdiutil create -volname "Prewire $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ "$identity" != "-" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  codesign --sign "$identity" --timestamp "$dmg"
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
fi
echo "$dmg: $(du -h "$dmg" | cut -f1)"
