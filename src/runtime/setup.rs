//! The container's side of a run. `container_main` is the first process in the new
//! namespaces (PID 1 there, den's direct child): `set_up_container` is its whole setup as one
//! ordered list of steps, then it forks the program (`exec_program`, PID 2) and becomes the
//! init that reaps and forwards signals (`init`). Any error is sent to den over the channel
//! with its whole chain, so the user reads a sentence, not an exit code.

use std::ffi::CString;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use nix::fcntl::OFlag;
use nix::sys::signal::{SigSet, SigmaskHow, Signal, sigprocmask};
use nix::sys::stat::Mode;
use nix::unistd::{ForkResult, Pid};
use seccompiler::BpfProgram;

use crate::child::channel::{ChildEnd, ToChild, ToParent};
use crate::driver::fuse::ServerPlace;
use crate::error::{EXIT_CANNOT_EXECUTE, EXIT_NOT_FOUND, ExitCodeExt, HintExt, Remote};
use crate::identity::userns::become_root_with;
use crate::plan::{NsMode, RunPlan};
use crate::runtime::user::{ExecUser, check_mapped, resolve_in_container, switch_to};
use crate::runtime::{devices, files, init, limits, mounts, passwd, rootfs, secrets};

/// Runs in the cloned child; never returns.
pub fn container_main(plan: &RunPlan, chan: ChildEnd, seccomp: Option<&[BpfProgram]>) -> ! {
    let program = match set_up_container(plan, &chan, seccomp) {
        Ok(pid) => pid,
        Err(e) => {
            let _ = chan.send(&ToParent::Failed(Remote::capture(&e)));
            std::process::exit(crate::error::EXIT_DEN);
        }
    };
    // den reads until this end closes: after this, the program's own copy (closed by its exec)
    // is the only one left.
    drop(chan);
    std::process::exit(init::become_init(program, &plan.process.argv));
}

