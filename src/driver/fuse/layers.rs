//! The overlay's merge rules on plain directories, without FUSE: which layer holds a name,
//! the merged listing of a directory, copy-up into the upper dir, whiteouts and opaque
//! directories. Layer 0 is the container's upper dir, 1.. the image's lower layers, topmost
//! first. The on-disk form is kernel overlayfs's, as den's unpacker writes it: a whiteout is
//! a 0/0 character device, an opaque directory carries `user.overlay.opaque = "y"`.

use std::collections::HashSet;
use std::ffi::{OsStr, OsString};
use std::fs::{self, Metadata};
use std::io;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use nix::sys::stat::{Mode, SFlag, makedev, mknod};
use nix::unistd::{Gid, Uid, fchownat};

use crate::driver::fuse_overlayfs;
use crate::driver::overlay::{OPAQUE_XATTR, is_whiteout};
use crate::sys::{lgetxattr, llistxattr, lsetxattr};

/// Xattrs the overlay keeps for itself: never shown to or settable by the container.
pub fn is_private_xattr(name: &OsStr) -> bool {
    let name = name.as_encoded_bytes();
    name.starts_with(b"user.overlay.")
        || name.starts_with(b"trusted.overlay.")
        || name.starts_with(b"user.fuseoverlayfs.")
}

/// Where a merged name lives: its topmost layer and, for a directory, the lowest layer whose
/// directory of that name is merged into it (an opaque directory or a non-directory below
/// stops the merge).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub top: usize,
    pub bottom: usize,
}

/// The layer dirs of one mount.
#[derive(Debug, Clone)]
pub struct Layers {
    pub dirs: Vec<PathBuf>,
    /// On the upper dir's filesystem: where copy-up builds a file before renaming it in.
    pub work: PathBuf,
}

fn lstat(p: &Path) -> Option<Metadata> {
    fs::symlink_metadata(p).ok()
}

/// Whether directory `p` is opaque (hides the layers below it).
pub fn is_opaque(p: &Path) -> bool {
    [OPAQUE_XATTR, fuse_overlayfs::OPAQUE_XATTR]
        .iter()
        .any(|x| matches!(lgetxattr(p, x), Ok(Some(v)) if v == b"y"))
}

impl Layers {
    pub fn new(upper: &Path, lower: &[PathBuf], work: &Path) -> Self {
        let mut dirs = vec![upper.to_path_buf()];
        dirs.extend(lower.iter().cloned());
        Self {
            dirs,
            work: work.to_path_buf(),
        }
    }

    /// The real path of merged `rel` in layer `layer`.
    pub fn real(&self, layer: usize, rel: &Path) -> PathBuf {
        if rel.as_os_str().is_empty() {
            self.dirs[layer].clone()
        } else {
            self.dirs[layer].join(rel)
        }
    }

    /// The merge range of the root.
    pub fn root(&self) -> Found {
        let mut bottom = self.dirs.len() - 1;
        for i in 0..self.dirs.len() {
            if is_opaque(&self.dirs[i]) {
                bottom = i;
                break;
            }
        }
        Found { top: 0, bottom }
    }

    /// Finds merged `rel` (a child of a directory merged over `parent`), with its topmost
    /// metadata; `None` when no layer has it or a whiteout hides it.
    pub fn find(&self, parent: Found, rel: &Path) -> Option<(Found, Metadata)> {
        let mut hit: Option<(Found, Metadata)> = None;
        for i in parent.top..=parent.bottom {
            let Some(meta) = lstat(&self.real(i, rel)) else {
                continue;
            };
            match &mut hit {
                None => {
                    if is_whiteout(&meta) {
                        return None;
                    }
                    let dir = meta.is_dir();
                    hit = Some((Found { top: i, bottom: i }, meta));
                    if !dir || is_opaque(&self.real(i, rel)) {
                        break;
                    }
                }
                Some((found, _)) => {
                    if !meta.is_dir() {
                        break;
                    }
                    found.bottom = i;
                    if is_opaque(&self.real(i, rel)) {
                        break;
                    }
                }
            }
        }
        hit
    }

    /// Whether any lower layer in `parent`'s range (below the upper dir) has `rel`: a
    /// removal must then leave a whiteout.
    pub fn lower_has(&self, parent: Found, rel: &Path) -> bool {
        (parent.top.max(1)..=parent.bottom).any(|i| lstat(&self.real(i, rel)).is_some())
    }

