#!/usr/bin/env bash
# Build dist/prewire_VERSION_ARCH.deb from the PyInstaller bundle (`make package` first).
#
#   packaging/linux/build_deb.sh dist/prewire dist
#
# The bundle goes under /opt/prewire, a launcher to /usr/bin/prewire, and the desktop
# integration to /usr/share: the .desktop file, the AppStream metainfo, the icons (hicolor
# sizes and SVG), and the MIME types of packages and workspaces. The desktop database, MIME
# database and icon cache are refreshed by the file triggers of desktop-file-utils,
# shared-mime-info and the icon themes, on install and on removal alike, so the package
# needs no maintainer scripts and leaves nothing behind when removed.
set -euo pipefail

. "$(dirname "$0")/inputs.sh" build_deb.sh "$@"
arch="$(dpkg --print-architecture)"

root="$(mktemp -d)"
trap 'rm -rf "$root"' EXIT
chmod 755 "$root"  # mktemp's 700 would become the mode of / in the package
install -d "$root/opt/prewire" "$root/usr/bin" "$root/DEBIAN"
cp -a "$bundle/." "$root/opt/prewire/"
# a script, not a symlink: the bundle finds its libraries beside the real executable
cat > "$root/usr/bin/prewire" <<'LAUNCHER'
#!/bin/sh
exec /opt/prewire/prewire "$@"
LAUNCHER
chmod 755 "$root/usr/bin/prewire"
install -D -m 644 "$here/$id.desktop" "$root/usr/share/applications/$id.desktop"
install -D -m 644 "$here/$id.metainfo.xml" "$root/usr/share/metainfo/$id.metainfo.xml"
install -D -m 644 "$here/$id.mime.xml" "$root/usr/share/mime/packages/$id.xml"
install -d "$root/usr/share/icons"
cp -r "$icons/hicolor" "$root/usr/share/icons/hicolor"
find "$root/usr/share" -type d -exec chmod 755 {} + -o -type f -exec chmod 644 {} +

# What the bundle takes from the system rather than carrying: the C library, OpenGL/EGL,
# the X and Wayland client libraries (PyInstaller leaves these to the system, as they must
# match its display server), and fontconfig's configuration.
depends="libc6 (>= 2.31), libgl1, libegl1, libfontconfig1, libxcb1, libxcb-cursor0, \
libxcb-icccm4, libxcb-keysyms1, libxkbcommon-x11-0, libwayland-client0, libwayland-cursor0"
cat > "$root/DEBIAN/control" <<CONTROL
Package: prewire
Version: $version
Architecture: $arch
Maintainer: Prewire <packaging@prewire.org>
Installed-Size: $(du -sk "$root" --exclude=DEBIAN | cut -f1)
Depends: $depends
Section: office
Priority: optional
Description: prepare a cross-department meeting so that it is won before it starts
 Prewire guides the coordinator whom a leader has asked to get several
 departments to agree: measurable goals, what each department cares about,
 their objections heard one-to-one with prepared answers, their suggestions
 adopted and credited, a tight agenda, and the follow-up. Everything stays in
 one local file; a briefing pack prints for the room.
CONTROL

mkdir -p "$out"
deb="$out/prewire_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb: $(du -h "$deb" | cut -f1) (installed $(du -sh "$root/opt/prewire" | cut -f1) in /opt/prewire)"
