#!/usr/bin/env bash
# Start-up of two den binaries side by side in one hyperfine run (before/after a change),
# with bwrap on the same busybox rootfs as the reference.
#
#   sudo bench/ab-start.sh OLD_DEN NEW_DEN     as root: copies both, re-runs as den-test
#
# Each binary gets a store of its own; the runtime dir (and so the driver probe cache) is
# shared, which is fine because hyperfine runs each command's runs in a row after a warmup.
# Environment: BENCH_RUNS=100 BENCH_WARMUP=10, DEN_FIXTURES, DEN_BENCH_USER (den-test).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
root=/var/tmp/den-ab
fixtures=${DEN_FIXTURES:-/var/tmp/den-fixtures}
if [ "$(id -u)" = 0 ]; then
    [ $# = 2 ] || die "usage: $0 OLD_DEN NEW_DEN"
    user=$(bench_user)
    bench_tree "$root" "$user"
    bench_install "$root" "${BASH_SOURCE[0]}"
    install -m 0755 "$1" "$root/bin/den-old"
    install -m 0755 "$2" "$root/bin/den-new"
    bench_as "$user" "$root" DEN_FIXTURES="$fixtures" BENCH_RUNS="${BENCH_RUNS:-100}" \
        BENCH_WARMUP="${BENCH_WARMUP:-10}" bash "$root/bin/ab-start.sh"
    exit
fi
command -v hyperfine >/dev/null || die "hyperfine is missing: sudo apt-get install hyperfine"
rootfs="$root/home/rootfs"
rm -rf "$rootfs" && mkdir -p "$rootfs" && tar -xf "$fixtures/busybox-rootfs.tar" -C "$rootfs"
for v in old new; do
    store="$root/home/store-$v"
    rm -rf "$store"
    "$root/bin/den-$v" --root "$store" load -q -i "$fixtures/busybox.docker.tar" >/dev/null
    "$root/bin/den-$v" --root "$store" run --rm --network none busybox true
done
run() { echo "$root/bin/den-$1 --root $root/home/store-$1 run --rm --network none busybox true"; }
hyperfine -N --warmup "$BENCH_WARMUP" --runs "$BENCH_RUNS" \
    -n old "$(run old)" -n new "$(run new)" -n old-again "$(run old)" \
    -n bwrap "bwrap --unshare-all --ro-bind $rootfs / --proc /proc --dev /dev /bin/true"
