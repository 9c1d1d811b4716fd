//! The per-container monitor of detached containers (`den run -d`, `den start`): den itself,
//! re-executed with `_DEN_MONITOR=ID` in its environment, in its own session with its stdio on
//! /dev/null. It runs the container exactly as a foreground `den run` does (it is the
//! container's parent, `spawn::run_with`), writes the container's stdout and stderr to
//! `<store>/containers/<id>/ctr.log`, records the pid once the program runs and the exit
//! status at the end, and exits with the container. No daemon outlives its container.
//!
//! The den that started it learns the outcome of the setup as one JSON line on the monitor's
//! original stdout (a pipe): `{"Running":PID}` or `{"Failed":{...}}`.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::os::fd::{AsFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{Context, Result, bail};
use nix::fcntl::{FcntlArg, OFlag, fcntl};
use nix::sys::stat::Mode;
use serde::{Deserialize, Serialize};

use crate::config::Ctx;
use crate::error::{EXIT_DEN, Remote};
use crate::events;
use crate::plan::LogDriver;
use crate::plan::RunPlan;
use crate::runtime::attach::Relay;
use crate::runtime::health;
use crate::runtime::logfile::{self, LogWriter};
use crate::runtime::seccomp;
use crate::runtime::spawn::{self, Hooks, Output};
use crate::runtime::state;
use crate::store::Store;
use crate::store::records::{self, ContainerRecord, State};

/// What the monitor tells the den that started it.
#[derive(Debug, Serialize, Deserialize)]
pub enum Status {
    /// The program runs; host pid of the container's init.
    Running(i32),
    /// The setup failed.
    Failed(Remote),
}

/// Starts the monitor of container `id` and waits until its program runs (or setup fails).
pub fn start_detached(ctx: &Ctx, id: &str) -> Result<i32> {
    start_monitor(ctx, id, false)
}

/// `start_detached`; `restart`: the container ran in the foreground and its restart policy
/// starts it again, counted in its RestartCount (podman restarts such a container in the
/// background once the attached `run` has returned).
pub fn start_monitor(ctx: &Ctx, id: &str, restart: bool) -> Result<i32> {
    let exe = std::env::current_exe().context("finding den's own executable")?;
    // Descriptors den inherited from its caller (a script's extra pipe) must not live on in
    // the monitor and the container: the caller would wait for their end forever.
    crate::sys::set_cloexec_from(3).context("marking descriptors close-on-exec")?;
    let passthrough = Store::open(&ctx.paths)
        .and_then(|s| records::read(&s, id))
        .ok()
        .and_then(|r| r.plan)
        .is_some_and(|p| p.log.driver == LogDriver::Passthrough);
    if passthrough {
        // The container writes to this den's stdout and stderr (podman's passthrough, with
        // -d too): the monitor inherits them as fds 3 and 4.
        crate::sys::dup_onto(std::io::stdout().as_fd(), PASS_OUT).context("passing stdout")?;
        crate::sys::dup_onto(std::io::stderr().as_fd(), PASS_ERR).context("passing stderr")?;
    }
    let mut cmd = Command::new(exe);
    clear_monitor_env(&mut cmd);
    cmd.env(MONITOR_ENV, id);
    if passthrough {
        cmd.env(PASS_ENV, "1");
    }
    if restart {
        cmd.env(RESTART_ENV, "1");
    }
    pass_paths(&mut cmd, ctx);
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn();
    if passthrough {
        let _ = nix::unistd::close(PASS_OUT);
        let _ = nix::unistd::close(PASS_ERR);
    }
    let mut child = child.context("starting the container's monitor")?;
    let out = child.stdout.take().context("the monitor's status pipe")?;
    let mut line = String::new();
    // One line only: the container's init keeps a copy of this pipe while it runs.
    BufReader::new(out)
        .read_line(&mut line)
        .context("reading the monitor's status")?;
    // The monitor's parent is gone once this den exits; reap it now if it already ended.
    let _ = child.try_wait();
    match serde_json::from_str::<Status>(line.trim()) {
        Ok(Status::Running(pid)) => Ok(pid),
        Ok(Status::Failed(remote)) => Err(remote.into()),
        Err(_) => {
            let status = child.wait().ok();
            bail!(
                "the container's monitor ended before the container ran ({})",
                status.map_or_else(|| "no status".to_string(), |s| s.to_string())
            )
        }
    }
}

/// The store and runtime dirs and the events backend of this den, for a den it starts (the
/// monitor, the health check helper).
pub fn pass_paths(cmd: &mut Command, ctx: &Ctx) {
    cmd.env(MONITOR_ROOT_ENV, &ctx.paths.store)
        .env(MONITOR_RUNROOT_ENV, &ctx.paths.runtime)
        .env(
            crate::events::BACKEND_ENV,
            crate::events::backend().as_str(),
        );
}

