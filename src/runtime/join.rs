//! Joining other containers' namespaces (`--ipc/--pid/--uts/--cgroupns/--network
//! container:NAME`, `ns:PATH`). A namespace belongs to the user namespace that created it,
//! and only a process with capabilities there may join it; so, as podman (containers that
//! share namespaces share the user namespace), the new container joins the owner's user
//! namespace first and creates its own mount (and other private) namespaces inside it.
//!
//! den cannot enter that user namespace itself (it stays outside as the container's parent
//! and monitor), and a process joins a PID namespace only for its children: so den forks a
//! helper that calls setns(2) for the user namespace and then each joined one, and clones the
//! container's init with CLONE_PARENT, which makes it den's child, as without joins. The
//! helper reports the init's pid and exits. No id maps are written: the joined user namespace
//! has them already. A target that is not running is refused before anything is forked.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::fcntl::OFlag;
use nix::sched::CloneFlags;
use nix::sys::signal::Signal;
use nix::sys::stat::Mode;
use nix::unistd::ForkResult;

use crate::child::channel::{self, ToChild};
use crate::child::wait_for;
use crate::error::HintExt;
use crate::identity::userns::Cloned;
use crate::plan::{NsFacts, NsMode, RunPlan, RunSettings};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records;
use crate::sys::{Forked, Namespaces};

/// What `plan::build` needs to know about the host and the containers to join (the
/// command's I/O before planning).
pub fn ns_facts(store: &Store, settings: &RunSettings) -> Result<NsFacts> {
    let mut containers = HashMap::new();
    for (kind, name) in settings.ns.joined_containers(settings.network.as_deref()) {
        let id = records::resolve(store, &name)
            .with_context(|| format!("looking up container to share {kind} namespace with"))?;
        let hostname = records::read(store, &id)
            .ok()
            .and_then(|r| r.plan.map(|p| p.hostname))
            .unwrap_or_default();
        containers.insert(name, (id, hostname));
    }
    let limit = |r| nix::sys::resource::getrlimit(r).unwrap_or((1024, 1024));
    Ok(NsFacts {
        containers,
        host_hostname: nix::unistd::gethostname()
            .map(|h| h.to_string_lossy().into_owned())
            .unwrap_or_default(),
        cgroup_v2: nix::sys::statfs::statfs("/sys/fs/cgroup")
            .is_ok_and(|s| s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC),
        nofile: limit(nix::sys::resource::Resource::RLIMIT_NOFILE),
        nproc: limit(nix::sys::resource::Resource::RLIMIT_NPROC),
        pid_max: std::fs::read_to_string("/proc/sys/kernel/pid_max")
            .ok()
            .and_then(|t| t.trim().parse().ok()),
    })
}

/// The namespaces a container's init is cloned into: a new user namespace unless it joins
/// one, and a new one of each kind the plan keeps private.
#[must_use]
pub fn namespaces(plan: &RunPlan, joining: bool) -> Namespaces {
    let ns = &plan.ns.namespaces;
    Namespaces {
        user: !joining,
        mount: true,
        pid: ns.pid.is_new(),
        uts: ns.uts.is_new(),
        ipc: ns.ipc.is_new(),
        cgroup: ns.cgroup.is_new(),
        net: !ns.net.joins() && plan.network.is_private(),
    }
}

/// The opened namespaces of the targets, user namespace first.
pub struct Joined {
    user: OwnedFd,
    others: Vec<(&'static str, CloneFlags, OwnedFd)>,
    /// With `--ipc container:X`: X's mount namespace, for its /dev/shm.
    pub shm_from: Option<PathBuf>,
}

impl Joined {
    /// Only a user namespace: a container on user-defined networks joins the networks' one
    /// (`network::holder`) and makes all its other namespaces inside it.
    #[must_use]
    pub fn user_only(user: OwnedFd) -> Joined {
        Joined {
            user,
            others: Vec::new(),
            shm_from: None,
        }
    }
}

fn clone_flag(kind: &str) -> CloneFlags {
    match kind {
        "ipc" => CloneFlags::CLONE_NEWIPC,
        "pid" => CloneFlags::CLONE_NEWPID,
        "uts" => CloneFlags::CLONE_NEWUTS,
        "cgroup" => CloneFlags::CLONE_NEWCGROUP,
        _ => CloneFlags::CLONE_NEWNET,
    }
}

fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    a.ino() == b.ino() && a.dev() == b.dev()
}

