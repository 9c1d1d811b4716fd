//! cgroup v2 files of one container's group, under a root path (the real one is
//! /sys/fs/cgroup; unit tests pass a temporary tree): the delegated parent, enabling its
//! controllers, the limit files and podman's conversions, moving a process in, freezing,
//! the usage counters for `den stats`, and removal.

use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result};

use super::limits::Resources;

/// The controllers den enables for a container's group (where the parent has them).
pub const CONTROLLERS: &[&str] = &["cpu", "cpuset", "io", "memory", "pids"];

/// The cgroup (under `root`) a process is in, from the text of /proc/PID/cgroup
/// (`0::/user.slice/...`).
pub fn own_cgroup(root: &Path, proc_cgroup: &str) -> Option<PathBuf> {
    let rel = proc_cgroup
        .lines()
        .find_map(|l| l.strip_prefix("0::"))?
        .trim()
        .trim_start_matches('/');
    Some(root.join(rel))
}

/// The nearest cgroup, from `own` up to (not including) `root`, that this user can create
/// groups in: writable, and not `own` itself while it holds processes (cgroup v2's "no
/// internal processes" rule: a group with processes cannot give controllers to children).
pub fn delegated_parent(
    root: &Path,
    own: &Path,
    writable: &dyn Fn(&Path) -> bool,
) -> Option<PathBuf> {
    own.ancestors()
        .take_while(|p| p.starts_with(root) && *p != root)
        .find(|p| {
            writable(p)
                && !(*p == own
                    && fs::read_to_string(p.join("cgroup.procs"))
                        .is_ok_and(|t| !t.trim().is_empty()))
        })
        .map(Path::to_path_buf)
}

