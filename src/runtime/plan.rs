//! `RunPlan`: everything a container run needs, computed and validated from the flags, the
//! image config and den's settings before the first fork (as bubblewrap turns argv into
//! `SetupOp`s and ripgrep turns `LowArgs` into `HiArgs`). Pure: unit-tested without
//! privileges; `spawn` and `setup` only execute it.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use caps::Capability;
use serde::{Deserialize, Serialize};

use crate::cli::RunArgs;
use crate::error::hinted;
use crate::runtime::idmap::IdMapping;

/// podman's default capability set for containers.
pub const DEFAULT_CAPABILITIES: &[Capability] = &[
    Capability::CAP_CHOWN,
    Capability::CAP_DAC_OVERRIDE,
    Capability::CAP_FOWNER,
    Capability::CAP_FSETID,
    Capability::CAP_KILL,
    Capability::CAP_NET_BIND_SERVICE,
    Capability::CAP_SETFCAP,
    Capability::CAP_SETGID,
    Capability::CAP_SETPCAP,
    Capability::CAP_SETUID,
    Capability::CAP_SYS_CHROOT,
];

/// PATH when neither the image nor the user sets one (podman's default).
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// How the container's root filesystem is assembled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RootfsSource {
    /// Image layers under an overlay (kernel or fuse-overlayfs) or copied (vfs).
    Layers {
        /// Lower layers, topmost first (overlayfs `lowerdir` order).
        lower: Vec<PathBuf>,
        /// The container's writable layer and overlay's work dir.
        upper: PathBuf,
        work: PathBuf,
        driver: DriverKind,
    },
    /// A plain directory (`--rootfs DIR`), bind-mounted.
    Dir(PathBuf),
}

/// The filesystem driver, as `probe` chose it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DriverKind {
    Overlay,
    FuseOverlayfs(PathBuf),
    /// Layers copied into this directory once (`vfs`).
    Vfs(PathBuf),
}

/// One mount the user asked for, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum UserMount {
    Bind {
        source: PathBuf,
        target: PathBuf,
        read_only: bool,
    },
    Tmpfs {
        target: PathBuf,
        options: String,
        read_only: bool,
    },
}

/// Network mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Network {
    /// Share the host's network namespace.
    Host,
    /// A new network namespace with only loopback.
    None,
}

/// The process to execute in the container.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessPlan {
    pub argv: Vec<String>,
    pub env: Vec<String>,
    pub cwd: PathBuf,
    /// `user[:group]` as given (names are resolved inside the container's /etc/passwd).
    pub user: String,
    pub tty: bool,
    pub interactive: bool,
}

/// Everything `den run` will do, decided before anything is forked.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RunPlan {
    pub id: String,
    pub name: String,
    pub image_id: Option<String>,
    pub image_name: String,
    pub rootfs: RootfsSource,
    /// A directory (shared by all containers) on which the container mounts a private tmpfs,
    /// inside its own mount namespace, for its root mount point and generated /etc files:
    /// nothing per container is written to, or left in, den's runtime dir.
    pub scratch: PathBuf,
    /// Content of the container's /etc/hosts.
    pub etc_hosts: String,
    /// Content of the container's /etc/resolv.conf.
    pub etc_resolv: String,
    /// The container's store dir (container.json, upper, work).
    pub store_dir: PathBuf,
    pub read_only: bool,
    pub mounts: Vec<UserMount>,
    pub process: ProcessPlan,
    pub hostname: String,
    pub network: Network,
    pub mapping: IdMapping,
    /// Capabilities the process keeps (bounding, permitted, effective for root).
    pub capabilities: Vec<String>,
    pub seccomp: bool,
    pub remove: bool,
}

impl RunPlan {
    /// The capability set as typed values.
    pub fn capability_set(&self) -> Result<Vec<Capability>> {
        self.capabilities
            .iter()
            .map(|c| parse_capability(c))
            .collect()
    }
}

/// The parts of an image config that `den run` uses.
#[derive(Debug, Clone, Default)]
pub struct ImageDefaults {
    pub entrypoint: Vec<String>,
    pub cmd: Vec<String>,
    pub env: Vec<String>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
}

impl ImageDefaults {
    /// Reads the defaults from an OCI image config.
    pub fn from_config(config: &oci_spec::image::ImageConfiguration) -> ImageDefaults {
        let Some(c) = config.config() else {
            return ImageDefaults::default();
        };
        ImageDefaults {
            entrypoint: c.entrypoint().clone().unwrap_or_default(),
            cmd: c.cmd().clone().unwrap_or_default(),
            env: c.env().clone().unwrap_or_default(),
            working_dir: c.working_dir().clone().filter(|w| !w.is_empty()),
            user: c.user().clone().filter(|u| !u.is_empty()),
        }
    }
}

