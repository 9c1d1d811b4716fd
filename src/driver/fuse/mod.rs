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
pub mod listing;

use std::fs::OpenOptions;
use std::os::fd::{AsRawFd, OwnedFd};
use std::path::Path;

use anyhow::{Context, Result, bail};
use nix::mount::{MsFlags, mount};
use nix::unistd::ForkResult;

use crate::child::channel::{ChildEnd, ToChild, ToParent};
use crate::driver::LayerDirs;
use crate::error::HintExt;
use crate::host::dev_fuse_status;
use crate::identity::idmap::IdMapping;

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
pub const KEEP_ID_MECHANISM: &str = "den's FUSE overlay served from the store's namespace: \
    a container whose mapping differs from the store's (keep-id, nomap, auto) always uses it, \
    and the kernel translates owners between the container's ids and the store's as the server \
    answers, so the layers are used as unpacked, with no copy, no chown and no idmapped mount \
    (which a user namespace cannot make); needs /dev/fuse";

/// Where the FUSE server of a container's root runs.
pub enum ServerPlace<'a> {
    /// Forked by the container's setup, in the container's namespaces (the default mapping):
    /// it reads and reports owners in that namespace's ids, which are the store's.
    InContainer,
    /// In the store's namespace, started by den (or the monitor), which receives the mount's
    /// /dev/fuse descriptor over `chan` (`ToParent::FuseDevice`): for a container whose
    /// mapping differs from the store's (`--userns`). The kernel gives the server the
    /// callers' ids, and reads its replies, in the ids of the mount's namespace (the
    /// container's), while the server reads the layers in the store's ids, which are the
    /// image's: the two agree with no shifting, whatever the container's map, and the server
    /// can read and write every file of the store, your own included, which a container
    /// namespace without your uid (nomap, auto) could not.
    InStoreNs(&'a ChildEnd),
}

/// Mounts den's FUSE overlay of `layers` at `target` and starts its server where `place`
/// says. With the server in the container, this process then leaves the mount namespace, as
/// the fuse-overlayfs driver does (pivot_root would otherwise move the server's root onto
/// its own mount); a server in the store's namespace has a root of its own. `transient` (a
/// `--rm` container, whose upper dir is thrown away at exit) makes fsync return at once, as
/// kernel overlay's `volatile` option does.
pub fn mount_root(
    layers: LayerDirs<'_>,
    target: &Path,
    place: &ServerPlace<'_>,
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
    match place {
        ServerPlace::InContainer => {
            let fs_layers = layers::Layers::new(upper, lower, work);
            match crate::sys::fork().context("starting den's FUSE server")? {
                ForkResult::Child => {
                    let code = i32::from(serve(fd, fs_layers, transient).is_err());
                    std::process::exit(code);
                }
                ForkResult::Parent { .. } => drop(fd),
            }
            nix::sched::unshare(nix::sched::CloneFlags::CLONE_NEWNS)
                .context("entering a mount namespace of the container's own")?;
        }
        ServerPlace::InStoreNs(chan) => {
            chan.send_with_fd(&ToParent::FuseDevice, Some(fd.as_raw_fd()))?;
            drop(fd);
            match chan.recv()? {
                Some(ToChild::Proceed) => {}
                _ => bail!("den stopped while starting the FUSE server"),
            }
        }
    }
    Ok(())
}

/// A FUSE server den started in the store's namespace (`ServerPlace::InStoreNs`), a child
/// of den or of the monitor: it dies with its parent (PR_SET_PDEATHSIG), ends by itself when
/// the container's mount namespace, the only one with the mount, goes away (the kernel aborts
/// the connection), and is killed and reaped when dropped, after the container has ended.
#[derive(Debug)]
pub struct StoreNsServer {
    pid: nix::unistd::Pid,
}

impl Drop for StoreNsServer {
    fn drop(&mut self) {
        crate::child::kill_and_reap(self.pid);
    }
}

/// Starts the server of the mount whose /dev/fuse descriptor is `fd`, in a child process in
/// the store's namespace (`mapping`: the store's); call only while single-threaded.
pub fn start_in_store_ns(
    fd: OwnedFd,
    layers: LayerDirs<'_>,
    mapping: &IdMapping,
    transient: bool,
) -> Result<StoreNsServer> {
    let fs_layers = layers::Layers::new(layers.upper, layers.lower, layers.work);
    if crate::identity::userns::in_den_userns() {
        // den itself runs in its namespace (`den unshare den run ...`): a plain fork is there.
        return match crate::sys::fork().context("starting den's FUSE server")? {
            ForkResult::Child => {
                std::process::exit(i32::from(serve(fd, fs_layers, transient).is_err()))
            }
            ForkResult::Parent { child } => Ok(StoreNsServer { pid: child }),
        };
    }
    let child = crate::identity::userns::spawn_in_store_ns(mapping, move || {
        serve(fd, fs_layers, transient)
    })
    .context("starting den's FUSE server in the store's namespace")?;
    Ok(StoreNsServer { pid: child.pid() })
}

/// The server process: dies with the container's init, holds none of den's descriptors (den
/// waits for its channel and the container's stdio to close), answers until unmounted.
fn serve(fd: OwnedFd, layers: layers::Layers, transient: bool) -> Result<()> {
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
    let fs = fs::OverlayFs::new(layers, IdShift::identity(), transient);
    let session = fuser::Session::from_fd(fs, fd, fuser::SessionACL::All, config)?;
    session.run()?;
    Ok(())
}