/// Keeps a monitor's own variables out of a process it starts.
pub fn clear_monitor_env(cmd: &mut Command) {
    for name in [MONITOR_ENV, RESTART_ENV, PASS_ENV] {
        cmd.env_remove(name);
    }
}

/// The container id a monitor is started for.
const MONITOR_ENV: &str = "_DEN_MONITOR";
/// Set when the monitor starts a container again by its restart policy.
const RESTART_ENV: &str = "_DEN_MONITOR_RESTART";
/// Set when fds 3 and 4 of the monitor are the caller's stdout and stderr.
const PASS_ENV: &str = "_DEN_MONITOR_PASS";
/// The caller's stdout and stderr in a passthrough container's monitor.
const PASS_OUT: i32 = 3;
const PASS_ERR: i32 = 4;
/// The store and runtime dirs of the den that started the monitor.
const MONITOR_ROOT_ENV: &str = "_DEN_MONITOR_ROOT";
const MONITOR_RUNROOT_ENV: &str = "_DEN_MONITOR_RUNROOT";

/// Runs the monitor when this process was started as one; its exit code.
/// (The health check helper, `runtime::health`, starts the same way.)
pub fn main_if_requested() -> Option<i32> {
    let (id, helper) = match std::env::var(MONITOR_ENV) {
        Ok(id) => (id, false),
        Err(_) => (std::env::var(health::HELPER_ENV).ok()?, true),
    };
    // A passthrough container's stdio (from `start_monitor`), taken before anything else
    // opens a descriptor, close-on-exec from here on.
    let pass = if !helper && std::env::var_os(PASS_ENV).is_some() {
        [PASS_OUT, PASS_ERR].map(|fd| {
            let owned = crate::sys::inherited_fd(fd)?;
            fcntl(
                owned.as_fd(),
                FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC),
            )
            .ok()?;
            Some(owned)
        })
    } else {
        [None, None]
    };
    let root = std::env::var_os(MONITOR_ROOT_ENV).map(PathBuf::from);
    let runroot = std::env::var_os(MONITOR_RUNROOT_ENV).map(PathBuf::from);
    Some(match Ctx::resolve(root, runroot) {
        Ok(ctx) if helper => health::helper_main(&ctx, &id),
        Ok(ctx) => main(&ctx, &id, &pass),
        Err(_) => EXIT_DEN,
    })
}

/// The monitor's whole life. Returns the container's exit code.
fn main(ctx: &Ctx, id: &str, pass: &[Option<OwnedFd>; 2]) -> i32 {
    crate::events::init(&ctx.paths.store);
    let _ = nix::unistd::setsid();
    // Keep no directory of the caller's busy for the container's lifetime.
    let _ = std::env::set_current_dir("/");
    // The status pipe: a private, close-on-exec copy of stdout.
    let status = match std::io::stdout().as_fd().try_clone_to_owned() {
        Ok(fd) => fs::File::from(fd),
        Err(_) => return EXIT_DEN,
    };
    let mut status = Some(status);
    let restart = std::env::var_os(RESTART_ENV).is_some();
    let code = match monitor(ctx, id, &mut status, pass, restart) {
        Ok(code) => code,
        Err(e) => {
            let remote = Remote::capture(&e);
            let code = remote.exit_code;
            if let Some(mut s) = status.take() {
                let _ = send(&mut s, &Status::Failed(remote));
            }
            code
        }
    };
    std::process::exit(code)
}

fn send(out: &mut fs::File, status: &Status) -> Result<()> {
    let mut line = serde_json::to_vec(status)?;
    line.push(b'\n');
    out.write_all(&line)?;
    Ok(())
}

fn null_fd(flags: OFlag) -> Result<OwnedFd> {
    nix::fcntl::open("/dev/null", flags | OFlag::O_CLOEXEC, Mode::empty())
        .context("opening /dev/null")
}

fn monitor(
    ctx: &Ctx,
    id: &str,
    status: &mut Option<fs::File>,
    pass: &[Option<OwnedFd>; 2],
    restart: bool,
) -> Result<i32> {
    let store = Store::open(&ctx.paths)?;
    let plan = {
        let _lock = records::lock(&store, id)?;
        let mut record = records::read(&store, id)?;
        if (record.is_running() && state::alive(&record)) || state::monitor_alive(&record) {
            bail!("container \"{}\" is already running", record.name);
        }
        let plan = record
            .plan
            .clone()
            .context("the container's record has no run plan (made by an older den)")?;
        // Detached: the output goes to the log; with -t or -i the monitor keeps the pty or
        // the stdin pipe for `den attach` (attach.rs).
        set_monitor(&mut record);
        record.logged = plan.log.driver.writes_file();
        // A start by the user counts restarts from 0 again (podman).
        if restart {
            record.restart_count += 1;
        } else {
            record.restart_count = 0;
        }
        record.stopped_by_user = false;
        record.restart_requested = false;
        records::write(&store, &record)?;
        plan
    };
    let mut restarted = false;
    loop {
        let result = run_container(ctx, &store, &plan, status, pass, restarted);
        restarted = true;
        if !crate::runtime::restart::again(&store, &plan, &result)? {
            finish(ctx, &store, &plan, &result)?;
            return result;
        }
    }
}

