//! Host facts `den info` and `den doctor` report, and the storage drivers' probes use: programs
//! in $PATH, FUSE, user namespace sysctls, AppArmor, the kernel release, the store's
//! filesystem type, cgroups, seccomp. Parsing and naming are pure functions with unit tests.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use serde::Serialize;

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

/// The warning `run`/`create` print when resource limits are asked for and cannot be applied:
/// podman's own sentence on cgroup v1, and what den found on a v2 host without delegation.
pub fn limits_warning(status: &CgroupStatus) -> String {
    if status.version == "v2" {
        format!("Resource limits are ignored: {}", status.summary)
    } else {
        "Resource limits are not supported and ignored on cgroups V1 rootless systems".into()
    }
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
}
