//! `run`, `create`, `exec` and `attach`: the flags that plan and enter a container.

use std::path::PathBuf;

use clap::Args;

use super::PullPolicy;

/// `Default` is for den's own containers (build steps, toolboxes): what no flag asks.
#[derive(Debug, Clone, Default, Args)]
#[command(trailing_var_arg = true, disable_help_flag = true)]
pub struct RunArgs {
    /// Print help (`-h` is --hostname, as in podman).
    #[arg(long, action = clap::ArgAction::Help)]
    pub help: Option<bool>,

    /// Keep standard input open.
    #[arg(short, long)]
    pub interactive: bool,

    /// Allocate a pseudo-terminal.
    #[arg(short, long)]
    pub tty: bool,

    /// Remove the container when it exits.
    #[arg(long)]
    pub rm: bool,

    /// Run the container in the background and print its id (`den run` only).
    #[arg(short, long)]
    pub detach: bool,

    /// Name of the container.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// Set an environment variable (NAME=VALUE, or NAME to copy it from den's environment).
    #[arg(short, long = "env", value_name = "NAME[=VALUE]")]
    pub env: Vec<String>,

    /// Read environment variables from a file of NAME=VALUE lines.
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<PathBuf>,

    /// Working directory inside the container.
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,

    /// User and group to run as inside the container: name or id, user[:group].
    #[arg(short, long, value_name = "USER[:GROUP]")]
    pub user: Option<String>,

    /// Override the image's entrypoint (an empty string clears it).
    #[arg(long, value_name = "CMD")]
    pub entrypoint: Option<String>,

    /// Mount a host path, a named volume (created on first use) or, with DEST alone, a new
    /// anonymous volume: [SRC:]DEST[:OPTIONS].
    ///
    /// Options: ro, rw; U (chown the source to the container's user); O (an overlay over
    /// the source: writes go to the container and vanish with it); nocopy (do not seed a new
    /// volume with the image's content); exec, noexec, suid, nosuid, dev, nodev; rbind,
    /// bind; z and Z are accepted and do nothing (no SELinux relabelling; den says so once
    /// per store, where podman with SELinux off says nothing).
    #[arg(short, long = "volume", value_name = "[SRC:]DEST[:OPTS]")]
    pub volume: Vec<String>,

    /// Attach a mount: type=bind|volume|tmpfs,src=SRC,dst=DEST[,OPTIONS], podman's keys
    /// (source, target, destination, ro, readonly, bind-propagation, bind-nonrecursive,
    /// volume-nocopy, tmpfs-size, tmpfs-mode, U, ...).
    #[arg(long, value_name = "type=TYPE,...")]
    pub mount: Vec<String>,

    /// Mount the volumes and bind mounts of another container: CONTAINER[:ro|rw].
    #[arg(long, value_name = "CONTAINER[:ro|rw]")]
    pub volumes_from: Vec<String>,

    /// Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...).
    #[arg(long, value_name = "DEST[:OPTS]")]
    pub tmpfs: Vec<String>,

    /// Mount the container's root filesystem read-only.
    #[arg(long)]
    pub read_only: bool,

    /// Hostname inside the container (default: the container's short id).
    #[arg(short = 'h', long, value_name = "NAME")]
    pub hostname: Option<String>,

    /// Network mode: private (the default, unless run.network in config.toml says
    /// otherwise; "bridge" is the same): a network namespace of its own, connected by pasta,
    /// or slirp4netns when pasta is not installed; pasta[:OPTIONS] (pasta's own options,
    /// comma separated; --map-gw lets the gateway address reach the host's loopback);
    /// slirp4netns[:OPTIONS] (allow_host_loopback=, enable_ipv6=, mtu=, cidr=,
    /// outbound_addr=, outbound_addr6=, port_handler=); host (share the host's network);
    /// none (loopback only); container:NAME (that running container's network, and its user
    /// namespace) or ns:PATH (the network namespace at PATH, and the user namespace that
    /// owns it); or user-defined networks (den network create): NAME[:ip=IP,mac=MAC,
    /// alias=NAME,interface_name=NAME], several comma separated.
    #[arg(long, visible_alias = "net", value_name = "MODE")]
    pub network: Option<String>,

    /// Publish a container port on the host: [IP:][HOSTPORT:]PORT[/tcp|udp], ranges as
    /// 8000-8010:80-90; without HOSTPORT a free port is chosen (see den port).
    #[arg(short, long, value_name = "[IP:][HOSTPORT:]PORT[/PROTO]")]
    pub publish: Vec<String>,