/// The container's setup, in order. Each step is one function of the module that owns it.
fn set_up_container(
    plan: &RunPlan,
    chan: &ChildEnd,
    seccomp: Option<&[BpfProgram]>,
) -> Result<Pid> {
    // userns::clone_with_id_maps: dies with den, and den has written uid_map/gid_map.
    wait_for_network(chan)?; // the program must find its network configured
    // Opened while this process still has your uid: root of a namespace without it (nomap,
    // auto) could not enter your 0700 runtime dir, and reaches the scratch dir by this.
    let scratch_dir = open_dir(&plan.scratch)?;
    // uid/gid 0 of the namespace: the user, with full caps here (--group-add keep-groups:
    // den's supplementary groups stay)
    become_root_with(&plan.mapping, plan.ns.limits.keep_groups)?;
    if plan.layer_mapping.is_some() {
        // keep-id: root here is not the user, so the switch made this process non-dumpable,
        // and den (exec, top) could no longer open its /proc/PID/ns as it can by default.
        nix::sys::prctl::set_dumpable(true).context("making the init dumpable")?;
    }
    nix::unistd::setsid().context("starting a new session")?; // signals arrive only via den
    mounts::make_mounts_private()?; // nothing mounted below propagates to the host
    let scratch_fs = mounts::prepare_scratch(
        &scratch_dir,
        &plan.scratch,
        &plan.hostname,
        plan.etc_hosts.as_deref(),
        &plan.etc_resolv,
    )?; // private tmpfs: mount point, /etc files
    let (place, mount_point) = if plan.layer_mapping.is_some() {
        // --userns: den serves it from the store's namespace; root here may not walk your
        // runtime dir, so the mount point is reached by the tmpfs's descriptor.
        let scratch = mounts::fd_path(&scratch_fs);
        (ServerPlace::InStoreNs(chan), scratch.join("rootfs"))
    } else {
        // Root here is you: the path works, and an external program (fuse-overlayfs) needs
        // it, as this process's descriptors mean nothing in its /proc/self.
        (ServerPlace::InContainer, plan.scratch.join("rootfs"))
    };
    let left = rootfs::mount_rootfs(&plan.rootfs, &mount_point, plan.remove, &place)?; // overlay / fuse / vfs / --rootfs
    let scratch_fs = if left {
        // In a new mount namespace the old descriptor leads to the old one's mounts: the
        // tmpfs again, by its path (these drivers run under the default mapping: root is you).
        open_dir(&plan.scratch)?
    } else {
        scratch_fs
    };
    let scratch = mounts::fd_path(&scratch_fs);
    let mount_point = scratch.join("rootfs");
    let root = open_dir(&mount_point)?;
    rootfs::set_root_mode(&root, &plan.rootfs)?; // podman's 0555 for an image's root
    let owner = volume_owner(root.as_fd(), plan)?; // the user :U gives volumes to
    if plan.ns.namespaces.pid == NsMode::Host {
        devices::bind_host_proc(root.as_fd())?; // --pid host: the host's, bound
    } else {
        mounts::mount_proc(root.as_fd())?; // a /proc of the container's PID namespace
    }
    mounts::mount_sys(root.as_fd(), &plan.network, plan.ns.privileged)?; // read-only unless --privileged
    mounts::mount_dev(root.as_fd(), &plan.mapping, plan.ns.namespaces.ipc.is_new())?; // tmpfs, host's null/zero/..., new devpts
    devices::mount_shm(root.as_fd(), plan)?; // /dev/shm as --ipc says
    devices::bind_devices(root.as_fd(), plan)?; // --device, --privileged's host devices
    // After /dev, so a -v under /dev (a device, /dev/dri) is not buried under its tmpfs.
    mounts::mount_user_mounts(root.as_fd(), &plan.mounts, owner)?; // -v, --tmpfs, --mount
    mounts::bind_etc_files(
        root.as_fd(),
        &scratch,
        plan.etc_hosts.is_some(),
        &plan.mounts,
    )?; // hostname, hosts, resolv.conf
    secrets::mount_secrets(root.as_fd(), &scratch, plan)?; // --secret files, read-only
    if let Some(user) = &plan.keep_id {
        passwd::add_keep_id_user(root.as_fd(), &scratch, user)?; // the user's name inside
    }
    files::provide_files(root.as_fd(), &scratch, plan)?; // .containerenv, localtime, passwd
    drop(root);
    mounts::pivot_into(&mount_point)?;
    drop((scratch_fs, scratch_dir)); // the host's tree is gone from here on
    limits::write_sysctls(&plan.ns.sysctls)?; // the container's /proc, before it is read-only
    if !plan.ns.privileged {
        mounts::protect_kernel_paths()?; // podman's masked and read-only /proc, /sys paths
    }
    check_workdir(&plan.process.cwd, plan.config.create_workdir, &plan.id)?; // the image's is created
    if plan.read_only {
        mounts::make_root_read_only()?; // last mount change: targets above needed a writable root
    }
    if plan.ns.namespaces.uts.is_new() {
        // In the host's or another container's UTS namespace the hostname is theirs.
        nix::unistd::sethostname(&plan.hostname).context("setting the hostname")?;
    }
    let pty = if plan.process.tty {
        Some(open_pty(chan)?) // master goes to den, which relays the user's terminal
    } else {
        None
    };
    match fork_program()? {
        ForkResult::Child if plan.config.infra => init::pause(), // a pod's infra: den's pause
        ForkResult::Child => {
            let err = exec_program(plan, pty, seccomp).unwrap_err();
            let _ = chan.send(&ToParent::Failed(Remote::capture(&err)));
            std::process::exit(Remote::capture(&err).exit_code);
        }
        ForkResult::Parent { child } => Ok(child),
    }
}

