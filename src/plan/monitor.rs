//! What a container's monitor does besides running it, planned from the flags (pure): the
//! log driver and its options (`--log-driver`, `--log-opt`), the restart policy
//! (`--restart`) and the health check (`--health-*` over the image's `Healthcheck`), each with
//! podman 4.3's parsing and messages.

use std::path::PathBuf;

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};

use crate::error::hinted;

/// The `--log-*`, `--restart` and `--health-*` flags as given (`None`: not given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MonitorRequest {
    pub log_driver: Option<String>,
    /// `KEY=VALUE`: max-size, path, tag.
    pub log_opts: Vec<String>,
    pub restart: Option<String>,
    pub health_cmd: Option<String>,
    pub health_interval: Option<String>,
    pub health_retries: Option<u32>,
    pub health_start_period: Option<String>,
    pub health_timeout: Option<String>,
    pub health_on_failure: Option<String>,
    pub no_healthcheck: bool,
}

/// Where the container's output goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LogDriver {
    /// podman's k8s-file lines in a file (`runtime::logfile`).
    #[default]
    K8sFile,
    /// podman 4.3's alias of k8s-file: the same file and format, the name kept for inspect.
    JsonFile,
    /// Nothing is kept.
    None,
    /// The container writes to den's own stdout and stderr; nothing is kept.
    Passthrough,
}

impl LogDriver {
    pub fn as_str(self) -> &'static str {
        match self {
            LogDriver::K8sFile => "k8s-file",
            LogDriver::JsonFile => "json-file",
            LogDriver::None => "none",
            LogDriver::Passthrough => "passthrough",
        }
    }

    /// Whether the monitor writes a log file.
    pub fn writes_file(self) -> bool {
        matches!(self, LogDriver::K8sFile | LogDriver::JsonFile)
    }
}

/// The log settings of a container.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogConfig {
    pub driver: LogDriver,
    /// `path=`: the log file instead of `<container dir>/ctr.log`.
    pub path: Option<PathBuf>,
    /// `max-size=` in bytes: the monitor starts the file afresh when a write would pass it
    /// (conmon's behaviour: the old content is dropped, no `.1` is kept).
    pub max_size: Option<u64>,
    /// `tag=`: shown in inspect (it names journald entries in podman; den has no journald).
    pub tag: Option<String>,
}

/// When the monitor starts a container again after it exits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RestartName {
    #[default]
    No,
    /// On a non-zero exit, at most `max_retries` times when that is above 0.
    OnFailure,
    Always,
    /// As `always` (without a daemon that restarts containers at boot, the two are one).
    UnlessStopped,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestartPolicy {
    pub name: RestartName,
    /// `on-failure:N`; 0 is no limit.
    pub max_retries: u32,
}

impl RestartPolicy {
    /// podman's name in inspect's `HostConfig.RestartPolicy.Name` ("" for no policy).
    pub fn inspect_name(self) -> &'static str {
        match self.name {
            RestartName::No => "",
            RestartName::OnFailure => "on-failure",
            RestartName::Always => "always",
            RestartName::UnlessStopped => "unless-stopped",
        }
    }

    /// Whether a container that exited with `code`, after `restarts` restarts so far, is
    /// started again (a stop by the user is checked by the caller).
    pub fn restarts_after(self, code: i32, restarts: u32) -> bool {
        match self.name {
            RestartName::No => false,
            RestartName::Always | RestartName::UnlessStopped => true,
            RestartName::OnFailure => {
                code != 0 && (self.max_retries == 0 || restarts < self.max_retries)
            }
        }
    }
}

/// What the monitor does when the health check turns the container unhealthy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OnFailure {
    #[default]
    None,
    Kill,
    Restart,
    Stop,
}

impl OnFailure {
    pub fn as_str(self) -> &'static str {
        match self {
            OnFailure::None => "none",
            OnFailure::Kill => "kill",
            OnFailure::Restart => "restart",
            OnFailure::Stop => "stop",
        }
    }
}

/// A container's health check, as docker's `Healthcheck` (durations in nanoseconds).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthConfig {
    /// `["CMD", prog, args...]`, `["CMD-SHELL", "command"]` or `["NONE"]`.
    pub test: Vec<String>,
    pub interval: u64,
    pub timeout: u64,
    pub start_period: u64,
    pub retries: u32,
    pub on_failure: OnFailure,
}

/// podman's defaults: a check every 30 s, 30 s to finish, 3 failures in a row.
pub const DEFAULT_INTERVAL: u64 = 30_000_000_000;
pub const DEFAULT_TIMEOUT: u64 = 30_000_000_000;
pub const DEFAULT_RETRIES: u32 = 3;

impl HealthConfig {
    /// The check of a plan, unless there is none or it is `NONE`.
    pub fn active(health: Option<&HealthConfig>) -> Option<&HealthConfig> {
        health.filter(|h| h.argv().is_some())
    }

