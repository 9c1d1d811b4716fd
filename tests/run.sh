#!/usr/bin/env bash
# den's test command: the one README and .ci/run use.
#
#   tests/run.sh [ARGS...]        ARGS go to `cargo test --release` (e.g. a test name filter)
#
# As root (CI runs it so, with CI=true, on a fresh Debian 12 machine):
#   tests/setup/root.sh installs packages, creates the test users den-test (with
#   subuid/subgid ranges) and den-nosub (without), opens /dev/fuse and /dev/net/tun and
#   builds the image fixtures into /var/tmp/den-fixtures (cached); then rustfmt, clippy,
#   cargo build and cargo test run with DEN_FIXTURES, DEN_TEST_USER and
#   DEN_TEST_USER_NOSUB set (the Rust harness runs den as those users).
# As an ordinary user: nothing is installed; each missing prerequisite is reported with
#   the command that fixes it, then the same checks and tests run (tests that cannot
#   work here skip with a reason; with DEN_MUST_WORK=1 they fail instead).
#
# Environment:
#   CI=true                 also exports DEN_MUST_WORK=1: a test may not skip
#   DEN_FIXTURES            fixture directory (default /var/tmp/den-fixtures)
#   DEN_SKIP_LINT=1         skip rustfmt and clippy
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

section() { printf '\n==== %s ====\n' "$*"; }
note() { printf '%s\n' "$*"; }

failed=()
# step NAME CMD...: run one step; record a failure and go on, so one run reports all.
step() {
    local name=$1 rc=0
    shift
    section "$name"
    printf '$ %s\n' "$*"
    "$@" || rc=$?
    if [ "$rc" = 0 ]; then
        note "-- ok: $name"
    else
        note "-- FAILED (exit $rc): $name"
        failed+=("$name")
    fi
    return 0
}

# cargo may not be on PATH in a non-login shell (CI's environment, runuser, sudo).
if ! command -v cargo >/dev/null 2>&1; then
    for d in "${CARGO_HOME:-$HOME/.cargo}/bin" "$HOME/.cargo/bin" /usr/local/cargo/bin; do
        if [ -x "$d/cargo" ]; then
            PATH="$d:$PATH"
            break
        fi
    done
fi

export DEN_FIXTURES=${DEN_FIXTURES:-/var/tmp/den-fixtures}
if [ "${CI:-}" = true ]; then
    export DEN_MUST_WORK=1
fi

locked=()
if [ -f Cargo.lock ]; then locked=(--locked); fi

section "den tests: $(date -u '+%Y-%m-%d %H:%M:%S UTC') as $(id -un) (uid $(id -u))"
note "repo:         $repo"
note "rust:         $(rustc --version 2>/dev/null || echo 'rustc not found') / $(cargo --version 2>/dev/null || echo 'cargo not found')"
note "kernel:       $(uname -sr)"
note "CI:           ${CI:-unset}    DEN_MUST_WORK=${DEN_MUST_WORK:-unset}"

if [ "$(id -u)" = 0 ]; then
    # ---- root: prepare the machine --------------------------------------------------
    section "setup (tests/setup/root.sh)"
    setup_start=$(date +%s)
    bash tests/setup/root.sh </dev/null
    note "-- setup took $(( $(date +%s) - setup_start ))s"
    export DEN_TEST_USER=den-test
    export DEN_TEST_USER_NOSUB=den-nosub
