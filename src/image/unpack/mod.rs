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

use std::cell::RefCell;
use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::io::{self, Read};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use nix::errno::Errno;
use nix::fcntl::{AtFlags, OFlag, openat};
use nix::sys::stat::{Mode, fchmod, fstatat, futimens};
use nix::sys::time::TimeSpec;
use nix::unistd::{Gid, Uid, UnlinkatFlags, fchown, fchownat, unlinkat};
use tar::EntryType;

mod kinds;
mod sparse;
mod stream;
#[cfg(test)]
mod tests_sparse;
mod walk;

use kinds::Place;
use sparse::PaxSparse;
use stream::Window;
use walk::{Cursor, WalkError, display_components, open_dir_nofollow, split_path};

/// The xattr that keeps an image file's owner in one-id mode.
pub const OWNER_XATTR: &str = "user.den.owner";
/// The xattr overlayfs (mounted with `userxattr`) reads to mark a directory opaque.
pub const OPAQUE_XATTR: &str = "user.overlay.opaque";

const WHITEOUT_PREFIX: &str = ".wh.";
const OPAQUE_WHITEOUT: &str = ".wh..wh..opq";

/// What an entry's name says when it is an OCI whiteout.
enum Whiteout<'a> {
    /// `.wh..wh..opq`: the directory hides what lower layers have in it.
    Opaque,
    /// `.wh.NAME`: hides `NAME`.
    Hides(&'a [u8]),
    /// `.wh..wh.*` other than the opaque marker: aufs bookkeeping.
    AufsMeta,
    /// `.wh.`, `.wh..`, `.wh...`.
    Invalid,
}

impl Whiteout<'_> {
    fn of(name: &[u8]) -> Option<Whiteout<'_>> {
        if name == OPAQUE_WHITEOUT.as_bytes() {
            return Some(Whiteout::Opaque);
        }
        let hidden = name.strip_prefix(WHITEOUT_PREFIX.as_bytes())?;
        Some(if hidden.starts_with(WHITEOUT_PREFIX.as_bytes()) {
            Whiteout::AufsMeta
        } else if hidden.is_empty() || hidden == b"." || hidden == b".." {
            Whiteout::Invalid
        } else {
            Whiteout::Hides(hidden)
        })
    }
}

/// The link target of a symlink or hardlink entry (empty when it has none).
fn link_target<R: Read>(entry: &tar::Entry<'_, R>) -> Vec<u8> {
    entry
        .link_name_bytes()
        .map(std::borrow::Cow::into_owned)
        .unwrap_or_default()
}

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
    /// Bytes of the uncompressed tar stream. The store counts this as the layer's size
    /// (`layer.json`, `images`, `system df`): a sparse file counts with its data regions and
    /// map only, about what it allocates on disk, never with its apparent size.
    pub size: u64,
    /// Number of entries.
    pub entries: u64,
}

/// Unpacks the tar in `blob` (gzip, zstd or none, told by its magic bytes) into the existing,
/// empty directory `dest`. The blob is decompressed and hashed on two more threads while
/// this one writes the files (`stream.rs`).
///
/// On error the caller removes `dest`: nothing has been written outside it.
pub fn unpack_layer(
    blob: impl Read + Send,
    dest: &Path,
    policy: OwnerPolicy,
) -> Result<Unpacked, UnpackError> {
    let root = open_dir_nofollow(None, dest.as_os_str()).map_err(|e| UnpackError::Write {
        entry: String::new(),
        source: e.into(),
    })?;
    std::thread::scope(|s| {
        let (tap, window, hashed) = stream::spawn(s, blob);
        // `tap` goes with this call's locals when it returns, early or not: the threads
        // then see it gone and end, and the scope can join them.
        let (tap, end_of_data, entries) = unpack_entries(tap, &window, root, dest, policy)?;
        tap.drain().map_err(UnpackError::Read)?;
        let (diff_id, size) = hashed
            .join()
            .map_err(|_| UnpackError::Read(io::Error::other("the hashing thread panicked")))?;
        // tar stops at a zero block or at the end of the stream; only the first is a real end.
        if size < end_of_data + 512 {
            return Err(UnpackError::NoEnd);
        }
        Ok(Unpacked {
            diff_id,
            size,
            entries,
        })
    })
}

