//! The process that carries a user-defined network while containers use it, and no longer:
//! den's daemonless answer to podman's rootless network namespace.
//!
//! **One holder per network in use**, `den` re-executed (`_DEN_NET_HOLDER`, like the
//! monitor), in a network namespace of its own with the network's bridge (named as in the
//! record, the gateway's address on it) and the network's DNS server on the gateway's port 53
//! (`network::dns`; what is not a container's name goes out through a socket it opened in
//! the host's namespace before it left it). Its runtime files are
//! `<runtime>/networks/NAME.pid` and `NAME.sock`, the control socket.
//!
//! **One user namespace for all of them and their containers.** A veth between two network
//! namespaces needs a process with capabilities over both, so the holders and every container
//! on a user-defined network live in one user namespace with the user's mapping (as all of
//! podman's rootless containers do): the first holder makes it (newuidmap/newgidmap, as for a
//! container), later ones and the containers join it (`runtime::join`, as `container:`
//! joins do). A container with a user namespace of its own cannot be on such a network.
//!
//! **Attaching** (`prepare`, then `Prepared::attach` once the container is cloned), all
//! under `<runtime>/networks/lock`: the holder is found or started; the container's init
//! is cloned into the holders' user namespace; a forked helper enters that namespace and the
//! holder's network namespace, creates the veth with its peer in the container's namespace,
//! puts it on the bridge and gives the peer its planned address and MAC; the container is
//! registered on the control socket with its pid (a pidfd tells the holder when it exits),
//! names and address.
//!
//! **Going away.** When its last container has exited (or none came within a grace time),
//! the holder takes the lock without waiting (a den attaching holds it), removes its files
//! and exits: its namespace, bridge and veths go with it.
//!
//! **Repair.** A holder that died (`kill -9`) takes its namespace with it, and with it the
//! running containers' interfaces on the network. The next den that attaches a container to
//! the network (or `den network reload`) finds the pid file stale, starts a new holder in the
//! same user namespace (entered through a running container of any network) and plumbs and
//! registers each running container of the network again, with its recorded address.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, UdpSocket};
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::net::{UnixListener, UnixStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use nix::fcntl::{Flock, FlockArg, OFlag};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sched::CloneFlags;
use nix::sys::stat::Mode;
use nix::unistd::{ForkResult, Pid};
use serde::{Deserialize, Serialize};

use super::bridge::{Attachment, Bridge};
use super::netlink::{Netlink, index_of, mac_bytes};
use crate::identity::idmap::IdMapping;
use crate::identity::userns::{Cloned, clone_with_id_maps};
use crate::store::networks::{self, NetworkRecord};
use crate::store::{Store, records};
use crate::sys::Namespaces;

/// Set (to the network's record, as JSON) in the environment of a holder.
const HOLDER_ENV: &str = "_DEN_NET_HOLDER";
/// The holders' runtime directory, for a holder.
const HOLDER_DIR_ENV: &str = "_DEN_NET_HOLDER_DIR";
/// The holder's inherited descriptors: the forwarding socket and the ready pipe.
const UPSTREAM_FD: i32 = 3;
const READY_FD: i32 = 4;
/// A holder that no container joined within this time goes.
const GRACE: Duration = Duration::from_secs(30);
/// A forwarded query not answered within this time is forgotten.
const FORWARD_TIMEOUT: Duration = Duration::from_secs(10);

/// `<runtime>/networks`.
#[must_use]
pub fn dir(runtime: &Path) -> PathBuf {
    runtime.join("networks")
}

fn pid_file(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.pid"))
}

fn sock_file(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.sock"))
}

/// The lock under which holders start, stop and get containers.
pub struct NetLock {
    _lock: Flock<std::fs::File>,
}

impl NetLock {
    fn open(dir: &Path) -> Result<std::fs::File> {
        std::fs::create_dir_all(dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
        let path = dir.join("lock");
        std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| format!("opening \"{}\"", path.display()))
    }

    /// Waits for the lock.
    pub fn acquire(dir: &Path) -> Result<NetLock> {
        let file = Self::open(dir)?;
        Flock::lock(file, FlockArg::LockExclusive)
            .map(|l| NetLock { _lock: l })
            .map_err(|(_, e)| anyhow::anyhow!("locking den's networks: {e}"))
    }

    fn try_acquire(dir: &Path) -> Option<NetLock> {
        let file = Self::open(dir).ok()?;
        Flock::lock(file, FlockArg::LockExclusiveNonblock)
            .ok()
            .map(|l| NetLock { _lock: l })
    }
}

/// A container as its network's holder knows it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    pub pid: i32,
    pub id: String,
    /// What the network's DNS answers with `ip`: name, short id, aliases.
    pub names: Vec<String>,
    pub ip: Ipv4Addr,
}