/// Inputs to `plan_process` that do not come from the flags.
pub struct ProcessInputs<'a> {
    pub image: &'a ImageDefaults,
    pub image_name: &'a str,
    /// `run.env` from config.toml.
    pub config_env: &'a [String],
    /// Lookup of den's own environment (for `-e NAME` without a value).
    pub host_env: &'a dyn Fn(&str) -> Option<String>,
    /// Contents of the `--env-file` files, in order.
    pub env_files: &'a [(PathBuf, String)],
    pub hostname: &'a str,
}

/// Decides argv, environment, working directory and user as podman does: `--entrypoint`
/// replaces the image's entrypoint (and drops its Cmd), a command on the command line replaces
/// the image's Cmd; environment from image, then config.toml, then env files, then `-e`.
pub fn plan_process(args: &RunArgs, inputs: &ProcessInputs<'_>) -> Result<ProcessPlan> {
    let image = inputs.image;
    let (entrypoint, default_cmd) = match &args.entrypoint {
        Some(ep) if ep.is_empty() => (Vec::new(), image.cmd.clone()),
        Some(ep) => (parse_entrypoint(ep), Vec::new()),
        None => (image.entrypoint.clone(), image.cmd.clone()),
    };
    let cmd = if args.command.is_empty() {
        default_cmd
    } else {
        args.command.clone()
    };
    let argv: Vec<String> = entrypoint.into_iter().chain(cmd).collect();
    if argv.is_empty() {
        return Err(hinted(
            format!(
                "no command given and image \"{}\" has no entrypoint or command",
                inputs.image_name
            ),
            format!("name one: den run {} COMMAND [ARG...]", inputs.image_name),
        ));
    }

    let mut env = EnvList::default();
    env.set(&format!("PATH={DEFAULT_PATH}"));
    for e in &image.env {
        env.set(e);
    }
    env.set(&format!("HOSTNAME={}", inputs.hostname));
    env.set("container=den");
    if args.tty {
        env.set("TERM=xterm");
    }
    for e in inputs.config_env {
        env.set(e);
    }
    for (path, text) in inputs.env_files {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            env.set_from_flag(line, inputs.host_env)
                .with_context(|| format!("in env file \"{}\", line {}", path.display(), n + 1))?;
        }
    }
    for e in &args.env {
        env.set_from_flag(e, inputs.host_env)?;
    }

    let cwd = args
        .workdir
        .clone()
        .or_else(|| image.working_dir.clone())
        .unwrap_or_else(|| "/".to_string());
    if !cwd.starts_with('/') {
        bail!("working directory \"{cwd}\" is not an absolute path");
    }
    let user = args
        .user
        .clone()
        .or_else(|| image.user.clone())
        .unwrap_or_else(|| "0".to_string());
    Ok(ProcessPlan {
        argv,
        env: env.into_vec(),
        cwd: PathBuf::from(cwd),
        user,
        tty: args.tty,
        interactive: args.interactive,
    })
}

/// `--entrypoint` is a JSON array or a single command word, as podman takes it.
fn parse_entrypoint(ep: &str) -> Vec<String> {
    if ep.trim_start().starts_with('[')
        && let Ok(list) = serde_json::from_str::<Vec<String>>(ep)
    {
        return list;
    }
    vec![ep.to_string()]
}

/// An ordered environment where a later NAME replaces an earlier one in place.
#[derive(Debug, Default)]
struct EnvList(Vec<String>);

impl EnvList {
    fn set(&mut self, entry: &str) {
        let name = entry.split('=').next().unwrap_or(entry);
        if let Some(slot) = self
            .0
            .iter_mut()
            .find(|e| e.split('=').next() == Some(name))
        {
            *slot = entry.to_string();
        } else {
            self.0.push(entry.to_string());
        }
    }

    /// `NAME=VALUE`, or `NAME` alone to copy den's own value (skipped when unset, as podman).
    fn set_from_flag(&mut self, flag: &str, host: &dyn Fn(&str) -> Option<String>) -> Result<()> {
        let name = flag.split('=').next().unwrap_or(flag);
        if name.is_empty() || name.contains(char::is_whitespace) {
            bail!("invalid environment variable \"{flag}\": expected NAME=VALUE");
        }
        if flag.contains('=') {
            self.set(flag);
        } else if let Some(value) = host(name) {
            self.set(&format!("{name}={value}"));
        }
        Ok(())
    }

