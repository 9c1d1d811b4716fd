//! The container's mounts as the user asks for them: `-v`/`--volume`, `--mount`, `--tmpfs`,
//! the image's `Config.Volumes`, with podman's spellings, options and errors, turned into
//! `UserMount`s by `plan_mounts`. Pure: host paths are resolved by the command beforehand
//! (`HostFacts::bind_sources`), volume records are created after planning.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use super::{HostFacts, RunSettings};
use crate::error::hinted;

/// How a mount is made, beyond read-only: what `-v`'s and `--mount`'s options ask for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MountOptions {
    /// Seed an empty volume with the image's content at the target (podman's copy-up).
    pub copy_up: bool,
    /// `U`: chown the source, recursively, to the container's user.
    pub chown: bool,
    /// `bind` (not `rbind`): mounts below the source are not carried along.
    pub non_recursive: bool,
    pub noexec: bool,
    pub nosuid: bool,
    pub nodev: bool,
}

/// One mount the user asked for, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum UserMount {
    /// A host path or a volume's `_data`, bind-mounted.
    Bind {
        source: PathBuf,
        target: PathBuf,
        read_only: bool,
        /// The volume this is (named or anonymous), when it is one.
        #[serde(default)]
        volume: Option<String>,
        #[serde(default)]
        options: MountOptions,
    },
    /// A new tmpfs: `--tmpfs`, `--mount type=tmpfs`, or a volume created with `-o type=tmpfs`.
    Tmpfs {
        target: PathBuf,
        options: String,
        read_only: bool,
        #[serde(default)]
        volume: Option<String>,
    },
    /// `:O`: an overlay with the source as its lower layer; writes go to a per-container
    /// upper dir (under the container's store dir) and vanish with the container.
    Overlay {
        source: PathBuf,
        target: PathBuf,
        upper: PathBuf,
        work: PathBuf,
        read_only: bool,
        #[serde(default)]
        volume: Option<String>,
    },
}

impl UserMount {
    pub fn target(&self) -> &Path {
        match self {
            UserMount::Bind { target, .. }
            | UserMount::Tmpfs { target, .. }
            | UserMount::Overlay { target, .. } => target,
        }
    }

    /// The volume behind this mount, if it is one.
    pub fn volume(&self) -> Option<&str> {
        match self {
            UserMount::Bind { volume, .. }
            | UserMount::Tmpfs { volume, .. }
            | UserMount::Overlay { volume, .. } => volume.as_deref(),
        }
    }

    pub fn read_only(&self) -> bool {
        match self {
            UserMount::Bind { read_only, .. }
            | UserMount::Tmpfs { read_only, .. }
            | UserMount::Overlay { read_only, .. } => *read_only,
        }
    }
}

/// Where a mount comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VolumeSource {
    /// A host path, as given (resolved by the command).
    Path(PathBuf),
    /// A named volume, created on first use.
    Named(String),
    /// A new volume of this container only (`-v /path`, `--mount type=volume` without a
    /// source, an image's VOLUME), named after the container and target.
    Anonymous,
    /// A tmpfs with these mount(8) options.
    Tmpfs(String),
}

/// A mount as parsed from one `-v` or `--mount` spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MountSpec {
    pub source: VolumeSource,
    pub target: PathBuf,
    pub read_only: bool,
    /// `O`: an overlay over the source.
    pub overlay: bool,
    /// `nocopy`: no copy-up into a new volume.
    pub nocopy: bool,
    pub options: MountOptions,
}

impl MountSpec {
    fn new(source: VolumeSource, target: PathBuf) -> MountSpec {
        MountSpec {
            source,
            target,
            read_only: false,
            overlay: false,
            nocopy: false,
            options: MountOptions::default(),
        }
    }
}

/// podman's rule for volume names: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`.
pub fn validate_volume_name(name: &str) -> Result<()> {
    let ok = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if !ok {
        return Err(hinted(
            format!("invalid volume name \"{name}\": names must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"),
            "use letters, digits, '_', '.', '-' (or an absolute path for a bind mount)",
        ));
    }
    Ok(())
}

fn is_path(src: &str) -> bool {
    src.starts_with('/') || src.starts_with('.') || src.starts_with('~')
}

