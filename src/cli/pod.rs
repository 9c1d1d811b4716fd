//! `den pod`: groups of containers that share network, IPC and UTS namespaces, held by an
//! infra container (den's pause), as podman's pods.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `den pod` subcommands.
#[derive(Debug, Args)]
pub struct PodArgs {
    #[command(subcommand)]
    pub command: PodCommand,
}

#[derive(Debug, Subcommand)]
pub enum PodCommand {
    /// Create a pod (and its infra container) and print its id.
    Create(PodCreateArgs),
    /// List pods.
    #[command(visible_aliases = ["ls", "list"])]
    Ps(PodPsArgs),
    /// Show the details of pods as JSON, or a field of them through a template.
    Inspect(PodInspectArgs),
    /// Exit 0 when the pod exists, 1 when it does not.
    Exists(PodExistsArgs),
    /// Start a pod's containers (the infra first).
    Start(PodNamesArgs),
    /// Stop a pod's containers (the infra last).
    Stop(PodStopArgs),
    /// Send a signal to a pod's running containers.
    Kill(PodKillArgs),
    /// Stop and start a pod's containers.
    Restart(PodNamesArgs),
    /// Remove pods and their stopped containers (-f: running ones too).
    #[command(visible_alias = "remove")]
    Rm(PodRmArgs),
    /// Remove every pod whose containers are all stopped.
    Prune(PodPruneArgs),
    /// Show the processes of a pod's running containers.
    Top(PodTopArgs),
    /// Show the output of a pod's containers (each line after the container's id, or with
    /// -n its name).
    Logs(PodLogsArgs),
}

#[derive(Debug, Args)]
pub struct PodCreateArgs {
    /// Name of the pod (default: a generated one).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// Publish a port of the pod: [IP:][HOSTPORT:]CONTAINERPORT[/tcp|udp] (on its infra).
    #[arg(short, long, value_name = "PORT")]
    pub publish: Vec<String>,

    /// The pod's network mode, as `den run --network` (its infra's).
    #[arg(long, alias = "net", value_name = "MODE")]
    pub network: Option<String>,

    /// The pod's hostname (default: the pod's name).
    #[arg(long, value_name = "NAME")]
    pub hostname: Option<String>,

    /// Create the infra container that holds the shared namespaces.
    #[arg(long, value_name = "BOOL", default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub infra: bool,

    /// Name of the infra container (default: the pod's short id and "-infra").
    #[arg(long, value_name = "NAME")]
    pub infra_name: Option<String>,

    /// Namespaces the pod's containers share: a comma list of ipc, net, uts (none: none).
    #[arg(long, value_name = "NAMESPACES", default_value = "ipc,net,uts")]
    pub share: String,

    /// Set a label on the pod: KEY=VALUE or KEY.
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,

    /// Add a line to the pod's /etc/hosts: HOST:IP.
    #[arg(long, value_name = "HOST:IP")]
    pub add_host: Vec<String>,

    /// Name server for the pod's /etc/resolv.conf.
    #[arg(long, value_name = "IP")]
    pub dns: Vec<String>,

    /// Remove a pod of the same name first (with its containers).
    #[arg(long)]
    pub replace: bool,

    /// Write the pod's id to FILE.
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)]
pub struct PodPsArgs {
    /// Print only the ids.
    #[arg(short, long)]
    pub quiet: bool,

    /// Print whole ids.
    #[arg(long)]
    pub no_trunc: bool,

    /// Filter: name=TEXT, id=PREFIX, status=created|running|degraded|stopped|exited,
    /// label=KEY[=VALUE] (repeatable; values of one key are alternatives).
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Go template (.Id .Name .Status .Created .InfraId .NumberOfContainers .Labels
    /// .ContainerNames .ContainerIds .ContainerStatuses), or json.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Show the names of each pod's containers.
    #[arg(long)]
    pub ctr_names: bool,

    /// Show the ids of each pod's containers.
    #[arg(long)]
    pub ctr_ids: bool,

    /// Show the status of each pod's containers.
    #[arg(long)]
    pub ctr_status: bool,

    /// Do not print the header row.
    #[arg(long)]
    pub noheading: bool,
}

#[derive(Debug, Args)]
pub struct PodInspectArgs {
    /// Go template applied to the pod (e.g. {{.InfraContainerID}}).
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Pods, by name or id.
    #[arg(value_name = "POD", required = true)]
    pub pods: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PodExistsArgs {
    /// Pod, by name or id.
    #[arg(value_name = "POD")]
    pub pod: String,
}

#[derive(Debug, Args)]
pub struct PodNamesArgs {
    /// Act on every pod.
    #[arg(short, long)]
    pub all: bool,

    /// Pods, by name or id.
    #[arg(value_name = "POD")]
    pub pods: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PodStopArgs {
    /// Seconds to wait after each container's stop signal before SIGKILL (default: each
    /// container's stop timeout).
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u64>,

    #[command(flatten)]
    pub names: PodNamesArgs,
}

#[derive(Debug, Args)]
pub struct PodKillArgs {
    /// Signal to send (name or number).
    #[arg(short, long, value_name = "SIGNAL", default_value = "KILL")]
    pub signal: String,

    #[command(flatten)]
    pub names: PodNamesArgs,
}

#[derive(Debug, Args)]
pub struct PodRmArgs {
    /// Stop and remove running containers too.
    #[arg(short, long)]
    pub force: bool,

    /// Do not fail on a pod that does not exist.
    #[arg(short, long)]
    pub ignore: bool,

    /// Read pod ids from FILE (repeatable).
    #[arg(long, value_name = "FILE")]
    pub pod_id_file: Vec<PathBuf>,

    #[command(flatten)]
    pub names: PodNamesArgs,
}

#[derive(Debug, Args)]
pub struct PodPruneArgs {
    /// Do not ask for confirmation (den never asks).
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct PodLogsArgs {
    /// Only this container of the pod (name or id).
    #[arg(short, long, value_name = "CONTAINER")]
    pub container: Option<String>,

    #[command(flatten)]
    pub options: crate::cli::LogsOptions,

    /// Pod, by name or id.
    #[arg(value_name = "POD")]
    pub pod: String,
}

#[derive(Debug, Args)]
pub struct PodTopArgs {
    /// Pod, by name or id.
    #[arg(value_name = "POD")]
    pub pod: String,
}
