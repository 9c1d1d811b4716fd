//! Feature detection: which root filesystem driver works for this user on this store
//! (kernel overlayfs in a user namespace, else the fuse-overlayfs program, else copying `vfs`),
//! and the small host probes `den info` and `den doctor` report (FUSE, user namespace sysctls,
//! AppArmor, the store's filesystem type, cgroups, seccomp).
//!
//! `den run` calls `choose_driver` before every container, so the one expensive probe (a mount
//! in a throwaway namespace) is cached in `<runtime dir>/driver.json`, keyed by the kernel
//! release and the store's path and device. The runtime dir is normally a tmpfs, so the cache
//! lives for one boot. Parsing and naming are pure functions with unit tests below.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use crate::config::Ctx;
use crate::error::hinted;
use crate::runtime::idmap::IdMapping;
use crate::runtime::userns::run_in_store_ns;

/// The root filesystem drivers den has, in the order `auto` tries them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Driver {
    /// Kernel overlayfs mounted inside the user namespace with `userxattr` (Linux 5.11+).
    Overlay,
    /// The fuse-overlayfs program, at this path.
    FuseOverlayfs(PathBuf),
    /// Copying every layer into the container's directory: always works, slow and large.
    Vfs,
}

impl Driver {
    /// The name used in config.toml and printed by `den info`.
    pub fn name(&self) -> &'static str {
        match self {
            Driver::Overlay => "overlay",
            Driver::FuseOverlayfs(_) => "fuse-overlayfs",
            Driver::Vfs => "vfs",
        }
    }
}

/// The driver den uses and a sentence saying why (shown by `den info`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DriverChoice {
    pub driver: Driver,
    pub reason: String,
}

/// The names `storage.driver` accepts.
pub const DRIVER_NAMES: [&str; 4] = ["auto", "overlay", "fuse-overlayfs", "vfs"];

/// Chooses the root filesystem driver. `storage.driver` in config.toml ("auto" or unset:
/// probe; "overlay", "fuse-overlayfs", "vfs": forced) decides; a forced driver that does not
/// work here is an error with a hint, an unknown name an error listing the valid ones.
pub fn choose_driver(ctx: &Ctx, mapping: &IdMapping) -> Result<DriverChoice> {
    let configured = ctx.config.storage.driver.as_deref().unwrap_or("auto");
    let config_file = ctx.paths.config_file.display();
    let forced_hint = || {
        format!(
            "run `den doctor` for the fix, or remove `driver = \"{configured}\"` from the \
             [storage] table of {config_file} to let den choose"
        )
    };
    match configured {
        "auto" | "" => Ok(auto_driver(ctx, mapping)),
        "overlay" => match overlay_status(ctx, mapping, false) {
            Ok(()) => Ok(DriverChoice {
                driver: Driver::Overlay,
                reason: format!("storage.driver = \"overlay\" in {config_file}"),
            }),
            Err(why) => Err(hinted(
                format!(
                    "storage driver \"overlay\" is set in {config_file}, but kernel overlayfs \
                     does not work in a user namespace on this store: {why}"
                ),
                forced_hint(),
            )),
        },
        "fuse-overlayfs" => match fuse_status() {
            Ok(program) => Ok(DriverChoice {
                driver: Driver::FuseOverlayfs(program),
                reason: format!("storage.driver = \"fuse-overlayfs\" in {config_file}"),
            }),
            Err(why) => Err(hinted(
                format!(
                    "storage driver \"fuse-overlayfs\" is set in {config_file}, but it cannot \
                     work here: {why}"
                ),
                forced_hint(),
            )),
        },
        "vfs" => Ok(DriverChoice {
            driver: Driver::Vfs,
            reason: format!("storage.driver = \"vfs\" in {config_file}"),
        }),
        other => Err(hinted(
            format!("unknown storage driver \"{other}\" in {config_file}"),
            format!("valid drivers are: {}", DRIVER_NAMES.join(", ")),
        )),
    }
}

