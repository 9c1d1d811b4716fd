//! What the user asked for, with no clap in it: a `RunRequest` holds one `RunSettings` layer
//! per source (the command-line flags, a project's den.toml, config.toml) and `resolve` merges
//! them with one precedence: flag > den.toml > config.toml. The image config and den's
//! defaults come under all three, in `plan::build`. (As uv's settings resolution and
//! ripgrep's `LowArgs` -> `HiArgs`.)

use std::path::PathBuf;

/// What one source says about a container. `None` or empty: this source does not say, so a
/// lower one (or the image, or den's default) decides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunSettings {
    /// Replaces the image's entrypoint (an empty string clears it); a JSON array or one word.
    pub entrypoint: Option<String>,
    /// Replaces the image's Cmd when not empty.
    pub command: Vec<String>,
    /// `NAME=VALUE` or `NAME` (copied from den's environment), applied after `env_files`.
    pub env: Vec<String>,
    /// Files of `NAME=VALUE` lines, read before planning (`HostFacts::env_files`).
    pub env_files: Vec<PathBuf>,
    pub workdir: Option<String>,
    /// `user[:group]`, resolved inside the container.
    pub user: Option<String>,
    pub hostname: Option<String>,
    /// `--network`: private (pasta or slirp4netns), host, none, pasta[:OPTS], slirp4netns[:OPTS].
    pub network: Option<String>,
    /// `-p [IP:][HOSTPORT:]PORT[/PROTO]` specs.
    pub publish: Vec<String>,
    /// `-P`: publish every exposed port to a random host port.
    pub publish_all: Option<bool>,
    /// `--expose PORT[/PROTO]`, added to the image's exposed ports.
    pub expose: Vec<String>,
    /// `--dns` servers (replace the network's), `--dns-search`, `--dns-option`.
    pub dns: Vec<String>,
    pub dns_search: Vec<String>,
    pub dns_option: Vec<String>,
    /// `--add-host HOST:IP`.
    pub add_host: Vec<String>,
    /// `--ip`, `--mac-address` and `--network-alias`: for the first user-defined network.
    pub ip: Option<String>,
    pub mac_address: Option<String>,
    pub network_alias: Vec<String>,
    /// `--no-hosts`: keep the image's /etc/hosts.
    pub no_hosts: Option<bool>,
    /// `[SRC:]DEST[:OPTS]` specs.
    pub volumes: Vec<String>,
    /// `--mount type=..,..` specs.
    pub mounts: Vec<String>,
    /// `CONTAINER[:ro|rw]`: take that container's volumes and bind mounts.
    pub volumes_from: Vec<String>,
    /// `DEST[:OPTS]` specs.
    pub tmpfs: Vec<String>,
    pub read_only: Option<bool>,
    /// The starting capability set, replacing den's default.
    pub capabilities: Option<Vec<String>>,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub security_opt: Vec<String>,
    /// `--userns`: host, auto, nomap, keep-id[:uid=U,gid=G]; `None`: den's default mapping.
    pub userns: Option<String>,
    /// Namespaces, privileges, devices, sysctls, limits (`plan::namespaces`).
    pub ns: super::NsSettings,
}

/// A container to plan: what to run it from, how it is attached, and the settings layers.
#[derive(Debug, Clone, Default)]
pub struct RunRequest {
    /// An image reference, or with `rootfs` a host directory.
    pub image: String,
    pub rootfs: bool,
    pub name: Option<String>,
    pub tty: bool,
    pub interactive: bool,
    pub remove: bool,
    /// `--memory`, `--cpus`, ... as given (command line only).
    pub resources: crate::cgroup::ResourceFlags,
    /// `--secret` specs (command line only).
    pub secrets: Vec<String>,
    /// Log, restart and health flags (command line only).
    pub monitor: super::MonitorRequest,
    /// The command-line flags: the highest layer.
    pub flags: RunSettings,
    /// A project's den.toml (`den shell`: `project::host::settings`).
    pub project: RunSettings,
    /// config.toml's `[run]` section: the lowest layer.
    pub config: RunSettings,
    /// The process flags of the command line (labels, stop signal, --tz, ...).
    pub process: super::ProcessFlags,
}

impl RunRequest {
    /// The layers, lowest first: later entries of list settings (env, mounts, capability
    /// changes) are applied after earlier ones.
    pub fn layers(&self) -> [&RunSettings; 3] {
        [&self.config, &self.project, &self.flags]
    }

    /// One set of settings: a single value from the highest layer that gives one, lists
    /// joined lowest layer first.
    pub fn resolve(&self) -> RunSettings {
        let [low, mid, high] = self.layers();
        let pick = |f: fn(&RunSettings) -> &Option<String>| {
            f(high)
                .clone()
                .or_else(|| f(mid).clone())
                .or_else(|| f(low).clone())
        };
        let join = |f: fn(&RunSettings) -> &Vec<String>| {
            self.layers()
                .iter()
                .flat_map(|l| f(l).iter().cloned())
                .collect()
        };
        let command = [high, mid, low]
            .iter()
            .map(|l| &l.command)
            .find(|c| !c.is_empty())
            .cloned()
            .unwrap_or_default();
        RunSettings {
            entrypoint: pick(|s| &s.entrypoint),
            command,
            env: join(|s| &s.env),
            env_files: self
                .layers()
                .iter()
                .flat_map(|l| l.env_files.iter().cloned())
                .collect(),
            workdir: pick(|s| &s.workdir),
            user: pick(|s| &s.user),
            hostname: pick(|s| &s.hostname),
            network: pick(|s| &s.network),
            publish: join(|s| &s.publish),
            publish_all: high.publish_all.or(mid.publish_all).or(low.publish_all),
            expose: join(|s| &s.expose),
            dns: join(|s| &s.dns),
            dns_search: join(|s| &s.dns_search),
            dns_option: join(|s| &s.dns_option),
            add_host: join(|s| &s.add_host),
            ip: pick(|s| &s.ip),
            mac_address: pick(|s| &s.mac_address),
            network_alias: join(|s| &s.network_alias),
            no_hosts: high.no_hosts.or(mid.no_hosts).or(low.no_hosts),
            volumes: join(|s| &s.volumes),
            mounts: join(|s| &s.mounts),
            volumes_from: join(|s| &s.volumes_from),
            tmpfs: join(|s| &s.tmpfs),
            read_only: high.read_only.or(mid.read_only).or(low.read_only),
            capabilities: high
                .capabilities
                .clone()
                .or_else(|| mid.capabilities.clone())
                .or_else(|| low.capabilities.clone()),
            cap_add: join(|s| &s.cap_add),
            cap_drop: join(|s| &s.cap_drop),
            security_opt: join(|s| &s.security_opt),
            userns: pick(|s| &s.userns),
            ns: super::NsSettings::merge([&low.ns, &mid.ns, &high.ns]),
        }
    }
}

/// A process to start in a running container (`den exec`): what is not given is taken from
/// the container's own process.
#[derive(Debug, Clone, Default)]
pub struct ExecRequest {
    pub command: Vec<String>,
    pub env: Vec<String>,
    pub workdir: Option<String>,
    pub user: Option<String>,
    pub tty: bool,
    pub interactive: bool,
}
