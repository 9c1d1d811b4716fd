//! Container lifecycle commands: start, stop, kill, rm, ps, logs, wait, cp, diff, commit, ...

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::Format;

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// Output format: `json` prints {"changed": [...], "added": [...], "deleted": [...]}.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Container, by name, id or unique id prefix.
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args)]
pub struct CommitArgs {
    /// Author recorded in the image config and history.
    #[arg(short, long, value_name = "AUTHOR")]
    pub author: Option<String>,

    /// Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR,
    /// USER, LABEL, VOLUME (e.g. `--change 'CMD ["sh"]'`).
    #[arg(short, long, value_name = "INSTRUCTION")]
    pub change: Vec<String>,

    /// Commit message recorded in the image history.
    #[arg(short, long, value_name = "TEXT")]
    pub message: Option<String>,

    /// Print only the image id (den prints nothing else anyway).
    #[arg(short, long)]
    pub quiet: bool,

    /// Container to commit, by name, id or unique id prefix.
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Name of the new image, e.g. `mytools:2`.
    #[arg(value_name = "IMAGE")]
    pub image: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Container to export, by name, id or unique id prefix.
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args)]
pub struct CpArgs {
    /// Archive mode (podman's, default true): files copied into a container belong to its
    /// primary user and group; -a=false keeps the ids of the source.
    #[arg(
        short,
        long,
        value_name = "BOOL",
        action = clap::ArgAction::Set,
        num_args = 0..=1,
        require_equals = true,
        default_value_t = true,
        default_missing_value = "true"
    )]
    pub archive: bool,

    /// Let a directory replace a non-directory and the other way round.
    #[arg(long)]
    pub overwrite: bool,

    /// Source: a host path, CONTAINER:PATH, or `-` (a tarball on standard input, extracted
    /// into the container directory DEST).
    #[arg(value_name = "SRC")]
    pub src: String,

    /// Destination: a host path, CONTAINER:PATH, or `-` (a tarball on standard output).
    #[arg(value_name = "DEST")]
    pub dest: String,
}