    /// The merged listing of directory `rel`: each visible name once, with its topmost
    /// layer's metadata; whiteouts hide the name in the layers below and are not listed.
    pub fn list(&self, dir: Found, rel: &Path) -> Vec<(OsString, usize, Metadata)> {
        let mut seen: HashSet<OsString> = HashSet::new();
        let mut out = Vec::new();
        for i in dir.top..=dir.bottom {
            let Ok(entries) = fs::read_dir(self.real(i, rel)) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                if !seen.insert(name.clone()) {
                    continue;
                }
                let Ok(meta) = entry.metadata() else { continue };
                if !is_whiteout(&meta) {
                    out.push((name, i, meta));
                }
            }
        }
        out
    }

    /// Makes sure directory `rel` (found over `found`) exists in the upper dir, creating its
    /// missing parents first with their lower metadata (`chain` is each ancestor's found
    /// range, root first, then `rel`'s own). Returns the upper path.
    pub fn copy_up_dirs(&self, chain: &[(PathBuf, Found)]) -> io::Result<PathBuf> {
        let mut last = self.dirs[0].clone();
        for (rel, found) in chain {
            let up = self.real(0, rel);
            if found.top != 0 {
                let src = self.real(found.top, rel);
                match lstat(&up) {
                    Some(m) if m.is_dir() => {}
                    Some(_) => {
                        fs::remove_file(&up)?;
                        fs::create_dir(&up)?;
                    }
                    None => fs::create_dir(&up)?,
                }
                copy_metadata(&src, &up)?;
            }
            last = up;
        }
        Ok(last)
    }

    /// Copies non-directory `rel` from layer `from` into the upper dir (whose parent dir must
    /// exist there): data, owner, mode, xattrs and times, built in the work dir and renamed
    /// into place so a crash never leaves half a file in the upper dir.
    pub fn copy_up_file(&self, from: usize, rel: &Path) -> io::Result<()> {
        let src = self.real(from, rel);
        let dst = self.real(0, rel);
        let meta = fs::symlink_metadata(&src)?;
        let tmp = self.work.join(format!(
            "copyup-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let ft = meta.file_type();
        if ft.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&src)?, &tmp)?;
        } else if ft.is_file() {
            let mut input = fs::File::open(&src)?;
            let mut output = fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)?;
            io::copy(&mut input, &mut output)?;
        } else {
            let kind = if ft.is_fifo() {
                SFlag::S_IFIFO
            } else if ft.is_char_device() {
                SFlag::S_IFCHR
            } else if ft.is_block_device() {
                SFlag::S_IFBLK
            } else {
                SFlag::S_IFSOCK
            };
            let rdev = meta.rdev();
            mknod(&tmp, kind, Mode::from_bits_truncate(0o600), rdev)?;
        }
        if let Err(e) = copy_metadata(&src, &tmp).and_then(|()| fs::rename(&tmp, &dst)) {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        Ok(())
    }
}

static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Owner, mode, xattrs (not the overlay's own) and times of `src` onto `dst`.
pub fn copy_metadata(src: &Path, dst: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(src)?;
    fchownat(
        nix::fcntl::AT_FDCWD,
        dst,
        Some(Uid::from_raw(meta.uid())),
        Some(Gid::from_raw(meta.gid())),
        nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
    )?;
    if !meta.file_type().is_symlink() {
        fs::set_permissions(dst, fs::Permissions::from_mode(meta.mode() & 0o7777))?;
    }
    for name in llistxattr(src).unwrap_or_default() {
        if is_private_xattr(&name) {
            continue;
        }
        let Some(name) = name.to_str() else { continue };
        if let Ok(Some(value)) = lgetxattr(src, name) {
            // Security xattrs the namespace may not set are skipped, as overlay's copy-up.
            let _ = lsetxattr(dst, name, &value);
        }
    }
    let times = [
        nix::sys::time::TimeSpec::new(meta.atime(), meta.atime_nsec()),
        nix::sys::time::TimeSpec::new(meta.mtime(), meta.mtime_nsec()),
    ];
    nix::sys::stat::utimensat(
        nix::fcntl::AT_FDCWD,
        dst,
        &times[0],
        &times[1],
        nix::sys::stat::UtimensatFlags::NoFollowSymlink,
    )?;
    Ok(())
}

/// Leaves overlay's whiteout (a 0/0 character device) at `path` in the upper dir.
pub fn make_whiteout(path: &Path) -> io::Result<()> {
    mknod(path, SFlag::S_IFCHR, Mode::empty(), makedev(0, 0))?;
    Ok(())
}

/// Marks upper directory `path` opaque, as the kernel driver does for a directory made
/// where a lower layer had the name.
pub fn make_opaque(path: &Path) -> io::Result<()> {
    lsetxattr(path, OPAQUE_XATTR, b"y")
}

/// Removes a whiteout at upper `path` if one is there; whether one was.
pub fn clear_whiteout(path: &Path) -> io::Result<bool> {
    match lstat(path) {
        Some(m) if is_whiteout(&m) => {
            fs::remove_file(path)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

#[cfg(test)]
#[path = "layers_tests.rs"]
mod tests;
