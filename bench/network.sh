#!/usr/bin/env bash
# Network throughput and start-up cost of den's private networks, in one run:
#   - TCP container -> host and host -> published port, for den with pasta, den with
#     slirp4netns and podman with slirp4netns (podman 4.3 has no pasta: that row says so);
#     a socket pump: busybox `dd if=/dev/zero | nc` on one side, `nc -l > /dev/null` on the
#     other (the host side is a `--network host` busybox container, so the host needs no nc);
#     the figure is MB/s for BENCH_MB megabytes (timed inside the sending container), best
#     of BENCH_TRIES;
#   - start-up: `den run --rm busybox true` (private, pasta) against `--network none`,
#     hyperfine -N medians, as a ratio.
#
#   bench/network.sh           as root: prepares, then re-runs itself as den-test
#   bench/network.sh           as any user with subuid ranges: runs as that user
#
# Environment:
#   DEN                  den binary (default: target/release/den, else target/debug/den)
#   DEN_FIXTURES         fixture directory (default /var/tmp/den-fixtures)
#   BENCH_MB=400 BENCH_TRIES=3 BENCH_RUNS=20 BENCH_WARMUP=3
#   DEN_BENCH_USER       user to run as when started as root (default den-test)
#   DEN_BENCH_SKIP_SETUP=1  as root, do not run tests/setup/root.sh first
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_ROOT=/var/tmp/den-bench-net
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
MB=${BENCH_MB:-400}
TRIES=${BENCH_TRIES:-3}
RUNS=${BENCH_RUNS:-20}
WARMUP=${BENCH_WARMUP:-3}