/// overlay -> fuse-overlayfs -> vfs, each with the reason the earlier ones were passed over.
fn auto_driver(ctx: &Ctx, mapping: &IdMapping) -> DriverChoice {
    let overlay = match overlay_status(ctx, mapping, false) {
        Ok(()) => {
            return DriverChoice {
                driver: Driver::Overlay,
                reason: format!(
                    "kernel overlayfs works in a user namespace on the store's filesystem ({})",
                    filesystem_type(&ctx.paths.store)
                ),
            };
        }
        Err(why) => why,
    };
    match fuse_status() {
        Ok(program) => DriverChoice {
            driver: Driver::FuseOverlayfs(program),
            reason: format!("kernel overlayfs does not work here ({overlay})"),
        },
        Err(fuse) => DriverChoice {
            driver: Driver::Vfs,
            reason: format!(
                "kernel overlayfs does not work here ({overlay}) and fuse-overlayfs cannot be \
                 used ({fuse}); vfs copies every layer, which is slow"
            ),
        },
    }
}

/// What `driver.json` remembers: the overlay probe's result for one kernel, store and mapping.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct ProbeKey {
    kernel: String,
    store: PathBuf,
    store_dev: u64,
    one_id: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct CachedProbe {
    key: ProbeKey,
    overlay_works: bool,
    detail: String,
}

const CACHE_FILE: &str = "driver.json";

/// Whether kernel overlayfs works in a user namespace on the store's filesystem; `Err` holds
/// why not (with the errno text). Uses the cached result unless `refresh` (as `den doctor`
/// does); a fresh result is written to the cache.
pub fn overlay_status(ctx: &Ctx, mapping: &IdMapping, refresh: bool) -> Result<(), String> {
    let scratch = ctx.paths.store.join("tmp");
    if let Err(e) = fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&scratch)
    {
        return Err(format!("creating {}: {e}", scratch.display()));
    }
    let key = fs::metadata(&ctx.paths.store).ok().map(|meta| ProbeKey {
        kernel: kernel_release(),
        store: ctx.paths.store.clone(),
        store_dev: meta.dev(),
        one_id: mapping.one_id,
    });
    let cache = ctx.paths.runtime.join(CACHE_FILE);
    let cached = key
        .as_ref()
        .filter(|_| !refresh)
        .and_then(|key| read_cache(&cache, key));
    if let Some(cached) = cached {
        tracing::debug!("overlay probe result from {}", cache.display());
        return if cached.overlay_works {
            Ok(())
        } else {
            Err(cached.detail)
        };
    }
    let result = probe_overlay(&scratch, mapping);
    if let Some(key) = key {
        let entry = CachedProbe {
            key,
            overlay_works: result.is_ok(),
            detail: result.clone().err().unwrap_or_default(),
        };
        if let Err(e) = write_cache(&cache, &entry) {
            tracing::debug!("not caching the driver probe: {e:#}");
        }
    }
    result
}

fn read_cache(path: &Path, key: &ProbeKey) -> Option<CachedProbe> {
    let text = fs::read(path).ok()?;
    let cached: CachedProbe = serde_json::from_slice(&text).ok()?;
    (cached.key == *key).then_some(cached)
}

