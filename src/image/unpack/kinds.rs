//! One function per kind of tar entry: each writes its entry below its (already opened)
//! parent directory. `Unpacker::entry` in `mod.rs` decides which one runs.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;

use nix::errno::Errno;
use nix::fcntl::AtFlags;
use nix::sys::stat::{
    FchmodatFlags, Mode, SFlag, UtimensatFlags, fchmod, fchmodat, fstatat, futimens, mkdirat,
    mknodat, utimensat,
};
use nix::unistd::{linkat, symlinkat};

use super::walk::{WalkError, split_path, target_escapes};
use super::{Meta, OPAQUE_XATTR, UnpackError, Unpacker, write_err};

/// Where an entry goes: its path as messages show it, and its components below the root.
pub(super) struct Place<'a> {
    pub(super) shown: &'a str,
    pub(super) components: &'a [OsString],
    pub(super) name: &'a OsStr,
    pub(super) parents: &'a [OsString],
}

impl Unpacker {
    /// The parent directory of `place`, created if missing, as an owned descriptor.
    pub(super) fn parent_fd(&mut self, place: &Place<'_>) -> Result<OwnedFd, UnpackError> {
        self.dir(place.parents, place.shown)?
            .try_clone_to_owned()
            .map_err(|e| write_err(place.shown, e))
    }

    /// `./` itself: only a directory may name it, and only its metadata applies.
    pub(super) fn write_root(
        &mut self,
        is_dir: bool,
        meta: &Meta,
        shown: &str,
    ) -> Result<(), UnpackError> {
        if !is_dir {
            return Err(UnpackError::refused(
                shown,
                "only a directory may name the layer root",
            ));
        }
        self.chown(self.cursor.root.as_fd(), None, meta, shown)?;
        self.record_dir(Vec::new(), meta);
        Ok(())
    }

    /// `.wh..wh..opq`: marks its directory opaque.
    pub(super) fn write_opaque(&mut self, place: &Place<'_>) -> Result<(), UnpackError> {
        self.dir(place.parents, place.shown)?;
        let path = self.full_path(place.parents);
        crate::sys::lsetxattr(&path, OPAQUE_XATTR, b"y").map_err(|e| {
            write_err(
                place.shown,
                io::Error::new(
                    e.kind(),
                    format!("setting {OPAQUE_XATTR} on the directory: {e}"),
                ),
            )
        })
    }

    /// `.wh.NAME`: replaces `NAME` with overlayfs's whiteout, a 0/0 character device.
    pub(super) fn write_whiteout(
        &mut self,
        place: &Place<'_>,
        hidden: &OsStr,
    ) -> Result<(), UnpackError> {
        let shown = place.shown;
        let parent = self.parent_fd(place)?;
        self.remove_existing(parent.as_fd(), place.parents, hidden, shown)?;
        mknodat(
            &parent,
            hidden,
            SFlag::S_IFCHR,
            Mode::empty(),
            nix::sys::stat::makedev(0, 0),
        )
        .map_err(|e| {
            write_err(
                shown,
                io::Error::new(
                    io::Error::from(e).kind(),
                    format!("creating the overlay whiteout (a 0/0 character device): {e}"),
                ),
            )
        })
    }

    pub(super) fn write_dir(&mut self, place: &Place<'_>, meta: &Meta) -> Result<(), UnpackError> {
        let (shown, name) = (place.shown, place.name);
        let parent = self.parent_fd(place)?;
        let made = match mkdirat(&parent, name, Mode::from_bits_truncate(0o700)) {
            Ok(()) => true,
            Err(Errno::EEXIST) => {
                let st = fstatat(&parent, name, AtFlags::AT_SYMLINK_NOFOLLOW)
                    .map_err(|e| write_err(shown, e.into()))?;
                if st.st_mode & libc::S_IFMT != libc::S_IFDIR {
                    self.remove_existing(parent.as_fd(), place.parents, name, shown)?;
                    mkdirat(&parent, name, Mode::from_bits_truncate(0o700))
                        .map_err(|e| write_err(shown, e.into()))?;
                }
                false
            }
            Err(e) => return Err(write_err(shown, e.into())),
        };
        // A directory made before (a parent of an earlier entry, or an entry repeated)
        // may have another owner.
        if made {
            self.chown_new(parent.as_fd(), place.parents, Some(name), meta, shown)?;
        } else {
            self.chown(parent.as_fd(), Some(name), meta, shown)?;
        }
        self.set_xattrs(place.components, meta, shown, true);
        self.record_dir(place.components.to_vec(), meta);
        Ok(())
    }

