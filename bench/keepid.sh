#!/usr/bin/env bash
# keep-id cost: the first and later `den run --rm --userns=keep-id debian true` against
# `podman run --rm --userns=keep-id` first (podman chowns a copy of the image for the
# mapping) and later, on the Debian fixture, each in a fresh store; prints seconds and
# the ratios podman/den. See bench/README.md ("keep-id").
#
#   bench/keepid.sh     as root: re-runs itself as den-test
#   bench/keepid.sh     as a user with subuid ranges: runs as that user
#
# Environment: DEN (den binary, default target/debug/den of this checkout),
# DEN_FIXTURES (/var/tmp/den-fixtures), BENCH_RUNS (later runs averaged, default 10),
# DEN_BENCH_USER (den-test).
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_ROOT=/var/tmp/den-bench-keepid
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-10}

if [ "$(id -u)" = 0 ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    user=$(bench_user)
    rm -rf "$BENCH_ROOT"
    bench_tree "$BENCH_ROOT" "$user"
    install -d -m 0700 -o "$user" -g "$(id -g "$user")" "$BENCH_ROOT/work"
    bench_install "$BENCH_ROOT" "${BASH_SOURCE[0]}" "${DEN:-$repo/target/debug/den}"
    bench_as "$user" "$BENCH_ROOT" DEN="$BENCH_ROOT/bin/den" DEN_FIXTURES="$FIXTURES" \
        DEN_BENCH_WORK="$BENCH_ROOT/work" BENCH_RUNS="$RUNS" \
        bash "$BENCH_ROOT/bin/keepid.sh" "$@"
    exit
fi

me=$(id -un)
if [ -z "${DEN:-}" ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    DEN="$here/../target/debug/den"
fi
WORK=${DEN_BENCH_WORK:-/var/tmp/den-bench-keepid-$me}
mkdir -p "$WORK"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$WORK/xdg-run"
    mkdir -m 0700 -p "$XDG_RUNTIME_DIR"
fi
cd "$WORK"
archive="$FIXTURES/debian.docker.tar"
[ -f "$archive" ] || die "fixture $archive missing: run tests/setup/root.sh"

den=("$DEN" --root "$WORK/den-store")
podman=(podman --root "$WORK/podman-root" --runroot "$WORK/podman-run" --runtime runc
    --storage-driver overlay --cgroup-manager cgroupfs --events-backend file)
cleanup() {
    "${den[@]}" system reset -f >/dev/null 2>&1 || true
    "${podman[@]}" system reset -f >/dev/null 2>&1 || true
}
trap cleanup EXIT

# Seconds (3 decimals) one command line takes.
timed() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}
# Mean seconds of BENCH_RUNS runs.
mean() {
    local total=0 i t
    for ((i = 0; i < RUNS; i++)); do
        t=$(timed "$@")
        total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
    done
    awk -v t="$total" -v n="$RUNS" 'BEGIN { printf "%.3f", t / n }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

log "loading the Debian fixture into fresh den and podman stores"
"${den[@]}" load -q -i "$archive" >/dev/null
"${podman[@]}" load -q -i "$archive" >/dev/null
image=localhost/den-debian

den_first=$(timed "${den[@]}" run --rm --userns=keep-id "$image" true)
den_later=$(mean "${den[@]}" run --rm --userns=keep-id "$image" true)
den_default=$(mean "${den[@]}" run --rm "$image" true)
podman_first=$(timed "${podman[@]}" run --rm --userns=keep-id "$image" true)
podman_later=$(mean "${podman[@]}" run --rm --userns=keep-id "$image" true)

printf '%-40s %8s\n' "what" "seconds"
printf '%-40s %8s\n' "den keep-id, first run" "$den_first"
printf '%-40s %8s\n' "den keep-id, later runs (mean of $RUNS)" "$den_later"
printf '%-40s %8s\n' "den default mapping (mean of $RUNS)" "$den_default"
printf '%-40s %8s\n' "podman keep-id, first run" "$podman_first"
printf '%-40s %8s\n' "podman keep-id, later runs (mean of $RUNS)" "$podman_later"
echo "first run: podman/den = $(ratio "$podman_first" "$den_first")x;" \
    "later runs: podman/den = $(ratio "$podman_later" "$den_later")x;" \
    "den keep-id first/later = $(ratio "$den_first" "$den_later")x"
