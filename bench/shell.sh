#!/usr/bin/env bash
# Toolbox enters: the first `den shell -- true` of a project on the Debian fixture (it makes
# the toolbox: the keep-id cost) and later enters, against `distrobox enter -- true` and
# `toolbox run true` (both on podman) and against `podman run --rm --userns=keep-id`, first
# and later runs, with `den exec` and `den run --rm --userns=keep-id` for reference. Firsts
# are timed once each, later runs in one `hyperfine -N` run; prints medians and the ratios
# against den. See bench/README.md ("Toolbox enters").
#
#   bench/shell.sh      as root: re-runs itself as den-test, then removes what it made
#   bench/shell.sh      as a user with subuid ranges: runs as that user
#
# Everything lives under one scratch directory, with a HOME of its own (podman's
# storage.conf and containers.conf there say overlay, runc, cgroupfs, file events; the
# system's and the user's configuration are not touched) and an XDG_RUNTIME_DIR of its own.
#
# Environment: DEN (den binary, default target/release/den of this checkout),
# DEN_FIXTURES (/var/tmp/den-fixtures), BENCH_RUNS (20), BENCH_WARMUP (3),
# DEN_BENCH_USER (den-test).
set -euo pipefail
umask 022

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BENCH_ROOT=/var/tmp/den-bench-shell
FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
RUNS=${BENCH_RUNS:-20}
WARMUP=${BENCH_WARMUP:-3}