/// Makes sure the shared scratch dir exists (den's runtime dir does not survive a reboot);
/// the container mounts its private tmpfs on it.
pub fn prepare_runtime_dir(plan: &RunPlan) -> Result<()> {
    fs::create_dir_all(&plan.scratch)
        .with_context(|| format!("creating \"{}\"", plan.scratch.display()))
}

/// The seccomp filter a plan asks for.
pub fn seccomp_for(ctx: &Ctx, plan: &RunPlan) -> Result<Option<Vec<seccompiler::BpfProgram>>> {
    if !plan.seccomp {
        return Ok(None);
    }
    let sys_admin = plan
        .capability_set()?
        .contains(&caps::Capability::CAP_SYS_ADMIN);
    Ok(Some(seccomp::load_or_compile(&ctx.paths.cache, sys_admin)?))
}

fn run_container(
    ctx: &Ctx,
    store: &Store,
    plan: &RunPlan,
    status: &mut Option<fs::File>,
    pass: &[Option<OwnedFd>; 2],
    restarted: bool,
) -> Result<i32> {
    let seccomp = seccomp_for(ctx, plan)?;
    prepare_runtime_dir(plan)?;
    let mut log = if plan.log.driver.writes_file() {
        Some(LogWriter::open(&logfile::path(plan), plan.log.max_size)?)
    } else {
        None
    };

    let (out_r, out_w) = output_pipe()?;
    let (err_r, err_w) = output_pipe()?;
    let attachable = plan.process.tty || plan.process.interactive;
    // -i without -t: the container reads a pipe whose write end `den attach` feeds.
    let stdin_pipe = if plan.process.interactive && !plan.process.tty {
        Some(nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating the stdin pipe")?)
    } else {
        None
    };
    let null_in = null_fd(OFlag::O_RDONLY)?;
    let container_in = stdin_pipe
        .as_ref()
        .map_or(null_in.as_fd(), |(r, _)| r.as_fd());
    crate::sys::dup_onto(container_in, 0).context("redirecting stdin")?;
    let relay = if attachable {
        Some(Relay::listen(
            &ctx.paths.runtime,
            &plan.id,
            &plan.name,
            stdin_pipe.map(|(_, w)| w),
        )?)
    } else {
        None
    };
    // passthrough: the caller's stdout and stderr, nothing read here (without -t).
    let out_fd = pass[0].as_ref().map_or(out_w.as_fd(), AsFd::as_fd);
    let err_fd = pass[1].as_ref().map_or(err_w.as_fd(), AsFd::as_fd);
    crate::sys::dup_onto(out_fd, 1).context("redirecting stdout")?;
    crate::sys::dup_onto(err_fd, 2).context("redirecting stderr")?;
    drop((out_w, err_w));
    let null_out = null_fd(OFlag::O_WRONLY)?;

    let store_root = store.root().to_path_buf();
    let id = plan.id.clone();
    let helper = std::cell::RefCell::new(None);
    let hooks = Hooks {
        after_clone: Some(Box::new(move || {
            // From here only the container holds the write ends: EOF means it is gone.
            let _ = crate::sys::dup_onto(null_out.as_fd(), 1);
            let _ = crate::sys::dup_onto(null_out.as_fd(), 2);
            let _ = crate::sys::dup_onto(null_in.as_fd(), 0);
        })),
        on_running: Some(Box::new(|pid| {
            // `stop` came between an exit and this restart: the run does not count.
            if restarted && records::read(store, &id).is_ok_and(|r| r.stopped_by_user) {
                bail!("container \"{}\" was stopped", plan.name);
            }
            record_running(&store_root, &id, pid.as_raw())?;
            health::mark_starting(store, plan)?;
            *helper.borrow_mut() = health::start_helper(ctx, plan);
            if let Some(mut s) = status.take() {
                let _ = send(&mut s, &Status::Running(pid.as_raw()));
            }
            Ok(())
        })),
        output: Some(Output {
            stdout: out_r,
            stderr: err_r,
            sink: Box::new(move |is_err, bytes| {
                if let Some(log) = log.as_mut() {
                    log.write(is_err, bytes);
                }
            }),
        }),
        relay,
        terminal_log: None,
    };
    let result = spawn::run_with(plan, seccomp.as_deref(), hooks);
    stop_helper(helper.into_inner());
    result
}

/// Ends the health check helper (the container it checked is gone).
pub fn stop_helper(helper: Option<std::process::Child>) {
    if let Some(mut h) = helper {
        let _ = h.kill();
        let _ = h.wait();
    }
}

pub(crate) fn output_pipe() -> Result<(OwnedFd, OwnedFd)> {
    let (r, w) = nix::unistd::pipe2(OFlag::O_CLOEXEC).context("creating an output pipe")?;
    let flags = fcntl(r.as_fd(), FcntlArg::F_GETFL).context("reading pipe flags")?;
    fcntl(
        r.as_fd(),
        FcntlArg::F_SETFL(OFlag::from_bits_retain(flags) | OFlag::O_NONBLOCK),
    )
    .context("making the pipe non-blocking")?;
    Ok((r, w))
}

/// Records that the program runs (the `init` and `start` events); the record as written.
pub fn record_running(store_root: &Path, id: &str, pid: i32) -> Result<ContainerRecord> {
    let store = Store::open_at(store_root)?;
    let _lock = records::lock(&store, id)?;
    let mut record = records::read(&store, id)?;
    mark_running(&mut record, pid);
    records::write(&store, &record)?;
    events::container(&record, events::Status::Init);
    events::container(&record, events::Status::Start);
    Ok(record)
}

/// Records the calling process as the container's monitor.
pub fn set_monitor(record: &mut ContainerRecord) {
    let me = i32::try_from(std::process::id()).unwrap_or(i32::MAX);
    record.monitor_pid = Some(me);
    record.monitor_start = state::process_start(me);
    record.boot_id = state::boot_id();
}

/// Fills in a record for a program that now runs with init `pid`.
pub fn mark_running(record: &mut ContainerRecord, pid: i32) {
    record.state = State::Running;
    record.pid = Some(pid);
    record.pid_start = state::process_start(pid);
    record.boot_id = state::boot_id();
    record.started = Some(records::now_rfc3339());
    record.finished = None;
    record.exit_code = None;
}

/// After the container: exit status recorded, or the container removed
/// (`--rm`); the `died` event, then `cleanup` or `remove`.
pub fn finish(ctx: &Ctx, store: &Store, plan: &RunPlan, result: &Result<i32>) -> Result<()> {
    let _ = ctx;
    let code = match result {
        Ok(c) => *c,
        Err(e) => Remote::capture(e).exit_code,
    };
    if plan.remove {
        let record = records::read(store, &plan.id).ok();
        if let Some(r) = &record {
            events::container_died(r, code);
        }
        remove_container(store, plan)?;
        if let Some(r) = &record {
            events::container(r, events::Status::Remove);
        }
        return Ok(());
    }
    let _lock = records::lock(store, &plan.id)?;
    let mut record = records::read(store, &plan.id)?;
    record.set_exited(Some(code));
    records::write(store, &record)?;
    events::container_died(&record, code);
    events::container(&record, events::Status::Cleanup);
    Ok(())
}

/// Removes a container's store dir, in den's namespace when the container left files owned
/// by subordinate ids.
pub fn remove_container(store: &Store, plan: &RunPlan) -> Result<()> {
    let store_lock = store.lock()?;
    remove_dir(&plan.store_dir, plan.store_mapping())?;
    records::forget(store, &plan.name, &plan.id);
    // As podman's --rm: the container's anonymous volumes go with it; named ones stay.
    crate::store::volumes::remove_anonymous(
        store,
        &store_lock,
        &plan.id,
        &plan.mounts,
        plan.store_mapping(),
    )
}

/// Removes a container's directory. Files the container created as other users belong to
/// subordinate ids, which only den's namespace can remove; the cheap way is tried first.
pub fn remove_dir(dir: &Path, mapping: &crate::identity::idmap::IdMapping) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    // overlayfs leaves mode-0 directories in its work dir (work/, incompat/volatile/), and
    // the upper dir has the root's mode (0555, as podman's): they are ours, so open them up
    // rather than paying for a namespace (newuidmap and newgidmap) to remove them.
    open_up_dirs(&dir.join("work"));
    let _ = fs::set_permissions(dir.join("upper"), fs::Permissions::from_mode(0o700));
    if fs::remove_dir_all(dir).is_ok() || !dir.exists() {
        return Ok(());
    }
    let dir = dir.to_path_buf();
    crate::identity::userns::run_in_store_ns(mapping, move || {
        fs::remove_dir_all(&dir).with_context(|| format!("removing \"{}\"", dir.display()))
    })
}

/// Gives the owner access to every directory below `dir` (best effort).
fn open_up_dirs(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if fs::set_permissions(dir, fs::Permissions::from_mode(0o700)).is_err() {
        return;
    }
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            open_up_dirs(&entry.path());
        }
    }
}
