//! Carrying out the process part of `plan::namespaces` inside the container: `--sysctl`
//! (written under /proc/sys once the container's /proc is mounted), `--ulimit` and
//! `--umask` (in the program's process before exec), `--group-add` (the groups the program
//! switches to).

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use nix::sys::resource::{Resource, setrlimit};

use crate::error::{EXIT_CANNOT_EXECUTE, ExitCodeExt, HintExt};
use crate::plan::{ProcessLimits, Rlimit};

/// Writes each sysctl under /proc/sys (after pivot_root, before /proc/sys is made
/// read-only). The plan allowed only those of namespaces the container owns.
pub fn write_sysctls(sysctls: &[(String, String)]) -> Result<()> {
    for (key, value) in sysctls {
        let path = PathBuf::from("/proc/sys").join(key.replace('.', "/"));
        fs::write(&path, value)
            .with_context(|| format!("setting sysctl {key}={value} (\"{}\")", path.display()))?;
    }
    Ok(())
}

fn resource(name: &str) -> Option<Resource> {
    Some(match name {
        "as" => Resource::RLIMIT_AS,
        "core" => Resource::RLIMIT_CORE,
        "cpu" => Resource::RLIMIT_CPU,
        "data" => Resource::RLIMIT_DATA,
        "fsize" => Resource::RLIMIT_FSIZE,
        "locks" => Resource::RLIMIT_LOCKS,
        "memlock" => Resource::RLIMIT_MEMLOCK,
        "msgqueue" => Resource::RLIMIT_MSGQUEUE,
        "nice" => Resource::RLIMIT_NICE,
        "nofile" => Resource::RLIMIT_NOFILE,
        "nproc" => Resource::RLIMIT_NPROC,
        "rss" => Resource::RLIMIT_RSS,
        "rtprio" => Resource::RLIMIT_RTPRIO,
        "rttime" => Resource::RLIMIT_RTTIME,
        "sigpending" => Resource::RLIMIT_SIGPENDING,
        "stack" => Resource::RLIMIT_STACK,
        _ => return None,
    })
}

/// Sets the rlimits and the umask of this process (the program's, before exec). Raising a
/// hard limit needs CAP_SYS_RESOURCE in the host's user namespace, which a rootless
/// container never has: exit 126, as podman's runtime.
pub fn apply(limits: &ProcessLimits) -> Result<()> {
    for Rlimit { name, soft, hard } in &limits.rlimits {
        let Some(res) = resource(name) else {
            bail!("unknown resource limit \"{name}\"");
        };
        if let Err(e) = setrlimit(res, *soft, *hard) {
            let (_, have) = nix::sys::resource::getrlimit(res).unwrap_or((0, 0));
            let show = |v: u64| {
                if v == u64::MAX {
                    "unlimited".to_string()
                } else {
                    v.to_string()
                }
            };
            return Err(anyhow::Error::new(e).context(format!(
                "setting the {name} limit to {}:{}: operation not permitted above your hard limit {}",
                show(*soft),
                show(*hard),
                show(have)
            )))
            .exit_code(EXIT_CANNOT_EXECUTE)
            .hint(format!(
                "ask for at most {}, or raise your session's hard limit (limits.conf)",
                show(have)
            ));
        }
    }
    nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(limits.umask));
    Ok(())
}

/// The `--group-add` groups as gids, names looked up in the container's /etc/group; podman's
/// error (exit 126) for a name it does not have.
pub fn added_groups(limits: &ProcessLimits, id: &str) -> Result<Vec<u32>> {
    if limits.group_add.is_empty() {
        return Ok(Vec::new());
    }
    let group = fs::read_to_string("/etc/group").unwrap_or_default();
    limits
        .group_add
        .iter()
        .map(|g| {
            if let Ok(gid) = g.parse::<u32>() {
                return Ok(gid);
            }
            group
                .lines()
                .find_map(|l| {
                    let f: Vec<&str> = l.split(':').collect();
                    (f.len() >= 3 && f[0] == g).then(|| f[2].parse().ok()).flatten()
                })
                .with_context(|| {
                    format!(
                        "looking up supplemental groups for container {id}: Unable to find group {g}: no matching entries in group file"
                    )
                })
                .exit_code(EXIT_CANNOT_EXECUTE)
        })
        .collect()
}
