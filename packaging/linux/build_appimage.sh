#!/usr/bin/env bash
# Build dist/Prewire-VERSION-ARCH.AppImage from the bundle (`make package` first):
# one file that runs on most Linux distributions without installing anything.
#
#   packaging/linux/build_appimage.sh dist/prewire dist
#
# It lays out the AppDir (the bundle, AppRun, the desktop file, icon and metainfo), then
# packs it with appimagetool, which is not in Debian or PyPI: download it from the
# AppImage project's releases (appimagetool-x86_64.AppImage) and put it on PATH, or set
# APPIMAGETOOL. Without it the script stops after the AppDir, which runs as it is:
#   dist/Prewire.AppDir/AppRun --version
set -euo pipefail

. "$(dirname "$0")/inputs.sh" build_appimage.sh "$@"

appdir="$out/Prewire.AppDir"
rm -rf "$appdir"
install -d "$appdir/usr/lib/prewire" "$appdir/usr/share/applications" "$appdir/usr/share/metainfo"
cp -a "$bundle/." "$appdir/usr/lib/prewire/"
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
exec "$here/usr/lib/prewire/prewire" "$@"
APPRUN
chmod 755 "$appdir/AppRun"
cp "$here/$id.desktop" "$appdir/$id.desktop"
cp "$here/$id.desktop" "$appdir/usr/share/applications/"
cp "$here/$id.metainfo.xml" "$appdir/usr/share/metainfo/$id.appdata.xml"
cp "$icons/hicolor/256x256/apps/$id.png" "$appdir/$id.png"
install -d "$appdir/usr/share/icons"
cp -r "$icons/hicolor" "$appdir/usr/share/icons/hicolor"
ln -sf "$id.png" "$appdir/.DirIcon"

tool="${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-x86_64.AppImage || true)}"
if [ -z "$tool" ]; then
  echo "build_appimage: $appdir is ready; appimagetool is not on PATH, so no .AppImage" >&2
  exit 0
fi
ARCH="$(uname -m)" "$tool" "$appdir" "$out/Prewire-$version-$(uname -m).AppImage"