#[derive(Debug, Serialize, Deserialize)]
enum Request {
    Attach(Member),
    Detach(String),
}

/// The pid of network `name`'s running holder.
#[must_use]
pub fn running(dir: &Path, name: &str) -> Option<i32> {
    let pid: i32 = std::fs::read_to_string(pid_file(dir, name))
        .ok()?
        .trim()
        .parse()
        .ok()?;
    UnixStream::connect(sock_file(dir, name)).ok()?;
    Path::new(&format!("/proc/{pid}")).exists().then_some(pid)
}

fn open_ns(pid: i32, kind: &str) -> Result<OwnedFd> {
    let path = format!("/proc/{pid}/ns/{kind}");
    nix::fcntl::open(
        path.as_str(),
        OFlag::O_RDONLY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening {path}"))
}

/// A container about to join user-defined networks: the lock, its holders, and the user
/// namespace to clone it into.
pub struct Prepared {
    _lock: NetLock,
    dir: PathBuf,
    holders: Vec<(Attachment, i32)>,
    /// The holders' user namespace.
    pub userns: OwnedFd,
}

/// Finds or starts (and repairs) the holder of each of `bridge`'s networks, under the lock.
pub fn prepare(store: &Store, runtime: &Path, bridge: &Bridge) -> Result<Prepared> {
    let dir = dir(runtime);
    let lock = NetLock::acquire(&dir)?;
    let mut holders = Vec::new();
    for a in &bridge.attachments {
        let pid = ensure(store, &dir, &a.network)
            .with_context(|| format!("starting network {}", a.network))?;
        holders.push((a.clone(), pid));
    }
    let first = holders
        .first()
        .map(|(_, p)| *p)
        .context("no network to join")?;
    Ok(Prepared {
        _lock: lock,
        dir,
        holders,
        userns: open_ns(first, "user")?,
    })
}

impl Prepared {
    /// Gives the cloned container (init `pid`) its interfaces and registers it with each
    /// network's holder; the lock goes when this returns.
    pub fn attach(self, pid: Pid, id: &str, name: &str) -> Result<()> {
        for (a, holder) in &self.holders {
            plumb(*holder, pid.as_raw(), id, a)?;
            register(&self.dir, a, pid.as_raw(), id, name)?;
        }
        Ok(())
    }
}

/// `den network reload`: the holder of `network` found or started again, and the running
/// containers on it plumbed again when it was not running. Returns their ids.
pub fn reload(store: &Store, runtime: &Path, network: &str) -> Result<Vec<String>> {
    let dir = dir(runtime);
    let _lock = NetLock::acquire(&dir)?;
    if running(&dir, network).is_some() {
        return Ok(Vec::new());
    }
    let members = running_members(store, network);
    if members.is_empty() {
        return Ok(Vec::new());
    }
    ensure(store, &dir, network)?;
    Ok(members.into_iter().map(|(r, _, _)| r.id).collect())
}

fn member_names(id: &str, name: &str, a: &Attachment) -> Vec<String> {
    let mut names = vec![
        name.to_ascii_lowercase(),
        id[..12.min(id.len())].to_string(),
    ];
    names.extend(a.aliases.iter().map(|s| s.to_ascii_lowercase()));
    names
}

fn register(dir: &Path, a: &Attachment, pid: i32, id: &str, name: &str) -> Result<()> {
    let member = Member {
        pid,
        id: id.to_string(),
        names: member_names(id, name, a),
        ip: a.ip,
    };
    let mut stream = UnixStream::connect(sock_file(dir, &a.network))
        .with_context(|| format!("reaching the holder of network {}", a.network))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut line = serde_json::to_string(&Request::Attach(member))?;
    line.push('\n');
    stream.write_all(line.as_bytes())?;
    let mut reply = String::new();
    BufReader::new(stream).read_line(&mut reply)?;
    if reply.trim() != "ok" {
        bail!(
            "the holder of network {} refused the container: {}",
            a.network,
            reply.trim()
        );
    }
    Ok(())
}

/// The running containers on network `name`, with their init's pid and attachment.
fn running_members(store: &Store, name: &str) -> Vec<(records::ContainerRecord, i32, Attachment)> {
    let mut out = Vec::new();
    for id in records::all_ids(store) {
        let Ok(r) = crate::runtime::state::load(store, &id) else {
            continue;
        };
        let (Some(pid), Some(plan)) = (r.pid, &r.plan) else {
            continue;
        };
        if !crate::runtime::state::init_alive(&r) {
            continue;
        }
        if let Some(a) = plan
            .network
            .attachments()
            .iter()
            .find(|a| a.network == name)
        {
            let a = a.clone();
            out.push((r, pid, a));
        }
    }
    out
}

/// The running holder of network `name`, or a new one (with its running containers plumbed
/// again). The lock is held.
fn ensure(store: &Store, dir: &Path, name: &str) -> Result<i32> {
    if let Some(pid) = running(dir, name) {
        return Ok(pid);
    }
    let _ = std::fs::remove_file(pid_file(dir, name));
    let _ = std::fs::remove_file(sock_file(dir, name));
    let record = networks::resolve(store, name)?;
    let pid = start(&record, dir, userns_source(store, dir)?)?;
    for (r, member_pid, a) in running_members(store, name) {
        tracing::info!("network {name}: plumbing container {} again", r.name);
        plumb(pid, member_pid, &r.id, &a)?;
        register(dir, &a, member_pid, &r.id, &r.name)?;
    }
    Ok(pid)
}

/// The user namespace holders and their containers share, when one exists: a running
/// holder's, else a running container's on any user-defined network.
fn userns_source(store: &Store, dir: &Path) -> Result<Option<OwnedFd>> {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let file = e.file_name().to_string_lossy().into_owned();
            if let Some(name) = file.strip_suffix(".pid")
                && let Some(pid) = running(dir, name)
            {
                return open_ns(pid, "user").map(Some);
            }
        }
    }
    for id in records::all_ids(store) {
        let Ok(r) = crate::runtime::state::load(store, &id) else {
            continue;
        };
        let on_network = r
            .plan
            .as_ref()
            .is_some_and(|p| !p.network.attachments().is_empty());
        if let Some(pid) = r.pid
            && on_network
            && crate::runtime::state::init_alive(&r)
        {
            return open_ns(pid, "user").map(Some);
        }
    }
    Ok(None)
}

