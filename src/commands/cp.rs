//! `den cp`: copies files and directories between the host and a container, or between two
//! containers, as `podman cp` (`CONTAINER:PATH` on one side or both; a relative container
//! path is taken from the container's working directory). See `store::container_cp` for how
//! paths resolve and where files go.
//!
//! A stopped container's files are read and written in the store (its upper layer over the
//! image's layers), inside den's user namespace. A running container's are reached through
//! its root (`/proc/PID/root`, opened before anything else) by a child that joined the
//! container's user namespace: the copy sees and changes what the container sees (volumes
//! and tmpfs mounts included) and never writes under a mounted overlay's feet. Between two
//! containers the files go through a staging directory in the store's `tmp/`.

use std::io::IsTerminal;
use std::os::fd::{AsFd, AsRawFd};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::fcntl::OFlag;
use nix::sched::CloneFlags;
use nix::sys::stat::Mode;
use nix::unistd::ForkResult;

use crate::child::channel::{self, ToParent};
use crate::cli::CpArgs;
use crate::config::Ctx;
use crate::error::{Remote, hinted};
use crate::identity::idmap::IdMapping;
use crate::identity::userns::run_in_store_ns;
use crate::runtime::state;
use crate::store::Store;
use crate::store::container_cp::{
    CopyOptions, check_tar_dest, copy_in, copy_in_unpacked, copy_out, copy_out_tar, unpack_tar,
};
use crate::store::container_fs::{FsLayers, Node, Owners};
use crate::store::containers::FsContainer;
use crate::store::records::{self, ContainerRecord};

/// `CONTAINER:PATH` split in two; a host path with a `:` can be written `./a:b`.
fn container_part(arg: &str) -> Option<(&str, &str)> {
    let (ctr, path) = arg.split_once(':')?;
    (!ctr.is_empty() && !ctr.contains('/')).then_some((ctr, path))
}

/// A container side of the copy, resolved.
struct Side {
    record: ContainerRecord,
    /// The path in the container, absolute (a relative one is taken from the workdir).
    path: String,
    /// Where its files are: the store's layers, or the running container's root.
    layers: FsLayers,
    /// The init's pid while it runs.
    pid: Option<i32>,
}

impl Side {
    fn open(store: &Store, name: &str, path: &str) -> Result<Side> {
        let id = records::resolve(store, name).map_err(|e| {
            if e.to_string().starts_with("no container") {
                hinted(
                    format!("no such container: container \"{name}\" does not exist"),
                    "list containers with `den ps -a`",
                )
            } else {
                e
            }
        })?;
        let record = state::load(store, &id)?;
        let workdir = record
            .plan
            .as_ref()
            .map_or_else(|| PathBuf::from("/"), |p| p.process.cwd.clone());
        let path = absolute(path, &workdir);
        let pid = record.pid.filter(|_| state::init_alive(&record));
        let layers = FsContainer::from_record(store, record.clone()).layers(store)?;
        Ok(Side {
            record,
            path,
            layers,
            pid,
        })
    }

    fn shown(&self) -> String {
        format!("\"{}\"", self.record.name)
    }

    fn user(&self) -> String {
        self.record
            .plan
            .as_ref()
            .map_or_else(|| "0".to_string(), |p| p.process.user.clone())
    }

    /// Runs `work` on this container's files: in den's namespace on the store's layers, or,
    /// while it runs, in its own user namespace on its root.
    fn run(&self, mapping: &IdMapping, work: impl FnOnce(&FsLayers) -> Result<()>) -> Result<()> {
        match self.pid {
            None => {
                let layers = self.layers.clone();
                run_in_store_ns(mapping, move || work(&layers))
            }
            Some(pid) => run_in_container(pid, None, work),
        }
    }

