//! Image commands: images, pull, push, load, save, import, tag, inspect, history, rmi, login.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

/// `den image` subcommands: the same commands as `den images`, `den rmi`, `den save`, ...
#[derive(Debug, Args)]
pub struct ImageArgs {
    #[command(subcommand)]
    pub command: ImageCommand,
}

#[derive(Debug, Subcommand)]
pub enum ImageCommand {
    /// Build an image from a Containerfile (as `den build`).
    Build(Box<super::BuildArgs>),
    /// List images in local storage (as `den images`).
    #[command(visible_alias = "list")]
    Ls(ImagesArgs),
    /// Remove one or more images from local storage (as `den rmi`).
    #[command(visible_alias = "remove")]
    Rm(RmiArgs),
    /// Show the details of images (as `den inspect --type image`).
    Inspect(InspectArgs),
    /// Add names to an image (as `den tag`).
    Tag(TagArgs),
    /// Remove names from an image (as `den untag`).
    Untag(UntagArgs),
    /// Save images to an archive or an OCI layout directory (as `den save`).
    Save(SaveArgs),
    /// Load images from an archive or an OCI layout directory (as `den load`).
    Load(LoadArgs),
    /// Create an image from a tarball of a root filesystem (as `den import`).
    Import(ImportArgs),
    /// Remove images no name and no container refers to (with -a: every unused image).
    Prune(ImagePruneArgs),
    /// Show the history of an image (as `den history`).
    History(HistoryArgs),
    /// Exit 0 when the image is in local storage, 1 when it is not.
    Exists(ImageExistsArgs),
}

#[derive(Debug, Args)]
pub struct ImageExistsArgs {
    /// The image, by name or id.
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

/// Archive formats of `den save` (podman's names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SaveFormat {
    /// The format of `docker save` and `podman save`: uncompressed layers, manifest.json.
    DockerArchive,
    /// An OCI image layout in a tarball; layers as the store keeps them (usually compressed).
    OciArchive,
    /// An OCI image layout directory (-o names the directory).
    OciDir,
}

#[derive(Debug, Args)]
pub struct SaveArgs {
    /// Write to this file (a directory for oci-dir) instead of standard output.
    #[arg(short, long, value_name = "PATH")]
    pub output: Option<PathBuf>,

    /// Archive format.
    #[arg(long, value_enum, default_value_t = SaveFormat::DockerArchive)]
    pub format: SaveFormat,

    /// Accepted for podman compatibility: den always saves every IMAGE given (as docker
    /// does), into one archive.
    #[arg(short, long)]
    pub multi_image_archive: bool,

    /// Print nothing but errors (den prints no progress anyway).
    #[arg(short, long)]
    pub quiet: bool,

    /// Accepted for podman compatibility: den never recompresses, OCI formats get the layers
    /// exactly as the store keeps them (uncompressed when they came so).
    #[arg(long)]
    pub uncompressed: bool,

