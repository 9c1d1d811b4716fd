//! The namespaces a container gets and what runs in them, as podman 4.3 rootless decides:
//! `--ipc`, `--pid`, `--uts`, `--cgroupns` and `--network container:NAME|ns:PATH` modes,
//! `--privileged`, `--device`, `--sysctl`, `--ulimit`, `--umask` and `--group-add`, parsed,
//! checked against each other and recorded in the plan (`NsPlan`). `runtime::join` joins
//! other containers' namespaces; `runtime::limits` and `runtime::devices` carry out the rest.

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};

use super::limits::{ProcessLimits, Rlimit, plan_limits};
use crate::error::hinted;

/// What one settings layer says (see `RunSettings`): `None` or empty leaves it to a lower one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NsSettings {
    pub ipc: Option<String>,
    pub pid: Option<String>,
    pub uts: Option<String>,
    pub cgroupns: Option<String>,
    pub privileged: Option<bool>,
    /// `HOST[:CONTAINER][:PERMS]` specs.
    pub devices: Vec<String>,
    pub device_cgroup_rules: Vec<String>,
    pub group_add: Vec<String>,
    /// `KEY=VALUE` specs.
    pub sysctls: Vec<String>,
    /// `NAME=SOFT[:HARD]` specs, or `host`.
    pub ulimits: Vec<String>,
    pub umask: Option<String>,
}

impl NsSettings {
    /// Merges layers, lowest first: single values from the highest that gives one, lists
    /// joined.
    #[must_use]
    pub fn merge(layers: [&NsSettings; 3]) -> NsSettings {
        let pick =
            |f: fn(&NsSettings) -> &Option<String>| layers.iter().rev().find_map(|l| f(l).clone());
        let join = |f: fn(&NsSettings) -> &Vec<String>| {
            layers.iter().flat_map(|l| f(l).iter().cloned()).collect()
        };
        NsSettings {
            ipc: pick(|s| &s.ipc),
            pid: pick(|s| &s.pid),
            uts: pick(|s| &s.uts),
            cgroupns: pick(|s| &s.cgroupns),
            privileged: layers.iter().rev().find_map(|l| l.privileged),
            devices: join(|s| &s.devices),
            device_cgroup_rules: join(|s| &s.device_cgroup_rules),
            group_add: join(|s| &s.group_add),
            sysctls: join(|s| &s.sysctls),
            ulimits: join(|s| &s.ulimits),
            umask: pick(|s| &s.umask),
        }
    }

    /// The containers whose namespaces these settings join, as given (`container:NAME`).
    #[must_use]
    pub fn joined_containers(&self, network: Option<&str>) -> Vec<(&'static str, String)> {
        [
            ("ipc", self.ipc.as_deref()),
            ("pid", self.pid.as_deref()),
            ("uts", self.uts.as_deref()),
            ("cgroup", self.cgroupns.as_deref()),
            ("network", network),
        ]
        .into_iter()
        .filter_map(|(kind, v)| Some((kind, v?.strip_prefix("container:")?.to_string())))
        .collect()
    }
}

/// How the container gets one namespace.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NsMode {
    /// A new namespace of its own.
    #[default]
    Private,
    /// The host's (den's own): no new namespace.
    Host,
    /// IPC only: a private namespace others may join (what private is, rootless).
    Shareable,
    /// IPC only: a private namespace and no /dev/shm.
    None,
    /// Joins the namespace of this container (its id), and with it its user namespace.
    Container(String),
    /// Joins the namespace at this path (`ns:PATH`), and the user namespace that owns it.
    Path(PathBuf),
}

impl NsMode {
    /// Whether the container joins an existing namespace (another container's or a path).
    #[must_use]
    pub fn joins(&self) -> bool {
        matches!(self, NsMode::Container(_) | NsMode::Path(_))
    }

