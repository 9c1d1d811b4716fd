#!/usr/bin/env bash
# Pull latency: the two-layer Debian fixture from a registry on 127.0.0.1 into an empty
# store, den against podman and skopeo.
#
#   bench/pull.sh        as root: starts docker-registry, pushes the fixture with skopeo,
#                        runs the timing as den-test, stops the registry (by its PID)
#
# One hyperfine run times, each with an empty store prepared before every run:
#   den     den --root STORE pull -q --tls-verify=false HOST/den-debian:latest
#   podman  podman --root STORE --storage-driver overlay pull -q --tls-verify=false ...
#   skopeo  skopeo copy -q --src-tls-verify=false docker://... oci:DIR:latest
# then prints medians and the ratios podman/den and skopeo/den.  See bench/README.md.
#
# Environment:
#   DEN                  den binary (default: target/release/den of this checkout)
#   DEN_FIXTURES         fixture directory (default /var/tmp/den-fixtures)
#   BENCH_RUNS=10 BENCH_WARMUP=1
#   BENCH_STRICT=1       exit 1 when a target is missed
#   DEN_BENCH_USER       user to run as (default den-test)
set -euo pipefail
umask 022

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

BENCH_ROOT=/var/tmp/den-bench-pull
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-10}
WARMUP=${BENCH_WARMUP:-1}

