//! Command-line definitions. The flags follow podman's spelling so that `alias docker=den`
//! works for the common commands; man pages and shell completions are generated from these
//! definitions (see `tests/generated.rs`).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

mod argv;
mod build;
pub mod complete;
mod container;
mod events;
mod global;
mod image;
mod kube;
mod lazy;
pub mod manual;
mod monitor;
mod network;
mod pod;
mod resources;
mod run;
mod run_ns;
mod run_process;
mod secret;
mod shell;
mod system;
mod usage;
mod volume;

pub use build::*;
pub use container::*;
pub use events::*;
pub use global::{LOG_LEVELS, apply_global_flags, check_global_flags, events_backend, log_filter};
pub use image::*;
pub use kube::*;
pub use lazy::Lazy;
pub use monitor::*;
pub use network::*;
pub use pod::*;
pub use resources::ResourceArgs;
pub use run::*;
pub use run_ns::NamespaceArgs;
pub use run_process::ProcessArgs;
pub use secret::*;
pub use shell::*;
pub use system::*;
pub use usage::parse;
pub use volume::*;

/// A rootless, daemonless container sandbox.
///
/// den runs OCI images as an unprivileged user: a user namespace from your /etc/subuid and
/// /etc/subgid ranges, the image layers mounted with overlayfs inside it, and the container
/// forked as a direct child of your shell. No daemon, no setuid binary of its own.
#[derive(Debug, Parser)]
#[command(
    name = "den",
    version,
    propagate_version = true,
    max_term_width = 100,
    disable_version_flag = true,
    args_override_self = true
)]
#[allow(clippy::struct_excessive_bools)]
pub struct Cli {
    // The flags marked global are taken after a subcommand too, as podman's persistent
    // flags; --url, --identity, --ssh, --noout, --remote and --connection only before it,
    // as podman's root-only ones.
    /// Directory of den's store (images, layers, containers).
    ///
    /// Defaults to `storage.root` from config.toml, else $XDG_DATA_HOME/den.
    #[arg(long, global = true, value_name = "DIR", env = "DEN_ROOT")]
    pub root: Option<PathBuf>,

    /// Directory of den's runtime state (mount points, sockets).
    ///
    /// Defaults to $XDG_RUNTIME_DIR/den, else a private directory under /tmp.
    #[arg(long, global = true, value_name = "DIR", env = "DEN_RUNROOT")]
    pub runroot: Option<PathBuf>,

    /// How much den logs to stderr: trace, debug, info, warn (warning), error, fatal or panic.
    #[arg(long, global = true, value_name = "LEVEL", env = "DEN_LOG")]
    pub log_level: Option<String>,

    /// Storage driver for this command, over `storage.driver` in config.toml: auto,
    /// overlay, fuse-overlayfs or vfs.
    #[arg(long, global = true, value_name = "DRIVER")]
    pub storage_driver: Option<String>,

    /// An option for the storage driver (repeatable). den reads
    /// `overlay.mount_program=PATH` (fuse-overlayfs is then the driver); other keys of
    /// podman's storage.conf are accepted with a warning and have no effect.
    #[arg(long, global = true, value_name = "KEY=VALUE")]
    pub storage_opt: Vec<String>,

    /// Where den records events: file (the default, under the store), or none (record no
    /// events). journald is refused: den has no journald backend.
    #[arg(long, global = true, value_enum, value_name = "BACKEND")]
    pub events_backend: Option<EventsBackend>,

    /// Accepted for podman's command lines: cgroupfs or systemd. den manages no cgroups
    /// through systemd; the value changes nothing.
    #[arg(long, global = true, value_enum, value_name = "MANAGER")]
    pub cgroup_manager: Option<CgroupManager>,

    /// Accepted for podman's command lines: a runtime's name (runc, crun) or path, which
    /// must exist. den is its own runtime and starts containers itself; the program is not run.
    #[arg(long, global = true, value_name = "RUNTIME")]
    pub runtime: Option<String>,

    /// Refused: den has no remote service (podman's URL of one).
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Refused: den has no remote service.
    #[arg(short = 'r', long)]
    pub remote: bool,

    /// Refused: den has no remote service (podman's named connection).
    #[arg(short = 'c', long, value_name = "NAME")]
    pub connection: Option<String>,

    /// Accepted and unused: podman's SSH identity applies only to remote connections, which
    /// den does not have.
    #[arg(long, value_name = "FILE")]
    pub identity: Option<PathBuf>,

