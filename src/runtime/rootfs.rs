//! Assembling the container's root filesystem inside its namespaces: kernel overlayfs with
//! `userxattr`, the fuse-overlayfs program, a copy of the layers (`vfs`), or a plain
//! directory (`--rootfs`).

use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};
use nix::mount::{MsFlags, mount};

use crate::error::HintExt;
use crate::plan::{DriverKind, RootfsSource};
use crate::runtime::mounts::bind;
use crate::sys::{lgetxattr, lsetxattr};

/// The xattr kernel overlayfs reads (with `userxattr`) to mark a directory opaque.
pub const OPAQUE_XATTR: &str = "user.overlay.opaque";

/// Marker written into a vfs copy once it is complete.
const VFS_COMPLETE: &str = ".den-vfs-complete";

/// Mounts the root filesystem at `target`. `transient` (a `--rm` container) lets the overlay
/// skip syncing its upper dir: the data is thrown away at exit anyway, and overlayfs would
/// otherwise sync the whole store filesystem when the container's mount goes away.
pub fn mount_rootfs(source: &RootfsSource, target: &Path, transient: bool) -> Result<()> {
    match source {
        RootfsSource::Dir(dir) => bind(dir, target, false)
            .with_context(|| format!("using \"{}\" as the root filesystem", dir.display())),
        RootfsSource::Layers {
            lower,
            upper,
            work,
            driver,
        } => match driver {
            DriverKind::Overlay => mount_overlay(lower, upper, work, target, transient),
            DriverKind::FuseOverlayfs(program) => {
                mount_fuse_overlayfs(program, lower, upper, work, target)
            }
            DriverKind::Vfs(dir) => {
                copy_layers(lower, dir)?;
                bind(dir, target, false)
            }
        },
    }
}

/// Lower dirs as overlay wants them (topmost first, `:`-separated), made relative to their
/// common parent, which becomes the working directory: the mount options must fit in one
/// page, and dozens of absolute store paths would not.
fn lowerdir_option(lower: &[PathBuf]) -> Result<(String, Option<PathBuf>)> {
    for p in lower {
        let s = p.to_string_lossy();
        if s.contains([',', ':']) {
            bail!(
                "layer path \"{}\" contains ',' or ':', which overlayfs options cannot carry",
                p.display()
            );
        }
    }
    // Layers live at <store>/layers/<hex>/diff: their grandparent is shared.
    let base = lower
        .first()
        .and_then(|p| p.parent())
        .and_then(Path::parent)
        .map(Path::to_path_buf);
    if let Some(base) = &base
        && lower.iter().all(|p| p.starts_with(base))
    {
        let rel: Vec<String> = lower
            .iter()
            .map(|p| p.strip_prefix(base).unwrap().to_string_lossy().into_owned())
            .collect();
        return Ok((rel.join(":"), Some(base.clone())));
    }
    let abs: Vec<String> = lower
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    Ok((abs.join(":"), None))
}

fn mount_overlay(
    lower: &[PathBuf],
    upper: &Path,
    work: &Path,
    target: &Path,
    transient: bool,
) -> Result<()> {
    let (lowerdir, base) = lowerdir_option(lower)?;
    if let Some(base) = &base {
        nix::unistd::chdir(base).with_context(|| format!("entering \"{}\"", base.display()))?;
    }
    let mut options = format!(
        "lowerdir={lowerdir},upperdir={},workdir={},userxattr",
        upper.display(),
        work.display()
    );
    if transient {
        options.push_str(",volatile");
    }
    mount(
        Some("overlay"),
        target,
        Some("overlay"),
        MsFlags::empty(),
        Some(options.as_str()),
    )
    .with_context(|| format!("mounting overlay on \"{}\"", target.display()))
    .hint("see `den info` for the storage driver; set storage.driver = \"fuse-overlayfs\" or \"vfs\" in ~/.config/den/config.toml to use another")
}

