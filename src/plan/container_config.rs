//! The process flags of `run`/`create` that are not about the program's argv or mounts:
//! labels and annotations, the stop signal and timeout, the time zone, the /etc/passwd entry
//! template, and the host environment passed in (`--env-host`, `--http-proxy`). The request
//! side is `ProcessFlags` (clap-free, from `cli::run_process`); `plan_container_config` turns it
//! into the plan's `ContainerConfig`, which `inspect`, `ps --filter label=`, `stop` and the
//! container's setup read. podman 4.3 is the spec for each (man podman-run).

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::str::FromStr;

use anyhow::{Context, Result};
use nix::sys::signal::Signal;
use serde::{Deserialize, Serialize};

use super::env::EnvList;
use crate::error::hinted;

/// podman's default `--stop-timeout`, in seconds.
pub const DEFAULT_STOP_TIMEOUT: u64 = 10;

/// The environment variables `--http-proxy` (on by default) passes from den's environment.
pub const PROXY_VARS: &[&str] = &[
    "http_proxy",
    "https_proxy",
    "ftp_proxy",
    "no_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "FTP_PROXY",
    "NO_PROXY",
];

/// What the process flags ask for; empty or `None`: not given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProcessFlags {
    /// `--stop-signal`: a name (TERM, SIGUSR1) or a number.
    pub stop_signal: Option<String>,
    pub stop_timeout: Option<u64>,
    /// `--tz`: a zone name or `local` (resolved to a host file by the command: `HostFacts`).
    pub tz: Option<String>,
    /// `--passwd-entry`: the template of the line added to /etc/passwd.
    pub passwd_entry: Option<String>,
    pub env_host: bool,
    /// `--http-proxy=false` turns the proxy variables off; `None` is podman's default, on.
    pub http_proxy: Option<bool>,
    /// `-l KEY[=VALUE]`.
    pub labels: Vec<String>,
    /// `--label-file`: files of `KEY=VALUE` lines, read by the command (`HostFacts`).
    pub label_files: Vec<PathBuf>,
    /// `--annotation KEY=VALUE`.
    pub annotations: Vec<String>,
}

/// The container-level settings of a plan, kept in its record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContainerConfig {
    /// The image's labels with the container's own over them (podman's `Config.Labels`).
    pub labels: BTreeMap<String, String>,
    pub annotations: BTreeMap<String, String>,
    /// The signal `stop` (and `restart`, `rm -f -t N`) sends first, as a number.
    pub stop_signal: i32,
    /// Seconds `stop` waits before SIGKILL when `-t` is not given.
    pub stop_timeout: u64,
    /// The host file copied to the container's /etc/localtime (`--tz`).
    pub localtime: Option<PathBuf>,
    /// The template of the /etc/passwd line added for a user the image does not know.
    pub passwd_entry: Option<String>,
    /// Whether a missing working directory is created: yes for the image's WorkingDir (as
    /// podman), no for `--workdir` (podman's exit 126).
    pub create_workdir: bool,
    /// The pod the container belongs to (its id), as `--pod` or `pod create` made it.
    pub pod: Option<String>,
    /// The pod's infra container: its program is den's pause (`init::pause`), no image's.
    pub infra: bool,
}

impl Default for ContainerConfig {
    fn default() -> Self {
        ContainerConfig {
            labels: BTreeMap::new(),
            annotations: BTreeMap::new(),
            stop_signal: Signal::SIGTERM as i32,
            stop_timeout: DEFAULT_STOP_TIMEOUT,
            localtime: None,
            passwd_entry: None,
            create_workdir: true,
            pod: None,
            infra: false,
        }
    }
}

impl ContainerConfig {
    /// The stop signal as a typed value (SIGTERM if a record holds one nix does not know).
    pub fn signal(&self) -> Signal {
        Signal::try_from(self.stop_signal).unwrap_or(Signal::SIGTERM)
    }
}

/// podman's default template for the /etc/passwd line of a user the image lacks.
pub const DEFAULT_PASSWD_ENTRY: &str = "$USERNAME:*:$UID:$GID:$NAME:$HOME:/bin/sh";

