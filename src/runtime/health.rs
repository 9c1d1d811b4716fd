//! Health checks without systemd. podman runs a container's check from a systemd timer; den's
//! monitor starts a small helper instead (den re-executed with `_DEN_HEALTH=ID`), which runs
//! the check every `interval` for as long as the container's init lives and ends with it.
//! `den healthcheck run` runs the same check once.
//!
//! A check is the plan's `Healthcheck` test run as `den exec` runs a process (`runtime::exec`,
//! in a forked child, so this process stays on the host and can record the result), with
//! stdin on /dev/null and stdout and stderr into an unnamed file (the first 4 KiB are kept, as
//! docker and podman). A check that outlives `timeout` gets SIGTERM, then SIGKILL. The state
//! is `<container dir>/healthcheck.json`, podman's `State.Health`: Status (`starting`,
//! `healthy`, `unhealthy`), FailingStreak and the last five results.

use std::fs;
use std::io::{Read, Seek};
use std::os::fd::AsFd;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow};
use nix::sys::signal::{Signal, kill};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::{ForkResult, Pid};
use serde::{Deserialize, Serialize};

use crate::config::Ctx;
use crate::error::{EXIT_DEN, ExitCodeExt};
use crate::plan::{ExecRequest, HealthConfig, OnFailure, RunPlan};
use crate::runtime::{exec, monitor, state};
use crate::store::Store;
use crate::store::records::{self, ContainerRecord};

/// The health state's file in the container's directory.
pub const HEALTH_FILE: &str = "healthcheck.json";
/// podman's `MaxHealthCheckLogLength` and docker's output limit.
const KEEP_RESULTS: usize = 5;
const MAX_OUTPUT: u64 = 4096;

pub const STARTING: &str = "starting";
pub const HEALTHY: &str = "healthy";
pub const UNHEALTHY: &str = "unhealthy";

/// podman's `State.Health`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Health {
    pub status: String,
    pub failing_streak: u32,
    pub log: Vec<CheckResult>,
}

/// One check: podman's `HealthCheckLog`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CheckResult {
    pub start: String,
    pub end: String,
    pub exit_code: i32,
    pub output: String,
}

impl Health {
    /// The state after a check that ended with `code`; `counts`: outside the start period
    /// (a failure in it does not count, a success ends it as in docker).
    #[must_use]
    pub fn after(&self, result: CheckResult, config: &HealthConfig, counts: bool) -> Health {
        let mut next = self.clone();
        if result.exit_code == 0 {
            next.status = HEALTHY.into();
            next.failing_streak = 0;
        } else if counts {
            next.failing_streak += 1;
            if next.failing_streak >= config.retries {
                next.status = UNHEALTHY.into();
            }
        }
        if next.status.is_empty() {
            next.status = STARTING.into();
        }
        next.log.push(result);
        let extra = next.log.len().saturating_sub(KEEP_RESULTS);
        next.log.drain(..extra);
        next
    }
}

/// The container's health state, if it has a check and it was started.
pub fn read(dir: &Path) -> Option<Health> {
    serde_json::from_slice(&fs::read(dir.join(HEALTH_FILE)).ok()?).ok()
}

/// The word `ps` shows after "Up ...": the status of a running container with a check.
pub fn status_of(record: &ContainerRecord) -> Option<String> {
    let plan = record.plan.as_ref()?;
    HealthConfig::active(plan.health.as_ref())?;
    if !record.is_running() {
        return None;
    }
    Some(read(&plan.store_dir).map_or_else(|| STARTING.to_string(), |h| h.status))
}

fn write(store: &Store, dir: &Path, health: &Health) -> Result<()> {
    let bytes = serde_json::to_vec_pretty(health)?;
    store.write_file_atomic(&dir.join(HEALTH_FILE), "health-", &bytes)
}

/// At each (re)start: `starting`, no failures yet; the older results stay, as podman.
pub fn mark_starting(store: &Store, plan: &RunPlan) -> Result<()> {
    if HealthConfig::active(plan.health.as_ref()).is_none() {
        return Ok(());
    }
    let _lock = records::lock(store, &plan.id)?;
    let mut health = read(&plan.store_dir).unwrap_or_default();
    health.status = STARTING.into();
    health.failing_streak = 0;
    write(store, &plan.store_dir, &health)
}

