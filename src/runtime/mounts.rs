//! The container's mounts, done by its first process inside the new mount namespace: each
//! target inside the root filesystem is resolved with `open_in_root` (openat2
//! RESOLVE_IN_ROOT), so an image's symlinks cannot point a mount at a host path (the race of
//! CVE-2021-30465, runc's symlink-exchange mount escape).

use std::fs;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};
use std::os::unix::fs::PermissionsExt;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::fcntl::OFlag;
use nix::mount::{MntFlags, MsFlags, mount, umount2};
use nix::sys::stat::Mode;

use crate::identity::idmap::IdMapping;
use crate::plan::{Network, UserMount, relative};
use crate::sys::{make_mount_read_only, make_mount_read_only_fd, open_in_root};

/// What kind of mount target to create when it is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetKind {
    Dir,
    File,
}

/// The path through which the kernel reaches an open descriptor (for mount(2)'s target).
pub fn fd_path(fd: &OwnedFd) -> PathBuf {
    PathBuf::from(format!("/proc/self/fd/{}", fd.as_raw_fd()))
}

/// Opens (creating when missing) the mount target `path` inside `root`, never leaving it.
pub fn prepare_target(root: BorrowedFd<'_>, path: &Path, kind: TargetKind) -> Result<OwnedFd> {
    let rel = relative(path);
    let mut parent = open_in_root(root, Path::new("."), libc::O_PATH | libc::O_DIRECTORY)
        .context("opening the container's root filesystem")?;
    let mut so_far = PathBuf::new();
    let components: Vec<_> = rel.components().collect();
    for (i, comp) in components.iter().enumerate() {
        let Component::Normal(name) = comp else {
            bail!(
                "mount target \"{}\" is not a plain absolute path",
                path.display()
            );
        };
        so_far.push(name);
        let last = i + 1 == components.len();
        let want_dir = !last || kind == TargetKind::Dir;
        let flags = libc::O_PATH | if want_dir { libc::O_DIRECTORY } else { 0 };
        match open_in_root(root, &so_far, flags) {
            Ok(fd) => parent = fd,
            Err(e) if e.raw_os_error() == Some(libc::ENOENT) => {
                if want_dir {
                    match nix::sys::stat::mkdirat(
                        parent.as_fd(),
                        *name,
                        Mode::from_bits_truncate(0o755),
                    ) {
                        Ok(()) | Err(nix::errno::Errno::EEXIST) => {}
                        Err(e) => {
                            return Err(e).with_context(|| {
                                format!("creating mount target \"/{}\"", so_far.display())
                            });
                        }
                    }
                } else {
                    let fd = nix::fcntl::openat(
                        parent.as_fd(),
                        *name,
                        OFlag::O_CREAT | OFlag::O_WRONLY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC,
                        Mode::from_bits_truncate(0o644),
                    )
                    .with_context(|| format!("creating mount target \"/{}\"", so_far.display()))?;
                    drop(fd);
                }
                parent = open_in_root(root, &so_far, flags)
                    .with_context(|| format!("opening mount target \"/{}\"", so_far.display()))?;
            }
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("opening mount target \"/{}\"", so_far.display()));
            }
        }
    }
    Ok(parent)
}

/// Makes every mount private, so nothing den mounts propagates back to the host.
pub fn make_mounts_private() -> Result<()> {
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .context("making mounts private")
}

/// Bind-mounts `source` on `target` (recursively), read-only when asked.
pub fn bind(source: &Path, target: &Path, read_only: bool) -> Result<()> {
    mount(
        Some(source),
        target,
        None::<&str>,
        MsFlags::MS_BIND | MsFlags::MS_REC,
        None::<&str>,
    )
    .with_context(|| format!("bind-mounting \"{}\"", source.display()))?;
    if read_only {
        make_mount_read_only(target, true)
            .with_context(|| format!("making \"{}\" read-only", source.display()))?;
    }
    Ok(())
}

/// Bind-mounts host path `source` on `target` inside the root, read-only when asked. The
/// target is opened again after the mount: the first descriptor still names what was under it.
pub fn bind_in_root(
    root: BorrowedFd<'_>,
    source: &Path,
    target: &Path,
    kind: TargetKind,
    read_only: bool,
) -> Result<()> {
    let fd = prepare_target(root, target, kind)?;
    bind(source, &fd_path(&fd), false)?;
    if read_only {
        make_read_only_in_root(root, target, true)?;
    }
    Ok(())
}