else
    # ---- ordinary user: report what is missing, install nothing ------------------------
    section "prerequisites (running as $(id -un); nothing is installed)"
    user=$(id -un)
    uid=$(id -u)
    missing=0
    miss() { printf 'missing: %s; run: %s\n' "$1" "$2"; missing=$((missing + 1)); }
    for b in newuidmap newgidmap; do
        p=$(command -v "$b" 2>/dev/null || true)
        if [ -z "$p" ]; then
            miss "$b" "sudo apt-get install uidmap"
        elif [ ! -u "$p" ] && [ -z "$(getcap "$p" 2>/dev/null || true)" ]; then
            miss "setuid bit on $p" "sudo chmod u+s $p"
        fi
    done
    for f in subuid subgid; do
        if ! grep -qE "^($user|$uid):" "/etc/$f" 2>/dev/null; then
            # Suggest a range after every range already handed out.
            start=$(awk -F: '$3 > 0 && $2 + $3 > m { m = $2 + $3 } END { print (m < 100000 ? 100000 : m) }' \
                "/etc/$f" 2>/dev/null || echo 100000)
            miss "a range for $user in /etc/$f" \
                "sudo usermod --add-${f}s $start-$((start + 65535)) $user"
        fi
    done
    if [ ! -f "$DEN_FIXTURES/READY" ]; then
        miss "fixtures in $DEN_FIXTURES" "sudo tests/setup/root.sh"
    fi
    if [ ! -e /dev/fuse ]; then
        miss "/dev/fuse" "sudo modprobe fuse"
    elif [ ! -r /dev/fuse ] || [ ! -w /dev/fuse ]; then
        miss "read/write access to /dev/fuse" "sudo chmod 0666 /dev/fuse"
    fi
    if [ -e /dev/net/tun ] && { [ ! -r /dev/net/tun ] || [ ! -w /dev/net/tun ]; }; then
        miss "read/write access to /dev/net/tun (pasta/slirp4netns)" "sudo chmod 0666 /dev/net/tun"
    fi
    if ! unshare -Ur true </dev/null 2>/dev/null; then
        miss "unprivileged user namespaces (unshare -Ur true fails)" \
            "sudo sysctl -w kernel.unprivileged_userns_clone=1 user.max_user_namespaces=15000"
    fi
    for t in fuse-overlayfs skopeo podman docker-registry; do
        command -v "$t" >/dev/null 2>&1 || miss "$t (tests that use it skip)" "sudo tests/setup/root.sh"
    done
    if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
        note "note: XDG_RUNTIME_DIR is unset; den falls back to its own runtime directory"
    fi
    if [ "$missing" = 0 ]; then
        note "all prerequisites present"
    else
        note "$missing prerequisite(s) missing: tests that need them skip (or fail with DEN_MUST_WORK=1)"
    fi
fi

if ! command -v cargo >/dev/null 2>&1; then
    echo "error: cargo not found; install Rust (https://rustup.rs) or put ~/.cargo/bin on PATH" >&2
    exit 1
fi

note ""
note "DEN_FIXTURES=$DEN_FIXTURES DEN_TEST_USER=${DEN_TEST_USER:-unset} DEN_TEST_USER_NOSUB=${DEN_TEST_USER_NOSUB:-unset}"

# ---- lint ------------------------------------------------------------------------------
have_component() { cargo "$1" --version >/dev/null 2>&1; }
if [ "${DEN_SKIP_LINT:-0}" = 1 ]; then
    section "lint"
    note "skipped: DEN_SKIP_LINT=1"
else
    if { ! have_component fmt || ! have_component clippy; } && [ "$(id -u)" = 0 ] \
        && command -v rustup >/dev/null 2>&1; then
        section "rustup component add rustfmt clippy"
        rustup component add rustfmt clippy </dev/null || note "(could not add them; going on)"
    fi
    if have_component fmt; then
        step "cargo fmt --check" cargo fmt --all -- --check
    else
        section "cargo fmt --check"
        note "skipped: the rustfmt component is not installed (rustup component add rustfmt)"
    fi
fi

# ---- build -----------------------------------------------------------------------------
step "cargo build --release" cargo build --release "${locked[@]}"

if [ "${DEN_SKIP_LINT:-0}" != 1 ]; then
    if have_component clippy; then
        step "cargo clippy" cargo clippy --all-targets --release "${locked[@]}" -- -D warnings
    else
        section "cargo clippy"
        note "skipped: the clippy component is not installed (rustup component add clippy)"
    fi
fi

# ---- tests -----------------------------------------------------------------------------
if [[ " ${failed[*]-} " == *" cargo build --release "* ]]; then
    section "cargo test --release"
    note "skipped: the build failed"
else
    step "cargo test --release" cargo test --release "${locked[@]}" --no-fail-fast "$@"
fi

# ---- summary ---------------------------------------------------------------------------
section "summary"
if [ "${#failed[@]}" -gt 0 ]; then
    for f in "${failed[@]}"; do note "FAILED: $f"; done
    exit 1
fi
note "all steps succeeded"
