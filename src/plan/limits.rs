//! The program's process limits: `--ulimit` (with podman's rootless defaults for nofile and
//! nproc), `--umask` and `--group-add`, parsed and checked as podman does. `runtime::limits`
//! applies them in the program's process before exec.

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};

use super::namespaces::{NsFacts, NsSettings};

/// One resource limit; `u64::MAX` is unlimited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rlimit {
    /// podman's name: nofile, nproc, core, ...
    pub name: String,
    pub soft: u64,
    pub hard: u64,
}

/// What the program's process gets besides its user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcessLimits {
    pub rlimits: Vec<Rlimit>,
    pub umask: u32,
    /// Supplementary groups added (`--group-add`): names or ids, resolved in the container.
    pub group_add: Vec<String>,
    /// `--group-add keep-groups`: the program keeps den's supplementary groups.
    pub keep_groups: bool,
}

impl Default for ProcessLimits {
    fn default() -> ProcessLimits {
        ProcessLimits {
            rlimits: Vec::new(),
            umask: 0o022,
            group_add: Vec::new(),
            keep_groups: false,
        }
    }
}

/// podman's ulimit names (containers/common's `ulimitNameMapping`).
pub const RLIMIT_NAMES: &[&str] = &[
    "as",
    "core",
    "cpu",
    "data",
    "fsize",
    "locks",
    "memlock",
    "msgqueue",
    "nice",
    "nofile",
    "nproc",
    "rss",
    "rtprio",
    "rttime",
    "sigpending",
    "stack",
];

/// podman's cap on its default nofile and nproc (`RLimitDefaultValue`).
const DEFAULT_MAX: u64 = 1_048_576;

pub(super) fn plan_limits(s: &NsSettings, facts: &NsFacts) -> Result<ProcessLimits> {
    let host = s.ulimits.iter().any(|u| u == "host");
    let mut rlimits = Vec::new();
    for spec in s.ulimits.iter().filter(|u| *u != "host") {
        let limit = ulimit(spec)?;
        rlimits.retain(|l: &Rlimit| l.name != limit.name);
        rlimits.push(limit);
    }
    if !host {
        // As rootless podman: nofile at den's hard limit, nproc at kernel.pid_max when den
        // may lower its limit to that, else den's own (podman's defaults, capped at 2^20).
        if !rlimits.iter().any(|l| l.name == "nofile") {
            let hard = facts.nofile.1.min(DEFAULT_MAX);
            rlimits.push(Rlimit {
                name: "nofile".into(),
                soft: hard,
                hard,
            });
        }
        if !rlimits.iter().any(|l| l.name == "nproc") {
            let (soft, hard) = match facts.pid_max {
                Some(max) if max <= facts.nproc.1 => (max, max),
                _ => facts.nproc,
            };
            rlimits.push(Rlimit {
                name: "nproc".into(),
                soft,
                hard,
            });
        }
    }
    let keep_groups = s.group_add.iter().any(|g| g == "keep-groups");
    if keep_groups && s.group_add.len() > 1 {
        bail!(
            "the '--group-add keep-groups' option is not allowed with any other --group-add options"
        );
    }
    Ok(ProcessLimits {
        rlimits,
        umask: match &s.umask {
            Some(u) => parse_umask(u)?,
            None => 0o022,
        },
        group_add: if keep_groups {
            Vec::new()
        } else {
            s.group_add.clone()
        },
        keep_groups,
    })
}

/// A `--ulimit` spec (`host`, or `NAME=SOFT[:HARD]`), checked with podman's error.
pub fn check_ulimit(spec: &str) -> Result<()> {
    if spec == "host" {
        return Ok(());
    }
    ulimit(spec).map(drop)
}

fn ulimit(spec: &str) -> Result<Rlimit> {
    parse_ulimit(spec).map_err(|why| {
        anyhow::anyhow!(
            "ulimit option \"{spec}\" requires name=SOFT:HARD, failed to be parsed: {why}"
        )
    })
}