    fn into_vec(self) -> Vec<String> {
        self.0
    }
}

/// `base` with `-e` flags applied on top (`den exec -e`): a later NAME replaces an earlier one.
pub fn merge_env(
    base: &[String],
    flags: &[String],
    host: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<String>> {
    let mut env = EnvList(base.to_vec());
    for f in flags {
        env.set_from_flag(f, host)?;
    }
    Ok(env.into_vec())
}

/// Parses `-v SRC:DEST[:OPTS]`. A SRC that is not a path (no `/`, not `.`-prefixed) is a
/// named volume, returned as `Err(name)` in the first field for the caller to resolve.
pub fn parse_volume(spec: &str) -> Result<(VolumeSource, PathBuf, bool)> {
    let parts: Vec<&str> = spec.split(':').collect();
    let (src, dest, opts) = match parts.as_slice() {
        [src, dest] => (*src, *dest, ""),
        [src, dest, opts] => (*src, *dest, *opts),
        _ => bail!("invalid volume \"{spec}\": expected SOURCE:DEST[:OPTIONS]"),
    };
    if src.is_empty() || dest.is_empty() {
        bail!("invalid volume \"{spec}\": expected SOURCE:DEST[:OPTIONS]");
    }
    if !dest.starts_with('/') {
        bail!("invalid volume \"{spec}\": destination \"{dest}\" is not an absolute path");
    }
    let mut read_only = false;
    for opt in opts.split(',').filter(|o| !o.is_empty()) {
        match opt {
            "ro" => read_only = true,
            "rw" => read_only = false,
            // SELinux relabelling and propagation options are accepted and have no effect
            // here: den makes every mount private and does not relabel.
            "z" | "Z" | "rprivate" | "private" | "rbind" | "bind" => {}
            other => bail!("invalid volume \"{spec}\": unknown option \"{other}\""),
        }
    }
    let source = if src.starts_with('/') || src.starts_with('.') || src.starts_with('~') {
        VolumeSource::Path(PathBuf::from(src))
    } else {
        validate_volume_name(src)?;
        VolumeSource::Named(src.to_string())
    };
    Ok((source, PathBuf::from(dest), read_only))
}

/// Where a `-v` mount comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VolumeSource {
    Path(PathBuf),
    Named(String),
}

fn validate_volume_name(name: &str) -> Result<()> {
    let ok = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if !ok {
        bail!(
            "invalid volume name \"{name}\": use letters, digits, '_', '.', '-' (or an absolute path for a bind mount)"
        );
    }
    Ok(())
}

/// Parses `--tmpfs DEST[:OPTS]`.
pub fn parse_tmpfs(spec: &str) -> Result<UserMount> {
    let (dest, opts) = spec.split_once(':').unwrap_or((spec, ""));
    if !dest.starts_with('/') {
        bail!("invalid tmpfs \"{spec}\": destination \"{dest}\" is not an absolute path");
    }
    let mut read_only = false;
    let mut kept = vec![];
    for opt in opts.split(',').filter(|o| !o.is_empty()) {
        match opt {
            "ro" => read_only = true,
            "rw" => read_only = false,
            o if o.starts_with("size=")
                || o.starts_with("mode=")
                || o.starts_with("nr_inodes=")
                || o.starts_with("uid=")
                || o.starts_with("gid=") =>
            {
                kept.push(o.to_string());
            }
            "nosuid" | "nodev" | "noexec" | "exec" | "suid" | "dev" | "notmpcopyup"
            | "tmpcopyup" => {}
            other => bail!("invalid tmpfs \"{spec}\": unknown option \"{other}\""),
        }
    }
    if !kept.iter().any(|o| o.starts_with("mode=")) {
        kept.push("mode=1777".into());
    }
    Ok(UserMount::Tmpfs {
        target: PathBuf::from(dest),
        options: kept.join(","),
        read_only,
    })
}

/// Parses a capability name as podman does: case-insensitive, `CAP_` prefix optional.
pub fn parse_capability(name: &str) -> Result<Capability> {
    let upper = name.to_ascii_uppercase();
    let full = if upper.starts_with("CAP_") {
        upper
    } else {
        format!("CAP_{upper}")
    };
    full.parse::<Capability>()
        .map_err(|_| anyhow::anyhow!("unknown capability \"{name}\""))
}

