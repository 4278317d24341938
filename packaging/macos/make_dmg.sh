#!/usr/bin/env bash
# macOS step of the build: wrap dist/Lagebild.app into a compressed disk image.
#
#   bash packaging/macos/make_dmg.sh dist/Lagebild.app dist/Lagebild-0.1.0-macos.dmg
#
# The image holds the app and a link to /Applications, so installing is a drag.
# The app is ad-hoc signed only (PyInstaller does that); signing with a Developer
# ID and notarising are separate steps (codesign, xcrun notarytool) not done here.
set -euo pipefail

app="${1:?usage: make_dmg.sh PATH/Lagebild.app OUT.dmg}"
dmg="${2:?usage: make_dmg.sh PATH/Lagebild.app OUT.dmg}"
[ -d "$app" ] || { echo "no app bundle at $app" >&2; exit 1; }

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "Lagebild" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
echo "$dmg"
