//! den's user namespace: writing the id maps of a new namespace (newuidmap/newgidmap for
//! subordinate ranges, /proc/PID/{setgroups,uid_map,gid_map} in one-id mode), and running a
//! piece of den inside a namespace with the store's mapping. Every store operation that
//! creates or removes files owned by subordinate ids goes through `run_in_store_ns`, as
//! podman's do through its user namespace.

use std::fs;
use std::process::Command;

use anyhow::{Context, Result, bail};
use nix::sys::signal::Signal;
use nix::unistd::Pid;

use crate::child::channel::{self, ToChild, ToParent};
use crate::child::{kill_and_reap, wait_for};
use crate::error::{HintExt, Remote};
use crate::identity::idmap::{IdMapping, IdRange, MapHelpers, find_map_helpers};
use crate::sys::{Forked, Namespaces, clone_into};

/// Set in the environment of processes running in den's user namespace, so that a den started
/// from there (`den unshare den images`) does not try to nest another one.
pub const IN_USERNS_ENV: &str = "_DEN_IN_USERNS";

/// Whether this process already runs inside den's user namespace.
pub fn in_den_userns() -> bool {
    std::env::var_os(IN_USERNS_ENV).is_some()
}

fn map_args(ranges: &[IdRange]) -> Vec<String> {
    ranges
        .iter()
        .flat_map(|r| [r.container, r.host, r.count])
        .map(|n| n.to_string())
        .collect()
}

fn map_text(ranges: &[IdRange]) -> String {
    use std::fmt::Write;
    let mut text = String::new();
    for r in ranges {
        let _ = writeln!(text, "{} {} {}", r.container, r.host, r.count);
    }
    text
}

/// Writes the uid and gid maps of the user namespace of process `pid`.
pub fn write_id_maps(pid: Pid, mapping: &IdMapping) -> Result<()> {
    if mapping.one_id {
        // An unprivileged process may map only its own ids, and only after denying
        // setgroups(2) in the namespace (user_namespaces(7), since Linux 3.19).
        let proc = format!("/proc/{pid}");
        fs::write(format!("{proc}/setgroups"), "deny")
            .with_context(|| format!("writing {proc}/setgroups"))?;
        fs::write(format!("{proc}/uid_map"), map_text(&mapping.uids))
            .with_context(|| format!("writing {proc}/uid_map"))?;
        fs::write(format!("{proc}/gid_map"), map_text(&mapping.gids))
            .with_context(|| format!("writing {proc}/gid_map"))?;
        return Ok(());
    }
    run_map_helpers(&find_map_helpers()?, pid, mapping)
}

/// Runs newuidmap and newgidmap (`helpers`) for process `pid`, both at once, and reaps both
/// whatever happens: one that started is waited for even when the other could not start.
fn run_map_helpers(helpers: &MapHelpers, pid: Pid, mapping: &IdMapping) -> Result<()> {
    let spawn = |helper: &std::path::Path, ranges: &[IdRange]| {
        Command::new(helper)
            .arg(pid.to_string())
            .args(map_args(ranges))
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .with_context(|| format!("running {}", helper.display()))
    };
    // Both helpers run at once: each is a setuid program with its own start-up cost, and a
    // spawn returns only once its exec is done (vfork), so newuidmap is spawned from a
    // second thread while this one spawns newgidmap. The thread ends before this returns.
    let (uid_child, gid_child) = std::thread::scope(|s| {
        let uid = s.spawn(|| spawn(&helpers.newuidmap, &mapping.uids));
        let gid = spawn(&helpers.newgidmap, &mapping.gids);
        (uid.join(), gid)
    });
    let uid_child = uid_child.unwrap_or_else(|_| Err(anyhow::anyhow!("starting newuidmap failed")));
    let mut running = Vec::new();
    let mut not_started = None;
    for (helper, ranges, file, child) in [
        (&helpers.newuidmap, &mapping.uids, "/etc/subuid", uid_child),
        (&helpers.newgidmap, &mapping.gids, "/etc/subgid", gid_child),
    ] {
        match child {
            Ok(c) => running.push((helper, ranges, file, c)),
            Err(e) => {
                not_started.get_or_insert(e);
            }
        }
    }
    if let Some(e) = not_started {
        // The other one may have started: reaped, not left a zombie until den exits.
        for (.., mut child) in running {
            let _ = child.wait();
        }
        return Err(e);
    }
    let mut first_error = None;
    for (helper, ranges, file, child) in running {
        let out = child
            .wait_with_output()
            .with_context(|| format!("running {}", helper.display()))?;
        if !out.status.success() && first_error.is_none() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            first_error = Some(
                Err::<(), _>(anyhow::anyhow!("{}", stderr.trim()))
                    .with_context(|| {
                        format!(
                            "{} {pid} {} failed ({})",
                            helper.display(),
                            map_args(ranges).join(" "),
                            out.status
                        )
                    })
                    .hint(format!(
                        "check that {file} gives your user the range den uses (see `den doctor`)"
                    ))
                    .unwrap_err(),
            );
        }
    }
    match first_error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Becomes root of the namespace (container uid and gid 0) after the maps are written.
