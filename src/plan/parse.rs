//! Parsing and checking the pieces of a request one by one (mounts are in `mounts`):
//! capability names and sets, security options, the network mode, container names, and the
//! generated /etc files. Pure.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};
use caps::Capability;

use super::Network;
use crate::error::hinted;

/// `--entrypoint` is a JSON array or a single command word, as podman takes it.
pub(crate) fn parse_entrypoint(ep: &str) -> Vec<String> {
    if ep.trim_start().starts_with('[')
        && let Ok(list) = serde_json::from_str::<Vec<String>>(ep)
    {
        return list;
    }
    vec![ep.to_string()]
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

/// What `--security-opt` decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityOpts {
    /// den's seccomp filter applies.
    pub seccomp: bool,
    /// The process runs with no_new_privs (den's default; `no-new-privileges=false` turns it
    /// off, for a setuid sudo in a toolbox).
    pub no_new_privs: bool,
}

/// Security options, over den's defaults (seccomp on, no_new_privs on).
pub fn plan_security_opts(opts: &[String]) -> Result<SecurityOpts> {
    let mut out = SecurityOpts {
        seccomp: true,
        no_new_privs: true,
    };
    for opt in opts {
        let (key, value) = opt.split_once(['=', ':']).unwrap_or((opt, ""));
        match (key, value) {
            ("seccomp", "unconfined") => out.seccomp = false,
            ("seccomp", other) => {
                return Err(hinted(
                    format!("seccomp profile \"{other}\" is not supported"),
                    "den applies its built-in filter; use --security-opt seccomp=unconfined to turn it off",
                ));
            }
            ("no-new-privileges" | "no_new_privileges", "" | "true") => out.no_new_privs = true,
            ("no-new-privileges" | "no_new_privileges", "false") => out.no_new_privs = false,
            // den has no SELinux or AppArmor labels to set: these are accepted for
            // compatibility.
            ("label", _) | ("apparmor", "unconfined") => {}
            _ => bail!("unknown security option \"{opt}\""),
        }
    }
    Ok(out)
}

/// Parses `--network` (`network::parse_network`); `private` uses `helper`.
pub fn plan_network(mode: &str, helper: Option<crate::network::HelperKind>) -> Result<Network> {
    crate::network::parse_network(mode, helper)
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

/// Makes a container-relative path from an absolute one (`/etc/hosts` -> `etc/hosts`).
pub fn relative(path: &Path) -> PathBuf {
    path.strip_prefix("/").unwrap_or(path).to_path_buf()
}

/// A docker-style `adjective_noun` name, derived from the id.
pub(crate) fn generate_name(id: &str) -> String {
    const ADJECTIVES: &[&str] = &[
        "brave", "calm", "eager", "fancy", "gentle", "happy", "jolly", "keen", "lucid", "merry",
        "nimble", "proud", "quiet", "rapid", "sharp", "tidy", "vivid", "witty", "young", "zesty",
    ];
    const NOUNS: &[&str] = &[
        "badger", "crane", "dingo", "eagle", "ferret", "gecko", "heron", "ibis", "jackal", "koala",
        "lemur", "marten", "newt", "otter", "panda", "quail", "raven", "stoat", "tapir", "walrus",
    ];
    let n = id
        .get(..8)
        .and_then(|h| u64::from_str_radix(h, 16).ok())
        .unwrap_or(0);
    let n = usize::try_from(n).unwrap_or(0);
    format!(
        "{}_{}_{}",
        ADJECTIVES[n % ADJECTIVES.len()],
        NOUNS[(n / ADJECTIVES.len()) % NOUNS.len()],
        id.get(8..12).unwrap_or(id)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::DEFAULT_CAPABILITIES;

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
        let default = plan_security_opts(&[]).unwrap();
        assert!(default.seccomp && default.no_new_privs);
        assert!(
            !plan_security_opts(&["seccomp=unconfined".into()])
                .unwrap()
                .seccomp
        );
        assert!(
            plan_security_opts(&["no-new-privileges".into()])
                .unwrap()
                .no_new_privs
        );
        let off = plan_security_opts(&["no-new-privileges=false".into()]).unwrap();
        assert!(off.seccomp && !off.no_new_privs);
        assert!(plan_security_opts(&["seccomp=/x.json".into()]).is_err());
        assert!(plan_security_opts(&["bogus".into()]).is_err());
    }

    #[test]
    fn network_and_names() {
        assert_eq!(plan_network("none", None).unwrap(), Network::None);
        assert!(plan_network("bridge", None).is_err());
        assert!(validate_name("web-1").is_ok());
        assert!(validate_name("-x").is_err());
        assert!(validate_name("a/b").is_err());
    }

    #[test]
    fn names_are_docker_style() {
        let name = generate_name(&"ab".repeat(32));
        assert!(name.contains('_') && name.ends_with("abab"), "{name}");
        assert!(!generate_name("x").is_empty());
    }
}