# ---- as root: prepare and re-run as the test user ---------------------------------------
if [ "$(id -u)" = 0 ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    bench_setup "$repo"
    user=$(bench_prepare "$BENCH_ROOT" work)
    den_src=${DEN:-$repo/target/release/den}
    [ -x "$den_src" ] || den_src=$repo/target/debug/den
    bench_install "$BENCH_ROOT" "${BASH_SOURCE[0]}" "$den_src"
    bench_as "$user" "$BENCH_ROOT" \
        DEN="$BENCH_ROOT/bin/den" DEN_FIXTURES="$FIXTURES" DEN_BENCH_WORK="$BENCH_ROOT/work" \
        BENCH_MB="$MB" BENCH_TRIES="$TRIES" BENCH_RUNS="$RUNS" BENCH_WARMUP="$WARMUP" \
        bash "$BENCH_ROOT/bin/network.sh" "$@"
    exit
fi

# ---- as the benchmarking user ------------------------------------------------------------
me=$(id -un)
if [ -z "${DEN:-}" ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    DEN="$here/../target/release/den"
    [ -x "$DEN" ] || DEN="$here/../target/debug/den"
fi
WORK=${DEN_BENCH_WORK:-/var/tmp/den-bench-net-$me}
mkdir -p "$WORK"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$WORK/xdg-run"
    mkdir -m 0700 "$XDG_RUNTIME_DIR" 2>/dev/null || true
fi
cd "$WORK"
command -v hyperfine >/dev/null || die "hyperfine is missing: sudo apt-get install hyperfine"
docker_tar="$FIXTURES/busybox.docker.tar"
[ -f "$docker_tar" ] || die "fixtures missing in $FIXTURES"

den() { "$DEN" --root "$WORK/den" --runroot "$WORK/den-run" "$@"; }
podman_() {
    podman --root "$WORK/podman" --runroot "/tmp/den-bench-net-$(id -u)" --runtime runc \
        --storage-driver overlay --cgroup-manager cgroupfs --events-backend file "$@" 2>/dev/null
}
den images -q | grep -q . || den load -q -i "$docker_tar" >/dev/null
have_podman=0
if command -v podman >/dev/null; then
    podman_ images -q | grep -q . || podman_ load -q -i "$docker_tar" >/dev/null
    podman_ images -q | grep -q . && have_podman=1
fi
cleanup() {
    den rm -f bench-sink bench-src bench-peer >/dev/null 2>&1 || true
    den network rm -f bench-net >/dev/null 2>&1 || true
    if [ "$have_podman" = 1 ]; then
        podman_ rm -f -t 0 bench-sink bench-peer >/dev/null 2>&1 || true
        podman_ network rm -f bench-net >/dev/null 2>&1 || true
    fi
    # podman's rootless pause process of the runtime dir this script made for itself (as
    # root); a user's own runtime dir and pause process are left alone.
    local pause="$XDG_RUNTIME_DIR/libpod/tmp/pause.pid"
    if [ "$XDG_RUNTIME_DIR" = "$BENCH_ROOT/run" ] && [ -f "$pause" ]; then
        kill "$(cat "$pause")" 2>/dev/null || true
    fi
}
trap cleanup EXIT

free_port() { # a port in 20000-59999 that no TCP socket of the host uses
    local p
    while :; do
        p=$((20000 + RANDOM % 40000))
        grep -qi ":$(printf '%04X' "$p") " /proc/net/tcp /proc/net/tcp6 2>/dev/null || break
    done
    echo "$p"
}
count=$((MB * 16)) # 64 KiB blocks
# Inside busybox (whose dd prints no rate): the zeros go to nc; the time is taken from
# /proc/uptime before dd starts and right after it wrote its last block; prints MB/s.
send() {
    printf '%s' 's=$(cut -d" " -f1 /proc/uptime); '
    printf '{ dd if=/dev/zero bs=64k count=%s 2>/dev/null; cut -d" " -f1 /proc/uptime >/tmp/end; } | nc -w 1 %s %s; ' "$count" "$1" "$2"
    printf 'awk -v s="$s" -v mb=%s '"'"'{ if ($1 > s) printf "%%.0f\\n", mb / ($1 - s) }'"'"' /tmp/end' "$MB"
}
rate() { grep -E '^[0-9]+$' | tail -1; }
best() { sort -n | tail -1; }

# container -> host: a sink on the host's loopback, the source in the container.
to_host() { # tool network addr
    local tool=$1 net=$2 addr=$3 port=$4 out=()
    for _ in $(seq "$TRIES"); do
        den run -d --rm --name bench-sink --network host busybox sh -c "sleep 100000 | nc -l -p $port >/dev/null" >/dev/null
        sleep 0.3
        local r
        if [ "$tool" = den ]; then
            r=$(den run --rm --network "$net" busybox sh -c "$(send "$addr" "$port")" 2>&1 | rate || true)
        else
            r=$(podman_ run --rm --network "$net" busybox sh -c "$(send "$addr" "$port")" 2>&1 | rate || true)
        fi
        den rm -f bench-sink >/dev/null 2>&1 || true
        out+=("${r:-0}")
    done
    printf '%s\n' "${out[@]}" | best
}

# host -> published port: the sink in the container, the source on the host.
to_published() { # tool network
    local tool=$1 net=$2 out=()
    for _ in $(seq "$TRIES"); do
        local port r
        port=$(free_port)
        if [ "$tool" = den ]; then
            den run -d --rm --name bench-sink --network "$net" -p "127.0.0.1:$port:80" busybox sh -c 'sleep 100000 | nc -l -p 80 >/dev/null' >/dev/null
        else
            podman_ run -d --rm --name bench-sink --network "$net" -p "127.0.0.1:$port:80" busybox sh -c 'sleep 100000 | nc -l -p 80 >/dev/null' >/dev/null
        fi
        sleep 0.5
        r=$(den run --rm --network host busybox sh -c "$(send 127.0.0.1 "$port")" 2>&1 | rate || true)
        den rm -f bench-sink >/dev/null 2>&1 || true
        [ "$tool" = podman ] && podman_ rm -f -t 0 bench-sink >/dev/null 2>&1
        out+=("${r:-0}")
    done
    printf '%s\n' "${out[@]}" | best
}

log "throughput: $MB MB per transfer, best of $TRIES"
port=$(free_port)
# pasta: the container reaches the host's loopback port only when forwarded (-T PORT); the
# default network is isolated from it. slirp4netns: 10.0.2.2 with allow_host_loopback.
den_pasta_out=$(to_host den "pasta:-T,$port" 127.0.0.1 "$port")
den_slirp_out=$(to_host den "slirp4netns:allow_host_loopback=true" 10.0.2.2 "$port")
den_pasta_in=$(to_published den pasta)
den_slirp_in=$(to_published den slirp4netns)
if [ "$have_podman" = 1 ]; then
    pod_slirp_out=$(to_host podman "slirp4netns:allow_host_loopback=true" 10.0.2.2 "$port")
    pod_slirp_in=$(to_published podman slirp4netns)
    if podman_ run --rm --network pasta busybox true >/dev/null 2>&1; then
        pod_pasta_out=$(to_host podman "pasta:-T,$port" 127.0.0.1 "$port")
        pod_pasta_in=$(to_published podman pasta)
    else
        pod_pasta_out="n/a"; pod_pasta_in="n/a"
    fi
else
    pod_slirp_out="n/a"; pod_slirp_in="n/a"; pod_pasta_out="n/a"; pod_pasta_in="n/a"
fi

# container -> container on a user-defined network (the bridge in the network's namespace).
between() { # tool
    local tool=$1 out=() run=(den)
    [ "$tool" = podman ] && run=(podman_)
    "${run[@]}" network create bench-net >/dev/null 2>&1 || true
    for _ in $(seq "$TRIES"); do
        "${run[@]}" run -d --rm --name bench-peer --network bench-net busybox sh -c 'sleep 100000 | nc -l -p 80 >/dev/null' >/dev/null
        sleep 0.5
        local r
        r=$("${run[@]}" run --rm --network bench-net busybox sh -c "$(send bench-peer 80)" 2>&1 | rate || true)
        "${run[@]}" rm -f bench-peer >/dev/null 2>&1 || true
        [ "$tool" = podman ] && podman_ rm -f -t 0 bench-peer >/dev/null 2>&1
        out+=("${r:-0}")
    done
    printf '%s\n' "${out[@]}" | best
}
den_between=$(between den)
pod_between="n/a"
[ "$have_podman" = 1 ] && pod_between=$(between podman)

log "start-up: den run --rm busybox true, private (pasta), a user-defined network and --network none"
hyperfine -N -w "$WARMUP" -r "$RUNS" --export-json "$WORK/startup.json" \
    -n private "$DEN --root $WORK/den --runroot $WORK/den-run run --rm busybox true" \
    -n none "$DEN --root $WORK/den --runroot $WORK/den-run run --rm --network none busybox true" \
    -n network "$DEN --root $WORK/den --runroot $WORK/den-run run --rm --network bench-net busybox true" >&2
medians=$(sed -n 's/.*"median": *\([0-9.e-]*\).*/\1/p' "$WORK/startup.json")
private_ms=$(echo "$medians" | sed -n 1p | awk '{printf "%.1f", $1*1000}')
none_ms=$(echo "$medians" | sed -n 2p | awk '{printf "%.1f", $1*1000}')
net_ms=$(echo "$medians" | sed -n 3p | awk '{printf "%.1f", $1*1000}')

ratio() { if [[ "$1" =~ ^[0-9.]+$ && "$2" =~ ^[0-9.]+$ && "$2" != 0 ]]; then awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2fx", a/b}'; else echo "n/a"; fi; }
echo
printf '%-28s %14s %18s\n' "MB/s" "container->host" "host->published"
printf '%-28s %14s %18s\n' "den pasta" "$den_pasta_out" "$den_pasta_in"
printf '%-28s %14s %18s\n' "den slirp4netns" "$den_slirp_out" "$den_slirp_in"
printf '%-28s %14s %18s\n' "podman pasta" "$pod_pasta_out" "$pod_pasta_in"
printf '%-28s %14s %18s\n' "podman slirp4netns" "$pod_slirp_out" "$pod_slirp_in"
printf '%-28s %14s %18s\n' "den/podman slirp4netns" "$(ratio "$den_slirp_out" "$pod_slirp_out")" "$(ratio "$den_slirp_in" "$pod_slirp_in")"
printf '%-28s %14s %18s\n' "den pasta/podman slirp" "$(ratio "$den_pasta_out" "$pod_slirp_out")" "$(ratio "$den_pasta_in" "$pod_slirp_in")"
printf '%-28s %14s %18s\n' "den pasta/den slirp4netns" "$(ratio "$den_pasta_out" "$den_slirp_out")" "$(ratio "$den_pasta_in" "$den_slirp_in")"
echo
printf '%-28s %14s\n' "MB/s container->container" "(user-defined network)"
printf '%-28s %14s\n' "den" "$den_between"
printf '%-28s %14s\n' "podman" "$pod_between"
printf '%-28s %14s\n' "den/podman" "$(ratio "$den_between" "$pod_between")"
echo
printf 'start-up  private %s ms, none %s ms, private/none = %s\n' "$private_ms" "$none_ms" "$(ratio "$private_ms" "$none_ms")"
printf 'start-up  network %s ms, network/none = %s, network/private = %s\n' "$net_ms" "$(ratio "$net_ms" "$none_ms")" "$(ratio "$net_ms" "$private_ms")"