fn write_cache(path: &Path, entry: &CachedProbe) -> Result<()> {
    let dir = path.parent().context("cache path has no parent")?;
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("creating {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("creating a temporary file in {}", dir.display()))?;
    serde_json::to_writer_pretty(&mut tmp, entry).context("encoding the probe result")?;
    tmp.persist(path)
        .with_context(|| format!("writing {}", path.display()))?;
    Ok(())
}

/// Mounts kernel overlayfs (with `userxattr`) in a throwaway user and mount namespace, with
/// lower, upper and work dirs in `scratch` (on the store's filesystem, where layers and upper
/// dirs live), deletes a lower file and checks that a 0/0 character device whiteout appears
/// in the upper dir. Not cached; `Err` is the whole error chain as one line.
pub fn probe_overlay(scratch: &Path, mapping: &IdMapping) -> Result<(), String> {
    let dir = scratch.join(format!("overlay-probe-{}", std::process::id()));
    remove_probe_dir(&dir);
    fs::DirBuilder::new()
        .mode(0o700)
        .create(&dir)
        .map_err(|e| format!("creating {}: {e}", dir.display()))?;
    let inner = dir.clone();
    let result = run_in_store_ns(mapping, move || mount_overlay_and_whiteout(&inner));
    remove_probe_dir(&dir);
    result.map_err(|e| format!("{e:#}"))
}

/// The namespace side of `probe_overlay`: runs as root of the new user namespace (or
/// in-process under `den unshare`, hence the working directory is put back).
fn mount_overlay_and_whiteout(dir: &Path) -> Result<()> {
    let cwd = std::env::current_dir().ok();
    let result = mount_overlay_in(dir);
    if let Some(cwd) = cwd {
        let _ = std::env::set_current_dir(cwd);
    }
    result
}

fn mount_overlay_in(dir: &Path) -> Result<()> {
    use nix::mount::{MntFlags, MsFlags, mount, umount2};
    for sub in ["lower", "upper", "work", "merged"] {
        fs::create_dir(dir.join(sub))
            .with_context(|| format!("creating {}", dir.join(sub).display()))?;
    }
    fs::write(dir.join("lower/file"), b"den")
        .with_context(|| format!("creating {}", dir.join("lower/file").display()))?;
    // Relative paths keep the option string short and free of commas in the store's path.
    std::env::set_current_dir(dir).with_context(|| format!("entering {}", dir.display()))?;
    mount(
        Some("overlay"),
        "merged",
        Some("overlay"),
        MsFlags::empty(),
        Some("lowerdir=lower,upperdir=upper,workdir=work,userxattr"),
    )
    .with_context(|| {
        format!(
            "mounting overlay (userxattr) on {}",
            dir.join("merged").display()
        )
    })?;
    let whiteout = (|| -> Result<()> {
        fs::remove_file("merged/file").context("deleting a lower file through the overlay")?;
        let meta = fs::symlink_metadata("upper/file")
            .context("deleting a lower file left no whiteout in the upper dir")?;
        if !meta.file_type().is_char_device() || meta.rdev() != 0 {
            bail!(
                "deleting a lower file left something other than a 0/0 character device whiteout"
            );
        }
        Ok(())
    })();
    umount2("merged", MntFlags::MNT_DETACH)
        .with_context(|| format!("unmounting {}", dir.join("merged").display()))?;
    whiteout?;
    std::env::set_current_dir("/").context("leaving the probe directory")?;
    // Inside the namespace we may remove overlay's mode-0 `work/work`; outside we could not.
    fs::remove_dir_all(dir).with_context(|| format!("removing {}", dir.display()))?;
    Ok(())
}

/// Best-effort removal of a probe dir left by a helper that died: overlay's `work/work` is
/// mode 0, so make it ours to read first.
fn remove_probe_dir(dir: &Path) {
    if !dir.exists() {
        return;
    }
    let _ = fs::set_permissions(dir.join("work/work"), fs::Permissions::from_mode(0o700));
    let _ = fs::remove_dir_all(dir);
}

/// Finds a program in $PATH (then /usr/bin, /bin, /usr/sbin, /sbin).
pub fn find_program(name: &str) -> Option<PathBuf> {
    let path_var = std::env::var("PATH").unwrap_or_default();
    path_var
        .split(':')
        .filter(|d| !d.is_empty())
        .chain(["/usr/bin", "/bin", "/usr/sbin", "/sbin"])
        .map(|d| Path::new(d).join(name))
        .find(|p| fs::metadata(p).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0))
}

