//! den's side of a run: fork the container into its namespaces as den's direct child, write
//! its id maps, follow its setup over the channel, then stay its parent: forward signals,
//! relay the terminal for `-t`, and return its exit status (as bubblewrap's
//! `monitor_child` and uv's `run_to_completion`).

use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

use anyhow::{Context, Result, bail};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::signal::{SigSet, SigmaskHow, Signal, kill, sigprocmask};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::termios::{SetArg, Termios, cfmakeraw, tcgetattr, tcsetattr};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;
use seccompiler::BpfProgram;

use crate::cgroup::ContainerGroup;
use crate::child::channel::{ParentEnd, ToChild, ToParent};
use crate::child::{exit_code, kill_and_reap, wait_for};
use crate::identity::userns::{Cloned, clone_with_id_maps_then};
use crate::plan::RunPlan;
use crate::runtime::attach::Relay;
use crate::runtime::secrets;
use crate::runtime::settle::Settle;
use crate::runtime::setup::container_main;
use crate::sys::{WinSize, set_window_size, window_size};

/// Signals den handles while a container runs. Job-control stops stay with den itself, so
/// Ctrl-Z suspends den as any foreground program; faults stay fatal.
pub(crate) fn supervised_signals() -> SigSet {
    let mut set = crate::runtime::init::handled_signals();
    for s in [Signal::SIGTSTP, Signal::SIGTTIN, Signal::SIGTTOU] {
        set.remove(s);
    }
    set
}

/// What a monitor (`den run -d`, `den start`) adds to a plain foreground run.
#[derive(Default)]
pub struct Hooks<'a> {
    /// Runs in den right after the clone (the monitor stops sharing the container's output
    /// pipes here).
    pub after_clone: Option<Box<dyn FnMut() + 'a>>,
    /// Runs once the container's program executes, with the host pid of its init.
    pub on_running: Option<Box<dyn FnMut(Pid) -> Result<()> + 'a>>,
    /// The read ends of the container's stdout and stderr pipes, and where their bytes go
    /// (`true` for stderr). Read until the container exits.
    pub output: Option<Output<'a>>,
    /// With `-t` in the foreground: also receives what the terminal shows (the log).
    pub terminal_log: Option<Box<Sink<'a>>>,
    /// Where `den attach` connects (a detached `-t`/`-i` container): the monitor keeps the
    /// pty master here instead of relaying its own terminal.
    pub relay: Option<Relay>,
}

/// Receives the container's output: `true` for stderr, and the bytes.
pub type Sink<'a> = dyn FnMut(bool, &[u8]) + 'a;

/// The container's output streams, as the monitor reads them.
pub struct Output<'a> {
    pub stdout: OwnedFd,
    pub stderr: OwnedFd,
    pub sink: Box<Sink<'a>>,
}

/// Runs the container to completion and returns its exit code.
pub fn run(plan: &RunPlan, seccomp: Option<&[BpfProgram]>) -> Result<i32> {
    run_with(plan, seccomp, Hooks::default())
}

/// `run` with a monitor's hooks.
pub fn run_with(plan: &RunPlan, seccomp: Option<&[BpfProgram]>, hooks: Hooks<'_>) -> Result<i32> {
    let loaded = secrets::load(plan)?;
    let plan = loaded.as_ref().unwrap_or(plan);
    let group = ContainerGroup::prepare(&plan.id, &plan.resources)?;
    let code = run_in_group(plan, seccomp, hooks, group.as_ref());
    if let Some(group) = group {
        group.remove();
    }
    code
}