    /// Do not print on standard output (errors and warnings still go to standard error).
    #[arg(long)]
    pub noout: bool,

    /// Accepted for podman's command lines: den logs to standard error only.
    #[arg(long, global = true)]
    pub syslog: bool,

    /// Accepted for podman's command lines: den keeps its temporary files under the store
    /// (<store>/tmp) and its state under --runroot; the value is not used.
    #[arg(long, global = true, value_name = "DIR")]
    pub tmpdir: Option<PathBuf>,

    /// Accepted for podman's command lines: den finds pasta and slirp4netns on PATH; the
    /// path is not used.
    #[arg(long, global = true, value_name = "PATH")]
    pub network_cmd_path: Option<PathBuf>,

    /// Accepted for podman's command lines: den keeps its networks in its store; the
    /// directory is not used.
    #[arg(long, global = true, value_name = "DIR", alias = "cni-config-dir")]
    pub network_config_dir: Option<PathBuf>,

    /// Accepted for podman's command lines: den's monitor is den itself; the path is not used.
    #[arg(long, global = true, value_name = "PATH")]
    pub conmon: Option<PathBuf>,

    /// Accepted for podman's command lines: SSH applies to remote connections only.
    #[arg(long, value_name = "MODE")]
    pub ssh: Option<String>,

    /// Refused: den runs no OCI hooks.
    #[arg(long, global = true, value_name = "DIR")]
    pub hooks_dir: Vec<PathBuf>,

    /// Refused: den has no libpod namespaces; use another --root for a separate set.
    #[arg(long, global = true, value_name = "NAME")]
    pub namespace: Option<String>,

    /// Refused: den is its own runtime, so there is no runtime to pass flags to.
    #[arg(long, global = true, value_name = "FLAG")]
    pub runtime_flag: Vec<String>,

    /// Refused: den keeps volumes in its store (--root).
    #[arg(long, global = true, value_name = "DIR")]
    pub volumepath: Option<PathBuf>,

    /// Print den's version.
    #[arg(short = 'v', long, action = clap::ArgAction::Version)]
    pub version: Option<bool>,

    #[command(subcommand)]
    pub command: Command,
}

/// `--events-backend` values (podman's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum EventsBackend {
    /// A file of events in the store.
    #[default]
    File,
    /// podman's journald backend: refused.
    Journald,
    /// Record no events.
    None,
}

/// `--cgroup-manager` values (podman's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CgroupManager {
    Cgroupfs,
    Systemd,
}

/// den's whole command tree, built: every subcommand's flags defined and the global flags
/// copied into each (`Lazy` leaves them undefined until then). For completion, man pages and
/// walks over all commands; parsing one line builds only its subcommand.
#[must_use]
pub fn full_command() -> clap::Command {
    lazy::define_all();
    let mut cmd = <Cli as clap::CommandFactory>::command();
    cmd.build();
    cmd
}