/// Whether /dev/fuse can be opened read-write by this user; `Err` says why, with its mode.
pub fn dev_fuse_status() -> Result<(), String> {
    let path = Path::new("/dev/fuse");
    match fs::OpenOptions::new().read(true).write(true).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(
            "/dev/fuse does not exist (fuse module not loaded, or not passed into this container)"
                .into(),
        ),
        Err(e) => Err(match fs::metadata(path) {
            Ok(meta) => format!(
                "/dev/fuse cannot be opened read-write: {e} (mode {:04o}, owner uid {} gid {})",
                meta.permissions().mode() & 0o7777,
                meta.uid(),
                meta.gid()
            ),
            Err(_) => format!("/dev/fuse cannot be opened read-write: {e}"),
        }),
    }
}

/// Whether the fuse-overlayfs driver can work: the program, /dev/fuse usable, and fusermount3
/// (or fusermount) to unmount. `Ok` is the program's path; `Err` the first problem.
pub fn fuse_status() -> Result<PathBuf, String> {
    let program = find_program("fuse-overlayfs").ok_or("fuse-overlayfs is not installed")?;
    dev_fuse_status()?;
    if find_program("fusermount3")
        .or_else(|| find_program("fusermount"))
        .is_none()
    {
        return Err("neither fusermount3 nor fusermount is installed".into());
    }
    Ok(program)
}

/// /proc/sys/kernel/apparmor_restrict_unprivileged_userns (Ubuntu 23.10+): `None` when the
/// kernel has no such switch.
pub fn apparmor_restricts_userns() -> Option<bool> {
    read_sysctl("/proc/sys/kernel/apparmor_restrict_unprivileged_userns").map(|v| v != 0)
}

/// The sysctls that allow or forbid user namespaces for unprivileged users.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct UsernsSysctls {
    /// kernel.unprivileged_userns_clone (Debian and Arch kernels before 6.x only).
    pub unprivileged_userns_clone: Option<u64>,
    /// user.max_user_namespaces.
    pub max_user_namespaces: Option<u64>,
}

impl UsernsSysctls {
    pub fn read() -> UsernsSysctls {
        UsernsSysctls {
            unprivileged_userns_clone: read_sysctl("/proc/sys/kernel/unprivileged_userns_clone"),
            max_user_namespaces: read_sysctl("/proc/sys/user/max_user_namespaces"),
        }
    }

    /// `Err` names the sysctl that forbids user namespaces and the command that allows them.
    pub fn check(self) -> Result<(), (String, String)> {
        if self.unprivileged_userns_clone == Some(0) {
            return Err((
                "kernel.unprivileged_userns_clone is 0: unprivileged users cannot create user namespaces".into(),
                "sudo sysctl -w kernel.unprivileged_userns_clone=1".into(),
            ));
        }
        if self.max_user_namespaces == Some(0) {
            return Err((
                "user.max_user_namespaces is 0: nobody can create user namespaces".into(),
                "sudo sysctl -w user.max_user_namespaces=15000".into(),
            ));
        }
        Ok(())
    }
}

/// Whether the kernel's sysctls let this user create user namespaces; `Err` says which forbids it.
pub fn unprivileged_userns_allowed() -> Result<(), String> {
    UsernsSysctls::read().check().map_err(|(why, _)| why)
}

