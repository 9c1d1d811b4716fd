//! Unpacking one layer tarball into a directory that overlayfs uses as a lower layer.
//!
//! Every write is relative to a descriptor of the layer directory and goes one path
//! component at a time with `O_NOFOLLOW` (openat/mkdirat/symlinkat/linkat/mknodat), so a
//! hostile archive cannot write outside it: `..` components, absolute paths, parents that are
//! symlinks, relative symlink targets that climb above the layer root, hardlinks out of the
//! layer, and device nodes are refused with an error naming the entry. tar's `unpack_in` is not
//! used because it silently skips what it does not like.
//!
//! Ownership: as root of den's user namespace, each entry is chowned to its header's ids
//! (refused when above the mapped range), then chmodded (chown clears setuid/setgid bits). In
//! one-id mode the files stay the user's and the image's owner is kept in the xattr
//! `user.den.owner` = `UID:GID` on regular files and directories not owned by 0:0. Linux does
//! not allow `user.*` xattrs on symlinks, so a symlink's owner is not recorded (it only
//! matters to lchown-aware tools, and symlink permissions are never checked).
//!
//! OCI whiteouts become overlayfs's: `.wh.NAME` a 0/0 character device `NAME`,
//! `.wh..wh..opq` the xattr `user.overlay.opaque=y` on its directory (den mounts overlayfs with
//! `userxattr`). Nothing is fsynced here: the caller syncs the filesystem once per layer.

use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};

use nix::errno::Errno;
use nix::fcntl::{AtFlags, OFlag, openat};
use nix::sys::stat::{
    FchmodatFlags, Mode, SFlag, UtimensatFlags, fchmod, fchmodat, fstatat, futimens, mkdirat,
    mknodat, utimensat,
};
use nix::sys::time::TimeSpec;
use nix::unistd::{Gid, Uid, UnlinkatFlags, fchown, fchownat, linkat, symlinkat, unlinkat};
use tar::EntryType;

use crate::image::compress::HashingReader;

/// The xattr that keeps an image file's owner in one-id mode.
pub const OWNER_XATTR: &str = "user.den.owner";
/// The xattr overlayfs (mounted with `userxattr`) reads to mark a directory opaque.
pub const OPAQUE_XATTR: &str = "user.overlay.opaque";

const WHITEOUT_PREFIX: &str = ".wh.";
const OPAQUE_WHITEOUT: &str = ".wh..wh..opq";

/// What to do with the owners recorded in the archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerPolicy {
    /// chown every entry to its header's uid and gid; ids above these are refused.
    Chown { max_uid: u32, max_gid: u32 },
    /// One-id mode: files stay owned by the caller; the image's owner goes in `user.den.owner`.
    Record,
    /// Leave owners alone (tests without privileges).
    Keep,
}

/// Why unpacking failed. Each variant names the entry.
#[derive(Debug, thiserror::Error)]
pub enum UnpackError {
    #[error("refusing entry \"{entry}\": {reason}")]
    Refused { entry: String, reason: String },
    #[error(
        "entry \"{entry}\" is owned by {kind} {id}, above the highest {kind} mapped for you ({max})"
    )]
    Owner {
        entry: String,
        kind: &'static str,
        id: u64,
        max: u32,
    },
    #[error("writing entry \"{entry}\"")]
    Write {
        entry: String,
        #[source]
        source: io::Error,
    },
    #[error("entry \"{entry}\" is truncated: {got} of {want} bytes")]
    Truncated { entry: String, got: u64, want: u64 },
    #[error("reading the tar stream")]
    Read(#[source] io::Error),
    #[error("the tar stream ends without its end-of-archive blocks: it is truncated")]
    NoEnd,
}

impl UnpackError {
    fn refused(entry: &str, reason: impl Into<String>) -> UnpackError {
        UnpackError::Refused {
            entry: entry.to_string(),
            reason: reason.into(),
        }
    }
}

/// What unpacking a layer found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unpacked {
    /// sha256 of the whole uncompressed tar stream: the layer's diff id.
    pub diff_id: String,
    /// Bytes of the uncompressed tar stream.
    pub size: u64,
    /// Number of entries.
    pub entries: u64,
}

/// Unpacks the (already decompressed) tar `stream` into the existing, empty directory `dest`.
///
/// On error the caller removes `dest`: nothing has been written outside it.
pub fn unpack_layer(
    stream: impl Read,
    dest: &Path,
    policy: OwnerPolicy,
) -> Result<Unpacked, UnpackError> {
    let root = open_dir_nofollow(None, dest.as_os_str()).map_err(|e| UnpackError::Write {
        entry: String::new(),
        source: e.into(),
    })?;
    let mut hashing = HashingReader::new(stream);
    let mut unpacker = Unpacker {
        dest: dest.to_path_buf(),
        policy,
        cursor: Cursor {
            root,
            stack: Vec::new(),
        },
        dirs: Vec::new(),
        dir_index: HashMap::new(),
    };
    let mut archive = tar::Archive::new(&mut hashing);
    let mut entries = 0;
    let mut end_of_data = 0;
    for entry in archive.entries().map_err(UnpackError::Read)? {
        let entry = entry.map_err(UnpackError::Read)?;
        let data_size = entry.header().entry_size().map_err(UnpackError::Read)?;
        end_of_data = entry.raw_file_position() + data_size.div_ceil(512) * 512;
        unpacker.entry(entry)?;
        entries += 1;
    }
    unpacker.finish_dirs()?;
    let (diff_id, size) = hashing.finish().map_err(UnpackError::Read)?;
    // tar stops at a zero block or at the end of the stream; only the first is a real end.
    if size < end_of_data + 512 {
        return Err(UnpackError::NoEnd);
    }
    Ok(Unpacked {
        diff_id,
        size,
        entries,
    })
}

