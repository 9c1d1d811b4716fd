#!/usr/bin/env bash
# Memory that stays while a container runs: what den keeps beside the container's program,
# against bubblewrap (attached) and podman's conmon (detached). The program is busybox
# `sleep`; it is not counted, everything else the tool keeps running is.
#
#   sudo bench/memory.sh     as root: runs the containers as den-test, reads /proc as root
#
#   den        den run --rm --network none busybox sleep   den + its init      (attached)
#   bwrap      bwrap --unshare-all ... sleep                bwrap's processes   (attached)
#   den -d     den run -d --network none busybox sleep      monitor + init      (detached)
#   conmon     podman run -d --network none busybox sleep   conmon alone        (detached)
#
# RSS and PSS (kB) from /proc/PID/smaps_rollup of each process, summed per tool, the median of
# BENCH_RUNS starts, each read BENCH_SETTLE seconds (2) after the container is up, for every
# tool alike: den's processes give back their set-up's pages once the container has run for
# 1 s (src/runtime/settle.rs), so this is what stays, not the peak of the start. Prints the ratios den/bwrap and den -d/conmon (goal: at most 1 each).
# See bench/README.md.
#
# Environment:
#   DEN            den binary (default: target/release/den of this checkout)
#   DEN_FIXTURES   fixture directory (default /var/tmp/den-fixtures)
#   BENCH_RUNS=5   BENCH_SETTLE=2   DEN_BENCH_USER (default den-test)
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ "$(id -u)" = 0 ] || die "run as root (it reads other users' /proc/PID/smaps_rollup)"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-5}
SETTLE=${BENCH_SETTLE:-2}
user=${DEN_BENCH_USER:-den-test}
ROOT=/var/tmp/den-bench-mem
id -u "$user" >/dev/null 2>&1 || die "no user $user: run tests/setup/root.sh"
[ -f "$FIXTURES/busybox.docker.tar" ] || die "fixtures missing in $FIXTURES: tests/setup/root.sh"
for tool in bwrap podman python3; do
    command -v "$tool" >/dev/null || die "$tool is missing"
done
den_src=${DEN:-$repo/target/release/den}
[ -x "$den_src" ] || die "no den binary at $den_src: cargo build --release"

group=$(id -g "$user")
rm -rf "$ROOT"
install -d -m 0755 "$ROOT" "$ROOT/bin"
install -d -m 0700 -o "$user" -g "$group" "$ROOT/home" "$ROOT/run" "$ROOT/podman"
install -m 0755 "$den_src" "$ROOT/bin/den"
rootfs=$ROOT/rootfs
mkdir -p "$rootfs"
tar -xf "$FIXTURES/busybox-rootfs.tar" -C "$rootfs" --no-same-owner

# as USER, with the bench's HOME and runtime dir
as_user() {
    runuser -u "$user" -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        HOME="$ROOT/home" XDG_RUNTIME_DIR="$ROOT/run" "$@"
}
den=("$ROOT/bin/den")
podman=(podman --root "$ROOT/podman/root" --runroot "$ROOT/podman/run" --runtime runc
        --storage-driver overlay --cgroup-manager cgroupfs --events-backend file)
as_user "${den[@]}" load -q -i "$FIXTURES/busybox.docker.tar" >/dev/null
as_user "${podman[@]}" load -q -i "$FIXTURES/busybox.docker.tar" >/dev/null 2>&1

# tree.py sleeping PID: whether the process tree at PID runs `sleep` yet;
# tree.py measure PID [alone]: the RSS and PSS (kB) of the tree at PID (or of PID alone),
# leaving out the `sleep` programs, and the names of the processes counted.
cat >"$ROOT/bin/tree.py" <<'EOF'
import os, sys

def children(pid):
    out = []
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            out += [int(c) for c in open(f"/proc/{pid}/task/{task}/children").read().split()]
        except OSError:
            pass
    return out

def tree(pid):
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append((p, open(f"/proc/{p}/comm").read().strip()))
        todo += children(p)
    return seen

mode, pid = sys.argv[1], int(sys.argv[2])
if mode == "sleeping":
    sys.exit(0 if any(c == "sleep" for _, c in tree(pid)) else 1)
