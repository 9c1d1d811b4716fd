//! The resource and secret flags of `run` and `create` (flattened into `RunArgs`).

use clap::Args;

#[derive(Debug, Clone, Default, Args)]
pub struct ResourceArgs {
    /// Memory limit: a number with an optional unit b, k, m, g (e.g. 512m). Applied in a
    /// cgroup v2 subtree delegated to you; on cgroup v1 it is ignored with podman's warning.
    #[arg(short, long, value_name = "SIZE", allow_hyphen_values = true)]
    pub memory: Option<String>,

    /// Memory plus swap limit (-1: unlimited swap); needs --memory.
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub memory_swap: Option<String>,

    /// Soft memory limit (cgroup v2 memory.low).
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub memory_reservation: Option<String>,

    /// Number of CPUs the container may use (e.g. 1.5: a quota of 150 ms per 100 ms).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub cpus: Option<String>,

    /// Relative CPU weight (podman's shares, 2 to 262144; 1024 is the default weight).
    #[arg(short = 'c', long, value_name = "SHARES", allow_hyphen_values = true)]
    pub cpu_shares: Option<String>,

    /// CPU time per period, in microseconds (with --cpu-period; not with --cpus).
    #[arg(long, value_name = "USEC", allow_hyphen_values = true)]
    pub cpu_quota: Option<String>,

    /// Length of a CPU quota period, in microseconds (1000 to 1000000).
    #[arg(long, value_name = "USEC", allow_hyphen_values = true)]
    pub cpu_period: Option<String>,

    /// CPUs the container may run on (0-3, 0,1).
    #[arg(long, value_name = "CPUS")]
    pub cpuset_cpus: Option<String>,

    /// Memory nodes the container may use (0-3, 0,1).
    #[arg(long, value_name = "NODES")]
    pub cpuset_mems: Option<String>,

    /// Most processes the container may have (-1: unlimited).
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub pids_limit: Option<String>,

    /// Block I/O weight, 10 to 1000 (cgroup v2 io.weight).
    #[arg(long, value_name = "WEIGHT", allow_hyphen_values = true)]
    pub blkio_weight: Option<String>,

    /// Make the container's cgroup below this path of your delegated cgroup.
    #[arg(long, value_name = "PATH")]
    pub cgroup_parent: Option<String>,

    /// Whether the container gets a cgroup of its own: enabled (the default, where cgroup v2
    /// is delegated to you), disabled (it stays in den's cgroup), no-conmon and split (as
    /// enabled: den has no conmon, and its monitor is never in the container's group).
    #[arg(long, value_name = "MODE")]
    pub cgroups: Option<String>,

    /// Give the container a secret made with `den secret create`:
    /// NAME[,type=mount|env][,target=PATH|VAR][,uid=UID,gid=GID,mode=MODE]. type=mount (the
    /// default) mounts it read-only at /run/secrets/NAME (or target: an absolute path, or a
    /// name under /run/secrets), mode 0444 unless given; type=env sets the variable NAME (or
    /// target) to its content.
    #[arg(long, value_name = "NAME[,OPTS]")]
    pub secret: Vec<String>,
}

impl ResourceArgs {
    /// The resource flags as given, for `plan` to parse.
    #[must_use]
    pub fn to_flags(&self) -> crate::cgroup::ResourceFlags {
        crate::cgroup::ResourceFlags {
            memory: self.memory.clone(),
            memory_swap: self.memory_swap.clone(),
            memory_reservation: self.memory_reservation.clone(),
            cpus: self.cpus.clone(),
            cpu_shares: self.cpu_shares.clone(),
            cpu_quota: self.cpu_quota.clone(),
            cpu_period: self.cpu_period.clone(),
            cpuset_cpus: self.cpuset_cpus.clone(),
            cpuset_mems: self.cpuset_mems.clone(),
            pids_limit: self.pids_limit.clone(),
            blkio_weight: self.blkio_weight.clone(),
            cgroup_parent: self.cgroup_parent.clone(),
            cgroups: self.cgroups.clone(),
        }
    }
}
