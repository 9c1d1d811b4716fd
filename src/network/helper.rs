//! The process that connects a container's private network namespace to the host: pasta
//! (`pasta --config-net ... PID`, which joins the container's user and network namespaces,
//! creates and configures the tap interface and forwards published ports) or slirp4netns
//! (`slirp4netns --configure ... PID tap0`, ports added over its API socket). den starts it
//! after the container's id maps are written and before its program runs, as a child of the
//! den that is the container's parent (the foreground den or the monitor), and kills it by
//! pid when the container exits. It also gets SIGKILL when that den dies (parent-death
//! signal), so nothing outlives the container even after `kill -9` of den: pasta does not
//! exit by itself when the namespace goes (it holds it open).
//!
//! A killed helper takes long to die: closing its tap device unregisters the interface, which
//! waits for RCU grace periods (`rcu_barrier`), and pasta's inotify watch is flushed after it;
//! 27 ms of a 68 ms `den run --rm busybox true` was den waiting for that (bench/README.md,
//! "The network helper's exit"). den waits for it only when the helper published host ports,
//! which the next container may want to bind; otherwise it leaves the dying helper to be
//! reaped later (`reap_exited`, at the next start, or by init once den has exited, as
//! podman leaves pasta, which it never waits for).

use std::io::{Read, Seek, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use nix::fcntl::{FcntlArg, OFlag, fcntl};
use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;

use super::names::{PASTA_DNS, needs_pasta_dns};
use super::ports::{PortMapping, Protocol, check_free};
use super::{HelperKind, Network, SlirpOptions};
use crate::error::hinted;

/// How long a helper may take to configure the namespace.
const READY_TIMEOUT_MS: u16 = 10_000;

/// A running helper; killed and reaped when dropped.
pub struct Helper {
    child: Child,
    kind: HelperKind,
    /// slirp4netns exits when this (its exit fd's other end) closes.
    _exit_fd: Option<OwnedFd>,
    /// slirp4netns's API socket, removed with the helper.
    socket: Option<PathBuf>,
    /// It forwards host ports, which must be free again when the container is gone.
    publishes: bool,
}

/// Helpers killed and not yet reaped (their pids: a zombie's pid is not reused).
static EXITING: Mutex<Vec<Pid>> = Mutex::new(Vec::new());

/// Reaps the killed helpers that have died since; returns how many are still dying.
pub fn reap_exited() -> usize {
    let Ok(mut exiting) = EXITING.lock() else {
        return 0;
    };
    // StillAlive keeps it; an exit status or an error (ECHILD: reaped elsewhere) drops it.
    exiting.retain(|&pid| {
        matches!(
            waitpid(pid, Some(WaitPidFlag::WNOHANG)),
            Ok(WaitStatus::StillAlive)
        )
    });
    exiting.len()
}

impl Helper {
    #[must_use]
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    #[must_use]
    pub fn kind(&self) -> HelperKind {
        self.kind
    }
}

/// After the kill: waits for `child` (`wait`), or reaps it now if it has died already, else
/// lists it for `reap_exited`.
fn finish(child: &mut Child, wait: bool) {
    if wait {
        let _ = child.wait();
    } else if let Ok(None) = child.try_wait()
        && let Ok(mut exiting) = EXITING.lock()
    {
        exiting.push(Pid::from_raw(child.id() as i32));
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        let _ = self.child.kill();
        // Its host ports are free only once its exit is nearly done (measured: waiting for the
        // ports instead of the process saved nothing), so a helper with ports is waited for.
        finish(&mut self.child, self.publishes);
        if let Some(s) = &self.socket {
            let _ = std::fs::remove_file(s);
        }
    }
}

/// Starts the helper of `network` for the container whose init is `pid`, and returns once
/// the namespace is configured and the ports are published; `None` for networks without one.
/// `resolv` is the container's resolv.conf (pasta's DNS forwarder runs when it names it).
pub fn start(
    network: &Network,
    pid: Pid,
    ports: &[PortMapping],
    resolv: &str,
    runtime_dir: &Path,
) -> Result<Option<Helper>> {
    reap_exited();
    if let Network::Bridge(_) = network {
        // A member's way out is the default network's helper, on its own interface.
        return start(&network.outbound(), pid, ports, resolv, runtime_dir);
    }
    if !ports.is_empty() && matches!(network, Network::Host | Network::None) {
        bail!(
            "ports cannot be published with --network {}: use the default (private) network",
            network.name()
        );
    }
    match network {
        Network::Host | Network::None | Network::Bridge(_) => Ok(None),
        Network::Pasta(options) => {
            check_free(ports)?;
            start_pasta(options, pid, ports, resolv).map(Some)
        }
        Network::Slirp4netns(options) => {
            check_free(ports)?;
            start_slirp(options, pid, ports, runtime_dir).map(Some)
        }
    }
}

fn program(kind: HelperKind) -> Result<PathBuf> {
    crate::host::find_program(kind.program()).ok_or_else(|| {
        hinted(
            format!(
                "{} is not installed (it connects the container's network)",
                kind.program()
            ),
            match kind {
                HelperKind::Pasta => "install passt, or use --network slirp4netns or host",
                HelperKind::Slirp4netns => "install slirp4netns, or use --network pasta or host",
            },
        )
    })
}

/// pasta's `-t`/`-u` list: `[IP/]HOSTPORT:PORT,...`, or `none`.
fn pasta_ports(ports: &[PortMapping], proto: Protocol) -> String {
    let list: Vec<String> = ports
        .iter()
        .filter(|p| p.protocol == proto)
        .map(|p| {
            let ip = if p.host_ip.is_empty() {
                String::new()
            } else {
                format!("{}/", p.host_ip)
            };
            format!("{ip}{}:{}", p.host_port, p.container_port)
        })
        .collect();
    if list.is_empty() {
        "none".to_string()
    } else {
        list.join(",")
    }
}

/// pasta's arguments: configure the namespace, forward only the published ports (`-T none -U
/// none`: the container reaches no port of the host's loopback), and `--no-map-gw` so the
/// gateway address is not the host's loopback either, unless the user asks with `--map-gw`.
#[must_use]
pub fn pasta_args(
    options: &[String],
    pid: Pid,
    ports: &[PortMapping],
    resolv: &str,
) -> Vec<String> {
    let mut args: Vec<String> = ["--config-net", "--foreground", "--quiet"]
        .map(String::from)
        .to_vec();
    if !options.iter().any(|o| o == "--map-gw") {
        args.push("--no-map-gw".into());
    }
    args.extend([
        "-t".into(),
        pasta_ports(ports, Protocol::Tcp),
        "-u".into(),
        pasta_ports(ports, Protocol::Udp),
    ]);
    // The user may forward chosen host ports into the container's loopback (`-T,5432`).
    let given = |short: &str, long: &str| {
        options
            .iter()
            .any(|o| o == short || o == long || o.starts_with(&format!("{long}=")))
    };
    for (short, long) in [("-T", "--tcp-ns"), ("-U", "--udp-ns")] {
        if !given(short, long) {
            args.extend([short.to_string(), "none".to_string()]);
        }
    }
    if needs_pasta_dns(resolv) {
        args.extend(["--dns-forward".into(), PASTA_DNS.into()]);
    }
    args.extend(options.iter().filter(|o| *o != "--map-gw").cloned());
    // The pid file is den's pipe: pasta writes it once the namespace is configured.
    args.extend(["--pid".into(), "/proc/self/fd/3".into()]);
    args.push(pid.to_string());
    args
}

fn start_pasta(
    options: &[String],
    pid: Pid,
    ports: &[PortMapping],
    resolv: &str,
) -> Result<Helper> {
    let exe = program(HelperKind::Pasta)?;
    let exe = avx2_build(&exe).unwrap_or(exe);
    let (ready_r, ready_w) = pipe_above(10)?;
    let mut stderr = tempfile::tempfile().context("creating a file for pasta's messages")?;
    let mut cmd = Command::new(&exe);
    cmd.args(pasta_args(options, pid, ports, resolv))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr.try_clone().context("sharing pasta's message file")?);
    crate::sys::tie_helper_to_parent(&mut cmd, vec![(ready_w.as_raw_fd(), 3)]);
    let child = cmd
        .spawn()
        .with_context(|| format!("starting \"{}\"", exe.display()))?;
    drop(ready_w);
    let mut helper = Helper {
        child,
        kind: HelperKind::Pasta,
        _exit_fd: None,
        socket: None,
        publishes: !ports.is_empty(),
    };
    if !wait_ready(&ready_r, &mut helper)? {
        bail!(
            "pasta could not connect the container's network{}",
            messages(&mut stderr)
        );
    }
    Ok(helper)
}