pub fn become_root(mapping: &IdMapping) -> Result<()> {
    become_root_with(mapping, false)
}

/// `become_root`; `keep_groups`: den's supplementary groups stay (`--group-add keep-groups`).
pub fn become_root_with(mapping: &IdMapping, keep_groups: bool) -> Result<()> {
    let root_gid = nix::unistd::Gid::from_raw(0);
    let root_uid = nix::unistd::Uid::from_raw(0);
    if !mapping.one_id && !keep_groups {
        nix::unistd::setgroups(&[]).context("clearing supplementary groups")?;
    }
    nix::unistd::setresgid(root_gid, root_gid, root_gid).context("becoming gid 0")?;
    nix::unistd::setresuid(root_uid, root_uid, root_uid).context("becoming uid 0")?;
    Ok(())
}

/// Runs `work` in a child process inside a new user and mount namespace with the user's
/// mapping, and returns its result. Used for every store write that creates or removes files
/// owned by subordinate ids. When den already runs in its namespace, `work` runs in-process.
pub fn run_in_store_ns(mapping: &IdMapping, work: impl FnOnce() -> Result<()>) -> Result<()> {
    match run_in_store_ns_status(mapping, work)? {
        0 => Ok(()),
        code => bail!("den's namespace helper exited with status {code}"),
    }
}

/// Like `run_in_store_ns`, but returns the exit status of the helper instead of failing when
/// it is not zero (for `den unshare`, whose command's status is den's).
pub fn run_in_store_ns_status(
    mapping: &IdMapping,
    work: impl FnOnce() -> Result<()>,
) -> Result<i32> {
    if in_den_userns() {
        return work().map(|()| 0);
    }
    spawn_in_store_ns(mapping, work)?.wait_status()
}

/// A child running in den's user namespace (from `spawn_in_store_ns`).
#[derive(Debug)]
pub struct NsChild {
    pid: Pid,
    parent: channel::ParentEnd,
}

impl NsChild {
    /// The child's pid.
    pub fn pid(&self) -> Pid {
        self.pid
    }

    /// Waits for the child; fails with its error when `work` failed.
    pub fn wait(self) -> Result<()> {
        match self.wait_status()? {
            0 => Ok(()),
            code => bail!("den's namespace helper exited with status {code}"),
        }
    }

    /// Waits for the child and returns its exit status (its error when `work` failed).
    pub fn wait_status(self) -> Result<i32> {
        let reply = self.parent.recv();
        let code = wait_for(self.pid)?;
        if let Ok(Some(ToParent::Failed(remote))) = reply {
            return Err(remote.into());
        }
        Ok(code)
    }
}

/// The side of `clone_with_id_maps` the caller is on.
#[derive(Debug)]
pub enum Cloned {
    /// den: the child's pid, and den's end of the channel to it.
    Parent(Pid, channel::ParentEnd),
    /// The child, its id maps written: it may become root of its namespace now.
    Child(channel::ChildEnd),
}