/// Starts network `record`'s holder and waits until it serves; its pid.
fn start(record: &NetworkRecord, dir: &Path, userns: Option<OwnedFd>) -> Result<i32> {
    // The forwarding socket is the host's: opened before the holder leaves its namespace.
    let upstream = UdpSocket::bind("0.0.0.0:0").context("opening the DNS forwarding socket")?;
    let (ready_r, ready_w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating a pipe")?;
    let json = serde_json::to_string(record)?;
    let launch = |ready_w: &OwnedFd| -> ! {
        // The intermediate process: the holder is its child, so that it is nobody's child
        // once this one exits (den reaps this one at once).
        match crate::sys::fork() {
            Ok(ForkResult::Child) => {
                let _ = nix::unistd::setsid();
                let err = exec_holder(&json, dir, upstream.as_fd(), ready_w.as_fd());
                let _ = std::fs::File::from(ready_w.try_clone().expect("a pipe"))
                    .write_all(format!("error: {err:#}").as_bytes());
                std::process::exit(crate::error::EXIT_DEN)
            }
            _ => std::process::exit(0),
        }
    };
    let intermediate = match userns {
        None => {
            let mapping = IdMapping::for_current_user()?;
            let ns = Namespaces {
                user: true,
                net: true,
                ..Namespaces::default()
            };
            match clone_with_id_maps(ns, &mapping).context("creating the network's namespaces")? {
                Cloned::Child(_) => launch(&ready_w),
                Cloned::Parent(pid, _) => pid,
            }
        }
        Some(user) => match crate::sys::fork().context("starting the network's holder")? {
            ForkResult::Child => {
                let entered = nix::sched::setns(user.as_fd(), CloneFlags::CLONE_NEWUSER)
                    .and_then(|()| nix::sched::unshare(CloneFlags::CLONE_NEWNET));
                if let Err(e) = entered {
                    let _ = std::fs::File::from(ready_w).write_all(
                        format!("error: entering the networks' namespace: {e}").as_bytes(),
                    );
                    std::process::exit(crate::error::EXIT_DEN);
                }
                launch(&ready_w)
            }
            ForkResult::Parent { child } => child,
        },
    };
    drop(ready_w);
    let _ = crate::child::wait_for(intermediate);
    let mut said = String::new();
    let _ = std::fs::File::from(ready_r).read_to_string(&mut said);
    if let Ok(pid) = said.trim().parse::<i32>() {
        return Ok(pid);
    }
    let why = said
        .trim()
        .strip_prefix("error: ")
        .unwrap_or("it exited early");
    bail!("the holder of network {} did not start: {why}", record.name)
}

/// Replaces this (forked) process with the holder; returns only on failure.
fn exec_holder(
    json: &str,
    dir: &Path,
    upstream: std::os::fd::BorrowedFd<'_>,
    ready: std::os::fd::BorrowedFd<'_>,
) -> anyhow::Error {
    let exe = match std::env::current_exe() {
        Ok(e) => e,
        Err(e) => return e.into(),
    };
    // Lifted above 10 first: dup2 onto itself would leave close-on-exec set, and one could
    // sit where the other goes.
    let lifted = super::helper::lift_above(upstream, 10)
        .and_then(|u| super::helper::lift_above(ready, 10).map(|r| (u, r)));
    let (up, rd) = match lifted {
        Ok(l) => l,
        Err(e) => return e,
    };
    for (fd, target) in [(up.as_fd(), UPSTREAM_FD), (rd.as_fd(), READY_FD)] {
        if let Err(e) = crate::sys::dup_onto(fd, target) {
            return e.into();
        }
    }
    let mut cmd = std::process::Command::new(exe);
    crate::runtime::monitor::clear_monitor_env(&mut cmd);
    cmd.env(HOLDER_ENV, json)
        .env(HOLDER_DIR_ENV, dir)
        .current_dir("/")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    cmd.exec().into()
}

/// The host-side name of a container's veth: unique in the holder's namespace.
fn veth_name(id: &str, interface: &str) -> String {
    let digits: String = interface.chars().filter(char::is_ascii_digit).collect();
    format!("veth{}{}", &id[..8.min(id.len())], digits)
}

/// Runs `work` in a forked helper; its error comes back as text.
fn in_helper(what: &str, work: impl FnOnce() -> Result<()>) -> Result<()> {
    let (read, write) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating a pipe")?;
    match crate::sys::fork().context("starting den's network helper")? {
        ForkResult::Child => {
            drop(read);
            let code = match work() {
                Ok(()) => 0,
                Err(e) => {
                    let _ = std::fs::File::from(write).write_all(format!("{e:#}").as_bytes());
                    crate::error::EXIT_DEN
                }
            };
            std::process::exit(code)
        }
        ForkResult::Parent { child } => {
            drop(write);
            let mut said = String::new();
            let _ = std::fs::File::from(read).read_to_string(&mut said);
            let code = crate::child::wait_for(child)?;
            if code != 0 {
                let why = if said.is_empty() {
                    format!("exit status {code}")
                } else {
                    said
                };
                bail!("{what}: {why}");
            }
            Ok(())
        }
    }
}

/// Gives container `pid` its interface on network `a` (see the module's doc).
fn plumb(holder: i32, pid: i32, id: &str, a: &Attachment) -> Result<()> {
    let user = open_ns(holder, "user")?;
    let holder_net = open_ns(holder, "net")?;
    let theirs = open_ns(pid, "net")?;
    in_helper(
        &format!("connecting the container to network {}", a.network),
        || {
            nix::sys::prctl::set_dumpable(false)?;
            nix::sched::setns(user.as_fd(), CloneFlags::CLONE_NEWUSER)
                .context("entering the networks' user namespace")?;
            // A repair may come before the kernel has torn down the dead holder's namespace:
            // the container's old interface (whose peer went with it) is removed first.
            nix::sched::setns(theirs.as_fd(), CloneFlags::CLONE_NEWNET)
                .context("entering the container's network namespace")?;
            if let Ok(stale) = index_of(&a.interface) {
                Netlink::open()?.delete(stale)?;
            }
            nix::sched::setns(holder_net.as_fd(), CloneFlags::CLONE_NEWNET)
                .context("entering the network's namespace")?;
            let host_side = veth_name(id, &a.interface);
            let mut nl = Netlink::open()?;
            nl.add_veth(
                &host_side,
                &a.interface,
                &mac_bytes(&a.mac)?,
                theirs.as_fd(),
            )?;
            let bridge = index_of(&a.bridge)?;
            nl.set_up(index_of(&host_side)?, Some(bridge))?;
            nix::sched::setns(theirs.as_fd(), CloneFlags::CLONE_NEWNET)
                .context("entering the container's network namespace")?;
            let mut nl = Netlink::open()?;
            let index = index_of(&a.interface)?;
            nl.add_address(index, a.ip, a.subnet.prefix())?;
            nl.set_up(index, None)
        },
    )
}

/// `den network disconnect` of a running container: its interface on the network deleted.
pub fn unplumb(pid: i32, a: &Attachment) -> Result<()> {
    let user = open_ns(pid, "user")?;
    let theirs = open_ns(pid, "net")?;
    in_helper(
        &format!("disconnecting the container from network {}", a.network),
        || {
            nix::sys::prctl::set_dumpable(false)?;
            nix::sched::setns(user.as_fd(), CloneFlags::CLONE_NEWUSER)?;
            nix::sched::setns(theirs.as_fd(), CloneFlags::CLONE_NEWNET)?;
            Netlink::open()?.delete(index_of(&a.interface)?)
        },
    )
}

/// `den network connect` of a running container: the holder found or started (the lock
/// held), the interface plumbed, the container registered.
pub fn connect_running(
    store: &Store,
    runtime: &Path,
    pid: i32,
    id: &str,
    name: &str,
    a: &Attachment,
) -> Result<()> {
    let dir = dir(runtime);
    let _lock = NetLock::acquire(&dir)?;
    let holder = ensure(store, &dir, &a.network)?;
    let same = std::fs::metadata(format!("/proc/{holder}/ns/user"))
        .and_then(|h| std::fs::metadata(format!("/proc/{pid}/ns/user")).map(|c| (h, c)))
        .is_ok_and(|(h, c)| {
            use std::os::unix::fs::MetadataExt;
            h.ino() == c.ino() && h.dev() == c.dev()
        });
    if !same {
        return Err(crate::error::hinted(
            format!(
                "container {name} runs in a user namespace of its own, so it cannot join a network while it runs"
            ),
            "stop it, connect it, and start it again: it then joins the networks' user namespace",
        ));
    }
    plumb(holder, pid, id, a)?;
    register(&dir, a, pid, id, name)
}

/// Tells network `name`'s holder that container `id` left it.
pub fn deregister(runtime: &Path, name: &str, id: &str) {
    let Ok(mut stream) = UnixStream::connect(sock_file(&dir(runtime), name)) else {
        return;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    if let Ok(mut line) = serde_json::to_string(&Request::Detach(id.to_string())) {
        line.push('\n');
        let _ = stream.write_all(line.as_bytes());
        let mut reply = String::new();
        let _ = BufReader::new(stream).read_line(&mut reply);
    }
}

// ---- the holder process ----

/// Runs the holder when this process was started as one; its exit code.
pub fn main_if_requested() -> Option<i32> {
    let json = std::env::var(HOLDER_ENV).ok()?;
    let dir = PathBuf::from(std::env::var_os(HOLDER_DIR_ENV)?);
    let upstream = crate::sys::inherited_fd(UPSTREAM_FD)?;
    let ready = crate::sys::inherited_fd(READY_FD)?;
    let _ = nix::fcntl::fcntl(
        ready.as_fd(),
        nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC),
    );
    let _ = nix::fcntl::fcntl(
        upstream.as_fd(),
        nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC),
    );
    let mut ready = std::fs::File::from(ready);
    let record: NetworkRecord = match serde_json::from_str(&json) {
        Ok(r) => r,
        Err(e) => {
            let _ = ready.write_all(format!("error: reading the network's record: {e}").as_bytes());
            return Some(crate::error::EXIT_DEN);
        }
    };
    let state = match set_up(&record, &dir, UdpSocket::from(upstream)) {
        Ok(s) => s,
        Err(e) => {
            let _ = ready.write_all(format!("error: {e:#}").as_bytes());
            return Some(crate::error::EXIT_DEN);
        }
    };
    let _ = ready.write_all(format!("{}", std::process::id()).as_bytes());
    drop(ready);
    serve(state);
    Some(0)
}

