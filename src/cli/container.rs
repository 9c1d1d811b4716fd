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
    /// USER, LABEL (e.g. `--change 'CMD ["sh"]'`).
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

#[derive(Debug, Args)]
pub struct StartArgs {
    /// Run the container in the foreground: its output (and, with -t at create, its terminal)
    /// on yours, exit with its status (one container only).
    #[arg(short, long)]
    pub attach: bool,

    /// Keep standard input open and connect it to the container (implies --attach).
    #[arg(short, long)]
    pub interactive: bool,

    /// Containers (names or ids; a unique id prefix is enough).
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct StopArgs {
    /// Seconds to wait for the container to exit after SIGTERM before sending SIGKILL.
    #[arg(
        short = 't',
        long = "time",
        value_name = "SECONDS",
        default_value_t = 10
    )]
    pub time: u64,

    /// Stop all running containers.
    #[arg(short, long)]
    pub all: bool,

    /// Containers (names or ids).
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct KillArgs {
    /// Signal to send: name (KILL, SIGTERM) or number.
    #[arg(short, long, value_name = "SIGNAL", default_value = "KILL")]
    pub signal: String,

    /// Containers (names or ids).
    #[arg(value_name = "CONTAINER", required = true)]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Stop and remove running containers too.
    #[arg(short, long)]
    pub force: bool,

    /// Remove all containers.
    #[arg(short, long)]
    pub all: bool,

    /// Containers (names or ids).
    #[arg(value_name = "CONTAINER", required_unless_present = "all")]
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

    /// Filter: name=TEXT, id=PREFIX, status=created|running|exited (repeatable; values of one
    /// key are alternatives).
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct LogsArgs {
    /// Keep printing new output until the container exits.
    #[arg(short, long)]
    pub follow: bool,

    /// Print only the last N lines.
    #[arg(long, value_name = "N")]
    pub tail: Option<usize>,

    /// Print only output since a time: RFC 3339 or a duration (10s, 5m, 2h).
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,

    /// Print each line's time.
    #[arg(short, long)]
    pub timestamps: bool,

    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: String,
}

#[derive(Debug, Args)]
pub struct WaitArgs {
    /// Containers (names or ids).
    #[arg(value_name = "CONTAINER", required = true)]
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

#[derive(Debug, Subcommand)]
pub enum ContainerCommand {
    /// Show a container's configuration and state as JSON.
    Inspect(ContainerInspectArgs),
    /// Remove all containers that are not running.
    Prune(PruneArgs),
}

#[derive(Debug, Args)]
pub struct ContainerInspectArgs {
    /// Print only this field (a Go-template-like path such as {{.State.Pid}}).
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,

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
