//! `RunPlan`: everything a container run needs, decided and validated before the first fork
//! (as bubblewrap turns argv into `SetupOp`s and ripgrep turns `LowArgs` into `HiArgs`).
//! `plan::build(request, image, facts)` is pure: the command does the I/O first (pull, driver
//! probe, reading env files and resolv.conf, resolving bind sources into `HostFacts`) and
//! creates directories after. Precedence, highest first: flag > den.toml > config.toml
//! (`request`) > the image config > den's default. `den exec` is planned by the same code
//! (`plan_exec`). `spawn` and `setup` only execute the plan.

mod container_config;
mod env;
mod limits;
mod monitor;
mod mounts;
pub mod namespaces;
mod parse;
mod request;
mod secrets;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use caps::Capability;
use serde::{Deserialize, Serialize};

use crate::driver::Driver;
use crate::error::hinted;
use crate::identity::idmap::IdMapping;
pub use container_config::{
    ContainerConfig, DEFAULT_PASSWD_ENTRY, ProcessFlags, containerenv_text, parse_label_file,
    parse_signal, passwd_line,
};
use env::{EnvList, check_exec_size};
pub use limits::{ProcessLimits, Rlimit, check_ulimit};
pub use monitor::{
    HealthConfig, ImageHealth, LogConfig, LogDriver, MonitorRequest, OnFailure, RestartName,
    RestartPolicy, parse_size,
};
pub use mounts::{
    MountOptions, MountSpec, UserMount, VolumeSource, anonymous_name, asks_relabel, bind_sources,
    mount_specs, parse_mount, parse_tmpfs, parse_volume, validate_volume_name,
};
pub use namespaces::{NsFacts, NsMode, NsPlan, NsSettings};
pub(crate) use parse::generate_name;
use parse::parse_entrypoint;
pub use parse::{
    parse_capability, plan_capabilities, plan_network, plan_security_opts, relative, validate_name,
};
pub use request::{ExecRequest, RunRequest, RunSettings};
pub use secrets::{SecretKind, SecretUse, parse_secret};

/// podman's default capability set for containers.
pub const DEFAULT_CAPABILITIES: &[Capability] = &[
    Capability::CAP_CHOWN,
    Capability::CAP_DAC_OVERRIDE,
    Capability::CAP_FOWNER,
    Capability::CAP_FSETID,
    Capability::CAP_KILL,
    Capability::CAP_NET_BIND_SERVICE,
    Capability::CAP_SETFCAP,
    Capability::CAP_SETGID,
    Capability::CAP_SETPCAP,
    Capability::CAP_SETUID,
    Capability::CAP_SYS_CHROOT,
];

/// PATH when neither the image nor the user sets one (podman's default).
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// How the container's root filesystem is assembled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RootfsSource {
    /// Image layers under an overlay (kernel or fuse-overlayfs) or copied (vfs).
    Layers {
        /// Lower layers, topmost first (overlayfs `lowerdir` order).
        lower: Vec<PathBuf>,
        /// The container's writable layer and overlay's work dir.
        upper: PathBuf,
        work: PathBuf,
        driver: Driver,
        /// The fuse-overlayfs program (that driver only).
        program: Option<PathBuf>,
        /// Where `vfs` copies the layers once: `<container dir>/rootfs`.
        copy: PathBuf,
    },
    /// A plain directory (`--rootfs DIR`), bind-mounted.
    Dir(PathBuf),
}

pub use crate::network::Network;
use crate::network::names::{self, NameFacts, NameRequest};
use crate::network::ports::{self, PortMapping};

/// The process to execute in the container.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessPlan {
    pub argv: Vec<String>,
    pub env: Vec<String>,
    pub cwd: PathBuf,
    /// `user[:group]` as given (names are resolved inside the container's /etc/passwd).
    pub user: String,
    pub tty: bool,
    pub interactive: bool,
}