fn make_read_only_in_root(root: BorrowedFd<'_>, target: &Path, recursive: bool) -> Result<()> {
    let flags = libc::O_PATH | libc::O_NOFOLLOW;
    let top = open_in_root(root, &relative(target), flags)
        .with_context(|| format!("opening \"{}\"", target.display()))?;
    make_mount_read_only_fd(top.as_fd(), recursive)
        .with_context(|| format!("making \"{}\" read-only", target.display()))
}

/// Mounts `-v`, `--mount` and `--tmpfs` mounts inside the root, in the order given; a new
/// volume is first seeded with the image's content at its target (copy-up).
/// `owner`: the container user's ids, for the mounts that ask for `:U` (their source is
/// chowned before it is mounted, so a read-only mount can have it too).
pub fn mount_user_mounts(
    root: BorrowedFd<'_>,
    mounts: &[UserMount],
    owner: Option<(u32, u32)>,
) -> Result<()> {
    for m in mounts {
        let target = m.target();
        match m {
            UserMount::Bind {
                source,
                read_only,
                options,
                ..
            } => {
                if options.copy_up {
                    copy_up(root, target, source).with_context(|| {
                        format!(
                            "copying the image's \"{}\" into its volume",
                            target.display()
                        )
                    })?;
                }
                if let (true, Some((uid, gid))) = (options.chown, owner) {
                    chown_tree(source, uid, gid).with_context(|| {
                        format!("giving \"{}\" to {uid}:{gid} (:U)", target.display())
                    })?;
                }
                let kind = if source.is_dir() {
                    TargetKind::Dir
                } else {
                    TargetKind::File
                };
                let fd = prepare_target(root, target, kind)?;
                let mut flags = MsFlags::MS_BIND;
                if !options.non_recursive {
                    flags |= MsFlags::MS_REC;
                }
                mount(
                    Some(source),
                    &fd_path(&fd),
                    None::<&str>,
                    flags,
                    None::<&str>,
                )
                .with_context(|| format!("bind-mounting \"{}\"", source.display()))
                .with_context(|| format!("mounting volume on \"{}\"", target.display()))?;
                set_mount_flags(root, target, *read_only, options)?;
            }
            UserMount::Tmpfs {
                options, read_only, ..
            } => {
                let fd = prepare_target(root, target, TargetKind::Dir)?;
                let path = fd_path(&fd);
                mount(
                    Some("tmpfs"),
                    &path,
                    Some("tmpfs"),
                    MsFlags::MS_NOSUID | MsFlags::MS_NODEV,
                    Some(options.as_str()),
                )
                .with_context(|| format!("mounting tmpfs on \"{}\"", target.display()))?;
                if *read_only {
                    make_read_only_in_root(root, target, false)?;
                }
            }
            UserMount::Overlay {
                source,
                upper,
                work,
                read_only,
                ..
            } => {
                let fd = prepare_target(root, target, TargetKind::Dir)?;
                let data = format!(
                    "lowerdir={},upperdir={},workdir={},userxattr",
                    escape_overlay_path(source),
                    escape_overlay_path(upper),
                    escape_overlay_path(work)
                );
                mount(
                    Some("overlay"),
                    &fd_path(&fd),
                    Some("overlay"),
                    MsFlags::MS_NODEV,
                    Some(data.as_str()),
                )
                .with_context(|| {
                    format!(
                        "mounting an overlay of \"{}\" on \"{}\" (:O needs kernel overlayfs in a user namespace)",
                        source.display(),
                        target.display()
                    )
                })?;
                if *read_only {
                    make_read_only_in_root(root, target, false)?;
                }
            }
        }
    }
    Ok(())
}