    /// Publish every exposed port (the image's EXPOSE and --expose) to a free host port.
    #[arg(short = 'P', long)]
    pub publish_all: bool,

    /// Expose a port or range (PORT[-PORT][/PROTO]) for --publish-all, as EXPOSE does.
    #[arg(long, value_name = "PORT[/PROTO]")]
    pub expose: Vec<String>,

    /// Name server for the container's /etc/resolv.conf (replaces the network's).
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,

    /// Search domain for /etc/resolv.conf ("." for none).
    #[arg(long, value_name = "DOMAIN")]
    pub dns_search: Vec<String>,

    /// Option line entry for /etc/resolv.conf (e.g. ndots:2).
    #[arg(long, value_name = "OPTION")]
    pub dns_option: Vec<String>,

    /// Add a line to /etc/hosts: HOST:IP (IP "host-gateway" is the host's address).
    #[arg(long, value_name = "HOST:IP")]
    pub add_host: Vec<String>,

    /// The container's IPv4 address on its (first) user-defined network.
    #[arg(long, value_name = "IPv4")]
    pub ip: Option<String>,

    /// The container's MAC address on its (first) user-defined network.
    #[arg(long, value_name = "MAC")]
    pub mac_address: Option<String>,

    /// Another name the (first) user-defined network's DNS answers for the container.
    /// Repeatable.
    #[arg(long, value_name = "NAME")]
    pub network_alias: Vec<String>,

    /// Do not write /etc/hosts: the image's own file stays.
    #[arg(long)]
    pub no_hosts: bool,

    /// Add a Linux capability (e.g. NET_RAW, or ALL).
    #[arg(long, value_name = "CAP")]
    pub cap_add: Vec<String>,

    /// Drop a Linux capability (e.g. CHOWN, or ALL).
    #[arg(long, value_name = "CAP")]
    pub cap_drop: Vec<String>,

    /// Security options: seccomp=unconfined, no-new-privileges.
    #[arg(long, value_name = "OPT")]
    pub security_opt: Vec<String>,

    /// User namespace mode: host (den's default mapping: uid 0 is you, 1.. your subordinate
    /// range), keep-id[:uid=U,gid=G] (you are uid U, default your own, with your name in
    /// /etc/passwd, and the program runs as you; the image's files keep their owners),
    /// nomap (your own uid is not mapped) or auto[:size=N] (a part of your range).
    ///
    /// keep-id, nomap and auto show the image's layers through den's FUSE overlay, served
    /// from den's own namespace, so the kernel translates their owners to the container's
    /// mapping: nothing is copied or chowned, and the container's changes are stored as
    /// under the default mapping.
    /// It needs /dev/fuse. Without subordinate ranges (one-id mode) every mode is the default
    /// one: uid 0 is you.
    #[arg(long, value_name = "MODE")]
    pub userns: Option<String>,

    #[command(flatten)]
    pub ns: super::NamespaceArgs,

    /// IMAGE is a directory to use as the root filesystem instead of an image.
    #[arg(long)]
    pub rootfs: bool,

    /// When to pull the image: missing (when the store lacks it), always, never, or newer
    /// (as always: layers the store has are not fetched again).
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = PullPolicy::Missing)]
    pub pull: PullPolicy,

    #[command(flatten)]
    pub resources: super::ResourceArgs,

    #[command(flatten)]
    pub process: super::run_process::ProcessArgs,

    #[command(flatten)]
    pub monitor: super::MonitorArgs,

    /// Image to run (or, with --rootfs, a directory).
    #[arg(value_name = "IMAGE")]
    pub image: String,

    /// Command and arguments (default: the image's entrypoint and command).
    #[arg(value_name = "COMMAND", allow_hyphen_values = true)]
    pub command: Vec<String>,

    /// Run in a pod (name or id), in the namespaces its infra holds; new:NAME creates the pod
    /// first (with this container's -p as the pod's ports).
    #[arg(long, value_name = "POD")]
    pub pod: Option<String>,

    /// The pod this container is the infra of (`den pod create`): not a flag.
    #[arg(skip)]
    pub infra_of: Option<String>,

    /// The project layer (a den.toml's, for `den shell`): not a flag.
    #[arg(skip)]
    pub project: crate::plan::RunSettings,
}

