#!/usr/bin/env bash
# Container start-up latency: den against the `unshare` floor, bwrap and podman.
#
#   bench/start.sh              as root: prepares, then re-runs itself as den-test
#   bench/start.sh              as any user with subuid ranges: runs as that user
#
# One hyperfine run times, each with `hyperfine -N` (no shell in between):
#   den       den run --rm busybox true                        (den's default: a private network)
#   den-nonet den run --rm --network none busybox true         (no network, as bwrap's)
#   bwrap     bwrap --unshare-all --ro-bind ROOTFS / --proc /proc --dev /dev /bin/true
#   podman    podman run --rm --storage-driver overlay busybox true
#   unshare   unshare -Urmpf true                              (the floor)
#   unshare-map unshare --map-auto --map-root-user -rmpf true  (the floor with newuidmap/newgidmap)
# then prints medians and the ratios den/unshare, den-nonet/bwrap, den-nonet/unshare-map and
# podman/den.  See bench/README.md.
#
# Environment:
#   DEN                  den binary (default: target/release/den of this checkout)
#   DEN_FIXTURES         fixture directory (default /var/tmp/den-fixtures)
#   BENCH_RUNS=30 BENCH_WARMUP=3
#   BENCH_STRICT=1       exit 1 when a target is missed
#   DEN_BENCH_USER       user to run as when started as root (default den-test)
#   DEN_BENCH_SKIP_SETUP=1  as root, do not run tests/setup/root.sh first
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_ROOT=/var/tmp/den-bench
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-30}
WARMUP=${BENCH_WARMUP:-3}