/// The containers a lifecycle command acts on: names or ids, the ids in `--cidfile` files,
/// every container (`all`), those passing `--filter`, or the newest (`latest`).
#[derive(Debug, Default, Clone)]
pub struct Selection {
    pub all: bool,
    pub filter: Vec<String>,
    pub latest: bool,
    pub cidfile: Vec<PathBuf>,
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct StartArgs {
    /// Run the container in the foreground: its output (and, with -t at create, its terminal)
    /// on yours, exit with its status (one container only).
    #[arg(short, long)]
    pub attach: bool,

    /// Keep standard input open and connect it to the container (implies --attach).
    #[arg(short, long)]
    pub interactive: bool,

    /// Start every container, whatever its state (running ones are left as they are).
    #[arg(long)]
    pub all: bool,

    /// Start the containers that pass a filter (as `den ps --filter`).
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Start the newest container.
    #[arg(short, long)]
    pub latest: bool,

    /// Accepted for podman's command lines, and checked: `start -a` runs the container in
    /// the foreground with den as its parent, which has no detaching (`den attach` has).
    #[arg(long, value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,

    /// Accepted for podman's command lines: an attached den passes SIGINT, SIGTERM and
    /// SIGHUP on to the container always.
    #[arg(long, num_args = 0..=1, default_missing_value = "true", value_name = "BOOL")]
    pub sig_proxy: Option<bool>,

    /// Containers (names or ids; a unique id prefix is enough).
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

/// The `Selection` of an arguments struct with the fields `all`, `filter`, `latest`,
/// `containers` (and `cidfile`).
macro_rules! selection {
    ($args:ty, $cidfile:expr) => {
        impl $args {
            /// The containers to act on.
            #[must_use]
            pub fn selection(&self) -> Selection {
                Selection {
                    all: self.all,
                    filter: self.filter.clone(),
                    latest: self.latest,
                    cidfile: $cidfile(self),
                    containers: self.containers.clone(),
                }
            }
        }
    };
}

selection!(StartArgs, |_: &StartArgs| Vec::new());
selection!(StopArgs, |a: &StopArgs| a.cidfile.clone());
selection!(RestartArgs, |a: &RestartArgs| a.cidfile.clone());
selection!(RmArgs, |a: &RmArgs| a.cidfile.clone());

impl KillArgs {
    /// The containers to signal.
    #[must_use]
    pub fn selection(&self) -> Selection {
        Selection {
            all: self.all,
            filter: Vec::new(),
            latest: self.latest,
            cidfile: self.cidfile.clone(),
            containers: self.containers.clone(),
        }
    }
}

#[derive(Debug, Args)]
pub struct StopArgs {
    /// Seconds to wait for the container to exit after its stop signal (SIGTERM unless
    /// --stop-signal or the image said otherwise) before sending SIGKILL; default: the
    /// container's --stop-timeout (10).
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u64>,

    /// Do not fail on a container that does not exist.
    #[arg(short, long)]
    pub ignore: bool,

    /// Read container ids from FILE (repeatable), as written by `--cidfile` of podman's run.
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,

    /// Act on every container.
    #[arg(short, long)]
    pub all: bool,

    /// Act on the containers that pass a filter: name=TEXT, id=PREFIX,
    /// status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are
    /// alternatives).
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Act on the newest container.
    #[arg(short, long)]
    pub latest: bool,

    /// Containers (names or ids; a unique id prefix is enough).
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RestartArgs {
    /// Seconds to wait for the container to exit after its stop signal (SIGTERM unless
    /// --stop-signal or the image said otherwise) before sending SIGKILL; default: the
    /// container's --stop-timeout (10).
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u64>,

    /// With --all: restart only the containers that are running.
    #[arg(long)]
    pub running: bool,

    /// Read container ids from FILE (repeatable).
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,

    /// Act on every container.
    #[arg(short, long)]
    pub all: bool,

    /// Act on the containers that pass a filter: name=TEXT, id=PREFIX,
    /// status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are
    /// alternatives).
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Act on the newest container.
    #[arg(short, long)]
    pub latest: bool,

    /// Containers (names or ids; a unique id prefix is enough).
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct KillArgs {
    /// Signal to send: name (KILL, SIGTERM) or number.
    #[arg(short, long, value_name = "SIGNAL", default_value = "KILL")]
    pub signal: String,

    /// Signal every running container.
    #[arg(short, long)]
    pub all: bool,

    /// Signal the newest container.
    #[arg(short, long)]
    pub latest: bool,

    /// Read container ids from FILE (repeatable).
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,

    /// Containers (names or ids).
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Stop and remove running containers too.
    #[arg(short, long)]
    pub force: bool,

    /// With --force: seconds to wait after the container's stop signal before SIGKILL.
    /// Without it den sends SIGKILL at once (podman waits the container's stop timeout).
    #[arg(short = 't', long = "time", value_name = "SECONDS")]
    pub time: Option<u64>,

    /// Do not fail on a container that does not exist.
    #[arg(short, long)]
    pub ignore: bool,

    /// Accepted for podman's command lines: den containers have no dependencies on each
    /// other, so only the named containers are removed.
    #[arg(long)]
    pub depend: bool,

    /// Remove the container's anonymous volumes too.
    #[arg(short, long)]
    pub volumes: bool,

    /// Read container ids from FILE (repeatable).
    #[arg(long, value_name = "FILE")]
    pub cidfile: Vec<PathBuf>,

    /// Act on every container.
    #[arg(short, long)]
    pub all: bool,

    /// Act on the containers that pass a filter: name=TEXT, id=PREFIX,
    /// status=created|running|exited, label=KEY[=VALUE] (repeatable; values of one key are
    /// alternatives).
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Act on the newest container.
    #[arg(short, long)]
    pub latest: bool,

    /// Containers (names or ids; a unique id prefix is enough).
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PsArgs {
    /// Show all containers (default: running only).
    #[arg(short, long)]
    pub all: bool,

    /// Print only the container ids.
    #[arg(short, long)]
    pub quiet: bool,

    /// Do not truncate ids and commands.
    #[arg(long)]
    pub no_trunc: bool,

    /// Show only the newest container (of all states).
    #[arg(short, long)]
    pub latest: bool,

    /// Show only the N newest containers (of all states).
    #[arg(short = 'n', long, value_name = "N")]
    pub last: Option<usize>,

    /// Filter: name=TEXT, id=PREFIX, status=created|running|exited, label=KEY[=VALUE]
    /// (repeatable; values of one key are alternatives).
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Output format: `json`, `table`, `table TEMPLATE` (a header row, `\t` between columns)
    /// or a Go template applied to each container, such as '{{.ID}} {{.Names}} {{.Status}}'.
    ///
    /// Templates are Go's text/template: fields ({{.Field}}, {{.A.B}}), range, if/else, with,
    /// variables, pipelines and the functions len, index, slice, printf, json, join, split,
    /// lower, upper, title, truncate, eq, ne, lt, and, or, not and more. Unlike podman, a
    /// bare `table` prints the default table (podman prints the word "table" per row).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Accepted for podman compatibility: den's store holds no other tools' containers, so
    /// there are no external ones to show.
    #[arg(long)]
    pub external: bool,

    /// Sort by: command, created (the default), id, image, names, runningfor, size, status.
    #[arg(long, value_name = "KEY", value_parser = ["command", "created", "id", "image", "names", "runningfor", "size", "status"])]
    pub sort: Option<String>,

    /// Show each container's size: what it wrote, and with its image ("12B (virtual 2.1MB)").
    #[arg(short, long)]
    pub size: bool,

    /// Do not print the header row.
    #[arg(long)]
    pub noheading: bool,

    /// Show each running container's namespaces (the inode numbers of /proc/PID/ns/*) and PID.
    #[arg(long)]
    pub ns: bool,

    /// Show the POD ID and PODNAME columns (the pod of each container; empty outside pods).
    #[arg(short, long)]
    pub pod: bool,

    /// Print the list again every SECONDS seconds, on a cleared screen, until interrupted.
    #[arg(short, long, value_name = "SECONDS")]
    pub watch: Option<u64>,
}

/// The output options of `logs` and `pod logs`.
#[derive(Debug, Clone, Args)]
pub struct LogsOptions {
    /// Keep printing new output until the containers exit.
    #[arg(short, long)]
    pub follow: bool,

    /// Print only the last N lines of each container (-1: all).
    #[arg(long, value_name = "N", allow_negative_numbers = true, default_value_t = -1)]
    pub tail: i64,

    /// Print only output since a time: RFC 3339 or a duration before now (10s, 5m, 2h).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,

    /// Print only output until a time: RFC 3339 or a duration before now (10s, 5m, 2h).
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,

    /// Print each line's time.
    #[arg(short, long)]
    pub timestamps: bool,

    /// With several containers: start each line with the container's name (else its
    /// short id).
    #[arg(short, long)]
    pub names: bool,

    /// Accepted for podman's command lines: den prints no colours.
    #[arg(long)]
    pub color: bool,
}

#[derive(Debug, Args)]
#[allow(clippy::struct_excessive_bools)]
pub struct LogsArgs {
    #[command(flatten)]
    pub options: LogsOptions,

    /// Show the newest container's output.
    #[arg(short, long)]
    pub latest: bool,

    /// Containers (names or ids).
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// States to wait for (repeatable, comma-separated): exited or stopped (the default),
    /// running, created or configured, removing, healthy, unhealthy (the health check's
    /// status). paused, stopping and initialized are refused: den containers never show them.
    #[arg(long, value_name = "STATE", value_delimiter = ',')]
    pub condition: Vec<String>,

    /// How often to look at the container: a duration (250ms, 1s) or milliseconds.
    #[arg(short, long, value_name = "DURATION", default_value = "250ms")]
    pub interval: String,

    /// Wait for the newest container.
    #[arg(short, long)]
    pub latest: bool,

    /// Containers (names or ids).
    #[arg(value_name = "CONTAINER", required_unless_present = "latest")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Its new name.
    #[arg(value_name = "NAME")]
    pub name: String,
}

#[derive(Debug, Args)]
pub struct PortArgs {
    /// Show the published ports of every container (each line starts with its id).
    #[arg(short, long)]
    pub all: bool,

    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: Option<String>,

    /// Only the host address of this container port: PORT[/tcp|udp].
    #[arg(value_name = "PORT")]
    pub port: Option<String>,
}

#[derive(Debug, Args)]
pub struct TopArgs {
    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args)]
pub struct ContainerArgs {
    #[command(subcommand)]
    pub command: ContainerCommand,
}

/// `den container VERB`: every container verb of den's top level, as podman has them.
#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    /// Attach to a running container (as `den attach`).
    Attach(super::AttachArgs),
    /// Create a new image from a container's changes (as `den commit`).
    Commit(CommitArgs),
    /// Copy files between a container and the host (as `den cp`).
    Cp(CpArgs),
    /// Create a container without starting it (as `den create`).
    Create(Box<super::RunArgs>),
    /// Show the files a container changed (as `den diff`).
    Diff(DiffArgs),
    /// Run a command in a running container (as `den exec`).
    Exec(super::ExecArgs),
    /// Exit 0 when the container exists, 1 when it does not.
    Exists(ContainerExistsArgs),
    /// Export a container's root filesystem as a tarball (as `den export`).
    Export(ExportArgs),
    /// Show a container's configuration and state as JSON.
    Inspect(ContainerInspectArgs),
    /// Send a signal to running containers (as `den kill`).
    Kill(KillArgs),
    /// List containers (as `den ps`).
    #[command(visible_aliases = ["ls", "ps"])]
    List(PsArgs),
    /// Show the output of containers (as `den logs`).
    Logs(LogsArgs),
    /// Pause running containers (as `den pause`).
    Pause(super::PauseArgs),
    /// Show a container's published ports (as `den port`).
    Port(PortArgs),
    /// Remove all containers that are not running.
    Prune(PruneArgs),
    /// Rename a container (as `den rename`).
    Rename(RenameArgs),
    /// Stop and start containers (as `den restart`).
    Restart(RestartArgs),
    /// Remove containers (as `den rm`).
    Rm(RmArgs),
    /// Run a command in a new container (as `den run`).
    Run(Box<super::RunArgs>),
    /// Start containers (as `den start`).
    Start(StartArgs),
    /// Show containers' resource use (as `den stats`).
    Stats(super::StatsArgs),
    /// Stop running containers (as `den stop`).
    Stop(StopArgs),
    /// Show the processes of a running container (as `den top`).
    Top(TopArgs),
    /// Resume paused containers (as `den unpause`).
    Unpause(super::PauseArgs),
    /// Wait for containers (as `den wait`).
    Wait(WaitArgs),
}

impl ContainerCommand {
    /// The top-level command this is the same as; `Err` for the verbs only `den container`
    /// has (inspect, prune, exists).
    pub fn into_top_level(self) -> Result<super::Command, Box<ContainerCommand>> {
        use super::Command as C;
        Ok(match self {
            Self::Attach(a) => C::Attach(a.into()),
            Self::Commit(a) => C::Commit(a.into()),
            Self::Cp(a) => C::Cp(a.into()),
            Self::Create(a) => C::Create(a.into()),
            Self::Diff(a) => C::Diff(a.into()),
            Self::Exec(a) => C::Exec(a.into()),
            Self::Export(a) => C::Export(a.into()),
            Self::Kill(a) => C::Kill(a.into()),
            Self::List(a) => C::Ps(a.into()),
            Self::Logs(a) => C::Logs(a.into()),
            Self::Pause(a) => C::Pause(a.into()),
            Self::Port(a) => C::Port(a.into()),
            Self::Rename(a) => C::Rename(a.into()),
            Self::Restart(a) => C::Restart(a.into()),
            Self::Rm(a) => C::Rm(a.into()),
            Self::Run(a) => C::Run(a.into()),
            Self::Start(a) => C::Start(a.into()),
            Self::Stats(a) => C::Stats(a.into()),
            Self::Stop(a) => C::Stop(a.into()),
            Self::Top(a) => C::Top(a.into()),
            Self::Unpause(a) => C::Unpause(a.into()),
            Self::Wait(a) => C::Wait(a.into()),
            other @ (Self::Exists(_) | Self::Inspect(_) | Self::Prune(_)) => {
                return Err(Box::new(other));
            }
        })
    }
}

#[derive(Debug, Args)]
pub struct ContainerExistsArgs {
    /// Container, by name, id or unique id prefix.
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Accepted for podman's command lines: den has no external containers (of other tools)
    /// in its store.
    #[arg(long)]
    pub external: bool,
}

#[derive(Debug, Args)]
pub struct ContainerInspectArgs {
    /// `json` (the default), or a Go template applied to each container, such as
    /// '{{.State.Pid}}' or '{{range .Mounts}}{{.Destination}} {{end}}'.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Add SizeRw (what the container wrote) and SizeRootFs (that and its image), in bytes.
    #[arg(short, long)]
    pub size: bool,

    /// Containers (names or ids).
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PruneArgs {
    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub force: bool,
}
