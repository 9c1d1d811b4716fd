#!/usr/bin/env bash
# Check den's image fixtures with independent tools: skopeo (format), podman (load and
# run, as root, in a throw-away storage directory so no image is left behind).
#
#   tests/setup/validate-fixtures.sh [DIR]     (default: $DEN_FIXTURES or /var/tmp/den-fixtures)
#
# Format errors (skopeo inspect, podman load) are fatal.  If podman cannot start a
# container at all on this machine that is only a warning; wrong output is fatal.
set -euo pipefail
umask 022

dir=${1:-${DEN_FIXTURES:-/var/tmp/den-fixtures}}
log() { printf 'validate: %s\n' "$*" >&2; }
die() { printf 'validate: error: %s\n' "$*" >&2; exit 1; }
[ -d "$dir" ] || die "no such directory: $dir"
if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; else python=python3; fi

# ---- skopeo ----------------------------------------------------------------------------
# check_inspect REF LAYERS CMD: skopeo inspect --config must show the layer count and Cmd.
check_inspect() {
    local ref=$1 layers=$2 cmd=$3 cfg raw
    raw=$(skopeo inspect "$ref") || die "skopeo inspect $ref failed"
    cfg=$(skopeo inspect --config "$ref") || die "skopeo inspect --config $ref failed"
    "$python" - "$ref" "$layers" "$cmd" "$raw" "$cfg" <<'EOF' || die "skopeo inspect $1: unexpected contents"
import json, sys
ref, nlayers, cmd, raw, cfg = sys.argv[1], int(sys.argv[2]), sys.argv[3], json.loads(sys.argv[4]), json.loads(sys.argv[5])
ok = True
if len(raw.get("Layers") or []) != nlayers:
    print("  %s: %d layers, want %d" % (ref, len(raw.get("Layers") or []), nlayers)); ok = False
if len(cfg["rootfs"]["diff_ids"]) != nlayers:
    print("  %s: %d diff_ids, want %d" % (ref, len(cfg["rootfs"]["diff_ids"]), nlayers)); ok = False
if cfg["config"].get("Cmd") != [cmd]:
    print("  %s: Cmd %r, want %r" % (ref, cfg["config"].get("Cmd"), [cmd])); ok = False
if raw.get("Os") != "linux":
    print("  %s: Os %r" % (ref, raw.get("Os"))); ok = False
print("  ok %s: %s/%s, %d layer(s), Cmd %s" % (ref, raw.get("Os"), raw.get("Architecture"), nlayers, cmd))
sys.exit(0 if ok else 1)
EOF
}

log "skopeo inspect"
command -v skopeo >/dev/null || die "skopeo is missing (apt-get install skopeo)"
check_inspect "docker-archive:$dir/busybox.docker.tar" 1 sh
check_inspect "oci:$dir/busybox.oci" 1 sh
check_inspect "oci-archive:$dir/debian.oci.tar" 2 bash
if [ -e "$dir/debian.docker.tar" ]; then
    check_inspect "docker-archive:$dir/debian.docker.tar" 2 bash
fi
# skopeo copy verifies every blob digest and diff_id while copying.
tmp=$(mktemp -d /var/tmp/den-validate.XXXXXX)
cleanup() {
    # podman may leave mounts under the throw-away storage.
    if mountpoint -q "$tmp/root/overlay" 2>/dev/null; then umount "$tmp/root/overlay" || true; fi
    rm -rf "$tmp" 2>/dev/null || true
}
trap cleanup EXIT
# skopeo and podman stage big copies in TMPDIR (default /var/tmp): keep them in ours.
mkdir -p "$tmp/tmp"
export TMPDIR="$tmp/tmp"
skopeo copy --quiet "oci-archive:$dir/debian.oci.tar" "oci:$tmp/copy:x" >/dev/null \
    || die "skopeo copy of debian.oci.tar failed (digest mismatch?)"
skopeo copy --quiet "docker-archive:$dir/busybox.docker.tar" "oci:$tmp/copy:y" >/dev/null \
    || die "skopeo copy of busybox.docker.tar failed (digest mismatch?)"
skopeo copy --quiet "oci:$dir/busybox.oci" "oci:$tmp/copy:z" >/dev/null \
    || die "skopeo copy of busybox.oci failed (digest mismatch?)"
log "  ok skopeo copy (blob digests verified)"

# ---- podman (throw-away storage) -------------------------------------------------------
if ! command -v podman >/dev/null; then
    log "podman missing: skipping load/run checks"
    exit 0
fi
mkdir -p "$tmp/root" "$tmp/run"
pm() {
    podman --root "$tmp/root" --runroot "$tmp/run" --tmpdir "$tmp/tmp" --storage-driver vfs \
        --cgroup-manager cgroupfs --events-backend file "$@"
}