    /// Whether the container gets a namespace of its own.
    #[must_use]
    pub fn is_new(&self) -> bool {
        matches!(self, NsMode::Private | NsMode::Shareable | NsMode::None)
    }

    /// As podman's inspect prints it (`container:ID`, `ns:PATH`, `host`, `private`, ...).
    #[must_use]
    pub fn display(&self) -> String {
        match self {
            NsMode::Private => "private".into(),
            NsMode::Host => "host".into(),
            NsMode::Shareable => "shareable".into(),
            NsMode::None => "none".into(),
            NsMode::Container(id) => format!("container:{id}"),
            NsMode::Path(p) => format!("ns:{}", p.display()),
        }
    }
}

/// The namespaces of a container other than user and mount (which it always has its own of,
/// or, when it joins another container, that container's user namespace).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamespacePlan {
    pub ipc: NsMode,
    pub pid: NsMode,
    pub uts: NsMode,
    pub cgroup: NsMode,
    /// `Private` leaves the network to `RunPlan::network`; `Container`/`Path` join one.
    pub net: NsMode,
    /// With `--ipc container:X`: X's mount namespace (`/proc/PID/ns/mnt`), whose /dev/shm
    /// the container shares; filled in by `runtime::join` when the container starts.
    #[serde(skip)]
    pub shm_from: Option<PathBuf>,
}

impl NamespacePlan {
    /// The modes that join an existing namespace, with the name of its kind in /proc/PID/ns.
    #[must_use]
    pub fn joins(&self) -> Vec<(&'static str, &NsMode)> {
        [
            ("ipc", &self.ipc),
            ("pid", &self.pid),
            ("uts", &self.uts),
            ("cgroup", &self.cgroup),
            ("net", &self.net),
        ]
        .into_iter()
        .filter(|(_, m)| m.joins())
        .collect()
    }
}

/// A device bound into the container (`--device`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub host: PathBuf,
    pub container: PathBuf,
    /// `r`, `w`, `m`: what the user asked for; rootless, the host's permissions decide.
    pub perms: String,
}

/// This part of the plan (`RunPlan::ns`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NsPlan {
    pub namespaces: NamespacePlan,
    /// All capabilities, no seccomp, no masked /proc and /sys paths, /sys writable, the
    /// host's devices.
    pub privileged: bool,
    pub devices: Vec<Device>,
    /// `(key, value)`, written under /proc/sys once /proc is mounted.
    pub sysctls: Vec<(String, String)>,
    pub limits: ProcessLimits,
}

/// What den found out for this part of the plan before planning.
#[derive(Debug, Clone, Default)]
pub struct NsFacts {
    /// Each `container:NAME` given, and that container's id and hostname.
    pub containers: HashMap<String, (String, String)>,
    /// The host's hostname (`--uts host`).
    pub host_hostname: String,
    /// Whether the host has the unified cgroup hierarchy (podman's default cgroupns is
    /// private there, host on v1).
    pub cgroup_v2: bool,
    /// den's own soft and hard RLIMIT_NOFILE and RLIMIT_NPROC, and kernel.pid_max.
    pub nofile: (u64, u64),
    pub nproc: (u64, u64),
    pub pid_max: Option<u64>,
}

/// What `plan::build` takes from this module besides the `NsPlan`.
pub struct Planned {
    pub ns: NsPlan,
    /// The hostname, when the namespace decides it (`--uts host|container:X`).
    pub hostname: Option<String>,
    /// Whether the network is another container's or a path's (the container then has no
    /// network of its own to plan).
    pub network_joined: bool,
}

