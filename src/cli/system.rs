//! System commands: info, doctor, unshare, system df/prune/check.

use clap::{Args, Subcommand};

/// `den system` subcommands.
#[derive(Debug, Args)]
pub struct SystemArgs {
    #[command(subcommand)]
    pub command: SystemCommand,
}

#[derive(Debug, Subcommand)]
pub enum SystemCommand {
    /// Show how much disk space images, containers and volumes use, and how much is
    /// reclaimable.
    Df(SystemDfArgs),
    /// Remove stopped containers and dangling images (-a: every unused image; --volumes:
    /// volumes no container uses).
    Prune(SystemPruneArgs),
    /// Remove every container (stopping running ones), pod, image, network, volume and
    /// secret, and den's state: the store and runtime directories are left empty.
    Reset(SystemResetArgs),
    /// Check the store for consistency: a broken image index, missing layers or blobs
    /// (-r: rebuild the index, unpack missing layers again, remove damaged images).
    Check(SystemCheckArgs),
    /// Show the events of containers and images (the same as `den events`).
    Events(super::EventsArgs),
}

#[derive(Debug, Args)]
pub struct SystemCheckArgs {
    /// Repair what is found: rebuild a broken image index from the blobs on disk (names that
    /// no container records are lost), unpack missing layers again from their blobs, and
    /// remove images that cannot be repaired, unless containers use them.
    #[arg(short, long)]
    pub repair: bool,

    /// With --repair, also remove damaged images that containers use, and those containers.
    #[arg(short, long, requires = "repair")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct SystemResetArgs {
    /// Do not ask for confirmation (needed without a terminal).
    #[arg(short, long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct SystemPruneArgs {
    /// Remove every image no container uses, not only the nameless ones.
    #[arg(short, long)]
    pub all: bool,

    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub force: bool,

    /// Also remove the volumes no container uses.
    #[arg(long)]
    pub volumes: bool,
}

#[derive(Debug, Args)]
pub struct SystemDfArgs {
    /// Show every image, container and volume.
    #[arg(short, long)]
    pub verbose: bool,

    /// Output format: `json`, `table TEMPLATE`, or a Go template applied to each row, such
    /// as '{{.Type}} {{.Size}}'.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
}

#[derive(Debug, Args)]
pub struct InfoArgs {
    /// Output format: `json`, or a Go template on podman's keys, such as
    /// '{{.Host.Arch}} {{.Store.GraphRoot}} {{.Version.Version}}'.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
}

#[derive(Debug, Args)]
pub struct VersionArgs {
    /// Output format: `json`, or a Go template such as '{{.Client.Version}}'.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,
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