/// overlayfs splits its options at ',' and its lower dirs at ':'; both are escaped with '\\'.
fn escape_overlay_path(path: &Path) -> String {
    let text = path.display().to_string();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, ',' | ':' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `ro`, `noexec`, `nosuid`, `nodev` on a bind mount just made (mount_setattr: adding a
/// restriction is allowed in a user namespace, whatever the source's flags).
fn set_mount_flags(
    root: BorrowedFd<'_>,
    target: &Path,
    read_only: bool,
    options: &crate::plan::MountOptions,
) -> Result<()> {
    use crate::sys::{MOUNT_ATTR_NODEV, MOUNT_ATTR_NOEXEC, MOUNT_ATTR_NOSUID, MOUNT_ATTR_RDONLY};
    let mut attrs = 0;
    for (on, attr) in [
        (read_only, MOUNT_ATTR_RDONLY),
        (options.noexec, MOUNT_ATTR_NOEXEC),
        (options.nosuid, MOUNT_ATTR_NOSUID),
        (options.nodev, MOUNT_ATTR_NODEV),
    ] {
        if on {
            attrs |= attr;
        }
    }
    if attrs == 0 {
        return Ok(());
    }
    let top = open_in_root(root, &relative(target), libc::O_PATH | libc::O_NOFOLLOW)
        .with_context(|| format!("opening \"{}\"", target.display()))?;
    crate::sys::set_mount_attrs_fd(top.as_fd(), !options.non_recursive, attrs)
        .with_context(|| format!("setting the mount options of \"{}\"", target.display()))
}

/// Seeds a new, empty volume (`source`) with what the image has at `target`, owners and modes
/// kept (podman's copy-up). Runs as root of the container's namespace, before the volume is
/// mounted; the image's directory is reached with RESOLVE_IN_ROOT, and nothing below it is
/// followed (symbolic links are copied as links).
fn copy_up(root: BorrowedFd<'_>, target: &Path, source: &Path) -> Result<()> {
    // Only the first mount of a new volume seeds it (the marker is the volume's, next to
    // `_data`); it goes whether or not there was anything to copy.
    let Some(marker) = source
        .parent()
        .map(|d| d.join(crate::store::volumes::COPY_UP_MARKER))
    else {
        return Ok(());
    };
    if fs::remove_file(&marker).is_err() {
        return Ok(());
    }
    if fs::read_dir(source)
        .with_context(|| format!("reading \"{}\"", source.display()))?
        .next()
        .is_some()
    {
        return Ok(());
    }
    let Ok(fd) = open_in_root(root, &relative(target), libc::O_PATH | libc::O_DIRECTORY) else {
        return Ok(()); // nothing there (or not a directory): nothing to copy
    };
    let from = fd_path(&fd);
    let meta = fs::metadata(&from)?;
    copy_tree(&from, source)?;
    fs::set_permissions(source, meta.permissions())?;
    chown_like(source, &meta);
    Ok(())
}

/// Gives `path` the owner of `meta`, where the namespace maps it (one-id mode maps root only).
fn chown_like(path: &Path, meta: &fs::Metadata) {
    use std::os::unix::fs::MetadataExt;
    let _ = std::os::unix::fs::lchown(path, Some(meta.uid()), Some(meta.gid()));
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    for entry in fs::read_dir(from).with_context(|| format!("reading \"{}\"", from.display()))? {
        let entry = entry?;
        let src = entry.path();
        let dest = to.join(entry.file_name());
        let meta = fs::symlink_metadata(&src)?;
        let kind = meta.file_type();
        if kind.is_dir() {
            fs::create_dir(&dest).with_context(|| format!("creating \"{}\"", dest.display()))?;
            copy_tree(&src, &dest)?;
            fs::set_permissions(&dest, meta.permissions())?;
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&src)?, &dest)
                .with_context(|| format!("creating \"{}\"", dest.display()))?;
        } else if kind.is_file() {
            fs::copy(&src, &dest).with_context(|| format!("copying \"{}\"", src.display()))?;
        } else {
            continue; // devices, sockets and fifos are not volume content
        }
        chown_like(&dest, &meta);
    }
    Ok(())
}

/// The text of a file of the root filesystem (reached with RESOLVE_IN_ROOT); empty when it
/// cannot be read.
pub fn read_in_root(root: BorrowedFd<'_>, path: &Path) -> String {
    use std::io::Read;
    let Ok(fd) = open_in_root(root, &relative(path), libc::O_RDONLY) else {
        return String::new();
    };
    let mut text = String::new();
    let _ = fs::File::from(fd).read_to_string(&mut text);
    text
}

/// `:U`: gives every file below `path` the ids (symbolic links themselves, not followed).
fn chown_tree(path: &Path, uid: u32, gid: u32) -> Result<()> {
    std::os::unix::fs::lchown(path, Some(uid), Some(gid))
        .with_context(|| format!("changing the owner of \"{}\"", path.display()))?;
    if fs::symlink_metadata(path)?.is_dir() {
        for entry in fs::read_dir(path)? {
            chown_tree(&entry?.path(), uid, gid)?;
        }
    }
    Ok(())
}

