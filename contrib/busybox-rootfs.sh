#!/usr/bin/env bash
# Writes a tarball of a minimal root filesystem made from the host's static busybox to
# standard output, for `den import`:
#
#   contrib/busybox-rootfs.sh | den import - busybox
#
# Needs Debian's busybox-static (or any statically linked busybox in $BUSYBOX). No root.
set -euo pipefail
busybox=${BUSYBOX:-/bin/busybox}
if ! [ -x "$busybox" ]; then
    echo "error: no busybox at $busybox" >&2
    echo "hint: sudo apt-get install busybox-static" >&2
    exit 1
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,etc,dev,proc,sys,tmp,root,var}
chmod 1777 "$root/tmp"
chmod 0700 "$root/root"
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
    [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
tar -C "$root" --numeric-owner --owner=0 --group=0 -cf - .
