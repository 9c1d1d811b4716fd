//! `den volume`: named and anonymous volumes, as podman's.

use std::path::PathBuf;

use clap::{Args, Subcommand};

/// `den volume` subcommands.
#[derive(Debug, Args)]
pub struct VolumeArgs {
    #[command(subcommand)]
    pub command: VolumeCommand,
}

#[derive(Debug, Subcommand)]
pub enum VolumeCommand {
    /// Create a volume (a random 64-hex name when none is given).
    Create(VolumeCreateArgs),
    /// List volumes.
    #[command(visible_alias = "list")]
    Ls(VolumeLsArgs),
    /// Show the details of volumes as JSON, or fields of them through a template.
    Inspect(VolumeInspectArgs),
    /// Remove volumes (-f: and the containers that use them).
    #[command(visible_alias = "remove")]
    Rm(VolumeRmArgs),
    /// Remove every volume no container uses.
    Prune(VolumePruneArgs),
    /// Exit 0 when the volume exists, 1 when it does not.
    Exists(VolumeExistsArgs),
    /// Write a volume's content as a tarball to stdout or a file.
    Export(VolumeExportArgs),
    /// Unpack a tarball (a file, or - for stdin) into a volume.
    Import(VolumeImportArgs),
}

#[derive(Debug, Args)]
pub struct VolumeCreateArgs {
    /// Volume driver: only local.
    #[arg(long, value_name = "DRIVER", default_value = "local")]
    pub driver: String,

    /// Driver options: type=tmpfs, device=tmpfs, o=size=..,uid=..,gid=.. (o=uid=,gid= also
    /// for a plain volume: the owner of its directory).
    #[arg(short, long = "opt", value_name = "KEY=VALUE")]
    pub opt: Vec<String>,

    /// Set a label: KEY=VALUE or KEY.
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,

    /// Do nothing (and print the name) when the volume exists.
    #[arg(long)]
    pub ignore: bool,

    /// Name of the volume.
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct VolumeLsArgs {
    /// Print only the names.
    #[arg(short, long)]
    pub quiet: bool,

    /// Filter: name=, label=KEY[=VALUE], dangling=true|false, driver=, opt=KEY[=VALUE].
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Go template (.Name .Driver .Mountpoint .Labels .Scope .CreatedAt .Options), or json.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Do not print the header.
    #[arg(long = "noheading")]
    pub no_heading: bool,
}

#[derive(Debug, Args)]
pub struct VolumeInspectArgs {
    /// Inspect every volume.
    #[arg(short, long)]
    pub all: bool,

    /// Go template over each volume's JSON object, or json.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Volumes.
    #[arg(value_name = "VOLUME")]
    pub volumes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct VolumeRmArgs {
    /// Remove every volume.
    #[arg(short, long)]
    pub all: bool,

    /// Also remove the containers that use the volumes (running ones are stopped).
    #[arg(short, long)]
    pub force: bool,

    /// Seconds to wait before killing a running container (accepted; den kills at once).
    #[arg(short, long, value_name = "SECONDS")]
    pub time: Option<i64>,

    /// Volumes.
    #[arg(value_name = "VOLUME")]
    pub volumes: Vec<String>,
}

#[derive(Debug, Args)]
pub struct VolumePruneArgs {
    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub force: bool,

    /// Only volumes that match: label=KEY[=VALUE], label!=KEY[=VALUE], name=, driver=.
    #[arg(long, value_name = "FILTER")]
    pub filter: Vec<String>,
}

#[derive(Debug, Args)]
pub struct VolumeExistsArgs {
    /// Volume.
    #[arg(value_name = "VOLUME")]
    pub volume: String,
}

#[derive(Debug, Args)]
pub struct VolumeExportArgs {
    /// Write the tarball to this file instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Volume.
    #[arg(value_name = "VOLUME")]
    pub volume: String,
}

#[derive(Debug, Args)]
pub struct VolumeImportArgs {
    /// Volume (it must exist).
    #[arg(value_name = "VOLUME")]
    pub volume: String,

    /// Tarball to unpack, or - for stdin.
    #[arg(value_name = "SOURCE")]
    pub source: String,
}
