//! Mounts that depend on the container's namespaces and privileges (`plan::namespaces`):
//! `--device` and `--privileged`'s host devices bound into /dev, /dev/shm as `--ipc` says,
//! and the host's /proc for `--pid host`. The host side (`resolve_devices`) runs in den
//! before the container is created; the rest in the container's first process, before
//! pivot_root.

use std::fs;
use std::os::fd::{AsFd, BorrowedFd};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use nix::mount::{MntFlags, umount2};
use nix::unistd::AccessFlags;

use crate::error::HintExt;
use crate::plan::namespaces::Device;
use crate::plan::{NsMode, RunPlan};
use crate::runtime::mounts::{TargetKind, bind_in_root, fd_path, prepare_target};

/// Directories under /dev that are not devices to bind (podman's `getDevices` skips them).
const SKIPPED_DIRS: &[&str] = &["pts", "shm", "fd", "mqueue", ".lxc", ".lxd-mounts", ".udev"];

/// Checks each `--device` on the host and expands directories into the devices below them.
/// A missing path is podman's error; a device the user can open in none of the asked modes
/// is refused (rootless podman binds it and the program fails on open).
pub fn resolve_devices(devices: &[Device]) -> Result<Vec<Device>> {
    let mut out = Vec::new();
    for d in devices {
        let meta = fs::metadata(&d.host)
            .with_context(|| format!("stat {}", d.host.display()))
            .hint("name a device that exists on this host (--device HOST[:CONTAINER][:PERMS])")?;
        if meta.is_dir() {
            for host in devices_below(&d.host) {
                let rel = host.strip_prefix(&d.host).unwrap_or(&host);
                out.push(Device {
                    container: d.container.join(rel),
                    host,
                    perms: d.perms.clone(),
                });
            }
            continue;
        }
        let kind = meta.file_type();
        if !kind.is_char_device() && !kind.is_block_device() {
            anyhow::bail!("\"{}\" is not a device", d.host.display());
        }
        check_access(d, &meta)?;
        out.push(d.clone());
    }
    Ok(out)
}

fn check_access(d: &Device, meta: &fs::Metadata) -> Result<()> {
    let modes = [
        (d.perms.contains('r'), AccessFlags::R_OK),
        (d.perms.contains('w'), AccessFlags::W_OK),
    ];
    // access(2), not open(2): opening some devices has effects (a watchdog starts).
    let usable = modes
        .iter()
        .any(|(asked, flag)| *asked && nix::unistd::access(&d.host, *flag).is_ok());
    if usable || !d.perms.contains(['r', 'w']) {
        return Ok(());
    }
    Err(anyhow::anyhow!(
        "device \"{}\": your user cannot open it (mode {:o}, owner {}:{})",
        d.host.display(),
        meta.permissions().mode() & 0o7777,
        meta.uid(),
        meta.gid()
    ))
    .hint("rootless, a container can use only devices your user may open: add your user to the device's group, or leave it out")
}