/// The final capability set: the default (or config's) set, minus `--cap-drop`, plus
/// `--cap-add`; `ALL` in either list means every capability the kernel knows.
pub fn plan_capabilities(
    defaults: &[Capability],
    add: &[String],
    drop: &[String],
) -> Result<Vec<Capability>> {
    let all = caps::all();
    let mut set: caps::CapsHashSet = defaults.iter().copied().collect();
    for d in drop {
        if d.eq_ignore_ascii_case("all") {
            set.clear();
        } else {
            set.remove(&parse_capability(d)?);
        }
    }
    for a in add {
        if a.eq_ignore_ascii_case("all") {
            set.extend(all.iter().copied());
        } else {
            set.insert(parse_capability(a)?);
        }
    }
    let mut list: Vec<Capability> = set.into_iter().collect();
    list.sort_by_key(caps::Capability::index);
    Ok(list)
}

/// Security options: returns whether seccomp stays on.
pub fn plan_security_opts(opts: &[String]) -> Result<bool> {
    let mut seccomp = true;
    for opt in opts {
        let (key, value) = opt.split_once(['=', ':']).unwrap_or((opt, ""));
        match (key, value) {
            ("seccomp", "unconfined") => seccomp = false,
            ("seccomp", other) => {
                return Err(hinted(
                    format!("seccomp profile \"{other}\" is not supported"),
                    "den applies its built-in filter; use --security-opt seccomp=unconfined to turn it off",
                ));
            }
            // den always sets no_new_privs, and has no SELinux or AppArmor labels to set: these
            // are accepted for compatibility.
            ("no-new-privileges" | "no_new_privileges", "" | "true")
            | ("label", _)
            | ("apparmor", "unconfined") => {}
            _ => bail!("unknown security option \"{opt}\""),
        }
    }
    Ok(seccomp)
}

/// Parses `--network`.
pub fn plan_network(mode: &str) -> Result<Network> {
    match mode {
        "host" => Ok(Network::Host),
        "none" => Ok(Network::None),
        other => Err(hinted(
            format!("network mode \"{other}\" is not supported"),
            "use --network host (the host's network) or --network none (loopback only)",
        )),
    }
}

/// Validates a container name as podman does.
pub fn validate_name(name: &str) -> Result<()> {
    let ok = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if !ok {
        bail!("invalid container name \"{name}\": use [a-zA-Z0-9][a-zA-Z0-9_.-]*");
    }
    Ok(())
}

/// The content of the container's /etc/hosts.
pub fn hosts_file(hostname: &str) -> String {
    format!(
        "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n127.0.1.1\t{hostname}\n"
    )
}

/// The content of the container's /etc/resolv.conf: the host's, except loopback name servers
/// (a resolver on the host's 127.0.0.53 cannot be reached from a private network), and
/// nothing for `--network none`.
pub fn resolv_conf(host: &str, network: Network) -> String {
    if network == Network::None {
        return String::new();
    }
    host.to_string()
}