/// `run_with` once the container's cgroup (if it has one) is made: its init is moved there
/// before it starts.
fn run_in_group(
    plan: &RunPlan,
    seccomp: Option<&[BpfProgram]>,
    hooks: Hooks<'_>,
    group: Option<&ContainerGroup>,
) -> Result<i32> {
    let signals = supervised_signals();
    // Blocked before the fork: the child inherits the mask, so no signal is lost or acted on
    // by default before each side has its signalfd.
    sigprocmask(SigmaskHow::SIG_BLOCK, Some(&signals), None).context("blocking signals")?;
    // Another container's namespaces are opened (and its liveness checked) before the fork.
    let mut joined = crate::runtime::join::open(plan)?;
    // On user-defined networks: their holders found or started, their user namespace joined.
    let networks = prepare_networks(plan)?;
    if let Some(n) = &networks {
        if joined.is_some() {
            anyhow::bail!(
                "a container on user-defined networks cannot also join another container's namespaces"
            );
        }
        joined = Some(crate::runtime::join::Joined::user_only(
            n.userns
                .try_clone()
                .context("sharing the networks' user namespace")?,
        ));
    }
    let with_shm;
    let plan = match joined.as_ref().and_then(|j| j.shm_from.clone()) {
        Some(shm) => {
            let mut p = plan.clone();
            p.ns.namespaces.shm_from = Some(shm);
            with_shm = p;
            &with_shm
        }
        None => plan,
    };
    let namespaces = crate::runtime::join::namespaces(plan, joined.is_some());
    let mut hooks = hooks;
    let mut into_group = |pid: Pid| group.map_or(Ok(()), |g| g.add(pid));
    let cloned = match joined {
        // A joined container's user namespace exists: no maps to write, so the init goes
        // into its group right after the clone instead of before the maps.
        Some(joined) => crate::runtime::join::clone_joined(joined, namespaces).and_then(|c| {
            if let Cloned::Parent(pid, _) = &c {
                into_group(*pid)?;
            }
            Ok(c)
        }),
        None => clone_with_id_maps_then(namespaces, &plan.mapping, &mut into_group),
    };
    match cloned.context("creating the container's namespaces")? {
        Cloned::Child(child) => {
            // The container's init does not exec: it must not keep the monitor's ends (the
            // stdin pipe's write end would never see EOF).
            drop(hooks.output.take());
            if let Some(relay) = hooks.relay.take() {
                relay.close_in_child();
            }
            container_main(plan, child, seccomp)
        }
        Cloned::Parent(pid, parent) => {
            if let Some(f) = hooks.after_clone.as_mut() {
                f();
            }
            // Killed and reaped when this returns: the network lives as long as the container.
            let _helper = match connect_network(plan, pid, &parent, networks) {
                Ok(h) => h,
                Err(e) => {
                    kill_and_reap(pid);
                    return Err(e);
                }
            };
            supervise(plan, pid, &parent, &signals, hooks)
        }
    }
}

/// The holders of the container's user-defined networks, ready for it (none without).
fn prepare_networks(plan: &RunPlan) -> Result<Option<crate::network::holder::Prepared>> {
    let crate::network::Network::Bridge(bridge) = &plan.network else {
        return Ok(None);
    };
    // store_dir is <store>/containers/<id>; scratch is <runtime>/scratch.
    let store_root = plan
        .store_dir
        .parent()
        .and_then(std::path::Path::parent)
        .context("finding the store of the container")?;
    let store = crate::store::Store::open_at(store_root)?;
    let runtime = plan.scratch.parent().unwrap_or(&plan.scratch);
    crate::network::holder::prepare(&store, runtime, bridge).map(Some)
}

/// Starts the container's network helper (none for host and none), gives it its interfaces
/// on user-defined networks, and lets the child go on.
fn connect_network(
    plan: &RunPlan,
    pid: Pid,
    chan: &ParentEnd,
    networks: Option<crate::network::holder::Prepared>,
) -> Result<Option<crate::network::helper::Helper>> {
    let runtime_dir = plan.scratch.parent().unwrap_or(&plan.scratch);
    let helper = crate::network::helper::start(
        &plan.network,
        pid,
        &plan.ports,
        &plan.etc_resolv,
        runtime_dir,
    )
    .context("connecting the container's network")?;
    if let Some(n) = networks {
        n.attach(pid, &plan.id, &plan.name)
            .context("connecting the container to its networks")?;
    }
    chan.send(&ToChild::NetworkReady)?;
    Ok(helper)
}

