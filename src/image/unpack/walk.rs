//! Walking the layer tree one component at a time: a cache of open directories, and the
//! checks on tar paths and symlink targets that keep a hostile archive inside the layer.

use std::ffi::{OsStr, OsString};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStringExt;

use nix::errno::Errno;
use nix::fcntl::{AtFlags, OFlag, openat};
use nix::sys::stat::{Mode, fchmod, fstatat, mkdirat};

use super::UnpackError;

/// A cached chain of open directories from the layer root, so that consecutive entries in the
/// same directory (tar's usual order) cost no extra opens.
pub(super) struct Cursor {
    pub(super) root: OwnedFd,
    pub(super) stack: Vec<(OsString, OwnedFd)>,
}

/// Why a directory walk stopped.
pub(super) enum WalkError {
    Symlink(String),
    NotDir(String),
    Missing(String),
    Io(String, Errno),
}

impl Cursor {
    /// The directory `components` below the root, opened without following symlinks;
    /// missing directories are created (mode 0755) when `create`.
    pub(super) fn dir(
        &mut self,
        components: &[OsString],
        create: bool,
    ) -> Result<BorrowedFd<'_>, WalkError> {
        let common = self
            .stack
            .iter()
            .zip(components)
            .take_while(|((name, _), c)| name == *c)
            .count();
        self.stack.truncate(common);
        for (i, name) in components.iter().enumerate().skip(common) {
            let parent = self
                .stack
                .last()
                .map_or(self.root.as_fd(), |(_, fd)| fd.as_fd());
            let shown = || display_components(&components[..=i]);
            let fd = match open_dir_nofollow(Some(parent), name) {
                Ok(fd) => fd,
                Err(Errno::ENOENT) if create => {
                    match mkdirat(parent, name.as_os_str(), Mode::from_bits_truncate(0o755)) {
                        Ok(()) | Err(Errno::EEXIST) => {}
                        Err(e) => return Err(WalkError::Io(shown(), e)),
                    }
                    let fd = open_dir_nofollow(Some(parent), name)
                        .map_err(|e| WalkError::Io(shown(), e))?;
                    let _ = fchmod(&fd, Mode::from_bits_truncate(0o755));
                    fd
                }
                Err(Errno::ENOENT) => return Err(WalkError::Missing(shown())),
                Err(Errno::ELOOP | Errno::ENOTDIR) => {
                    let is_link = fstatat(parent, name.as_os_str(), AtFlags::AT_SYMLINK_NOFOLLOW)
                        .is_ok_and(|st| st.st_mode & libc::S_IFMT == libc::S_IFLNK);
                    return Err(if is_link {
                        WalkError::Symlink(shown())
                    } else {
                        WalkError::NotDir(shown())
                    });
                }
                Err(e) => return Err(WalkError::Io(shown(), e)),
            };
            self.stack.push((name.clone(), fd));
        }
        Ok(self
            .stack
            .last()
            .map_or(self.root.as_fd(), |(_, fd)| fd.as_fd()))
    }

    /// Forgets the cached directories (after anything was removed or replaced).
    pub(super) fn reset(&mut self) {
        self.stack.clear();
    }
}

pub(super) fn open_dir_nofollow(
    parent: Option<BorrowedFd<'_>>,
    name: &OsStr,
) -> Result<OwnedFd, Errno> {
    let flags = OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC;
    match parent {
        Some(fd) => openat(fd, name, flags, Mode::empty()),
        None => nix::fcntl::open(name, flags, Mode::empty()),
    }
}

pub(super) fn display_components(components: &[OsString]) -> String {
    let joined: Vec<_> = components.iter().map(|c| c.to_string_lossy()).collect();
    joined.join("/")
}

/// Splits a tar path into its components, refusing absolute paths and `..`.
pub(super) fn split_path(raw: &[u8], shown: &str) -> Result<Vec<OsString>, UnpackError> {
    if raw.first() == Some(&b'/') {
        return Err(UnpackError::refused(
            shown,
            "absolute paths are not allowed",
        ));
    }
    let mut out = Vec::new();
    for part in raw.split(|&b| b == b'/') {
        match part {
            b"" | b"." => {}
            b".." => {
                return Err(UnpackError::refused(
                    shown,
                    "\"..\" path components are not allowed",
                ));
            }
            name => out.push(OsString::from_vec(name.to_vec())),
        }
    }
    Ok(out)
}

/// Whether the relative symlink target `target`, for a link whose parent directory is
/// `depth` components below the root, climbs above the root.
pub(super) fn target_escapes(depth: usize, target: &[u8]) -> bool {
    if target.first() == Some(&b'/') {
        return false;
    }
    let mut depth = depth as i64;
    for part in target.split(|&b| b == b'/') {
        match part {
            b"" | b"." => {}
            b".." => {
                depth -= 1;
                if depth < 0 {
                    return true;
                }
            }
            _ => depth += 1,
        }
    }
    false
}