    /// Images to save, by name or id.
    #[arg(value_name = "IMAGE", required = true)]
    pub images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct TagArgs {
    /// The image to name, by name or id.
    #[arg(value_name = "IMAGE")]
    pub image: String,

    /// New names (a name without a domain goes under localhost/, as podman).
    #[arg(value_name = "TARGET", required = true)]
    pub targets: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UntagArgs {
    /// The image, by name or id.
    #[arg(value_name = "IMAGE")]
    pub image: String,

    /// Names to remove; none removes every name of the image.
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
}

/// What `den inspect` looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InspectType {
    /// Images only.
    Image,
    /// Containers only.
    Container,
    /// Containers with those names, else images.
    All,
    /// Volumes (refused until den has volumes).
    Volume,
    /// Networks (refused: den has no networks).
    Network,
    /// Pods (as `den pod inspect`, always an array).
    Pod,
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// What kind of object to inspect.
    #[arg(short = 't', long = "type", value_enum, default_value_t = InspectType::All)]
    pub kind: InspectType,

    /// `json` (the default), or a Go template applied to each object, such as '{{.Id}}',
    /// '{{json .Config.Env}}' or '{{range .RepoTags}}{{.}} {{end}}'.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// For containers: add SizeRw (what the container wrote) and SizeRootFs (that and its
    /// image), in bytes.
    #[arg(short, long)]
    pub size: bool,

    /// Containers or images to inspect, by name or id.
    #[arg(value_name = "NAME", required = true)]
    pub images: Vec<String>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Show times and sizes for people ("2 weeks ago", "2.13 MB"); `--human=false` prints
    /// timestamps and bytes.
    #[arg(
        short = 'H',
        long,
        value_name = "BOOL",
        default_value_t = true,
        num_args = 0..=1,
        default_missing_value = "true",
        action = clap::ArgAction::Set
    )]
    pub human: bool,

    /// Do not truncate ids and commands.
    #[arg(long)]
    pub no_trunc: bool,

    /// Only show the ids.
    #[arg(short, long)]
    pub quiet: bool,

    /// Output format: `json`, `table`, `table TEMPLATE` (a header row, `\t` between columns)
    /// or a Go template applied to each step, such as '{{.ID}} {{.CreatedBy}}'.
    ///
    /// Templates are Go's text/template: fields ({{.Field}}, {{.A.B}}), range, if/else, with,
    /// variables, pipelines and the functions len, index, slice, printf, json, join, split,
    /// lower, upper, title, truncate, eq, ne, lt, and, or, not and more. Unlike podman, a
    /// bare `table` prints the default table (podman prints the word "table" per row).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// The image, by name or id.
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

#[derive(Debug, Args)]
pub struct ImagePruneArgs {
    /// Remove every image no container uses, not only the nameless ones.
    #[arg(short, long)]
    pub all: bool,

    /// Do not ask for confirmation.
    #[arg(short, long)]
    pub force: bool,
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

/// How to reach a registry: the flags pull, push and login share.
#[derive(Debug, Clone, Default, Args)]
pub struct RegistryArgs {
    /// Require HTTPS and verify the registry's certificate (default: true, unless the
    /// registry is marked insecure in registries.conf). `--tls-verify=false` also allows
    /// plain HTTP.
    #[arg(
        long,
        value_name = "BOOL",
        num_args = 0..=1,
        require_equals = true,
        default_missing_value = "true"
    )]
    pub tls_verify: Option<bool>,

    /// Directory of CA certificates (*.crt) to trust for the registry.
    #[arg(long, value_name = "DIR")]
    pub cert_dir: Option<PathBuf>,

    /// Credentials file to use instead of podman's and docker's usual ones.
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PullArgs {
    #[command(flatten)]
    pub registry: RegistryArgs,

    /// Credentials for the registry: USER:PASSWORD.
    #[arg(long, value_name = "USER:PASSWORD")]
    pub creds: Option<String>,

    /// Platform to choose from a multi-platform image: OS/ARCH[/VARIANT] (default: this
    /// machine's).
    #[arg(long, value_name = "OS/ARCH")]
    pub platform: Option<String>,

    /// Print only the image id.
    #[arg(short, long)]
    pub quiet: bool,

    /// Image to pull: NAME[:TAG] or NAME@DIGEST; short names are resolved through
    /// registries.conf, else docker.io.
    #[arg(value_name = "IMAGE")]
    pub image: String,
}

#[derive(Debug, Args)]
pub struct PushArgs {
    #[command(flatten)]
    pub registry: RegistryArgs,

    /// Credentials for the registry: USER:PASSWORD.
    #[arg(long, value_name = "USER:PASSWORD")]
    pub creds: Option<String>,

    /// Print nothing but errors.
    #[arg(short, long)]
    pub quiet: bool,

