#!/bin/sh
# Installs netbook for the current user, no root needed:
#   the app in ~/.local/lib/netbook, the command in ~/.local/bin/netbook, and the desktop entry
#   (opens .vcf files), icons and metainfo under ~/.local/share.
# ./install.sh --uninstall removes them again (the address book itself is never touched).
# PREFIX=/some/where ./install.sh installs elsewhere.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app_id=org.example.Netbook
app_dir=$prefix/lib/netbook
share=$prefix/share

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t -f "$share/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$app_dir"
    rm -f "$prefix/bin/netbook" "$share/applications/$app_id.desktop" \
        "$share/metainfo/$app_id.metainfo.xml"
    find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
    refresh
    echo "netbook removed from $prefix (your address book was left where it is)"
    exit 0
fi

rm -rf "$app_dir"
mkdir -p "$app_dir" "$prefix/bin" "$share"
cp -R "$here/netbook/." "$app_dir/"
ln -sf "$app_dir/netbook" "$prefix/bin/netbook"
(cd "$here/share" && find . -type f) | while read -r file; do
    mkdir -p "$share/$(dirname "$file")"
    cp "$here/share/$file" "$share/$file"
done
# The desktop may not have ~/.local/bin on its PATH: the entry names the program itself.
sed "s|^Exec=netbook |Exec=\"$app_dir/netbook\" |" "$here/share/applications/$app_id.desktop" \
    > "$share/applications/$app_id.desktop"
refresh
echo "netbook installed: run netbook (in $prefix/bin) or find it in your desktop's menu"