/// Applies one option shared by `-v` and `--mount` (the mount flags and propagation).
/// Returns false when `opt` is not one of them.
fn shared_option(spec: &mut MountSpec, opt: &str) -> bool {
    let o = &mut spec.options;
    match opt {
        "exec" => o.noexec = false,
        "noexec" => o.noexec = true,
        "suid" => o.nosuid = false,
        "nosuid" => o.nosuid = true,
        "dev" => o.nodev = false,
        "nodev" => o.nodev = true,
        "rbind" => o.non_recursive = false,
        "bind" => o.non_recursive = true,
        // den makes every mount private; the other propagations are accepted as podman's
        // rootless mode does when the host's root is not shared.
        // (z, Z: SELinux relabelling; there is no SELinux here, and podman says nothing when
        // it is off either.)
        "private" | "rprivate" | "shared" | "rshared" | "slave" | "rslave" | "unbindable"
        | "runbindable" | "z" | "Z" => {}
        "U" => o.chown = true,
        _ => return false,
    }
    true
}

/// Parses `-v [SRC:]DEST[:OPTS]`: a SRC that is not a path (no leading `/`, `.` or `~`) is a
/// named volume; no SRC at all (`-v /data`) is an anonymous volume.
pub fn parse_volume(spec: &str) -> Result<MountSpec> {
    let parts: Vec<&str> = spec.split(':').collect();
    let bad_format = || {
        hinted(
            format!("{spec}: incorrect volume format, should be [host-dir:]ctr-dir[:option]"),
            "e.g. -v /srv/data:/data:ro, -v myvolume:/data, or -v /data for an anonymous volume",
        )
    };
    let (src, dest, opts) = match parts.as_slice() {
        [dest] => (None, *dest, ""),
        [src, dest] if dest.starts_with('/') || !src.starts_with('/') => (Some(*src), *dest, ""),
        // `-v /data:ro`: an anonymous volume with options.
        [dest, opts] => (None, *dest, *opts),
        [src, dest, opts] => (Some(*src), *dest, *opts),
        _ => return Err(bad_format()),
    };
    if src == Some("") {
        bail!("invalid volume \"{spec}\": host directory cannot be empty");
    }
    if dest.is_empty() {
        return Err(bad_format());
    }
    check_target("volume", spec, dest)?;
    let source = match src {
        None => VolumeSource::Anonymous,
        Some(s) if is_path(s) => VolumeSource::Path(PathBuf::from(s)),
        Some(s) => {
            validate_volume_name(s)?;
            VolumeSource::Named(s.to_string())
        }
    };
    let mut parsed = MountSpec::new(source, PathBuf::from(dest));
    for opt in opts.split(',').filter(|o| !o.is_empty()) {
        match opt {
            "ro" => parsed.read_only = true,
            "rw" => parsed.read_only = false,
            "O" => parsed.overlay = true,
            "nocopy" => parsed.nocopy = true,
            "copy" => parsed.nocopy = false,
            o if shared_option(&mut parsed, o) => {}
            other => bail!("invalid volume \"{spec}\": invalid option type \"{other}\""),
        }
    }
    if parsed.overlay && parsed.source == VolumeSource::Anonymous {
        bail!("invalid volume \"{spec}\": the O option needs a source directory or volume");
    }
    Ok(parsed)
}

const MOUNT_FORMAT: &str = "incorrect mount format: should be --mount type=<bind|tmpfs|volume>,[src=<host-dir|volume-name>,]target=<ctr-dir>[,options]";

/// A boolean mount option's value: empty (the key alone) is true.
fn mount_bool(key: &str, value: Option<&str>) -> Result<bool> {
    match value {
        None | Some("true") => Ok(true),
        Some("false") => Ok(false),
        Some(other) => bail!(
            "'{key}' must be set to true or false, instead received \"{other}\": must provide an argument for option"
        ),
    }
}