    /// Runs `work`, which writes into this container what it reads from the host path it is
    /// given (`host`, or a name standing for it). While the container runs, the writing child
    /// is chrooted into the container's root, so that no symlink a process of the container
    /// swaps in mid-copy can lead a write outside it; the host side is then reached by a name
    /// relative to the working directory, `host`'s parent, opened before the chroot.
    fn run_writing(
        &self,
        mapping: &IdMapping,
        host: &Path,
        work: impl FnOnce(&FsLayers, &Path) -> Result<()>,
    ) -> Result<()> {
        let Some(pid) = self.pid else {
            let (layers, host) = (self.layers.clone(), host.to_path_buf());
            return run_in_store_ns(mapping, move || work(&layers, &host));
        };
        let (dir, name) = split_host(host)?;
        run_in_container(pid, Some(&dir), move |layers| work(layers, &name))
    }
}

/// `host` as (the directory to work in, the name to use there): `a/b/.` is (`a`, `b/.`).
fn split_host(host: &Path) -> Result<(PathBuf, PathBuf)> {
    let text = host.to_string_lossy();
    let contents = text.ends_with("/.");
    let host = std::path::absolute(host)
        .with_context(|| format!("finding \"{}\" on the host", host.display()))?;
    let (Some(dir), Some(name)) = (host.parent(), host.file_name()) else {
        bail!("cannot copy the host's root directory into a running container");
    };
    let mut name = PathBuf::from(name);
    if contents {
        name.push(".");
    }
    Ok((dir.to_path_buf(), name))
}

/// `path` in the container, absolute: a relative one is taken from `workdir`; empty is the
/// working directory itself.
fn absolute(path: &str, workdir: &Path) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    let base = workdir.to_string_lossy();
    let base = base.trim_end_matches('/');
    if path.is_empty() {
        format!("{base}/")
    } else {
        format!("{base}/{path}")
    }
}

/// The container's primary uid and gid: its user resolved in its own /etc/passwd and
/// /etc/group (numeric ids as they are).
fn primary_ids(layers: &FsLayers, user: &str) -> (u32, u32) {
    let read = |p: &str| -> String {
        layers
            .resolve(p, true)
            .ok()
            .and_then(|c| layers.lookup(&c).ok().flatten())
            .and_then(|n| match n {
                Node::Leaf { path, .. } => std::fs::read_to_string(path).ok(),
                Node::Dir { .. } => None,
            })
            .unwrap_or_default()
    };
    crate::runtime::user::resolve(user, &read("/etc/passwd"), &read("/etc/group"))
        .map_or((0, 0), |u| (u.uid, u.gid))
}

