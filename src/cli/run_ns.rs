//! `run`/`create` flags for namespaces, privileges, devices, sysctls and process limits
//! (flattened into `RunArgs`; planned by `plan::namespaces`).

use clap::Args;

#[derive(Debug, Clone, Default, Args)]
pub struct NamespaceArgs {
    /// IPC namespace: private (the default), shareable (the same, rootless), none (private,
    /// without /dev/shm), host (the host's, with its /dev/shm), container:NAME (that running
    /// container's, and its user namespace), ns:PATH.
    #[arg(long, value_name = "MODE")]
    pub ipc: Option<String>,

    /// PID namespace: private (the default), host (no PID namespace; /proc is the host's,
    /// bound, since a user namespace cannot mount a /proc of the host's PID namespace),
    /// container:NAME (that running container's, and its user namespace), ns:PATH.
    #[arg(long, value_name = "MODE")]
    pub pid: Option<String>,

    /// UTS namespace: private (the default), host (the host's hostname, which cannot be set:
    /// --hostname is refused), container:NAME (that running container's hostname), ns:PATH.
    #[arg(long, value_name = "MODE")]
    pub uts: Option<String>,

    /// Cgroup namespace: private, or host (the default on cgroup v1, as podman; private on
    /// cgroup v2).
    #[arg(long, value_name = "MODE")]
    pub cgroupns: Option<String>,

    /// Give the container every capability of its user namespace, no seccomp filter, no
    /// masked or read-only /proc and /sys paths, a writable /sys where the kernel allows, and
    /// the host's devices (bound in: rootless, only those your user may open are usable).
    #[arg(long)]
    pub privileged: bool,

    /// Bind a host device into the container: HOST[:CONTAINER][:PERMS], PERMS of r, w, m
    /// (accepted; rootless, the device's own permissions decide). A directory binds every
    /// device below it. A device your user cannot open is refused.
    #[arg(long, value_name = "HOST[:CONTAINER][:PERMS]")]
    pub device: Vec<String>,

    /// A device cgroup rule ('c 1:3 rwm'): checked and, as rootless podman, not applied (a
    /// rootless container has no device cgroup; its devices are those bound in).
    #[arg(long, value_name = "RULE")]
    pub device_cgroup_rule: Vec<String>,

    /// Add a supplementary group (name or id, looked up in the container's /etc/group), or
    /// keep-groups: keep your own supplementary groups (they show as nogroup inside).
    #[arg(long, value_name = "GROUP")]
    pub group_add: Vec<String>,

    /// Set a namespaced kernel parameter: KEY=VALUE. As podman: net.* with a network
    /// namespace of the container's own; kernel.msg*, kernel.sem, kernel.shm*, fs.mqueue.*
    /// with a private IPC namespace.
    #[arg(long, value_name = "KEY=VALUE")]
    pub sysctl: Vec<String>,

    /// A resource limit for the program: NAME=SOFT[:HARD] (nofile, nproc, core, memlock,
    /// stack, ...; -1 is unlimited), or host (den's own limits). Default, as rootless podman:
    /// nofile at your hard limit, nproc at kernel.pid_max. A limit above your hard limit is
    /// an error.
    #[arg(long, value_name = "NAME=SOFT[:HARD]")]
    pub ulimit: Vec<String>,

    /// The program's umask, in octal (default 0022).
    #[arg(long, value_name = "MASK")]
    pub umask: Option<String>,
}

impl NamespaceArgs {
    /// These flags as a settings layer.
    #[must_use]
    pub fn to_settings(&self) -> crate::plan::NsSettings {
        crate::plan::NsSettings {
            ipc: self.ipc.clone(),
            pid: self.pid.clone(),
            uts: self.uts.clone(),
            cgroupns: self.cgroupns.clone(),
            privileged: self.privileged.then_some(true),
            devices: self.device.clone(),
            device_cgroup_rules: self.device_cgroup_rule.clone(),
            group_add: self.group_add.clone(),
            sysctls: self.sysctl.clone(),
            ulimits: self.ulimit.clone(),
            umask: self.umask.clone(),
        }
    }
}
