# Sourced by the Linux build scripts: their two arguments, checked, and the names they share.
#   . "$(dirname "$0")/inputs.sh" SCRIPT_NAME "$@"
script="$1"
bundle="${2:?usage: $script BUNDLE_DIR OUT_DIR}"
out="${3:?usage: $script BUNDLE_DIR OUT_DIR}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
id=org.prewire.Prewire
version="$(sed -n 's/^version = "\(.*\)"$/\1/p' "$here/../../pyproject.toml")"
icons="$here/../../build/icons"   # rendered by `make package`
[ -x "$bundle/prewire" ] || { echo "$script: no bundle in $bundle: run make package" >&2; exit 1; }
[ -d "$icons/hicolor" ] || { echo "$script: no icons in $icons: run make package" >&2; exit 1; }
