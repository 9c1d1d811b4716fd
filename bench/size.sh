#!/usr/bin/env bash
# The size of the installed den binary (`cargo install --profile dist`, README) against the
# goal of at most 10 MB, with the release build's and the peers' for reference.
#
#   bench/size.sh        builds the dist profile into target/ (a few minutes the first time)
#
# Environment: DEN_DIST=path to a dist binary already built (skips the build).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
dist=${DEN_DIST:-}
if [ -z "$dist" ]; then
    (cd "$repo" && cargo build --locked --profile dist --bin den)
    dist=$repo/target/dist/den
fi
size() { stat -c %s "$1"; }
row() { awk -v n="$1" -v b="$(size "$2")" 'BEGIN { printf "%-22s %10.1f MB\n", n, b / 1e6 }'; }
row "den (dist)" "$dist"
[ -x "$repo/target/release/den" ] && row "den (release)" "$repo/target/release/den"
for peer in bwrap podman conmon; do
    path=$(command -v "$peer" || true)
    [ -n "$path" ] && row "$peer" "$path"
done
goal=10000000
awk -v b="$(size "$dist")" -v g="$goal" \
    'BEGIN { printf "\nden (dist) / 10 MB goal = %.2f (goal <= 1)\n", b / g }'