/// Runs the container's check once, records the result and carries out
/// `--health-on-failure` when it leaves the container unhealthy. `Ok(true)`: it passed.
pub fn check_now(ctx: &Ctx, store: &Store, id: &str) -> Result<bool> {
    let record = state::load(store, id)?;
    let plan = record
        .plan
        .clone()
        .context("the container's record has no run plan (made by an older den)")?;
    if !state::init_alive(&record) {
        return Err(anyhow!("container {id} is not running")).exit_code(EXIT_DEN);
    }
    let Some(config) = plan.health.clone() else {
        return Err(anyhow!("container {id} has no defined healthcheck")).exit_code(EXIT_DEN);
    };
    let Some(argv) = config.argv() else {
        return Err(anyhow!("container {id} has no defined healthcheck")).exit_code(EXIT_DEN);
    };
    let before = read(&plan.store_dir).map_or_else(|| STARTING.to_string(), |h| h.status);
    crate::events::container_health(&record, &before);
    let start = crate::runtime::logfile::log_time();
    let (code, output) = run_check(ctx, &plan, &record, argv, &config)?;
    crate::events::container_exit(&record, crate::events::Status::ExecDied, code);
    let result = CheckResult {
        start,
        end: crate::runtime::logfile::log_time(),
        exit_code: code,
        output,
    };
    let counts = records::unix_time(record.started.as_deref())
        .is_none_or(|s| crate::store::time::now_unix() - s >= seconds(config.start_period));
    let health = {
        let _lock = records::lock(store, id)?;
        let health = read(&plan.store_dir)
            .unwrap_or_default()
            .after(result, &config, counts);
        write(store, &plan.store_dir, &health)?;
        health
    };
    if health.status == UNHEALTHY {
        on_unhealthy(store, &record, config.on_failure)?;
    }
    Ok(code == 0)
}

/// Go's `Duration.String()` for whole milliseconds: `500ms`, `30s`, `1m30s`, `1h0m0s`.
fn go_duration(d: Duration) -> String {
    let ms = d.as_millis();
    if ms < 1000 {
        return format!("{ms}ms");
    }
    let (h, m) = (ms / 3_600_000, (ms / 60_000) % 60);
    #[allow(clippy::cast_precision_loss)] // below 60000
    let s = (ms % 60_000) as f64 / 1000.0;
    match (h, m) {
        (0, 0) => format!("{s}s"),
        (0, m) => format!("{m}m{s}s"),
        (h, m) => format!("{h}h{m}m{s}s"),
    }
}

fn seconds(nanos: u64) -> i64 {
    i64::try_from(nanos / 1_000_000_000).unwrap_or(i64::MAX)
}

/// Runs `argv` in the container from a forked child (which joins the container's
/// namespaces); its exit code and output.
fn run_check(
    ctx: &Ctx,
    plan: &RunPlan,
    record: &ContainerRecord,
    argv: Vec<String>,
    config: &HealthConfig,
) -> Result<(i32, String)> {
    let init = record.pid.context("the container has no pid")?;
    let host_env = |name: &str| std::env::var(name).ok();
    let request = ExecRequest {
        command: argv,
        ..ExecRequest::default()
    };
    let base = crate::runtime::secrets::exec_base(plan)?;
    let process =
        crate::plan::plan_exec(&base, &request, &host_env, crate::commands::run::arg_max())?;
    let seccomp = monitor::seccomp_for(ctx, plan)?;
    let mut out = tempfile::tempfile_in(&plan.store_dir).context("creating the check's output")?;
    let null = fs::File::open("/dev/null").context("opening /dev/null")?;
    match crate::sys::fork().context("starting the health check")? {
        ForkResult::Child => {
            let _ = crate::sys::dup_onto(null.as_fd(), 0);
            let _ = crate::sys::dup_onto(out.as_fd(), 1);
            let _ = crate::sys::dup_onto(out.as_fd(), 2);
            let code = match exec::exec(plan, init, process, seccomp.as_deref(), false) {
                Ok(c) => c,
                Err(e) => {
                    let remote = crate::error::Remote::capture(&e);
                    eprintln!("{}", remote.messages.join(": "));
                    remote.exit_code
                }
            };
            std::process::exit(code)
        }
        ForkResult::Parent { child } => {
            let timeout = Duration::from_nanos(config.timeout);
            let code = wait_with_timeout(child, timeout)?;
            let mut text = Vec::new();
            out.rewind().context("reading the check's output")?;
            (&mut out)
                .take(MAX_OUTPUT)
                .read_to_end(&mut text)
                .context("reading the check's output")?;
            let output = String::from_utf8_lossy(&text).trim_end().to_string();
            Ok(code.map_or_else(
                || {
                    let why = format!(
                        "healthcheck command exceeded timeout of {}",
                        go_duration(timeout)
                    );
                    (-1, why)
                },
                |c| (c, output),
            ))
        }
    }
}