/// Plans namespaces, privileges, devices, sysctls and limits from the merged settings.
/// `network` is `--network` as given; `hostname` whether one was asked for.
pub fn plan_ns(
    s: &NsSettings,
    network: Option<&str>,
    hostname_given: bool,
    facts: &NsFacts,
) -> Result<Planned> {
    let resolve = |kind: &str, v: Option<&str>, extra: &[&str]| -> Result<NsMode> {
        parse_mode(kind, v, extra, facts)
    };
    let cgroup_default = if facts.cgroup_v2 { "private" } else { "host" };
    let namespaces = NamespacePlan {
        ipc: resolve("ipc", s.ipc.as_deref(), &["shareable", "none"])?,
        pid: resolve("pid", s.pid.as_deref(), &[])?,
        uts: resolve("uts", s.uts.as_deref(), &[])?,
        cgroup: resolve(
            "cgroup",
            Some(s.cgroupns.as_deref().unwrap_or(cgroup_default)),
            &[],
        )?,
        net: match network {
            Some(n) if n.starts_with("container:") || n.starts_with("ns:") => {
                resolve("network", Some(n), &[])?
            }
            _ => NsMode::Private,
        },
        shm_from: None,
    };
    let hostname = match &namespaces.uts {
        NsMode::Host | NsMode::Container(_) | NsMode::Path(_) if hostname_given => {
            bail!(
                "invalid config provided: cannot set hostname when running in the host UTS namespace: invalid configuration"
            )
        }
        NsMode::Host => Some(facts.host_hostname.clone()),
        NsMode::Container(id) => facts
            .containers
            .values()
            .find(|(i, _)| i == id)
            .map(|(_, h)| h.clone()),
        _ => None,
    };
    let host_network = network.is_none_or(|n| n == "host");
    let sysctls = s
        .sysctls
        .iter()
        .map(|spec| check_sysctl(spec, &namespaces, host_network))
        .collect::<Result<Vec<_>>>()?;
    let devices = s
        .devices
        .iter()
        .map(|d| parse_device(d))
        .collect::<Result<Vec<_>>>()?;
    for rule in &s.device_cgroup_rules {
        check_device_cgroup_rule(rule)?;
    }
    let limits = plan_limits(s, facts)?;
    Ok(Planned {
        network_joined: namespaces.net.joins(),
        ns: NsPlan {
            namespaces,
            privileged: s.privileged.unwrap_or(false),
            devices,
            sysctls,
            limits,
        },
        hostname,
    })
}

/// Parses one namespace mode as podman: host, private, container:NAME, ns:PATH, and the
/// kind's own extras.
fn parse_mode(kind: &str, value: Option<&str>, extra: &[&str], facts: &NsFacts) -> Result<NsMode> {
    let Some(value) = value.filter(|v| !v.is_empty()) else {
        return Ok(NsMode::Private);
    };
    match value {
        "private" => return Ok(NsMode::Private),
        "host" => return Ok(NsMode::Host),
        "shareable" if extra.contains(&"shareable") => return Ok(NsMode::Shareable),
        "none" if extra.contains(&"none") => return Ok(NsMode::None),
        _ => {}
    }
    if let Some(name) = value.strip_prefix("container:").filter(|n| !n.is_empty()) {
        let Some((id, _)) = facts.containers.get(name) else {
            bail!(
                "looking up container to share {kind} namespace with: no container with name or ID \"{name}\" found: no such container"
            );
        };
        return Ok(NsMode::Container(id.clone()));
    }
    if let Some(path) = value.strip_prefix("ns:").filter(|p| p.starts_with('/')) {
        return Ok(NsMode::Path(PathBuf::from(path)));
    }
    Err(hinted(
        format!("unrecognized namespace mode {value} passed"),
        format!(
            "--{kind}: one of host, private, container:NAME, ns:PATH{}",
            extra.iter().fold(String::new(), |a, e| a + ", " + e)
        ),
    ))
}

/// The sysctls a container may set, as podman: those of namespaces it has its own of.
const IPC_SYSCTLS: &[&str] = &[
    "kernel.msgmax",
    "kernel.msgmnb",
    "kernel.msgmni",
    "kernel.sem",
    "kernel.shmall",
    "kernel.shmmax",
    "kernel.shmmni",
    "kernel.shm_rmid_forced",
];

