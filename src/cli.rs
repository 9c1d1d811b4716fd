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
}

/// `den image` subcommands: the same commands as `den images`, `den rmi`, `den save`, ...
#[derive(Debug, Args)]
pub struct ImageArgs {
    #[command(subcommand)]
    pub command: ImageCommand,
}

#[derive(Debug, Subcommand)]
pub enum ImageCommand {
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
    /// Check the store for consistency: a broken image index, missing layers or blobs
    /// (-r: rebuild the index, unpack missing layers again, remove damaged images).
    Check(SystemCheckArgs),
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
}

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// What kind of object to inspect.
    #[arg(short = 't', long = "type", value_enum, default_value_t = InspectType::All)]
    pub kind: InspectType,

    /// `json` (the default), or a Go template such as '{{.Id}}' or '{{json .Config.Env}}'.
    #[arg(short, long, value_name = "FORMAT")]
    pub format: Option<String>,

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

    /// `json`, or a Go template such as '{{.ID}} {{.CreatedBy}}'.
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
pub struct SystemDfArgs {
    /// Show every image, container and volume.
    #[arg(short, long)]
    pub verbose: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
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

    /// Run the container in the background and print its id (`den run` only).
    #[arg(short, long)]
    pub detach: bool,

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

    /// Network mode: host (share the host's network; the default, unless run.network in
    /// config.toml says otherwise) or none (loopback only).
    #[arg(long, visible_alias = "net", value_name = "MODE")]
    pub network: Option<String>,

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

    /// When to pull the image: missing (when the store lacks it), always, never, or newer
    /// (as always: layers the store has are not fetched again).
    #[arg(long, value_enum, value_name = "POLICY", default_value_t = PullPolicy::Missing)]
    pub pull: PullPolicy,

    /// Image to run (or, with --rootfs, a directory).
    #[arg(value_name = "IMAGE")]
    pub image: String,

    /// Command and arguments (default: the image's entrypoint and command).
    #[arg(value_name = "COMMAND", allow_hyphen_values = true)]
    pub command: Vec<String>,
}

impl RunArgs {
    /// The request these flags make, over the `[run]` settings of config.toml: a flag not
    /// given is `None` (or empty), so a lower layer decides.
    #[must_use]
    pub fn to_request(&self, config: &crate::config::RunConfig) -> crate::plan::RunRequest {
        crate::plan::RunRequest {
            image: self.image.clone(),
            rootfs: self.rootfs,
            name: self.name.clone(),
            tty: self.tty,
            interactive: self.interactive,
            remove: self.rm,
            flags: crate::plan::RunSettings {
                entrypoint: self.entrypoint.clone(),
                command: self.command.clone(),
                env: self.env.clone(),
                env_files: self.env_file.clone(),
                workdir: self.workdir.clone(),
                user: self.user.clone(),
                hostname: self.hostname.clone(),
                network: self.network.clone(),
                volumes: self.volume.clone(),
                tmpfs: self.tmpfs.clone(),
                read_only: self.read_only.then_some(true),
                capabilities: None,
                cap_add: self.cap_add.clone(),
                cap_drop: self.cap_drop.clone(),
                security_opt: self.security_opt.clone(),
            },
            project: crate::plan::RunSettings::default(),
            config: config.settings(),
        }
    }
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

#[derive(Debug, Args)]
pub struct AttachArgs {
    /// The key sequence that detaches and leaves the container running: comma-separated
    /// ctrl-<letter> or single characters; empty disables detaching.
    #[arg(long, value_name = "KEYS", default_value = "ctrl-p,ctrl-q")]
    pub detach_keys: String,

    /// Do not connect your standard input to the container.
    #[arg(long)]
    pub no_stdin: bool,

    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: String,
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
#[command(trailing_var_arg = true)]
pub struct ExecArgs {
    /// Keep standard input open.
    #[arg(short, long)]
    pub interactive: bool,

    /// Allocate a pseudo-terminal.
    #[arg(short, long)]
    pub tty: bool,

    /// Run in the background.
    #[arg(short, long)]
    pub detach: bool,

    /// User and group to run as: name or id, user[:group].
    #[arg(short, long, value_name = "USER[:GROUP]")]
    pub user: Option<String>,

    /// Working directory inside the container.
    #[arg(short, long, value_name = "DIR")]
    pub workdir: Option<String>,

    /// Set an environment variable (NAME=VALUE, or NAME to copy it from den's environment).
    #[arg(short, long = "env", value_name = "NAME[=VALUE]")]
    pub env: Vec<String>,

    /// Container (name or id).
    #[arg(value_name = "CONTAINER")]
    pub container: String,

    /// Command and arguments.
    #[arg(value_name = "COMMAND", required = true, allow_hyphen_values = true)]
    pub command: Vec<String>,
}

impl ExecArgs {
    /// The process these flags ask for; what is not given comes from the container.
    #[must_use]
    pub fn to_request(&self) -> crate::plan::ExecRequest {
        crate::plan::ExecRequest {
            command: self.command.clone(),
            env: self.env.clone(),
            workdir: self.workdir.clone(),
            user: self.user.clone(),
            tty: self.tty,
            interactive: self.interactive,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn tls_verify_takes_a_value_only_after_an_equals_sign() {
        let cli = Cli::try_parse_from(["den", "pull", "--tls-verify", "busybox"]).unwrap();
        let Command::Pull(pull) = cli.command else {
            panic!("not pull")
        };
        assert_eq!(pull.registry.tls_verify, Some(true));
        assert_eq!(pull.image, "busybox");
        let cli = Cli::try_parse_from(["den", "pull", "--tls-verify=false", "x"]).unwrap();
        let Command::Pull(pull) = cli.command else {
            panic!("not pull")
        };
        assert_eq!(pull.registry.tls_verify, Some(false));
    }

    fn run_request(argv: &[&str], config: &crate::config::RunConfig) -> crate::plan::RunRequest {
        let cli = Cli::try_parse_from(["den", "run"].iter().chain(argv).copied()).unwrap();
        let Command::Run(run) = cli.command else {
            panic!("not run")
        };
        run.to_request(config)
    }

    // `--network host` could not override run.network = "none": the flag defaulted to
    // "host", so a given "host" looked like no flag at all.
    #[test]
    fn run_flags_not_given_are_none_so_config_toml_decides() {
        let config = crate::config::RunConfig {
            network: Some("none".into()),
            ..crate::config::RunConfig::default()
        };
        let request = run_request(&["img"], &config);
        assert_eq!(request.flags, crate::plan::RunSettings::default());
        assert_eq!(request.resolve().network.as_deref(), Some("none"));
        let request = run_request(&["--network", "host", "--read-only", "img", "sh"], &config);
        assert_eq!(request.resolve().network.as_deref(), Some("host"));
        assert_eq!(request.flags.read_only, Some(true));
        assert_eq!(request.flags.command, ["sh"]);
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