fn supervise(
    plan: &RunPlan,
    pid: Pid,
    chan: &ParentEnd,
    signals: &SigSet,
    mut hooks: Hooks<'_>,
) -> Result<i32> {
    // The FUSE server (if any) is dropped, killed and reaped, when this returns: the
    // container has ended by then.
    let Setup {
        master,
        fuse: _fuse,
    } = follow_setup(plan, pid, chan)?;
    if let Some(f) = hooks.on_running.as_mut()
        && let Err(e) = f(pid)
    {
        kill_and_reap(pid);
        return Err(e);
    }
    let sfd = SignalFd::with_flags(signals, SfdFlags::SFD_CLOEXEC | SfdFlags::SFD_NONBLOCK)
        .context("creating a signalfd")?;
    match (master, hooks.relay) {
        (Some(master), None) => relay_terminal(
            pid,
            &sfd,
            master,
            plan.process.interactive,
            hooks.terminal_log.as_deref_mut(),
        ),
        (master, mut relay) => {
            if let (Some(r), Some(m)) = (relay.as_mut(), master) {
                r.set_master(m);
            }
            forward_until_exit(pid, &sfd, hooks.output, relay)
        }
    }
}

/// What a container's setup handed den: its terminal's master, and the FUSE server den
/// started for its root (`--userns`), which must live as long as the container.
pub(crate) struct Setup {
    pub master: Option<OwnedFd>,
    pub fuse: Option<crate::driver::fuse::StoreNsServer>,
}

/// Follows the child's setup over the channel until it executes the program (its end
/// closes): takes the pty master it sends, starts the FUSE server of its root when it sends
/// the mount's descriptor. The child is killed and reaped on error.
pub(crate) fn follow_setup(plan: &RunPlan, pid: Pid, chan: &ParentEnd) -> Result<Setup> {
    let mut setup = Setup {
        master: None,
        fuse: None,
    };
    loop {
        match chan.recv_with_fd() {
            Ok(Some((ToParent::PtyMaster, fd))) => {
                let fd = fd.context("the container sent no terminal")?;
                copy_window_size(fd.as_fd());
                setup.master = Some(fd);
                chan.send(&ToChild::Proceed)?;
            }
            Ok(Some((ToParent::FuseDevice, fd))) => {
                match start_fuse_server(plan, fd) {
                    Ok(server) => setup.fuse = Some(server),
                    Err(e) => {
                        kill_and_reap(pid);
                        return Err(e);
                    }
                }
                chan.send(&ToChild::Proceed)?;
            }
            Ok(Some((ToParent::Failed(remote), _))) => {
                let _ = wait_for(pid);
                return Err(remote.into());
            }
            Ok(None) => break,
            Err(e) => {
                kill_and_reap(pid);
                return Err(e);
            }
        }
    }
    Ok(setup)
}

/// The FUSE server of a `--userns` container's root, in the store's namespace
/// (`fuse::ServerPlace::InStoreNs`).
fn start_fuse_server(
    plan: &RunPlan,
    fd: Option<OwnedFd>,
) -> Result<crate::driver::fuse::StoreNsServer> {
    let fd = fd.context("the container sent no /dev/fuse descriptor")?;
    let crate::plan::RootfsSource::Layers {
        lower, upper, work, ..
    } = &plan.rootfs
    else {
        bail!("the container asked for a FUSE server but has no layers");
    };
    let layers = crate::driver::LayerDirs { lower, upper, work };
    crate::driver::fuse::start_in_store_ns(fd, layers, plan.store_mapping(), plan.remove)
}