    /// Write the digest of the pushed manifest to this file.
    #[arg(long, value_name = "FILE")]
    pub digestfile: Option<PathBuf>,

    /// Local image to push, by name or id.
    #[arg(value_name = "IMAGE")]
    pub image: String,

    /// Where to push it: [docker://]REGISTRY/NAME[:TAG] (default: the image's name).
    #[arg(value_name = "DESTINATION")]
    pub destination: Option<String>,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    #[command(flatten)]
    pub registry: RegistryArgs,

    /// User name.
    #[arg(short, long, value_name = "USER")]
    pub username: Option<String>,

    /// Password (prefer --password-stdin: a password on the command line shows in ps).
    #[arg(short, long, value_name = "PASSWORD")]
    pub password: Option<String>,

    /// Read the password from standard input.
    #[arg(long)]
    pub password_stdin: bool,

    /// Check whether credentials for the registry are stored, without logging in.
    #[arg(long)]
    pub get_login: bool,

    /// Registry to log in to: HOST[:PORT] (or HOST/NAMESPACE for credentials of one
    /// namespace).
    #[arg(value_name = "REGISTRY")]
    pub server: String,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Credentials file to edit.
    #[arg(long, value_name = "FILE", env = "REGISTRY_AUTH_FILE")]
    pub authfile: Option<PathBuf>,

    /// Remove the credentials of every registry.
    #[arg(short, long)]
    pub all: bool,

    /// Registry to log out of.
    #[arg(value_name = "REGISTRY", required_unless_present = "all")]
    pub server: Option<String>,
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
    /// USER, LABEL, VOLUME (e.g. `--change 'CMD ["sh"]'`).
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

    /// Output format: `json`, `table`, `table TEMPLATE` (a header row, `\t` between columns)
    /// or a Go template applied to each image, such as '{{.Repository}}:{{.Tag}} {{.ID}}'.
    ///
    /// Templates are Go's text/template: fields ({{.Field}}, {{.A.B}}), range, if/else, with,
    /// variables, pipelines and the functions len, index, slice, printf, json, join, split,
    /// lower, upper, title, truncate, eq, ne, lt, and, or, not and more. Unlike podman, a
    /// bare `table` prints the default table (podman prints the word "table" per row).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,

    /// Show all images, also the nameless intermediate images `den build` keeps for its
    /// cache (hidden by default, as podman hides them).
    #[arg(short, long)]
    pub all: bool,

    /// Show each image's digest.
    #[arg(long)]
    pub digests: bool,

    /// Sort by: created (the default, newest first), id, repository, size, tag.
    #[arg(long, value_name = "KEY", value_parser = ["created", "id", "repository", "size", "tag"])]
    pub sort: Option<String>,

    /// Do not print the header row.
    #[arg(short, long)]
    pub noheading: bool,

    /// Show only images that match: dangling=true|false, reference=PATTERN (a glob on the
    /// name, with or without tag), before=IMAGE, since=IMAGE, label=KEY[=VALUE], id=PREFIX.
    /// Repeatable: different keys must all match, values of one key any (label: all).
    #[arg(short, long, value_name = "FILTER")]
    pub filter: Vec<String>,

    /// Show only images whose name matches (a repository, or repository:tag).
    #[arg(value_name = "NAME")]
    pub name: Option<String>,
}

#[derive(Debug, Args)]
pub struct RmiArgs {
    /// Remove the containers that use the image first, and delete an image given by id even
    /// if it has several names (a name of several is only untagged, with or without -f).
    #[arg(short, long)]
    pub force: bool,

    /// Remove all images.
    #[arg(short, long)]
    pub all: bool,

    /// Do not fail on an image that is not in the store (-f does not either, as podman).
    #[arg(short, long)]
    pub ignore: bool,

    /// Images to remove, by name or id (a unique id prefix is enough).
    #[arg(value_name = "IMAGE", required_unless_present = "all")]
    pub images: Vec<String>,
}
