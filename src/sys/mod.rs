//! Every `unsafe` call of den lives here, each behind a safe, typed function with a
//! `// SAFETY:` comment. The rest of the crate is `#![deny(unsafe_code)]`; prefer nix where it
//! has a safe wrapper and come here only for what it lacks (clone3, close_range, xattrs,
//! terminal ioctls, syncfs, dl_iterate_phdr and madvise).

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, RawFd};
use std::path::Path;

use nix::unistd::Pid;

mod memory;
mod ns;
pub use memory::release_startup_pages;
pub use ns::{attach_tree, clone_tree, namespace_owner, namespace_type, new_tmpfs};

/// Namespaces a new process can be created in (the `CLONE_NEW*` flags of clone(2)).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Namespaces {
    pub user: bool,
    pub mount: bool,
    pub pid: bool,
    pub uts: bool,
    pub ipc: bool,
    pub cgroup: bool,
    pub net: bool,
}

impl Namespaces {
    fn clone_flags(self) -> u64 {
        let mut flags = 0;
        for (on, flag) in [
            (self.user, libc::CLONE_NEWUSER),
            (self.mount, libc::CLONE_NEWNS),
            (self.pid, libc::CLONE_NEWPID),
            (self.uts, libc::CLONE_NEWUTS),
            (self.ipc, libc::CLONE_NEWIPC),
            (self.cgroup, libc::CLONE_NEWCGROUP),
            (self.net, libc::CLONE_NEWNET),
        ] {
            if on {
                flags |= flag as u64;
            }
        }
        flags
    }
}

/// Which side of a fork the caller is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forked {
    Parent(Pid),
    Child,
}

/// Forks the calling process into new namespaces with clone3(2), fork-style (no new stack),
/// so that with a new PID namespace the child is PID 1 there and still a direct child of den.
///
/// The caller must be single-threaded: like fork(2), only the calling thread survives in the
/// child, and den takes no locks that another thread could hold at this point.
pub fn clone_into(namespaces: Namespaces) -> io::Result<Forked> {
    clone3(namespaces.clone_flags(), libc::SIGCHLD as u64)
}

/// `clone_into` with CLONE_PARENT: the child is the caller's sibling, a child of the
/// caller's parent (which reaps it and gets its SIGCHLD). For a helper that joins another
/// container's namespaces on den's behalf, so that the container is still den's child.
/// clone3 refuses an exit signal with CLONE_PARENT: the child's is the caller's (SIGCHLD).
pub fn clone_sibling(namespaces: Namespaces) -> io::Result<Forked> {
    clone3(namespaces.clone_flags() | libc::CLONE_PARENT as u64, 0)
}

/// clone3(2) fork-style with `flags` and `exit_signal`.
fn clone3(flags: u64, exit_signal: u64) -> io::Result<Forked> {
    #[repr(C)]
    #[derive(Default)]
    struct CloneArgs {
        flags: u64,
        pidfd: u64,
        child_tid: u64,
        parent_tid: u64,
        exit_signal: u64,
        stack: u64,
        stack_size: u64,
        tls: u64,
    }
    let mut args = CloneArgs {
        flags,
        exit_signal,
        ..CloneArgs::default()
    };
    // SAFETY: clone3 with a null stack behaves like fork(2): the child continues on a copy of
    // the parent's stack. `args` is a valid, fully initialised clone_args of the size passed.
    // den calls this only while single-threaded (documented above), so no lock held by another
    // thread can be left locked in the child.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_clone3,
            &raw mut args,
            std::mem::size_of::<CloneArgs>(),
        )
    };
    match ret {
        -1 => Err(io::Error::last_os_error()),
        0 => Ok(Forked::Child),
        pid => Ok(Forked::Parent(Pid::from_raw(pid as i32))),
    }
}

/// Marks every file descriptor from `first` up as close-on-exec (close_range(2) with
/// CLOSE_RANGE_CLOEXEC), so nothing of den's leaks into the container's program.
pub fn set_cloexec_from(first: RawFd) -> io::Result<()> {
    // SAFETY: close_range only changes descriptor flags; no memory is passed.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            first as libc::c_uint,
            libc::c_uint::MAX,
            libc::CLOSE_RANGE_CLOEXEC,
        )
    };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Closes every file descriptor from `first` up (close_range(2)), for a process that does
