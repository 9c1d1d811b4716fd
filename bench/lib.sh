# Shared by the bench scripts (sourced, not run): their messages, and the step where a script
# started as root prepares its scratch tree and runs itself again as the unprivileged bench
# user, since every figure is a rootless one.

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }

# The user the benches run as (DEN_BENCH_USER, den-test), which tests/setup/root.sh makes.
bench_user() {
    local user=${DEN_BENCH_USER:-den-test}
    id -u "$user" >/dev/null 2>&1 || die "no user $user: run tests/setup/root.sh"
    printf '%s\n' "$user"
}

# bench_tree ROOT USER: ROOT and ROOT/bin (root's, 0755), ROOT/home and ROOT/run (USER's,
# 0700: the HOME and XDG_RUNTIME_DIR of the runs as USER).
bench_tree() {
    install -d -m 0755 "$1" "$1/bin"
    install -d -m 0700 -o "$2" -g "$(id -g "$2")" "$1/home" "$1/run"
}

# bench_install ROOT SCRIPT [DEN]: copies SCRIPT (and this library, which it sources) into
# ROOT/bin, where USER can read them (a checkout under /root is not), and DEN, if given, as
# ROOT/bin/den.
bench_install() {
    install -m 0755 "$2" "$1/bin/$(basename "$2")"
    install -m 0644 "$(dirname "${BASH_SOURCE[0]}")/lib.sh" "$1/bin/lib.sh"
    if [ -n "${3:-}" ]; then
        [ -x "$3" ] || die "no den binary at $3 (cargo build --release, or DEN=...)"
        install -m 0755 "$3" "$1/bin/den"
    fi
}

# bench_as USER ROOT [VAR=VALUE...] COMMAND...: COMMAND as USER from /, with nothing of
# root's environment: PATH, USER, LOGNAME and TERM, HOME=ROOT/home and
# XDG_RUNTIME_DIR=ROOT/run, then the VAR=VALUE given.
bench_as() {
    local user=$1 root=$2
    shift 2
    cd /
    runuser -u "$user" -- env -i \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        USER="$user" LOGNAME="$user" TERM="${TERM:-dumb}" \
        HOME="$root/home" XDG_RUNTIME_DIR="$root/run" "$@"
}

# bench_setup REPO: tests/setup/root.sh of REPO (users, packages, fixtures), unless
# DEN_BENCH_SKIP_SETUP=1.
bench_setup() {
    if [ "${DEN_BENCH_SKIP_SETUP:-0}" != 1 ]; then
        bash "$1/tests/setup/root.sh" </dev/null
    fi
}

# bench_prepare ROOT [DIR...]: ROOT's tree for the bench user (bench_tree) and each DIR under
# ROOT, the user's (0755); prints the user. (Called in $(...), where set -e does not hold:
# each step stops it itself.)
bench_prepare() {
    local root=$1 user dir
    shift
    user=$(bench_user) || exit 1
    bench_tree "$root" "$user" || exit 1
    for dir in "$@"; do
        install -d -m 0755 -o "$user" -g "$(id -g "$user")" "$root/$dir" || exit 1
    done
    printf '%s\n' "$user"
}