/// `NAME=SOFT[:HARD]`; -1 is unlimited.
fn parse_ulimit(spec: &str) -> std::result::Result<Rlimit, String> {
    let Some((name, values)) = spec.split_once('=') else {
        return Err(format!("invalid ulimit argument: {spec}"));
    };
    if !RLIMIT_NAMES.contains(&name) {
        return Err(format!("invalid ulimit type: {name}"));
    }
    let value = |v: &str| -> std::result::Result<u64, String> {
        match v.parse::<i64>() {
            Ok(-1) => Ok(u64::MAX),
            Ok(n) if n >= 0 => Ok(n.unsigned_abs()),
            Ok(n) => Err(format!("invalid ulimit value: {n}")),
            Err(_) => Err(format!("invalid ulimit value \"{v}\": not a number")),
        }
    };
    let (soft, hard) = if let Some((s, h)) = values.split_once(':') {
        (value(s)?, value(h)?)
    } else {
        let v = value(values)?;
        (v, v)
    };
    if soft > hard {
        return Err(format!(
            "ulimit soft limit must be less than or equal to hard limit: {soft} > {hard}"
        ));
    }
    Ok(Rlimit {
        name: name.to_string(),
        soft,
        hard,
    })
}

/// An octal umask of up to four digits, as podman.
fn parse_umask(text: &str) -> Result<u32> {
    let ok = !text.is_empty() && text.len() <= 4 && text.chars().all(|c| ('0'..='7').contains(&c));
    match u32::from_str_radix(text, 8) {
        Ok(mask) if ok => Ok(mask),
        _ => bail!("invalid umask string {text}: invalid argument"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> NsFacts {
        NsFacts {
            nofile: (1024, 20_000),
            nproc: (96_362, 96_362),
            pid_max: Some(32_768),
            ..NsFacts::default()
        }
    }

    fn limits(ulimits: &[&str]) -> Result<ProcessLimits> {
        plan_limits(
            &NsSettings {
                ulimits: ulimits.iter().map(ToString::to_string).collect(),
                ..NsSettings::default()
            },
            &facts(),
        )
    }

    #[test]
    fn rootless_defaults_as_podman() {
        let l = limits(&[]).unwrap();
        let get = |n: &str| {
            l.rlimits
                .iter()
                .find(|r| r.name == n)
                .map(|r| (r.soft, r.hard))
        };
        assert_eq!(get("nofile"), Some((20_000, 20_000)));
        assert_eq!(get("nproc"), Some((32_768, 32_768)));
        assert_eq!(l.umask, 0o022);
        assert!(limits(&["host"]).unwrap().rlimits.is_empty());
    }

    #[test]
    fn ulimit_specs() {
        let l = limits(&["nofile=100:200", "core=-1"]).unwrap();
        assert!(l.rlimits.contains(&Rlimit {
            name: "nofile".into(),
            soft: 100,
            hard: 200
        }));
        assert!(
            l.rlimits
                .iter()
                .any(|r| r.name == "core" && r.soft == u64::MAX)
        );
        for (bad, phrase) in [
            ("bogus=1", "invalid ulimit type: bogus"),
            ("nofile=abc", "not a number"),
            ("nofile=200:100", "200 > 100"),
            ("nofile", "invalid ulimit argument"),
        ] {
            let err = limits(&[bad]).unwrap_err().to_string();
            assert!(
                err.contains("requires name=SOFT:HARD") && err.contains(phrase),
                "{err}"
            );
        }
    }

    #[test]
    fn umask_and_groups() {
        assert_eq!(parse_umask("0077").unwrap(), 0o077);
        assert_eq!(parse_umask("77").unwrap(), 0o077);
        assert!(parse_umask("999").is_err());
        assert!(parse_umask("01777").is_err());
        let groups = |g: &[&str]| {
            plan_limits(
                &NsSettings {
                    group_add: g.iter().map(ToString::to_string).collect(),
                    ..NsSettings::default()
                },
                &facts(),
            )
        };
        assert!(groups(&["keep-groups"]).unwrap().keep_groups);
        assert!(groups(&["keep-groups", "10"]).is_err());
        assert_eq!(groups(&["10", "audio"]).unwrap().group_add, ["10", "audio"]);
    }
}