/// Handles the pending signals; returns the exit code once the container's init has exited.
pub(crate) fn handle_signals(
    pid: Pid,
    sfd: &SignalFd,
    master: Option<BorrowedFd<'_>>,
) -> Result<Option<i32>> {
    while let Some(info) = sfd.read_signal().context("reading signals")? {
        let Ok(sig) = Signal::try_from(info.ssi_signo as i32) else {
            continue;
        };
        match sig {
            Signal::SIGCHLD => {}
            Signal::SIGWINCH => {
                if let Some(m) = master {
                    copy_window_size(m);
                }
            }
            other => {
                let _ = kill(pid, other);
            }
        }
    }
    match waitpid(pid, Some(WaitPidFlag::WNOHANG)) {
        Ok(WaitStatus::StillAlive) | Err(nix::errno::Errno::EINTR) => Ok(None),
        Ok(status) => Ok(exit_code(status)),
        Err(e) => Err(e).context("waiting for the container"),
    }
}

/// Forwards signals until the container exits; with `output`, also reads its stdout and
/// stderr pipes until both are closed (the program and all its children are gone); with
/// `relay`, also serves `den attach` and reads the pty until it is closed.
pub(crate) fn forward_until_exit(
    pid: Pid,
    sfd: &SignalFd,
    mut output: Option<Output<'_>>,
    mut relay: Option<Relay>,
) -> Result<i32> {
    let mut open = [output.is_some(), output.is_some()];
    let mut buf = vec![0u8; 16 * 1024];
    let mut exited = None;
    let mut settle = Settle::new();
    loop {
        if exited.is_none() {
            exited = handle_signals(pid, sfd, None)?;
        }
        if let Some(code) = exited
            && !open.contains(&true)
            && !relay.as_ref().is_some_and(Relay::master_open)
        {
            if let Some(r) = relay.as_mut() {
                r.exited(code);
            }
            return Ok(code);
        }
        let mut fds = vec![PollFd::new(sfd.as_fd(), PollFlags::POLLIN)];
        if let Some(out) = &output {
            for (i, fd) in [&out.stdout, &out.stderr].into_iter().enumerate() {
                if open[i] {
                    fds.push(PollFd::new(fd.as_fd(), PollFlags::POLLIN));
                }
            }
        }
        if let Some(r) = &relay {
            fds.extend(r.poll_fds());
        }
        // Once init is gone, the pipes' last writers are too: drain without waiting.
        let timeout = if exited.is_some() {
            PollTimeout::from(100u16)
        } else {
            settle.timeout(PollTimeout::NONE)
        };
        let polled = poll(&mut fds, timeout);
        settle.check();
        let ready: Vec<(i32, PollFlags)> = fds
            .iter()
            .map(|f| {
                (
                    f.as_fd().as_raw_fd(),
                    f.revents().unwrap_or(PollFlags::empty()),
                )
            })
            .collect();
        drop(fds);
        match polled {
            Ok(0) if exited.is_some() => {
                open = [false, false];
                if let Some(r) = relay.as_mut() {
                    r.close_master();
                }
            }
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => return Err(e).context("waiting for signals"),
        }
        if let Some(out) = output.as_mut() {
            for (i, is_open) in open.iter_mut().enumerate() {
                if !*is_open {
                    continue;
                }
                let fd = if i == 0 { &out.stdout } else { &out.stderr };
                match nix::unistd::read(fd, &mut buf) {
                    Ok(0) => *is_open = false,
                    Ok(n) => {
                        (out.sink)(i == 1, &buf[..n]);
                        if let Some(r) = relay.as_mut() {
                            r.output(i == 1, &buf[..n]);
                        }
                    }
                    Err(nix::errno::Errno::EAGAIN | nix::errno::Errno::EINTR) => {}
                    Err(_) => *is_open = false,
                }
            }
        }
        if let Some(r) = relay.as_mut() {
            let mut none = |_: bool, _: &[u8]| {};
            let sink: &mut dyn FnMut(bool, &[u8]) = match output.as_mut() {
                Some(out) => &mut out.sink,
                None => &mut none,
            };
            r.handle(&ready, &mut buf, sink);
        }
    }
}

/// Puts the user's terminal in raw mode for as long as it lives.
pub(crate) struct RawMode {
    saved: Termios,
}