    /// The argv to run in the container, or `None` for `NONE` (no check).
    pub fn argv(&self) -> Option<Vec<String>> {
        match self.test.first().map(String::as_str) {
            Some("CMD") => Some(self.test[1..].to_vec()),
            Some("CMD-SHELL") => Some(vec![
                "/bin/sh".into(),
                "-c".into(),
                self.test[1..].join(" "),
            ]),
            _ => None,
        }
    }
}

/// The image's `config.Healthcheck` (docker's field; `den build` HEALTHCHECK writes it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImageHealth {
    #[serde(default)]
    pub test: Vec<String>,
    #[serde(default)]
    pub interval: u64,
    #[serde(default)]
    pub timeout: u64,
    #[serde(default)]
    pub start_period: u64,
    #[serde(default)]
    pub retries: u32,
}

/// Plans the log settings: `--log-driver` and `--log-opt` as podman 4.3 takes them.
pub fn plan_log(request: &MonitorRequest) -> Result<LogConfig> {
    let driver = match request.log_driver.as_deref() {
        None | Some("" | "k8s-file") => LogDriver::K8sFile,
        Some("json-file") => LogDriver::JsonFile,
        Some("none") => LogDriver::None,
        Some("passthrough") => LogDriver::Passthrough,
        Some("journald") => {
            return Err(hinted(
                "den has no journald log driver: it runs without systemd, and the \
                 container's monitor writes its own log",
                "use --log-driver k8s-file (the default) and read it with den logs",
            ));
        }
        Some(other) => {
            return Err(hinted(
                format!("invalid log driver \"{other}\""),
                "use k8s-file (the default), json-file, none or passthrough",
            ));
        }
    };
    let mut log = LogConfig {
        driver,
        ..LogConfig::default()
    };
    for opt in &request.log_opts {
        let (key, value) = opt.split_once('=').unwrap_or((opt.as_str(), ""));
        match key {
            "max-size" => log.max_size = Some(parse_size(value)?).filter(|s| *s > 0),
            "path" => {
                let path = PathBuf::from(value);
                if !path.is_absolute() {
                    bail!("--log-opt path=\"{value}\": the log path must be absolute");
                }
                log.path = Some(path);
            }
            "tag" => log.tag = Some(value.to_string()),
            // podman 4.3 accepts and ignores other keys.
            _ => {}
        }
    }
    Ok(log)
}

/// A size as go-units' `FromHumanSize` (decimal: `1k` is 1000, `10MB`, `1.5g`; `-1` is none).
pub fn parse_size(text: &str) -> Result<u64> {
    if text == "-1" {
        return Ok(0);
    }
    let t = text.trim();
    let digits = t
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    let number: Option<f64> = t[..digits].parse().ok();
    let unit = t[digits..].trim_start().to_ascii_lowercase();
    let unit = unit.trim_end_matches('b').trim_end_matches('i');
    let scale = match unit {
        "" => Some(1.0),
        "k" => Some(1e3),
        "m" => Some(1e6),
        "g" => Some(1e9),
        "t" => Some(1e12),
        "p" => Some(1e15),
        _ => None,
    };
    match (number, scale) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        (Some(n), Some(s)) => Ok((n * s) as u64),
        _ => bail!("invalid size: '{text}'"),
    }
}

/// Plans the restart policy: `no`, `on-failure[:N]`, `always`, `unless-stopped`; refused
/// with `--rm` as podman refuses it.
pub fn plan_restart(text: Option<&str>, remove: bool) -> Result<RestartPolicy> {
    let Some(text) = text.filter(|t| !t.is_empty()) else {
        return Ok(RestartPolicy::default());
    };
    let (name, count) = match text.split_once(':') {
        Some((n, c)) => (n, Some(c)),
        None => (text, None),
    };
    let name = match name {
        "no" => RestartName::No,
        "on-failure" => RestartName::OnFailure,
        "always" => RestartName::Always,
        "unless-stopped" => RestartName::UnlessStopped,
        _ => {
            return Err(hinted(
                format!("\"{text}\" is not a valid restart policy"),
                "use no, on-failure[:N], always or unless-stopped",
            ));
        }
    };
    let max_retries = match count {
        None => 0,
        Some(_) if name != RestartName::OnFailure => {
            bail!("restart policy retries can only be specified with on-failure restart policy")
        }
        Some(c) => c.parse::<u32>().map_err(|_| {
            anyhow::anyhow!("parsing restart policy retry count \"{c}\": not a number")
        })?,
    };
    if remove && name != RestartName::No {
        return Err(hinted(
            "the --rm option conflicts with --restart, when the restartPolicy is not \"\" and \"no\"",
            "drop --rm, or remove the container yourself (den rm) when you are done",
        ));
    }
    Ok(RestartPolicy { name, max_retries })
}