# ---- as root: the registry, then the timing as the test user ----------------------------
if [ "$(id -u)" = 0 ] && [ "${1:-}" != --timing ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    user=${DEN_BENCH_USER:-den-test}
    id -u "$user" >/dev/null 2>&1 || die "no user $user: run tests/setup/root.sh"
    command -v docker-registry >/dev/null || die "docker-registry is missing: apt-get install docker-registry"
    command -v skopeo >/dev/null || die "skopeo is missing: apt-get install skopeo"
    [ -f "$FIXTURES/debian.oci.tar" ] || die "fixtures missing in $FIXTURES: tests/setup/root.sh"
    group=$(id -g "$user")
    rm -rf "$BENCH_ROOT/registry"
    install -d -m 0755 "$BENCH_ROOT" "$BENCH_ROOT/bin" "$BENCH_ROOT/registry"
    install -d -m 0700 -o "$user" -g "$group" "$BENCH_ROOT/home" "$BENCH_ROOT/run"
    install -d -m 0755 -o "$user" -g "$group" "$BENCH_ROOT/work" "$BENCH_ROOT/results"
    den_src=${DEN:-$repo/target/release/den}
    [ -x "$den_src" ] || die "no den binary at $den_src: cargo build --release"
    install -m 0755 "$den_src" "$BENCH_ROOT/bin/den"
    install -m 0755 "${BASH_SOURCE[0]}" "$BENCH_ROOT/bin/pull.sh"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    cat >"$BENCH_ROOT/registry/config.yml" <<EOF
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $BENCH_ROOT/registry/data
http:
  addr: 127.0.0.1:$port
EOF
    docker-registry serve "$BENCH_ROOT/registry/config.yml" >"$BENCH_ROOT/registry/log" 2>&1 &
    registry_pid=$!
    trap 'kill "$registry_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 100); do
        curl -fsS "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && break
        sleep 0.1
    done
    host=127.0.0.1:$port
    log "registry $host (pid $registry_pid): pushing debian.oci.tar"
    skopeo copy -q --dest-tls-verify=false "oci-archive:$FIXTURES/debian.oci.tar" \
        "docker://$host/den-debian:latest"
    cd /
    runuser -u "$user" -- env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME="$BENCH_ROOT/home" XDG_RUNTIME_DIR="$BENCH_ROOT/run" \
        USER="$user" LOGNAME="$user" TERM="${TERM:-dumb}" \
        DEN="$BENCH_ROOT/bin/den" DEN_BENCH_WORK="$BENCH_ROOT/work" \
        DEN_BENCH_RESULTS="$BENCH_ROOT/results" DEN_BENCH_PRIVATE=1 \
        BENCH_RUNS="$RUNS" BENCH_WARMUP="$WARMUP" BENCH_STRICT="${BENCH_STRICT:-0}" \
        bash "$BENCH_ROOT/bin/pull.sh" --timing "$host"
    exit $?
fi

# ---- as the benchmarking user -------------------------------------------------------------
[ "${1:-}" = --timing ] && [ -n "${2:-}" ] || die "run as root (it starts the registry)"
host=$2
image="$host/den-debian:latest"
WORK=${DEN_BENCH_WORK:?}
RESULTS=${DEN_BENCH_RESULTS:?}
cd "$WORK"
command -v hyperfine >/dev/null || die "hyperfine is missing: apt-get install hyperfine"

den_store="$WORK/den-store"
pm_store="$WORK/podman-storage"
pm_run="$WORK/podman-run"
oci_dir="$WORK/oci"
conf="$WORK/containers.conf"
printf '[engine]\nevents_logger = "file"\ncgroup_manager = "cgroupfs"\n' >"$conf"
export CONTAINERS_CONF="$conf"
pm="podman --root $pm_store --runroot $pm_run --storage-driver overlay"

# Every run starts from an empty store. The old one is moved aside, not deleted: ext4 is
# slow to allocate inodes right after many were freed (recently_deleted() in its inode
# allocator), which would charge the deletion to whichever tool runs next. The trash is
# emptied at the end, inside each tool's user namespace (its files belong to
# subordinate ids). podman also gets a fresh pause process and run root each time.
trash="$WORK/trash"
mkdir -p "$trash"
den_clean="mv $den_store $trash/den-\$(date +%s%N) 2>/dev/null; true"
pm_clean="f=$XDG_RUNTIME_DIR/libpod/tmp/pause.pid; [ -f \$f ] && kill \$(cat \$f) 2>/dev/null; sleep 0.2; mv $pm_store $trash/podman-\$(date +%s%N) 2>/dev/null; rm -rf $pm_run; true"
names=(den podman skopeo)
cmds=(
    "$DEN --root $den_store pull -q --tls-verify=false $image"
    "$pm pull -q --tls-verify=false $image"
    "skopeo copy -q --src-tls-verify=false docker://$image oci:$oci_dir:latest"
)
preps=("$den_clean" "$pm_clean" "rm -rf $oci_dir")

for i in "${!names[@]}"; do
    log "trying ${names[$i]} once"
    bash -c "${preps[$i]}" >/dev/null 2>&1 || true
    bash -c "${cmds[$i]}" >"$WORK/${names[$i]}.out" 2>&1 \
        || { sed 's/^/    /' "$WORK/${names[$i]}.out" >&2; die "${names[$i]} failed"; }
done
log "den's pulled image: $("$DEN" --root "$den_store" images 2>&1 | tail -n +2)"

json="$RESULTS/pull-$(date -u +%Y%m%dT%H%M%SZ).json"
args=(--warmup "$WARMUP" --runs "$RUNS" --export-json "$json" --time-unit millisecond)
for i in "${!names[@]}"; do
    args+=(--prepare "${preps[$i]}" -n "${names[$i]}" "${cmds[$i]}")
done
hyperfine "${args[@]}"
bash -c "$den_clean; $pm_clean" >/dev/null 2>&1 || true
"$DEN" --root "$trash/den-store" unshare rm -rf "$trash" >/dev/null 2>&1 || true
podman unshare rm -rf "$trash" >/dev/null 2>&1 || true
rm -rf "$oci_dir" "$trash"
# Rootless podman keeps a pause process in our private runtime dir: ours to stop.
f="$XDG_RUNTIME_DIR/libpod/tmp/pause.pid"
if [ -f "$f" ]; then kill "$(cat "$f")" 2>/dev/null || true; fi

printf '\n'
python3 - "$json" <<'EOF'
import json, os, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print("%-8s %10s %10s %10s" % ("", "median", "mean", "min"))
for n in ("den", "podman", "skopeo"):
    r = res.get(n)
    if r:
        print("%-8s %8.0fms %8.0fms %8.0fms" % (n, r["median"] * 1e3, r["mean"] * 1e3, r["min"] * 1e3))
d = res["den"]["median"]
p = res["podman"]["median"] / d
s = res["skopeo"]["median"] / d
print()
print("podman/den = %5.2fx   target >= 2x  %s" % (p, "ok" if p >= 2 else "MISSED"))
print("skopeo/den = %5.2fx   (skopeo only copies blobs to a directory: no unpacking)" % s)
print("results: " + sys.argv[1])
if p < 2 and os.environ.get("BENCH_STRICT") == "1":
    sys.exit(1)
EOF
