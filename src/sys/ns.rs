//! The namespace ioctls of ioctl_ns(2): which user namespace owns a namespace, and what kind
//! a namespace file is (for `--network ns:PATH` and joining other containers).

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