fn check_sysctl(spec: &str, ns: &NamespacePlan, host_network: bool) -> Result<(String, String)> {
    let Some((key, value)) = spec.split_once('=').filter(|(k, _)| !k.is_empty()) else {
        bail!("{spec} is invalid, sysctl values must be in the form of KEY=VALUE");
    };
    let ipc = IPC_SYSCTLS.contains(&key) || key.starts_with("fs.mqueue.");
    if ipc && ns.ipc == NsMode::Host {
        bail!("sysctl {spec} can't be set since IPC Namespace set to host: invalid argument");
    }
    if key.starts_with("net.") {
        if host_network && !ns.net.joins() {
            bail!(
                "sysctl {spec} can't be set since Network Namespace set to host: invalid argument"
            );
        }
    } else if !ipc {
        bail!("sysctl '{key}' is not allowed");
    }
    Ok((key.to_string(), value.to_string()))
}

/// `--device HOST[:CONTAINER][:PERMS]`, split as podman's `ParseDevice`.
pub fn parse_device(spec: &str) -> Result<Device> {
    let parts: Vec<&str> = spec.split(':').collect();
    let mut perms = "rwm".to_string();
    let mut container = None;
    match parts.as_slice() {
        [_] => {}
        [_, second] | [_, second, _] => {
            if let [_, _, third] = parts.as_slice() {
                if !valid_device_mode(third) {
                    bail!("invalid device mode: {third}");
                }
                perms = (*third).to_string();
            }
            if valid_device_mode(second) {
                perms = (*second).to_string();
            } else if !second.is_empty() && !second.starts_with('/') {
                bail!("invalid device mode: {second}");
            } else {
                container = Some(PathBuf::from(second));
            }
        }
        _ => bail!("invalid device specification: {spec}"),
    }
    let host = PathBuf::from(parts[0]);
    if !host.is_absolute() {
        bail!("invalid device specification: {spec}: the host path must be absolute");
    }
    Ok(Device {
        container: container
            .filter(|c| !c.as_os_str().is_empty())
            .unwrap_or_else(|| host.clone()),
        host,
        perms,
    })
}

fn valid_device_mode(mode: &str) -> bool {
    !mode.is_empty()
        && mode.len() <= 3
        && mode.chars().all(|c| matches!(c, 'r' | 'w' | 'm'))
        && mode.chars().collect::<std::collections::HashSet<_>>().len() == mode.len()
}

/// `--device-cgroup-rule 'TYPE MAJOR:MINOR ACCESS'`: checked as podman does and then, as
/// rootless podman, not applied (a rootless container has no device cgroup of its own; its
/// devices are the ones bound in).
fn check_device_cgroup_rule(rule: &str) -> Result<()> {
    let fields: Vec<&str> = rule.split_whitespace().collect();
    let num = |s: &str| s == "*" || s.parse::<u32>().is_ok();
    let ok = match fields.as_slice() {
        [kind, numbers, access] => {
            matches!(*kind, "a" | "b" | "c")
                && numbers
                    .split_once(':')
                    .is_some_and(|(ma, mi)| num(ma) && num(mi))
                && valid_device_mode(access)
        }
        _ => false,
    };
    if !ok {
        bail!(
            "invalid device cgroup rule requires type, major:Minor, and access rules: \"{rule}\""
        );
    }
    Ok(())
}

/// The rlimits for inspect's `HostConfig.Ulimits`, as podman names them.
#[must_use]
pub fn ulimits_json(limits: &[Rlimit]) -> Vec<serde_json::Value> {
    limits
        .iter()
        .map(|l| {
            serde_json::json!({
                "Name": format!("RLIMIT_{}", l.name.to_uppercase()),
                "Soft": l.soft,
                "Hard": l.hard,
            })
        })
        .collect()
}

#[cfg(test)]
#[path = "namespaces_tests.rs"]
mod tests;