impl Cli {
    /// Where events go: `--events-backend`, else a file. `check_global_flags` has refused
    /// journald already.
    #[must_use]
    pub fn events_backend(&self) -> EventsBackend {
        self.events_backend.unwrap_or_default()
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a command in a new container.
    Run(Lazy<Box<RunArgs>>),
    /// Load images from a docker-archive or OCI archive tarball, or an OCI layout directory.
    Load(Lazy<LoadArgs>),
    /// Create an image from a tarball of a root filesystem.
    Import(Lazy<ImportArgs>),
    /// Pull an image from a registry.
    Pull(Lazy<PullArgs>),
    /// Push an image to a registry.
    Push(Lazy<PushArgs>),
    /// Log in to a registry (credentials are kept in auth.json, as podman does).
    Login(Lazy<LoginArgs>),
    /// Log out of a registry.
    Logout(Lazy<LogoutArgs>),
    /// List images in local storage.
    #[command(visible_alias = "image-ls")]
    Images(Lazy<ImagesArgs>),
    /// Remove one or more images from local storage.
    Rmi(Lazy<RmiArgs>),
    /// Show how den is set up on this machine: mapping, storage driver, paths, kernel features.
    Info(Lazy<InfoArgs>),
    /// Show den's version (podman's `version` layout).
    Version(Lazy<VersionArgs>),
    /// Check each prerequisite of rootless containers and print the fix for every problem.
    Doctor(Lazy<DoctorArgs>),
    /// Run a command inside den's user namespace (files of the store get their container owners).
    Unshare(Lazy<UnshareArgs>),
    /// Show the files a container added (A), changed (C) and deleted (D) against its image.
    Diff(Lazy<DiffArgs>),
    /// Create a new image from a container's changes.
    Commit(Lazy<CommitArgs>),
    /// Build an image from a Containerfile (Dockerfile), rootless, with a layer cache.
    ///
    /// Each instruction makes one unnamed intermediate image; an unchanged step (same parent,
    /// instruction, build args and, for COPY/ADD, the same files after the ignore rules) is
    /// taken from the cache ("--> Using cache ID"). RUN steps run as `den run` runs a
    /// container. Where den differs from podman: `den image prune` removes the cache's
    /// intermediate images; RUN --mount=type=bind is read-only and from the context only;
    /// the context must be a local directory (no URL, no tarball on stdin); --format is oci
    /// only; --timestamp sets the created times and the times of the directories COPY
    /// creates, not those of files a RUN writes.
    Build(Lazy<Box<BuildArgs>>),
    /// Docker buildx compatibility: `den buildx build` is `den build`.
    Buildx(Lazy<BuildxArgs>),
    /// Export a container's root filesystem as a tarball.
    Export(Lazy<ExportArgs>),
    /// Copy files between a container and the host.
    Cp(Lazy<CpArgs>),
    /// Save images to a docker-archive or OCI archive, or into an OCI layout directory.
    Save(Lazy<SaveArgs>),
    /// Add names to an image.
    Tag(Lazy<TagArgs>),
    /// Remove names from an image (all of them when none are given).
    Untag(Lazy<UntagArgs>),
    /// Show the details of images as JSON, or fields of them through a template.
    Inspect(Lazy<InspectArgs>),
    /// Show the history of an image: the steps that made it, newest first.
    History(Lazy<HistoryArgs>),
    /// Manage images: ls, rm, inspect, tag, untag, save, load, import, prune, history, exists.
    Image(Lazy<ImageArgs>),
    /// Manage den's store: df, prune, reset, check.
    System(Lazy<SystemArgs>),
    /// Manage volumes: create, ls, inspect, rm, prune, exists, export, import.
    Volume(Lazy<VolumeArgs>),
    /// Manage networks: create, ls, inspect, rm, prune, exists, connect, disconnect, reload.
    ///
    /// Containers on a network reach each other by name and alias (its DNS server), and go
    /// out and publish ports as on the default network. No daemon: a network's namespace
    /// exists while containers use it.
    Network(Lazy<NetworkArgs>),
    /// Create a container without starting it (same flags as `run`).
    Create(Lazy<Box<RunArgs>>),
    /// Start one or more containers.
    Start(Lazy<StartArgs>),
    /// Stop one or more running containers: SIGTERM, then SIGKILL after a timeout.
    Stop(Lazy<StopArgs>),
    /// Send a signal to one or more running containers.
    Kill(Lazy<KillArgs>),
    /// Stop and start one or more containers.
    Restart(Lazy<RestartArgs>),
    /// Remove one or more containers.
    Rm(Lazy<RmArgs>),
    /// List containers.
    #[command(visible_alias = "list", alias = "ls")]
    Ps(Lazy<PsArgs>),
    /// Show the output of a container.
    Logs(Lazy<LogsArgs>),
    /// Wait for containers to exit and print their exit codes.
    Wait(Lazy<WaitArgs>),
    /// Run a command in a running container.
    Exec(Lazy<ExecArgs>),
    /// Rename a container.
    Rename(Lazy<RenameArgs>),
    /// Show the processes of a running container.
    Top(Lazy<TopArgs>),
    /// Show a container's published ports: each as "80/tcp -> 0.0.0.0:8080", or the host
    /// address of one (den port CTR 80).
    ///
    /// The ports are read from the container's record, so created, stopped and detached
    /// containers answer too (podman prints nothing for a container that is not running).
    Port(Lazy<PortArgs>),
    /// Attach to a running container's terminal, or its input and output, until it exits.
    ///
    /// A container started detached with -t gets your terminal (raw mode, window size
    /// followed); with -i its stdin reads yours. Detach with the detach keys (ctrl-p,ctrl-q)
    /// and the container runs on; otherwise den exits with the container's status. Containers
    /// without -t or -i only have their output followed.
    Attach(Lazy<AttachArgs>),
    /// Manage containers.
    Container(Lazy<ContainerArgs>),
    /// Manage pods: create, ps, inspect, exists, start, stop, kill, restart, rm, prune, top.
    ///
    /// A pod's containers share its network, IPC and UTS namespaces (--share), which a small
    /// infra container holds: den itself as a pause process, on an empty root (no image).
    /// The pod's ports, network and hostname are its infra's.
    Pod(Lazy<PodArgs>),
    /// Generate structured data of containers and pods: kube (Kubernetes YAML).
    Generate(Lazy<GenerateArgs>),
    /// Play and take down Kubernetes YAML: play, down, generate.
    ///
    /// A Pod becomes a den pod of its name with containers named POD-CONTAINER; a Deployment
    /// its replicas as pods NAME-pod-N; a PersistentVolumeClaim a named volume; ConfigMaps
    /// (in the file or --configmap) feed env and envFrom; hostPath volumes are bind mounts.
    Kube(Lazy<KubeArgs>),
    /// Play Kubernetes YAML: kube (as den kube play).
    Play(Lazy<PlayArgs>),
    /// Enter a project's toolbox (den.toml), made on first use: your user, $HOME, working
    /// directory and session (display, audio, D-Bus, agents) inside a distro's userland.
    ///
    /// The toolbox is a container of den's kept running (a long sleep under den's monitor);
    /// den shell starts it when stopped and enters it with den exec at the working directory
    /// (or the project's, when outside it), with your login shell (from the host's passwd entry
    /// when the image has it, else bash, else sh) and a terminal when standard input is one.
    /// `den shell -- CMD ARGS` runs one command and exits with its status. Inside: your uid and
    /// name (--userns=keep-id; in one-id mode, without subordinate ranges, you are uid 0 inside,
    /// which is you), hostname "toolbox", sudo without a password (a sudoers drop-in), no
    /// no_new_privs (a setuid sudo can only gain the toolbox's own root), TERM, LANG, LC_*, TZ.
    /// When den.toml has changed since the toolbox was made, den says so; --recreate makes it
    /// anew. den ps, stop, rm and exec work on toolboxes as on any container.
    Shell(Lazy<ShellArgs>),
    /// Show the events of containers and images: what is recorded, then new ones as they
    /// happen (--stream=false: only what is recorded).
    ///
    /// den has no daemon: each command appends its events to the store's log
    /// (events/events.log, one JSON object per line, as podman's file backend), and `den
    /// events` reads and follows that file. The log is bounded (1 MiB; the older half is
    /// dropped). DEN_EVENTS_BACKEND=none records nothing.
    Events(Lazy<EventsArgs>),
    /// Manage secrets: create, ls, inspect, rm, exists (podman's file driver).
    Secret(Lazy<SecretArgs>),
    /// Show containers' CPU, memory, network and block I/O use and process counts.
    ///
    /// From the container's cgroup when it has one (cgroup v2 delegated to you), otherwise
    /// from /proc of the container's processes: CPU time (utime+stime), memory (their
    /// proportional set size), block I/O (/proc/PID/io) and the network namespace's
    /// interfaces (/proc/PID/net/dev, loopback left out). podman refuses stats on rootless
    /// cgroup v1; den shows them.
    Stats(Lazy<StatsArgs>),
    /// Pause the processes of running containers.
    ///
    /// With the cgroup v2 freezer where the container has a cgroup of its own; otherwise den
    /// stops every process of the container's PID namespace with SIGSTOP (podman refuses on
    /// rootless cgroup v1). The container then shows as paused.
    Pause(Lazy<PauseArgs>),
    /// Resume paused containers.
    Unpause(Lazy<PauseArgs>),
    /// Run a container's health check (den's monitor also runs it every --health-interval).
    Healthcheck(Lazy<HealthcheckArgs>),
}

#[derive(Debug, clap::Args)]
pub struct HealthcheckArgs {
    #[command(subcommand)]
    pub command: HealthcheckCommand,
}

/// `--pull` policies of `den run` and `den create` (podman's).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum PullPolicy {
    /// Pull when the store has no image of that name.
    #[default]
    Missing,
    /// Always pull (unchanged layers are not fetched again).
    Always,
    /// Never pull: use the store's image or fail.
    Never,
    /// Pull when the registry has a newer image (den pulls, reusing unchanged layers).
    Newer,
}

/// `--format` values for commands that print data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Human-readable table.
    Table,
    /// JSON, for scripts.
    Json,
}