struct State {
    record: NetworkRecord,
    dir: PathBuf,
    listener: UnixListener,
    dns: Option<UdpSocket>,
    upstream: UdpSocket,
    servers: Vec<SocketAddr>,
    members: Vec<(OwnedFd, Member)>,
    /// Forwarded queries: our id -> (the asker, its id, when).
    pending: HashMap<u16, (SocketAddr, [u8; 2], Instant)>,
    next_id: u16,
}

fn set_up(record: &NetworkRecord, dir: &Path, upstream: UdpSocket) -> Result<State> {
    let mut nl = Netlink::open()?;
    nl.set_up(index_of("lo")?, None)?;
    nl.add_bridge(&record.interface)?;
    let bridge = index_of(&record.interface)?;
    nl.add_address(bridge, record.gateway, record.subnet.prefix())?;
    nl.set_up(bridge, None)?;
    let dns = if record.dns_enabled {
        Some(
            UdpSocket::bind((record.gateway, 53))
                .with_context(|| format!("binding the DNS server on {}:53", record.gateway))?,
        )
    } else {
        None
    };
    let sock = sock_file(dir, &record.name);
    let _ = std::fs::remove_file(&sock);
    let listener =
        UnixListener::bind(&sock).with_context(|| format!("binding \"{}\"", sock.display()))?;
    let pid = pid_file(dir, &record.name);
    let tmp = dir.join(format!(".{}.pid.tmp", record.name));
    std::fs::write(&tmp, format!("{}\n", std::process::id()))
        .and_then(|()| std::fs::rename(&tmp, &pid))
        .with_context(|| format!("writing \"{}\"", pid.display()))?;
    let servers = super::dns::upstream_servers(
        &std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default(),
    );
    Ok(State {
        record: record.clone(),
        dir: dir.to_path_buf(),
        listener,
        dns,
        upstream,
        servers,
        members: Vec::new(),
        pending: HashMap::new(),
        next_id: 1,
    })
}

