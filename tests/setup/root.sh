#!/usr/bin/env bash
# Prepare this machine for den's test suite.  Run as root; idempotent; fast when
# everything is already in place.
#
#   - apt-get installs the Debian packages the tests and benchmarks use (runc too:
#     crun cannot start containers under these machines' hybrid cgroup layout)
#   - creates the test users: den-test (with /etc/subuid and /etc/subgid ranges
#     200000-265535) and den-nosub (deliberately without any range)
#   - makes /dev/fuse and /dev/net/tun usable by unprivileged users (0666)
#   - creates /var/tmp/den-test (0755) for the test harness
#   - builds the image fixtures into /var/tmp/den-fixtures (tests/setup/fixtures.sh)
#
# Environment: DEN_SETUP_SKIP_FIXTURES=1 skips the fixtures; see fixtures.sh for more.
set -euo pipefail
umask 022

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
log() { printf 'setup: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || die "must run as root: sudo $0"

TEST_USER=den-test
NOSUB_USER=den-nosub
SUB_START=200000
SUB_COUNT=65536

# ---- packages ------------------------------------------------------------------------
packages=(
    uidmap fuse-overlayfs fuse3 busybox-static debootstrap mmdebstrap podman bubblewrap
    skopeo docker-registry hyperfine crun runc passt slirp4netns umoci tmux openssl
    python3 python3-venv ca-certificates curl util-linux procps iproute2 tar gzip zstd
    debian-archive-keyring bash-completion zsh fish
    xvfb pulseaudio pulseaudio-utils dbus dbus-bin x11-utils distrobox podman-toolbox
)
missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
        missing+=("$p")
    fi
done
if [ "${#missing[@]}" -gt 0 ]; then
    log "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # Third-party sources on the machine may be unreachable; Debian's own must work.
    if ! apt-get update -q </dev/null; then
        log "warning: apt-get update reported errors; trying the install anyway"
    fi
    apt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
        "${missing[@]}" </dev/null
else
    log "packages: all ${#packages[@]} present"
fi

for b in newuidmap newgidmap; do
    p=$(command -v "$b") || die "$b missing after install"
    [ -u "$p" ] || [ -n "$(getcap "$p" 2>/dev/null)" ] || chmod u+s "$p"
done

# ---- users ---------------------------------------------------------------------------
ensure_user() {
    local u=$1
    if ! id -u "$u" >/dev/null 2>&1; then
        # -K SUB_*_COUNT=0: no automatic subordinate ranges; we manage them below.
        useradd --create-home --shell /bin/bash --user-group \
            -K SUB_UID_COUNT=0 -K SUB_GID_COUNT=0 "$u"
        log "created user $u (uid $(id -u "$u"))"
    fi
}
ensure_user "$TEST_USER"
ensure_user "$NOSUB_USER"
touch /etc/subuid /etc/subgid
chmod 0644 /etc/subuid /etc/subgid

# den-test: a range, added only if it has none.
if ! grep -q "^$TEST_USER:" /etc/subuid; then
    usermod --add-subuids "$SUB_START-$((SUB_START + SUB_COUNT - 1))" "$TEST_USER"
    log "added subuid range $SUB_START+$SUB_COUNT for $TEST_USER"
fi
if ! grep -q "^$TEST_USER:" /etc/subgid; then
    usermod --add-subgids "$SUB_START-$((SUB_START + SUB_COUNT - 1))" "$TEST_USER"
    log "added subgid range $SUB_START+$SUB_COUNT for $TEST_USER"
fi

# den-nosub: no line at all, by name or by numeric uid.
nosub_uid=$(id -u "$NOSUB_USER")
for f in /etc/subuid /etc/subgid; do
    if grep -qE "^($NOSUB_USER|$nosub_uid):" "$f"; then
        sed -i -E "/^($NOSUB_USER|$nosub_uid):/d" "$f"
        log "removed $NOSUB_USER's lines from $f"
    fi
done

# ---- devices and kernel knobs ---------------------------------------------------------
if [ ! -e /dev/fuse ]; then
    modprobe fuse 2>/dev/null || true
    [ -e /dev/fuse ] || mknod -m 0666 /dev/fuse c 10 229 || log "warning: cannot create /dev/fuse"
fi
[ -e /dev/fuse ] && chmod 0666 /dev/fuse
if [ ! -e /dev/net/tun ]; then
    mkdir -p /dev/net
    mknod -m 0666 /dev/net/tun c 10 200 || log "warning: cannot create /dev/net/tun"
fi
[ -e /dev/net/tun ] && chmod 0666 /dev/net/tun
if [ -e /proc/sys/kernel/unprivileged_userns_clone ] && [ "$(cat /proc/sys/kernel/unprivileged_userns_clone)" = 0 ]; then
    echo 1 >/proc/sys/kernel/unprivileged_userns_clone || log "warning: cannot enable unprivileged user namespaces"
fi
if [ "$(cat /proc/sys/user/max_user_namespaces 2>/dev/null || echo 1)" = 0 ]; then
    echo 15000 >/proc/sys/user/max_user_namespaces || log "warning: cannot raise user.max_user_namespaces"
fi

# ---- kubernetes-validate -------------------------------------------------------------
# tests/kube.rs checks den's generated Kubernetes YAML against the schemas with the PyPI
# package kubernetes-validate (offline once installed), in a venv of its own.
KUBE_VENV=/opt/den-kube-validate
if ! "$KUBE_VENV/bin/kubernetes-validate" --version >/dev/null 2>&1; then
    log "installing kubernetes-validate into $KUBE_VENV"
    /usr/bin/python3 -m venv "$KUBE_VENV"
    "$KUBE_VENV/bin/pip" install -q kubernetes-validate </dev/null
fi

# ---- directories ---------------------------------------------------------------------
install -d -m 0755 /var/tmp/den-test /var/tmp/den-fixtures

# Quick sanity check: can the test user make a user namespace?
if ! runuser -u "$TEST_USER" -- unshare -Ur true </dev/null 2>/dev/null; then
    log "warning: $TEST_USER cannot create a user namespace (unshare -Ur true failed)"
fi

# ---- fixtures ------------------------------------------------------------------------
if [ "${DEN_SETUP_SKIP_FIXTURES:-0}" != 1 ]; then
    bash "$here/fixtures.sh"
fi
log "ok"