/// Writes every entry of the stream `tap` below `root`; gives the tap back with the stream
/// position where the last entry's data ends and the number of entries.
fn unpack_entries(
    tap: stream::Tap,
    window: &Rc<RefCell<Window>>,
    root: OwnedFd,
    dest: &Path,
    policy: OwnerPolicy,
) -> Result<(stream::Tap, u64, u64), UnpackError> {
    let creator = Creator::of(&root);
    let mut unpacker = Unpacker {
        creator,
        sparse_limit: sparse::sparse_limit(dest),
        window: Rc::clone(window),
        dest: dest.to_path_buf(),
        policy,
        cursor: Cursor {
            root,
            stack: Vec::new(),
        },
        dirs: Vec::new(),
        dir_index: HashMap::new(),
        copy_buf: Vec::new(),
    };
    let mut archive = tar::Archive::new(tap);
    let mut entries = 0;
    let mut end_of_data = 0;
    for entry in archive.entries().map_err(UnpackError::Read)? {
        let entry = entry.map_err(|e| name_bad_header(e, &window.borrow(), end_of_data))?;
        let data_size = entry.header().entry_size().map_err(UnpackError::Read)?;
        // The tar crate has read up to the data (past any GNU sparse extension blocks).
        end_of_data = window.borrow().end() + data_size.div_ceil(512) * 512;
        unpacker.entry(entry)?;
        entries += 1;
    }
    unpacker.finish_dirs()?;
    Ok((archive.into_inner(), end_of_data, entries))
}

/// Names the entry whose header the tar crate refused, when it is a GNU sparse header at
/// `pos` (the crate checks those maps before den sees the entry).
fn name_bad_header(e: io::Error, window: &Window, pos: u64) -> UnpackError {
    let block = window.block_at(pos);
    let header = block.as_ref().map(|b| tar::Header::from_byte_slice(b));
    match header.filter(|h| h.entry_type().is_gnu_sparse()) {
        Some(h) => UnpackError::refused(
            &String::from_utf8_lossy(&h.path_bytes()),
            format!("bad sparse map: {e}"),
        ),
        None => UnpackError::Read(e),
    }
}

/// The metadata of one entry, from its header and PAX records.
struct Meta {
    uid: u64,
    gid: u64,
    mode: u32,
    mtime: TimeSpec,
    xattrs: Vec<(String, Vec<u8>)>,
    /// GNU tar's PAX sparse records, if any.
    sparse: PaxSparse,
}

/// A directory whose mode and mtime are set after all entries are written (its contents
/// would change the mtime, and a read-only mode could block them).
struct DirMeta {
    components: Vec<OsString>,
    mode: u32,
    mtime: Option<TimeSpec>,
    /// The group the directory was given (it has it from its entry on).
    gid: u64,
}

struct Unpacker {
    dest: PathBuf,
    policy: OwnerPolicy,
    cursor: Cursor,
    dirs: Vec<DirMeta>,
    dir_index: HashMap<Vec<OsString>, usize>,
    /// The raw bytes last read, for GNU sparse extension blocks.
    window: Rc<RefCell<Window>>,
    /// The largest apparent size of a sparse file.
    sparse_limit: u64,
    /// Where file data passes from the stream to the file (allocated at the first file).
    copy_buf: Vec<u8>,
    /// What a new entry gets without being asked, to skip calls that would change nothing.
    creator: Creator,
}

/// The owner and mode bits a new entry below the layer root gets from the kernel: the
/// process's ids (no directory in the layer is setgid while it unpacks: modes are applied at
/// the end, and the root is checked) and the mode asked for less the umask.
#[derive(Debug, Clone, Copy)]
struct Creator {
    /// The ids of a new entry, `None` when the root is setgid (new entries take its group).
    ids: Option<(u64, u64)>,
    /// The umask, when /proc says it.
    umask: Option<u32>,
}