/// A cached chain of open directories from the layer root, so that consecutive entries in the
/// same directory (tar's usual order) cost no extra opens.
struct Cursor {
    root: OwnedFd,
    stack: Vec<(OsString, OwnedFd)>,
}

/// Why a directory walk stopped.
enum WalkError {
    Symlink(String),
    NotDir(String),
    Missing(String),
    Io(String, Errno),
}

impl Cursor {
    /// The directory `components` below the root, opened without following symlinks;
    /// missing directories are created (mode 0755) when `create`.
    fn dir(&mut self, components: &[OsString], create: bool) -> Result<BorrowedFd<'_>, WalkError> {
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
    fn reset(&mut self) {
        self.stack.clear();
    }
}

fn open_dir_nofollow(parent: Option<BorrowedFd<'_>>, name: &OsStr) -> Result<OwnedFd, Errno> {
    let flags = OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC;
    match parent {
        Some(fd) => openat(fd, name, flags, Mode::empty()),
        None => nix::fcntl::open(name, flags, Mode::empty()),
    }
}

fn display_components(components: &[OsString]) -> String {
    let joined: Vec<_> = components.iter().map(|c| c.to_string_lossy()).collect();
    joined.join("/")
}

/// The metadata of one entry, from its header and PAX records.
struct Meta {
    uid: u64,
    gid: u64,
    mode: u32,
    mtime: TimeSpec,
    xattrs: Vec<(String, Vec<u8>)>,
}

/// A directory whose mode and mtime are set after all entries are written (its contents
/// would change the mtime, and a read-only mode could block them).
struct DirMeta {
    components: Vec<OsString>,
    mode: u32,
    mtime: Option<TimeSpec>,
}

struct Unpacker {
    dest: PathBuf,
    policy: OwnerPolicy,
    cursor: Cursor,
    dirs: Vec<DirMeta>,
    dir_index: HashMap<Vec<OsString>, usize>,
}

