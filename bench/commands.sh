#!/usr/bin/env bash
# Start-up of den's everyday commands against podman's, in one hyperfine run:
# `--version`, `ps -a` and `images`, each tool with a store of its own holding the busybox
# fixture and one exited container. Prints the medians and the ratio den/podman of each
# (issue 15: no command's start-up regresses). See bench/README.md.
#
#   sudo bench/commands.sh      as root: copies den, re-runs itself as den-test
#
# Environment: DEN (den binary, default target/release/den of this checkout), DEN_FIXTURES,
# BENCH_RUNS=40 BENCH_WARMUP=5, DEN_BENCH_USER (den-test).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$here/lib.sh"
root=/var/tmp/den-bench-commands
fixtures=${DEN_FIXTURES:-/var/tmp/den-fixtures}
if [ "$(id -u)" = 0 ]; then
    user=$(bench_user)
    bench_tree "$root" "$user"
    bench_install "$root" "${BASH_SOURCE[0]}" "${DEN:-$here/../target/release/den}"
    bench_as "$user" "$root" DEN_FIXTURES="$fixtures" BENCH_RUNS="${BENCH_RUNS:-40}" \
        BENCH_WARMUP="${BENCH_WARMUP:-5}" bash "$root/bin/commands.sh"
    exit
fi
for tool in hyperfine podman python3; do
    command -v "$tool" >/dev/null || die "$tool is missing"
done
[ -f "$fixtures/busybox.docker.tar" ] || die "fixtures missing in $fixtures: tests/setup/root.sh"
den="$root/bin/den --root $root/home/den-store"
# podman as the other benches run it: rootless, overlay, runc (crun refuses the hybrid
# cgroup layout here), its storage and runtime dirs under this scratch tree.
podman="podman --root $root/home/podman-store --runroot $root/run/podman --runtime runc \
--storage-driver overlay --cgroup-manager cgroupfs --events-backend file"
$den load -q -i "$fixtures/busybox.docker.tar" >/dev/null
$podman load -q -i "$fixtures/busybox.docker.tar" >/dev/null
$den rm -f bench-exited >/dev/null 2>&1 || true
$podman rm -f bench-exited >/dev/null 2>&1 || true
$den run --name bench-exited --network none busybox true
$podman run --name bench-exited --network none busybox true
hyperfine -N --warmup "$BENCH_WARMUP" --runs "$BENCH_RUNS" --export-json "$root/run/commands.json" \
    -n "den --version" "$den --version" -n "podman --version" "$podman --version" \
    -n "den ps -a" "$den ps -a" -n "podman ps -a" "$podman ps -a" \
    -n "den images" "$den images" -n "podman images" "$podman images" >&2
$den rm -f bench-exited >/dev/null
$podman rm -f bench-exited >/dev/null
# podman leaves its rootless pause process; end it by the pid it wrote.
pause="$root/run/libpod/tmp/pause.pid"
[ -f "$pause" ] && kill -9 "$(cat "$pause")" 2>/dev/null || true
python3 - "$root/run/commands.json" <<'PY'
import json, sys
res = {r["command"]: r["median"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
print("| command | den (ms) | podman (ms) | den/podman |")
print("|---|---|---|---|")
for c in ["--version", "ps -a", "images"]:
    d, p = res[f"den {c}"], res[f"podman {c}"]
    print(f"| {c} | {d:.2f} | {p:.2f} | {d / p:.3f}x |")
PY