    /// A regular file: `size` bytes of `data`.
    pub(super) fn write_file(
        &mut self,
        place: &Place<'_>,
        meta: &Meta,
        data: &mut impl Read,
        size: u64,
    ) -> Result<(), UnpackError> {
        let (mut file, exact) = self.open_new_file(place, meta)?;
        copy_exactly(data, &mut file, size, place.shown, &mut self.copy_buf)?;
        self.finish_file(place, meta, &file, exact)
    }

    /// Creates the regular file of `place`, replacing what an earlier entry put there; with
    /// its final mode when the kernel gives it exactly (then `true`).
    pub(super) fn open_new_file(
        &mut self,
        place: &Place<'_>,
        meta: &Meta,
    ) -> Result<(File, bool), UnpackError> {
        let (mode, exact) = self.creator.file_mode(meta.mode);
        let fd = self.create_file(place.parents, place.name, place.shown, mode)?;
        Ok((File::from(fd), exact))
    }

    /// Gives a written file its owner, mode (unless `mode_set` at its creation), mtime and
    /// xattrs.
    pub(super) fn finish_file(
        &mut self,
        place: &Place<'_>,
        meta: &Meta,
        file: &File,
        mode_set: bool,
    ) -> Result<(), UnpackError> {
        let shown = place.shown;
        self.chown_new(file.as_fd(), place.parents, None, meta, shown)?;
        if !mode_set {
            fchmod(file, Mode::from_bits_truncate(meta.mode))
                .map_err(|e| write_err(shown, e.into()))?;
        }
        futimens(file, &meta.mtime, &meta.mtime).map_err(|e| write_err(shown, e.into()))?;
        self.set_xattrs(place.components, meta, shown, true);
        Ok(())
    }

    pub(super) fn write_symlink(
        &mut self,
        place: &Place<'_>,
        meta: &Meta,
        target: &[u8],
    ) -> Result<(), UnpackError> {
        let (shown, name) = (place.shown, place.name);
        if target.is_empty() {
            return Err(UnpackError::refused(
                shown,
                "symbolic link with an empty target",
            ));
        }
        if target_escapes(place.parents.len(), target) {
            return Err(UnpackError::refused(
                shown,
                format!(
                    "symbolic link target \"{}\" climbs above the layer root",
                    String::from_utf8_lossy(target)
                ),
            ));
        }
        let parent = self.parent_fd(place)?;
        self.remove_existing(parent.as_fd(), place.parents, name, shown)?;
        symlinkat(OsStr::from_bytes(target), &parent, name)
            .map_err(|e| write_err(shown, e.into()))?;
        self.chown_new(parent.as_fd(), place.parents, Some(name), meta, shown)?;
        utimensat(
            &parent,
            name,
            &meta.mtime,
            &meta.mtime,
            UtimensatFlags::NoFollowSymlink,
        )
        .map_err(|e| write_err(shown, e.into()))
    }