fn mount_fuse_overlayfs(
    program: &Path,
    lower: &[PathBuf],
    upper: &Path,
    work: &Path,
    target: &Path,
) -> Result<()> {
    let (lowerdir, base) = lowerdir_option(lower)?;
    let mut cmd = Command::new(program);
    if let Some(base) = &base {
        cmd.current_dir(base);
    }
    let out = cmd
        .arg("-o")
        .arg(format!(
            "lowerdir={lowerdir},upperdir={},workdir={},squash_to_root=false",
            upper.display(),
            work.display()
        ))
        .arg(target)
        .output()
        .with_context(|| format!("running \"{}\"", program.display()))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        bail!(
            "\"{}\" failed to mount the root filesystem ({}): {}",
            program.display(),
            out.status,
            stderr.trim()
        );
    }
    // The FUSE daemon lives in this mount namespace. pivot_root(2) would move the root of
    // every process here, the daemon's too, onto the FUSE mount itself: its next absolute
    // path (its upper and work dirs) would then wait on its own answers forever. The
    // container continues in a copy of this namespace instead, and the daemon keeps the host
    // tree as its root.
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
        .context("entering a mount namespace of the container's own")?;
    Ok(())
}

/// Copies image layers, bottom first, into `dest`, applying whiteouts and opaque
/// directories: the `vfs` driver for when no overlay works. Done once per container.
pub fn copy_layers(lower: &[PathBuf], dest: &Path) -> Result<()> {
    if dest.join(VFS_COMPLETE).exists() {
        return Ok(());
    }
    fs::create_dir_all(dest).with_context(|| format!("creating \"{}\"", dest.display()))?;
    for layer in lower.iter().rev() {
        copy_tree(layer, dest).with_context(|| format!("copying layer \"{}\"", layer.display()))?;
    }
    fs::write(dest.join(VFS_COMPLETE), b"")
        .with_context(|| format!("finishing \"{}\"", dest.display()))?;
    Ok(())
}

fn is_whiteout(meta: &fs::Metadata) -> bool {
    meta.file_type().is_char_device() && meta.rdev() == 0
}

fn remove_any(path: &Path) -> std::io::Result<()> {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(path),
        Ok(_) => fs::remove_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

fn copy_tree(src: &Path, dest: &Path) -> Result<()> {
    for entry in fs::read_dir(src).with_context(|| format!("reading \"{}\"", src.display()))? {
        let entry = entry?;
        let from = entry.path();
        let to = dest.join(entry.file_name());
        let meta = fs::symlink_metadata(&from)?;
        if is_whiteout(&meta) {
            remove_any(&to).with_context(|| format!("removing \"{}\"", to.display()))?;
            continue;
        }
        if meta.is_dir() {
            let opaque = lgetxattr(&from, OPAQUE_XATTR).ok().flatten().is_some();
            let existing = fs::symlink_metadata(&to).ok();
            if opaque || existing.as_ref().is_some_and(|m| !m.is_dir()) {
                remove_any(&to)?;
            }
            if !to.exists() {
                fs::create_dir(&to).with_context(|| format!("creating \"{}\"", to.display()))?;
            }
            copy_tree(&from, &to)?;
            copy_metadata(&from, &meta, &to)?;
            continue;
        }
        remove_any(&to)?;
        if meta.file_type().is_symlink() {
            let link = fs::read_link(&from)?;
            std::os::unix::fs::symlink(&link, &to)?;
        } else if meta.is_file() {
            fs::copy(&from, &to).with_context(|| format!("copying \"{}\"", from.display()))?;
        } else {
            // FIFOs and sockets: recreate the node type that matters (a FIFO).
            if meta.file_type().is_fifo() {
                nix::unistd::mkfifo(&to, nix::sys::stat::Mode::from_bits_truncate(0o600))?;
            } else {
                continue;
            }
        }
        copy_metadata(&from, &meta, &to)?;
    }
    Ok(())
}

fn copy_metadata(from: &Path, meta: &fs::Metadata, to: &Path) -> Result<()> {
    nix::unistd::fchownat(
        nix::fcntl::AT_FDCWD,
        to,
        Some(nix::unistd::Uid::from_raw(meta.uid())),
        Some(nix::unistd::Gid::from_raw(meta.gid())),
        nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
    )
    .with_context(|| format!("setting the owner of \"{}\"", to.display()))?;
    if !meta.file_type().is_symlink() {
        fs::set_permissions(to, fs::Permissions::from_mode(meta.mode() & 0o7777))?;
        if let Ok(Some(owner)) = lgetxattr(from, "user.den.owner") {
            let _ = lsetxattr(to, "user.den.owner", &owner);
        }
    }
    Ok(())
}