/// The device nodes below `dir` (recursively, not following symlinks), sorted.
fn devices_below(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        if kind.is_dir() {
            let name = entry.file_name();
            if !(dir == Path::new("/dev") && SKIPPED_DIRS.iter().any(|s| name == *s)) {
                found.extend(devices_below(&path));
            }
        } else if kind.is_char_device() || kind.is_block_device() {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// Binds the `--device` nodes and, with `--privileged`, every host device (as rootless
/// podman: all of /dev except /dev/ptmx, /dev/console and /dev/tty*; only those the user may open work).
pub fn bind_devices(root: BorrowedFd<'_>, plan: &RunPlan) -> Result<()> {
    if plan.ns.privileged {
        for host in devices_below(Path::new("/dev")) {
            let name = host.to_string_lossy();
            if name == "/dev/ptmx" || name == "/dev/console" || name.starts_with("/dev/tty") {
                continue;
            }
            // A node that cannot be bound (it went away) is left out, as podman does.
            let _ = bind_in_root(root, &host, &host, TargetKind::File, false);
        }
    }
    for d in &plan.ns.devices {
        bind_in_root(root, &d.host, &d.container, TargetKind::File, false)
            .with_context(|| format!("binding device \"{}\"", d.host.display()))?;
    }
    Ok(())
}

/// /dev/shm as `--ipc` says: the container's own tmpfs (private, shareable), none, the host's,
/// or the joined container's.
pub fn mount_shm(root: BorrowedFd<'_>, plan: &RunPlan) -> Result<()> {
    let ns = &plan.ns.namespaces;
    let source = match &ns.ipc {
        NsMode::None => {
            let shm = prepare_target(root, Path::new("/dev/shm"), TargetKind::Dir)?;
            umount2(&fd_path(&shm), MntFlags::MNT_DETACH).context("removing /dev/shm")?;
            let dev = prepare_target(root, Path::new("/dev"), TargetKind::Dir)?;
            return nix::unistd::unlinkat(&dev, "shm", nix::unistd::UnlinkatFlags::RemoveDir)
                .context("removing /dev/shm");
        }
        NsMode::Host => {
            // The host's message queues too, where it has them mounted.
            if Path::new("/dev/mqueue").is_dir() {
                let _ = bind_in_root(
                    root,
                    Path::new("/dev/mqueue"),
                    Path::new("/dev/mqueue"),
                    TargetKind::Dir,
                    false,
                );
            }
            PathBuf::from("/dev/shm")
        }
        NsMode::Container(_) => match &ns.shm_from {
            Some(theirs) => return share_shm(root, theirs),
            None => return Ok(()),
        },
        _ => return Ok(()),
    };
    bind_in_root(root, &source, Path::new("/dev/shm"), TargetKind::Dir, false)
        .with_context(|| format!("sharing /dev/shm from \"{}\"", source.display()))
}

/// `--ipc container:X`: X's /dev/shm is a tmpfs in X's mount namespace, which a bind mount
/// cannot reach (the kernel binds only within a namespace): enter X's mount namespace, clone
/// the tree at /dev/shm (open_tree), return to ours and attach the clone (move_mount).
/// Joining a mount namespace needs capabilities in its owner, X's user namespace, which the
/// container has joined.
fn share_shm(root: BorrowedFd<'_>, theirs: &Path) -> Result<()> {
    use nix::sched::{CloneFlags, setns};
    let open = |p: &Path| fs::File::open(p).with_context(|| format!("opening \"{}\"", p.display()));
    let ours = open(Path::new("/proc/self/ns/mnt"))?;
    let theirs = open(theirs)?;
    // The container's own /dev/shm goes: the shared one takes its place.
    let own = prepare_target(root, Path::new("/dev/shm"), TargetKind::Dir)?;
    umount2(&fd_path(&own), MntFlags::MNT_DETACH).context("replacing /dev/shm")?;
    let target = prepare_target(root, Path::new("/dev/shm"), TargetKind::Dir)?;
    setns(&theirs, CloneFlags::CLONE_NEWNS)
        .context("entering the mount namespace of the container whose IPC namespace is joined")?;
    let tree = crate::sys::clone_tree(Path::new("/dev/shm"));
    setns(&ours, CloneFlags::CLONE_NEWNS)
        .context("returning to the container's mount namespace")?;
    let tree = tree.context("cloning the joined container's /dev/shm")?;
    crate::sys::attach_tree(tree.as_fd(), target.as_fd())
        .context("mounting the joined container's /dev/shm")
}

/// `--pid host`: the host's /proc, bound recursively (a user namespace cannot mount a proc
/// of a PID namespace it does not own).
pub fn bind_host_proc(root: BorrowedFd<'_>) -> Result<()> {
    bind_in_root(
        root,
        Path::new("/proc"),
        Path::new("/proc"),
        TargetKind::Dir,
        false,
    )
    .context("binding the host's /proc (--pid host)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_are_checked_on_the_host() {
        let dev = |host: &str, perms: &str| Device {
            host: host.into(),
            container: "/dev/x".into(),
            perms: perms.into(),
        };
        assert_eq!(resolve_devices(&[dev("/dev/null", "rw")]).unwrap().len(), 1);
        let err = format!(
            "{:#}",
            resolve_devices(&[dev("/dev/nonexist", "rw")]).unwrap_err()
        );
        assert!(err.contains("stat /dev/nonexist"), "{err}");
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("plain");
        fs::write(&file, "x").unwrap();
        let err = resolve_devices(&[dev(file.to_str().unwrap(), "rw")])
            .unwrap_err()
            .to_string();
        assert!(err.contains("is not a device"), "{err}");
        fs::remove_file(&file).unwrap();
        assert!(
            resolve_devices(&[dev(tmp.path().to_str().unwrap(), "rw")])
                .unwrap()
                .is_empty()
        );
    }
}