/// The controllers a cgroup offers its children (`cgroup.controllers`).
pub fn controllers(dir: &Path) -> Vec<String> {
    fs::read_to_string(dir.join("cgroup.controllers"))
        .map(|t| t.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// Enables in `parent`'s `cgroup.subtree_control` each of `CONTROLLERS` that it has, one at a
/// time (one refused controller does not stop the others); returns those enabled for children.
pub fn enable_controllers(parent: &Path) -> Vec<String> {
    let available = controllers(parent);
    let path = parent.join("cgroup.subtree_control");
    for c in CONTROLLERS
        .iter()
        .filter(|c| available.iter().any(|a| a == *c))
    {
        let enabled = fs::read_to_string(&path).unwrap_or_default();
        if !enabled.split_whitespace().any(|e| e == *c) {
            let _ = fs::write(&path, format!("+{c}"));
        }
    }
    fs::read_to_string(&path)
        .map(|t| t.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// podman's (runc's) conversion of CPU shares (2..262144) to cgroup v2's cpu.weight
/// (1..10000).
pub fn shares_to_weight(shares: u64) -> u64 {
    if shares == 0 {
        return 0;
    }
    1 + (shares.clamp(2, 262_144) - 2) * 9999 / 262_142
}

/// podman's conversion of a blkio weight (10..1000) to io.weight (1..10000).
pub fn blkio_to_io_weight(weight: u16) -> u64 {
    if weight == 0 {
        return 0;
    }
    1 + (u64::from(weight).clamp(10, 1000) - 10) * 9999 / 990
}

fn max_or(v: i64) -> String {
    if v < 0 { "max".into() } else { v.to_string() }
}

/// The files and values a container's limits become, in the order they are written.
pub fn limit_files(r: &Resources) -> Vec<(&'static str, String)> {
    let mut files = Vec::new();
    if r.memory != 0 {
        files.push(("memory.max", max_or(r.memory)));
    }
    if r.memory_reservation > 0 {
        files.push(("memory.low", r.memory_reservation.to_string()));
    }
    // podman's --memory-swap is memory plus swap; v2's memory.swap.max is the swap alone.
    if r.memory_swap < 0 {
        files.push(("memory.swap.max", "max".into()));
    } else if r.memory_swap > 0 && r.memory > 0 {
        files.push((
            "memory.swap.max",
            (r.memory_swap - r.memory).max(0).to_string(),
        ));
    }
    let (quota, period) = r.cpu_quota_period();
    if quota != 0 || period != 0 {
        let period = if period == 0 {
            super::limits::DEFAULT_CPU_PERIOD
        } else {
            period
        };
        let quota = if quota <= 0 {
            "max".to_string()
        } else {
            quota.to_string()
        };
        files.push(("cpu.max", format!("{quota} {period}")));
    }
    if r.cpu_shares != 0 {
        files.push(("cpu.weight", shares_to_weight(r.cpu_shares).to_string()));
    }
    if !r.cpuset_cpus.is_empty() {
        files.push(("cpuset.cpus", r.cpuset_cpus.clone()));
    }
    if !r.cpuset_mems.is_empty() {
        files.push(("cpuset.mems", r.cpuset_mems.clone()));
    }
    if r.pids_limit != 0 {
        files.push(("pids.max", max_or(r.pids_limit)));
    }
    if r.blkio_weight != 0 {
        files.push((
            "io.weight",
            format!("default {}", blkio_to_io_weight(r.blkio_weight)),
        ));
    }
    files
}

/// Creates the container's group `parent/name` and writes its limits.
pub fn create_group(parent: &Path, name: &str, r: &Resources) -> Result<PathBuf> {
    let dir = parent.join(name);
    match fs::create_dir(&dir) {
        Ok(()) => {}
        Err(e) if e.kind() == ErrorKind::AlreadyExists => {}
        Err(e) => {
            return Err(e).with_context(|| format!("creating cgroup \"{}\"", dir.display()));
        }
    }
    for (file, value) in limit_files(r) {
        if let Err(e) = fs::write(dir.join(file), &value) {
            let _ = remove_group(&dir);
            return Err(e).with_context(|| {
                format!("writing \"{value}\" to \"{}\"", dir.join(file).display())
            });
        }
    }
    Ok(dir)
}

/// Moves process `pid` (and the threads of its group) into the group.
pub fn add_process(dir: &Path, pid: i32) -> Result<()> {
    fs::write(dir.join("cgroup.procs"), pid.to_string())
        .with_context(|| format!("moving process {pid} into cgroup \"{}\"", dir.display()))
}

/// Freezes (`true`) or thaws the group's processes (`cgroup.freeze`).
pub fn set_frozen(dir: &Path, frozen: bool) -> Result<()> {
    fs::write(dir.join("cgroup.freeze"), if frozen { "1" } else { "0" })
        .with_context(|| format!("writing \"{}\"", dir.join("cgroup.freeze").display()))
}

/// Whether the group is frozen (`cgroup.events` says `frozen 1`).
pub fn is_frozen(dir: &Path) -> bool {
    fs::read_to_string(dir.join("cgroup.events"))
        .is_ok_and(|t| t.lines().any(|l| l.trim() == "frozen 1"))
}

/// Removes the group once its processes are gone: rmdir, retried for a short while (the
/// kernel empties a group a moment after its last process is reaped); `cgroup.kill` ends
/// stragglers where the kernel has it.
pub fn remove_group(dir: &Path) -> Result<()> {
    for attempt in 0..50 {
        match fs::remove_dir(dir) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
            Err(e) if attempt == 49 => {
                return Err(e).with_context(|| format!("removing cgroup \"{}\"", dir.display()));
            }
            Err(_) => {
                if attempt == 10 {
                    let _ = fs::write(dir.join("cgroup.kill"), "1");
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
    Ok(())
}

/// What `den stats` reads from a group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Usage {
    pub cpu_nanos: u64,
    pub memory: u64,
    /// `memory.max`; None: max.
    pub memory_limit: Option<u64>,
    pub pids: u64,
    pub read_bytes: u64,
    pub write_bytes: u64,
}

fn read_u64(path: &Path) -> Option<u64> {
    fs::read_to_string(path).ok()?.trim().parse().ok()
}

/// Reads the group's counters.
pub fn usage(dir: &Path) -> Usage {
    let cpu_nanos = fs::read_to_string(dir.join("cpu.stat"))
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("usage_usec "))
                .and_then(|v| v.trim().parse::<u64>().ok())
        })
        .map_or(0, |us| us * 1000);
    let (mut read_bytes, mut write_bytes) = (0, 0);
    for line in fs::read_to_string(dir.join("io.stat"))
        .unwrap_or_default()
        .lines()
    {
        for field in line.split_whitespace() {
            if let Some(v) = field.strip_prefix("rbytes=") {
                read_bytes += v.parse::<u64>().unwrap_or(0);
            } else if let Some(v) = field.strip_prefix("wbytes=") {
                write_bytes += v.parse::<u64>().unwrap_or(0);
            }
        }
    }
    Usage {
        cpu_nanos,
        memory: read_u64(&dir.join("memory.current")).unwrap_or(0),
        memory_limit: read_u64(&dir.join("memory.max")),
        pids: read_u64(&dir.join("pids.current")).unwrap_or(0),
        read_bytes,
        write_bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cgroup::limits::{ResourceFlags, Resources};

    fn fake_tree() -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let user = tmp
            .path()
            .join("user.slice/user-1000.slice/user@1000.service");
        let scope = user.join("app.slice/den.scope");
        fs::create_dir_all(&scope).unwrap();
        fs::write(
            user.join("cgroup.controllers"),
            "cpuset cpu io memory pids\n",
        )
        .unwrap();
        fs::write(user.join("cgroup.subtree_control"), "").unwrap();
        fs::write(scope.join("cgroup.procs"), "4242\n").unwrap();
        (tmp, user)
    }

    #[test]
    fn own_cgroup_reads_the_unified_line() {
        let root = Path::new("/sys/fs/cgroup");
        let text = "12:pids:/x\n0::/user.slice/user-1000.slice/session-3.scope\n";
        assert_eq!(
            own_cgroup(root, text).unwrap(),
            root.join("user.slice/user-1000.slice/session-3.scope")
        );
        assert_eq!(own_cgroup(root, "12:pids:/x\n"), None);
    }

    #[test]
    fn the_parent_is_the_nearest_writable_group_without_den_in_it() {
        let (tmp, user) = fake_tree();
        let own = user.join("app.slice/den.scope");
        // Only the user's service is delegated: den's own scope holds den, app.slice is not
        // writable.
        let writable = |p: &Path| p == user || p == own;
        assert_eq!(
            delegated_parent(tmp.path(), &own, &writable),
            Some(user.clone())
        );
        // An empty own group may be used itself.
        fs::write(own.join("cgroup.procs"), "").unwrap();
        assert_eq!(
            delegated_parent(tmp.path(), &own, &writable),
            Some(own.clone())
        );
        // Nothing writable below the root: no parent (the root itself never counts).
        assert_eq!(
            delegated_parent(tmp.path(), &own, &|p: &Path| p == tmp.path()),
            None
        );
    }

    #[test]
    fn controllers_are_enabled_one_by_one() {
        let (_tmp, user) = fake_tree();
        // A plain file stands for subtree_control: each write replaces it, so the result
        // shows that each controller was written as "+NAME" on its own.
        let enabled = enable_controllers(&user);
        assert_eq!(enabled, vec!["+pids".to_string()]);
        fs::write(user.join("cgroup.controllers"), "").unwrap();
        fs::write(user.join("cgroup.subtree_control"), "").unwrap();
        assert!(enable_controllers(&user).is_empty());
    }

    #[test]
    fn conversions_are_podmans() {
        assert_eq!(shares_to_weight(1024), 39);
        assert_eq!(shares_to_weight(2), 1);
        assert_eq!(shares_to_weight(262_144), 10000);
        assert_eq!(shares_to_weight(0), 0);
        assert_eq!(blkio_to_io_weight(10), 1);
        assert_eq!(blkio_to_io_weight(1000), 10000);
        assert_eq!(blkio_to_io_weight(500), 4950);
    }

    #[test]
    fn a_group_gets_every_limit_file_then_is_removed() {
        let (_tmp, user) = fake_tree();
        let r = Resources::from_flags(&ResourceFlags {
            memory: Some("64m".into()),
            memory_swap: Some("96m".into()),
            memory_reservation: Some("32m".into()),
            cpus: Some("0.5".into()),
            cpu_shares: Some("1024".into()),
            cpuset_cpus: Some("0-1".into()),
            cpuset_mems: Some("0".into()),
            pids_limit: Some("10".into()),
            blkio_weight: Some("500".into()),
            ..ResourceFlags::default()
        })
        .unwrap();
        let dir = create_group(&user, "den-abc", &r).unwrap();
        let read = |f: &str| fs::read_to_string(dir.join(f)).unwrap();
        assert_eq!(read("memory.max"), (64u64 << 20).to_string());
        assert_eq!(read("memory.swap.max"), (32u64 << 20).to_string());
        assert_eq!(read("memory.low"), (32u64 << 20).to_string());
        assert_eq!(read("cpu.max"), "50000 100000");
        assert_eq!(read("cpu.weight"), "39");
        assert_eq!(read("cpuset.cpus"), "0-1");
        assert_eq!(read("cpuset.mems"), "0");
        assert_eq!(read("pids.max"), "10");
        assert_eq!(read("io.weight"), "default 4950");
        add_process(&dir, 77).unwrap();
        assert_eq!(read("cgroup.procs"), "77");
        set_frozen(&dir, true).unwrap();
        assert_eq!(read("cgroup.freeze"), "1");
        // A real group's files vanish with it; the fake's must go first.
        for entry in fs::read_dir(&dir).unwrap() {
            fs::remove_file(entry.unwrap().path()).unwrap();
        }
        remove_group(&dir).unwrap();
        assert!(!dir.exists());
        remove_group(&dir).unwrap(); // gone already: fine
    }

    #[test]
    fn unlimited_values_are_written_as_max() {
        let r = Resources {
            memory: -1,
            memory_swap: -1,
            pids_limit: -1,
            cpu_period: 50_000,
            ..Resources::default()
        };
        let files = limit_files(&r);
        assert_eq!(
            files,
            vec![
                ("memory.max", "max".to_string()),
                ("memory.swap.max", "max".to_string()),
                ("cpu.max", "max 50000".to_string()),
                ("pids.max", "max".to_string()),
            ]
        );
        assert!(limit_files(&Resources::default()).is_empty());
    }

    #[test]
    fn usage_reads_the_counters() {
        let (_tmp, user) = fake_tree();
        let dir = user.join("den-x");
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("cpu.stat"), "usage_usec 1500\nuser_usec 1000\n").unwrap();
        fs::write(dir.join("memory.current"), "4096\n").unwrap();
        fs::write(dir.join("memory.max"), "max\n").unwrap();
        fs::write(dir.join("pids.current"), "3\n").unwrap();
        fs::write(
            dir.join("io.stat"),
            "8:0 rbytes=10 wbytes=20 rios=1\n8:16 rbytes=1 wbytes=2\n",
        )
        .unwrap();
        assert_eq!(
            usage(&dir),
            Usage {
                cpu_nanos: 1_500_000,
                memory: 4096,
                memory_limit: None,
                pids: 3,
                read_bytes: 11,
                write_bytes: 22,
            }
        );
        fs::write(dir.join("cgroup.events"), "populated 1\nfrozen 1\n").unwrap();
        assert!(is_frozen(&dir));
    }
}