/// Runs `work` in a child that joined the user namespace of the container whose init is
/// `pid`, with the layers of a merged view: the container's root, opened first (after the
/// join the host's /proc still names it; the descriptor keeps it whatever the container does
/// to its own /proc).
fn run_in_container(
    pid: i32,
    chroot_with_cwd: Option<&Path>,
    work: impl FnOnce(&FsLayers) -> Result<()>,
) -> Result<()> {
    let userns = nix::fcntl::open(
        format!("/proc/{pid}/ns/user").as_str(),
        OFlag::O_RDONLY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .context("opening the container's user namespace (it stopped?)")?;
    let root = nix::fcntl::open(
        format!("/proc/{pid}/root").as_str(),
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .context("opening the container's root")?;
    let cwd = chroot_with_cwd
        .map(|dir| {
            nix::fcntl::open(
                dir,
                OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
                Mode::empty(),
            )
            .with_context(|| format!("opening \"{}\"", dir.display()))
        })
        .transpose()?;
    let (parent, child) = channel::pair()?;
    match crate::sys::fork().context("starting the copy")? {
        ForkResult::Child => {
            drop(parent);
            let result = nix::sched::setns(userns.as_fd(), CloneFlags::CLONE_NEWUSER)
                .context("joining the container's user namespace")
                .and_then(|()| {
                    let root = match &cwd {
                        None => PathBuf::from(format!("/proc/self/fd/{}", root.as_raw_fd())),
                        Some(cwd) => {
                            enter_root(&root, cwd)?;
                            PathBuf::from("/")
                        }
                    };
                    work(&FsLayers {
                        upper: Some(root),
                        lowers: Vec::new(),
                    })
                });
            let code = match result {
                Ok(()) => 0,
                Err(e) => {
                    let remote = Remote::capture(&e);
                    let code = remote.exit_code;
                    let _ = child.send(&ToParent::Failed(remote));
                    code
                }
            };
            let _ = std::io::Write::flush(&mut std::io::stdout());
            std::process::exit(code);
        }
        ForkResult::Parent { child: pid } => {
            drop(child);
            let reply = parent.recv();
            let code = crate::child::wait_for(pid)?;
            if let Ok(Some(ToParent::Failed(remote))) = reply {
                return Err(remote.into());
            }
            if code != 0 {
                bail!("the copy exited with status {code}");
            }
            Ok(())
        }
    }
}

/// Makes the container's root this process's root (in a mount namespace of its own, owned by
/// the container's user namespace, which it has joined) and `cwd` its working directory.
fn enter_root(root: &impl AsFd, cwd: &impl AsFd) -> Result<()> {
    nix::sched::unshare(CloneFlags::CLONE_NEWNS).context("making a mount namespace")?;
    nix::unistd::fchdir(root).context("entering the container's root")?;
    nix::unistd::chroot(".").context("changing root to the container's")?;
    nix::unistd::fchdir(cwd).context("entering the host directory")?;
    Ok(())
}

pub fn run(ctx: &Ctx, args: &CpArgs) -> Result<i32> {
    let (src_ctr, dest_ctr) = (container_part(&args.src), container_part(&args.dest));
    if src_ctr.is_none() && dest_ctr.is_none() {
        return Err(hinted(
            "invalid arguments: one of SRC and DEST must name a container",
            "write the container side as CONTAINER:PATH",
        ));
    }
    if args.dest == "-" && std::io::stdout().is_terminal() {
        return Err(hinted(
            "refusing to write a tarball to a terminal",
            "redirect standard output, or give a host path",
        ));
    }
    let store = Store::open(&ctx.paths)?;
    let mapping = IdMapping::for_current_user()?;
    let owners = if mapping.one_id {
        Owners::Recorded
    } else {
        Owners::Stat
    };
    let base = CopyOptions {
        archive: args.archive,
        owner: (0, 0),
        overwrite: args.overwrite,
        one_id: mapping.one_id,
    };
    match (src_ctr, dest_ctr) {
        (Some((c, p)), None) => {
            let side = Side::open(&store, c, p)?;
            let (path, shown) = (side.path.clone(), side.shown());
            let host = PathBuf::from(&args.dest);
            side.run(&mapping, move |layers| {
                if host.as_os_str() == "-" {
                    copy_out_tar(layers, &path, crate::output::stdout(), owners)
                } else {
                    copy_out(layers, &path, &host, base)
                }
            })
            .with_context(|| format!("copying \"{}\" out of container {shown}", args.src))?;
        }
        (None, Some((c, p))) => {
            let side = Side::open(&store, c, p)?;
            let (path, shown, user) = (side.path.clone(), side.shown(), side.user());
            if args.src == "-" {
                copy_in_stdin(&store, &mapping, &side, base)
            } else {
                let host = PathBuf::from(&args.src);
                side.run_writing(&mapping, &host, move |layers, host| {
                    let opts = CopyOptions {
                        owner: primary_ids(layers, &user),
                        ..base
                    };
                    copy_in(layers, host, &path, opts)
                })
            }
            .with_context(|| format!("copying \"{}\" into container {shown}", args.src))?;
        }
        (Some((sc, sp)), Some((dc, dp))) => {
            let from = Side::open(&store, sc, sp)?;
            let to = Side::open(&store, dc, dp)?;
            between(&store, &mapping, &from, &to, base)
                .with_context(|| format!("copying \"{}\" to \"{}\"", args.src, args.dest))?;
        }
        (None, None) => unreachable!("checked above"),
    }
    Ok(0)
}

/// `cp - CTR:DIR`: the tarball on stdin is unpacked into a staging directory in the store's
/// `tmp/` (in den's namespace, so its ids map as the store's), then copied in from there.
fn copy_in_stdin(store: &Store, mapping: &IdMapping, to: &Side, base: CopyOptions) -> Result<()> {
    let stage = staging_dir(store)?;
    let result = (|| {
        let dir = stage.clone();
        run_in_store_ns(mapping, move || {
            unpack_tar(std::io::stdin().lock(), &dir, base)
        })?;
        let (path, user) = (to.path.clone(), to.user());
        to.run_writing(mapping, &stage, move |layers, staged| {
            check_tar_dest(layers, &path)?;
            let opts = CopyOptions {
                owner: primary_ids(layers, &user),
                ..base
            };
            copy_in_unpacked(layers, staged, &path, opts)
        })
    })();
    result.and(remove_staging(mapping, stage))
}

/// A new directory in the store's `tmp/`, kept until `remove_staging`.
fn staging_dir(store: &Store) -> Result<PathBuf> {
    let tmp = store.tmp_dir();
    std::fs::create_dir_all(&tmp).with_context(|| format!("creating \"{}\"", tmp.display()))?;
    Ok(tempfile::Builder::new()
        .prefix("cp-")
        .tempdir_in(&tmp)
        .with_context(|| format!("creating a directory in \"{}\"", tmp.display()))?
        .keep())
}

/// Removes a staging directory in den's namespace (its files may belong to mapped ids).
fn remove_staging(mapping: &IdMapping, dir: PathBuf) -> Result<()> {
    run_in_store_ns(mapping, move || {
        std::fs::remove_dir_all(&dir).with_context(|| format!("removing \"{}\"", dir.display()))
    })
}

/// Container to container: out into a staging directory of the store, then in from there
/// (ids stay as they were: both containers have the store's mapping), then the staging
/// directory is removed in den's namespace.
fn between(
    store: &Store,
    mapping: &IdMapping,
    from: &Side,
    to: &Side,
    base: CopyOptions,
) -> Result<()> {
    let tmp = store.tmp_dir();
    std::fs::create_dir_all(&tmp).with_context(|| format!("creating \"{}\"", tmp.display()))?;
    let stage = tempfile::Builder::new()
        .prefix("cp-")
        .tempdir_in(&tmp)
        .with_context(|| format!("creating a directory in \"{}\"", tmp.display()))?
        .keep();
    let contents = from.path.ends_with("/.");
    let name = Path::new(from.path.trim_end_matches("/."))
        .file_name()
        .map(std::ffi::OsStr::to_os_string);
    let result = (|| {
        let (path, dir) = (from.path.clone(), stage.clone());
        from.run(mapping, move |layers| copy_out(layers, &path, &dir, base))?;
        let staged = match (&name, contents) {
            (Some(n), false) => stage.join(n),
            _ => stage.join("."),
        };
        let (path, user) = (to.path.clone(), to.user());
        to.run_writing(mapping, &staged, move |layers, staged| {
            let opts = CopyOptions {
                owner: primary_ids(layers, &user),
                ..base
            };
            copy_in(layers, staged, &path, opts)
        })
    })();
    let dir = stage.clone();
    let cleaned = run_in_store_ns(mapping, move || {
        std::fs::remove_dir_all(&dir).with_context(|| format!("removing \"{}\"", dir.display()))
    });
    result.and(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn container_side_is_name_colon_path() {
        assert_eq!(container_part("c1:/etc"), Some(("c1", "/etc")));
        assert_eq!(container_part("./a:b"), None);
        assert_eq!(container_part("/tmp/x"), None);
        assert_eq!(container_part(":x"), None);
    }

    #[test]
    fn relative_paths_start_at_the_workdir() {
        assert_eq!(absolute("/etc", Path::new("/tmp")), "/etc");
        assert_eq!(absolute("a/b", Path::new("/tmp")), "/tmp/a/b");
        assert_eq!(absolute("a", Path::new("/")), "/a");
        assert_eq!(absolute("", Path::new("/srv/")), "/srv/");
    }
}