impl Creator {
    fn of(root: &OwnedFd) -> Creator {
        let setgid = nix::sys::stat::fstat(root).map_or(true, |st| st.st_mode & libc::S_ISGID != 0);
        let ids = (!setgid).then(|| {
            (
                u64::from(nix::unistd::geteuid().as_raw()),
                u64::from(nix::unistd::getegid().as_raw()),
            )
        });
        Creator {
            ids,
            umask: read_umask(),
        }
    }

    /// Whether a new entry owned by `meta`'s ids, made in a directory of group `parent_gid`,
    /// needs no chown. The parent's group must be the process's too: where new entries take
    /// their directory's group (a file system mounted `grpid`), that is the group they get.
    fn owns_like(&self, meta: &Meta, parent_gid: u64) -> bool {
        self.ids == Some((meta.uid, meta.gid)) && parent_gid == meta.gid
    }

    /// The mode to create a regular file with, and whether it comes out exactly so (no
    /// setuid, setgid or sticky bit, which a chown would clear or the umask might drop; no
    /// bit the umask takes away).
    fn file_mode(&self, mode: u32) -> (u32, bool) {
        match self.umask {
            Some(umask) if mode & 0o7000 == 0 && mode & umask == 0 => (mode, true),
            _ => (0o600, false),
        }
    }
}