/// Splits a tar path into its components, refusing absolute paths and `..`.
fn split_path(raw: &[u8], shown: &str) -> Result<Vec<OsString>, UnpackError> {
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
fn target_escapes(depth: usize, target: &[u8]) -> bool {
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

fn timespec(secs: u64, nanos: u32) -> TimeSpec {
    TimeSpec::new(
        i64::try_from(secs).unwrap_or(i64::MAX),
        i64::from(nanos.min(999_999_999)),
    )
}

/// Parses a PAX time (`1700000000.123`) into seconds and nanoseconds.
fn parse_pax_time(text: &str) -> Option<(u64, u32)> {
    let (secs, frac) = text.split_once('.').unwrap_or((text, ""));
    let secs = secs.parse().ok()?;
    let mut nanos = 0u32;
    for (i, c) in frac.chars().take(9).enumerate() {
        let d = c.to_digit(10)?;
        nanos += d * 10u32.pow(8 - i as u32);
    }
    Some((secs, nanos))
}

impl Unpacker {
    fn entry<R: Read>(&mut self, mut entry: tar::Entry<'_, R>) -> Result<(), UnpackError> {
        let raw = entry.path_bytes().into_owned();
        let shown = String::from_utf8_lossy(&raw).into_owned();
        let kind = entry.header().entry_type();
        if matches!(kind, EntryType::XGlobalHeader) {
            return Ok(());
        }
        let components = split_path(&raw, &shown)?;
        let meta = self.meta(&mut entry, &shown)?;

        let Some((name, parents)) = components.split_last() else {
            // The root itself (`./`): only its metadata applies.
            if !kind.is_dir() {
                return Err(UnpackError::refused(
                    &shown,
                    "only a directory may name the layer root",
                ));
            }
            self.chown(self.cursor.root.as_fd(), None, &meta, &shown)?;
            self.record_dir(Vec::new(), &meta);
            return Ok(());
        };
        let name_bytes = name.as_bytes();

        if name_bytes == OPAQUE_WHITEOUT.as_bytes() {
            self.dir(parents, &shown)?;
            let path = self.full_path(parents);
            crate::sys::lsetxattr(&path, OPAQUE_XATTR, b"y").map_err(|e| UnpackError::Write {
                entry: shown.clone(),
                source: io::Error::new(
                    e.kind(),
                    format!("setting {OPAQUE_XATTR} on the directory: {e}"),
                ),
            })?;
            return Ok(());
        }
        if let Some(hidden) = name_bytes.strip_prefix(WHITEOUT_PREFIX.as_bytes()) {
            if hidden.starts_with(WHITEOUT_PREFIX.as_bytes()) {
                // Other aufs metadata (.wh..wh.plnk, .wh..wh.aufs): not part of the tree.
                return Ok(());
            }
            if hidden.is_empty() || hidden == b"." || hidden == b".." {
                return Err(UnpackError::refused(&shown, "invalid whiteout name"));
            }
            let hidden = OsStr::from_bytes(hidden);
            let parent = self.dir(parents, &shown)?;
            let parent = parent
                .try_clone_to_owned()
                .map_err(|e| write_err(&shown, e))?;
            self.remove_existing(parent.as_fd(), parents, hidden, &shown)?;
            mknodat(
                &parent,
                hidden,
                SFlag::S_IFCHR,
                Mode::empty(),
                nix::sys::stat::makedev(0, 0),
            )
            .map_err(|e| {
                write_err(
                    &shown,
                    io::Error::new(
                        io::Error::from(e).kind(),
                        format!("creating the overlay whiteout (a 0/0 character device): {e}"),
                    ),
                )
            })?;
            return Ok(());
        }

        match kind {
            EntryType::Directory => {
                let parent = self.dir(parents, &shown)?;
                let parent = parent
                    .try_clone_to_owned()
                    .map_err(|e| write_err(&shown, e))?;
                match mkdirat(&parent, name.as_os_str(), Mode::from_bits_truncate(0o700)) {
                    Ok(()) => {}
                    Err(Errno::EEXIST) => {
                        let st = fstatat(&parent, name.as_os_str(), AtFlags::AT_SYMLINK_NOFOLLOW)
                            .map_err(|e| write_err(&shown, e.into()))?;
                        if st.st_mode & libc::S_IFMT != libc::S_IFDIR {
                            self.remove_existing(parent.as_fd(), parents, name, &shown)?;
                            mkdirat(&parent, name.as_os_str(), Mode::from_bits_truncate(0o700))
                                .map_err(|e| write_err(&shown, e.into()))?;
                        }
                    }
                    Err(e) => return Err(write_err(&shown, e.into())),
                }
                self.chown(parent.as_fd(), Some(name), &meta, &shown)?;
                self.set_xattrs(&components, &meta, &shown, true);
                self.record_dir(components.clone(), &meta);
            }
            EntryType::Regular | EntryType::Continuous | EntryType::GNUSparse => {
                let want = entry.size();
                let parent = self.dir(parents, &shown)?;
                let parent = parent
                    .try_clone_to_owned()
                    .map_err(|e| write_err(&shown, e))?;
                let fd = self.create_file(parent.as_fd(), parents, name, &shown)?;
                let mut file = File::from(fd);
                let got =
                    io::copy(&mut (&mut entry).take(want), &mut file).map_err(UnpackError::Read)?;
                if got != want {
                    return Err(UnpackError::Truncated {
                        entry: shown,
                        got,
                        want,
                    });
                }
                self.chown(file.as_fd(), None, &meta, &shown)?;
                fchmod(&file, Mode::from_bits_truncate(meta.mode))
                    .map_err(|e| write_err(&shown, e.into()))?;
                futimens(&file, &meta.mtime, &meta.mtime)
                    .map_err(|e| write_err(&shown, e.into()))?;
                self.set_xattrs(&components, &meta, &shown, true);
            }
            EntryType::Symlink => {
                let target = entry
                    .link_name_bytes()
                    .map(std::borrow::Cow::into_owned)
                    .unwrap_or_default();
                if target.is_empty() {
                    return Err(UnpackError::refused(
                        &shown,
                        "symbolic link with an empty target",
                    ));
                }
                if target_escapes(parents.len(), &target) {
                    return Err(UnpackError::refused(
                        &shown,
                        format!(
                            "symbolic link target \"{}\" climbs above the layer root",
                            String::from_utf8_lossy(&target)
                        ),
                    ));
                }
                let parent = self.dir(parents, &shown)?;
                let parent = parent
                    .try_clone_to_owned()
                    .map_err(|e| write_err(&shown, e))?;
                self.remove_existing(parent.as_fd(), parents, name, &shown)?;
                symlinkat(OsStr::from_bytes(&target), &parent, name.as_os_str())
                    .map_err(|e| write_err(&shown, e.into()))?;
                self.chown(parent.as_fd(), Some(name), &meta, &shown)?;
                utimensat(
                    &parent,
                    name.as_os_str(),
                    &meta.mtime,
                    &meta.mtime,
                    UtimensatFlags::NoFollowSymlink,
                )
                .map_err(|e| write_err(&shown, e.into()))?;
            }
            EntryType::Link => {
                let target = entry
                    .link_name_bytes()
                    .map(std::borrow::Cow::into_owned)
                    .unwrap_or_default();
                let target_shown = String::from_utf8_lossy(&target).into_owned();
                let refuse = |why: &str| {
                    UnpackError::refused(
                        &shown,
                        format!("hardlink target \"{target_shown}\" {why}"),
                    )
                };
                if target.first() == Some(&b'/') {
                    return Err(refuse("is an absolute path"));
                }
                let target_components =
                    split_path(&target, &shown).map_err(|_| refuse("climbs out of the layer"))?;
                let Some((target_name, target_parents)) = target_components.split_last() else {
                    return Err(refuse("is the layer root"));
                };
                if target_components == components {
                    return Err(refuse("is the link itself"));
                }
                let target_parent = match self.cursor.dir(target_parents, false) {
                    Ok(fd) => fd.try_clone_to_owned().map_err(|e| write_err(&shown, e))?,
                    Err(WalkError::Symlink(_)) => {
                        return Err(refuse("goes through a symbolic link"));
                    }
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
                let parent = self.dir(parents, &shown)?;
                let parent = parent
                    .try_clone_to_owned()
                    .map_err(|e| write_err(&shown, e))?;
                self.remove_existing(parent.as_fd(), parents, name, &shown)?;
                linkat(
                    &target_parent,
                    target_name.as_os_str(),
                    &parent,
                    name.as_os_str(),
                    AtFlags::empty(),
                )
                .map_err(|e| write_err(&shown, e.into()))?;
            }
            EntryType::Fifo => {
                let parent = self.dir(parents, &shown)?;
                let parent = parent
                    .try_clone_to_owned()
                    .map_err(|e| write_err(&shown, e))?;
                self.remove_existing(parent.as_fd(), parents, name, &shown)?;
                mknodat(&parent, name.as_os_str(), SFlag::S_IFIFO, Mode::empty(), 0)
                    .map_err(|e| write_err(&shown, e.into()))?;
                self.chown(parent.as_fd(), Some(name), &meta, &shown)?;
                fchmodat(
                    &parent,
                    name.as_os_str(),
                    Mode::from_bits_truncate(meta.mode),
                    FchmodatFlags::NoFollowSymlink,
                )
                .or_else(|e| match e {
                    // Older kernels lack AT_SYMLINK_NOFOLLOW for fchmodat; the entry was just
                    // created as a FIFO, not a symlink, so following is the same thing.
                    Errno::ENOTSUP | Errno::EINVAL => fchmodat(
                        &parent,
                        name.as_os_str(),
                        Mode::from_bits_truncate(meta.mode),
                        FchmodatFlags::FollowSymlink,
                    ),
                    e => Err(e),
                })
                .map_err(|e| write_err(&shown, e.into()))?;
                utimensat(
                    &parent,
                    name.as_os_str(),
                    &meta.mtime,
                    &meta.mtime,
                    UtimensatFlags::NoFollowSymlink,
                )
                .map_err(|e| write_err(&shown, e.into()))?;
            }
            EntryType::Char | EntryType::Block => {
                return Err(UnpackError::refused(
                    &shown,
                    "device nodes are not allowed in images",
                ));
            }
            other => {
                return Err(UnpackError::refused(
                    &shown,
                    format!("unsupported tar entry type {:?}", other.as_byte() as char),
                ));
            }
        }
        Ok(())
    }

    fn meta<R: Read>(
        &self,
        entry: &mut tar::Entry<'_, R>,
        shown: &str,
    ) -> Result<Meta, UnpackError> {
        let header = entry.header();
        let bad = |e: io::Error| UnpackError::refused(shown, format!("bad header: {e}"));
        let mut meta = Meta {
            uid: header.uid().map_err(bad)?,
            gid: header.gid().map_err(bad)?,
            mode: header.mode().map_err(bad)? & 0o7777,
            mtime: timespec(header.mtime().map_err(bad)?, 0),
            xattrs: Vec::new(),
        };
        if let Some(pax) = entry.pax_extensions().map_err(UnpackError::Read)? {
            for ext in pax {
                let ext = ext.map_err(UnpackError::Read)?;
                let (Ok(key), value) = (ext.key(), ext.value_bytes()) else {
                    continue;
                };
                let text = std::str::from_utf8(value).unwrap_or("");
                match key {
                    "uid" => {
                        meta.uid = text
                            .parse()
                            .map_err(|_| bad(io::ErrorKind::InvalidData.into()))?;
                    }
                    "gid" => {
                        meta.gid = text
                            .parse()
                            .map_err(|_| bad(io::ErrorKind::InvalidData.into()))?;
                    }
                    "mtime" => {
                        if let Some((s, n)) = parse_pax_time(text) {
                            meta.mtime = timespec(s, n);
                        }
                    }
                    _ => {
                        if let Some(name) = key.strip_prefix("SCHILY.xattr.") {
                            meta.xattrs.push((name.to_string(), value.to_vec()));
                        }
                    }
                }
            }
        }
        if let OwnerPolicy::Chown { max_uid, max_gid } = self.policy {
            if meta.uid > u64::from(max_uid) {
                return Err(UnpackError::Owner {
                    entry: shown.to_string(),
                    kind: "uid",
                    id: meta.uid,
                    max: max_uid,
                });
            }
            if meta.gid > u64::from(max_gid) {
                return Err(UnpackError::Owner {
                    entry: shown.to_string(),
                    kind: "gid",
                    id: meta.gid,
                    max: max_gid,
                });
            }
        }
        Ok(meta)
    }

    /// The parent directory of an entry (created if missing), refusing symlinks on the way.
    fn dir(&mut self, parents: &[OsString], shown: &str) -> Result<BorrowedFd<'_>, UnpackError> {
        self.cursor.dir(parents, true).map_err(|e| match e {
            WalkError::Symlink(p) => {
                UnpackError::refused(shown, format!("its parent \"{p}\" is a symbolic link"))
            }
            WalkError::NotDir(p) => {
                UnpackError::refused(shown, format!("its parent \"{p}\" is not a directory"))
            }
            WalkError::Missing(p) => {
                UnpackError::refused(shown, format!("its parent \"{p}\" does not exist"))
            }
            WalkError::Io(p, e) => UnpackError::Write {
                entry: shown.to_string(),
                source: io::Error::new(io::Error::from(e).kind(), format!("opening \"{p}\": {e}")),
            },
        })
    }

    /// Creates a regular file exclusively, replacing whatever the archive put there before.
    fn create_file(
        &mut self,
        parent: BorrowedFd<'_>,
        parents: &[OsString],
        name: &OsStr,
        shown: &str,
    ) -> Result<OwnedFd, UnpackError> {
        let flags =
            OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC;
        let mode = Mode::from_bits_truncate(0o600);
        match openat(parent, name, flags, mode) {
            Ok(fd) => Ok(fd),
            Err(Errno::EEXIST) => {
                self.remove_existing(parent, parents, name, shown)?;
                openat(parent, name, flags, mode).map_err(|e| write_err(shown, e.into()))
            }
            Err(e) => Err(write_err(shown, e.into())),
        }
    }

    /// Removes an entry an earlier entry of this layer created (tar archives may repeat a
    /// path; the last one wins). Directories go with their contents.
    fn remove_existing(
        &mut self,
        parent: BorrowedFd<'_>,
        parents: &[OsString],
        name: &OsStr,
        shown: &str,
    ) -> Result<(), UnpackError> {
        let st = match fstatat(parent, name, AtFlags::AT_SYMLINK_NOFOLLOW) {
            Ok(st) => st,
            Err(Errno::ENOENT) => return Ok(()),
            Err(e) => return Err(write_err(shown, e.into())),
        };
        self.cursor.reset();
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            // The parents of this path were just opened one by one without following
            // symlinks, and std's remove_dir_all does not follow them either.
            let mut path = self.full_path(parents);
            path.push(name);
            std::fs::remove_dir_all(path).map_err(|e| write_err(shown, e))?;
        } else {
            unlinkat(parent, name, UnlinkatFlags::NoRemoveDir)
                .map_err(|e| write_err(shown, e.into()))?;
        }
        Ok(())
    }

    fn full_path(&self, components: &[OsString]) -> PathBuf {
        let mut path = self.dest.clone();
        path.extend(components);
        path
    }

    /// Sets the owner of `name` in `dir` (or of `dir` itself) as the policy says.
    fn chown(
        &self,
        dir: BorrowedFd<'_>,
        name: Option<&OsStr>,
        meta: &Meta,
        shown: &str,
    ) -> Result<(), UnpackError> {
        let OwnerPolicy::Chown { .. } = self.policy else {
            return Ok(());
        };
        let uid = Some(Uid::from_raw(meta.uid as u32));
        let gid = Some(Gid::from_raw(meta.gid as u32));
        let result = match name {
            Some(name) => fchownat(dir, name, uid, gid, AtFlags::AT_SYMLINK_NOFOLLOW),
            None => fchown(dir, uid, gid),
        };
        result.map_err(|e| {
            write_err(
                shown,
                io::Error::new(
                    io::Error::from(e).kind(),
                    format!("changing its owner to {}:{}: {e}", meta.uid, meta.gid),
                ),
            )
        })
    }

    /// Records the owner in one-id mode and applies the archive's xattrs that make sense in
    /// a rootless layer (file capabilities and `user.*`).
    fn set_xattrs(&self, components: &[OsString], meta: &Meta, shown: &str, record_owner: bool) {
        let path = self.full_path(components);
        if record_owner && self.policy == OwnerPolicy::Record && (meta.uid, meta.gid) != (0, 0) {
            let value = format!("{}:{}", meta.uid, meta.gid);
            if let Err(e) = crate::sys::lsetxattr(&path, OWNER_XATTR, value.as_bytes()) {
                tracing::warn!("cannot record the owner of \"{shown}\" in {OWNER_XATTR}: {e}");
            }
        }
        for (name, value) in &meta.xattrs {
            let wanted = name == "security.capability"
                || (name.starts_with("user.")
                    && !name.starts_with("user.overlay.")
                    && !name.starts_with("user.den."));
            if !wanted {
                continue;
            }
            if let Err(e) = crate::sys::lsetxattr(&path, name, value) {
                tracing::warn!("cannot set xattr {name} on \"{shown}\": {e}");
            }
        }
    }

    fn record_dir(&mut self, components: Vec<OsString>, meta: &Meta) {
        let dir = DirMeta {
            components: components.clone(),
            mode: meta.mode,
            mtime: Some(meta.mtime),
        };
        if let Some(&i) = self.dir_index.get(&components) {
            self.dirs[i] = dir;
        } else {
            self.dir_index.insert(components, self.dirs.len());
            self.dirs.push(dir);
        }
    }

    /// Applies the directories' modes and mtimes, deepest first.
    fn finish_dirs(&mut self) -> Result<(), UnpackError> {
        let mut dirs = std::mem::take(&mut self.dirs);
        dirs.sort_by_key(|d| std::cmp::Reverse(d.components.len()));
        self.cursor.reset();
        for dir in dirs {
            let shown = display_components(&dir.components);
            let Some((name, parents)) = dir.components.split_last() else {
                let root = self
                    .cursor
                    .root
                    .try_clone()
                    .map_err(|e| write_err(&shown, e))?;
                apply_dir_meta(&root, &dir, "./")?;
                continue;
            };
            let Ok(parent) = self.cursor.dir(parents, false) else {
                continue; // replaced by a later entry
            };
            let Ok(fd) = open_dir_nofollow(Some(parent), name) else {
                continue;
            };
            apply_dir_meta(&fd, &dir, &shown)?;
        }
        Ok(())
    }
}

fn apply_dir_meta(fd: &OwnedFd, dir: &DirMeta, shown: &str) -> Result<(), UnpackError> {
    fchmod(fd, Mode::from_bits_truncate(dir.mode)).map_err(|e| write_err(shown, e.into()))?;
    if let Some(mtime) = dir.mtime {
        futimens(fd, &mtime, &mtime).map_err(|e| write_err(shown, e.into()))?;
    }
    Ok(())
}

fn write_err(entry: &str, source: io::Error) -> UnpackError {
    UnpackError::Write {
        entry: entry.to_string(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};

    /// Builds a tar in memory, writing header names raw so that hostile paths survive.
    #[derive(Default)]
    struct TarBuilder {
        out: Vec<u8>,
    }

    impl TarBuilder {
        fn add(&mut self, path: &str, kind: EntryType, data: &[u8], link: &str, mode: u32) {
            self.add_owned(path, kind, data, link, mode, 0, 0);
        }

        #[allow(clippy::too_many_arguments)]
        fn add_owned(
            &mut self,
            path: &str,
            kind: EntryType,
            data: &[u8],
            link: &str,
            mode: u32,
            uid: u64,
            gid: u64,
        ) {
            let mut h = tar::Header::new_gnu();
            let old = h.as_old_mut();
            old.name[..path.len()].copy_from_slice(path.as_bytes());
            old.linkname[..link.len()].copy_from_slice(link.as_bytes());
            h.set_entry_type(kind);
            h.set_size(data.len() as u64);
            h.set_mode(mode);
            h.set_uid(uid);
            h.set_gid(gid);
            h.set_mtime(1_700_000_000);
            h.set_cksum();
            self.out.extend_from_slice(h.as_bytes());
            self.out.extend_from_slice(data);
            let pad = (512 - data.len() % 512) % 512;
            self.out.extend(std::iter::repeat_n(0u8, pad));
        }

        fn file(&mut self, path: &str, data: &[u8]) {
            self.add(path, EntryType::Regular, data, "", 0o644);
        }

        fn finish(mut self) -> Vec<u8> {
            self.out.extend([0u8; 1024]);
            self.out
        }
    }

    /// A destination inside a private temp dir, so escapes are visible next to it.
    struct Dest {
        outer: tempfile::TempDir,
    }

    impl Dest {
        fn new() -> Dest {
            let outer = tempfile::tempdir().unwrap();
            std::fs::create_dir(outer.path().join("layer")).unwrap();
            Dest { outer }
        }
        fn layer(&self) -> PathBuf {
            self.outer.path().join("layer")
        }
        fn unpack(&self, tar: &[u8]) -> Result<Unpacked, UnpackError> {
            unpack_layer(tar, &self.layer(), OwnerPolicy::Keep)
        }
        /// Nothing but the layer directory exists next to it.
        fn assert_nothing_outside(&self) {
            let names: Vec<_> = std::fs::read_dir(self.outer.path())
                .unwrap()
                .map(|e| e.unwrap().file_name())
                .collect();
            assert_eq!(names, ["layer"], "something was written outside the layer");
        }
    }

    fn is_root() -> bool {
        nix::unistd::geteuid().is_root()
    }

    /// Skips a test with its reason, or fails it when CI demands that everything runs.
    fn skip(reason: &str) {
        assert!(
            std::env::var_os("DEN_MUST_WORK").is_none_or(|v| v != "1"),
            "DEN_MUST_WORK=1 but this test would be skipped: {reason}"
        );
        eprintln!("skipped: {reason}");
    }

    fn refused(result: Result<Unpacked, UnpackError>, entry: &str, why: &str) {
        let err = result.expect_err("hostile entry was accepted");
        let text = err.to_string();
        assert!(text.contains(&format!("\"{entry}\"")), "{text}");
        assert!(text.contains(why), "{text}");
    }

    #[test]
    fn dotdot_and_absolute_paths_are_refused() {
        for path in ["../evil", "a/../../evil", "./../evil", "/evil", "/tmp/evil"] {
            let d = Dest::new();
            let mut t = TarBuilder::default();
            t.file(path, b"x");
            let why = if path.starts_with('/') {
                "absolute"
            } else {
                "\"..\""
            };
            refused(d.unpack(&t.finish()), path, why);
            d.assert_nothing_outside();
        }
    }

    #[test]
    fn writing_through_a_symlinked_parent_is_refused() {
        let d = Dest::new();
        let outside = d.outer.path().display().to_string();
        for (link_target, victim) in [(outside.as_str(), "l/evil"), (".", "l/evil")] {
            let mut t = TarBuilder::default();
            t.add("l", EntryType::Symlink, b"", link_target, 0o777);
            t.file(victim, b"x");
            let d = Dest::new();
            refused(d.unpack(&t.finish()), victim, "symbolic link");
            d.assert_nothing_outside();
        }
        // A directory replaced by a symlink later in the same archive.
        let mut t = TarBuilder::default();
        t.add("a/", EntryType::Directory, b"", "", 0o755);
        t.file("a/f", b"x");
        t.add("a", EntryType::Symlink, b"", &outside, 0o777);
        t.file("a/evil", b"x");
        let d2 = Dest::new();
        refused(d2.unpack(&t.finish()), "a/evil", "symbolic link");
        d2.assert_nothing_outside();
    }

    #[test]
    fn symlink_targets_may_not_climb_above_the_root() {
        let d = Dest::new();
        let mut t = TarBuilder::default();
        t.add("a/l", EntryType::Symlink, b"", "../../etc/passwd", 0o777);
        refused(d.unpack(&t.finish()), "a/l", "climbs above");
        d.assert_nothing_outside();
        // Inside the root, and absolute targets, are fine (never followed by den).
        let d = Dest::new();
        let mut t = TarBuilder::default();
        t.add("a/l", EntryType::Symlink, b"", "../b/./c", 0o777);
        t.add("lib64", EntryType::Symlink, b"", "/usr/lib64", 0o777);
        d.unpack(&t.finish()).unwrap();
        let target = std::fs::read_link(d.layer().join("a/l")).unwrap();
        assert_eq!(target, Path::new("../b/./c"));
        assert_eq!(
            std::fs::read_link(d.layer().join("lib64")).unwrap(),
            Path::new("/usr/lib64")
        );
        assert!(target_escapes(0, b".."));
        assert!(!target_escapes(1, b"../x"));
        assert!(target_escapes(1, b"x/../../.."));
    }

    #[test]
    fn hardlinks_must_point_inside_this_layer() {
        let d = Dest::new();
        std::fs::write(d.outer.path().join("secret"), "s").unwrap();
        let outside = d.outer.path().display().to_string();
        let cases: &[(&str, &str)] = &[
            ("/etc/passwd", "absolute"),
            ("../secret", "climbs out"),
            ("missing", "not in this layer"),
            ("l/secret", "symbolic link"),
            ("d", "directory"),
        ];
        for (target, why) in cases {
            let mut t = TarBuilder::default();
            t.add("l", EntryType::Symlink, b"", &outside, 0o777);
            t.add("d/", EntryType::Directory, b"", "", 0o755);
            t.add("h", EntryType::Link, b"", target, 0o644);
            let d = Dest::new();
            std::fs::write(d.outer.path().join("secret"), "s").unwrap();
            let err = d.unpack(&t.finish()).expect_err(target);
            let text = err.to_string();
            assert!(
                text.contains("\"h\"") && text.contains(why),
                "{target}: {text}"
            );
            assert!(!d.layer().join("h").exists());
        }
        let mut t = TarBuilder::default();
        t.file("f", b"data");
        t.add("h", EntryType::Link, b"", "./f", 0o644);
        let d = Dest::new();
        d.unpack(&t.finish()).unwrap();
        let (a, b) = (
            std::fs::metadata(d.layer().join("f")).unwrap(),
            std::fs::metadata(d.layer().join("h")).unwrap(),
        );
        assert_eq!(a.ino(), b.ino());
    }

    #[test]
    fn device_nodes_are_refused_fifos_are_fine() {
        for kind in [EntryType::Char, EntryType::Block] {
            let d = Dest::new();
            let mut t = TarBuilder::default();
            t.add("dev/sda", kind, b"", "", 0o600);
            refused(d.unpack(&t.finish()), "dev/sda", "device nodes");
        }
        let d = Dest::new();
        let mut t = TarBuilder::default();
        t.add("run/fifo", EntryType::Fifo, b"", "", 0o620);
        d.unpack(&t.finish()).unwrap();
        let meta = std::fs::symlink_metadata(d.layer().join("run/fifo")).unwrap();
        assert!(meta.file_type().is_fifo());
        assert_eq!(meta.permissions().mode() & 0o7777, 0o620);
    }

    #[test]
    fn truncated_streams_are_errors() {
        let mut t = TarBuilder::default();
        t.file("big", &[1u8; 5000]);
        let full = t.finish();
        // Cut inside the file's data.
        let d = Dest::new();
        let err = d.unpack(&full[..1536]).unwrap_err();
        assert!(
            matches!(err, UnpackError::Truncated { .. } | UnpackError::Read(_)),
            "{err}"
        );
        // Cut exactly after the data: no end-of-archive blocks.
        let d = Dest::new();
        let data_end = 512 + 5000usize.div_ceil(512) * 512;
        let err = d.unpack(&full[..data_end]).unwrap_err();
        assert!(matches!(err, UnpackError::NoEnd), "{err}");
        // Cut inside a header.
        let d = Dest::new();
        assert!(d.unpack(&full[..data_end + 100]).is_err());
    }

    #[test]
    fn contents_modes_mtimes_and_diff_id() {
        let mut t = TarBuilder::default();
        t.add("ro/", EntryType::Directory, b"", "", 0o555);
        t.file("ro/file", b"hello");
        t.add("bin/su", EntryType::Regular, b"x", "", 0o4755);
        t.add("deep/er/dir/", EntryType::Directory, b"", "", 0o700);
        let tar = t.finish();
        let d = Dest::new();
        let u = d.unpack(&tar).unwrap();
        assert_eq!(u.diff_id, crate::image::compress::sha256_digest(&tar));
        assert_eq!(u.size, tar.len() as u64);
        assert_eq!(u.entries, 4);
        let l = d.layer();
        assert_eq!(std::fs::read(l.join("ro/file")).unwrap(), b"hello");
        let ro = std::fs::metadata(l.join("ro")).unwrap();
        assert_eq!(ro.permissions().mode() & 0o7777, 0o555);
        assert_eq!(ro.mtime(), 1_700_000_000);
        let su = std::fs::metadata(l.join("bin/su")).unwrap();
        assert_eq!(su.permissions().mode() & 0o7777, 0o4755);
        assert_eq!(
            std::fs::metadata(l.join("bin"))
                .unwrap()
                .permissions()
                .mode()
                & 0o777,
            0o755
        );
        // Let the temp dir be removable.
        std::fs::set_permissions(l.join("ro"), std::fs::Permissions::from_mode(0o755)).unwrap();
    }

    #[test]
    fn later_entries_replace_earlier_ones() {
        let mut t = TarBuilder::default();
        t.file("x", b"1");
        t.add("x/", EntryType::Directory, b"", "", 0o755);
        t.file("x/inner", b"2");
        t.add("x", EntryType::Symlink, b"", "target", 0o777);
        t.file("y", b"old");
        t.file("y", b"new");
        let d = Dest::new();
        d.unpack(&t.finish()).unwrap();
        assert_eq!(
            std::fs::read_link(d.layer().join("x")).unwrap(),
            Path::new("target")
        );
        assert_eq!(std::fs::read(d.layer().join("y")).unwrap(), b"new");
    }

    #[test]
    fn owners_above_the_mapping_are_refused() {
        let mut t = TarBuilder::default();
        t.add_owned("etc/shadow", EntryType::Regular, b"x", "", 0o640, 0, 70000);
        let d = Dest::new();
        let err = unpack_layer(
            &t.finish()[..],
            &d.layer(),
            OwnerPolicy::Chown {
                max_uid: 65536,
                max_gid: 65536,
            },
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("\"etc/shadow\"") && text.contains("gid 70000"),
            "{text}"
        );
        assert!(!d.layer().join("etc/shadow").exists());
    }

    #[test]
    fn chown_as_root_keeps_setuid_bits() {
        if !is_root() {
            skip("chown needs root (or den's user namespace)");
            return;
        }
        let mut t = TarBuilder::default();
        t.add_owned("bin/tool", EntryType::Regular, b"x", "", 0o6755, 42, 43);
        t.add_owned("var/cache/", EntryType::Directory, b"", "", 0o2775, 42, 42);
        t.add_owned("link", EntryType::Symlink, b"", "bin/tool", 0o777, 7, 8);
        let d = Dest::new();
        let policy = OwnerPolicy::Chown {
            max_uid: 65536,
            max_gid: 65536,
        };
        unpack_layer(&t.finish()[..], &d.layer(), policy).unwrap();
        let m = std::fs::metadata(d.layer().join("bin/tool")).unwrap();
        assert_eq!(
            (m.uid(), m.gid(), m.permissions().mode() & 0o7777),
            (42, 43, 0o6755)
        );
        let m = std::fs::metadata(d.layer().join("var/cache")).unwrap();
        assert_eq!((m.uid(), m.permissions().mode() & 0o7777), (42, 0o2775));
        let m = std::fs::symlink_metadata(d.layer().join("link")).unwrap();
        assert_eq!((m.uid(), m.gid()), (7, 8));
    }

    #[test]
    fn one_id_mode_records_owners_in_an_xattr() {
        let probe = tempfile::tempdir().unwrap();
        if crate::sys::lsetxattr(probe.path(), "user.den.probe", b"1").is_err() {
            skip("the temp filesystem does not support user xattrs");
            return;
        }
        let mut t = TarBuilder::default();
        t.add_owned(
            "var/cache/apt/partial/",
            EntryType::Directory,
            b"",
            "",
            0o700,
            42,
            0,
        );
        t.add_owned("home/u/f", EntryType::Regular, b"x", "", 0o600, 1000, 1000);
        t.add_owned("rootfile", EntryType::Regular, b"x", "", 0o600, 0, 0);
        let d = Dest::new();
        unpack_layer(&t.finish()[..], &d.layer(), OwnerPolicy::Record).unwrap();
        let get = |p: &str| crate::sys::lgetxattr(&d.layer().join(p), OWNER_XATTR).unwrap();
        assert_eq!(get("var/cache/apt/partial").as_deref(), Some(&b"42:0"[..]));
        assert_eq!(get("home/u/f").as_deref(), Some(&b"1000:1000"[..]));
        assert_eq!(get("rootfile"), None);
    }

    #[test]
    fn whiteouts_become_overlay_whiteouts() {
        if !is_root() {
            skip("creating a 0/0 character device needs root or a user namespace");
            return;
        }
        let mut t = TarBuilder::default();
        t.file("etc/issue.net", b"old");
        t.file("etc/.wh.issue.net", b"");
        t.add("etc/skel/", EntryType::Directory, b"", "", 0o755);
        t.file("etc/skel/.wh..wh..opq", b"");
        t.file("etc/skel/new", b"n");
        t.file("gone/.wh.file", b"");
        t.file("x/.wh..wh.plnk", b"");
        let d = Dest::new();
        match d.unpack(&t.finish()) {
            Ok(_) => {}
            Err(e) if e.to_string().contains("character device") => {
                skip(&format!("mknod refused here: {e}"));
                return;
            }
            Err(e) => panic!("{e}"),
        }
        let l = d.layer();
        for w in ["etc/issue.net", "gone/file"] {
            let m = std::fs::symlink_metadata(l.join(w)).unwrap();
            assert!(m.file_type().is_char_device(), "{w}");
            assert_eq!(m.rdev(), 0);
        }
        assert!(!l.join("etc/.wh.issue.net").exists());
        assert!(!l.join("x/.wh..wh.plnk").exists());
        assert!(l.join("etc/skel/new").exists());
        assert_eq!(
            crate::sys::lgetxattr(&l.join("etc/skel"), OPAQUE_XATTR)
                .unwrap()
                .as_deref(),
            Some(&b"y"[..])
        );
        assert!(!l.join("etc/skel/.wh..wh..opq").exists());
    }

    #[test]
    fn pax_long_names_and_times() {
        let mut b = tar::Builder::new(Vec::new());
        let long = format!("{}/file", "d".repeat(150));
        let mut h = tar::Header::new_gnu();
        h.set_size(2);
        h.set_mode(0o644);
        h.set_mtime(5);
        h.set_uid(0);
        h.set_gid(0);
        b.append_data(&mut h, &long, &b"hi"[..]).unwrap();
        let tar = b.into_inner().unwrap();
        let d = Dest::new();
        d.unpack(&tar).unwrap();
        assert_eq!(std::fs::read(d.layer().join(&long)).unwrap(), b"hi");
        assert_eq!(parse_pax_time("12.5"), Some((12, 500_000_000)));
        assert_eq!(parse_pax_time("x"), None);
    }
}