/// Plans the container-level settings: labels (image, then label files, then `-l`), the
/// annotations, the stop signal (flag, else the image's StopSignal, else SIGTERM) and timeout.
pub fn plan_container_config(
    flags: &ProcessFlags,
    image_labels: &BTreeMap<String, String>,
    image_stop_signal: Option<&str>,
    label_files: &HashMap<PathBuf, String>,
    localtime: Option<PathBuf>,
) -> Result<ContainerConfig> {
    let mut labels = image_labels.clone();
    for path in &flags.label_files {
        let text = label_files
            .get(path)
            .with_context(|| format!("label file \"{}\" was not read", path.display()))?;
        labels.extend(parse_label_file(text));
    }
    for l in &flags.labels {
        let (k, v) = split_label(l);
        labels.insert(k, v);
    }
    let mut annotations = BTreeMap::new();
    for a in &flags.annotations {
        let Some((k, v)) = a.split_once('=') else {
            return Err(hinted(
                format!("invalid annotation \"{a}\": expected KEY=VALUE"),
                "give a value, e.g. --annotation com.example.key=value",
            ));
        };
        annotations.insert(k.to_string(), v.to_string());
    }
    let stop_signal = match (&flags.stop_signal, image_stop_signal) {
        (Some(s), _) => parse_signal(s).context("in --stop-signal")?,
        (None, Some(s)) if !s.is_empty() => parse_signal(s).context("in the image's StopSignal")?,
        _ => Signal::SIGTERM,
    };
    Ok(ContainerConfig {
        labels,
        annotations,
        stop_signal: stop_signal as i32,
        stop_timeout: flags.stop_timeout.unwrap_or(DEFAULT_STOP_TIMEOUT),
        localtime,
        passwd_entry: flags.passwd_entry.clone(),
        create_workdir: true,
        pod: None,
        infra: false,
    })
}

/// `KEY=VALUE`, or `KEY` alone for an empty value (as podman's `-l`).
fn split_label(text: &str) -> (String, String) {
    match text.split_once('=') {
        Some((k, v)) => (k.to_string(), v.to_string()),
        None => (text.to_string(), String::new()),
    }
}