/// Opens the namespaces the plan joins; `None` when it joins none (or only ones den is in
/// already, such as a target's host network). Each target must be running and all of them
/// owned by one user namespace that is not den's own.
pub fn open(plan: &RunPlan) -> Result<Option<Joined>> {
    let joins = plan.ns.namespaces.joins();
    if joins.is_empty() {
        return Ok(None);
    }
    // store_dir is <store>/containers/<id>.
    let store_root = plan
        .store_dir
        .parent()
        .and_then(Path::parent)
        .context("finding the store of the container")?;
    let store = Store::open_at(store_root)?;
    let mut others = Vec::new();
    let mut owner: Option<(OwnedFd, String)> = None;
    let mut shm_from = None;
    for (kind, mode) in joins {
        let (path, what) = match mode {
            NsMode::Container(id) => {
                let pid = running_pid(&store, id, kind)?;
                if kind == "ipc" {
                    shm_from = Some(PathBuf::from(format!("/proc/{pid}/ns/mnt")));
                }
                let short: String = id.chars().take(12).collect();
                (
                    format!("/proc/{pid}/ns/{kind}"),
                    format!("container {short}"),
                )
            }
            NsMode::Path(p) => (p.display().to_string(), format!("\"{}\"", p.display())),
            _ => continue,
        };
        let fd = nix::fcntl::open(
            path.as_str(),
            OFlag::O_RDONLY | OFlag::O_CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening the {kind} namespace of {what}"))?;
        let flag = clone_flag(kind);
        let is_kind = crate::sys::namespace_type(fd.as_fd()).is_ok_and(|t| t == flag.bits());
        if !is_kind {
            bail!("{what} is not a {kind} namespace");
        }
        let ours = std::fs::metadata(format!("/proc/self/ns/{}", proc_name(kind)))?;
        if same_file(&std::fs::File::from(fd.try_clone()?).metadata()?, &ours) {
            continue; // den is in it already (the target has the host's)
        }
        let user = crate::sys::namespace_owner(fd.as_fd())
            .with_context(|| format!("finding the user namespace of {what}"))?;
        let user_meta = std::fs::File::from(user.try_clone()?).metadata()?;
        if same_file(&user_meta, &std::fs::metadata("/proc/self/ns/user")?) {
            return Err(anyhow::anyhow!(
                "the {kind} namespace of {what} belongs to the host's user namespace: a rootless container cannot join it"
            ))
            .hint("join a namespace that a rootless container created (container:NAME)");
        }
        match &owner {
            Some((o, first)) => {
                if !same_file(&std::fs::File::from(o.try_clone()?).metadata()?, &user_meta) {
                    bail!(
                        "the namespaces to join belong to different user namespaces ({first} and {what})"
                    );
                }
            }
            None => owner = Some((user, what.clone())),
        }
        others.push((kind, flag, fd));
    }
    Ok(owner.map(|(user, _)| Joined {
        user,
        others,
        shm_from,
    }))
}

fn proc_name(kind: &str) -> &str {
    if kind == "network" { "net" } else { kind }
}

/// The host pid of a running target's init.
fn running_pid(store: &Store, id: &str, kind: &str) -> Result<i32> {
    let record = state::load(store, id).with_context(|| {
        format!("the container whose {kind} namespace to share no longer exists")
    })?;
    match record.pid {
        Some(pid) if state::init_alive(&record) => Ok(pid),
        _ => Err(anyhow::anyhow!(
            "container \"{}\" is not running: its {kind} namespace cannot be joined",
            record.name
        ))
        .hint(format!("start it first: den start {}", record.name)),
    }
}

/// What the init of a joining container writes to den's pipe once it is dumpable.
const DUMPABLE: &[u8] = b"+";

/// `clone_with_id_maps` for a container that joins `joined`: a helper enters the target's
/// user namespace and joined namespaces and clones the init into `namespaces` as den's child
/// (see the module's doc). Call only while single-threaded.
pub fn clone_joined(joined: Joined, namespaces: Namespaces) -> Result<Cloned> {
    let (parent, child) = channel::pair()?;
    let (read, write) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating a pipe")?;
    match crate::sys::fork().context("starting den's namespace helper")? {
        ForkResult::Child => {
            drop(parent);
            drop(read);
            match enter_and_clone(&joined, namespaces) {
                Ok(Forked::Child) => {
                    // The container's init: den's child, in the joined namespaces.
                    drop(joined);
                    // A container's init like any other (the helper made itself non-dumpable).
                    // Until it is dumpable the kernel refuses others its /proc/PID/ns entries
                    // (pasta, the network holders), so den waits for this mark.
                    let dumpable = nix::sys::prctl::set_dumpable(true).is_ok()
                        && std::fs::File::from(write).write_all(DUMPABLE).is_ok();
                    if !dumpable {
                        std::process::exit(crate::error::EXIT_DEN);
                    }
                    let ready = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL).is_ok()
                        && matches!(child.recv(), Ok(Some(ToChild::MappingWritten)));
                    if !ready {
                        std::process::exit(crate::error::EXIT_DEN);
                    }
                    Ok(Cloned::Child(child))
                }
                Ok(Forked::Parent(pid)) => {
                    let _ = std::fs::File::from(write).write_all(format!("{pid}").as_bytes());
                    std::process::exit(0);
                }
                Err(e) => {
                    let _ =
                        std::fs::File::from(write).write_all(format!("error: {e:#}").as_bytes());
                    std::process::exit(crate::error::EXIT_DEN);
                }
            }
        }
        ForkResult::Parent { child: helper } => {
            drop(child);
            drop(write);
            // Until EOF: the helper writes the init's pid (or its error) and exits; the init
            // writes its mark once dumpable. Each write is one atomic pipe write.
            let mut said = String::new();
            let _ = std::fs::File::from(read).read_to_string(&mut said);
            let _ = wait_for(helper);
            let mark = std::str::from_utf8(DUMPABLE).unwrap_or_default();
            let ready = said.contains(mark);
            let parsed = said.replace(mark, "").parse::<i32>();
            let Ok(pid) = parsed.map(nix::unistd::Pid::from_raw) else {
                let why = said.strip_prefix("error: ").unwrap_or("it exited early");
                bail!("joining the namespaces of another container: {why}");
            };
            if !ready {
                crate::child::kill_and_reap(pid);
                bail!("joining the namespaces of another container: its init exited early");
            }
            if let Err(e) = parent.send(&ToChild::MappingWritten) {
                crate::child::kill_and_reap(pid);
                return Err(e);
            }
            Ok(Cloned::Parent(pid, parent))
        }
    }
}

/// The helper's part: setns into the user namespace, then each joined one, then clone.
fn enter_and_clone(joined: &Joined, namespaces: Namespaces) -> Result<Forked> {
    // With capabilities in the target's namespace, the helper must not be open to ptrace
    // from its processes (as `den exec`).
    nix::sys::prctl::set_dumpable(false).context("making den non-dumpable")?;
    nix::sched::setns(joined.user.as_fd(), CloneFlags::CLONE_NEWUSER)
        .context("joining the user namespace")?;
    for (kind, flag, fd) in &joined.others {
        nix::sched::setns(fd.as_fd(), *flag)
            .with_context(|| format!("joining the {kind} namespace"))?;
    }
    crate::sys::clone_sibling(namespaces).context("creating the container's namespaces")
}
