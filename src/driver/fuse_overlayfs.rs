//! The `fuse-overlayfs` driver: the fuse-overlayfs program, for kernels or filesystems where
//! kernel overlayfs does not work in a user namespace. It marks opaque directories with its
//! own xattr as well as overlay's.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

use crate::driver::{LayerDirs, lowerdir_option};
use crate::host::{dev_fuse_status, find_program};

/// The name in config.toml and the container record.
pub const NAME: &str = "fuse-overlayfs";

/// The xattr fuse-overlayfs sets on an opaque directory it creates.
pub const OPAQUE_XATTR: &str = "user.fuseoverlayfs.opaque";

/// Whether the fuse-overlayfs driver can work: the program, /dev/fuse usable, and fusermount3
/// (or fusermount) to unmount. `Ok` is the program's path; `Err` the first problem.
pub fn available() -> Result<PathBuf, String> {
    let program = find_program("fuse-overlayfs").ok_or("fuse-overlayfs is not installed")?;
    dev_fuse_status()?;
    if find_program("fusermount3")
        .or_else(|| find_program("fusermount"))
        .is_none()
    {
        return Err("neither fusermount3 nor fusermount is installed".into());
    }
    Ok(program)
}

/// Runs fuse-overlayfs on the container's layers at `target`, then leaves its mount namespace.
pub fn mount_root(program: &Path, layers: LayerDirs<'_>, target: &Path) -> Result<()> {
    let LayerDirs { lower, upper, work } = layers;
    let (lowerdir, base) = lowerdir_option(lower)?;
    let mut cmd = Command::new(program);
    if let Some(base) = &base {
        cmd.current_dir(base);
    }
    let out = cmd
        .arg("-o")
        .arg(format!(
            "lowerdir={lowerdir},upperdir={},workdir={},squash_to_root=false",
            upper.display(),
            work.display()
        ))
        .arg(target)
        .output()
        .with_context(|| format!("running \"{}\"", program.display()))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        bail!(
            "\"{}\" failed to mount the root filesystem ({}): {}",
            program.display(),
            out.status,
            stderr.trim()
        );
    }
    // The FUSE daemon lives in this mount namespace. pivot_root(2) would move the root of
    // every process here, the daemon's too, onto the FUSE mount itself: its next absolute
    // path (its upper and work dirs) would then wait on its own answers forever. The
    // container continues in a copy of this namespace instead, and the daemon keeps the host
    // tree as its root.
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
        .context("entering a mount namespace of the container's own")?;
    Ok(())
}