impl RunArgs {
    /// The request these flags make, over the `[run]` settings of config.toml: a flag not
    /// given is `None` (or empty), so a lower layer decides.
    #[must_use]
    pub fn to_request(&self, config: &crate::config::RunConfig) -> crate::plan::RunRequest {
        crate::plan::RunRequest {
            image: self.image.clone(),
            rootfs: self.rootfs,
            name: self.name.clone(),
            tty: self.tty,
            interactive: self.interactive,
            remove: self.rm,
            monitor: crate::plan::MonitorRequest {
                log_driver: self
                    .monitor
                    .log_driver
                    .clone()
                    .or_else(|| config.log_driver.clone()),
                ..self.monitor.to_request()
            },
            flags: crate::plan::RunSettings {
                entrypoint: self.entrypoint.clone(),
                command: self.command.clone(),
                env: self.env.clone(),
                env_files: self.env_file.clone(),
                workdir: self.workdir.clone(),
                user: self.user.clone(),
                hostname: self.hostname.clone(),
                network: self.network.clone(),
                publish: self.publish.clone(),
                publish_all: self.publish_all.then_some(true),
                expose: self.expose.clone(),
                dns: self.dns.clone(),
                dns_search: self.dns_search.clone(),
                dns_option: self.dns_option.clone(),
                add_host: self.add_host.clone(),
                ip: self.ip.clone(),
                mac_address: self.mac_address.clone(),
                network_alias: self.network_alias.clone(),
                no_hosts: self.no_hosts.then_some(true),
                volumes: self.volume.clone(),
                mounts: self.mount.clone(),
                volumes_from: self.volumes_from.clone(),
                tmpfs: self.tmpfs.clone(),
                read_only: self.read_only.then_some(true),
                capabilities: None,
                cap_add: self.cap_add.clone(),
                cap_drop: self.cap_drop.clone(),
                security_opt: self.security_opt.clone(),
                userns: self.userns.clone(),
                ns: self.ns.to_settings(),
            },
            resources: self.resources.to_flags(),
            secrets: self.resources.secret.clone(),
            project: self.project.clone(),
            config: config.settings(),
            process: self.process.to_flags(),
        }
    }
}

#[derive(Debug, Args)]
pub struct AttachArgs {
    /// The key sequence that detaches and leaves the container running: comma-separated
    /// ctrl-<letter> or single characters; empty disables detaching.
    #[arg(long, value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,

    /// Do not connect your standard input to the container.
    #[arg(long)]
    pub no_stdin: bool,

    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args)]
#[command(trailing_var_arg = true)]
pub struct ExecArgs {
    /// Keep standard input open.
    #[arg(short, long)]
    pub interactive: bool,

    /// Allocate a pseudo-terminal.
    #[arg(short, long)]
    pub tty: bool,

    /// Run in the background.
    #[arg(short, long)]
    pub detach: bool,

    /// User and group to run as: name or id, user[:group].
    #[arg(short, long, value_name = "USER[:GROUP]")]
    pub user: Option<String>,

    /// Working directory inside the container.
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,

    /// Set an environment variable (NAME=VALUE, or NAME to copy it from den's environment).
    #[arg(short, long = "env", value_name = "NAME[=VALUE]")]
    pub env: Vec<String>,

    /// Read environment variables from FILE: NAME=VALUE or NAME lines; `#` starts a comment
    /// (repeatable; before --env).
    #[arg(long, value_name = "FILE")]
    pub env_file: Vec<std::path::PathBuf>,

    /// Give the process every capability (in the container's user namespace, as rootless
    /// podman), instead of the container's set.
    #[arg(long)]
    pub privileged: bool,

    /// Accepted for podman's command lines, and checked: den's exec has no detaching (run
    /// it with -d to leave it in the background).
    #[arg(long, value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,

    /// Pass N more file descriptors (3 to 3+N-1). Only 0 is supported: den closes every
    /// other descriptor before the program runs.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub preserve_fds: u32,

    /// Run in the newest container; the first argument is then the command.
    #[arg(short, long)]
    pub latest: bool,

    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Command and arguments.
    #[arg(value_name = "COMMAND", allow_hyphen_values = true)]
    pub command: Vec<String>,
}

impl ExecArgs {
    /// The process these flags ask for; what is not given comes from the container.
    #[must_use]
    pub fn to_request(&self) -> crate::plan::ExecRequest {
        crate::plan::ExecRequest {
            command: self.command.clone(),
            env: self.env.clone(),
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            tty: self.tty,
            interactive: self.interactive,
        }
    }
}