/// not exec (the container's init), where close-on-exec would never take effect.
pub fn close_from(first: RawFd) -> io::Result<()> {
    // SAFETY: close_range only closes descriptors; no memory is passed. The caller owns every
    // descriptor in the range (the init, which never returns to code that would use them).
    let ret = unsafe {
        libc::syscall(
            libc::SYS_close_range,
            first as libc::c_uint,
            libc::c_uint::MAX,
            0 as libc::c_uint,
        )
    };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Flushes every file of the filesystem that holds `fd` (syncfs(2)): one sync after unpacking
/// a whole layer instead of an fsync per file.
pub fn syncfs(fd: BorrowedFd<'_>) -> io::Result<()> {
    // SAFETY: syncfs takes a descriptor that `BorrowedFd` guarantees is open.
    if unsafe { libc::syncfs(fd.as_raw_fd()) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

fn cstring(path: &Path) -> io::Result<CString> {
    use std::os::unix::ffi::OsStrExt;
    CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "path contains a NUL byte"))
}

/// Sets an extended attribute on `path` itself, never following a final symlink (lsetxattr(2)).
pub fn lsetxattr(path: &Path, name: &str, value: &[u8]) -> io::Result<()> {
    let path = cstring(path)?;
    let name = CString::new(name).map_err(|_| io::ErrorKind::InvalidInput)?;
    // SAFETY: both strings are NUL-terminated and live across the call; value points to
    // value.len() readable bytes.
    let ret = unsafe {
        libc::lsetxattr(
            path.as_ptr(),
            name.as_ptr(),
            value.as_ptr().cast(),
            value.len(),
            0,
        )
    };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Reads an extended attribute of `path` itself (lgetxattr(2)); `Ok(None)` when it is not set.
pub fn lgetxattr(path: &Path, name: &str) -> io::Result<Option<Vec<u8>>> {
    let path = cstring(path)?;
    let name = CString::new(name).map_err(|_| io::ErrorKind::InvalidInput)?;
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: the strings are NUL-terminated; buf has buf.len() writable bytes.
        let ret = unsafe {
            libc::lgetxattr(
                path.as_ptr(),
                name.as_ptr(),
                buf.as_mut_ptr().cast(),
                buf.len(),
            )
        };
        if ret >= 0 {
            buf.truncate(ret as usize);
            return Ok(Some(buf));
        }
        let err = io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::ENODATA) => return Ok(None),
            Some(libc::ERANGE) if buf.len() < 1 << 16 => buf.resize(buf.len() * 4, 0),
            _ => return Err(err),
        }
    }
}

