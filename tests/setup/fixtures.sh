#!/usr/bin/env bash
# Build den's image fixtures into $DEN_FIXTURES (default /var/tmp/den-fixtures).
#
# Run as root (tests/setup/root.sh calls it).  Idempotent: the fixtures are keyed by
# a hash of their recipe (this script, tests/fixtures/mkimage.py, the busybox-static
# version, the architecture and the Debian recipe) written to READY last; when READY
# matches, nothing is rebuilt.  The Debian rootfs (mmdebstrap, the slow part) is
# cached separately under cache/ keyed by the Debian recipe only, and so is the toolbox
# rootfs (Debian with the programs tests/toolbox.rs runs inside: sudo, xdpyinfo, pactl,
# dbus-send), which the tests `den import` as localhost/den-toolbox.
#
# Everything is built in a scratch directory and renamed into place; READY is removed
# before anything is replaced and written (atomically) last.
#
# Environment:
#   DEN_FIXTURES              output directory (default /var/tmp/den-fixtures)
#   DEN_FIXTURES_FORCE=1      rebuild even if READY matches (keeps the Debian rootfs cache)
#   DEN_FIXTURES_VALIDATE=0   skip validation with skopeo/podman
#   DEN_DEBIAN_MIRROR         Debian mirror URL (default: taken from the host's apt sources)
set -euo pipefail
umask 022

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
mkimage="$repo/tests/fixtures/mkimage.py"
out=${DEN_FIXTURES:-/var/tmp/den-fixtures}