fn serve(mut s: State) {
    let started = Instant::now();
    let mut had_members = false;
    let mut buf = vec![0u8; 4096];
    // The holder lives as long as its network's containers: its start-up's pages go.
    let mut settle = crate::runtime::settle::Settle::new();
    loop {
        let (control, query, answer, exited) = {
            let mut fds = vec![
                PollFd::new(s.listener.as_fd(), PollFlags::POLLIN),
                PollFd::new(s.upstream.as_fd(), PollFlags::POLLIN),
            ];
            if let Some(d) = &s.dns {
                fds.push(PollFd::new(d.as_fd(), PollFlags::POLLIN));
            }
            let first_member = fds.len();
            for (fd, _) in &s.members {
                fds.push(PollFd::new(fd.as_fd(), PollFlags::POLLIN));
            }
            let polled = poll(&mut fds, settle.timeout(PollTimeout::from(1000u16)));
            settle.check();
            if polled.is_err() {
                continue;
            }
            let ready = |f: &PollFd<'_>| f.revents().is_some_and(|r| !r.is_empty());
            let exited: Vec<usize> = fds[first_member..]
                .iter()
                .enumerate()
                .filter(|(_, f)| ready(f))
                .map(|(i, _)| i)
                .collect();
            (
                ready(&fds[0]),
                s.dns.is_some() && ready(&fds[2]),
                ready(&fds[1]),
                exited,
            )
        };
        for i in exited.into_iter().rev() {
            s.members.remove(i);
        }
        if control && let Ok((stream, _)) = s.listener.accept() {
            had_members |= handle_client(&mut s, &stream);
        }
        if query {
            handle_query(&mut s, &mut buf);
        }
        if answer && let Ok((n, _)) = s.upstream.recv_from(&mut buf) {
            relay_answer(&mut s, &mut buf[..n]);
        }
        s.pending
            .retain(|_, (_, _, at)| at.elapsed() < FORWARD_TIMEOUT);
        if s.members.is_empty() && (had_members || started.elapsed() > GRACE) && try_exit(&mut s) {
            return;
        }
    }
}

