#!/usr/bin/env bash
# Pull latency: the two-layer Debian fixture from a registry on 127.0.0.1 into an empty
# store, den against podman and skopeo.
#
#   bench/pull.sh        as root: starts docker-registry, pushes the fixture with skopeo,
#                        runs the timing as den-test, stops the registry (by its PID)
#   BENCH_TMPFS=1 bench/pull.sh
#                        the same with every store (and skopeo's destination) on a tmpfs
#                        it mounts for the run and removes afterwards
#
# One hyperfine run times, each with an empty store prepared before every run:
#   den     den --root STORE pull -q --tls-verify=false HOST/den-debian:latest
#   podman  podman --root STORE --storage-driver overlay pull -q --tls-verify=false ...
#   skopeo  skopeo copy -q --src-tls-verify=false docker://... oci:DIR:latest
# then prints medians and the goal's ratios den/podman (target <= 0.5, stated for ext4) and
# den/skopeo (target <= 1.5, stated for tmpfs).  See bench/README.md.
#
# Environment:
#   DEN                  den binary (default: target/release/den of this checkout)
#   DEN_FIXTURES         fixture directory (default /var/tmp/den-fixtures)
#   BENCH_RUNS=10 BENCH_WARMUP=1
#   BENCH_STRICT=1       exit 1 when the target of the filesystem used is missed
#   BENCH_TMPFS=1        stores on a tmpfs (default: the disk under /var/tmp)
#   DEN_BENCH_USER       user to run as (default den-test)
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_ROOT=/var/tmp/den-bench-pull
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-10}
WARMUP=${BENCH_WARMUP:-1}

