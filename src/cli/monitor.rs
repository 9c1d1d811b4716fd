//! The `run`/`create` flags the container's monitor acts on: logs, restart, health check
//! (flattened into `RunArgs`), and `den healthcheck run`.

use clap::{Args, Subcommand};

#[derive(Debug, Clone, Default, Args)]
pub struct MonitorArgs {
    /// Where the container's output goes: k8s-file (the default: a log file `den logs`
    /// reads), json-file (podman's alias of k8s-file), none (kept nowhere) or passthrough
    /// (the container writes to den's own stdout and stderr, also with -d). journald is
    /// refused: den runs without systemd.
    #[arg(long, value_name = "DRIVER")]
    pub log_driver: Option<String>,

    /// A log option: max-size=SIZE (the log starts afresh when it would grow past SIZE, as
    /// conmon: 10k, 1m; -1 for no limit), path=FILE (the log file instead of the
    /// container's ctr.log), tag=TAG (shown by inspect). Repeatable.
    #[arg(long, value_name = "KEY=VALUE")]
    pub log_opt: Vec<String>,

    /// Restart policy, carried out by the container's monitor: no, on-failure[:N] (on a
    /// non-zero exit, at most N times), always, unless-stopped. `den stop` and `den kill`
    /// end it. Not with --rm.
    #[arg(long, value_name = "POLICY")]
    pub restart: Option<String>,

    /// A health check to run in the container: a shell command (CMD-SHELL), a JSON array
    /// (`["CMD", "prog", "arg"]` or `["CMD-SHELL", "cmd"]`), or none. Exit 0 is healthy.
    #[arg(long, value_name = "COMMAND")]
    pub health_cmd: Option<String>,

    /// Time between health checks (default 30s; `disable`: only `den healthcheck run`).
    #[arg(long, value_name = "DURATION")]
    pub health_interval: Option<String>,

    /// Failures in a row that make the container unhealthy (default 3).
    #[arg(long, value_name = "N")]
    pub health_retries: Option<u32>,

    /// Time after the start in which failures do not count (default 0s).
    #[arg(long, value_name = "DURATION")]
    pub health_start_period: Option<String>,

    /// Time a check may take before it counts as failed (default 30s, at least 1s).
    #[arg(long, value_name = "DURATION")]
    pub health_timeout: Option<String>,

    /// What the monitor does when the container turns unhealthy: none (the default), kill,
    /// restart or stop.
    #[arg(long, value_name = "ACTION")]
    pub health_on_failure: Option<String>,

    /// Run no health check, not even the image's.
    #[arg(long)]
    pub no_healthcheck: bool,
}

impl MonitorArgs {
    #[must_use]
    pub fn to_request(&self) -> crate::plan::MonitorRequest {
        crate::plan::MonitorRequest {
            log_driver: self.log_driver.clone(),
            log_opts: self.log_opt.clone(),
            restart: self.restart.clone(),
            health_cmd: self.health_cmd.clone(),
            health_interval: self.health_interval.clone(),
            health_retries: self.health_retries,
            health_start_period: self.health_start_period.clone(),
            health_timeout: self.health_timeout.clone(),
            health_on_failure: self.health_on_failure.clone(),
            no_healthcheck: self.no_healthcheck,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum HealthcheckCommand {
    /// Run a container's health check now: exit 0 when it passes, 1 (printing
    /// "unhealthy") when it fails.
    Run(HealthcheckRunArgs),
}

#[derive(Debug, Args)]
pub struct HealthcheckRunArgs {
    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}