/// Everything `den run` will do, decided before anything is forked.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunPlan {
    pub id: String,
    pub name: String,
    pub image_id: Option<String>,
    pub image_name: String,
    pub rootfs: RootfsSource,
    /// A directory (shared by all containers) on which the container mounts a private tmpfs,
    /// inside its own mount namespace, for its root mount point and generated /etc files:
    /// nothing per container is written to, or left in, den's runtime dir.
    pub scratch: PathBuf,
    /// Content of the container's /etc/hosts; `None` (`--no-hosts`): the image's stays.
    pub etc_hosts: Option<String>,
    /// Content of the container's /etc/resolv.conf.
    pub etc_resolv: String,
    /// The container's store dir (container.json, upper, work).
    pub store_dir: PathBuf,
    pub read_only: bool,
    pub mounts: Vec<UserMount>,
    pub process: ProcessPlan,
    pub hostname: String,
    pub network: Network,
    /// Published ports (`-p`, `-P`); host port 0 until `create` picks a free one.
    #[serde(default)]
    pub ports: Vec<PortMapping>,
    /// The image's exposed ports and `--expose` (`80/tcp`), for `inspect`.
    #[serde(default)]
    pub exposed: Vec<String>,
    pub mapping: IdMapping,
    /// Capabilities the process keeps (bounding, permitted, effective for root).
    pub capabilities: Vec<String>,
    pub seccomp: bool,
    /// Set no_new_privs before the program runs (off only by `no-new-privileges=false`).
    #[serde(default = "no_new_privs_default")]
    pub no_new_privs: bool,
    pub remove: bool,
    /// Resource limits and the cgroup mode (`--memory`, `--cpus`, `--cgroups`, ...).
    #[serde(default)]
    pub resources: crate::cgroup::Resources,
    /// `--secret`s: files mounted or variables set as the container starts.
    #[serde(default)]
    pub secrets: Vec<SecretUse>,
    /// Labels, annotations, stop signal and timeout, time zone, passwd template (records
    /// written before these existed read as podman's defaults).
    #[serde(default)]
    pub config: ContainerConfig,
    /// `--userns` as given (inspect's HostConfig.UsernsMode); `None`: the default mapping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub userns: Option<String>,
    /// The store's mapping, under which the layers were unpacked, when `mapping` differs
    /// from it (keep-id, nomap, auto): the fuse driver shifts owners between the two, and
    /// store operations (volumes, rm) use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer_mapping: Option<IdMapping>,
    /// keep-id's /etc/passwd and /etc/group entries.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_id: Option<crate::identity::keepid::KeepIdUser>,
    /// The log driver and its options (`plan::monitor`).
    #[serde(default)]
    pub log: LogConfig,
    #[serde(default)]
    pub restart: RestartPolicy,
    /// The health check the monitor runs, if any.
    #[serde(default)]
    pub health: Option<HealthConfig>,
    /// Namespaces, privileges, devices, sysctls and process limits (`plan::namespaces`).
    #[serde(default)]
    pub ns: NsPlan,
}

fn no_new_privs_default() -> bool {
    true
}

impl RunPlan {
    /// The capability set as typed values.
    pub fn capability_set(&self) -> Result<Vec<Capability>> {
        self.capabilities
            .iter()
            .map(|c| parse_capability(c))
            .collect()
    }

    /// The mapping the container's layers and volumes are stored under (the store's).
    pub fn store_mapping(&self) -> &IdMapping {
        self.layer_mapping.as_ref().unwrap_or(&self.mapping)
    }
}

/// The parts of an image config that `den run` uses.
#[derive(Debug, Clone, Default)]
pub struct ImageDefaults {
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    pub env: Vec<String>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    /// The image's `Config.Volumes`: each gets an anonymous volume, as podman.
    pub volumes: Vec<String>,
    /// The image's `Config.Labels`: the container's labels start from them, as podman's.
    pub labels: BTreeMap<String, String>,
    /// The image's `Config.StopSignal` (Dockerfile STOPSIGNAL).
    pub stop_signal: Option<String>,
    /// The image's `Healthcheck` (docker's key; not in the OCI config type).
    pub healthcheck: Option<ImageHealth>,
    /// The image's `Config.ExposedPorts` (`80/tcp`).
    pub exposed_ports: Vec<String>,
}

