//! The `vfs` driver: every layer copied, bottom first, into the container's directory,
//! applying overlay whiteouts and opaque directories. Always works; slow and large. Done
//! once per container.

use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::driver::overlay::{OPAQUE_XATTR, is_whiteout};
use crate::runtime::mounts::bind;
use crate::sys::{lgetxattr, lsetxattr};

/// The name in config.toml and the container record.
pub const NAME: &str = "vfs";

/// What `den doctor` suggests when vfs was chosen: it is the fallback.
pub const DOCTOR_HINT: &str = "fix the overlay or fuse warnings above";

/// Marker written into a vfs copy once it is complete.
pub const COMPLETE_MARKER: &str = ".den-vfs-complete";

/// Copies the layers into `copy` (once) and bind-mounts it at `target`.
pub fn mount_root(lower: &[PathBuf], copy: &Path, target: &Path) -> Result<()> {
    copy_layers(lower, copy)?;
    bind(copy, target, false)
}

/// Copies image layers, bottom first, into `dest`, applying whiteouts and opaque
/// directories: the `vfs` driver for when no overlay works. Done once per container.
pub fn copy_layers(lower: &[PathBuf], dest: &Path) -> Result<()> {
    if dest.join(COMPLETE_MARKER).exists() {
        return Ok(());
    }
    fs::create_dir_all(dest).with_context(|| format!("creating \"{}\"", dest.display()))?;
    for layer in lower.iter().rev() {
        copy_tree(layer, dest).with_context(|| format!("copying layer \"{}\"", layer.display()))?;
    }
    fs::write(dest.join(COMPLETE_MARKER), b"")
        .with_context(|| format!("finishing \"{}\"", dest.display()))?;
    Ok(())
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
