//! The FUSE filesystem of the built-in overlay (fuser's `Filesystem`): each request resolved
//! through the inode table and the merge rules of `layers`, data ops on real descriptors.
//! Requests run on several threads; changes to the tree (copy-up, create, remove, rename)
//! are serialised by one lock, reads and writes of open files are not.

use std::collections::HashMap;
use std::ffi::{OsStr, OsString};
use std::fs::{self, File, Metadata};
use std::io;
use std::os::fd::AsFd;
use std::os::unix::fs::{FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fuser::{
    AccessFlags, Errno, FileAttr, FileHandle, FileType, Filesystem, FopenFlags, Generation,
    INodeNo, InitFlags, KernelConfig, LockOwner, OpenAccMode, OpenFlags, RenameFlags, ReplyAttr,
    ReplyCreate, ReplyData, ReplyDirectory, ReplyDirectoryPlus, ReplyEmpty, ReplyEntry, ReplyLseek,
    ReplyOpen, ReplyStatfs, ReplyWrite, ReplyXattr, Request, TimeOrNow, WriteFlags,
};
use nix::unistd::{Gid, Uid, fchownat};

use crate::driver::fuse::idshift::IdShift;
use crate::driver::fuse::inode::{Node, Table};
use crate::driver::fuse::layers::{
    Found, Layers, clear_whiteout, is_private_xattr, make_opaque, make_whiteout,
};
use crate::driver::fuse::listing::Listings;
use crate::sys::{lgetxattr, llistxattr, lremovexattr, lsetxattr_flags};

/// How long the kernel may cache names and attributes. Only this server changes the layers
/// (the lower ones never change, the upper dir is the container's alone) and every change
/// passes through it, so the kernel's caches stay right.
const TTL: Duration = Duration::from_secs(10);

type Res<T> = Result<T, Errno>;

fn errno(e: io::Error) -> Errno {
    Errno::from(e)
}

fn nix_errno(e: nix::Error) -> Errno {
    Errno::from_i32(e as i32)
}

/// One entry of a directory's merged listing.
pub struct DirEntry {
    name: OsString,
    ino: u64,
    attr: FileAttr,
}

/// An open file: its inode, and whether it is the upper dir's file (a handle opened from a
/// lower layer keeps reading the image's file after a copy-up, and must never change it).
struct OpenFile {
    ino: u64,
    upper: bool,
    file: Arc<File>,
}

pub struct OverlayFs {
    layers: Layers,
    shift: IdShift,
    table: Mutex<Table>,
    tree: Mutex<()>,
    /// Open files by handle, each with its inode: a file unlinked while open still answers
    /// getattr (the kernel sends fstat's GETATTR without the handle).
    files: Mutex<HashMap<u64, OpenFile>>,
    /// The last attributes of inodes whose last name was removed (unlinked, or replaced by a
    /// rename): the kernel still sends them a SETATTR of their times after the unlink, and a
    /// failure there would come back as EIO from a later close or fsync.
    gone: Mutex<HashMap<u64, FileAttr>>,
    /// The listings READDIR passes are reading (there is no OPENDIR: see `listing`).
    dirs: Listings<DirEntry>,
    next_fh: AtomicU64,
    /// A `--rm` container's mount: its upper dir is thrown away at exit, so fsync need not
    /// reach the disk (kernel overlay's `volatile`).
    volatile: bool,
    /// The kernel's writeback cache is on (set at init): it then keeps file sizes and
    /// O_APPEND offsets itself and may read through a handle opened write-only.
    writeback: bool,
}

pub(super) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn time(secs: i64, nsec: i64) -> SystemTime {
    if secs >= 0 {
        UNIX_EPOCH + Duration::new(secs as u64, nsec as u32)
    } else {
        UNIX_EPOCH
    }
}

impl OverlayFs {
    pub fn new(layers: Layers, shift: IdShift, volatile: bool) -> Self {
        let root = layers.root();
        Self {
            layers,
            shift,
            table: Mutex::new(Table::new(root)),
            tree: Mutex::new(()),
            files: Mutex::new(HashMap::new()),
            gone: Mutex::new(HashMap::new()),
            dirs: Listings::default(),
            next_fh: AtomicU64::new(1),
            volatile,
            writeback: false,
        }
    }

    fn attr(&self, ino: u64, meta: &Metadata) -> FileAttr {
        FileAttr {
            ino: INodeNo(ino),
            size: meta.size(),
            blocks: meta.blocks(),
            atime: time(meta.atime(), meta.atime_nsec()),
            mtime: time(meta.mtime(), meta.mtime_nsec()),
            ctime: time(meta.ctime(), meta.ctime_nsec()),
            crtime: UNIX_EPOCH,
            kind: FileType::from_std(meta.file_type()).unwrap_or(FileType::RegularFile),
            perm: (meta.mode() & 0o7777) as u16,
            nlink: meta.nlink() as u32,
            uid: self.shift.uid_inside(meta.uid()),
            gid: self.shift.gid_inside(meta.gid()),
            rdev: meta.rdev() as u32,
            blksize: meta.blksize() as u32,
            flags: 0,
        }
    }

    fn node(&self, ino: INodeNo) -> Res<Node> {
        lock(&self.table).get(ino.0).ok_or(Errno::ENOENT)
    }

    fn real(&self, node: &Node) -> PathBuf {
        self.layers.real(node.found.top, &node.path)
    }

    fn file(&self, fh: FileHandle) -> Res<Arc<File>> {
        lock(&self.files)
            .get(&fh.0)
            .map(|f| f.file.clone())
            .ok_or(Errno::EBADF)
    }

    /// Any open file of inode `ino`.
    fn open_file_of(&self, ino: u64) -> Option<Arc<File>> {
        lock(&self.files)
            .values()
            .find(|f| f.ino == ino)
            .map(|f| f.file.clone())
    }

    /// Registers `file` of inode `ino`, opened from the upper dir when `upper`.
    fn add_file(&self, ino: u64, upper: bool, file: File) -> FileHandle {
        let fh = self.next_fh.fetch_add(1, Ordering::Relaxed);
        let file = Arc::new(file);
        lock(&self.files).insert(fh, OpenFile { ino, upper, file });
        FileHandle(fh)
    }

    /// The found range of every ancestor of `rel` and of `rel` itself, root first.
    fn ancestry(&self, rel: &Path) -> Res<Vec<(PathBuf, Found)>> {
        let mut found = self.layers.root();
        let mut chain = vec![(PathBuf::new(), found)];
        let mut cur = PathBuf::new();
        for part in rel.components() {
            cur.push(part);
            found = self.layers.find(found, &cur).ok_or(Errno::ENOENT)?.0;
            chain.push((cur.clone(), found));
        }
        Ok(chain)
    }

    /// Copies `ino` (and its parent directories) into the upper dir unless it is there;
    /// the caller holds the tree lock. Returns the node as it now is.
    fn copy_up_locked(&self, ino: u64) -> Res<Node> {
        let node = lock(&self.table).get(ino).ok_or(Errno::ENOENT)?;
        if node.found.top == 0 {
            return Ok(node);
        }
        let chain = self.ancestry(&node.path)?;
        let is_dir = fs::symlink_metadata(self.real(&node))
            .map_err(errno)?
            .is_dir();
        if is_dir {
            self.layers.copy_up_dirs(&chain).map_err(errno)?;
        } else {
            self.layers
                .copy_up_dirs(&chain[..chain.len() - 1])
                .map_err(errno)?;
            self.layers
                .copy_up_file(node.found.top, &node.path)
                .map_err(errno)?;
        }
        let found = Found {
            top: 0,
            bottom: if is_dir { node.found.bottom } else { 0 },
        };
        let mut table = lock(&self.table);
        for (p, f) in &chain[..chain.len() - 1] {
            if f.top != 0 {
                table.upsert(
                    p,
                    Found {
                        top: 0,
                        bottom: f.bottom,
                    },
                );
            }
        }
        table.set_found(ino, found);
        Ok(Node {
            path: node.path,
            found,
        })
    }

    fn copy_up(&self, ino: u64) -> Res<Node> {
        let _tree = lock(&self.tree);
        self.copy_up_locked(ino)
    }

    /// Readies upper `parent/name` for a new entry (tree lock held): the parent copied up,
    /// an existing visible name refused, a whiteout cleared. Returns the parent, the new
    /// path and whether a lower layer had the name (a new directory must then be opaque).
    fn prepare_new(&self, parent: INodeNo, name: &OsStr) -> Res<(Node, PathBuf, bool)> {
        let p = self.copy_up_locked(parent.0)?;
        let rel = p.path.join(name);
        if self.layers.find(p.found, &rel).is_some() {
            return Err(Errno::EEXIST);
        }
        let up = self.layers.real(0, &rel);
        let whiteout = clear_whiteout(&up).map_err(errno)?;
        let lower = whiteout || self.layers.lower_has(p.found, &rel);
        Ok((p, rel, lower))
    }

    /// Gives a new upper entry the caller's ids (stored through the shift) and registers it.
    fn finish_new(&self, req: &Request, parent: &Node, rel: &Path) -> Res<(u64, FileAttr)> {
        let up = self.layers.real(0, rel);
        let parent_meta = fs::metadata(self.layers.real(0, &parent.path)).map_err(errno)?;
        let gid = if parent_meta.mode() & 0o2000 != 0 {
            parent_meta.gid()
        } else {
            self.shift.gid_stored(req.gid())
        };
        fchownat(
            nix::fcntl::AT_FDCWD,
            &up,
            Some(Uid::from_raw(self.shift.uid_stored(req.uid()))),
            Some(Gid::from_raw(gid)),
            nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
        )
        .map_err(nix_errno)?;
        let meta = fs::symlink_metadata(&up).map_err(errno)?;
        let ino = lock(&self.table).upsert(rel, Found { top: 0, bottom: 0 });
        Ok((ino, self.attr(ino, &meta)))
    }

    fn lookup_inner(&self, parent: INodeNo, name: &OsStr) -> Res<(u64, FileAttr)> {
        let p = self.node(parent)?;
        let rel = p.path.join(name);
        let (found, meta) = self.layers.find(p.found, &rel).ok_or(Errno::ENOENT)?;
        let ino = lock(&self.table).upsert(&rel, found);
        Ok((ino, self.attr(ino, &meta)))
    }

    fn remove(&self, parent: INodeNo, name: &OsStr, dir: bool) -> Res<()> {
        let _tree = lock(&self.tree);
        let p = self.copy_up_locked(parent.0)?;
        let rel = p.path.join(name);
        let (found, meta) = self.layers.find(p.found, &rel).ok_or(Errno::ENOENT)?;
        if dir != meta.is_dir() {
            return Err(if dir { Errno::ENOTDIR } else { Errno::EISDIR });
        }
        if dir && !self.layers.list(found, &rel).is_empty() {
            return Err(Errno::ENOTEMPTY);
        }
        let up = self.layers.real(0, &rel);
        if found.top == 0 {
            if dir {
                // Only whiteouts can be left in it: the merged listing is empty.
                fs::remove_dir_all(&up).map_err(errno)?;
            } else {
                fs::remove_file(&up).map_err(errno)?;
            }
        }
        if self.layers.lower_has(p.found, &rel) {
            make_whiteout(&up).map_err(errno)?;
        }
        let mut table = lock(&self.table);
        let ino = table.ino_of(&rel);
        if dir {
            table.remove(&rel);
        } else {
            table.remove_file(&rel);
        }
        drop(table);
        self.note_gone(ino, &meta);
        Ok(())
    }

    /// Keeps the attributes of `ino` (last seen as `meta`) if it has no name left.
    fn note_gone(&self, ino: Option<u64>, meta: &Metadata) {
        if let Some(ino) = ino
            && !lock(&self.table).linked(ino)
        {
            let mut attr = self.attr(ino, meta);
            attr.nlink = 0;
            lock(&self.gone).insert(ino, attr);
        }
    }

    fn rename_inner(
        &self,
        parent: INodeNo,
        name: &OsStr,
        newparent: INodeNo,
        newname: &OsStr,
        flags: RenameFlags,
    ) -> Res<()> {
        let noreplace = flags.bits() & libc::RENAME_NOREPLACE != 0;
        if flags.bits() & !libc::RENAME_NOREPLACE != 0 {
            return Err(Errno::EINVAL);
        }
        let _tree = lock(&self.tree);
        let p = self.copy_up_locked(parent.0)?;
        let rel = p.path.join(name);
        let (found, meta) = self.layers.find(p.found, &rel).ok_or(Errno::ENOENT)?;
        // As kernel overlayfs without redirect_dir: a directory with lower contents cannot be
        // renamed in place; `mv` then copies and deletes.
        if meta.is_dir() && (found.top != 0 || found.bottom != 0) {
            return Err(Errno::EXDEV);
        }
        let ino = lock(&self.table).upsert(&rel, found);
        self.copy_up_locked(ino)?;
        let np = self.copy_up_locked(newparent.0)?;
        let newrel = np.path.join(newname);
        let dst = self.layers.real(0, &newrel);
        let mut dest_had_lower = false;
        let mut replaced = None;
        if let Some((dfound, dmeta)) = self.layers.find(np.found, &newrel) {
            if noreplace {
                return Err(Errno::EEXIST);
            }
            if dmeta.is_dir() {
                if !meta.is_dir() {
                    return Err(Errno::EISDIR);
                }
                if !self.layers.list(dfound, &newrel).is_empty() {
                    return Err(Errno::ENOTEMPTY);
                }
                if dfound.top == 0 {
                    fs::remove_dir_all(&dst).map_err(errno)?;
                }
            } else if meta.is_dir() {
                return Err(Errno::ENOTDIR);
            }
            dest_had_lower = self.layers.lower_has(np.found, &newrel);
            replaced = Some((lock(&self.table).ino_of(&newrel), dmeta));
        } else {
            dest_had_lower = clear_whiteout(&dst).map_err(errno)? || dest_had_lower;
        }
        let src = self.layers.real(0, &rel);
        fs::rename(&src, &dst).map_err(errno)?;
        if self.layers.lower_has(p.found, &rel) {
            make_whiteout(&src).map_err(errno)?;
        }
        if meta.is_dir() && dest_had_lower {
            make_opaque(&dst).map_err(errno)?;
        }
        lock(&self.table).rename(&rel, &newrel);
        if let Some((ino, meta)) = replaced {
            self.note_gone(ino, &meta);
        }
        Ok(())
    }

    fn open_real(&self, node: &Node, flags: i32, create_mode: Option<u32>) -> Res<File> {
        let flags = open_flags(flags, self.writeback);
        let mut opts = fs::OpenOptions::new();
        match flags & libc::O_ACCMODE {
            libc::O_WRONLY => opts.write(true),
            libc::O_RDWR => opts.read(true).write(true),
            _ => opts.read(true),
        };
        let passed = flags & !(libc::O_ACCMODE | libc::O_CREAT | libc::O_EXCL | libc::O_NOCTTY);
        opts.custom_flags(passed | libc::O_CLOEXEC);
        if let Some(mode) = create_mode {
            opts.create_new(true).mode(mode);
            if flags & libc::O_ACCMODE == libc::O_RDONLY {
                opts.write(true);
            }
        }
        opts.open(self.real(node)).map_err(errno)
    }

    /// Where a SETATTR lands: the real file by its path; for a file unlinked while open (its
    /// path gone, or another file's now) an upper handle of it, the request's or else any
    /// (apt makes its cache files so and grows them with ftruncate); else, for an inode with
    /// no name left, its last attributes. Called with the tree lock held.
    fn setattr_target(&self, ino: u64, fh: Option<FileHandle>) -> Res<Target> {
        if lock(&self.table).linked(ino) {
            let node = self.copy_up_locked(ino)?;
            return Ok(Target::Real(RealFile::Path(self.real(&node))));
        }
        let files = lock(&self.files);
        let of_ino = |f: &&OpenFile| f.ino == ino && f.upper;
        if let Some(f) = fh
            .and_then(|fh| files.get(&fh.0).filter(of_ino))
            .or_else(|| files.values().find(of_ino))
        {
            return Ok(Target::Real(RealFile::Open(f.file.clone())));
        }
        lock(&self.gone)
            .get(&ino)
            .map(|attr| Target::Gone(*attr))
            .ok_or(Errno::ENOENT)
    }

    #[allow(clippy::too_many_arguments)] // the SETATTR request's fields, passed on
    fn setattr_inner(
        &self,
        ino: INodeNo,
        mode: Option<u32>,
        uid: Option<u32>,
        gid: Option<u32>,
        size: Option<u64>,
        atime: Option<TimeOrNow>,
        mtime: Option<TimeOrNow>,
        fh: Option<FileHandle>,
    ) -> Res<FileAttr> {
        let _tree = lock(&self.tree);
        let target = self.setattr_target(ino.0, fh)?;
        let target = match target {
            Target::Real(file) => file,
            Target::Gone(mut attr) => {
                // The kernel updating a removed inode's times (its writeback of them after the
                // unlink, or at the last close): kept, as nothing else of it can change.
                if mode.is_some() || uid.is_some() || gid.is_some() || size.is_some() {
                    return Err(Errno::ENOENT);
                }
                let at = |t: TimeOrNow| match t {
                    TimeOrNow::Now => SystemTime::now(),
                    TimeOrNow::SpecificTime(t) => t,
                };
                attr.atime = atime.map_or(attr.atime, at);
                attr.mtime = mtime.map_or(attr.mtime, at);
                lock(&self.gone).insert(ino.0, attr);
                return Ok(attr);
            }
        };
        let meta = target.metadata()?;
        if let Some(mode) = mode
            && !meta.file_type().is_symlink()
        {
            let perm = fs::Permissions::from_mode(mode & 0o7777);
            match &target {
                RealFile::Path(path) => fs::set_permissions(path, perm),
                RealFile::Open(f) => f.set_permissions(perm),
            }
            .map_err(errno)?;
        }
        if uid.is_some() || gid.is_some() {
            let uid = uid.map(|u| Uid::from_raw(self.shift.uid_stored(u)));
            let gid = gid.map(|g| Gid::from_raw(self.shift.gid_stored(g)));
            match &target {
                RealFile::Path(path) => fchownat(
                    nix::fcntl::AT_FDCWD,
                    path,
                    uid,
                    gid,
                    nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW,
                ),
                RealFile::Open(f) => nix::unistd::fchown(f.as_fd(), uid, gid),
            }
            .map_err(nix_errno)?;
        }
        if let Some(size) = size {
            match (&target, fh.and_then(|fh| self.file(fh).ok())) {
                (_, Some(f)) if f.set_len(size).is_ok() => {}
                (RealFile::Open(f), _) => f.set_len(size).map_err(errno)?,
                (RealFile::Path(path), _) => fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .and_then(|f| f.set_len(size))
                    .map_err(errno)?,
            }
        }
        if atime.is_some() || mtime.is_some() {
            let (a, m) = (timespec(atime), timespec(mtime));
            match &target {
                RealFile::Path(path) => nix::sys::stat::utimensat(
                    nix::fcntl::AT_FDCWD,
                    path,
                    &a,
                    &m,
                    nix::sys::stat::UtimensatFlags::NoFollowSymlink,
                ),
                RealFile::Open(f) => nix::sys::stat::futimens(f.as_fd(), &a, &m),
            }
            .map_err(nix_errno)?;
        }
        Ok(self.attr(ino.0, &target.metadata()?))
    }

    fn list_dir(&self, ino: INodeNo) -> Res<Vec<DirEntry>> {
        // Under the tree lock: the listing records where each name lives (`upsert`), which
        // must not undo a copy-up or rename that another request thread made while this one
        // read the layers (the table would send the copied-up file's reads to its lower copy).
        let _tree = lock(&self.tree);
        let node = self.node(ino)?;
        let self_meta = fs::symlink_metadata(self.real(&node)).map_err(errno)?;
        let mut out = vec![DirEntry {
            name: ".".into(),
            ino: ino.0,
            attr: self.attr(ino.0, &self_meta),
        }];
        out.push(DirEntry {
            name: "..".into(),
            ino: ino.0,
            attr: self.attr(ino.0, &self_meta),
        });
        for (name, layer, meta) in self.layers.list(node.found, &node.path) {
            let rel = node.path.join(&name);
            let found = if meta.is_dir() {
                self.layers.find(node.found, &rel).map_or(
                    Found {
                        top: layer,
                        bottom: layer,
                    },
                    |f| f.0,
                )
            } else {
                Found {
                    top: layer,
                    bottom: layer,
                }
            };
            let child = lock(&self.table).upsert(&rel, found);
            out.push(DirEntry {
                name,
                ino: child,
                attr: self.attr(child, &meta),
            });
        }
        Ok(out)
    }

    fn xattr_reply(value: &[u8], size: u32, reply: ReplyXattr) {
        if size == 0 {
            reply.size(value.len() as u32);
        } else if value.len() > size as usize {
            reply.error(Errno::ERANGE);
        } else {
            reply.data(value);
        }
    }
}

/// The file a SETATTR changes (`OverlayFs::setattr_target`).
enum Target {
    Real(RealFile),
    Gone(FileAttr),
}

/// A real file to change: by path, or through an open handle of it.
enum RealFile {
    Path(PathBuf),
    Open(Arc<File>),
}

impl RealFile {
    fn metadata(&self) -> Res<Metadata> {
        match self {
            RealFile::Path(path) => fs::symlink_metadata(path),
            RealFile::Open(f) => f.metadata(),
        }
        .map_err(errno)
    }
}

/// A SETATTR time as utimensat's: left alone, now, or the time given.
fn timespec(t: Option<TimeOrNow>) -> nix::sys::time::TimeSpec {
    let ts = match t {
        None => libc::timespec {
            tv_sec: 0,
            tv_nsec: libc::UTIME_OMIT,
        },
        Some(TimeOrNow::Now) => libc::timespec {
            tv_sec: 0,
            tv_nsec: libc::UTIME_NOW,
        },
        Some(TimeOrNow::SpecificTime(t)) => {
            let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
            libc::timespec {
                tv_sec: d.as_secs() as libc::time_t,
                tv_nsec: libc::c_long::from(d.subsec_nanos()),
            }
        }
    };
    nix::sys::time::TimeSpec::from(ts)
}

/// Whether the server asks for the kernel's writeback cache (see `init`).
const WRITEBACK_CACHE: bool = true;

/// The flags the real file is opened with for a FUSE open of `flags`. With the writeback
/// cache the kernel reads pages around partial writes through any handle of the inode, and
/// places appended data itself: a write-only open becomes read-write and O_APPEND is dropped
/// (pwrite on an O_APPEND file would ignore the kernel's offset).
pub fn open_flags(flags: i32, writeback: bool) -> i32 {
    if !writeback {
        return flags;
    }
    let mut flags = flags & !libc::O_APPEND;
    if flags & libc::O_ACCMODE == libc::O_WRONLY {
        flags = (flags & !libc::O_ACCMODE) | libc::O_RDWR;
    }
    flags
}

impl Filesystem for OverlayFs {
    fn init(&mut self, _req: &Request, config: &mut KernelConfig) -> io::Result<()> {
        let _ = config.add_capabilities(
            InitFlags::FUSE_DO_READDIRPLUS
                | InitFlags::FUSE_READDIRPLUS_AUTO
                | InitFlags::FUSE_PARALLEL_DIROPS,
        );
        // The kernel's writeback cache: writes cached and sent in batches (`open_flags`
        // says what it needs of the real file's open; `setattr_target` why it is safe
        // after unlink and rename).
        self.writeback = WRITEBACK_CACHE
            && config
                .add_capabilities(InitFlags::FUSE_WRITEBACK_CACHE)
                .is_ok();
        let _ = config.set_max_write(1 << 20);
        let _ = config.set_max_readahead(1 << 20);
        // More requests in flight (readahead, writeback) than fuser's default 16.
        let _ = config.set_max_background(64);
        let _ = config.set_congestion_threshold(48);
        Ok(())
    }

    fn lookup(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEntry) {
        match self.lookup_inner(parent, name) {
            Ok((_, attr)) => reply.entry(&TTL, &attr, Generation(0)),
            // A negative entry (node id 0) the kernel may cache: a name appears only by a
            // request through this server, which the kernel sees.
            Err(e) if e == Errno::ENOENT => {
                let none = FileAttr {
                    ino: INodeNo(0),
                    size: 0,
                    blocks: 0,
                    atime: UNIX_EPOCH,
                    mtime: UNIX_EPOCH,
                    ctime: UNIX_EPOCH,
                    crtime: UNIX_EPOCH,
                    kind: FileType::RegularFile,
                    perm: 0,
                    nlink: 0,
                    uid: 0,
                    gid: 0,
                    rdev: 0,
                    blksize: 0,
                    flags: 0,
                };
                reply.entry(&TTL, &none, Generation(0));
            }
            Err(e) => reply.error(e),
        }
    }

    fn getattr(&self, _req: &Request, ino: INodeNo, fh: Option<FileHandle>, reply: ReplyAttr) {
        let meta = match fh.and_then(|fh| self.file(fh).ok()) {
            Some(f) => f.metadata().map_err(errno),
            None => self
                .node(ino)
                .and_then(|n| fs::symlink_metadata(self.real(&n)).map_err(errno))
                .or_else(|e| match self.open_file_of(ino.0) {
                    // Unlinked while open: fstat still works, as on a disk.
                    Some(f) if e == Errno::ENOENT => f.metadata().map_err(errno),
                    _ => Err(e),
                }),
        };
        match meta {
            Ok(meta) => reply.attr(&TTL, &self.attr(ino.0, &meta)),
            Err(e) => reply.error(e),
        }
    }

    fn setattr(
        &self,
        _req: &Request,
        ino: INodeNo,
        mode: Option<u32>,
        uid: Option<u32>,
        gid: Option<u32>,
        size: Option<u64>,
        atime: Option<TimeOrNow>,
        mtime: Option<TimeOrNow>,
        _ctime: Option<SystemTime>,
        fh: Option<FileHandle>,
        _crtime: Option<SystemTime>,
        _chgtime: Option<SystemTime>,
        _bkuptime: Option<SystemTime>,
        _flags: Option<fuser::BsdFileFlags>,
        reply: ReplyAttr,
    ) {
        match self.setattr_inner(ino, mode, uid, gid, size, atime, mtime, fh) {
            Ok(attr) => reply.attr(&TTL, &attr),
            Err(e) => reply.error(e),
        }
    }

    fn readlink(&self, _req: &Request, ino: INodeNo, reply: ReplyData) {
        match self
            .node(ino)
            .and_then(|n| fs::read_link(self.real(&n)).map_err(errno))
        {
            Ok(target) => reply.data(target.as_os_str().as_encoded_bytes()),
            Err(e) => reply.error(e),
        }
    }

    fn mknod(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        rdev: u32,
        reply: ReplyEntry,
    ) {
        let result = (|| {
            let _tree = lock(&self.tree);
            let (p, rel, _) = self.prepare_new(parent, name)?;
            let kind = nix::sys::stat::SFlag::from_bits_truncate(mode & libc::S_IFMT);
            nix::sys::stat::mknod(
                &self.layers.real(0, &rel),
                kind,
                nix::sys::stat::Mode::from_bits_truncate(mode & 0o7777),
                u64::from(rdev),
            )
            .map_err(nix_errno)?;
            self.finish_new(req, &p, &rel)
        })();
        match result {
            Ok((_, attr)) => reply.entry(&TTL, &attr, Generation(0)),
            Err(e) => reply.error(e),
        }
    }

    fn mkdir(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        reply: ReplyEntry,
    ) {
        let result = (|| {
            let _tree = lock(&self.tree);
            let (p, rel, lower) = self.prepare_new(parent, name)?;
            let up = self.layers.real(0, &rel);
            fs::create_dir(&up).map_err(errno)?;
            fs::set_permissions(&up, fs::Permissions::from_mode(mode & 0o7777)).map_err(errno)?;
            if lower {
                make_opaque(&up).map_err(errno)?;
            }
            self.finish_new(req, &p, &rel)
        })();
        match result {
            Ok((_, attr)) => reply.entry(&TTL, &attr, Generation(0)),
            Err(e) => reply.error(e),
        }
    }

    fn unlink(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self.remove(parent, name, false) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn rmdir(&self, _req: &Request, parent: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        match self.remove(parent, name, true) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn symlink(
        &self,
        req: &Request,
        parent: INodeNo,
        link_name: &OsStr,
        target: &Path,
        reply: ReplyEntry,
    ) {
        let result = (|| {
            let _tree = lock(&self.tree);
            let (p, rel, _) = self.prepare_new(parent, link_name)?;
            std::os::unix::fs::symlink(target, self.layers.real(0, &rel)).map_err(errno)?;
            self.finish_new(req, &p, &rel)
        })();
        match result {
            Ok((_, attr)) => reply.entry(&TTL, &attr, Generation(0)),
            Err(e) => reply.error(e),
        }
    }

    fn rename(
        &self,
        _req: &Request,
        parent: INodeNo,
        name: &OsStr,
        newparent: INodeNo,
        newname: &OsStr,
        flags: RenameFlags,
        reply: ReplyEmpty,
    ) {
        match self.rename_inner(parent, name, newparent, newname, flags) {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn link(
        &self,
        _req: &Request,
        ino: INodeNo,
        newparent: INodeNo,
        newname: &OsStr,
        reply: ReplyEntry,
    ) {
        let result = (|| {
            let _tree = lock(&self.tree);
            let src = self.copy_up_locked(ino.0)?;
            let (_, rel, _) = self.prepare_new(newparent, newname)?;
            let up = self.layers.real(0, &rel);
            fs::hard_link(self.real(&src), &up).map_err(errno)?;
            let meta = fs::symlink_metadata(&up).map_err(errno)?;
            lock(&self.table).add_link(ino.0, &rel);
            Ok::<_, Errno>(self.attr(ino.0, &meta))
        })();
        match result {
            Ok(attr) => reply.entry(&TTL, &attr, Generation(0)),
            Err(e) => reply.error(e),
        }
    }

    fn open(&self, _req: &Request, ino: INodeNo, flags: OpenFlags, reply: ReplyOpen) {
        let writes = flags.acc_mode() != OpenAccMode::O_RDONLY || flags.0 & libc::O_TRUNC != 0;
        let result = (|| {
            let node = if writes {
                self.copy_up(ino.0)?
            } else {
                self.node(ino)?
            };
            let file = self.open_real(&node, flags.0, None)?;
            // A lower layer never changes: the kernel may keep its pages between opens.
            let keep = if node.found.top == 0 {
                FopenFlags::empty()
            } else {
                FopenFlags::FOPEN_KEEP_CACHE
            };
            Ok::<_, Errno>((self.add_file(ino.0, node.found.top == 0, file), keep))
        })();
        match result {
            Ok((fh, keep)) => reply.opened(fh, keep),
            Err(e) => reply.error(e),
        }
    }

    fn create(
        &self,
        req: &Request,
        parent: INodeNo,
        name: &OsStr,
        mode: u32,
        _umask: u32,
        flags: i32,
        reply: ReplyCreate,
    ) {
        let result = (|| {
            let _tree = lock(&self.tree);
            let (p, rel, _) = self.prepare_new(parent, name)?;
            let node = Node {
                path: rel.clone(),
                found: Found { top: 0, bottom: 0 },
            };
            let file = self.open_real(&node, flags, Some(mode & 0o7777))?;
            let (new_ino, attr) = self.finish_new(req, &p, &rel)?;
            Ok::<_, Errno>((attr, self.add_file(new_ino, true, file)))
        })();
        match result {
            Ok((attr, fh)) => reply.created(&TTL, &attr, Generation(0), fh, FopenFlags::empty()),
            Err(e) => reply.error(e),
        }
    }

    fn read(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        offset: u64,
        size: u32,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyData,
    ) {
        let result = self.file(fh).and_then(|f| {
            let mut buf = vec![0u8; size as usize];
            let mut done = 0;
            while done < buf.len() {
                match f.read_at(&mut buf[done..], offset + done as u64) {
                    Ok(0) => break,
                    Ok(n) => done += n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(errno(e)),
                }
            }
            buf.truncate(done);
            Ok(buf)
        });
        match result {
            Ok(buf) => reply.data(&buf),
            Err(e) => reply.error(e),
        }
    }

    fn write(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        offset: u64,
        data: &[u8],
        _write_flags: WriteFlags,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        reply: ReplyWrite,
    ) {
        match self
            .file(fh)
            .and_then(|f| f.write_all_at(data, offset).map_err(errno))
        {
            Ok(()) => reply.written(data.len() as u32),
            Err(e) => reply.error(e),
        }
    }

    fn flush(
        &self,
        _req: &Request,
        _ino: INodeNo,
        _fh: FileHandle,
        _lock_owner: LockOwner,
        reply: ReplyEmpty,
    ) {
        reply.ok();
    }

    fn release(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        _flags: OpenFlags,
        _lock_owner: Option<LockOwner>,
        _flush: bool,
        reply: ReplyEmpty,
    ) {
        lock(&self.files).remove(&fh.0);
        reply.ok();
    }

    fn fsync(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        datasync: bool,
        reply: ReplyEmpty,
    ) {
        if self.volatile {
            return reply.ok();
        }
        let r = self.file(fh).and_then(|f| {
            if datasync {
                f.sync_data()
            } else {
                f.sync_all()
            }
            .map_err(errno)
        });
        match r {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn opendir(&self, _req: &Request, _ino: INodeNo, _flags: OpenFlags, reply: ReplyOpen) {
        // No OPENDIR (nor RELEASEDIR) from now on: READDIR lists by inode (`listing`).
        reply.error(Errno::ENOSYS);
    }

    fn readdir(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        mut reply: ReplyDirectory,
    ) {
        let list = match self.dirs.get(ino.0, offset, || self.list_dir(ino)) {
            Ok(list) => list,
            Err(e) => return reply.error(e),
        };
        let mut sent = 0;
        for (i, e) in list.iter().enumerate().skip(offset as usize) {
            if reply.add(INodeNo(e.ino), i as u64 + 1, e.attr.kind, &e.name) {
                break;
            }
            sent += 1;
        }
        self.dirs.answered(ino.0, &list, offset, sent);
        reply.ok();
    }

    fn readdirplus(
        &self,
        _req: &Request,
        ino: INodeNo,
        _fh: FileHandle,
        offset: u64,
        mut reply: ReplyDirectoryPlus,
    ) {
        let list = match self.dirs.get(ino.0, offset, || self.list_dir(ino)) {
            Ok(list) => list,
            Err(e) => return reply.error(e),
        };
        let mut sent = 0;
        for (i, e) in list.iter().enumerate().skip(offset as usize) {
            if reply.add(
                INodeNo(e.ino),
                i as u64 + 1,
                &e.name,
                &TTL,
                &e.attr,
                Generation(0),
            ) {
                break;
            }
            sent += 1;
        }
        self.dirs.answered(ino.0, &list, offset, sent);
        reply.ok();
    }

    fn statfs(&self, _req: &Request, _ino: INodeNo, reply: ReplyStatfs) {
        match nix::sys::statvfs::statvfs(&self.layers.dirs[0]) {
            Ok(s) => reply.statfs(
                s.blocks(),
                s.blocks_free(),
                s.blocks_available(),
                s.files(),
                s.files_free(),
                s.block_size() as u32,
                s.name_max() as u32,
                s.fragment_size() as u32,
            ),
            Err(e) => reply.error(nix_errno(e)),
        }
    }

    fn setxattr(
        &self,
        _req: &Request,
        ino: INodeNo,
        name: &OsStr,
        value: &[u8],
        flags: i32,
        _position: u32,
        reply: ReplyEmpty,
    ) {
        if is_private_xattr(name) {
            return reply.error(Errno::EPERM);
        }
        match self
            .copy_up(ino.0)
            .and_then(|n| lsetxattr_flags(&self.real(&n), name, value, flags).map_err(errno))
        {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn getxattr(&self, _req: &Request, ino: INodeNo, name: &OsStr, size: u32, reply: ReplyXattr) {
        if is_private_xattr(name) {
            return reply.error(Errno::NO_XATTR);
        }
        let Some(name) = name.to_str() else {
            return reply.error(Errno::NO_XATTR);
        };
        match self
            .node(ino)
            .and_then(|n| lgetxattr(&self.real(&n), name).map_err(errno))
        {
            Ok(Some(v)) => Self::xattr_reply(&v, size, reply),
            Ok(None) => reply.error(Errno::NO_XATTR),
            Err(e) => reply.error(e),
        }
    }

    fn listxattr(&self, _req: &Request, ino: INodeNo, size: u32, reply: ReplyXattr) {
        match self
            .node(ino)
            .and_then(|n| llistxattr(&self.real(&n)).map_err(errno))
        {
            Ok(names) => {
                let mut buf = Vec::new();
                for n in names.iter().filter(|n| !is_private_xattr(n)) {
                    buf.extend_from_slice(n.as_encoded_bytes());
                    buf.push(0);
                }
                Self::xattr_reply(&buf, size, reply);
            }
            Err(e) => reply.error(e),
        }
    }

    fn removexattr(&self, _req: &Request, ino: INodeNo, name: &OsStr, reply: ReplyEmpty) {
        if is_private_xattr(name) {
            return reply.error(Errno::NO_XATTR);
        }
        match self
            .copy_up(ino.0)
            .and_then(|n| lremovexattr(&self.real(&n), name).map_err(errno))
        {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn access(&self, _req: &Request, ino: INodeNo, _mask: AccessFlags, reply: ReplyEmpty) {
        // default_permissions: the kernel checks modes itself; this answers existence.
        match self.node(ino) {
            Ok(_) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn fallocate(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        offset: u64,
        length: u64,
        mode: i32,
        reply: ReplyEmpty,
    ) {
        let r = self.file(fh).and_then(|f| {
            nix::fcntl::fallocate(
                f.as_fd(),
                nix::fcntl::FallocateFlags::from_bits_truncate(mode),
                offset as i64,
                length as i64,
            )
            .map_err(nix_errno)
        });
        match r {
            Ok(()) => reply.ok(),
            Err(e) => reply.error(e),
        }
    }

    fn lseek(
        &self,
        _req: &Request,
        _ino: INodeNo,
        fh: FileHandle,
        offset: i64,
        whence: i32,
        reply: ReplyLseek,
    ) {
        let whence = match whence {
            libc::SEEK_SET => nix::unistd::Whence::SeekSet,
            libc::SEEK_CUR => nix::unistd::Whence::SeekCur,
            libc::SEEK_END => nix::unistd::Whence::SeekEnd,
            libc::SEEK_DATA => nix::unistd::Whence::SeekData,
            libc::SEEK_HOLE => nix::unistd::Whence::SeekHole,
            _ => return reply.error(Errno::EINVAL),
        };
        match self
            .file(fh)
            .and_then(|f| nix::unistd::lseek(f.as_fd(), offset, whence).map_err(nix_errno))
        {
            Ok(off) => reply.offset(off),
            Err(e) => reply.error(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::open_flags;

    #[test]
    fn the_writeback_cache_opens_read_write_and_without_append() {
        let w = libc::O_WRONLY | libc::O_APPEND | libc::O_NOFOLLOW;
        assert_eq!(open_flags(w, false), w, "no cache: as asked");
        assert_eq!(open_flags(w, true), libc::O_RDWR | libc::O_NOFOLLOW);
        assert_eq!(open_flags(libc::O_RDONLY, true), libc::O_RDONLY);
        assert_eq!(
            open_flags(libc::O_RDWR | libc::O_APPEND, true),
            libc::O_RDWR
        );
    }
}