/// Parses `--mount type=bind|volume|tmpfs,src=..,dst=..[,options]` with podman's key
/// spellings: `src`/`source`, `dst`/`destination`/`target`, `ro`/`readonly`,
/// `bind-propagation`, `bind-nonrecursive`, `tmpfs-size`, `tmpfs-mode`, `volume-nocopy`, ...
pub fn parse_mount(spec: &str) -> Result<MountSpec> {
    let mut kind = None;
    let mut source = None;
    let mut target = None;
    let mut read_only = false;
    let mut rest = Vec::new();
    for field in spec.split(',').filter(|f| !f.is_empty()) {
        let (key, value) = match field.split_once('=') {
            Some((k, v)) => (k, Some(v)),
            None => (field, None),
        };
        match key {
            "type" => kind = value,
            "src" | "source" => source = value.filter(|v| !v.is_empty()),
            "dst" | "destination" | "target" => target = value,
            "ro" | "readonly" => read_only = mount_bool(key, value)?,
            "rw" => read_only = !mount_bool(key, value)?,
            _ => rest.push((key, value)),
        }
    }
    let Some(kind) = kind else {
        return Err(hinted(
            MOUNT_FORMAT,
            "e.g. --mount type=bind,src=/srv,dst=/srv,ro",
        ));
    };
    if !matches!(kind, "bind" | "volume" | "tmpfs") {
        return Err(hinted(
            format!("invalid filesystem type \"{kind}\""),
            "den's --mount knows type=bind, type=volume and type=tmpfs",
        ));
    }
    let Some(target) = target else {
        bail!("must set volume destination");
    };
    if !target.starts_with('/') {
        bail!("invalid container path \"{target}\", must be an absolute path");
    }
    check_target("mount", spec, target)?;
    let source = match (kind, source) {
        ("bind", None) => bail!("must set source for bind mounts"),
        ("bind", Some(s)) => VolumeSource::Path(PathBuf::from(s)),
        ("volume", None) => VolumeSource::Anonymous,
        ("volume", Some(s)) => {
            validate_volume_name(s).with_context(|| format!("creating named volume \"{s}\""))?;
            VolumeSource::Named(s.to_string())
        }
        (_, Some(_)) => bail!("source is not supported with tmpfs mounts"),
        (_, None) => VolumeSource::Tmpfs(String::new()),
    };
    let mut parsed = MountSpec::new(source, PathBuf::from(target));
    parsed.read_only = read_only;
    let mut tmpfs = Vec::new();
    for (key, value) in rest {
        let v = value.unwrap_or("");
        match (kind, key) {
            ("bind" | "volume", "bind-propagation") => {
                if !shared_option(&mut parsed, v) || matches!(v, "z" | "Z" | "U" | "bind") {
                    bail!("invalid option type \"{v}\"");
                }
            }
            ("bind", "bind-nonrecursive") => {
                parsed.options.non_recursive = mount_bool(key, value)?;
            }
            ("bind" | "volume", "relabel") if matches!(v, "shared" | "private") => {}
            (_, "U" | "chown") => parsed.options.chown = mount_bool(key, value)?,
            ("volume", "volume-nocopy" | "nocopy") => parsed.nocopy = mount_bool(key, value)?,
            ("tmpfs", "tmpfs-size") => tmpfs.push(format!("size={v}")),
            ("tmpfs", "tmpfs-mode") => tmpfs.push(format!("mode={v}")),
            ("tmpfs", "tmpcopyup" | "notmpcopyup") | (_, "consistency") => {}
            (_, "exec" | "noexec" | "suid" | "nosuid" | "dev" | "nodev") if value.is_none() => {
                shared_option(&mut parsed, key);
            }
            ("volume", "volume-opt" | "volume-label" | "volume-driver") => {
                bail!("cannot parse driver opts: invalid mount option");
            }
            _ => bail!("{key}: invalid mount option"),
        }
    }
    if matches!(parsed.source, VolumeSource::Tmpfs(_)) {
        if !tmpfs.iter().any(|o| o.starts_with("mode=")) {
            tmpfs.push("mode=1777".into());
        }
        parsed.source = VolumeSource::Tmpfs(tmpfs.join(","));
    }
    Ok(parsed)
}

/// Parses `--tmpfs DEST[:OPTS]`.
pub fn parse_tmpfs(spec: &str) -> Result<UserMount> {
    let (dest, opts) = spec.split_once(':').unwrap_or((spec, ""));
    if !dest.starts_with('/') {
        bail!("invalid tmpfs \"{spec}\": destination \"{dest}\" is not an absolute path");
    }
    check_target("tmpfs", spec, dest)?;
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
        volume: None,
    })
}

/// Refuses a relative target and a mount onto the container's root: the root is the image's
/// layers (or `--rootfs`), and a mount there would hide the /dev and /proc den has set up.
fn check_target(kind: &str, spec: &str, dest: &str) -> Result<()> {
    if !dest.starts_with('/') {
        bail!("invalid {kind} \"{spec}\": destination \"{dest}\" is not an absolute path");
    }
    if Path::new(dest)
        .components()
        .all(|c| matches!(c, Component::RootDir | Component::CurDir))
    {
        return Err(hinted(
            format!("invalid {kind} \"{spec}\": cannot mount over the container's root \"/\""),
            "mount it on a directory below /, or run a host directory as the root filesystem with --rootfs DIR",
        ));
    }
    Ok(())
}

/// Every `-v` and `--mount` spec of the request, parsed, in the order given (`-v` first).
pub fn mount_specs(settings: &RunSettings) -> Result<Vec<MountSpec>> {
    let mut specs = Vec::new();
    for spec in &settings.volumes {
        specs.push(parse_volume(spec)?);
    }
    for spec in &settings.mounts {
        specs.push(parse_mount(spec)?);
    }
    Ok(specs)
}