/// pasta's AVX2 build beside it (`pasta.avx2`, as Debian and Fedora ship it), when this CPU
/// and the kernel support AVX2: the build pasta itself re-executes into after checking the
/// same, so starting it directly saves that second exec (about 2 ms of pasta's start here;
/// bench/README.md, "The network helper's exit").
fn avx2_build(exe: &Path) -> Option<PathBuf> {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        let mut name = exe.file_name()?.to_os_string();
        name.push(".avx2");
        let build = exe.with_file_name(name);
        return build.is_file().then_some(build);
    }
    let _ = exe;
    None
}

/// slirp4netns's arguments, as podman passes them.
fn slirp_args(o: &SlirpOptions, pid: Pid, socket: &Path) -> Vec<String> {
    let mut args = vec![
        "--configure".to_string(),
        format!("--mtu={}", o.mtu.unwrap_or(65520)),
        "--ready-fd=3".into(),
        "--exit-fd=4".into(),
        format!("--api-socket={}", socket.display()),
    ];
    if !o.allow_host_loopback {
        args.push("--disable-host-loopback".into());
    }
    if o.enable_ipv6 {
        args.push("--enable-ipv6".into());
    }
    if let Some(c) = &o.cidr {
        args.push(format!("--cidr={c}"));
    }
    if let Some(a) = &o.outbound_addr {
        args.push(format!("--outbound-addr={a}"));
    }
    if let Some(a) = &o.outbound_addr6 {
        args.push(format!("--outbound-addr6={a}"));
    }
    args.extend([pid.to_string(), "tap0".into()]);
    args
}