fn read_sysctl(path: &str) -> Option<u64> {
    fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// The kernel release (`uname -r`).
pub fn kernel_release() -> String {
    nix::sys::utsname::uname().map_or_else(
        |_| "unknown".into(),
        |u| u.release().to_string_lossy().into_owned(),
    )
}

/// The type of the filesystem holding `path` (or its nearest existing ancestor, for a store
/// that is not created yet): "ext4", "xfs", "btrfs", "tmpfs", "nfs", "overlay", ...
pub fn filesystem_type(path: &Path) -> String {
    let existing = path
        .ancestors()
        .find(|p| p.exists())
        .unwrap_or(Path::new("/"));
    match nix::sys::statfs::statfs(existing) {
        Ok(st) => fs_type_name(st.filesystem_type().0 as u64 as u32),
        Err(e) => format!("unknown ({e})"),
    }
}

/// Names a statfs(2) `f_type` magic number (linux/magic.h).
pub fn fs_type_name(magic: u32) -> String {
    let name = match magic {
        0xEF53 => "ext4", // ext2, ext3 and ext4 share one magic number
        0x5846_5342 => "xfs",
        0x9123_683E => "btrfs",
        0x0102_1994 => "tmpfs",
        0x8584_58F6 => "ramfs",
        0x6969 => "nfs",
        0x794C_7630 => "overlay",
        0x6573_5546 => "fuse",
        0x2FC1_2FC1 => "zfs",
        0xF2F5_2010 => "f2fs",
        0xCA45_1A4E => "bcachefs",
        0x5265_4973 => "reiserfs",
        0x7371_7368 => "squashfs",
        0xF15F => "ecryptfs",
        0xFF53_4D42 => "cifs",
        0xFE53_4D42 => "smb2",
        0x517B => "smb",
        0x0102_1997 => "9p",
        0x00C3_6400 => "ceph",
        0x5346_414F | 0x6B41_4653 => "afs",
        0x4750_4653 => "gpfs",
        0x0BD0_0BD0 => "lustre",
        0x6A65_6A62 => "virtiofs",
        _ => return format!("unknown (0x{magic:x})"),
    };
    name.to_string()
}

/// Network filesystems, where kernel overlayfs refuses an upper dir (and file ownership is
/// often squashed by the server).
pub fn is_network_fs(name: &str) -> bool {
    matches!(
        name,
        "nfs" | "cifs" | "smb" | "smb2" | "9p" | "ceph" | "afs" | "gpfs" | "lustre"
    )
}

/// Which cgroup hierarchy the host has, and whether den could apply resource limits there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CgroupStatus {
    /// "v2" (unified), "v1", "hybrid" (v1 controllers plus a v2 mount), or "none".
    pub version: String,
    /// v2 controllers in a cgroup delegated to (writable by) this user.
    pub delegated_controllers: Vec<String>,
    /// Whether den can apply resource limits (memory, cpu, pids).
    pub limits_available: bool,
    /// One plain sentence for `den info` and `den doctor`.
    pub summary: String,
}

/// What a v2 hierarchy gives this user: the nearest cgroup (from its own up) that it can
/// write, and that cgroup's `cgroup.controllers`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct V2Delegation {
    pub writable_cgroup: Option<PathBuf>,
    pub controllers: Vec<String>,
}

