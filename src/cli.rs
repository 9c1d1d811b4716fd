//! Command-line definitions. The flags follow podman's spelling so that `alias docker=den`
//! works for the common commands; man pages and shell completions are generated from these
//! definitions (see `tests/generated.rs`).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
}

/// `--format` values for commands that print data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Human-readable table.
    Table,
    /// JSON, for scripts.
    Json,
}

#[derive(Debug, Clone, Args)]
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

    /// Mount a host path or a named volume: SRC:DEST[:OPTIONS] (options: ro, rw).
    #[arg(short, long = "volume", value_name = "SRC:DEST[:OPTS]")]
    pub volume: Vec<String>,

    /// Mount a tmpfs: DEST[:OPTIONS] (options as mount(8): size=64m,mode=1777,ro,...).
    #[arg(long, value_name = "DEST[:OPTS]")]
    pub tmpfs: Vec<String>,

    /// Mount the container's root filesystem read-only.
    #[arg(long)]
    pub read_only: bool,

    /// Hostname inside the container (default: the container's short id).
    #[arg(short = 'h', long, value_name = "NAME")]
    pub hostname: Option<String>,

    /// Network mode: host (share the host's network) or none (loopback only).
    #[arg(
        long,
        visible_alias = "net",
        value_name = "MODE",
        default_value = "host"
    )]
    pub network: String,

    /// Add a Linux capability (e.g. NET_RAW, or ALL).
    #[arg(long, value_name = "CAP")]
    pub cap_add: Vec<String>,

    /// Drop a Linux capability (e.g. CHOWN, or ALL).
    #[arg(long, value_name = "CAP")]
    pub cap_drop: Vec<String>,

    /// Security options: seccomp=unconfined, no-new-privileges.
    #[arg(long, value_name = "OPT")]
    pub security_opt: Vec<String>,

    /// Run den's init as PID 1 (always on: it reaps zombies and forwards signals).
    #[arg(long)]
    pub init: bool,

    /// IMAGE is a directory to use as the root filesystem instead of an image.
    #[arg(long)]
    pub rootfs: bool,

    /// Image to run (or, with --rootfs, a directory).
    #[arg(value_name = "IMAGE")]
    pub image: String,

    /// Command and arguments (default: the image's entrypoint and command).
    #[arg(value_name = "COMMAND", allow_hyphen_values = true)]
    pub command: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Read from a tarball (docker-archive or OCI archive) or an OCI layout directory
    /// instead of standard input.
    #[arg(short, long, value_name = "PATH")]
    pub input: Option<PathBuf>,

    /// Print only the image names.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Tarball of a root filesystem (plain, gzip, or zstd); `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Name of the new image, e.g. `mytools:1.0`.
    #[arg(value_name = "REFERENCE")]
    pub reference: Option<String>,

    /// Apply a Dockerfile instruction to the image config: CMD, ENTRYPOINT, ENV, WORKDIR,
    /// USER, LABEL (e.g. `--change 'CMD ["sh"]'`).
    #[arg(short, long, value_name = "INSTRUCTION")]
    pub change: Vec<String>,

    /// Commit message recorded in the image history.
    #[arg(short, long, value_name = "TEXT")]
    pub message: Option<String>,

    /// Print only the image id.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct ImagesArgs {
    /// Only show image ids.
    #[arg(short, long)]
    pub quiet: bool,

    /// Do not truncate image ids.
    #[arg(long)]
    pub no_trunc: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Show only images whose name matches (a repository, or repository:tag).
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct RmiArgs {
    /// Remove the image even if it has several names (all of them are removed).
    #[arg(short, long)]
    pub force: bool,

    /// Remove all images.
    #[arg(short, long)]
    pub all: bool,

    /// Images to remove, by name or id (a unique id prefix is enough).
    #[arg(value_name = "IMAGE", required_unless_present = "all")]
    pub images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct InfoArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {}

#[derive(Debug, Args)]
#[command(trailing_var_arg = true)]
pub struct UnshareArgs {
    /// Command to run (default: $SHELL).
    #[arg(value_name = "COMMAND", allow_hyphen_values = true)]
    pub command: Vec<String>,
}

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
    /// Archive mode: keep owners (uid and gid) of the copied files.
    #[arg(short, long)]
    pub archive: bool,

    /// Source: a host path, CONTAINER:PATH, or `-` (a tarball on standard input, extracted
    /// into the container directory DEST).
    #[arg(value_name = "SRC")]
    pub src: String,

    /// Destination: a host path, CONTAINER:PATH, or `-` (a tarball on standard output).
    #[arg(value_name = "DEST")]
    pub dest: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn run_stops_parsing_flags_at_the_command() {
        let cli = Cli::try_parse_from(["den", "run", "--rm", "img", "ls", "-l", "--rm"]).unwrap();
        let Command::Run(run) = cli.command else {
            panic!("not run")
        };
        assert!(run.rm);
        assert_eq!(run.image, "img");
        assert_eq!(run.command, ["ls", "-l", "--rm"]);
    }
}