fn start_slirp(
    o: &SlirpOptions,
    pid: Pid,
    ports: &[PortMapping],
    runtime_dir: &Path,
) -> Result<Helper> {
    let exe = program(HelperKind::Slirp4netns)?;
    let dir = runtime_dir.join("net");
    std::fs::create_dir_all(&dir).with_context(|| format!("creating \"{}\"", dir.display()))?;
    let mut socket = dir.join(format!("slirp-{pid}.sock"));
    // A unix socket's path has room for 107 bytes (unix(7)).
    if socket.as_os_str().len() > 100 {
        socket =
            std::env::temp_dir().join(format!("den-slirp-{}-{pid}.sock", nix::unistd::getuid()));
    }
    let _ = std::fs::remove_file(&socket);
    let (ready_r, ready_w) = pipe_above(10)?;
    let (exit_r, exit_w) = pipe_above(10)?;
    let mut stderr = tempfile::tempfile().context("creating a file for slirp4netns's messages")?;
    let mut cmd = Command::new(&exe);
    cmd.args(slirp_args(o, pid, &socket))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(
            stderr
                .try_clone()
                .context("sharing slirp4netns's message file")?,
        );
    crate::sys::tie_helper_to_parent(
        &mut cmd,
        vec![(ready_w.as_raw_fd(), 3), (exit_r.as_raw_fd(), 4)],
    );
    let child = cmd
        .spawn()
        .with_context(|| format!("starting \"{}\"", exe.display()))?;
    drop((ready_w, exit_r));
    let mut helper = Helper {
        child,
        kind: HelperKind::Slirp4netns,
        _exit_fd: Some(exit_w),
        socket: Some(socket.clone()),
        publishes: !ports.is_empty(),
    };
    if !wait_ready(&ready_r, &mut helper)? {
        bail!(
            "slirp4netns could not connect the container's network{}",
            messages(&mut stderr)
        );
    }
    for p in ports {
        add_slirp_port(&socket, p)
            .with_context(|| format!("publishing port {}/{}", p.container_port, p.protocol))?;
    }
    Ok(helper)
}

/// Asks slirp4netns to forward a host port (its API: one JSON request per connection).
fn add_slirp_port(socket: &Path, p: &PortMapping) -> Result<()> {
    let mut conn = UnixStream::connect(socket)
        .with_context(|| format!("connecting to \"{}\"", socket.display()))?;
    let request = serde_json::json!({
        "execute": "add_hostfwd",
        "arguments": {
            "proto": p.protocol.to_string(),
            "host_addr": if p.host_ip.is_empty() { "0.0.0.0" } else { &p.host_ip },
            "host_port": p.host_port,
            "guest_port": p.container_port,
        }
    });
    conn.write_all(request.to_string().as_bytes())?;
    conn.shutdown(std::net::Shutdown::Write)?;
    let mut reply = String::new();
    conn.set_read_timeout(Some(Duration::from_secs(10)))?;
    conn.read_to_string(&mut reply)?;
    let value: serde_json::Value =
        serde_json::from_str(&reply).with_context(|| format!("slirp4netns replied \"{reply}\""))?;
    if let Some(err) = value.get("error") {
        bail!(
            "slirp4netns: {}",
            err.get("desc")
                .and_then(|d| d.as_str())
                .unwrap_or("refused")
        );
    }
    Ok(())
}