/// Reads the cgroup facts of this host and process.
pub fn cgroup_status() -> CgroupStatus {
    let mounts = fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    let unified = mounts
        .lines()
        .filter_map(parse_mount_line)
        .any(|(dir, fstype)| dir == "/sys/fs/cgroup" && fstype == "cgroup2");
    let delegation = unified.then(|| {
        let own = fs::read_to_string("/proc/self/cgroup")
            .ok()
            .and_then(|t| {
                t.lines()
                    .find_map(|l| l.strip_prefix("0::").map(str::to_string))
            })
            .unwrap_or_else(|| "/".into());
        let own = Path::new("/sys/fs/cgroup").join(own.trim_start_matches('/'));
        let writable_cgroup = own
            .ancestors()
            .take_while(|p| p.starts_with("/sys/fs/cgroup"))
            .find(|p| nix::unistd::access(*p, nix::unistd::AccessFlags::W_OK).is_ok())
            .map(Path::to_path_buf);
        let controllers = writable_cgroup
            .as_ref()
            .and_then(|p| fs::read_to_string(p.join("cgroup.controllers")).ok())
            .map(|t| t.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default();
        V2Delegation {
            writable_cgroup,
            controllers,
        }
    });
    classify_cgroups(&mounts, delegation.as_ref())
}

fn parse_mount_line(line: &str) -> Option<(&str, &str)> {
    let mut fields = line.split_whitespace();
    let _source = fields.next()?;
    let dir = fields.next()?;
    let fstype = fields.next()?;
    Some((dir, fstype))
}

/// Classifies the cgroup setup from /proc/self/mounts and, on v2, what is delegated.
pub fn classify_cgroups(mounts: &str, v2: Option<&V2Delegation>) -> CgroupStatus {
    let entries: Vec<(&str, &str)> = mounts.lines().filter_map(parse_mount_line).collect();
    let v1 = entries.iter().any(|(_, t)| *t == "cgroup");
    let v2_mount = entries
        .iter()
        .find(|(_, t)| *t == "cgroup2")
        .map(|(d, _)| *d);
    let unified = entries
        .iter()
        .any(|(d, t)| *d == "/sys/fs/cgroup" && *t == "cgroup2");
    let no_limits = "den cannot apply resource limits (memory, cpu, pids) here; containers run \
                     in your current cgroup";
    if unified && !v1 {
        let delegated = v2.map(|d| d.controllers.clone()).unwrap_or_default();
        let writable = v2.and_then(|d| d.writable_cgroup.as_ref());
        let limits = writable.is_some()
            && delegated
                .iter()
                .any(|c| matches!(c.as_str(), "memory" | "cpu" | "pids"));
        let summary = match writable {
            Some(dir) if limits => format!(
                "cgroup v2; {} delegated to you: {}",
                dir.display(),
                delegated.join(" ")
            ),
            Some(dir) => format!(
                "cgroup v2, but {} (the cgroup you can write) has no memory, cpu or pids \
                 controller: {no_limits}",
                dir.display()
            ),
            None => format!(
                "cgroup v2, but no cgroup is delegated to you (no systemd user session?): \
                 {no_limits}"
            ),
        };
        return CgroupStatus {
            version: "v2".into(),
            delegated_controllers: delegated,
            limits_available: limits,
            summary,
        };
    }
    if v1 {
        let (version, extra) = match v2_mount {
            Some(dir) => (
                "hybrid",
                format!(" (a v2 hierarchy at {dir} has no controllers den can use)"),
            ),
            None => ("v1", String::new()),
        };
        return CgroupStatus {
            version: version.into(),
            delegated_controllers: Vec::new(),
            limits_available: false,
            summary: format!("cgroup v1{extra}: {no_limits}"),
        };
    }
    CgroupStatus {
        version: "none".into(),
        delegated_controllers: Vec::new(),
        limits_available: false,
        summary: format!("no cgroup filesystem is mounted: {no_limits}"),
    }
}

/// The seccomp mode of this process from /proc/self/status (`None`: the kernel has no seccomp;
/// 0: none, 1: strict, 2: filter, as when den itself runs in a container).
pub fn seccomp_mode() -> Option<u32> {
    parse_seccomp(&fs::read_to_string("/proc/self/status").ok()?)
}

fn parse_seccomp(status: &str) -> Option<u32> {
    status
        .lines()
        .find_map(|l| l.strip_prefix("Seccomp:"))
        .and_then(|v| v.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn driver_names_match_config_names() {
        for d in [
            Driver::Overlay,
            Driver::FuseOverlayfs("/usr/bin/fuse-overlayfs".into()),
            Driver::Vfs,
        ] {
            assert!(DRIVER_NAMES.contains(&d.name()));
        }
    }

    #[test]
    fn fs_magic_numbers_have_names() {
        assert_eq!(fs_type_name(0xEF53), "ext4");
        assert_eq!(fs_type_name(0x6969), "nfs");
        assert_eq!(fs_type_name(0x794C_7630), "overlay");
        assert_eq!(fs_type_name(0x0102_1994), "tmpfs");
        assert_eq!(fs_type_name(0x1234), "unknown (0x1234)");
        assert!(is_network_fs("nfs") && !is_network_fs("ext4"));
    }

    const HYBRID: &str = "\
tmpfs /sys/fs/cgroup tmpfs rw,relatime,mode=755 0 0
cgroup /sys/fs/cgroup/memory cgroup rw,relatime,memory 0 0
cgroup /sys/fs/cgroup/pids cgroup rw,relatime,pids 0 0
cgroup2 /sys/fs/cgroup/unified cgroup2 rw,relatime 0 0
";

    #[test]
    fn cgroup_v1_with_empty_unified_says_no_limits() {
        let s = classify_cgroups(HYBRID, None);
        assert_eq!(s.version, "hybrid");
        assert!(!s.limits_available);
        assert!(s.summary.contains("cannot apply resource limits"));
        assert!(s.summary.contains("/sys/fs/cgroup/unified"));
        let v1_only = HYBRID.replace(
            "cgroup2 /sys/fs/cgroup/unified cgroup2 rw,relatime 0 0\n",
            "",
        );
        assert_eq!(classify_cgroups(&v1_only, None).version, "v1");
    }

    #[test]
    fn cgroup_v2_needs_a_delegated_writable_cgroup() {
        let mounts = "cgroup2 /sys/fs/cgroup cgroup2 rw,nsdelegate 0 0\n";
        let none = classify_cgroups(mounts, None);
        assert_eq!(none.version, "v2");
        assert!(!none.limits_available);
        assert!(none.summary.contains("no cgroup is delegated"));
        let delegated = V2Delegation {
            writable_cgroup: Some(
                "/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service".into(),
            ),
            controllers: vec!["cpu".into(), "memory".into(), "pids".into()],
        };
        let ok = classify_cgroups(mounts, Some(&delegated));
        assert!(ok.limits_available);
        assert_eq!(ok.delegated_controllers, ["cpu", "memory", "pids"]);
        let no_ctl = V2Delegation {
            controllers: vec![],
            ..delegated
        };
        assert!(!classify_cgroups(mounts, Some(&no_ctl)).limits_available);
    }

    #[test]
    fn no_cgroup_mounts_is_none() {
        assert_eq!(
            classify_cgroups("proc /proc proc rw 0 0\n", None).version,
            "none"
        );
    }

    #[test]
    fn seccomp_line_is_parsed() {
        assert_eq!(
            parse_seccomp("Name:\tden\nSeccomp:\t2\nSeccomp_filters:\t1\n"),
            Some(2)
        );
        assert_eq!(parse_seccomp("Name:\tden\n"), None);
    }

    #[test]
    fn sysctls_that_forbid_userns_name_the_fix() {
        let ok = UsernsSysctls {
            unprivileged_userns_clone: None,
            max_user_namespaces: Some(1000),
        };
        assert!(ok.check().is_ok());
        let (_, fix) = UsernsSysctls {
            unprivileged_userns_clone: Some(0),
            ..ok
        }
        .check()
        .unwrap_err();
        assert!(fix.contains("unprivileged_userns_clone=1"));
        let (_, fix) = UsernsSysctls {
            max_user_namespaces: Some(0),
            ..ok
        }
        .check()
        .unwrap_err();
        assert!(fix.contains("max_user_namespaces"));
    }

    #[test]
    fn probe_cache_is_keyed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("run/driver.json");
        let key = ProbeKey {
            kernel: "6.1.0".into(),
            store: "/home/a/.local/share/den".into(),
            store_dev: 42,
            one_id: false,
        };
        write_cache(
            &path,
            &CachedProbe {
                key: key.clone(),
                overlay_works: false,
                detail: "EPERM".into(),
            },
        )
        .unwrap();
        assert_eq!(read_cache(&path, &key).unwrap().detail, "EPERM");
        let other = ProbeKey {
            store_dev: 43,
            ..key
        };
        assert!(read_cache(&path, &other).is_none());
    }
}
