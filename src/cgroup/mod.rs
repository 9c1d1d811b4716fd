//! Containers' cgroups: resource flags (`limits`), the cgroup v2 files (`v2`, pure over a
//! root path), and here the host side: where den may make groups (the user's delegated v2
//! subtree), podman's warning where it may not, one group per container (`den-<id>`, made by
//! the den that runs the container: `den run` in the foreground, the monitor when detached),
//! and finding a running container's group for `stats` and `pause`.

pub mod limits;
pub mod v2;

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use nix::unistd::Pid;

pub use limits::{CgroupsMode, ResourceFlags, Resources};

/// The cgroup v2 mount den uses.
pub const ROOT: &str = "/sys/fs/cgroup";

/// The prefix of a container group's name.
const GROUP_PREFIX: &str = "den-";

fn writable(p: &Path) -> bool {
    use nix::unistd::{AccessFlags, access};
    access(p, AccessFlags::W_OK).is_ok()
        && access(&p.join("cgroup.procs"), AccessFlags::W_OK).is_ok()
}

/// The group under which this process may make container groups: on a unified (v2) host,
/// the nearest writable one from its own cgroup up. None on v1, hybrid, or without
/// delegation.
pub fn delegated_parent() -> Option<PathBuf> {
    if crate::host::cgroup_status().version != "v2" {
        return None;
    }
    let root = Path::new(ROOT);
    let own = v2::own_cgroup(root, &std::fs::read_to_string("/proc/self/cgroup").ok()?)?;
    v2::delegated_parent(root, &own, &writable)
}

/// The resources a new container keeps. Where den can apply limits they are checked as
/// podman checks them; where it cannot (cgroup v1, no delegation), podman's warning is
/// printed and the limits are dropped, so `inspect` shows 0 as podman's does.
pub fn effective(resources: Resources) -> Result<Resources> {
    if !resources.any_limit() {
        return Ok(resources);
    }
    let status = crate::host::cgroup_status();
    if resources.cgroups != CgroupsMode::Disabled
        && status.limits_available
        && delegated_parent().is_some()
    {
        resources.check_applicable()?;
        return Ok(resources);
    }
    eprintln!("{}", crate::host::limits_warning(&status));
    Ok(resources.without_limits())
}

/// A container's own cgroup, made before its init starts and removed after it ends.
#[derive(Debug)]
pub struct ContainerGroup {
    dir: PathBuf,
    /// Limits were asked for: failing to move the container in is an error (without them,
    /// the container runs in den's cgroup and stats and pause use /proc).
    required: bool,
}

impl ContainerGroup {
    /// Makes the group of container `id` with its limits, where den can: None with
    /// `--cgroups=disabled`, on v1, or without delegation (then the container runs in den's
    /// own cgroup). An error when limits were asked for and cannot be written.
    pub fn prepare(id: &str, resources: &Resources) -> Result<Option<ContainerGroup>> {
        if resources.cgroups == CgroupsMode::Disabled {
            return Ok(None);
        }
        let Some(mut parent) = delegated_parent() else {
            return Ok(None);
        };
        if !resources.cgroup_parent.is_empty() {
            if resources.cgroup_parent.split('/').any(|c| c == "..") {
                anyhow::bail!(
                    "cgroup parent \"{}\" leaves den's cgroup",
                    resources.cgroup_parent
                );
            }
            parent = parent.join(crate::plan::relative(Path::new(&resources.cgroup_parent)));
            std::fs::create_dir_all(&parent)
                .with_context(|| format!("creating cgroup \"{}\"", parent.display()))?;
        }
        v2::enable_controllers(&parent);
        match v2::create_group(&parent, &format!("{GROUP_PREFIX}{id}"), resources) {
            Ok(dir) => Ok(Some(ContainerGroup {
                dir,
                required: resources.any_limit(),
            })),
            Err(e) if resources.any_limit() => Err(e).context("applying the resource limits"),
            Err(e) => {
                tracing::debug!("no cgroup of its own for the container: {e:#}");
                Ok(None)
            }
        }
    }

    /// Moves the container's init into the group (before it runs the program: every process
    /// it forks is then in the group).
    pub fn add(&self, pid: Pid) -> Result<()> {
        match v2::add_process(&self.dir, pid.as_raw()) {
            Err(e) if self.required => Err(e).context("applying the resource limits"),
            Err(e) => {
                tracing::debug!("the container stays in den's cgroup: {e:#}");
                Ok(())
            }
            Ok(()) => Ok(()),
        }
    }

    /// Removes the group once the container has ended.
    pub fn remove(self) {
        if let Err(e) = v2::remove_group(&self.dir) {
            tracing::warn!("{e:#}");
        }
    }
}

/// The group of a running container whose init is `pid`: the cgroup of that process when it
/// is a den container group.
pub fn group_of(pid: i32) -> Option<PathBuf> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/cgroup")).ok()?;
    let dir = v2::own_cgroup(Path::new(ROOT), &text)?;
    let name = dir.file_name()?.to_str()?;
    (name.starts_with(GROUP_PREFIX) && dir.join("cgroup.freeze").exists()).then_some(dir)
}