/// A pipe whose ends are numbered `min` or above (so moving them onto 3 and 4 in the helper
/// cannot overwrite one another).
pub(crate) fn pipe_above(min: i32) -> Result<(OwnedFd, OwnedFd)> {
    let (r, w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating a pipe")?;
    Ok((lift_above(r.as_fd(), min)?, lift_above(w.as_fd(), min)?))
}

/// A close-on-exec copy of `fd` numbered `min` or above (so that moving it onto a low number
/// in a child never meets itself).
pub(crate) fn lift_above(fd: std::os::fd::BorrowedFd<'_>, min: i32) -> Result<OwnedFd> {
    let raw = fcntl(fd, FcntlArg::F_DUPFD_CLOEXEC(min)).context("moving a descriptor")?;
    Ok(crate::sys::own_fd(raw))
}

/// Waits until the helper writes to its ready pipe (true), or exits / closes it (false).
fn wait_ready(ready: &OwnedFd, helper: &mut Helper) -> Result<bool> {
    let mut fds = [PollFd::new(ready.as_fd(), PollFlags::POLLIN)];
    let n = loop {
        match poll(&mut fds, PollTimeout::from(READY_TIMEOUT_MS)) {
            Err(nix::errno::Errno::EINTR) => {}
            other => break other.context("waiting for the network helper")?,
        }
    };
    if n == 0 {
        bail!(
            "{} did not configure the container's network within {} seconds",
            helper.kind.program(),
            READY_TIMEOUT_MS / 1000
        );
    }
    let mut buf = [0u8; 32];
    let got = nix::unistd::read(ready, &mut buf).unwrap_or(0);
    if got == 0 {
        let _ = helper.child.wait();
        return Ok(false);
    }
    Ok(true)
}

/// What the helper printed, as the tail of an error message.
fn messages(file: &mut std::fs::File) -> String {
    let mut text = String::new();
    let _ = file.rewind();
    let _ = file.read_to_string(&mut text);
    let text = text.trim();
    if text.is_empty() {
        String::new()
    } else {
        format!(": {}", text.lines().collect::<Vec<_>>().join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::ports::parse_publish;

    /// The AVX2 build is taken when it sits beside pasta and the CPU has AVX2, else pasta.
    #[test]
    fn pasta_avx2_build_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let pasta = dir.path().join("pasta");
        std::fs::write(&pasta, "").unwrap();
        assert_eq!(avx2_build(&pasta), None, "no pasta.avx2 there");
        std::fs::write(dir.path().join("pasta.avx2"), "").unwrap();
        #[cfg(target_arch = "x86_64")]
        let has_avx2 = std::arch::is_x86_feature_detected!("avx2");
        #[cfg(not(target_arch = "x86_64"))]
        let has_avx2 = false;
        let want = has_avx2.then(|| dir.path().join("pasta.avx2"));
        assert_eq!(avx2_build(&pasta), want);
    }

    /// A helper without ports is not waited for: it is listed while it lives, and reaped by
    /// `reap_exited` once it has died; one with ports is reaped before `finish` returns.
    #[test]
    fn dying_helpers_are_reaped_later_unless_they_publish_ports() {
        let gone =
            |pid: Pid| waitpid(pid, Some(WaitPidFlag::WNOHANG)) == Err(nix::errno::Errno::ECHILD);
        let mut child = Command::new("sleep").arg("100").spawn().unwrap();
        let pid = Pid::from_raw(child.id() as i32);
        finish(&mut child, false);
        assert!(EXITING.lock().unwrap().contains(&pid), "not listed");
        assert!(
            reap_exited() >= 1,
            "a living helper was dropped from the list"
        );
        child.kill().unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while EXITING.lock().unwrap().contains(&pid) {
            assert!(std::time::Instant::now() < deadline, "never reaped");
            reap_exited();
            std::thread::sleep(Duration::from_millis(5));
        }
        assert!(gone(pid), "left as a zombie");

        let mut child = Command::new("sleep").arg("100").spawn().unwrap();
        let pid = Pid::from_raw(child.id() as i32);
        child.kill().unwrap();
        finish(&mut child, true);
        assert!(gone(pid), "not reaped before finish returned");
        assert!(!EXITING.lock().unwrap().contains(&pid));
    }

    #[test]
    fn pasta_forwards_only_published_ports() {
        let mut ports = parse_publish("127.0.0.1:8080:80").unwrap();
        ports.extend(parse_publish("5353:53/udp").unwrap());
        let args = pasta_args(&[], Pid::from_raw(42), &ports, "nameserver 1.1.1.1\n");
        let joined = args.join(" ");
        assert!(
            joined.contains("-t 127.0.0.1/8080:80 -u 5353:53 -T none -U none"),
            "{joined}"
        );
        assert!(joined.contains("--no-map-gw") && !joined.contains("--dns-forward"));
        assert_eq!(args.last().unwrap(), "42");
        let args = pasta_args(
            &["--map-gw".into()],
            Pid::from_raw(1),
            &[],
            "nameserver 169.254.1.1\n",
        );
        let joined = args.join(" ");
        assert!(!joined.contains("map-gw") && joined.contains("--dns-forward 169.254.1.1"));
        assert!(joined.contains("-t none -u none"));
        let args = pasta_args(&["-T".into(), "5432".into()], Pid::from_raw(1), &[], "");
        let joined = args.join(" ");
        assert!(
            joined.contains("-U none") && !joined.contains("-T none"),
            "{joined}"
        );
    }
}