/// A label file: `KEY=VALUE` lines; blank lines and `#` comments skipped. A line without `=`
/// gives no label (as podman 4.3, measured).
pub fn parse_label_file(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Sets the host's variables podman passes: all of them with `--env-host`, then the proxy
/// variables unless `--http-proxy=false`. Applied over the image's environment and under the
/// user's `-e` and env files.
pub(super) fn set_host_env(
    env: &mut EnvList,
    flags: &ProcessFlags,
    host_vars: &[(String, String)],
) {
    if flags.env_host {
        for (k, v) in host_vars {
            env.set(&format!("{k}={v}"));
        }
    }
    if flags.http_proxy.unwrap_or(true) {
        for (k, v) in host_vars {
            if PROXY_VARS.contains(&k.as_str()) {
                env.set(&format!("{k}={v}"));
            }
        }
    }
}

/// `KILL`, `SIGKILL`, `kill` or `9` (`den kill -s`, `--stop-signal`, an image's StopSignal).
pub fn parse_signal(text: &str) -> Result<Signal> {
    if let Ok(n) = text.parse::<i32>() {
        return Signal::try_from(n).map_err(|_| {
            if (32..=64).contains(&n) {
                // podman takes real-time signals; den's signal type does not have them.
                hinted(
                    format!("invalid signal: {n}: den does not send real-time signals"),
                    "use a signal from 1 through 31, or a name such as TERM, KILL, HUP",
                )
            } else {
                // podman's phrase (scripts grep for it).
                hinted(
                    format!("invalid signal: {n}"),
                    "valid signals are 1 through 64, or names such as TERM, KILL, HUP",
                )
            }
        });
    }
    let upper = text.to_ascii_uppercase();
    let name = if upper.starts_with("SIG") {
        upper
    } else {
        format!("SIG{upper}")
    };
    Signal::from_str(&name).map_err(|_| {
        hinted(
            format!("invalid signal: {text}"),
            "use a name such as TERM, KILL, HUP, or a number",
        )
    })
}

/// The /etc/passwd line for `uid` (not in the image's passwd): `template` with podman's
/// variables replaced ($USERNAME and $NAME: the uid and "container user" as podman 4.3 writes
/// them; $HOME: the working directory).
pub fn passwd_line(template: &str, uid: u32, gid: u32, home: &str) -> String {
    template
        .replace("$USERNAME", &uid.to_string())
        .replace("$UID", &uid.to_string())
        .replace("$GID", &gid.to_string())
        .replace("$NAME", "container user")
        .replace("$HOME", home)
}

/// The text of /run/.containerenv: empty, as rootless podman 4.3 writes it, unless the
/// container is privileged; then podman's keys.
pub fn containerenv_text(privileged: bool, plan: &super::RunPlan) -> String {
    if !privileged {
        return String::new();
    }
    format!(
        "engine=\"den-{}\"\nname=\"{}\"\nid=\"{}\"\nimage=\"{}\"\nimageid=\"{}\"\nrootless=1\n",
        env!("CARGO_PKG_VERSION"),
        plan.name,
        plan.id,
        plan.image_name,
        plan.image_id
            .as_deref()
            .unwrap_or_default()
            .trim_start_matches("sha256:"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_layer_image_then_file_then_flag() {
        let image: BTreeMap<String, String> =
            [("a".into(), "img".into()), ("keep".into(), "1".into())].into();
        let flags = ProcessFlags {
            labels: vec!["a=flag".into(), "bare".into()],
            label_files: vec!["/f".into()],
            annotations: vec!["x=1".into()],
            ..ProcessFlags::default()
        };
        let files: HashMap<PathBuf, String> =
            [("/f".into(), "# c\na=file\n\nnovalue\nc=3 4\n".into())].into();
        let c = plan_container_config(&flags, &image, None, &files, None).unwrap();
        let got: Vec<(&str, &str)> = c
            .labels
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            got,
            [("a", "flag"), ("bare", ""), ("c", "3 4"), ("keep", "1")]
        );
        assert_eq!(c.annotations["x"], "1");
        assert_eq!(c.stop_signal, 15);
        assert_eq!(c.stop_timeout, 10);
    }

    #[test]
    fn stop_signal_flag_over_image_over_default() {
        let none = HashMap::new();
        let labels = BTreeMap::new();
        let mut flags = ProcessFlags::default();
        let c = plan_container_config(&flags, &labels, Some("SIGUSR1"), &none, None).unwrap();
        assert_eq!(c.stop_signal, 10);
        flags.stop_signal = Some("usr2".into());
        flags.stop_timeout = Some(3);
        let c = plan_container_config(&flags, &labels, Some("SIGUSR1"), &none, None).unwrap();
        assert_eq!((c.stop_signal, c.stop_timeout), (12, 3));
        flags.stop_signal = Some("NOPE".into());
        assert!(plan_container_config(&flags, &labels, None, &none, None).is_err());
    }

    #[test]
    fn annotation_needs_a_value() {
        let flags = ProcessFlags {
            annotations: vec!["novalue".into()],
            ..ProcessFlags::default()
        };
        let err = plan_container_config(&flags, &BTreeMap::new(), None, &HashMap::new(), None)
            .unwrap_err();
        assert!(err.to_string().contains("KEY=VALUE"), "{err}");
    }

    #[test]
    fn host_env_and_proxies() {
        let host: Vec<(String, String)> = vec![
            ("FOO".into(), "bar".into()),
            ("https_proxy".into(), "http://p:1".into()),
        ];
        let run = |flags: &ProcessFlags| {
            let mut env = EnvList::default();
            set_host_env(&mut env, flags, &host);
            env.into_vec()
        };
        assert_eq!(run(&ProcessFlags::default()), ["https_proxy=http://p:1"]);
        let off = ProcessFlags {
            http_proxy: Some(false),
            ..ProcessFlags::default()
        };
        assert!(run(&off).is_empty());
        let all = ProcessFlags {
            env_host: true,
            ..ProcessFlags::default()
        };
        assert_eq!(run(&all), ["FOO=bar", "https_proxy=http://p:1"]);
    }

    #[test]
    fn passwd_template() {
        assert_eq!(
            passwd_line(DEFAULT_PASSWD_ENTRY, 1234, 0, "/"),
            "1234:*:1234:0:container user:/:/bin/sh"
        );
        assert_eq!(passwd_line("$UID-$GID-$HOME", 5, 6, "/tmp"), "5-6-/tmp");
    }

    #[test]
    fn signals() {
        assert_eq!(parse_signal("KILL").unwrap(), Signal::SIGKILL);
        assert_eq!(parse_signal("sigterm").unwrap(), Signal::SIGTERM);
        assert_eq!(parse_signal("1").unwrap(), Signal::SIGHUP);
        assert!(parse_signal("NOPE").is_err());
    }
}