/// Serves one control connection; whether it attached a container.
fn handle_client(s: &mut State, stream: &UnixStream) -> bool {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut line = String::new();
    let mut reader = BufReader::new(stream);
    if reader.read_line(&mut line).is_err() || line.trim().is_empty() {
        return false; // a liveness probe
    }
    let mut attached = false;
    let reply = match serde_json::from_str::<Request>(line.trim()) {
        Ok(Request::Attach(m)) => match crate::sys::pidfd_open(m.pid) {
            Ok(fd) => {
                s.members.retain(|(_, old)| old.id != m.id);
                s.members.push((fd, m));
                attached = true;
                "ok".to_string()
            }
            Err(e) => format!("container process {}: {e}", m.pid),
        },
        Ok(Request::Detach(id)) => {
            s.members.retain(|(_, m)| m.id != id);
            "ok".to_string()
        }
        Err(e) => format!("bad request: {e}"),
    };
    let _ = (&*stream).write_all(format!("{reply}\n").as_bytes());
    attached
}

fn handle_query(s: &mut State, buf: &mut [u8]) {
    let Some(dns) = &s.dns else { return };
    let Ok((n, client)) = dns.recv_from(buf) else {
        return;
    };
    let members = &s.members;
    let lookup = |name: &str| -> Vec<Ipv4Addr> {
        members
            .iter()
            .filter(|(_, m)| m.names.iter().any(|n| n == name))
            .map(|(_, m)| m.ip)
            .collect()
    };
    let forward = !s.record.internal && !s.servers.is_empty();
    match super::dns::answer(&buf[..n], &lookup, forward) {
        super::dns::Answer::Reply(bytes) => {
            let _ = dns.send_to(&bytes, client);
        }
        super::dns::Answer::Forward if n >= 2 => {
            let id = s.next_id;
            s.next_id = s.next_id.wrapping_add(1).max(1);
            s.pending
                .insert(id, (client, [buf[0], buf[1]], Instant::now()));
            buf[..2].copy_from_slice(&id.to_be_bytes());
            let _ = s.upstream.send_to(&buf[..n], s.servers[0]);
        }
        _ => {}
    }
}

