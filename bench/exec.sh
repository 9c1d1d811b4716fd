#!/usr/bin/env bash
# `exec` latency: `den exec CTR true` against `podman exec CTR true`, each into a running
# busybox container (`sleep`), and against `nsenter` into den's container (the floor),
# timed with `hyperfine -N` (no shell in between).
#
#   bench/exec.sh              as root: prepares, then re-runs itself as den-test
#   bench/exec.sh              as any user with subuid ranges: runs as that user
#
# Prints medians and the ratios podman/den and den/nsenter.  See bench/README.md.
#
# Environment:
#   DEN                  den binary (default: target/release/den of this checkout)
#   DEN_FIXTURES         fixture directory (default /var/tmp/den-fixtures)
#   BENCH_RUNS=30 BENCH_WARMUP=3
#   DEN_BENCH_USER       user to run as when started as root (default den-test)
#   DEN_BENCH_SKIP_SETUP=1  as root, do not run tests/setup/root.sh first
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_ROOT=/var/tmp/den-bench-exec
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-30}
WARMUP=${BENCH_WARMUP:-3}

# ---- as root: prepare and re-run as the test user ---------------------------------------
if [ "$(id -u)" = 0 ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    bench_setup "$repo"
    user=$(bench_prepare "$BENCH_ROOT" work results)
    bench_install "$BENCH_ROOT" "${BASH_SOURCE[0]}" "${DEN:-$repo/target/release/den}"
    bench_as "$user" "$BENCH_ROOT" DEN="$BENCH_ROOT/bin/den" DEN_FIXTURES="$FIXTURES" \
        DEN_BENCH_WORK="$BENCH_ROOT/work" DEN_BENCH_RESULTS="$BENCH_ROOT/results" \
        DEN_BENCH_PRIVATE=1 BENCH_RUNS="$RUNS" BENCH_WARMUP="$WARMUP" \
        bash "$BENCH_ROOT/bin/exec.sh" "$@"
    exit
fi

# ---- as the benchmarking user ------------------------------------------------------------
me=$(id -un)
if [ -z "${DEN:-}" ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    DEN="$here/../target/release/den"
fi
WORK=${DEN_BENCH_WORK:-/var/tmp/den-bench-exec-$me}
RESULTS=${DEN_BENCH_RESULTS:-$WORK/results}
mkdir -p "$WORK" "$RESULTS"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$WORK/xdg-run"
    mkdir -m 0700 "$XDG_RUNTIME_DIR" 2>/dev/null || true
fi
cd "$WORK"

command -v hyperfine >/dev/null || die "hyperfine is missing: sudo apt-get install hyperfine"
docker_tar="$FIXTURES/busybox.docker.tar"
[ -f "$FIXTURES/READY" ] && [ -f "$docker_tar" ] || die "fixtures missing in $FIXTURES"
CTR=bench-exec

names=()
cmds=()
cleanup=()
on_exit() {
    for c in "${cleanup[@]}"; do eval "$c" >/dev/null 2>&1 || true; done
}
trap on_exit EXIT

try_once() {
    local name=$1
    shift
    if "$@" >"$WORK/$name.out" 2>&1 </dev/null; then
        return 0
    fi
    log "$name failed: $*"
    sed 's/^/    /' "$WORK/$name.out" | tail -n 5 >&2
    return 1
}

# den ---------------------------------------------------------------------------------------
[ -x "$DEN" ] || die "den binary not found at $DEN (cargo build --release)"
"$DEN" rm -f "$CTR" >/dev/null 2>&1 || true
try_once den-load "$DEN" load -i "$docker_tar" || die "den load failed"
try_once den-run "$DEN" run -d --name "$CTR" busybox sleep 3600 || die "den run -d failed"
cleanup+=("'$DEN' rm -f $CTR")
try_once den "$DEN" exec "$CTR" true || die "den exec failed"
names+=(den)
cmds+=("$DEN exec $CTR true")

# nsenter into the same container: the kernel's floor for joining its namespaces (setns of
# each, a fork for the pid namespace, chroot to its root, exec) without anything den adds
# (its lookup of the container, the process's environment, caps, seccomp, the exit status).
pid=$("$DEN" inspect --format '{{.State.Pid}}' "$CTR")
ns=(nsenter -t "$pid" -U -m -u -i -n -p -r -w --preserve-credentials /bin/true)
if command -v nsenter >/dev/null && try_once nsenter "${ns[@]}"; then
    names+=(nsenter)
    cmds+=("${ns[*]}")
else
    log "nsenter could not enter the container: left out"
fi

# podman, rootless, overlay storage, runc (as bench/start.sh) -----------------------------------
if command -v podman >/dev/null; then
    conf="$WORK/containers.conf"
    printf '[engine]\nevents_logger = "file"\ncgroup_manager = "cgroupfs"\n' >"$conf"
    export CONTAINERS_CONF="$conf"
    # Every podman call names the driver: the first one fixes it in podman's database.
    podman --storage-driver overlay rm -f -t 0 "$CTR" >/dev/null 2>&1 || true
    pm_ok=0
    if try_once podman-load podman --storage-driver overlay load -i "$docker_tar"; then
        if try_once podman-run podman run -d --name "$CTR" --storage-driver overlay busybox sleep 3600; then
            pm_ok=1
        elif command -v runc >/dev/null; then
            log "retrying podman with runtime = \"runc\""
            podman --storage-driver overlay rm -f -t 0 "$CTR" >/dev/null 2>&1 || true
            printf '[engine]\nevents_logger = "file"\ncgroup_manager = "cgroupfs"\nruntime = "runc"\n' >"$conf"
            if try_once podman-run podman run -d --name "$CTR" --storage-driver overlay busybox sleep 3600; then
                pm_ok=1
            fi
        fi
    fi
    if [ "$pm_ok" = 1 ] && try_once podman podman --storage-driver overlay exec "$CTR" true; then
        cleanup+=("podman --storage-driver overlay rm -f -t 0 $CTR")
        names+=(podman)
        cmds+=("podman --storage-driver overlay exec $CTR true")
        log "podman: $(podman --version), runtime $(grep -o 'runc' "$conf" || echo default)"
    else
        log "podman could not run a container here: left out"
    fi
else
    log "podman missing (apt-get install podman): left out"
fi

# ---- one hyperfine run --------------------------------------------------------------------------
json="$RESULTS/exec-$(date -u +%Y%m%dT%H%M%SZ).json"
args=(-N --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" --time-unit millisecond)
for i in "${!names[@]}"; do
    args+=(-n "${names[$i]}" "${cmds[$i]}")
done
log "hyperfine ${args[*]}"
hyperfine "${args[@]}"

on_exit
cleanup=()
if [ "${DEN_BENCH_PRIVATE:-0}" = 1 ] && [ -f "$XDG_RUNTIME_DIR/libpod/tmp/pause.pid" ]; then
    # podman's pause process, in our private runtime dir: ours to stop, by its recorded pid.
    pid=$(cat "$XDG_RUNTIME_DIR/libpod/tmp/pause.pid")
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
fi

# ---- summary ------------------------------------------------------------------------------------
printf '\n'
python3 - "$json" <<'EOF'
import json, sys

res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print("%-8s %10s %10s %10s %10s" % ("", "median", "mean", "stddev", "min"))
for name in ("den", "nsenter", "podman"):
    if name in res:
        r = res[name]
        print("%-8s %8.2fms %8.2fms %8.2fms %8.2fms" % (
            name, r["median"] * 1e3, r["mean"] * 1e3, (r["stddev"] or 0.0) * 1e3, r["min"] * 1e3))
    else:
        print("%-8s %10s" % (name, "n/a"))
print()
if "den" in res and "podman" in res:
    print("podman/den = %.2fx (median)" % (res["podman"]["median"] / res["den"]["median"]))
if "den" in res and "nsenter" in res:
    print("den/nsenter = %.2fx (median; goal <= 1.5)" % (res["den"]["median"] / res["nsenter"]["median"]))
print("results: " + sys.argv[1])
EOF