# ---- as root: prepare and re-run as the test user ---------------------------------------
if [ "$(id -u)" = 0 ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    bench_setup "$repo"
    user=$(bench_prepare "$BENCH_ROOT" work results)
    # The test user cannot read a checkout under /root: copy what it runs.
    den_src=${DEN:-$repo/target/release/den}
    rm -f "$BENCH_ROOT/bin/den"
    if [ -x "$den_src" ]; then
        install -m 0755 "$den_src" "$BENCH_ROOT/bin/den"
    else
        log "warning: no den binary at $den_src (cargo build --release); den is left out"
    fi
    bench_install "$BENCH_ROOT" "${BASH_SOURCE[0]}"
    bench_as "$user" "$BENCH_ROOT" DEN="$BENCH_ROOT/bin/den" DEN_FIXTURES="$FIXTURES" \
        DEN_BENCH_WORK="$BENCH_ROOT/work" DEN_BENCH_RESULTS="$BENCH_ROOT/results" \
        DEN_BENCH_PRIVATE=1 BENCH_RUNS="$RUNS" BENCH_WARMUP="$WARMUP" \
        BENCH_STRICT="${BENCH_STRICT:-0}" RUST_LOG="${RUST_LOG:-}" \
        bash "$BENCH_ROOT/bin/start.sh" "$@"
    exit
fi

# ---- as the benchmarking user ------------------------------------------------------------
me=$(id -un)
if [ -z "${DEN:-}" ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    DEN="$here/../target/release/den"
fi
WORK=${DEN_BENCH_WORK:-/var/tmp/den-bench-$me}
RESULTS=${DEN_BENCH_RESULTS:-$WORK/results}
mkdir -p "$WORK" "$RESULTS"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$WORK/xdg-run"
    mkdir -m 0700 "$XDG_RUNTIME_DIR" 2>/dev/null || true
fi
cd "$WORK"

command -v hyperfine >/dev/null || die "hyperfine is missing: sudo apt-get install hyperfine"
if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; else python=python3; fi
docker_tar="$FIXTURES/busybox.docker.tar"
rootfs_tar="$FIXTURES/busybox-rootfs.tar"
[ -f "$FIXTURES/READY" ] && [ -f "$docker_tar" ] && [ -f "$rootfs_tar" ] \
    || die "fixtures missing in $FIXTURES: sudo tests/setup/root.sh"

names=()
cmds=()
add() { names+=("$1"); cmds+=("$2"); }
skipped=()

# Run a candidate once before timing it: hyperfine stops on a failing command.
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

log "user $me, work dir $WORK"

# den ---------------------------------------------------------------------------------------
if [ -x "$DEN" ]; then
    log "den: $("$DEN" --version 2>/dev/null || echo "$DEN")"
    if try_once den-load "$DEN" load -i "$docker_tar" \
        && try_once den "$DEN" run --rm busybox true; then
        add den "$DEN run --rm busybox true"
        # bwrap --unshare-all gives a network namespace with nothing in it: den's like is
        # --network none (the default connects the container through pasta).
        if try_once den-nonet "$DEN" run --rm --network none busybox true; then
            add den-nonet "$DEN run --rm --network none busybox true"
        fi
    else
        skipped+=(den)
    fi
else
    log "den binary not found at $DEN (cargo build --release): left out"
    skipped+=(den)
fi

# bwrap on an unpacked copy of the same rootfs ------------------------------------------------
if command -v bwrap >/dev/null; then
    stamp=$(sha256sum "$rootfs_tar" | cut -c1-16)
    rootfs="$WORK/rootfs-$stamp"
    if [ ! -x "$rootfs/bin/busybox" ]; then
        rm -rf "$WORK"/rootfs-*
        mkdir -p "$rootfs.part"
        tar -xf "$rootfs_tar" -C "$rootfs.part" --no-same-owner
        mv "$rootfs.part" "$rootfs"
    fi
    bwrap_cmd="bwrap --unshare-all --ro-bind $rootfs / --proc /proc --dev /dev /bin/true"
    # shellcheck disable=SC2086
    if try_once bwrap $bwrap_cmd; then add bwrap "$bwrap_cmd"; else skipped+=(bwrap); fi
else
    log "bwrap missing (apt-get install bubblewrap): left out"
    skipped+=(bwrap)
fi

# podman, rootless, overlay storage -----------------------------------------------------------
podman_cmd="podman run --rm --storage-driver overlay busybox true"
if command -v podman >/dev/null; then
    # Our own containers.conf (not the user's): no journald/systemd here.
    conf="$WORK/containers.conf"
    printf '[engine]\nevents_logger = "file"\ncgroup_manager = "cgroupfs"\n' >"$conf"
    export CONTAINERS_CONF="$conf"
    pm_ok=0
    if try_once podman-load podman --storage-driver overlay load -i "$docker_tar"; then
        if try_once podman podman run --rm --storage-driver overlay busybox true; then
            pm_ok=1
        elif command -v runc >/dev/null; then
            # crun refuses hybrid cgroup v1/v2 layouts; runc copes.
            log "retrying podman with runtime = \"runc\""
            printf '[engine]\nevents_logger = "file"\ncgroup_manager = "cgroupfs"\nruntime = "runc"\n' >"$conf"
            if try_once podman podman run --rm --storage-driver overlay busybox true; then
                pm_ok=1
            fi
        fi
    fi
    if [ "$pm_ok" = 1 ]; then
        add podman "$podman_cmd"
        log "podman: $(podman --version), runtime $(grep -o 'runc' "$conf" || echo default)"
    else
        skipped+=(podman)
    fi
else
    log "podman missing (apt-get install podman): left out"
    skipped+=(podman)
fi

# the floor -------------------------------------------------------------------------------------
if try_once unshare unshare -Urmpf true; then add unshare "unshare -Urmpf true"; else skipped+=(unshare); fi
# ... and with the setuid id-map helpers a subordinate range needs (util-linux 2.38+)
map_cmd="unshare --map-auto --map-root-user -rmpf true"
# shellcheck disable=SC2086
if try_once unshare-map $map_cmd; then add unshare-map "$map_cmd"; else skipped+=(unshare-map); fi

[ "${#names[@]}" -gt 0 ] || die "nothing to benchmark"

# ---- one hyperfine run --------------------------------------------------------------------------
json="$RESULTS/start-$(date -u +%Y%m%dT%H%M%SZ).json"
args=(-N --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" --time-unit millisecond)
for i in "${!names[@]}"; do
    args+=(-n "${names[$i]}" "${cmds[$i]}")
done
log "hyperfine ${args[*]}"
hyperfine "${args[@]}"

stop_podman_pause() {
    # Rootless podman keeps a pause process for its user namespace; in our private
    # HOME/XDG_RUNTIME_DIR it is ours to stop (by the PID it recorded).
    local f="$XDG_RUNTIME_DIR/libpod/tmp/pause.pid" pid
    if [ "${DEN_BENCH_PRIVATE:-0}" = 1 ] && [ -f "$f" ]; then
        pid=$(cat "$f")
        [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    fi
}
stop_podman_pause

# ---- summary ------------------------------------------------------------------------------------
printf '\n'
"$python" - "$json" "${skipped[@]}" <<'EOF'
import json, os, sys

path, skipped = sys.argv[1], [s for s in sys.argv[2:] if s]
res = {r["command"]: r for r in json.load(open(path))["results"]}

def ms(x):
    return x * 1000.0

print("%-11s %10s %10s %10s %10s" % ("", "median", "mean", "stddev", "min"))
for name in ("den", "den-nonet", "bwrap", "podman", "unshare", "unshare-map"):
    if name in res:
        r = res[name]
        print("%-11s %8.2fms %8.2fms %8.2fms %8.2fms"
              % (name, ms(r["median"]), ms(r["mean"]), ms(r["stddev"] or 0.0), ms(r["min"])))
    else:
        print("%-11s %10s" % (name, "n/a"))

def med(n):
    return res[n]["median"] if n in res else None

print()
missed = []
d, u, p, b = med("den"), med("unshare"), med("podman"), med("bwrap")
if d and u:
    ratio = d / u
    ok = ratio <= 2.0
    print("den/unshare  = %6.2fx   target <= 2x   %s" % (ratio, "ok" if ok else "MISSED"))
    if not ok:
        missed.append("den/unshare")
else:
    print("den/unshare  =    n/a")
if p and d:
    ratio = p / d
    ok = ratio >= 20.0
    print("podman/den   = %6.2fx   target >= 20x  %s" % (ratio, "ok" if ok else "MISSED"))
    if not ok:
        missed.append("podman/den")
else:
    print("podman/den   =    n/a")
n, m = med("den-nonet"), med("unshare-map")
if n and b:
    ratio = n / b
    ok = ratio <= 1.0
    print("den-nonet/bwrap       = %6.2fx   target <= 1x     %s" % (ratio, "ok" if ok else "MISSED"))
    if not ok:
        missed.append("den-nonet/bwrap")
if n and m:
    ratio = n / m
    ok = ratio <= 1.25
    print("den-nonet/unshare-map = %6.2fx   target <= 1.25x  %s" % (ratio, "ok" if ok else "MISSED"))
    if not ok:
        missed.append("den-nonet/unshare-map")
if d and n:
    print("den/den-nonet         = %6.2fx   (what the private network costs)" % (d / n))
if b and u:
    print("bwrap/unshare= %6.2fx   (reference)" % (b / u))
if skipped:
    print("left out (see the messages above): " + ", ".join(skipped))
print("results: " + path)
strict = os.environ.get("BENCH_STRICT") == "1"
if missed and strict:
    sys.exit(1)
EOF