/// The program's side (PID 2): terminal, identity, privileges, then exec. Security order:
/// no_new_privs before anything can gain privileges, capability bounding set dropped while
/// we still hold CAP_SETPCAP, user switched, fds marked close-on-exec, seccomp last (after
/// it, only the allow-listed calls remain, and exec is one of them).
pub(crate) fn exec_program(
    plan: &RunPlan,
    pty: Option<OwnedFd>,
    seccomp: Option<&[BpfProgram]>,
) -> Result<std::convert::Infallible> {
    restore_signals()?; // den's init blocks every signal; the program starts clean
    attach_stdio(pty, plan.process.interactive)?; // pty, or den's own stdio (stdin: -i only)
    let mut user = resolve_in_container(&plan.process.user)?; // the image's /etc/passwd
    user.groups
        .extend(limits::added_groups(&plan.ns.limits, &plan.id)?); // --group-add
    check_mapped(&user, &plan.mapping)?;
    let env = environment(plan, &user);
    let program = find_executable(&plan.process.argv[0], &env, &plan.process.cwd)?;
    if plan.no_new_privs {
        nix::sys::prctl::set_no_new_privs().context("setting no_new_privs")?;
    }
    let caps = plan.capability_set()?;
    drop_bounding_set(&caps)?; // needs CAP_SETPCAP: before the user switch
    limits::apply(&plan.ns.limits)?; // --ulimit, --umask
    let seccomp = if plan.no_new_privs {
        seccomp
    } else if let Some(programs) = seccomp {
        // Without no_new_privs the kernel loads a filter only for a holder of CAP_SYS_ADMIN
        // (seccomp(2)), which the user switch may drop: load it now; the calls below are
        // on its allow-list.
        crate::runtime::seccomp::apply_keeping_privileges(programs)?;
        None
    } else {
        None
    };
    switch_to(&user, &plan.mapping, !plan.ns.limits.keep_groups)?;
    set_capabilities(&caps, user.uid)?;
    nix::unistd::chdir(&plan.process.cwd).with_context(|| {
        format!(
            "entering working directory \"{}\"",
            plan.process.cwd.display()
        )
    })?;
    crate::sys::set_cloexec_from(3).context("marking descriptors close-on-exec")?;
    if let Some(programs) = seccomp {
        crate::runtime::seccomp::apply(programs)?; // last: the filter also binds den's code
    }
    execute(&program, &plan.process.argv, &env)
}

/// `:U`: the ids of the user the program runs as, resolved from the root filesystem's
/// /etc/passwd and /etc/group (as the program's side will after pivot_root); None when no
/// mount asks for it.
fn volume_owner(root: std::os::fd::BorrowedFd<'_>, plan: &RunPlan) -> Result<Option<(u32, u32)>> {
    if !plan
        .mounts
        .iter()
        .any(|m| matches!(m, crate::plan::UserMount::Bind { options, .. } if options.chown))
    {
        return Ok(None);
    }
    let passwd = mounts::read_in_root(root, Path::new("/etc/passwd"));
    let group = mounts::read_in_root(root, Path::new("/etc/group"));
    let user = crate::runtime::user::resolve(&plan.process.user, &passwd, &group)?;
    Ok(Some((user.uid, user.gid)))
}

/// An O_PATH descriptor of a directory: the root filesystem, den's scratch dir.
fn open_dir(dir: &Path) -> Result<OwnedFd> {
    nix::fcntl::open(
        dir,
        OFlag::O_PATH | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening \"{}\"", dir.display()))
}

/// As podman: a missing working directory the image names is created; one `--workdir` names
/// is refused with 126 (cannot execute), as is one below a file.
fn check_workdir(cwd: &Path, create: bool, id: &str) -> Result<()> {
    match std::fs::metadata(cwd) {
        Ok(m) if m.is_dir() => return Ok(()),
        Ok(_) => {
            return Err(anyhow::anyhow!(
                "workdir \"{}\" is not a directory in container {id}",
                cwd.display()
            ))
            .exit_code(EXIT_CANNOT_EXECUTE);
        }
        Err(e) if e.raw_os_error() == Some(libc::ENOTDIR) => {
            return Err(anyhow::Error::new(e).context(format!(
                "detecting workdir \"{}\" in container {id}",
                cwd.display()
            )))
            .exit_code(EXIT_CANNOT_EXECUTE);
        }
        Err(_) if !create => {
            return Err(anyhow::anyhow!(
                "workdir \"{}\" does not exist on container {id}",
                cwd.display()
            ))
            .exit_code(EXIT_CANNOT_EXECUTE)
            .hint("create it in the image, or name an existing directory with --workdir");
        }
        Err(_) => {}
    }
    std::fs::create_dir_all(cwd)
        .with_context(|| format!("creating working directory \"{}\"", cwd.display()))
}