/// The names of the extended attributes of `path` itself (llistxattr(2)).
pub fn llistxattr(path: &Path) -> io::Result<Vec<std::ffi::OsString>> {
    use std::os::unix::ffi::OsStrExt;
    let path = cstring(path)?;
    let mut buf = vec![0u8; 1024];
    loop {
        // SAFETY: the path is NUL-terminated; buf has buf.len() writable bytes.
        let ret = unsafe { libc::llistxattr(path.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
        if ret >= 0 {
            buf.truncate(ret as usize);
            return Ok(buf
                .split(|b| *b == 0)
                .filter(|n| !n.is_empty())
                .map(|n| std::ffi::OsStr::from_bytes(n).to_os_string())
                .collect());
        }
        let err = io::Error::last_os_error();
        match err.raw_os_error() {
            Some(libc::ERANGE) if buf.len() < 1 << 20 => buf.resize(buf.len() * 4, 0),
            _ => return Err(err),
        }
    }
}

/// Removes an extended attribute of `path` itself (lremovexattr(2)).
pub fn lremovexattr(path: &Path, name: &std::ffi::OsStr) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let path = cstring(path)?;
    let name = CString::new(name.as_bytes()).map_err(|_| io::ErrorKind::InvalidInput)?;
    // SAFETY: both strings are NUL-terminated and live across the call.
    if unsafe { libc::lremovexattr(path.as_ptr(), name.as_ptr()) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Sets an extended attribute of `path` itself with the caller's flags (XATTR_CREATE,
/// XATTR_REPLACE), as a FUSE server passes them on.
pub fn lsetxattr_flags(
    path: &Path,
    name: &std::ffi::OsStr,
    value: &[u8],
    flags: i32,
) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let path = cstring(path)?;
    let name = CString::new(name.as_bytes()).map_err(|_| io::ErrorKind::InvalidInput)?;
    // SAFETY: both strings are NUL-terminated and live across the call; value points to
    // value.len() readable bytes.
    let ret = unsafe {
        libc::lsetxattr(
            path.as_ptr(),
            name.as_ptr(),
            value.as_ptr().cast(),
            value.len(),
            flags,
        )
    };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Window size of a terminal, as TIOCGWINSZ reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WinSize {
    pub rows: u16,
    pub cols: u16,
}

/// Reads the window size of the terminal on `fd`.
pub fn window_size(fd: BorrowedFd<'_>) -> io::Result<WinSize> {
    let mut ws = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes one `struct winsize` through the pointer, which is valid.
    if unsafe { libc::ioctl(fd.as_raw_fd(), libc::TIOCGWINSZ, &raw mut ws) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(WinSize {
        rows: ws.ws_row,
        cols: ws.ws_col,
    })
}

/// Sets the window size of the terminal on `fd` (the kernel sends SIGWINCH to its foreground
/// process group).
pub fn set_window_size(fd: BorrowedFd<'_>, size: WinSize) -> io::Result<()> {
    let ws = libc::winsize {
        ws_row: size.rows,
        ws_col: size.cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads one `struct winsize` through the pointer, which is valid.
    if unsafe { libc::ioctl(fd.as_raw_fd(), libc::TIOCSWINSZ, &raw const ws) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Makes the terminal on `fd` the controlling terminal of the calling session (TIOCSCTTY).
pub fn set_controlling_terminal(fd: BorrowedFd<'_>) -> io::Result<()> {
    // SAFETY: TIOCSCTTY takes an integer argument (0: do not steal from another session).
    if unsafe { libc::ioctl(fd.as_raw_fd(), libc::TIOCSCTTY, 0) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Takes ownership of a descriptor the kernel just handed to den (received with SCM_RIGHTS).
pub fn own_fd(raw: RawFd) -> std::os::fd::OwnedFd {
    use std::os::fd::FromRawFd;
    // SAFETY: the descriptor was just installed in our table by recvmsg(2) and nothing else
    // refers to it, so this is its only owner.
    unsafe { std::os::fd::OwnedFd::from_raw_fd(raw) }
}

/// Takes ownership of descriptor `raw` that this process inherited from the one that started
/// it (the monitor's passthrough stdio, fds 3 and 4), if it is open; call once per descriptor,
/// at the start, before anything else could own it.
pub fn inherited_fd(raw: RawFd) -> Option<std::os::fd::OwnedFd> {
    use std::os::fd::FromRawFd;
    // SAFETY: fcntl(F_GETFD) only queries the descriptor table.
    if unsafe { libc::fcntl(raw, libc::F_GETFD) } < 0 {
        return None;
    }
    // SAFETY: the descriptor is open and was set up by our parent for us alone; nothing in
    // this process refers to it yet (the caller takes it once, at start-up).
    Some(unsafe { std::os::fd::OwnedFd::from_raw_fd(raw) })
}

/// Sets an environment variable of this process.
///
/// Call only while single-threaded (in a freshly forked child, or in `main` before any thread
/// starts): the environment is not synchronised with readers in other threads.
pub fn set_env(name: &str, value: &str) {
    // SAFETY: den is single-threaded wherever this is called (see above), so no other thread
    // can read the environment concurrently.
    unsafe { std::env::set_var(name, value) }
}

/// Makes the mount at `path` (and, with `recursive`, every mount below it) read-only with
/// mount_setattr(2), which changes only that attribute; a classic MS_REMOUNT would have to
/// repeat the flags the kernel locks in a user namespace (nosuid, nodev, noexec).
pub fn make_mount_read_only(path: &Path, recursive: bool) -> io::Result<()> {
    set_attr_at(libc::AT_FDCWD, path, recursive, 0, MOUNT_ATTR_RDONLY)
}

/// Like `make_mount_read_only`, for the mount an open descriptor refers to.
pub fn make_mount_read_only_fd(fd: BorrowedFd<'_>, recursive: bool) -> io::Result<()> {
    set_mount_attrs_fd(fd, recursive, MOUNT_ATTR_RDONLY)
}

/// mount_setattr(2) attributes (a restriction can always be added, in any namespace).
pub const MOUNT_ATTR_RDONLY: u64 = 0x0000_0001;
pub const MOUNT_ATTR_NOSUID: u64 = 0x0000_0002;
pub const MOUNT_ATTR_NODEV: u64 = 0x0000_0004;
pub const MOUNT_ATTR_NOEXEC: u64 = 0x0000_0008;

/// Sets `attrs` (`MOUNT_ATTR_*`) on the mount an open descriptor refers to (and, when
/// `recursive`, the mounts below it).
pub fn set_mount_attrs_fd(fd: BorrowedFd<'_>, recursive: bool, attrs: u64) -> io::Result<()> {
    set_attr_at(
        fd.as_raw_fd(),
        Path::new(""),
        recursive,
        libc::AT_EMPTY_PATH as libc::c_uint,
        attrs,
    )
}

fn set_attr_at(
    dirfd: RawFd,
    path: &Path,
    recursive: bool,
    extra_flags: libc::c_uint,
    attr_set: u64,
) -> io::Result<()> {
    #[repr(C)]
    struct MountAttr {
        attr_set: u64,
        attr_clr: u64,
        propagation: u64,
        userns_fd: u64,
    }
    const AT_RECURSIVE: libc::c_uint = 0x8000;
    let path = cstring(path)?;
    let attr = MountAttr {
        attr_set,
        attr_clr: 0,
        propagation: 0,
        userns_fd: 0,
    };
    let flags = if recursive { AT_RECURSIVE } else { 0 } | extra_flags;
    // SAFETY: `path` is NUL-terminated and `attr` is a valid mount_attr whose size is passed;
    // both outlive the call; `dirfd` is AT_FDCWD or an open descriptor.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_mount_setattr,
            dirfd,
            path.as_ptr(),
            flags,
            &raw const attr,
            std::mem::size_of::<MountAttr>(),
        )
    };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Opens `path` as if `root` were `/` (openat2(2) with RESOLVE_IN_ROOT): `..` and absolute
/// symlinks inside the image cannot lead out of the container's root filesystem. Used for
/// every mount target inside the container before pivot_root.
pub fn open_in_root(
    root: BorrowedFd<'_>,
    path: &Path,
    flags: libc::c_int,
) -> io::Result<std::os::fd::OwnedFd> {
    #[repr(C)]
    struct OpenHow {
        flags: u64,
        mode: u64,
        resolve: u64,
    }
    const RESOLVE_NO_MAGICLINKS: u64 = 0x02;
    const RESOLVE_IN_ROOT: u64 = 0x10;
    let path = cstring(path)?;
    let how = OpenHow {
        flags: (flags | libc::O_CLOEXEC) as u64,
        mode: 0,
        resolve: RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS,
    };
    // SAFETY: `path` is NUL-terminated, `how` is a valid open_how of the size passed, and
    // `root` is an open descriptor for the duration of the call.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_openat2,
            root.as_raw_fd(),
            path.as_ptr(),
            &raw const how,
            std::mem::size_of::<OpenHow>(),
        )
    };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(own_fd(ret as RawFd))
}

/// fork(2). Like `clone_into`, only for a single-threaded caller.
pub fn fork() -> io::Result<nix::unistd::ForkResult> {
    // SAFETY: den forks only while single-threaded (the container's init, which never starts
    // threads), so the child cannot inherit a lock held by another thread.
    unsafe { nix::unistd::fork() }.map_err(io::Error::from)
}

/// Sets the disposition of `sig` back to its default (SIG_DFL), before exec.
pub fn reset_signal_disposition(sig: nix::sys::signal::Signal) {
    use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, sigaction};
    let default = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
    // SAFETY: installing SIG_DFL runs no handler code of ours, so no signal-safety rule can
    // be broken; SIGKILL and SIGSTOP are refused by the kernel and the error is ignored.
    let _ = unsafe { sigaction(sig, &default) };
}

/// Makes descriptor `target` refer to what `fd` refers to (dup2(2)), without CLOEXEC.
pub fn dup_onto(fd: BorrowedFd<'_>, target: RawFd) -> io::Result<()> {
    if fd.as_raw_fd() == target {
        return Ok(());
    }
    // SAFETY: dup2 only manipulates the descriptor table; `fd` is open (BorrowedFd).
    if unsafe { libc::dup2(fd.as_raw_fd(), target) } == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// Prepares `cmd` to run as a helper that must not outlive den: it gets SIGKILL when den's
/// thread that spawned it ends (PR_SET_PDEATHSIG, kept across its exec), each `(fd,
/// target)` pair of `fds` is made descriptor `target` in it (without close-on-exec), and
/// every descriptor above those is closed by its exec.
pub fn tie_helper_to_parent(cmd: &mut std::process::Command, fds: Vec<(RawFd, RawFd)>) {
    use std::os::unix::process::CommandExt;
    let parent = nix::unistd::getpid();
    // SAFETY: the closure runs in the forked child before exec and calls only
    // async-signal-safe functions (prctl, getppid, dup2, fcntl, close_range, _exit); it
    // allocates nothing (the vector is moved in, not grown) and touches no lock.
    unsafe {
        cmd.pre_exec(move || {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == -1 {
                return Err(io::Error::last_os_error());
            }
            // den died before the prctl: the signal was never armed.
            if libc::getppid() != parent.as_raw() {
                libc::_exit(1);
            }
            for &(fd, target) in &fds {
                // dup2 onto itself would keep close-on-exec: clear it instead.
                let done = if fd == target {
                    libc::fcntl(fd, libc::F_SETFD, 0)
                } else {
                    libc::dup2(fd, target)
                };
                if done == -1 {
                    return Err(io::Error::last_os_error());
                }
            }
            // Descriptors den inherited without close-on-exec (a caller's pipe) must not
            // live on in the helper: the caller would wait for their end.
            let first = fds.iter().map(|&(_, t)| t + 1).max().unwrap_or(3).max(3);
            libc::syscall(
                libc::SYS_close_range,
                first as libc::c_uint,
                libc::c_uint::MAX,
                libc::CLOSE_RANGE_CLOEXEC,
            );
            Ok(())
        });
    }
}

/// Installs a classic BPF seccomp filter with seccomp(2) and no flags, without setting
/// no_new_privs first (seccompiler's `apply_filter` always sets it). The kernel then requires
/// CAP_SYS_ADMIN in the caller's user namespace; without it this fails with EACCES.
pub fn seccomp_set_filter(program: &[seccompiler::sock_filter]) -> io::Result<()> {
    let mut filters: Vec<libc::sock_filter> = program
        .iter()
        .map(|f| libc::sock_filter {
            code: f.code,
            jt: f.jt,
            jf: f.jf,
            k: f.k,
        })
        .collect();
    let len = u16::try_from(filters.len())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "seccomp filter too long"))?;
    let prog = libc::sock_fprog {
        len,
        filter: filters.as_mut_ptr(),
    };
    // SAFETY: `prog` points at `len` initialised sock_filter entries in `filters`, which
    // outlives the call; the kernel copies the program and keeps no pointer to it.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER,
            0 as libc::c_uint,
            &raw const prog,
        )
    };
    if ret == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// A pidfd of process `pid` (pidfd_open(2), Linux 5.3): it turns readable when the process
/// exits, so a poll loop can watch processes that are not its children.
pub fn pidfd_open(pid: i32) -> io::Result<std::os::fd::OwnedFd> {
    use std::os::fd::FromRawFd;
    // SAFETY: pidfd_open takes a pid and flags by value and returns a new descriptor or -1;
    // it touches no memory of ours.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the kernel just installed this descriptor for us; nothing else owns it.
    Ok(unsafe { std::os::fd::OwnedFd::from_raw_fd(fd as RawFd) })
}