/// Plans the health check: the flags over the image's `Healthcheck`; `None` without one (or
/// with `--no-healthcheck`, `--health-cmd none`, or the image's `NONE`).
pub fn plan_health(
    request: &MonitorRequest,
    image: Option<&ImageHealth>,
) -> Result<Option<HealthConfig>> {
    if request.no_healthcheck {
        if request.health_cmd.is_some() {
            bail!("cannot specify both --no-healthcheck and --health-cmd");
        }
        return Ok(None);
    }
    let test = match &request.health_cmd {
        Some(cmd) => parse_health_cmd(cmd)?,
        None => match image {
            Some(h) if !h.test.is_empty() => h.test.clone(),
            // As podman: the other --health-* flags alone define nothing.
            _ => return Ok(None),
        },
    };
    if test.first().map(String::as_str) == Some("NONE") {
        // `--health-cmd none` stays visible in inspect (podman: `["NONE"]`); it runs nothing.
        return Ok(request.health_cmd.is_some().then_some(HealthConfig {
            test,
            interval: DEFAULT_INTERVAL,
            timeout: DEFAULT_TIMEOUT,
            start_period: 0,
            retries: DEFAULT_RETRIES,
            on_failure: OnFailure::None,
        }));
    }
    let image = image.cloned().unwrap_or_default();
    let pick = |given: &Option<String>, flag: &str, image: u64, default: u64| -> Result<u64> {
        match given.as_deref() {
            None => Ok(if image > 0 { image } else { default }),
            Some(text) => parse_health_duration(text, flag),
        }
    };
    let interval = pick(
        &request.health_interval,
        "--health-interval",
        image.interval,
        DEFAULT_INTERVAL,
    )?;
    let timeout = pick(
        &request.health_timeout,
        "--health-timeout",
        image.timeout,
        DEFAULT_TIMEOUT,
    )?;
    if timeout < 1_000_000_000 {
        bail!("healthcheck-timeout must be at least 1 second");
    }
    let start_period = pick(
        &request.health_start_period,
        "--health-start-period",
        image.start_period,
        0,
    )?;
    let retries = request
        .health_retries
        .or((image.retries > 0).then_some(image.retries))
        .unwrap_or(DEFAULT_RETRIES);
    if retries < 1 {
        bail!("healthcheck-retries must be greater than 0");
    }
    let on_failure = match request.health_on_failure.as_deref() {
        None | Some("none") => OnFailure::None,
        Some("kill") => OnFailure::Kill,
        Some("restart") => OnFailure::Restart,
        Some("stop") => OnFailure::Stop,
        Some(other) => {
            return Err(hinted(
                format!("invalid on-failure action \"{other}\" for health check"),
                "use none, kill, restart or stop",
            ));
        }
    };
    Ok(Some(HealthConfig {
        test,
        interval,
        timeout,
        start_period,
        retries,
        on_failure,
    }))
}

/// `--health-cmd`: a JSON array (`["CMD", "prog", "arg"]`, `["CMD-SHELL", "cmd"]`,
/// `["NONE"]`, or a bare argv taken as `CMD`) or a shell command (`CMD-SHELL`); `none` is no
/// check.
pub fn parse_health_cmd(text: &str) -> Result<Vec<String>> {
    let t = text.trim();
    if t.is_empty() {
        bail!("--health-cmd: must define a healthcheck command");
    }
    if t.eq_ignore_ascii_case("none") {
        return Ok(vec!["NONE".into()]);
    }
    if t.starts_with('[')
        && let Ok(list) = serde_json::from_str::<Vec<String>>(t)
    {
        return match list.first().map(String::as_str) {
            None => bail!("--health-cmd: must define a healthcheck command"),
            Some("NONE") => Ok(vec!["NONE".into()]),
            Some("CMD" | "CMD-SHELL") if list.len() > 1 => Ok(list),
            Some("CMD" | "CMD-SHELL") => bail!("--health-cmd: {t}: the test has no command"),
            Some(_) => Ok(std::iter::once("CMD".to_string()).chain(list).collect()),
        };
    }
    Ok(vec!["CMD-SHELL".into(), t.to_string()])
}

/// A Go duration of at least a second, or `disable` (no periodic check), in nanoseconds.
fn parse_health_duration(text: &str, flag: &str) -> Result<u64> {
    if text == "disable" && flag == "--health-interval" {
        return Ok(0);
    }
    crate::events::time::parse_go_duration(text)
        .and_then(|n| u64::try_from(n).ok())
        .ok_or_else(|| {
            hinted(
                format!("{flag} \"{text}\": invalid duration"),
                "give a duration such as 30s, 1m30s or 500ms",
            )
        })
}

#[cfg(test)]
#[path = "monitor_tests.rs"]
mod tests;