/// Opens a terminal on the container's own devpts and hands the master to den; waits until
/// den has set its window size, so the program starts with the right one.
pub(crate) fn open_pty(chan: &ChildEnd) -> Result<OwnedFd> {
    use nix::pty::{grantpt, posix_openpt, ptsname_r, unlockpt};
    let master = posix_openpt(OFlag::O_RDWR | OFlag::O_NOCTTY | OFlag::O_CLOEXEC)
        .context("opening /dev/ptmx in the container")?;
    grantpt(&master).context("grantpt")?;
    unlockpt(&master).context("unlockpt")?;
    let name = ptsname_r(&master).context("ptsname")?;
    let slave = nix::fcntl::open(
        name.as_str(),
        OFlag::O_RDWR | OFlag::O_NOCTTY | OFlag::O_CLOEXEC,
        Mode::empty(),
    )
    .with_context(|| format!("opening \"{name}\""))?;
    chan.send_with_fd(&ToParent::PtyMaster, Some(master.as_raw_fd()))?;
    match chan.recv()? {
        Some(ToChild::Proceed) => Ok(slave),
        _ => bail!("den stopped while setting up the terminal"),
    }
}

/// Waits until den has connected the container's network (`network::helper`).
fn wait_for_network(chan: &ChildEnd) -> Result<()> {
    match chan.recv()? {
        Some(ToChild::NetworkReady) => Ok(()),
        _ => bail!("den stopped while connecting the container's network"),
    }
}

fn fork_program() -> Result<ForkResult> {
    crate::sys::fork().context("starting the container's program")
}

fn restore_signals() -> Result<()> {
    for sig in Signal::iterator() {
        if matches!(sig, Signal::SIGKILL | Signal::SIGSTOP) {
            continue;
        }
        crate::sys::reset_signal_disposition(sig);
    }
    sigprocmask(SigmaskHow::SIG_SETMASK, Some(&SigSet::empty()), None)
        .context("unblocking signals")?;
    Ok(())
}

fn attach_stdio(pty: Option<OwnedFd>, interactive: bool) -> Result<()> {
    if let Some(slave) = pty {
        nix::unistd::setsid().context("starting the terminal's session")?;
        crate::sys::set_controlling_terminal(slave.as_fd()).context("taking the terminal")?;
        for target in 0..=2 {
            crate::sys::dup_onto(slave.as_fd(), target).context("attaching the terminal")?;
        }
        return Ok(());
    }
    if !interactive {
        // As podman: without -i the program does not read den's stdin.
        let null = nix::fcntl::open(
            "/dev/null",
            OFlag::O_RDONLY | OFlag::O_CLOEXEC,
            Mode::empty(),
        )
        .context("opening /dev/null")?;
        crate::sys::dup_onto(null.as_fd(), 0).context("redirecting stdin")?;
    }
    Ok(())
}

fn environment(plan: &RunPlan, user: &ExecUser) -> Vec<String> {
    let mut env = plan.process.env.clone();
    if !env.iter().any(|e| e.starts_with("HOME=")) {
        env.push(format!("HOME={}", user.home));
    }
    env
}