log() { printf 'fixtures: %s\n' "$*" >&2; }
die() { printf 'fixtures: error: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root (mmdebstrap needs it); try: sudo $0"

if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; else python=python3; fi
command -v "$python" >/dev/null || die "python3 is missing (apt-get install python3)"
[ -x /bin/busybox ] || die "/bin/busybox is missing (apt-get install busybox-static)"

arch=$(dpkg --print-architecture)
suite=bookworm
variant=minbase

# The Debian mirror: what the host's apt uses for the main archive.
debian_mirror() {
    if [ -n "${DEN_DEBIAN_MIRROR:-}" ]; then
        echo "$DEN_DEBIAN_MIRROR"
        return
    fi
    local m
    # shellcheck disable=SC2016 # apt's own $(FIELD) syntax
    m=$(apt-get indextargets --format '$(REPO_URI) $(RELEASE)' 'Created-By: Packages' 2>/dev/null \
        | awk -v s="$suite" '$2 == s && $1 !~ /security/ { print $1; exit }')
    if [ -z "$m" ]; then
        m=$(grep -rhoE '(https?://[^ ]+/debian)/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
            | grep -v security | head -n1 | tr -d ' ')
    fi
    echo "${m:-http://deb.debian.org/debian}"
}

# ---- recipe hashes -----------------------------------------------------------------
# Bump DEBIAN_RECIPE_VERSION when the way the rootfs is made changes.
DEBIAN_RECIPE_VERSION=1
debian_recipe="v$DEBIAN_RECIPE_VERSION suite=$suite variant=$variant arch=$arch tool=mmdebstrap|debootstrap"
debian_key=$(printf '%s' "$debian_recipe" | sha256sum | cut -c1-16)
# Bump TOOLBOX_RECIPE_VERSION when the toolbox rootfs changes.
TOOLBOX_RECIPE_VERSION=2
toolbox_packages="sudo,x11-utils,pulseaudio-utils,dbus"
toolbox_recipe="v$TOOLBOX_RECIPE_VERSION skip=output/dev suite=$suite variant=$variant arch=$arch include=$toolbox_packages"
toolbox_key=$(printf '%s' "$toolbox_recipe" | sha256sum | cut -c1-16)
busybox_version=$(dpkg-query -W -f='${Version}' busybox-static 2>/dev/null || echo unknown)
recipe_hash=$( {
    cat "$here/fixtures.sh" "$mkimage"
    printf 'busybox-static=%s\narch=%s\ndebian=%s\ntoolbox=%s\n' "$busybox_version" "$arch" "$debian_key" "$toolbox_key"
} | sha256sum | cut -d' ' -f1)

want_files=(busybox-rootfs.tar busybox.docker.tar busybox.oci/index.json debian.oci.tar debian.docker.tar toolbox-rootfs.tar fixtures.json)

complete() {
    [ -f "$out/READY" ] && [ "$(cat "$out/READY")" = "$recipe_hash" ] || return 1
    local f
    for f in "${want_files[@]}"; do [ -e "$out/$f" ] || return 1; done
}

mkdir -p "$out" "$out/cache"
chmod 0755 "$out" "$out/cache"

if [ "${DEN_FIXTURES_FORCE:-0}" != 1 ] && complete; then
    log "up to date in $out (recipe ${recipe_hash:0:12})"
    exit 0
fi

# Only one builder at a time.
exec 9>"$out/.lock"
flock 9
if [ "${DEN_FIXTURES_FORCE:-0}" != 1 ] && complete; then
    log "up to date in $out (built by a concurrent run)"
    exit 0
fi

start=$(date +%s)
log "building fixtures in $out (recipe ${recipe_hash:0:12})"

# Stale scratch directories from interrupted runs.
rm -rf "$out"/.build-* "$out"/cache/*.part
scratch=$(mktemp -d "$out/.build-XXXXXX")
chmod 0755 "$scratch"   # validation runs podman as the test user
cleanup() { rm -rf "$scratch"; }
trap cleanup EXIT

# ---- Debian rootfs (cached) --------------------------------------------------------
debian_raw="$out/cache/debian-rootfs-$suite-$variant-$arch-$debian_key.tar"
if [ ! -s "$debian_raw" ]; then
    mirror=$(debian_mirror)
    log "making the Debian $suite $variant rootfs with mmdebstrap from $mirror"
    t0=$(date +%s)
    if ! mmdebstrap --variant="$variant" --mode=root --format=tar \
            "$suite" "$debian_raw.part" "$mirror" </dev/null >"$scratch/mmdebstrap.log" 2>&1; then
        tail -n 30 "$scratch/mmdebstrap.log" >&2 || true
        log "mmdebstrap failed; falling back to debootstrap"
        rm -f "$debian_raw.part"
        command -v debootstrap >/dev/null || die "debootstrap is missing (apt-get install debootstrap)"
        rootdir="$scratch/debootstrap"
        if ! debootstrap --variant="$variant" --arch="$arch" "$suite" "$rootdir" "$mirror" \
                </dev/null >"$scratch/debootstrap.log" 2>&1; then
            tail -n 30 "$scratch/debootstrap.log" >&2 || true
            die "debootstrap failed too"
        fi
        # debootstrap leaves its apt cache behind; mmdebstrap cleans it.
        rm -f "$rootdir"/var/cache/apt/archives/*.deb "$rootdir"/var/lib/apt/lists/*_Packages \
            "$rootdir"/var/lib/apt/lists/*_Release "$rootdir"/var/lib/apt/lists/*_InRelease
        tar --numeric-owner --xattrs --one-file-system -C "$rootdir" -cf "$debian_raw.part" .
        rm -rf "$rootdir"
    fi
    mv -f "$debian_raw.part" "$debian_raw"
    chmod 0644 "$debian_raw"
    log "Debian rootfs ready in $(( $(date +%s) - t0 ))s: $debian_raw"
    # Older caches (other recipes).
    find "$out/cache" -maxdepth 1 -name 'debian-rootfs-*.tar' ! -path "$debian_raw" -delete
else
    log "using cached Debian rootfs $debian_raw"
fi

# ---- toolbox rootfs (cached) -------------------------------------------------------
toolbox_raw="$out/cache/toolbox-rootfs-$suite-$arch-$toolbox_key.tar"
if [ ! -s "$toolbox_raw" ]; then
    mirror=$(debian_mirror)
    log "making the toolbox rootfs ($toolbox_packages) with mmdebstrap from $mirror"
    t0=$(date +%s)
    # No device nodes: den refuses them in images (a user namespace cannot make them).
    if ! mmdebstrap --variant="$variant" --include="$toolbox_packages" --skip=output/dev --mode=root --format=tar \
            "$suite" "$toolbox_raw.part" "$mirror" </dev/null >"$scratch/mmdebstrap-toolbox.log" 2>&1; then
        tail -n 30 "$scratch/mmdebstrap-toolbox.log" >&2 || true
        die "mmdebstrap failed for the toolbox rootfs"
    fi
    mv -f "$toolbox_raw.part" "$toolbox_raw"
    chmod 0644 "$toolbox_raw"
    log "toolbox rootfs ready in $(( $(date +%s) - t0 ))s: $toolbox_raw"
    find "$out/cache" -maxdepth 1 -name 'toolbox-rootfs-*.tar' ! -path "$toolbox_raw" -delete
fi
cp "$toolbox_raw" "$scratch/toolbox-rootfs.tar"

# ---- images --------------------------------------------------------------------------
"$python" "$mkimage" busybox --busybox /bin/busybox --arch "$arch" --out "$scratch"
"$python" "$mkimage" debian --rootfs-tar "$debian_raw" --arch "$arch" --out "$scratch" --docker

if [ "${DEN_FIXTURES_VALIDATE:-1}" != 0 ]; then
    bash "$here/validate-fixtures.sh" "$scratch"
fi

# ---- install -------------------------------------------------------------------------
rm -f "$out/READY"
for f in busybox-rootfs.tar busybox.docker.tar debian.oci.tar debian.docker.tar toolbox-rootfs.tar fixtures.json; do
    mv -f "$scratch/$f" "$out/$f"
done
# A directory cannot be renamed over a non-empty one: move the old one aside first.
if [ -e "$out/busybox.oci" ]; then
    mv "$out/busybox.oci" "$scratch/busybox.oci.old"
fi
mv "$scratch/busybox.oci" "$out/busybox.oci"
chmod -R u=rwX,go=rX "$out/busybox.oci"
chmod 0644 "$out"/*.tar "$out/fixtures.json"

printf '%s\n' "$recipe_hash" >"$out/.READY.part"
chmod 0644 "$out/.READY.part"
mv -f "$out/.READY.part" "$out/READY"
log "done in $(( $(date +%s) - start ))s:"
ls -l "$out" >&2