log "podman load"
pm load -q -i "$dir/busybox.docker.tar" >/dev/null || die "podman load busybox.docker.tar failed"
pm load -q -i "$dir/debian.oci.tar" >/dev/null || die "podman load debian.oci.tar failed"
# podman names an OCI directory after its path; copy it in under the annotated name instead.
skopeo copy --quiet "oci:$dir/busybox.oci" \
    "containers-storage:[vfs@$tmp/root+$tmp/run]localhost/busybox-oci:latest" >/dev/null \
    || die "copying oci:busybox.oci into podman's storage failed"
pm images --format '{{.Repository}}:{{.Tag}} {{.ID}}' | sed 's/^/  /' >&2
pm image exists busybox:latest || die "busybox:latest not found after podman load"
pm image exists localhost/den-debian:latest || die "localhost/den-debian:latest not found after podman load"
# The OCI layout and the docker archive of busybox hold the same config: same image ID.
[ "$(pm image inspect --format '{{.Id}}' busybox:latest)" = \
  "$(pm image inspect --format '{{.Id}}' localhost/busybox-oci:latest)" ] \
    || die "busybox.oci and busybox.docker.tar load as different images"
if [ -e "$dir/debian.docker.tar" ]; then
    # Same config, so the same image ID as the OCI archive.
    id_oci=$(pm image inspect --format '{{.Id}}' localhost/den-debian:latest)
    pm rmi -f localhost/den-debian:latest >/dev/null
    pm load -q -i "$dir/debian.docker.tar" >/dev/null || die "podman load debian.docker.tar failed"
    id_docker=$(pm image inspect --format '{{.Id}}' localhost/den-debian:latest)
    [ "$id_oci" = "$id_docker" ] || die "debian.oci.tar and debian.docker.tar load as different images"
fi

# podman as root cannot start containers on these machines (hybrid cgroups, no
# CAP_SYS_RESOURCE); rootless podman as the test user can, as the tests use it, but
# only with runc: crun 1.8 refuses the hybrid cgroup layout ("cgroups in hybrid mode
# not supported") even with --cgroups disabled.
runtime=()
if command -v runc >/dev/null; then runtime=(--runtime runc); fi
log "podman run (rootless, as ${user:=${DEN_TEST_USER:-den-test}})"
run_ok=1
if ! id -u "$user" >/dev/null 2>&1; then
    log "WARNING: no user $user (tests/setup/root.sh creates it): run checks skipped"
    run_ok=0
else
    chmod 0755 "$tmp"
    uhome="$tmp/home" urun="$tmp/xdg"
    install -d -m 0700 -o "$user" -g "$(id -g "$user")" "$uhome" "$urun" "$tmp/utmp"
    upm() {
        ( cd / && runuser -u "$user" -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$uhome" \
            XDG_RUNTIME_DIR="$urun" TMPDIR="$tmp/utmp" podman --storage-driver vfs --cgroup-manager cgroupfs \
            --events-backend file "${runtime[@]}" "$@" </dev/null )
    }
    stop_pause() {
        # Rootless podman leaves a pause process holding its user namespace.
        local pidfile pid
        for pidfile in "$urun/libpod/tmp/pause.pid" "$uhome/.local/share/containers/storage/libpod/tmp/pause.pid"; do
            [ -f "$pidfile" ] || continue
            pid=$(cat "$pidfile")
            [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
        done
    }
    cleanup_user() {
        upm rmi -a -f >/dev/null 2>&1 || true
        stop_pause
        cleanup
    }
    trap cleanup_user EXIT
    if ! upm load -q -i "$dir/busybox.docker.tar" >/dev/null 2>"$tmp/err" \
        || ! out=$(upm run --rm --network none busybox \
            sh -c 'echo hello from busybox; id -u; stat -c %a /tmp' 2>"$tmp/err"); then
        cat "$tmp/err" >&2
        log "WARNING: rootless podman cannot run a container here; run checks skipped"
        run_ok=0
    fi
fi
if [ "$run_ok" = 1 ]; then
    expected=$'hello from busybox\n0\n1777'
    [ "$out" = "$expected" ] || die "busybox run printed: $out"
    log "  ok busybox: $(echo "$out" | tr '\n' ' ')"

    upm load -q -i "$dir/debian.oci.tar" >/dev/null || die "rootless podman load debian.oci.tar failed"
    # shellcheck disable=SC2016 # expands inside the container
    out=$(upm run --rm --network none localhost/den-debian:latest bash -c '
        cat /den-layer2 /etc/skel/den-new-file
        ls -A /etc/skel | tr "\n" " "; echo
        test -e /etc/issue.net && echo issue.net-present || echo issue.net-gone
        stat -c "%u %a" /var/cache/apt/archives/partial
        . /etc/os-release; echo "$VERSION_CODENAME"') || die "podman run den-debian failed"
    expected=$'layer2\nreplaced\nden-new-file \nissue.net-gone\n42 700\nbookworm'
    [ "$out" = "$expected" ] || die "den-debian run printed:
$out
expected:
$expected"
    log "  ok den-debian: $(echo "$out" | tr '\n' ' ')"
fi
# Throw-away storage: remove the images explicitly, then the directory.
pm rmi -a -f >/dev/null 2>&1 || true
log "fixtures in $dir look valid"
