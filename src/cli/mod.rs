//! Command-line definitions. The flags follow podman's spelling so that `alias docker=den`
//! works for the common commands; man pages and shell completions are generated from these
//! definitions (see `tests/generated.rs`).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

mod container;
mod events;
mod image;
mod run;
mod system;

pub use container::*;
pub use events::*;
pub use image::*;
pub use run::*;
pub use system::*;

/// A rootless, daemonless container sandbox.
///
/// den runs OCI images as an unprivileged user: a user namespace from your /etc/subuid and
/// /etc/subgid ranges, the image layers mounted with overlayfs inside it, and the container
/// forked as a direct child of your shell. No daemon, no setuid binary of its own.
#[derive(Debug, Parser)]
#[command(name = "den", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
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

    /// How much den logs to stderr: error, warn, info, debug or trace.
    #[arg(long, global = true, value_name = "LEVEL", env = "DEN_LOG")]
    pub log_level: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a command in a new container.
    Run(Box<RunArgs>),
    /// Load images from a docker-archive or OCI archive tarball, or an OCI layout directory.
    Load(LoadArgs),
    /// Create an image from a tarball of a root filesystem.
    Import(ImportArgs),
    /// Pull an image from a registry.
    Pull(PullArgs),
    /// Push an image to a registry.
    Push(PushArgs),
    /// Log in to a registry (credentials are kept in auth.json, as podman does).
    Login(LoginArgs),
    /// Log out of a registry.
    Logout(LogoutArgs),
    /// List images in local storage.
    #[command(visible_alias = "image-ls")]
    Images(ImagesArgs),
    /// Remove one or more images from local storage.
    Rmi(RmiArgs),
    /// Show how den is set up on this machine: mapping, storage driver, paths, kernel features.
    Info(InfoArgs),
    /// Check each prerequisite of rootless containers and print the fix for every problem.
    Doctor(DoctorArgs),
    /// Run a command inside den's user namespace (files of the store get their container owners).
    Unshare(UnshareArgs),
    /// Show the files a container added (A), changed (C) and deleted (D) against its image.
    Diff(DiffArgs),
    /// Create a new image from a container's changes.
    Commit(CommitArgs),
    /// Export a container's root filesystem as a tarball.
    Export(ExportArgs),
    /// Copy files between a container and the host.
    Cp(CpArgs),
    /// Save images to a docker-archive or OCI archive, or into an OCI layout directory.
    Save(SaveArgs),
    /// Add names to an image.
    Tag(TagArgs),
    /// Remove names from an image (all of them when none are given).
    Untag(UntagArgs),
    /// Show the details of images as JSON, or fields of them through a template.
    Inspect(InspectArgs),
    /// Show the history of an image: the steps that made it, newest first.
    History(HistoryArgs),
    /// Manage images: ls, rm, inspect, tag, untag, save, load, import, prune, history, exists.
    Image(ImageArgs),
    /// Manage den's store: df.
    System(SystemArgs),
    /// Create a container without starting it (same flags as `run`).
    Create(Box<RunArgs>),
    /// Start one or more containers.
    Start(StartArgs),
    /// Stop one or more running containers: SIGTERM, then SIGKILL after a timeout.
    Stop(StopArgs),
    /// Send a signal to one or more running containers.
    Kill(KillArgs),
    /// Stop and start one or more containers.
    Restart(StopArgs),
    /// Remove one or more containers.
    Rm(RmArgs),
    /// List containers.
    #[command(visible_alias = "list", alias = "ls")]
    Ps(PsArgs),
    /// Show the output of a container.
    Logs(LogsArgs),
    /// Wait for containers to exit and print their exit codes.
    Wait(WaitArgs),
    /// Run a command in a running container.
    Exec(ExecArgs),
    /// Rename a container.
    Rename(RenameArgs),
    /// Show the processes of a running container.
    Top(TopArgs),
    /// Attach to a running container's terminal, or its input and output, until it exits.
    ///
    /// A container started detached with -t gets your terminal (raw mode, window size
    /// followed); with -i its stdin reads yours. Detach with the detach keys (ctrl-p,ctrl-q)
    /// and the container runs on; otherwise den exits with the container's status. Containers
    /// without -t or -i only have their output followed.
    Attach(AttachArgs),
    /// Manage containers.
    Container(ContainerArgs),
    /// Show the events of containers and images: what is recorded, then new ones as they
    /// happen (--stream=false: only what is recorded).
    ///
    /// den has no daemon: each command appends its events to the store's log
    /// (events/events.log, one JSON object per line, as podman's file backend), and `den
    /// events` reads and follows that file. The log is bounded (1 MiB; the older half is
    /// dropped). DEN_EVENTS_BACKEND=none records nothing.
    Events(EventsArgs),
}

/// `--pull` policies of `den run` and `den create` (podman's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PullPolicy {
    /// Pull when the store has no image of that name.
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
