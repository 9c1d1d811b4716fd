//! `den exec`: a new process in a running container. den opens the namespaces of the
//! container's init (`/proc/PID/ns/*`) and its root (`/proc/PID/root`) first, joins the user
//! namespace (which grants the capabilities to join the others, so no helper is needed in
//! either mapping mode), then the mount, UTS, IPC, network, cgroup and PID namespaces, and
//! forks: the child is in the container's PID namespace. The child enters the root
//! (fchdir + chroot), opens a terminal on the container's devpts for `-t`, and then takes the
//! exact path of the container's program (`setup::exec_program`): no_new_privs, bounding set,
//! user switch, capabilities, seccomp, exec. den stays its parent and relays as `den run`.

use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::fs::MetadataExt;

use anyhow::{Context, Result};
use nix::fcntl::OFlag;
use nix::sched::CloneFlags;
use nix::sys::signal::{SigmaskHow, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::stat::Mode;
use nix::unistd::{ForkResult, Pid};
use seccompiler::BpfProgram;

use crate::child::channel::{self, ChildEnd, ToParent};
use crate::error::Remote;
use crate::plan::{ProcessPlan, RunPlan};
use crate::runtime::{setup, spawn};

/// The namespaces den joins, user first.
const NAMESPACES: &[(&str, CloneFlags)] = &[
    ("user", CloneFlags::CLONE_NEWUSER),
    ("mnt", CloneFlags::CLONE_NEWNS),
    ("uts", CloneFlags::CLONE_NEWUTS),
    ("ipc", CloneFlags::CLONE_NEWIPC),
    ("net", CloneFlags::CLONE_NEWNET),
    ("cgroup", CloneFlags::CLONE_NEWCGROUP),
    ("pid", CloneFlags::CLONE_NEWPID),
];

/// Runs `process` in the container whose init is host pid `init`; returns its exit code
/// (`detach`: returns 0 once it executes).
pub fn exec(
    plan: &RunPlan,
    init: i32,
    process: ProcessPlan,
    seccomp: Option<&[BpfProgram]>,
    detach: bool,
) -> Result<i32> {
    // Everything from the host is opened before the first setns: after the mount namespace
    // switch, the host's tree is out of sight.
    let mut joins = Vec::new();
    for (name, flag) in NAMESPACES {
        let theirs = format!("/proc/{init}/ns/{name}");
        let ours = std::fs::metadata(format!("/proc/self/ns/{name}")).ok();
        let meta = std::fs::metadata(&theirs)
            .with_context(|| format!("reading \"{theirs}\""))
            .context("the container stopped")?;
        // A namespace the container shares with den (the host network) is joined already.
        if ours.is_some_and(|o| o.ino() == meta.ino() && o.dev() == meta.dev()) {
            continue;
        }
        let fd = nix::fcntl::open(
            theirs.as_str(),
            OFlag::O_RDONLY | OFlag::O_CLOEXEC,
            Mode::empty(),
        )
        .with_context(|| format!("opening \"{theirs}\""))?;
        joins.push((*name, *flag, fd));
    }
    let root = nix::fcntl::open(
        format!("/proc/{init}/root").as_str(),
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .context("opening the container's root")?;

    // The container's cgroup (v2, its own group), opened before the joins: the child moves
    // itself in through this descriptor, checked with den's credentials at open.
    let group_procs = crate::cgroup::group_of(init).and_then(|dir| {
        std::fs::OpenOptions::new()
            .write(true)
            .open(dir.join("cgroup.procs"))
            .ok()
    });
    let signals = spawn::supervised_signals();
    sigprocmask(SigmaskHow::SIG_BLOCK, Some(&signals), None).context("blocking signals")?;
    // With the container's full capability set after the join, den must not be open to
    // ptrace or /proc/PID/mem from the container's processes (as runc's setns process); the
    // program's exec makes it dumpable again.
    nix::sys::prctl::set_dumpable(false).context("making den non-dumpable")?;
    for (name, flag, fd) in &joins {
        nix::sched::setns(fd.as_fd(), *flag)
            .with_context(|| format!("joining the container's {name} namespace"))?;
    }
    drop(joins);
    let mut plan = plan.clone();
    plan.process = process;
    let (parent, child) = channel::pair()?;
    match crate::sys::fork().context("starting the process in the container")? {
        ForkResult::Child => {
            drop(parent);
            if let Some(mut procs) = group_procs {
                // "0": the writing process itself, before it executes the program.
                let _ = std::io::Write::write_all(&mut procs, b"0");
            }
            exec_child(&plan, &root, &child, seccomp, detach)
        }
        ForkResult::Parent { child: pid } => {
            drop(child);
            drop(root);
            follow(&plan, pid, &parent, &signals, detach)
        }
    }
}

fn follow(
    plan: &RunPlan,
    pid: Pid,
    chan: &channel::ParentEnd,
    signals: &nix::sys::signal::SigSet,
    detach: bool,
) -> Result<i32> {
    let master = spawn::follow_setup(plan, pid, chan)?.master;
    if detach {
        // Its parent goes now: the container's init adopts and reaps it.
        return Ok(0);
    }
    let sfd = SignalFd::with_flags(signals, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
        .context("creating a signalfd")?;
    match master {
        Some(master) => spawn::relay_terminal(pid, &sfd, master, plan.process.interactive, None),
        None => spawn::forward_until_exit(pid, &sfd, None, None),
    }
}

/// In the container's namespaces; never returns.
fn exec_child(
    plan: &RunPlan,
    root: &OwnedFd,
    chan: &ChildEnd,
    seccomp: Option<&[BpfProgram]>,
    detach: bool,
) -> ! {
    let err = match become_mapped(plan).and_then(|()| enter(plan, root, chan, detach)) {
        Ok(pty) => setup::exec_program(plan, pty, seccomp).unwrap_err(),
        Err(e) => e,
    };
    let remote = Remote::capture(&err);
    let _ = chan.send(&ToParent::Failed(remote.clone()));
    std::process::exit(remote.exit_code);
}

/// Under a mapping without your uid (nomap, auto) a process with your ids could not even
/// ask the FUSE root (the kernel refuses a request from an id unmapped in the mount's
/// namespace): the process becomes root of the namespace first, as its init did; the
/// program's user is switched to later as always.
fn become_mapped(plan: &RunPlan) -> Result<()> {
    let Some(store) = &plan.layer_mapping else {
        return Ok(());
    };
    // Your uid: the store mapping's container 0 (getuid() here already reads the
    // container's namespace, where it may be unmapped).
    let Some(own) = store.uids.iter().find(|r| r.container == 0).map(|r| r.host) else {
        return Ok(());
    };
    let mapped = plan
        .mapping
        .uids
        .iter()
        .any(|r| r.host <= own && u64::from(own) < u64::from(r.host) + u64::from(r.count));
    if mapped {
        return Ok(());
    }
    crate::identity::userns::become_root_with(&plan.mapping, plan.ns.limits.keep_groups)
}

fn enter(plan: &RunPlan, root: &OwnedFd, chan: &ChildEnd, detach: bool) -> Result<Option<OwnedFd>> {
    nix::unistd::fchdir(root.as_fd()).context("entering the container's root")?;
    nix::unistd::chroot(".").context("entering the container's root")?;
    nix::unistd::chdir("/").context("entering the container's root")?;
    if detach {
        let null = nix::fcntl::open("/dev/null", OFlag::O_RDWR, Mode::empty())
            .context("opening /dev/null")?;
        for target in 0..=2 {
            crate::sys::dup_onto(null.as_fd(), target).context("detaching stdio")?;
        }
    }
    if plan.process.tty {
        return setup::open_pty(chan).map(Some);
    }
    Ok(None)
}