impl RawMode {
    pub(crate) fn enter() -> Option<RawMode> {
        let stdin = std::io::stdin();
        let saved = tcgetattr(stdin.as_fd()).ok()?;
        let mut raw = saved.clone();
        cfmakeraw(&mut raw);
        tcsetattr(stdin.as_fd(), SetArg::TCSANOW, &raw).ok()?;
        Some(RawMode { saved })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = tcsetattr(std::io::stdin().as_fd(), SetArg::TCSANOW, &self.saved);
    }
}

fn copy_window_size(master: BorrowedFd<'_>) {
    let size = window_size(std::io::stdin().as_fd())
        .or_else(|_| window_size(std::io::stdout().as_fd()))
        .unwrap_or(WinSize { rows: 24, cols: 80 });
    let _ = set_window_size(master, size);
}

/// Relays the user's terminal and the container's pty until the container exits.
pub(crate) fn relay_terminal(
    pid: Pid,
    sfd: &SignalFd,
    master: OwnedFd,
    interactive: bool,
    mut log: Option<&mut Sink<'_>>,
) -> Result<i32> {
    let _raw = if interactive { RawMode::enter() } else { None };
    let mut master_file = std::fs::File::from(master);
    let mut stdin_open = interactive;
    let mut master_open = true;
    let mut buf = vec![0u8; 16 * 1024];
    let stdin = std::io::stdin();
    let mut stdout = std::io::stdout();
    let mut exited = None;
    let mut settle = Settle::new();
    loop {
        if exited.is_none() {
            exited = handle_signals(pid, sfd, Some(master_file.as_fd()))?;
        }
        if exited.is_some() && !master_open {
            break;
        }
        let mut fds = vec![PollFd::new(sfd.as_fd(), PollFlags::POLLIN)];
        if master_open {
            fds.push(PollFd::new(master_file.as_fd(), PollFlags::POLLIN));
        }
        if stdin_open && exited.is_none() {
            fds.push(PollFd::new(stdin.as_fd(), PollFlags::POLLIN));
        }
        // Once the program is gone, drain what it wrote without waiting for more.
        let timeout = if exited.is_some() {
            PollTimeout::ZERO
        } else {
            settle.timeout(PollTimeout::NONE)
        };
        let polled = poll(&mut fds, timeout);
        settle.check();
        match polled {
            Ok(0) if exited.is_some() => break,
            // Woken only to release the set-up's pages (`settle`), or by a signal.
            Ok(0) | Err(nix::errno::Errno::EINTR) => continue,
            Ok(_) => {}
            Err(e) => return Err(e).context("waiting for terminal input"),
        }
        let ready: Vec<(i32, PollFlags)> = fds
            .iter()
            .map(|f| {
                (
                    f.as_fd().as_raw_fd(),
                    f.revents().unwrap_or(PollFlags::empty()),
                )
            })
            .collect();
        for (fd, revents) in ready {
            if revents.is_empty() {
                continue;
            }
            if fd == master_file.as_raw_fd() {
                match master_file.read(&mut buf) {
                    Ok(0) | Err(_) => master_open = false,
                    Ok(n) => {
                        stdout
                            .write_all(&buf[..n])
                            .context("writing to your terminal")?;
                        stdout.flush().ok();
                        if let Some(l) = log.as_mut() {
                            l(false, &buf[..n]);
                        }
                    }
                }
            } else if fd == stdin.as_fd().as_raw_fd() {
                match stdin.lock().read(&mut buf) {
                    Ok(0) | Err(_) => {
                        stdin_open = false;
                        // End of input on a non-terminal stdin: send the terminal's EOF.
                        let _ = master_file.write_all(&[4]);
                    }
                    Ok(n) => {
                        if master_file.write_all(&buf[..n]).is_err() {
                            stdin_open = false;
                        }
                    }
                }
            }
        }
    }
    match exited {
        Some(code) => Ok(code),
        None => wait_for(pid),
    }
}