/// Makes a container-relative path from an absolute one (`/etc/hosts` -> `etc/hosts`).
pub fn relative(path: &Path) -> PathBuf {
    path.strip_prefix("/").unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn run_args(argv: &[&str]) -> RunArgs {
        let cli =
            crate::cli::Cli::try_parse_from(["den", "run"].iter().chain(argv.iter()).copied())
                .unwrap();
        match cli.command {
            crate::cli::Command::Run(r) => *r,
            _ => unreachable!(),
        }
    }

    fn plan(argv: &[&str], image: &ImageDefaults) -> Result<ProcessPlan> {
        let host = |name: &str| (name == "HOME_VAR").then(|| "fromhost".to_string());
        plan_process(
            &run_args(argv),
            &ProcessInputs {
                image,
                image_name: "img",
                config_env: &[],
                host_env: &host,
                env_files: &[],
                hostname: "abc",
            },
        )
    }

    fn image() -> ImageDefaults {
        ImageDefaults {
            entrypoint: vec!["/entry".into()],
            cmd: vec!["default".into()],
            env: vec!["PATH=/img/bin".into(), "A=1".into()],
            working_dir: Some("/srv".into()),
            user: Some("nobody".into()),
        }
    }

    #[test]
    fn entrypoint_and_cmd_follow_podman() {
        let img = image();
        assert_eq!(plan(&["img"], &img).unwrap().argv, ["/entry", "default"]);
        assert_eq!(
            plan(&["img", "x", "y"], &img).unwrap().argv,
            ["/entry", "x", "y"]
        );
        assert_eq!(
            plan(&["--entrypoint", "/bin/sh", "img"], &img)
                .unwrap()
                .argv,
            ["/bin/sh"]
        );
        assert_eq!(
            plan(&["--entrypoint", "", "img", "ls"], &img).unwrap().argv,
            ["ls"]
        );
        assert_eq!(
            plan(&["--entrypoint", r#"["a","b"]"#, "img", "c"], &img)
                .unwrap()
                .argv,
            ["a", "b", "c"]
        );
        let err = plan(&["img"], &ImageDefaults::default()).unwrap_err();
        assert!(err.to_string().contains("no command given"), "{err}");
    }

    #[test]
    fn env_order_and_overrides() {
        let img = image();
        let p = plan(
            &["-e", "A=2", "-e", "HOME_VAR", "-e", "UNSET_VAR", "img"],
            &img,
        )
        .unwrap();
        assert!(p.env.contains(&"PATH=/img/bin".to_string()));
        assert!(p.env.contains(&"A=2".to_string()));
        assert!(!p.env.contains(&"A=1".to_string()));
        assert!(p.env.contains(&"HOME_VAR=fromhost".to_string()));
        assert!(!p.env.iter().any(|e| e.starts_with("UNSET_VAR")));
        assert!(plan(&["-e", "=x", "img"], &img).is_err());
        let p = plan(
            &["img"],
            &ImageDefaults {
                cmd: vec!["x".into()],
                ..ImageDefaults::default()
            },
        )
        .unwrap();
        assert!(p.env.contains(&format!("PATH={DEFAULT_PATH}")));
    }

    #[test]
    fn workdir_and_user_defaults() {
        let img = image();
        let p = plan(&["img"], &img).unwrap();
        assert_eq!(p.cwd, PathBuf::from("/srv"));
        assert_eq!(p.user, "nobody");
        let p = plan(&["-w", "/tmp", "-u", "1000:1000", "img"], &img).unwrap();
        assert_eq!(p.cwd, PathBuf::from("/tmp"));
        assert_eq!(p.user, "1000:1000");
        assert!(plan(&["-w", "rel", "img"], &img).is_err());
    }

    #[test]
    fn volumes_parse() {
        assert_eq!(
            parse_volume("/a:/b:ro").unwrap(),
            (VolumeSource::Path("/a".into()), PathBuf::from("/b"), true)
        );
        assert_eq!(
            parse_volume("data:/b").unwrap(),
            (
                VolumeSource::Named("data".into()),
                PathBuf::from("/b"),
                false
            )
        );
        assert!(parse_volume("/a:b").is_err());
        assert!(parse_volume("/a").is_err());
        assert!(parse_volume("/a:/b:bogus").is_err());
        assert!(parse_volume("bad name:/b").is_err());
    }

    #[test]
    fn tmpfs_parse() {
        let UserMount::Tmpfs {
            target,
            options,
            read_only,
        } = parse_tmpfs("/scratch:size=1m,ro").unwrap()
        else {
            panic!()
        };
        assert_eq!(target, PathBuf::from("/scratch"));
        assert_eq!(options, "size=1m,mode=1777");
        assert!(read_only);
        assert!(parse_tmpfs("scratch").is_err());
    }

    #[test]
    fn capabilities_add_and_drop() {
        let set = plan_capabilities(
            DEFAULT_CAPABILITIES,
            &["net_raw".into()],
            &["CAP_CHOWN".into()],
        )
        .unwrap();
        assert!(set.contains(&Capability::CAP_NET_RAW));
        assert!(!set.contains(&Capability::CAP_CHOWN));
        assert!(set.contains(&Capability::CAP_KILL));
        let none = plan_capabilities(DEFAULT_CAPABILITIES, &[], &["all".into()]).unwrap();
        assert!(none.is_empty());
        assert!(plan_capabilities(DEFAULT_CAPABILITIES, &["bogus".into()], &[]).is_err());
    }

    #[test]
    fn security_opts() {
        assert!(plan_security_opts(&[]).unwrap());
        assert!(!plan_security_opts(&["seccomp=unconfined".into()]).unwrap());
        assert!(plan_security_opts(&["no-new-privileges".into()]).unwrap());
        assert!(plan_security_opts(&["seccomp=/x.json".into()]).is_err());
        assert!(plan_security_opts(&["bogus".into()]).is_err());
    }

    #[test]
    fn network_and_names() {
        assert_eq!(plan_network("none").unwrap(), Network::None);
        assert!(plan_network("bridge").is_err());
        assert!(validate_name("web-1").is_ok());
        assert!(validate_name("-x").is_err());
        assert!(validate_name("a/b").is_err());
    }
}