procs = tree(pid)[:1] if len(sys.argv) > 3 else tree(pid)
rss = pss = 0
names = []
for p, comm in procs:
    if comm == "sleep":
        continue
    names.append(comm)
    for line in open(f"/proc/{p}/smaps_rollup"):
        key, _, value = line.partition(":")
        if key == "Rss":
            rss += int(value.split()[0])
        elif key == "Pss":
            pss += int(value.split()[0])
print(rss, pss, "+".join(sorted(names)))
EOF
measure() { python3 "$ROOT/bin/tree.py" measure "$@"; }

# Waits until the tree at PID runs `sleep` (the container is up), at most 10 s.
wait_sleep() {
    for _ in $(seq 100); do
        python3 "$ROOT/bin/tree.py" sleeping "$1" && return 0
        sleep 0.1
    done
    die "no sleep under $1 after 10 s"
}

results=$ROOT/results.txt
: >"$results"
for i in $(seq "$RUNS"); do
    # den, attached: runuser's child is den itself (the side that waits), then its init.
    runuser -u "$user" -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$ROOT/home" \
        XDG_RUNTIME_DIR="$ROOT/run" "${den[@]}" run --rm --network none busybox sleep 30 &
    starter=$!
    wait_sleep "$starter"
    sleep "$SETTLE"
    denpid=$(pgrep -P "$starter" | head -1)
    echo "den $(measure "$denpid")" >>"$results"
    kill "$denpid" 2>/dev/null || true
    wait "$starter" 2>/dev/null || true

    runuser -u "$user" -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        bwrap --unshare-all --ro-bind "$rootfs" / --proc /proc --dev /dev /bin/sleep 30 &
    starter=$!
    wait_sleep "$starter"
    sleep "$SETTLE"
    bpid=$(pgrep -P "$starter" | head -1)
    echo "bwrap $(measure "$bpid")" >>"$results"
    kill "$bpid" 2>/dev/null || true
    wait "$starter" 2>/dev/null || true

    id=$(as_user "${den[@]}" run -d --network none busybox sleep 600)
    sleep "$SETTLE"
    init=$(as_user "${den[@]}" inspect --format '{{.State.Pid}}' "$id")
    monitor=$(ps -o ppid= -p "$init" | tr -d ' ')
    echo "den-d $(measure "$monitor")" >>"$results"
    as_user "${den[@]}" rm -f -t 0 "$id" >/dev/null

    id=$(as_user "${podman[@]}" run -d --network none busybox sleep 600 2>/dev/null)
    sleep "$SETTLE"
    conmon=$(as_user "${podman[@]}" inspect --format '{{.State.ConmonPid}}' "$id" 2>/dev/null)
    # conmon alone: its own smaps, not the container's processes under it.
    echo "conmon $(measure "$conmon" alone)" >>"$results"
    as_user "${podman[@]}" rm -f -t 0 "$id" >/dev/null 2>&1
done
if [ -f "$ROOT/run/libpod/tmp/pause.pid" ]; then
    # podman's pause process, in the bench's own runtime dir: ours to stop, by its pid.
    kill "$(cat "$ROOT/run/libpod/tmp/pause.pid")" 2>/dev/null || true
fi

python3 - "$results" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    tool, rss, pss, names = line.split()
    rows.setdefault(tool, []).append((int(rss), int(pss), names))
med = {t: (statistics.median(r for r, _, _ in v), statistics.median(p for _, p, _ in v), v[0][2])
       for t, v in rows.items()}
print("%-7s %9s %9s  processes" % ("", "RSS kB", "PSS kB"))
for t in ("den", "bwrap", "den-d", "conmon"):
    if t in med:
        print("%-7s %9d %9d  %s" % (t, med[t][0], med[t][1], med[t][2]))
for a, b in (("den", "bwrap"), ("den-d", "conmon")):
    if a in med and b in med:
        print("%s/%s: RSS %.2fx, PSS %.2fx (goal <= 1)" % (a, b, med[a][0] / med[b][0], med[a][1] / med[b][1]))
EOF
