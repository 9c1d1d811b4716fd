//! `den build` (also `den image build`, `den buildx build`): podman build's flags.

use std::path::PathBuf;

use clap::{ArgAction, Args, Subcommand, ValueEnum};

use super::PullPolicy;

/// `den build --pull VALUE`, as podman build reads it: the four policies and docker's boolean
/// (`true`: always, `false`: missing), in any case. podman takes any other word as `missing`;
/// den refuses it, so a typo does not silently change what is pulled.
fn parse_build_pull(value: &str) -> Result<PullPolicy, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "missing" | "false" => Ok(PullPolicy::Missing),
        "always" | "true" => Ok(PullPolicy::Always),
        "never" => Ok(PullPolicy::Never),
        "newer" => Ok(PullPolicy::Newer),
        _ => Err("use missing, always, never, newer, true or false".to_string()),
    }
}

/// Image formats `den build` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BuildFormat {
    /// OCI image config and manifest (podman's default).
    Oci,
    /// A Docker v2 schema 2 manifest and docker config media types.
    Docker,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Name the built image (repeatable; a name without a domain goes under localhost/).
    #[arg(short = 't', long = "tag", value_name = "NAME")]
    pub tags: Vec<String>,

    /// The Containerfile ("-": standard input). Default: Containerfile, else Dockerfile, in
    /// the context directory.
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: Option<String>,

    /// A build argument, ARG's value: NAME=VALUE, or NAME to take it from den's environment.
    #[arg(long = "build-arg", value_name = "NAME[=VALUE]")]
    pub build_args: Vec<String>,

    /// A file of NAME=VALUE build arguments, one a line (# comments).
    #[arg(long = "build-arg-file", value_name = "FILE")]
    pub build_arg_files: Vec<PathBuf>,

    /// Build up to this stage (its name or index) and name its image.
    #[arg(long, value_name = "STAGE")]
    pub target: Option<String>,

    /// Run every step again: no cache lookups (the new steps are cached).
    #[arg(long)]
    pub no_cache: bool,

    /// A remote repository of cached steps to read (accepted for podman's command lines; den's
    /// cache is the local store's, so it warns and builds without it).
    #[arg(long, value_name = "REPOSITORY")]
    pub cache_from: Option<String>,

    /// A remote repository to push cached steps to (accepted; den warns and does not push).
    #[arg(long, value_name = "REPOSITORY")]
    pub cache_to: Option<String>,

    /// Cache the image of each step and reuse it when the step did not change [default: true].
    // As podman's boolean flags: a value only with `=` (`--layers CONTEXT` is the context).
    #[arg(long, value_name = "BOOL", action = ArgAction::Set, num_args = 0..=1,
          require_equals = true, default_missing_value = "true")]
    pub layers: Option<bool>,

    /// When to pull FROM images: missing, always, never, newer; true is always, false
    /// missing (`--pull` alone: always; a value only with `=`).
    #[arg(long, value_name = "POLICY", value_parser = parse_build_pull,
          default_value = "missing", num_args = 0..=1, require_equals = true,
          default_missing_value = "always")]
    pub pull: PullPolicy,

    /// Write the image's id (sha256:...) to this file.
    #[arg(long, value_name = "FILE")]
    pub iidfile: Option<PathBuf>,

    /// A label for the image: KEY=VALUE (repeatable).
    #[arg(long, value_name = "KEY=VALUE")]
    pub label: Vec<String>,

    /// The image format: oci or docker (a Docker v2 schema 2 manifest).
    #[arg(long, value_enum, default_value_t = BuildFormat::Oci)]
    pub format: BuildFormat,

    /// An annotation of the image's manifest: KEY=VALUE (repeatable; OCI format only).
    #[arg(long, value_name = "KEY=VALUE")]
    pub annotation: Vec<String>,

    /// The platform to build for: this machine's only (linux/ARCH).
    #[arg(long, value_name = "OS/ARCH")]
    pub platform: Option<String>,

    /// Print only the image id (and the output of RUN steps).
    #[arg(short, long)]
    pub quiet: bool,

    /// Remove each RUN step's container after the step.
    #[arg(long, value_name = "BOOL", default_value_t = true, action = ArgAction::Set,
          num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub rm: bool,

    /// Remove a RUN step's container even when the step failed.
    #[arg(long, value_name = "BOOL", default_value_t = true, action = ArgAction::Set,
          num_args = 0..=1, require_equals = true, default_missing_value = "true")]
    pub force_rm: bool,

    /// Set an environment variable in every stage: NAME=VALUE, or NAME (from den's).
    #[arg(long, value_name = "NAME[=VALUE]")]
    pub env: Vec<String>,

    /// Remove an environment variable the base image sets.
    #[arg(long, value_name = "NAME")]
    pub unsetenv: Vec<String>,

    /// A secret for RUN --mount=type=secret: id=ID,src=FILE (at /run/secrets/ID).
    #[arg(long, value_name = "id=ID,src=FILE")]
    pub secret: Vec<String>,

    /// The network of RUN steps: host (the default, unless run.network in config.toml says
    /// otherwise), none, private, pasta[:OPTS] or slirp4netns[:OPTS] (as den run).
    #[arg(long, visible_alias = "net", value_name = "MODE")]
    pub network: Option<String>,

    /// A resource limit for RUN steps: NAME=SOFT[:HARD] (as den run's --ulimit).
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,

    /// Mount a host path or volume in every RUN step: SRC:DEST[:OPTS].
    #[arg(short, long = "volume", value_name = "SRC:DEST[:OPTS]")]
    pub volume: Vec<String>,

    /// Set every created time (images, history) to these seconds since the epoch, for
    /// reproducible ids. Default: $SOURCE_DATE_EPOCH when set.
    #[arg(long, value_name = "SECONDS")]
    pub timestamp: Option<i64>,

    /// Squash the whole image, base layers included, into one layer with one history entry.
    #[arg(long)]
    pub squash_all: bool,

    /// Squash the layers the final stage's steps add into one; the base image's layers stay.
    /// No step is cached.
    #[arg(long)]
    pub squash: bool,

    /// The ignore file (default: .containerignore, else .dockerignore, in the context).
    #[arg(long, value_name = "FILE")]
    pub ignorefile: Option<PathBuf>,

    /// The build context: a directory (default: the current one).
    #[arg(value_name = "CONTEXT")]
    pub context: Option<String>,
}

#[derive(Debug, Args)]
pub struct BuildxArgs {
    #[command(subcommand)]
    pub command: BuildxCommand,
}

#[derive(Debug, Subcommand)]
pub enum BuildxCommand {
    /// Build an image from a Containerfile (as `den build`).
    Build(Box<BuildArgs>),
}
