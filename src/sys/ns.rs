//! The namespace ioctls of ioctl_ns(2): which user namespace owns a namespace, and what kind
//! a namespace file is (for `--network ns:PATH` and joining other containers); and moving a
//! mount tree from one mount namespace to another (open_tree, move_mount).

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd, OwnedFd, RawFd};

/// `_IO(0xb7, 0x1)`: a descriptor of the user namespace that owns the namespace.
const NS_GET_USERNS: libc::c_ulong = 0xb701;
/// `_IO(0xb7, 0x3)`: the namespace's CLONE_NEW* flag.
const NS_GET_NSTYPE: libc::c_ulong = 0xb703;

/// The user namespace that owns the namespace `fd` refers to (a new O_CLOEXEC descriptor).
pub fn namespace_owner(fd: BorrowedFd<'_>) -> io::Result<OwnedFd> {
    // SAFETY: NS_GET_USERNS takes no argument and returns a new descriptor or -1; `fd` is
    // open for the duration of the call (BorrowedFd).
    let ret = unsafe { libc::ioctl(fd.as_raw_fd(), NS_GET_USERNS) };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(super::own_fd(ret as RawFd))
}

/// The CLONE_NEW* flag of the namespace `fd` refers to.
pub fn namespace_type(fd: BorrowedFd<'_>) -> io::Result<i32> {
    // SAFETY: NS_GET_NSTYPE takes no argument and returns the type or -1; `fd` is open for
    // the duration of the call (BorrowedFd).
    let ret = unsafe { libc::ioctl(fd.as_raw_fd(), NS_GET_NSTYPE) };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(ret)
}

/// A detached copy of the mount tree at `path` (open_tree(2) with OPEN_TREE_CLONE and
/// AT_RECURSIVE), to attach elsewhere with `attach_tree`, even in another mount namespace.
pub fn clone_tree(path: &std::path::Path) -> io::Result<OwnedFd> {
    const OPEN_TREE_CLONE: libc::c_uint = 0x1;
    let c_path = std::ffi::CString::new(path.as_os_str().as_encoded_bytes())
        .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    let flags =
        OPEN_TREE_CLONE | libc::O_CLOEXEC as libc::c_uint | libc::AT_RECURSIVE as libc::c_uint;
    // SAFETY: `c_path` is a valid NUL-terminated string that outlives the call; open_tree
    // returns a new descriptor or -1 and touches no memory of ours.
    let ret = unsafe { libc::syscall(libc::SYS_open_tree, libc::AT_FDCWD, c_path.as_ptr(), flags) };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(super::own_fd(ret as RawFd))
}

/// Attaches the detached tree `tree` (from `clone_tree`) on the directory `target` refers to
/// (move_mount(2) with both paths empty).
pub fn attach_tree(tree: BorrowedFd<'_>, target: BorrowedFd<'_>) -> io::Result<()> {
    const MOVE_MOUNT_F_EMPTY_PATH: libc::c_uint = 0x4;
    const MOVE_MOUNT_T_EMPTY_PATH: libc::c_uint = 0x40;
    let empty = c"";
    // SAFETY: both descriptors are open for the call (BorrowedFd) and `empty` is a valid
    // NUL-terminated string; move_mount touches no other memory of ours.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_move_mount,
            tree.as_raw_fd(),
            empty.as_ptr(),
            target.as_raw_fd(),
            empty.as_ptr(),
            MOVE_MOUNT_F_EMPTY_PATH | MOVE_MOUNT_T_EMPTY_PATH,
        )
    };
    if ret == -1 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// A new, detached tmpfs (fsopen(2), fsconfig(2) with each `(key, value)` of `options`,
/// fsmount(2)) with mount flags `attrs` (MOUNT_ATTR_*): its descriptor reaches the tmpfs's
/// root directly, to attach with `attach_tree` and to write in by `/proc/self/fd/N` where
/// the path of its mount point cannot be walked.
pub fn new_tmpfs(options: &[(&str, &str)], attrs: u64) -> io::Result<OwnedFd> {
    const FSOPEN_CLOEXEC: libc::c_uint = 0x1;
    const FSCONFIG_SET_STRING: libc::c_uint = 1;
    const FSCONFIG_CMD_CREATE: libc::c_uint = 6;
    const FSMOUNT_CLOEXEC: libc::c_uint = 0x1;
    let check = |ret: libc::c_long| {
        if ret == -1 {
            Err(io::Error::last_os_error())
        } else {
            Ok(ret)
        }
    };
    // SAFETY: the name is a valid NUL-terminated string; fsopen returns a new descriptor or
    // -1 and touches no other memory of ours.
    let fs = check(unsafe { libc::syscall(libc::SYS_fsopen, c"tmpfs".as_ptr(), FSOPEN_CLOEXEC) })?;
    let fs = super::own_fd(fs as RawFd);
    for (key, value) in options {
        let c = |s: &str| {
            std::ffi::CString::new(s).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
        };
        let (key, value) = (c(key)?, c(value)?);
        // SAFETY: `fs` is open for the call; key and value are valid NUL-terminated strings
        // that outlive it; fsconfig reads only them.
        check(unsafe {
            libc::syscall(
                libc::SYS_fsconfig,
                fs.as_raw_fd(),
                FSCONFIG_SET_STRING,
                key.as_ptr(),
                value.as_ptr(),
                0,
            )
        })?;
    }
    // SAFETY: `fs` is open for the call; the null key and value are allowed for CMD_CREATE.
    check(unsafe {
        libc::syscall(
            libc::SYS_fsconfig,
            fs.as_raw_fd(),
            FSCONFIG_CMD_CREATE,
            std::ptr::null::<libc::c_char>(),
            std::ptr::null::<libc::c_void>(),
            0,
        )
    })?;
    // SAFETY: `fs` is open for the call; fsmount returns a new descriptor or -1 and touches
    // no memory of ours.
    let mnt =
        check(unsafe { libc::syscall(libc::SYS_fsmount, fs.as_raw_fd(), FSMOUNT_CLOEXEC, attrs) })?;
    Ok(super::own_fd(mnt as RawFd))
}