/// A new /proc for the container's PID namespace.
pub fn mount_proc(root: BorrowedFd<'_>) -> Result<()> {
    let fd = prepare_target(root, Path::new("/proc"), TargetKind::Dir)?;
    mount(
        Some("proc"),
        &fd_path(&fd),
        Some("proc"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
        None::<&str>,
    )
    .context("mounting /proc")
}

/// /sys, read-only (`writable`: not, for `--privileged`): a new sysfs when the container has
/// its own network namespace (the kernel allows that only then), else the host's bound
/// recursively, as rootless podman does.
pub fn mount_sys(root: BorrowedFd<'_>, network: &Network, writable: bool) -> Result<()> {
    let fd = prepare_target(root, Path::new("/sys"), TargetKind::Dir)?;
    let path = fd_path(&fd);
    let read_only = if writable {
        MsFlags::empty()
    } else {
        MsFlags::MS_RDONLY
    };
    let fresh = network.is_private()
        && mount(
            Some("sysfs"),
            &path,
            Some("sysfs"),
            MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC | read_only,
            None::<&str>,
        )
        .is_ok();
    if !fresh {
        bind_in_root(
            root,
            Path::new("/sys"),
            Path::new("/sys"),
            TargetKind::Dir,
            !writable,
        )
        .context("mounting /sys")?;
    }
    Ok(())
}

/// Device nodes bound from the host: a user namespace cannot create devices (mknod), and a
/// tmpfs mounted in it is `nodev`, so podman binds these too.
const DEVICES: &[&str] = &["null", "zero", "full", "random", "urandom", "tty"];

/// A minimal /dev: tmpfs with the host's harmless devices bound in, a new devpts instance,
/// /dev/shm, /dev/mqueue (`own_ipc`: of the container's IPC namespace; else
/// `devices::mount_shm` binds the host's) and the usual symlinks.
pub fn mount_dev(root: BorrowedFd<'_>, mapping: &IdMapping, own_ipc: bool) -> Result<()> {
    let dev = prepare_target(root, Path::new("/dev"), TargetKind::Dir)?;
    mount(
        Some("tmpfs"),
        &fd_path(&dev),
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
        Some("mode=755,size=65536k"),
    )
    .context("mounting tmpfs on /dev")?;
    // The descriptor above names the directory under the new tmpfs: open /dev again.
    let dev = prepare_target(root, Path::new("/dev"), TargetKind::Dir)?;
    for name in DEVICES {
        let dev = Path::new("/dev").join(name);
        bind_in_root(root, &dev, &dev, TargetKind::File, false)
            .with_context(|| format!("providing /dev/{name}"))?;
    }
    let pts = prepare_target(root, Path::new("/dev/pts"), TargetKind::Dir)?;
    // gid=5 (tty) only when the namespace maps it; otherwise the kernel refuses the option.
    let pts_options = if mapping.has_gid(5) {
        "newinstance,ptmxmode=0666,mode=0620,gid=5"
    } else {
        "newinstance,ptmxmode=0666,mode=0620"
    };
    mount(
        Some("devpts"),
        &fd_path(&pts),
        Some("devpts"),
        MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
        Some(pts_options),
    )
    .context("mounting a new devpts instance on /dev/pts")?;
    let shm = prepare_target(root, Path::new("/dev/shm"), TargetKind::Dir)?;
    mount(
        Some("shm"),
        &fd_path(&shm),
        Some("tmpfs"),
        MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
        Some("mode=1777,size=65536k"),
    )
    .context("mounting /dev/shm")?;
    let mqueue = prepare_target(root, Path::new("/dev/mqueue"), TargetKind::Dir)?;
    if own_ipc {
        mount(
            Some("mqueue"),
            &fd_path(&mqueue),
            Some("mqueue"),
            MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
            None::<&str>,
        )
        .context("mounting /dev/mqueue")?;
    }
    for (link, to) in [
        ("ptmx", "pts/ptmx"),
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        ("core", "/proc/kcore"),
    ] {
        nix::unistd::symlinkat(to, dev.as_fd(), link)
            .with_context(|| format!("creating /dev/{link}"))?;
    }
    Ok(())
}

/// Binds den's generated /etc/hostname, /etc/hosts and /etc/resolv.conf over the image's,
/// except one the user mounts a file of their own at (`-v /etc/hosts:/etc/hosts`: as podman,
/// the user's wins) and, with `--no-hosts` (`hosts` false), /etc/hosts.
pub fn bind_etc_files(
    root: BorrowedFd<'_>,
    runtime_dir: &Path,
    hosts: bool,
    user_mounts: &[crate::plan::UserMount],
) -> Result<()> {
    for name in ["hostname", "hosts", "resolv.conf"] {
        let target = Path::new("/etc").join(name);
        if (name == "hosts" && !hosts) || user_mounts.iter().any(|m| m.target() == target) {
            continue; // --no-hosts: the image's own file stays; a user's file wins
        }
        bind_in_root(
            root,
            &runtime_dir.join(name),
            &Path::new("/etc").join(name),
            TargetKind::File,
            false,
        )
        .with_context(|| format!("providing /etc/{name}"))?;
    }
    Ok(())
}

/// Makes `new_root` the root and detaches the old one, so no host path stays reachable
/// (the `pivot_root(".", ".")` idiom of pivot_root(2) and runc).
pub fn pivot_into(new_root: &Path) -> Result<()> {
    nix::unistd::chdir(new_root).with_context(|| format!("entering \"{}\"", new_root.display()))?;
    nix::unistd::pivot_root(".", ".").context("pivot_root into the container's root")?;
    umount2(".", MntFlags::MNT_DETACH).context("detaching the host's root")?;
    nix::unistd::chdir("/").context("entering /")?;
    Ok(())
}

/// Paths hidden from the container, as podman's defaults: files get /dev/null bound over
/// them, directories an empty read-only tmpfs.
const MASKED_PATHS: &[&str] = &[
    "/proc/acpi",
    "/proc/kcore",
    "/proc/keys",
    "/proc/latency_stats",
    "/proc/timer_list",
    "/proc/timer_stats",
    "/proc/sched_debug",
    "/proc/scsi",
    "/sys/firmware",
    "/sys/fs/selinux",
    "/sys/dev/block",
];

/// Paths the container may read but not write, as podman's defaults.
const READ_ONLY_PATHS: &[&str] = &[
    "/proc/asound",
    "/proc/bus",
    "/proc/fs",
    "/proc/irq",
    "/proc/sys",
    "/proc/sysrq-trigger",
];

/// Masks and write-protects podman's list of /proc and /sys paths (after pivot_root).
pub fn protect_kernel_paths() -> Result<()> {
    for path in MASKED_PATHS {
        let path = Path::new(path);
        let Ok(meta) = fs::symlink_metadata(path) else {
            continue;
        };
        if meta.is_dir() {
            mount(
                Some("tmpfs"),
                path,
                Some("tmpfs"),
                MsFlags::MS_RDONLY | MsFlags::MS_NOSUID | MsFlags::MS_NODEV | MsFlags::MS_NOEXEC,
                Some("size=0"),
            )
            .with_context(|| format!("masking \"{}\"", path.display()))?;
        } else {
            bind(Path::new("/dev/null"), path, false)
                .with_context(|| format!("masking \"{}\"", path.display()))?;
        }
    }
    for path in READ_ONLY_PATHS {
        let path = Path::new(path);
        if fs::symlink_metadata(path).is_err() {
            continue;
        }
        bind(path, path, true)
            .with_context(|| format!("making \"{}\" read-only", path.display()))?;
    }
    Ok(())
}

/// `--read-only`: the root filesystem itself (not the mounts on it) becomes read-only.
pub fn make_root_read_only() -> Result<()> {
    make_mount_read_only(Path::new("/"), false).context("making the root filesystem read-only")
}

/// Mounts a small private tmpfs on den's scratch dir (`scratch`, opened as `dir`; inside
/// the container's mount namespace, so invisible to the host and gone with the container)
/// and writes its generated /etc files and root mount point there. The tmpfs is made
/// detached and attached by descriptor, and its returned descriptor is the way in: root of a
/// namespace without your uid (nomap, auto) cannot walk the path of your runtime dir.
pub fn prepare_scratch(
    dir: &OwnedFd,
    scratch: &Path,
    hostname: &str,
    hosts: Option<&str>,
    resolv: &str,
) -> Result<OwnedFd> {
    const MOUNT_ATTR_NOSUID: u64 = 0x2;
    const MOUNT_ATTR_NODEV: u64 = 0x4;
    let tmpfs = crate::sys::new_tmpfs(
        &[("mode", "755"), ("size", "1m")],
        MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV,
    )
    .and_then(|fs| crate::sys::attach_tree(fs.as_fd(), dir.as_fd()).map(|()| fs))
    .with_context(|| format!("mounting a tmpfs on \"{}\"", scratch.display()))?;
    let inside = fd_path(&tmpfs);
    for (name, text) in [
        ("hostname", format!("{hostname}\n")),
        ("hosts", hosts.unwrap_or_default().to_string()),
        ("resolv.conf", resolv.to_string()),
    ] {
        let path = inside.join(name);
        fs::write(&path, text)
            .with_context(|| format!("writing \"{}\"", scratch.join(name).display()))?;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644))?;
    }
    let rootfs = inside.join("rootfs");
    fs::create_dir(&rootfs)
        .with_context(|| format!("creating \"{}\"", scratch.join("rootfs").display()))?;
    Ok(tmpfs)
}