    /// A hardlink to a file an earlier entry of this layer wrote.
    pub(super) fn write_hardlink(
        &mut self,
        place: &Place<'_>,
        target: &[u8],
    ) -> Result<(), UnpackError> {
        let (shown, name) = (place.shown, place.name);
        let target_shown = String::from_utf8_lossy(target).into_owned();
        let refuse = |why: &str| {
            UnpackError::refused(shown, format!("hardlink target \"{target_shown}\" {why}"))
        };
        if target.first() == Some(&b'/') {
            return Err(refuse("is an absolute path"));
        }
        let target_components =
            split_path(target, shown).map_err(|_| refuse("climbs out of the layer"))?;
        let Some((target_name, target_parents)) = target_components.split_last() else {
            return Err(refuse("is the layer root"));
        };
        if target_components == place.components {
            return Err(refuse("is the link itself"));
        }
        let target_parent = match self.cursor.dir(target_parents, false) {
            Ok(fd) => fd.try_clone_to_owned().map_err(|e| write_err(shown, e))?,
            Err(WalkError::Symlink(_)) => return Err(refuse("goes through a symbolic link")),
            Err(_) => return Err(refuse("is not in this layer")),
        };
        match fstatat(
            &target_parent,
            target_name.as_os_str(),
            AtFlags::AT_SYMLINK_NOFOLLOW,
        ) {
            Ok(st) if st.st_mode & libc::S_IFMT == libc::S_IFDIR => {
                return Err(refuse("is a directory"));
            }
            Ok(_) => {}
            Err(_) => return Err(refuse("is not in this layer")),
        }
        let parent = self.parent_fd(place)?;
        self.remove_existing(parent.as_fd(), place.parents, name, shown)?;
        linkat(
            &target_parent,
            target_name.as_os_str(),
            &parent,
            name,
            AtFlags::empty(),
        )
        .map_err(|e| write_err(shown, e.into()))
    }

    pub(super) fn write_fifo(&mut self, place: &Place<'_>, meta: &Meta) -> Result<(), UnpackError> {
        let (shown, name) = (place.shown, place.name);
        let parent = self.parent_fd(place)?;
        self.remove_existing(parent.as_fd(), place.parents, name, shown)?;
        mknodat(&parent, name, SFlag::S_IFIFO, Mode::empty(), 0)
            .map_err(|e| write_err(shown, e.into()))?;
        self.chown_new(parent.as_fd(), place.parents, Some(name), meta, shown)?;
        let mode = Mode::from_bits_truncate(meta.mode);
        fchmodat(&parent, name, mode, FchmodatFlags::NoFollowSymlink)
            .or_else(|e| match e {
                // Older kernels lack AT_SYMLINK_NOFOLLOW for fchmodat; the entry was just
                // created as a FIFO, not a symlink, so following is the same thing.
                Errno::ENOTSUP | Errno::EINVAL => {
                    fchmodat(&parent, name, mode, FchmodatFlags::FollowSymlink)
                }
                e => Err(e),
            })
            .map_err(|e| write_err(shown, e.into()))?;
        utimensat(
            &parent,
            name,
            &meta.mtime,
            &meta.mtime,
            UtimensatFlags::NoFollowSymlink,
        )
        .map_err(|e| write_err(shown, e.into()))
    }
}

/// The most bytes of file data one write takes.
const COPY_BUF: usize = 256 * 1024;

/// Copies exactly `size` bytes of `data` to `out` through `buf` (made `COPY_BUF` long the
/// first time, then reused), one write per `COPY_BUF` bytes at most; fewer is a truncated
/// entry.
pub(super) fn copy_exactly(
    data: &mut impl Read,
    out: &mut impl io::Write,
    size: u64,
    shown: &str,
    buf: &mut Vec<u8>,
) -> Result<(), UnpackError> {
    if buf.len() < COPY_BUF {
        buf.resize(COPY_BUF, 0);
    }
    let mut left = size;
    while left > 0 {
        let want = usize::try_from(left).map_or(buf.len(), |l| l.min(buf.len()));
        let mut filled = 0;
        while filled < want {
            match data.read(&mut buf[filled..want]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(UnpackError::Read(e)),
            }
        }
        out.write_all(&buf[..filled])
            .map_err(|e| write_err(shown, e))?;
        left -= filled as u64;
        if filled < want {
            return Err(UnpackError::Truncated {
                entry: shown.to_string(),
                got: size - left,
                want: size,
            });
        }
    }
    Ok(())
}