/// Whether the request asks for SELinux relabelling (`-v ...:z`, `:Z`, `--mount
/// relabel=...`), which den accepts and cannot do.
pub fn asks_relabel(settings: &RunSettings) -> bool {
    let volume = settings.volumes.iter().any(|spec| {
        let parts: Vec<&str> = spec.split(':').collect();
        parts.len() > 1
            && parts[parts.len() - 1]
                .split(',')
                .any(|o| matches!(o, "z" | "Z"))
    });
    let mount = settings
        .mounts
        .iter()
        .any(|spec| spec.split(',').any(|f| f.starts_with("relabel=")));
    volume || mount
}

/// The host paths of the request's bind mounts, as given: the command resolves each into
/// `HostFacts::bind_sources` before planning. Refuses a bad `-v` or `--mount` spec.
pub fn bind_sources(settings: &RunSettings) -> Result<Vec<PathBuf>> {
    Ok(mount_specs(settings)?
        .into_iter()
        .filter_map(|s| match s.source {
            VolumeSource::Path(p) => Some(p),
            _ => None,
        })
        .collect())
}

/// The name of a container's anonymous volume at `target`: 64 hex digits, as podman's, and
/// the same every time for one container and target (so planning stays pure).
pub fn anonymous_name(container_id: &str, target: &Path) -> String {
    let text = format!("{container_id}\0{}", target.display());
    crate::image::compress::sha256_digest(text.as_bytes())
        .trim_start_matches("sha256:")
        .to_string()
}

/// A normalised target, for finding duplicates (`/a/` and `/a` are one destination).
fn clean(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect()
}

/// `-v`, `--mount`, `--volumes-from`, `--tmpfs` and the image's volumes as mounts, in that
/// order; a destination given twice is refused, and an image volume the user mounted
/// something else on is left out. Named and anonymous volumes live in
/// `<volumes_dir>/NAME/_data` (the command creates them after planning).
pub(super) fn plan_mounts(
    settings: &RunSettings,
    image_volumes: &[String],
    facts: &HostFacts<'_>,
) -> Result<Vec<UserMount>> {
    let mut mounts = Vec::new();
    for spec in mount_specs(settings)? {
        mounts.push(user_mount(spec, facts, mounts.len())?);
    }
    for spec in &settings.tmpfs {
        mounts.push(parse_tmpfs(spec)?);
    }
    let mut seen = HashSet::new();
    for m in &mounts {
        let target = clean(m.target());
        if seen.contains(&target) {
            return Err(hinted(
                format!("{}: duplicate mount destination", target.display()),
                "mount one thing on each container path",
            ));
        }
        seen.insert(target);
    }
    for m in &facts.volumes_from {
        if seen.insert(clean(m.target())) {
            mounts.push(m.clone());
        }
    }
    for dest in image_volumes {
        let target = PathBuf::from(dest);
        if !target.is_absolute() || target.parent().is_none() || !seen.insert(clean(&target)) {
            continue;
        }
        let spec = MountSpec::new(VolumeSource::Anonymous, target);
        mounts.push(user_mount(spec, facts, mounts.len())?);
    }
    Ok(mounts)
}

fn user_mount(spec: MountSpec, facts: &HostFacts<'_>, index: usize) -> Result<UserMount> {
    let (source, volume) = match spec.source {
        VolumeSource::Tmpfs(options) => {
            return Ok(UserMount::Tmpfs {
                target: spec.target,
                options,
                read_only: spec.read_only,
                volume: None,
            });
        }
        VolumeSource::Path(p) => {
            let source =
                facts.bind_sources.get(&p).cloned().with_context(|| {
                    format!("volume source \"{}\" was not resolved", p.display())
                })?;
            (source, None)
        }
        VolumeSource::Named(name) => (facts.volumes_dir.join(&name).join("_data"), Some(name)),
        VolumeSource::Anonymous => {
            let name = anonymous_name(&facts.id, &spec.target);
            (facts.volumes_dir.join(&name).join("_data"), Some(name))
        }
    };
    if spec.overlay {
        let dir = facts.store_dir.join("overlay").join(index.to_string());
        return Ok(UserMount::Overlay {
            source,
            target: spec.target,
            upper: dir.join("upper"),
            work: dir.join("work"),
            read_only: spec.read_only,
            volume,
        });
    }
    let mut options = spec.options;
    options.copy_up = volume.is_some() && !spec.nocopy;
    Ok(UserMount::Bind {
        source,
        target: spec.target,
        read_only: spec.read_only,
        volume,
        options,
    })
}

#[cfg(test)]
#[path = "mounts_tests.rs"]
mod tests;