/// The process's umask from /proc/self/status (reading it with umask(2) would change it for
/// every thread for a moment).
fn read_umask() -> Option<u32> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("Umask:"))?;
    u32::from_str_radix(line.trim(), 8).ok()
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
    /// Writes one entry: works out its name, metadata and kind, then hands it to the
    /// function for its kind (in `kinds.rs`).
    fn entry<R: Read>(&mut self, mut entry: tar::Entry<'_, R>) -> Result<(), UnpackError> {
        let kind = entry.header().entry_type();
        if matches!(kind, EntryType::XGlobalHeader) {
            return Ok(());
        }
        let header_path = entry.path_bytes().into_owned();
        let meta = Self::meta(&mut entry, &String::from_utf8_lossy(&header_path))?;
        // GNU sparse 0.1 and 1.0 keep the real name in a record.
        let raw = meta.sparse.name.clone().unwrap_or(header_path);
        let shown = String::from_utf8_lossy(&raw).into_owned();
        self.check_owner(&meta, &shown)?;
        let components = split_path(&raw, &shown)?;
        let Some((name, parents)) = components.split_last() else {
            return self.write_root(kind.is_dir(), &meta, &shown);
        };
        let place = Place {
            shown: &shown,
            components: &components,
            name,
            parents,
        };
        match Whiteout::of(name.as_bytes()) {
            Some(Whiteout::Opaque) => return self.write_opaque(&place),
            Some(Whiteout::Hides(hidden)) => {
                return self.write_whiteout(&place, OsStr::from_bytes(hidden));
            }
            // Other aufs metadata (.wh..wh.plnk, .wh..wh.aufs): not part of the tree.
            Some(Whiteout::AufsMeta) => return Ok(()),
            Some(Whiteout::Invalid) => {
                return Err(UnpackError::refused(&shown, "invalid whiteout name"));
            }
            None => {}
        }
        match kind {
            EntryType::Regular | EntryType::Continuous if meta.sparse.is_sparse() => {
                let size = entry.size();
                self.write_pax_sparse(&place, &meta, &mut entry, size)
            }
            _ if meta.sparse.is_sparse() => Err(UnpackError::refused(
                &shown,
                "GNU sparse records on an entry that is not a regular file",
            )),
            EntryType::Directory => self.write_dir(&place, &meta),
            EntryType::Regular | EntryType::Continuous => {
                let size = entry.size();
                self.write_file(&place, &meta, &mut entry, size)
            }
            EntryType::GNUSparse => self.write_gnu_sparse(&place, &meta, &mut entry),
            EntryType::Symlink => self.write_symlink(&place, &meta, &link_target(&entry)),
            EntryType::Link => self.write_hardlink(&place, &link_target(&entry)),
            EntryType::Fifo => self.write_fifo(&place, &meta),
            EntryType::Char | EntryType::Block => Err(UnpackError::refused(
                &shown,
                "device nodes are not allowed in images",
            )),
            other => Err(UnpackError::refused(
                &shown,
                format!("unsupported tar entry type {:?}", other.as_byte() as char),
            )),
        }
    }

    /// The metadata of `entry`, from its header and PAX records.
    fn meta<R: Read>(entry: &mut tar::Entry<'_, R>, shown: &str) -> Result<Meta, UnpackError> {
        let header = entry.header();
        let bad = |e: io::Error| UnpackError::refused(shown, format!("bad header: {e}"));
        let mut meta = Meta {
            uid: header.uid().map_err(bad)?,
            gid: header.gid().map_err(bad)?,
            mode: header.mode().map_err(bad)? & 0o7777,
            mtime: timespec(header.mtime().map_err(bad)?, 0),
            xattrs: Vec::new(),
            sparse: PaxSparse::default(),
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
                    _ if meta.sparse.record(key, value) => {}
                    _ => {
                        if let Some(name) = key.strip_prefix("SCHILY.xattr.") {
                            meta.xattrs.push((name.to_string(), value.to_vec()));
                        }
                    }
                }
            }
        }
        Ok(meta)
    }

    /// Refuses owners above the mapped ids.
    fn check_owner(&self, meta: &Meta, shown: &str) -> Result<(), UnpackError> {
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
        Ok(())
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

    /// Creates a regular file exclusively with `mode`, replacing whatever the archive put
    /// there before.
    fn create_file(
        &mut self,
        parents: &[OsString],
        name: &OsStr,
        shown: &str,
        mode: u32,
    ) -> Result<OwnedFd, UnpackError> {
        let flags =
            OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_NOFOLLOW | OFlag::O_CLOEXEC;
        let mode = Mode::from_bits_truncate(mode);
        match openat(self.dir(parents, shown)?, name, flags, mode) {
            Ok(fd) => Ok(fd),
            Err(Errno::EEXIST) => {
                let parent = self
                    .dir(parents, shown)?
                    .try_clone_to_owned()
                    .map_err(|e| write_err(shown, e))?;
                self.remove_existing(parent.as_fd(), parents, name, shown)?;
                openat(&parent, name, flags, mode).map_err(|e| write_err(shown, e.into()))
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

    /// Sets the owner of the entry `name` in `dir` (the directory `parents`) just created as
    /// the policy says, unless the kernel gave it that owner already.
    fn chown_new(
        &self,
        dir: BorrowedFd<'_>,
        parents: &[OsString],
        name: Option<&OsStr>,
        meta: &Meta,
        shown: &str,
    ) -> Result<(), UnpackError> {
        // A directory with no entry of its own (yet) was made by this process: its group.
        let parent_gid = match self.dir_index.get(parents) {
            Some(&i) => self.dirs[i].gid,
            None => self.creator.ids.map_or(u64::MAX, |(_, gid)| gid),
        };
        if self.creator.owns_like(meta, parent_gid) {
            return Ok(());
        }
        self.chown(dir, name, meta, shown)
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
        let record =
            record_owner && self.policy == OwnerPolicy::Record && (meta.uid, meta.gid) != (0, 0);
        if !record && meta.xattrs.is_empty() {
            return;
        }
        let path = self.full_path(components);
        if record {
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
        let gid = match self.policy {
            OwnerPolicy::Chown { .. } => meta.gid,
            _ => self.creator.ids.map_or(u64::MAX, |(_, gid)| gid),
        };
        let dir = DirMeta {
            components: components.clone(),
            mode: meta.mode,
            mtime: Some(meta.mtime),
            gid,
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
mod tests;