/// den's one spawn handshake, for runs and for store operations alike: clone into
/// `namespaces` (a new user namespace among them); den writes the child's uid and gid maps
/// and sends `MappingWritten`, while the child waits for that before anything else. Call
/// only while single-threaded. On den's side a failure kills and reaps the child. The child
/// first asks the kernel to kill it when den dies; a den that died before that, or failed
/// before the maps were written, closes the channel, and the child exits without a word:
/// nobody is left to read it. (getppid() cannot tell: den is outside a new PID namespace.)
pub fn clone_with_id_maps(namespaces: Namespaces, mapping: &IdMapping) -> Result<Cloned> {
    clone_with_id_maps_then(namespaces, mapping, &mut |_| Ok(()))
}

/// `clone_with_id_maps`, with `before_start` run in the parent after the maps are written
/// and before the child goes on (a container's init is moved into its cgroup there).
pub fn clone_with_id_maps_then(
    namespaces: Namespaces,
    mapping: &IdMapping,
    before_start: &mut dyn FnMut(Pid) -> Result<()>,
) -> Result<Cloned> {
    let (parent, child) = channel::pair()?;
    match clone_into(namespaces).context("creating den's namespaces")? {
        Forked::Child => {
            drop(parent);
            let ready = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL).is_ok()
                && matches!(child.recv(), Ok(Some(ToChild::MappingWritten)));
            if !ready {
                std::process::exit(crate::error::EXIT_DEN);
            }
            Ok(Cloned::Child(child))
        }
        Forked::Parent(pid) => {
            drop(child);
            let written = write_id_maps(pid, mapping)
                .and_then(|()| before_start(pid))
                .and_then(|()| parent.send(&ToChild::MappingWritten));
            if let Err(e) = written {
                kill_and_reap(pid);
                return Err(e);
            }
            Ok(Cloned::Parent(pid, parent))
        }
    }
}

/// Starts `work` in a child process inside a new user and mount namespace with the user's
/// mapping, and returns at once (with the maps written): the caller goes on with its own
/// work, then waits. Call only while single-threaded and not already in den's namespace.
/// `work` is dropped in the parent, so file descriptors it owns stay in the child only.
pub fn spawn_in_store_ns(
    mapping: &IdMapping,
    work: impl FnOnce() -> Result<()>,
) -> Result<NsChild> {
    let ns = Namespaces {
        user: true,
        mount: true,
        ..Namespaces::default()
    };
    match clone_with_id_maps(ns, mapping)? {
        Cloned::Child(child) => {
            let result = become_root(mapping).and_then(|()| {
                set_in_userns_env();
                work()
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
        Cloned::Parent(pid, parent) => {
            drop(work);
            Ok(NsChild { pid, parent })
        }
    }
}

/// Marks this process (and what it starts) as running in den's namespace.
pub fn set_in_userns_env() {
    crate::sys::set_env(IN_USERNS_ENV, "1");
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_helper_that_started_is_reaped_when_the_other_cannot_start() {
        // newgidmap missing: newuidmap, already running, was dropped unwaited, a zombie
        // until den exited.
        let dir = tempfile::tempdir().unwrap();
        let pid_file = dir.path().join("pid");
        let script = dir.path().join("newuidmap");
        fs::write(
            &script,
            format!("#!/bin/sh\necho $$ > {}\n", pid_file.display()),
        )
        .unwrap();
        fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
        let helpers = MapHelpers {
            newuidmap: script,
            newgidmap: dir.path().join("no-such-newgidmap"),
        };
        let range = IdRange {
            container: 0,
            host: 1000,
            count: 1,
        };
        let mapping = IdMapping {
            uids: vec![range],
            gids: vec![range],
            one_id: false,
            one_id_reason: None,
            free_range: None,
        };
        let err = run_map_helpers(&helpers, Pid::this(), &mapping).unwrap_err();
        assert!(format!("{err:#}").contains("no-such-newgidmap"), "{err:#}");
        let helper: i32 = fs::read_to_string(&pid_file)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        // Reaped: its pid is gone, not a zombie of this process.
        assert!(
            !std::path::Path::new(&format!("/proc/{helper}")).exists(),
            "newuidmap ({helper}) was left unreaped"
        );
    }
}