# ---- as root: prepare, run as the test user, remove the scratch tree ---------------------
if [ "$(id -u)" = 0 ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    repo=$(cd "$here/.." && pwd)
    user=$(bench_user)
    group=$(id -g "$user")
    rm -rf "$BENCH_ROOT"
    bench_tree "$BENCH_ROOT" "$user"
    install -d -m 0755 -o "$user" -g "$group" "$BENCH_ROOT/results"
    install -d -m 0700 -o "$user" -g "$group" "$BENCH_ROOT/work"
    bench_install "$BENCH_ROOT" "${BASH_SOURCE[0]}" "${DEN:-$repo/target/release/den}"
    status=0
    # (The run sets its own HOME and runtime dir under work/.)
    bench_as "$user" "$BENCH_ROOT" DEN="$BENCH_ROOT/bin/den" DEN_FIXTURES="$FIXTURES" \
        DEN_BENCH_WORK="$BENCH_ROOT/work" DEN_BENCH_RESULTS="$BENCH_ROOT/results" \
        BENCH_RUNS="$RUNS" BENCH_WARMUP="$WARMUP" \
        bash "$BENCH_ROOT/bin/shell.sh" "$@" || status=$?
    # The user's run removed its containers and stores; what is left (files of subordinate
    # ids in podman's store, if its reset failed) goes here. The results stay.
    rm -rf "$BENCH_ROOT/work" "$BENCH_ROOT/bin"
    exit "$status"
fi

# ---- as the benchmarking user ------------------------------------------------------------
me=$(id -un)
if [ -z "${DEN:-}" ]; then
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
    DEN="$here/../target/release/den"
fi
[ -x "$DEN" ] || die "den binary not found at $DEN (cargo build --release)"
command -v hyperfine >/dev/null || die "hyperfine is missing: sudo apt-get install hyperfine"
archive="$FIXTURES/debian.oci.tar"
[ -f "$archive" ] || die "fixture $archive missing: run tests/setup/root.sh"
WORK=${DEN_BENCH_WORK:-/var/tmp/den-bench-shell-$me}
RESULTS=${DEN_BENCH_RESULTS:-$WORK/results}
own_work=0
if [ ! -d "$WORK" ]; then
    mkdir -m 0700 -p "$WORK"
    own_work=1
fi
mkdir -p "$RESULTS"

# A HOME and runtime directory of the bench's own: distrobox and toolbox run podman, which
# reads ~/.config/containers; its pause process and state live in XDG_RUNTIME_DIR.
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run"
mkdir -p "$HOME/.config/containers"
mkdir -m 0700 -p "$XDG_RUNTIME_DIR"
export SHELL=/bin/bash # toolbox reads the user's shell from here
unset XDG_CONFIG_HOME XDG_DATA_HOME CONTAINERS_CONF CONTAINERS_STORAGE_CONF
cat >"$HOME/.config/containers/storage.conf" <<EOF
[storage]
driver = "overlay"
graphroot = "$WORK/podman-root"
runroot = "$WORK/podman-run"
EOF
# crun 1.8 refuses these machines' hybrid cgroup layout; there is no systemd or journald.
cat >"$HOME/.config/containers/containers.conf" <<'EOF'
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
# toolbox binds the D-Bus system socket into its containers and refuses to create one when
# there is none (no system bus runs here); nothing in `toolbox run` talks to it.
: >"$WORK/system_bus_socket"
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$WORK/system_bus_socket"
cd "$WORK"

image=localhost/den-debian
den=("$DEN" --root "$WORK/den-store")
project="$WORK/project"
mkdir -p "$project"
printf 'name = "bench-shell"\nimage = "%s"\n' "$image" >"$project/den.toml"
DISTROBOX=bench-distrobox
TOOLBOX=bench-toolbox

cleanup() {
    set +e
    "${den[@]}" rm -f bench-shell >/dev/null 2>&1
    "${den[@]}" system reset -f >/dev/null 2>&1
    if command -v distrobox >/dev/null; then
        distrobox rm -f "$DISTROBOX" </dev/null >/dev/null 2>&1
    fi
    if command -v toolbox >/dev/null; then
        toolbox rm -f "$TOOLBOX" </dev/null >/dev/null 2>&1
    fi
    if command -v podman >/dev/null; then
        podman rm -a -f -t 0 >/dev/null 2>&1
        podman system reset -f >/dev/null 2>&1
    fi
    # podman's pause process, in the bench's own runtime directory: ours, by its pid.
    local pid
    pid=$(cat "$XDG_RUNTIME_DIR/libpod/tmp/pause.pid" 2>/dev/null || true)
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; fi
    chmod -R u+rwX "$WORK" 2>/dev/null
    rm -rf "$HOME" "$XDG_RUNTIME_DIR" "$project" "$WORK/den-store" "$WORK/podman-root" \
        "$WORK/podman-run" "$WORK/toolbox-image" "$WORK/system_bus_socket" "$WORK"/*.out
    if [ "$own_work" = 1 ] && [ "$RESULTS" != "$WORK/results" ]; then rmdir "$WORK"; fi
}
trap cleanup EXIT

# Runs a command once, output to WORK/NAME.out; on failure says so with its last lines.
try_once() {
    local name=$1
    shift
    if "$@" >"$WORK/$name.out" 2>&1 </dev/null; then
        return 0
    fi
    log "$name failed: $*"
    sed 's/^/    /' "$WORK/$name.out" | tail -n 8 >&2
    return 1
}
# Seconds (3 decimals) one command line takes, or "n/a" when it fails.
timed() {
    local name=$1 start end
    shift
    start=$(date +%s%N)
    if ! try_once "$name" "$@"; then
        echo n/a
        return
    fi
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
}
sum() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a") print "n/a"; else printf "%.3f", a + b }'; }

names=()
cmds=()
later() { names+=("$1"); cmds+=("$2"); }
firsts="$WORK/firsts"
: >"$firsts"
first() { printf '%s %s\n' "$1" "$2" >>"$firsts"; }

# den: the image unpacked once (the goal's yardstick), then the first enter makes the toolbox.
first den-load "$(timed den-load "${den[@]}" load -q -i "$archive")"
den_first=$(timed den-first "${den[@]}" shell --project "$project" -- true)
first den-shell "$den_first"
[ "$den_first" != n/a ] || die "den shell failed: the comparison needs it"
later den-shell "${den[*]} shell --project $project -- true"
later den-exec "${den[*]} exec bench-shell true"
later den-run "${den[*]} run --rm --userns=keep-id $image true"

# podman: its first keep-id run makes the chowned copy of the image for the mapping, so it
# runs before distrobox, which would make that copy for it.
have_podman=0
pm_load=n/a
if command -v podman >/dev/null; then
    pm_load=$(timed podman-load podman load -q -i "$archive")
fi
if [ "$pm_load" != n/a ]; then
    have_podman=1
    first podman-load "$pm_load"
    pm_first=$(timed podman-first podman run --rm --userns=keep-id "$image" true)
    first podman-run "$pm_first"
    if [ "$pm_first" != n/a ]; then
        later podman-run "podman run --rm --userns=keep-id $image true"
    fi
    log "podman: $(podman --version), runc, overlay"
else
    log "podman missing or cannot load the image: podman, distrobox and toolbox left out"
fi

# distrobox on the same image. Its init installs ~25 packages and Mesa from the network when
# the image lacks commands it checks for (sudo, curl, wget, bc, less, lsof, pinentry, time);
# a pre-init hook, sourced by that init, declares the missing ones as shell functions so the
# first enter measures distrobox's own setup (user, mounts, sudoers), not a download.
if [ "$have_podman" = 1 ] && command -v distrobox >/dev/null; then
    hook="$HOME/distrobox-no-deps.sh"
    cat >"$hook" <<'EOF'
for c in sudo pinentry wget curl less bc time lsof; do
    command -v "$c" >/dev/null || eval "$c() { :; }"
done
EOF
    db_create=$(timed distrobox-create distrobox create --yes --no-entry --image "$image" \
        --name "$DISTROBOX" --pre-init-hooks ". $hook")
    db_enter=$(timed distrobox-first distrobox enter "$DISTROBOX" -- true)
    first distrobox-create "$db_create"
    first distrobox-enter "$db_enter"
    first distrobox "$(sum "$db_create" "$db_enter")"
    if [ "$db_enter" != n/a ]; then
        later distrobox "distrobox enter $DISTROBOX -- true"
        log "distrobox: $(distrobox --version 2>/dev/null | tail -n 1)"
    fi
else
    log "distrobox missing (apt-get install distrobox): left out"
fi

# toolbox runs `capsh` inside (Debian's libcap2-bin, not in the fixture) and recognises its
# images by the com.github.containers.toolbox label: a one-layer image over the fixture adds
# the host's capsh (Debian 12, as the fixture; its libcap is in the image) and the label.
if [ "$have_podman" = 1 ] && command -v toolbox >/dev/null && command -v capsh >/dev/null; then
    ctx="$WORK/toolbox-image"
    mkdir -p "$ctx"
    cp "$(command -v capsh)" "$ctx/capsh"
    printf 'FROM %s\nCOPY capsh /usr/sbin/capsh\nLABEL com.github.containers.toolbox="true"\n' \
        "$image" >"$ctx/Containerfile"
    if try_once toolbox-image podman build -q -t localhost/den-debian-toolbox "$ctx"; then
        tb_create=$(timed toolbox-create toolbox -y create --image \
            localhost/den-debian-toolbox:latest "$TOOLBOX")
        tb_run=$(timed toolbox-first toolbox run -c "$TOOLBOX" true)
        first toolbox-create "$tb_create"
        first toolbox-run "$tb_run"
        first toolbox "$(sum "$tb_create" "$tb_run")"
        if [ "$tb_run" != n/a ]; then
            later toolbox "toolbox run -c $TOOLBOX true"
            log "toolbox: $(toolbox --version)"
        fi
    fi
else
    log "toolbox or capsh missing (apt-get install podman-toolbox libcap2-bin): left out"
fi

# ---- later enters: one hyperfine run -------------------------------------------------------
json="$RESULTS/shell-$(date -u +%Y%m%dT%H%M%SZ).json"
args=(-N --warmup "$WARMUP" --runs "$RUNS" --export-json "$json" --time-unit millisecond)
for i in "${!names[@]}"; do
    args+=(-n "${names[$i]}" "${cmds[$i]}")
done
log "hyperfine ${args[*]}"
hyperfine "${args[@]}" </dev/null
cp "$firsts" "${json%.json}.firsts"

# ---- summary --------------------------------------------------------------------------------
printf '\n'
python3 - "$json" "$firsts" <<'EOF'
import json, sys

later = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
first = {}
for line in open(sys.argv[2]):
    name, value = line.split()
    first[name] = None if value == "n/a" else float(value)

def fmt(v):
    return "n/a" if v is None else "%.3f s" % v

print("first use, timed once (a fresh store each)")
for name, what in [
    ("den-load", "den load (unpacking the image once)"),
    ("den-shell", "den shell -- true (makes the toolbox, keep-id)"),
    ("podman-load", "podman load"),
    ("podman-run", "podman run --rm --userns=keep-id"),
    ("distrobox-create", "distrobox create"),
    ("distrobox-enter", "distrobox enter -- true (its init)"),
    ("distrobox", "distrobox create + first enter"),
    ("toolbox-create", "toolbox create"),
    ("toolbox-run", "toolbox run true (its init)"),
    ("toolbox", "toolbox create + first run"),
]:
    if name in first:
        print("  %-48s %10s" % (what, fmt(first[name])))

print("\nlater, hyperfine medians")
print("  %-12s %10s %10s %10s %10s" % ("", "median", "mean", "stddev", "min"))
for name, r in later.items():
    print("  %-12s %8.2fms %8.2fms %8.2fms %8.2fms" % (
        name, r["median"] * 1e3, r["mean"] * 1e3, (r["stddev"] or 0.0) * 1e3, r["min"] * 1e3))

def ratio(label, a, b, note=""):
    if a is None or b is None:
        print("  %-36s n/a" % label)
    else:
        print("  %-36s %8.2fx %s" % (label, a / b, note))

med = lambda n: later[n]["median"] if n in later else None
print("\nratios (later: medians)")
ratio("den shell / den exec, later", med("den-shell"), med("den-exec"), "target <= 2x")
ratio("toolbox / den shell, later", med("toolbox"), med("den-shell"))
ratio("distrobox / den shell, later", med("distrobox"), med("den-shell"))
ratio("podman run / den run (keep-id), later", med("podman-run"), med("den-run"))
ratio("podman run / den shell, later", med("podman-run"), med("den-shell"))
f = first.get
ratio("den shell first / den load", f("den-shell"), f("den-load"), "target <= 1x")
ratio("toolbox first / den shell first", f("toolbox"), f("den-shell"))
ratio("distrobox first / den shell first", f("distrobox"), f("den-shell"))
ratio("podman run first / den shell first", f("podman-run"), f("den-shell"))
print("results: " + sys.argv[1])
EOF