/// Waits for the check's den; after `timeout` it gets SIGTERM (which it passes on to the
/// check), a second later SIGKILL. `None` when it timed out.
fn wait_with_timeout(child: Pid, timeout: Duration) -> Result<Option<i32>> {
    let deadline = Instant::now() + timeout;
    let mut termed = false;
    loop {
        match waitpid(child, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) | Err(nix::errno::Errno::EINTR) => {}
            Ok(status) => {
                if termed {
                    return Ok(None);
                }
                return Ok(crate::child::exit_code(status));
            }
            Err(e) => return Err(e).context("waiting for the health check"),
        }
        let now = Instant::now();
        if now >= deadline && !termed {
            let _ = kill(child, Signal::SIGTERM);
            termed = true;
        } else if termed && now >= deadline + Duration::from_secs(1) {
            let _ = kill(child, Signal::SIGKILL);
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// `--health-on-failure`: kill, stop (SIGTERM, SIGKILL after 10 s) or restart (killed, and
/// the monitor starts it again whatever its restart policy). Kill and stop count as the
/// user's stop: no restart policy applies (podman).
fn on_unhealthy(store: &Store, record: &ContainerRecord, action: OnFailure) -> Result<()> {
    if action == OnFailure::None {
        return Ok(());
    }
    {
        let _lock = records::lock(store, &record.id)?;
        let mut now = records::read(store, &record.id)?;
        if action == OnFailure::Restart {
            now.restart_requested = true;
        } else {
            now.stopped_by_user = true;
        }
        records::write(store, &now)?;
    }
    let Some(pid) = record.pid.map(Pid::from_raw) else {
        return Ok(());
    };
    if action == OnFailure::Stop {
        let _ = kill(pid, Signal::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(10);
        while state::init_alive(record) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    if state::init_alive(record) {
        let _ = kill(pid, Signal::SIGKILL);
    }
    Ok(())
}

/// The helper's environment variable: the container id.
pub const HELPER_ENV: &str = "_DEN_HEALTH";

/// Starts the helper that runs `plan`'s check every interval (none without a check or with
/// `--health-interval disable`).
pub fn start_helper(ctx: &Ctx, plan: &RunPlan) -> Option<std::process::Child> {
    let config = HealthConfig::active(plan.health.as_ref())?;
    if config.interval == 0 {
        return None;
    }
    let exe = std::env::current_exe().ok()?;
    let mut cmd = std::process::Command::new(exe);
    // Not a second monitor: the monitor's own variables stay out.
    monitor::clear_monitor_env(&mut cmd);
    cmd.env(HELPER_ENV, &plan.id)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    monitor::pass_paths(&mut cmd, ctx);
    cmd.spawn().ok()
}

/// The helper's life: a check every interval while its parent (the monitor) lives and the
/// container runs.
pub fn helper_main(ctx: &Ctx, id: &str) -> i32 {
    let parent = nix::unistd::getppid();
    let Ok(store) = Store::open(&ctx.paths) else {
        return EXIT_DEN;
    };
    let Some(interval) = records::read(&store, id)
        .ok()
        .and_then(|r| r.plan?.health)
        .map(|h| Duration::from_nanos(h.interval))
    else {
        return 0;
    };
    loop {
        let next = Instant::now() + interval;
        while Instant::now() < next {
            if nix::unistd::getppid() != parent {
                return 0;
            }
            std::thread::sleep(Duration::from_millis(50).min(interval));
        }
        match state::load(&store, id) {
            Ok(r) if state::init_alive(&r) => {}
            _ => return 0,
        }
        let _ = check_now(ctx, &store, id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(retries: u32) -> HealthConfig {
        HealthConfig {
            test: vec!["CMD".into(), "true".into()],
            interval: 1,
            timeout: 1,
            start_period: 0,
            retries,
            on_failure: OnFailure::None,
        }
    }

    fn result(code: i32) -> CheckResult {
        CheckResult {
            start: String::new(),
            end: String::new(),
            exit_code: code,
            output: String::new(),
        }
    }

    #[test]
    fn go_durations() {
        assert_eq!(go_duration(Duration::from_millis(500)), "500ms");
        assert_eq!(go_duration(Duration::from_secs(30)), "30s");
        assert_eq!(go_duration(Duration::from_secs(90)), "1m30s");
        assert_eq!(go_duration(Duration::from_millis(1500)), "1.5s");
    }

    #[test]
    fn unhealthy_after_retries_failures_in_a_row() {
        let c = config(2);
        let h = Health::default().after(result(1), &c, true);
        assert_eq!((h.status.as_str(), h.failing_streak), (STARTING, 1));
        let h = h.after(result(1), &c, true);
        assert_eq!((h.status.as_str(), h.failing_streak), (UNHEALTHY, 2));
        let h = h.after(result(0), &c, true);
        assert_eq!((h.status.as_str(), h.failing_streak), (HEALTHY, 0));
        // In the start period a failure does not count.
        let h = h.after(result(1), &c, false);
        assert_eq!((h.status.as_str(), h.failing_streak), (HEALTHY, 0));
        let mut h = h;
        for _ in 0..10 {
            h = h.after(result(0), &c, true);
        }
        assert_eq!(h.log.len(), KEEP_RESULTS);
    }
}
