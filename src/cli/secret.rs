//! `den secret` (podman's file driver) and `den stats`, `pause`, `unpause`.

use clap::{Args, Subcommand};

/// `den secret` subcommands.
#[derive(Debug, Args)]
pub struct SecretArgs {
    #[command(subcommand)]
    pub command: SecretCommand,
}

#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Create a secret from a file, or - for stdin (or, with --env, an environment variable).
    Create(SecretCreateArgs),
    /// List secrets.
    #[command(visible_alias = "list")]
    Ls(SecretLsArgs),
    /// Show the details of secrets as JSON (never their data), or fields through a template.
    Inspect(SecretInspectArgs),
    /// Remove secrets (containers that use one keep what they read when they started).
    #[command(visible_alias = "remove")]
    Rm(SecretRmArgs),
    /// Exit 0 when the secret exists, 1 when it does not.
    Exists(SecretExistsArgs),
}

#[derive(Debug, Args)]
pub struct SecretCreateArgs {
    /// Secret driver: only file (the data is kept, mode 0600, in den's store).
    #[arg(short, long, value_name = "DRIVER", default_value = "file")]
    pub driver: String,

    /// Driver options (the file driver takes none).
    #[arg(long = "driver-opts", value_name = "KEY=VALUE")]
    pub driver_opts: Vec<String>,

    /// Read the secret from the environment variable named by the second argument.
    #[arg(long)]
    pub env: bool,

    /// Set a label: KEY=VALUE or KEY.
    #[arg(short, long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,

    /// Name of the secret.
    #[arg(value_name = "NAME")]
    pub name: String,

    /// File with the secret's data, - for stdin, or with --env a variable's name.
    #[arg(value_name = "FILE")]
    pub file: String,
}

#[derive(Debug, Args)]
pub struct SecretLsArgs {
    /// Go template (.ID .Name .Driver .CreatedAt .UpdatedAt, or .Spec.Name ...), or json.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Filter: name=NAME (substring), id=ID (prefix).
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Do not print the header.
    #[arg(long = "noheading", short = 'n')]
    pub no_heading: bool,

    /// Print only the ids.
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Args)]
pub struct SecretInspectArgs {
    /// Go template over each secret's JSON object, or json.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Print a readable summary instead of JSON.
    #[arg(long)]
    pub pretty: bool,

    /// Secrets, by name, id or unique id prefix.
    #[arg(value_name = "SECRET", required = true)]
    pub secrets: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SecretRmArgs {
    /// Remove every secret.
    #[arg(short, long)]
    pub all: bool,

    /// Secrets, by name, id or unique id prefix.
    #[arg(value_name = "SECRET")]
    pub secrets: Vec<String>,
}

#[derive(Debug, Args)]
pub struct SecretExistsArgs {
    /// Secret.
    #[arg(value_name = "SECRET")]
    pub secret: String,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// Show every running container (the default when none is named).
    #[arg(short, long)]
    pub all: bool,

    /// Print one sample and exit.
    #[arg(long)]
    pub no_stream: bool,

    /// Do not clear the terminal between samples.
    #[arg(long)]
    pub no_reset: bool,

    /// Go template (.ID .Name .CPUPerc .MemUsage .MemPerc .NetIO .BlockIO .PIDs .CPU
    /// .AVGCPU), table TEMPLATE, or json.
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Seconds between samples.
    #[arg(short, long, value_name = "SECONDS", default_value_t = 5)]
    pub interval: u64,

    /// The newest container.
    #[arg(short, long)]
    pub latest: bool,

    /// Containers (name or id).
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}

#[derive(Debug, Args)]
pub struct PauseArgs {
    /// Every running (for unpause: paused) container.
    #[arg(short, long)]
    pub all: bool,

    /// Containers (name or id).
    #[arg(value_name = "CONTAINER")]
    pub containers: Vec<String>,
}
