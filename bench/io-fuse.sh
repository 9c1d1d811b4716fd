#!/usr/bin/env bash
# File-system I/O inside a container for the three overlay drivers: den's own `fuse`,
# `fuse-overlayfs` (the external program) and kernel `overlay`, in one hyperfine run.
#
#   bench/io-fuse.sh        as root: prepares, then re-runs itself as den-test
#   bench/io-fuse.sh        as a user with subuid ranges: runs as that user
#
# Workloads (each one `den run --rm` of the Debian fixture, the driver forced in config.toml):
#   dd     dd if=/dev/zero of=/big bs=1M count=1024 conv=fsync     (1 GiB written)
#   find   find /usr > /dev/null                                  (the image's tree)
#   untar  tar -xf /in/small.tar -C /root                           (20k small files)
# then prints medians and the ratios fuse/overlay and fuse/fuse-overlayfs.
#
# Environment:
#   DEN                  den binary (default: target/release/den of this checkout)
#   DEN_FIXTURES         fixture directory (default /var/tmp/den-fixtures)
#   BENCH_RUNS=3 BENCH_WARMUP=0  BENCH_DD_MIB=1024  BENCH_FILES=20000
#   DEN_BENCH_USER       user to run as when started as root (default den-test)
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_ROOT=/var/tmp/den-bench-io
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-3}
WARMUP=${BENCH_WARMUP:-0}
DD_MIB=${BENCH_DD_MIB:-1024}
FILES=${BENCH_FILES:-20000}

if [ "$(id -u)" = 0 ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    user=$(bench_prepare "$BENCH_ROOT" work)
    bench_install "$BENCH_ROOT" "${BASH_SOURCE[0]}" "${DEN:-$repo/target/release/den}"
    bench_as "$user" "$BENCH_ROOT" \
        DEN="$BENCH_ROOT/bin/den" DEN_FIXTURES="$FIXTURES" DEN_BENCH_WORK="$BENCH_ROOT/work" \
        BENCH_RUNS="$RUNS" BENCH_WARMUP="$WARMUP" BENCH_DD_MIB="$DD_MIB" BENCH_FILES="$FILES" \
        bash "$BENCH_ROOT/bin/io-fuse.sh" "$@"
    exit
fi

me=$(id -un)
DEN=${DEN:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/target/release/den}
WORK=${DEN_BENCH_WORK:-/var/tmp/den-bench-io-$me}
mkdir -p "$WORK"
cd "$WORK"
command -v hyperfine >/dev/null || die "hyperfine is missing: sudo apt-get install hyperfine"
[ -x "$DEN" ] || die "no den binary at $DEN"

"$DEN" load -i "$FIXTURES/debian.oci.tar" >/dev/null
image=localhost/den-debian

# 20k small files, made once.
if [ ! -f "$WORK/in/small.tar" ]; then
    rm -rf "$WORK/src" && mkdir -p "$WORK/src" "$WORK/in"
    for d in $(seq 0 99); do
        mkdir "$WORK/src/d$d"
        for f in $(seq 0 $((FILES / 100 - 1))); do printf 'file %s %s\n' "$d" "$f"; done \
            | awk -v dir="$WORK/src/d$d" '{ print > (dir "/f" NR) }'
    done
    tar -cf "$WORK/in/small.tar" -C "$WORK/src" .
    rm -rf "$WORK/src"
fi

names=()
cmds=()
drivers=()
for driver in fuse fuse-overlayfs overlay; do
    cfg="$WORK/cfg-$driver"
    mkdir -p "$cfg/den"
    printf '[storage]\ndriver = "%s"\n' "$driver" >"$cfg/den/config.toml"
    run="XDG_CONFIG_HOME=$cfg $DEN run --rm -v $WORK/in:/in:ro $image"
    if ! env XDG_CONFIG_HOME="$cfg" "$DEN" run --rm "$image" true >"$WORK/$driver.out" 2>&1; then
        log "$driver does not work here: $(tail -n 2 "$WORK/$driver.out")"
        continue
    fi
    drivers+=("$driver")
    names+=("dd/$driver" "find/$driver" "untar/$driver")
    cmds+=("$run dd if=/dev/zero of=/big bs=1M count=$DD_MIB conv=fsync status=none"
        "$run find /usr -printf ''"
        "$run tar -xf /in/small.tar -C /root")
done
[ "${#names[@]}" -gt 0 ] || die "no driver works"

args=()
for i in "${!names[@]}"; do args+=(-n "${names[$i]}" "${cmds[$i]}"); done
hyperfine --runs "$RUNS" --warmup "$WARMUP" --export-json "$WORK/io.json" "${args[@]}" >&2

python3 - "$WORK/io.json" <<'PY'
import json, sys
res = {r["command"]: r["median"] for r in json.load(open(sys.argv[1]))["results"]}
print("| workload | fuse (s) | fuse-overlayfs (s) | overlay (s) | fuse/fuse-overlayfs | fuse/overlay |")
print("|---|---|---|---|---|---|")
for w in ["dd", "find", "untar"]:
    f, fo, o = (res.get(f"{w}/{d}") for d in ["fuse", "fuse-overlayfs", "overlay"])
    cell = lambda v: f"{v:.2f}" if v else "-"
    ratio = lambda a, b: f"{a / b:.2f}x" if a and b else "-"
    print(f"| {w} | {cell(f)} | {cell(fo)} | {cell(o)} | {ratio(f, fo)} | {ratio(f, o)} |")
PY