impl ImageDefaults {
    /// Reads the defaults from an OCI image config.
    pub fn from_config(config: &oci_spec::image::ImageConfiguration) -> ImageDefaults {
        let Some(c) = config.config() else {
            return ImageDefaults::default();
        };
        ImageDefaults {
            entrypoint: c.entrypoint().clone().unwrap_or_default(),
            cmd: c.cmd().clone().unwrap_or_default(),
            env: c.env().clone().unwrap_or_default(),
            working_dir: c.working_dir().clone().filter(|w| !w.is_empty()),
            user: c.user().clone().filter(|u| !u.is_empty()),
            volumes: c.volumes().clone().unwrap_or_default(),
            labels: c.labels().clone().unwrap_or_default().into_iter().collect(),
            stop_signal: c.stop_signal().clone().filter(|s| !s.is_empty()),
            healthcheck: None,
            exposed_ports: c.exposed_ports().clone().unwrap_or_default(),
        }
    }
}

/// What den found out before planning: the image is in the store, the driver is probed, the
/// files the request names are read. Everything `build` needs from outside the request.
pub struct HostFacts<'a> {
    /// The new container's id (64 hex digits).
    pub id: String,
    pub mapping: IdMapping,
    pub rootfs: RootfsSource,
    pub image_id: Option<String>,
    pub image_name: String,
    pub store_dir: PathBuf,
    pub scratch: PathBuf,
    /// Named volumes live in `<volumes_dir>/NAME/_data`.
    pub volumes_dir: PathBuf,
    /// The host's /etc/resolv.conf, /etc/hosts and addresses.
    pub names: NameFacts,
    /// The helper a private network uses (`network::choose_helper`); `None`: none installed.
    pub network_helper: Option<crate::network::HelperKind>,
    /// The text of each env file the request names.
    pub env_files: HashMap<PathBuf, String>,
    /// Each bind-mount source as given, and the host path it resolves to.
    pub bind_sources: HashMap<PathBuf, PathBuf>,
    /// The mounts `--volumes-from` takes from other containers (their read-only flag as
    /// asked), after the request's own.
    pub volumes_from: Vec<UserMount>,
    /// Lookup of den's own environment (for `-e NAME` without a value).
    pub host_env: &'a dyn Fn(&str) -> Option<String>,
    /// The kernel's limit on a program's arguments and environment, in bytes.
    pub arg_max: usize,
    /// den's whole environment, for `--env-host` and `--http-proxy`.
    pub host_vars: Vec<(String, String)>,
    /// The text of each `--label-file`.
    pub label_files: HashMap<PathBuf, String>,
    /// The host's zone file `--tz` names (checked to exist by the command).
    pub localtime: Option<PathBuf>,
    /// Containers to join, the host's hostname, cgroup version and limits.
    pub ns: NsFacts,
    /// The user-defined networks the request names and the addresses in use on them.
    pub networks: crate::network::bridge::NetworkFacts,
}