/// Finds the program as execvp(3) would, but with the container's PATH: 127 when it does
/// not exist, 126 when it is not executable (podman's codes).
fn find_executable(name: &str, env: &[String], cwd: &Path) -> Result<PathBuf> {
    let check = |p: &Path| -> Option<Result<PathBuf>> {
        let meta = std::fs::metadata(p).ok()?;
        if meta.is_dir() || meta.permissions().mode() & 0o111 == 0 {
            return Some(
                Err(anyhow::anyhow!("\"{}\": permission denied", p.display()))
                    .exit_code(EXIT_CANNOT_EXECUTE),
            );
        }
        Some(Ok(p.to_path_buf()))
    };
    if name.contains('/') {
        let path = if name.starts_with('/') {
            PathBuf::from(name)
        } else {
            cwd.join(name)
        };
        return check(&path).unwrap_or_else(|| {
            Err(anyhow::anyhow!("\"{name}\": no such file or directory")).exit_code(EXIT_NOT_FOUND)
        });
    }
    let path_var = env
        .iter()
        .find_map(|e| e.strip_prefix("PATH="))
        .unwrap_or(crate::plan::DEFAULT_PATH);
    let mut denied = None;
    for dir in path_var.split(':').filter(|d| !d.is_empty()) {
        match check(&Path::new(dir).join(name)) {
            Some(Ok(p)) => return Ok(p),
            Some(Err(e)) => denied = denied.or(Some(e)),
            None => {}
        }
    }
    if let Some(e) = denied {
        return Err(e);
    }
    Err(anyhow::anyhow!(
        "executable file \"{name}\" not found in $PATH ({path_var})"
    ))
    .exit_code(EXIT_NOT_FOUND)
    .hint("check the command, or the image's PATH")
}

/// Drops every capability not in `keep` from the bounding set: one PR_CAPBSET_DROP each,
/// without reading the set first (dropping one already gone succeeds; this runs at every
/// start and exec). A drop that fails is an error only for a capability the set still
/// holds: one this kernel does not know (EINVAL) no process can hold.
fn drop_bounding_set(keep: &[caps::Capability]) -> Result<()> {
    for cap in caps::all() {
        if keep.contains(&cap) {
            continue;
        }
        if let Err(e) = caps::drop(None, caps::CapSet::Bounding, cap)
            && caps::has_cap(None, caps::CapSet::Bounding, cap).unwrap_or(false)
        {
            return Err(e).with_context(|| format!("dropping {cap} from the bounding set"));
        }
    }
    Ok(())
}

fn set_capabilities(keep: &[caps::Capability], uid: u32) -> Result<()> {
    let set: caps::CapsHashSet = if uid == 0 {
        keep.iter().copied().collect()
    } else {
        // A non-root program starts with no effective capabilities, as under podman; the
        // kernel cleared them at the uid switch, this makes it explicit.
        caps::CapsHashSet::new()
    };
    // The inheritable set stays empty whatever the program's uid, as podman since
    // CVE-2022-27649: inheritable capabilities would pass into programs run with file
    // capabilities, and as ambient ones into non-root children.
    caps::set(None, caps::CapSet::Inheritable, &caps::CapsHashSet::new())
        .context("clearing inheritable capabilities")?;
    caps::set(None, caps::CapSet::Effective, &set).context("setting effective capabilities")?;
    caps::set(None, caps::CapSet::Permitted, &set).context("setting permitted capabilities")?;
    Ok(())
}

fn execute(program: &Path, argv: &[String], env: &[String]) -> Result<std::convert::Infallible> {
    let cstr = |s: &str| CString::new(s).with_context(|| format!("\"{s}\" contains a NUL byte"));
    let path =
        CString::new(program.as_os_str().as_bytes()).context("program path contains a NUL byte")?;
    let argv: Vec<CString> = argv.iter().map(|a| cstr(a)).collect::<Result<_>>()?;
    let env: Vec<CString> = env.iter().map(|e| cstr(e)).collect::<Result<_>>()?;
    let err = nix::unistd::execve(&path, &argv, &env).unwrap_err();
    let code = match err {
        nix::errno::Errno::ENOENT => EXIT_NOT_FOUND,
        _ => EXIT_CANNOT_EXECUTE,
    };
    let what = if err == nix::errno::Errno::ENOENT {
        // The file exists (we found it), so its interpreter or loader is what is missing.
        format!(
            "executing \"{}\": its interpreter or dynamic loader was not found",
            program.display()
        )
    } else {
        format!("executing \"{}\"", program.display())
    };
    Err(anyhow::Error::new(err).context(what)).exit_code(code)
}
