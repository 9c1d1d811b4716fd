#!/usr/bin/env bash
# Build time: den build against podman build on two Containerfiles, clean (--no-cache) and
# cached (nothing changed), all eight in one hyperfine run.
#
#   bench/build.sh       as root: prepares /var/tmp/den-bench-build, runs the timing as
#                        den-test (its own HOME, den store and podman store)
#
#   small   FROM busybox; COPY a file; RUN sh; ENV; CMD
#   debian  FROM the Debian fixture; COPY; RUN dpkg-deb --build + apt-get install ./x.deb
#
# podman: podman --runtime runc --storage-driver overlay --cgroup-manager cgroupfs
# --events-backend file build (layers on, its default). Prints the medians and the ratios
# podman/den. See bench/README.md.
#
# Environment:
#   DEN                  den binary (default: target/release/den of this checkout)
#   DEN_FIXTURES         fixture directory (default /var/tmp/den-fixtures)
#   BENCH_RUNS=5 BENCH_WARMUP=1
#   DEN_BENCH_USER       user to run as (default den-test)
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_ROOT=/var/tmp/den-bench-build
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-5}
WARMUP=${BENCH_WARMUP:-1}

if [ "$(id -u)" = 0 ] && [ "${1:-}" != --timing ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    user=$(bench_user)
    command -v hyperfine >/dev/null || die "hyperfine is missing"
    [ -f "$FIXTURES/debian.oci.tar" ] || die "fixtures missing in $FIXTURES: tests/setup/root.sh"
    rm -rf "$BENCH_ROOT"
    bench_prepare "$BENCH_ROOT" work >/dev/null
    bench_install "$BENCH_ROOT" "${BASH_SOURCE[0]}" "${DEN:-$repo/target/release/den}"
    bench_as "$user" "$BENCH_ROOT" \
        DEN="$BENCH_ROOT/bin/den" DEN_BENCH_WORK="$BENCH_ROOT/work" DEN_FIXTURES="$FIXTURES" \
        BENCH_RUNS="$RUNS" BENCH_WARMUP="$WARMUP" \
        bash "$BENCH_ROOT/bin/build.sh" --timing
    exit
fi

# ---- the timing, as the unprivileged user ------------------------------------------------
work=${DEN_BENCH_WORK:?}
den=${DEN:?}
droot=$work/den
proot=$work/podman
prun=/tmp/den-bench-build-$(id -u)
rm -rf "$prun"
mkdir -p "$prun" "$droot" "$proot"
podman=(podman --root "$proot" --runroot "$prun" --runtime runc --storage-driver overlay
        --cgroup-manager cgroupfs --events-backend file)

log "loading the fixtures into both stores"
"$den" --root "$droot" load -q -i "$FIXTURES/busybox.docker.tar" >/dev/null
"$den" --root "$droot" load -q -i "$FIXTURES/debian.oci.tar" >/dev/null
"${podman[@]}" load -q -i "$FIXTURES/busybox.docker.tar" >/dev/null
"${podman[@]}" load -q -i "$FIXTURES/debian.oci.tar" >/dev/null
# Both stores get the same two names for the fixtures.
pod_id() { "${podman[@]}" images --format '{{.ID}} {{.Repository}}' | grep -i "$1" | head -1 | cut -d' ' -f1; }
"$den" --root "$droot" tag busybox bench-busybox:latest
"$den" --root "$droot" tag localhost/den-debian bench-debian:latest
"${podman[@]}" tag "$(pod_id busybox)" bench-busybox:latest
"${podman[@]}" tag "$(pod_id debian)" bench-debian:latest

small=$work/small
debian=$work/debian
mkdir -p "$small" "$debian"
printf 'hello\n' >"$small/hello.txt"
{
    echo 'FROM localhost/bench-busybox:latest'
    echo 'COPY hello.txt /srv/hello.txt'
    echo 'RUN echo built >> /srv/hello.txt'
    echo 'ENV MODE=bench'
    echo 'CMD ["cat", "/srv/hello.txt"]'
} >"$small/Containerfile"
printf 'data\n' >"$debian/data.txt"
{
    echo 'FROM localhost/bench-debian:latest'
    echo 'COPY data.txt /srv/data.txt'
    echo 'RUN mkdir -p /pkg/DEBIAN /pkg/usr/bin \'
    echo " && printf 'Package: den-bench\\nVersion: 1.0\\nArchitecture: all\\nMaintainer: den <den@example.org>\\nDescription: bench\\n' > /pkg/DEBIAN/control \\"
    echo " && printf '#!/bin/sh\\necho bench\\n' > /pkg/usr/bin/den-bench && chmod 755 /pkg/usr/bin/den-bench \\"
    echo ' && dpkg-deb --build /pkg /tmp/den-bench.deb >/dev/null \'
    echo ' && apt-get install -y -q /tmp/den-bench.deb >/dev/null 2>&1 && rm -rf /pkg /tmp/den-bench.deb'
    echo 'CMD ["den-bench"]'
} >"$debian/Containerfile"

D="$den --root $droot build -q"
P="${podman[*]} build -q"
json=$work/build.json
# Prime both caches, so that the cached commands hit from their first run.
for c in "$small" "$debian"; do
    $D -t bench "$c" >/dev/null
    $P -t bench "$c" >/dev/null
done
hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" \
    -n den-small-cached "$D -t bench $small" \
    -n podman-small-cached "$P -t bench $small" \
    -n den-debian-cached "$D -t bench $debian" \
    -n podman-debian-cached "$P -t bench $debian" \
    -n den-small-clean "$D --no-cache -t bench $small" \
    -n podman-small-clean "$P --no-cache -t bench $small" \
    -n den-debian-clean "$D --no-cache -t bench $debian" \
    -n podman-debian-clean "$P --no-cache -t bench $debian"

python3 - "$json" <<'PY'
import json, sys
r = {x["command"]: x["median"] for x in json.load(open(sys.argv[1]))["results"]}
print()
print("| case | den median | podman median | podman/den |")
print("|---|---|---|---|")
for case in ["small-cached", "debian-cached", "small-clean", "debian-clean"]:
    d, p = r["den-" + case], r["podman-" + case]
    print(f"| {case} | {d*1000:.0f} ms | {p*1000:.0f} ms | {p/d:.2f} |")
PY
"$den" --root "$droot" image prune -f -a >/dev/null || true
"${podman[@]}" image prune -f -a >/dev/null 2>&1 || true
# Rootless podman leaves its pause process in the bench's runtime dir: ours to stop, by its pid.
pause="$XDG_RUNTIME_DIR/libpod/tmp/pause.pid"
[ -f "$pause" ] && kill "$(cat "$pause")" 2>/dev/null || true
rm -rf "$prun"
