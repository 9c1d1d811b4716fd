//! The `fuse` driver: den's own overlay filesystem over FUSE (crate fuser), for kernels or
//! stores where kernel overlayfs does not work in a user namespace, needing no program of
//! its own. The container's setup process, root of the user namespace, opens /dev/fuse,
//! mounts `fuse` on the root's mount point itself (a FUSE mount is allowed in a user
//! namespace) and forks the server, which answers the kernel on several threads until the
//! container ends. The on-disk layout is kernel overlay's (see `layers`), so diff, commit,
//! export and cp see the same tree whichever driver ran.
//!
//! Lifetime: the server is a child of the container's init, in the container's PID
//! namespace, with PR_SET_PDEATHSIG: when the init ends (the program exited, or den or the
//! monitor was killed and took it along) the kernel kills it, and the mount, which exists only
//! in the container's private mount namespaces, goes with them. Nothing is mounted on the
//! host, so no kill can leave a stale mount there.

pub mod fs;
pub mod idshift;
pub mod inode;
pub mod layers;

use std::fs::OpenOptions;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::Path;

use anyhow::{Context, Result};
use nix::mount::{MsFlags, mount};
use nix::unistd::ForkResult;

use crate::driver::LayerDirs;
use crate::error::HintExt;
use crate::host::dev_fuse_status;

pub use idshift::IdShift;

/// The name in config.toml and the container record.
pub const NAME: &str = "fuse";

/// How many threads answer the kernel.
const THREADS: usize = 4;

/// Whether the built-in fuse driver can work here: /dev/fuse usable. `Err` says why not.
/// Setting the environment variable `DEN_NO_BUILTIN_FUSE` (to anything) makes it say no, so
/// the choice of `auto` can be tested and a user can pass it over without a config file.
pub fn available() -> Result<(), String> {
    if std::env::var_os("DEN_NO_BUILTIN_FUSE").is_some() {
        return Err("DEN_NO_BUILTIN_FUSE is set".into());
    }
    dev_fuse_status()
}

/// Which id-shifting mechanism a keep-id container will use, and why (for `den info`).
pub const KEEP_ID_MECHANISM: &str = "the fuse driver's id shifting: --userns=keep-id \
    containers always use den's FUSE overlay, whose server remaps owners as it answers the \
    kernel, so the layers are used as unpacked, with no copy, no chown and no idmapped mount \
    (which a user namespace cannot make); needs /dev/fuse";

/// Mounts den's FUSE overlay of `layers` at `target` and starts its server; then leaves the
/// mount namespace, as the fuse-overlayfs driver does (pivot_root would otherwise move the
/// server's root onto its own mount). `shift` maps the owners the server reads (ids of the
/// container's namespace) to those the container is shown (`IdShift::between`). `transient`
/// (a `--rm` container, whose upper dir is thrown away at exit) makes fsync return at once,
/// as kernel overlay's `volatile` option does.
pub fn mount_root(
    layers: LayerDirs<'_>,
    target: &Path,
    shift: IdShift,
    transient: bool,
) -> Result<()> {
    let LayerDirs { lower, upper, work } = layers;
    let dev = OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/fuse")
        .context("opening /dev/fuse")
        .hint("see `den doctor`; or set storage.driver = \"vfs\" in ~/.config/den/config.toml")?;
    let fd: OwnedFd = dev.into();
    let options = format!(
        "fd={},rootmode=40000,user_id=0,group_id=0,default_permissions,allow_other",
        fd.as_raw_fd()
    );
    // The source names the upper dir, so a mount table line says whose root it is. Not
    // nosuid, as the overlay driver's root: a setuid program (sudo in a toolbox, whose
    // no_new_privs is off) can only gain the container's user namespace's ids; with den's
    // default no_new_privs, setuid does nothing anyway. nodev: images carry no devices.
    let source = format!("den-fuse:{}", upper.display());
    mount(
        Some(source.as_str()),
        target,
        Some("fuse.den"),
        MsFlags::MS_NODEV,
        Some(options.as_str()),
    )
    .or_else(|_| {
        mount(
            Some(source.as_str()),
            target,
            Some("fuse"),
            MsFlags::MS_NODEV,
            Some(options.as_str()),
        )
    })
    .with_context(|| format!("mounting den's FUSE overlay on \"{}\"", target.display()))?;
    let fs_layers = layers::Layers::new(upper, lower, work);
    match crate::sys::fork().context("starting den's FUSE server")? {
        ForkResult::Child => {
            let code = match serve(fd, fs_layers, shift, transient) {
                Ok(()) => 0,
                Err(_) => 1,
            };
            std::process::exit(code);
        }
        ForkResult::Parent { .. } => drop(fd),
    }
    nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
        .context("entering a mount namespace of the container's own")?;
    Ok(())
}

/// The server process: dies with the container's init, holds none of den's descriptors (den
/// waits for its channel and the container's stdio to close), answers until unmounted.
fn serve(fd: OwnedFd, layers: layers::Layers, shift: IdShift, transient: bool) -> Result<()> {
    nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL)?;
    let raw = fd.as_raw_fd();
    let null = OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")?;
    for target in 0..=2 {
        crate::sys::dup_onto(std::os::fd::AsFd::as_fd(&null), target)?;
    }
    drop(null);
    for other in 3..raw {
        let _ = nix::unistd::close(other);
    }
    crate::sys::close_from(raw + 1)?;
    let _ = nix::unistd::chdir("/");
    let mut config = fuser::Config::default();
    config.n_threads = Some(THREADS);
    config.clone_fd = true;
    config.acl = fuser::SessionACL::All;
    let fs = fs::OverlayFs::new(layers, shift, transient);
    let session = fuser::Session::from_fd(fs, fd, fuser::SessionACL::All, config)?;
    session.run()?;
    Ok(())
}