/// Plans a container: the request's settings over the image config over den's defaults.
/// Rejects bad input (names, modes, mounts onto "/", relative working directories, an
/// environment execve would refuse) before anything is created.
pub fn build(
    request: &RunRequest,
    image: &ImageDefaults,
    facts: &HostFacts<'_>,
) -> Result<RunPlan> {
    let settings = request.resolve();
    let name = match &request.name {
        Some(n) => {
            validate_name(n)?;
            n.clone()
        }
        None => generate_name(&facts.id),
    };
    let planned = namespaces::plan_ns(
        &settings.ns,
        settings.network.as_deref(),
        settings.hostname.is_some(),
        &facts.ns,
    )?;
    let hostname = settings
        .hostname
        .clone()
        .or(planned.hostname)
        .unwrap_or_else(|| facts.id.chars().take(12).collect());
    // A joined network is planned by its owner: den only enters it (runtime::join).
    let mode = settings.network.as_deref().unwrap_or("private");
    let network = if planned.network_joined {
        Network::None
    } else if crate::network::names_user_networks(mode) {
        let flags = crate::network::bridge::FirstNetworkFlags {
            ip: settings.ip.as_deref(),
            mac: settings.mac_address.as_deref(),
            aliases: &settings.network_alias,
        };
        Network::Bridge(crate::network::bridge::plan(
            mode,
            &flags,
            &facts.networks,
            facts.network_helper,
            &facts.id,
        )?)
    } else {
        if settings.ip.is_some()
            || settings.mac_address.is_some()
            || !settings.network_alias.is_empty()
        {
            return Err(crate::error::hinted(
                "--ip, --mac-address and --network-alias are for user-defined networks",
                "create one with `den network create NAME` and run with --network NAME",
            ));
        }
        plan_network(mode, facts.network_helper)?
    };
    let privileged = planned.ns.privileged;
    let mut exposed = image.exposed_ports.clone();
    for spec in &settings.expose {
        ports::parse_expose(spec)?;
        exposed.push(if spec.contains('/') {
            spec.clone()
        } else {
            format!("{spec}/tcp")
        });
    }
    let mut ports = ports::plan_ports(
        &settings.publish,
        settings.publish_all.unwrap_or(false),
        &exposed,
    )?;
    // As podman: the host's network and none have nothing to publish through (`create`
    // says so).
    if matches!(network, Network::Host | Network::None) {
        ports.clear();
    }
    if let Network::Bridge(b) = &network
        && b.outbound.is_none()
        && !ports.is_empty()
    {
        return Err(crate::error::hinted(
            "ports cannot be published on an internal network: it has no way to the host",
            "leave out -p/-P, or use a network created without --internal",
        ));
    }
    let name_request = NameRequest {
        hostname: &hostname,
        name: &name,
        add_hosts: &settings.add_host,
        no_hosts: settings.no_hosts.unwrap_or(false),
        dns: &settings.dns,
        dns_search: &settings.dns_search,
        dns_options: &settings.dns_option,
    };
    let etc_hosts = names::hosts_file(&network, &name_request, &facts.names)?;
    let etc_resolv = names::resolv_conf(&network, &name_request, &facts.names.resolv);
    let process = plan_process(request, &settings, image, facts, &hostname)?;
    let mounts = mounts::plan_mounts(&settings, &image.volumes, facts)?;
    let default_caps = match &settings.capabilities {
        Some(list) => list
            .iter()
            .map(|c| parse_capability(c))
            .collect::<Result<Vec<_>>>()
            .context("in run.default_capabilities of config.toml")?,
        None => DEFAULT_CAPABILITIES.to_vec(),
    };
    let mut caps = plan_capabilities(&default_caps, &settings.cap_add, &settings.cap_drop)?;
    let mut security = plan_security_opts(&settings.security_opt)?;
    if privileged {
        // As rootless podman: every capability of the namespace, no seccomp filter.
        caps = caps::all().into_iter().collect();
        caps.sort_by_key(caps::Capability::index);
        security.seccomp = false;
    }
    let resources = crate::cgroup::Resources::from_flags(&request.resources)?;
    let secrets = request
        .secrets
        .iter()
        .map(|s| parse_secret(s))
        .collect::<Result<Vec<_>>>()?;
    let mut config = container_config::plan_container_config(
        &request.process,
        &image.labels,
        image.stop_signal.as_deref(),
        &facts.label_files,
        facts.localtime.clone(),
    )?;
    config.create_workdir = settings.workdir.is_none();
    let log = monitor::plan_log(&request.monitor)?;
    let restart = monitor::plan_restart(request.monitor.restart.as_deref(), request.remove)?;
    let health = monitor::plan_health(&request.monitor, image.healthcheck.as_ref())?;
    Ok(RunPlan {
        id: facts.id.clone(),
        name,
        image_id: facts.image_id.clone(),
        image_name: facts.image_name.clone(),
        rootfs: facts.rootfs.clone(),
        scratch: facts.scratch.clone(),
        etc_hosts,
        etc_resolv,
        store_dir: facts.store_dir.clone(),
        read_only: settings.read_only.unwrap_or(false),
        mounts,
        process,
        hostname,
        network,
        ports,
        exposed,
        mapping: facts.mapping.clone(),
        capabilities: caps.iter().map(ToString::to_string).collect(),
        seccomp: security.seccomp,
        no_new_privs: security.no_new_privs,
        remove: request.remove,
        resources,
        secrets,
        config,
        userns: settings.userns.clone().filter(|u| !u.is_empty()),
        layer_mapping: None,
        keep_id: None,
        log,
        restart,
        health,
        ns: planned.ns,
    })
}