# ---- as root: the registry, then the timing as the test user ----------------------------
if [ "$(id -u)" = 0 ] && [ "${1:-}" != --timing ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    user=$(bench_user)
    command -v docker-registry >/dev/null || die "docker-registry is missing: apt-get install docker-registry"
    command -v skopeo >/dev/null || die "skopeo is missing: apt-get install skopeo"
    [ -f "$FIXTURES/debian.oci.tar" ] || die "fixtures missing in $FIXTURES: tests/setup/root.sh"
    group=$(id -g "$user")
    rm -rf "$BENCH_ROOT/registry"
    bench_tree "$BENCH_ROOT" "$user"
    install -d -m 0755 "$BENCH_ROOT/registry"
    install -d -m 0755 -o "$user" -g "$group" "$BENCH_ROOT/work" "$BENCH_ROOT/results"
    work=$BENCH_ROOT/work
    tmpfs_dir=
    cleanup() {
        [ -n "${registry_pid:-}" ] && kill "$registry_pid" 2>/dev/null
        if [ -n "$tmpfs_dir" ]; then
            umount "$tmpfs_dir" 2>/dev/null && rmdir "$tmpfs_dir"
        fi
        true
    }
    trap cleanup EXIT
    if [ "${BENCH_TMPFS:-0}" = 1 ]; then
        # A tmpfs of our own, owned by the user: no disk in the way, so what remains is
        # download, hashing, inflate and the file system calls.
        tmpfs_dir=$(mktemp -d "$BENCH_ROOT/tmpfs-XXXXXX")
        if ! mount -t tmpfs -o "size=8g,mode=0755,uid=$(id -u "$user"),gid=$group" \
            den-bench-pull "$tmpfs_dir"; then
            rmdir "$tmpfs_dir"
            tmpfs_dir=
            die "cannot mount a tmpfs on $BENCH_ROOT"
        fi
        work=$tmpfs_dir
    fi
    fs=$(findmnt -n -o FSTYPE -T "$work")
    bench_install "$BENCH_ROOT" "${BASH_SOURCE[0]}" "${DEN:-$repo/target/release/den}"
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
    for _ in $(seq 100); do
        curl -fsS "http://127.0.0.1:$port/v2/" >/dev/null 2>&1 && break
        sleep 0.1
    done
    host=127.0.0.1:$port
    log "registry $host (pid $registry_pid): pushing debian.oci.tar; stores on $fs ($work)"
    skopeo copy -q --dest-tls-verify=false "oci-archive:$FIXTURES/debian.oci.tar" \
        "docker://$host/den-debian:latest"
    bench_as "$user" "$BENCH_ROOT" DEN="$BENCH_ROOT/bin/den" DEN_BENCH_WORK="$work" DEN_BENCH_FS="$fs" \
        DEN_BENCH_RESULTS="$BENCH_ROOT/results" DEN_BENCH_PRIVATE=1 \
        BENCH_RUNS="$RUNS" BENCH_WARMUP="$WARMUP" BENCH_STRICT="${BENCH_STRICT:-0}" \
        bash "$BENCH_ROOT/bin/pull.sh" --timing "$host" || status=$?
    exit "${status:-0}"
fi

# ---- as the benchmarking user -------------------------------------------------------------
[ "${1:-}" = --timing ] && [ -n "${2:-}" ] || die "run as root (it starts the registry)"
host=$2
image="$host/den-debian:latest"
WORK=${DEN_BENCH_WORK:?}
RESULTS=${DEN_BENCH_RESULTS:?}
FS=${DEN_BENCH_FS:-ext4}
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

# Every run starts from an empty store. On disk the old one is moved aside, not deleted:
# ext4 is slow to allocate inodes right after many were freed (recently_deleted() in its
# inode allocator), which would charge the deletion to whichever tool runs next. The trash
# is emptied at the end, inside each tool's user namespace (its files belong to
# subordinate ids). On a tmpfs, where freeing costs nothing later but holding costs memory,
# the old store is deleted at once (in the tool's namespace, untimed). podman also gets a
# fresh pause process and run root each time.
trash="$WORK/trash"
mkdir -p "$trash"
pm_pause="f=$XDG_RUNTIME_DIR/libpod/tmp/pause.pid; [ -f \$f ] && kill \$(cat \$f) 2>/dev/null; sleep 0.2"
if [ "$FS" = tmpfs ]; then
    den_clean="[ -d $den_store ] && $DEN --root $den_store unshare rm -rf $den_store; rm -rf $den_store; true"
    pm_clean="[ -d $pm_store ] && $pm unshare rm -rf $pm_store; $pm_pause; rm -rf $pm_store $pm_run; true"
else
    den_clean="mv $den_store $trash/den-\$(date +%s%N) 2>/dev/null; true"
    pm_clean="$pm_pause; mv $pm_store $trash/podman-\$(date +%s%N) 2>/dev/null; rm -rf $pm_run; true"
fi
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
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

json="$RESULTS/pull-$(date -u +%Y%m%dT%H%M%SZ).json"
args=(--warmup "$WARMUP" --runs "$RUNS" --export-json "$json" --time-unit millisecond)
for i in "${!names[@]}"; do
    args+=(--prepare "${preps[$i]}" -n "${names[$i]}" "${cmds[$i]}")
done
hyperfine "${args[@]}"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
bash -c "$den_clean; $pm_clean" >/dev/null 2>&1 || true
"$DEN" --root "$trash/den-store" unshare rm -rf "$trash" >/dev/null 2>&1 || true
podman unshare rm -rf "$trash" >/dev/null 2>&1 || true
rm -rf "$oci_dir" "$trash"
# Rootless podman keeps a pause process in our private runtime dir: ours to stop.
f="$XDG_RUNTIME_DIR/libpod/tmp/pause.pid"
if [ -f "$f" ]; then kill "$(cat "$f")" 2>/dev/null || true; fi

printf '\n'
python3 - "$json" "$FS" "$load_before" "$load_after" <<'EOF'
import json, os, sys
path, fs, before, after = sys.argv[1:5]
res = {r["command"]: r for r in json.load(open(path))["results"]}
print("stores on %s; load average before %s, after %s" % (fs, before, after))
print("%-8s %10s %10s %10s" % ("", "median", "mean", "min"))
for n in ("den", "podman", "skopeo"):
    r = res.get(n)
    if r:
        print("%-8s %8.0fms %8.0fms %8.0fms" % (n, r["median"] * 1e3, r["mean"] * 1e3, r["min"] * 1e3))
d = res["den"]["median"]
goals = [
    # name, ratio, target, the filesystem the goal is stated for
    ("den/podman", d / res["podman"]["median"], 0.5, "ext4"),
    ("den/skopeo", d / res["skopeo"]["median"], 1.5, "tmpfs"),
]
print()
missed = False
for name, ratio, target, goal_fs in goals:
    ok = ratio <= target
    if fs == goal_fs:
        verdict = "ok" if ok else "MISSED"
        missed = missed or not ok
    else:
        verdict = "(the goal is on %s; %s here)" % (goal_fs, "met" if ok else "not met")
    print("%s = %5.2fx   target <= %sx on %-5s  %s" % (name, ratio, target, goal_fs, verdict))
print("(skopeo only copies blobs to a directory: it unpacks nothing)")
print("results: " + path)
if missed and os.environ.get("BENCH_STRICT") == "1":
    sys.exit(1)
EOF