fn relay_answer(s: &mut State, answer: &mut [u8]) {
    if answer.len() < 2 {
        return;
    }
    let id = u16::from_be_bytes([answer[0], answer[1]]);
    if let (Some((client, original, _)), Some(dns)) = (s.pending.remove(&id), &s.dns) {
        answer[..2].copy_from_slice(&original);
        let _ = dns.send_to(answer, client);
    }
}

/// Goes when no den is attaching a container (it would hold the lock): true when done.
fn try_exit(s: &mut State) -> bool {
    let Some(_lock) = NetLock::try_acquire(&s.dir) else {
        return false;
    };
    // A den that attached just before the lock was taken waits on the control socket.
    let _ = s.listener.set_nonblocking(true);
    while let Ok((stream, _)) = s.listener.accept() {
        let _ = stream.set_nonblocking(false);
        handle_client(s, &stream);
    }
    let _ = s.listener.set_nonblocking(false);
    if !s.members.is_empty() {
        return false;
    }
    let _ = std::fs::remove_file(pid_file(&s.dir, &s.record.name));
    let _ = std::fs::remove_file(sock_file(&s.dir, &s.record.name));
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn veth_names_fit_and_differ() {
        let id = "0123456789abcdef";
        assert_eq!(veth_name(id, "eth0"), "veth012345670");
        assert_ne!(veth_name(id, "eth0"), veth_name(id, "eth1"));
        assert!(veth_name(id, "eth10").len() <= 15);
    }

    #[test]
    fn names_include_the_short_id_and_aliases() {
        let a = Attachment {
            network: "n".into(),
            network_id: "i".into(),
            bridge: "podman1".into(),
            interface: "eth0".into(),
            ip: Ipv4Addr::new(10, 89, 0, 2),
            subnet: "10.89.0.0/24".parse().unwrap(),
            gateway: Ipv4Addr::new(10, 89, 0, 1),
            mac: "02:00:00:00:00:01".into(),
            aliases: vec!["Db".into()],
            internal: false,
            dns: true,
        };
        assert_eq!(
            member_names("0123456789abcdef", "Web", &a),
            ["web", "0123456789ab", "db"]
        );
    }
}