/// Decides argv, environment, working directory and user as podman does: an entrypoint
/// setting replaces the image's entrypoint (and drops its Cmd), a command replaces the image's
/// Cmd; environment: den's PATH, the image's, HOSTNAME and `container`, then each layer's env
/// files and variables, lowest layer first.
fn plan_process(
    request: &RunRequest,
    settings: &RunSettings,
    image: &ImageDefaults,
    facts: &HostFacts<'_>,
    hostname: &str,
) -> Result<ProcessPlan> {
    let (entrypoint, default_cmd) = match &settings.entrypoint {
        Some(ep) if ep.is_empty() => (Vec::new(), image.cmd.clone()),
        Some(ep) => (parse_entrypoint(ep), Vec::new()),
        None => (image.entrypoint.clone(), image.cmd.clone()),
    };
    let cmd = if settings.command.is_empty() {
        default_cmd
    } else {
        settings.command.clone()
    };
    let argv: Vec<String> = entrypoint.into_iter().chain(cmd).collect();
    if argv.is_empty() {
        return Err(hinted(
            format!(
                "no command given and image \"{}\" has no entrypoint or command",
                facts.image_name
            ),
            format!("name one: den run {} COMMAND [ARG...]", facts.image_name),
        ));
    }

    let mut env = EnvList::default();
    env.set(&format!("PATH={DEFAULT_PATH}"));
    env.set("TERM=xterm"); // podman sets it with or without -t
    for e in &image.env {
        env.set(e);
    }
    container_config::set_host_env(&mut env, &request.process, &facts.host_vars);
    env.set(&format!("HOSTNAME={hostname}"));
    env.set("container=den");
    for layer in request.layers() {
        for path in &layer.env_files {
            let text = facts
                .env_files
                .get(path)
                .with_context(|| format!("env file \"{}\" was not read", path.display()))?;
            env.set_from_file(path, text, facts.host_env)?;
        }
        for e in &layer.env {
            env.set_from_flag(e, facts.host_env)?;
        }
    }
    let env = env.into_vec();
    check_exec_size(&argv, &env, facts.arg_max)?;

    let cwd = PathBuf::from(
        settings
            .workdir
            .clone()
            .or_else(|| image.working_dir.clone())
            .unwrap_or_else(|| "/".to_string()),
    );
    check_workdir(&cwd)?;
    let user = settings
        .user
        .clone()
        .or_else(|| image.user.clone())
        .unwrap_or_else(|| "0".to_string());
    Ok(ProcessPlan {
        argv,
        env,
        cwd,
        user,
        tty: request.tty,
        interactive: request.interactive,
    })
}

/// Plans a process for `den exec`: the request over the container's own process (its
/// environment, user and working directory), checked as `den run` checks its process.
pub fn plan_exec(
    base: &ProcessPlan,
    request: &ExecRequest,
    host_env: &dyn Fn(&str) -> Option<String>,
    arg_max: usize,
) -> Result<ProcessPlan> {
    let mut env = EnvList::from_entries(&base.env);
    for e in &request.env {
        env.set_from_flag(e, host_env)?;
    }
    if request.tty && !env.contains_name("TERM") {
        env.set("TERM=xterm");
    }
    let env = env.into_vec();
    check_exec_size(&request.command, &env, arg_max)?;
    let cwd = request
        .workdir
        .as_deref()
        .map_or_else(|| base.cwd.clone(), PathBuf::from);
    check_workdir(&cwd)?;
    Ok(ProcessPlan {
        argv: request.command.clone(),
        env,
        cwd,
        user: request.user.clone().unwrap_or_else(|| base.user.clone()),
        tty: request.tty,
        interactive: request.interactive,
    })
}

fn check_workdir(cwd: &Path) -> Result<()> {
    if !cwd.is_absolute() {
        bail!(
            "working directory \"{}\" is not an absolute path",
            cwd.display()
        );
    }
    Ok(())
}
