//! `--secret NAME[,type=mount|env][,target=..][,uid=,gid=,mode=]` of `run`/`create`, parsed
//! and checked as podman 4.3 does (pure). The command fills in each secret's id and data file
//! from the store (`store::secrets`); the runtime reads the data when the container starts.

use std::path::PathBuf;

use anyhow::{Result, bail};
use serde::{Deserialize, Serialize};

/// How a secret reaches the container.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretKind {
    /// A read-only file (default /run/secrets/NAME).
    Mount,
    /// An environment variable (default NAME).
    Env,
}

/// One secret a container uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SecretUse {
    pub name: String,
    /// The secret's id, set by the command from the store.
    #[serde(default)]
    pub id: String,
    /// The file that holds the secret's data, set by the command from the store.
    #[serde(default)]
    pub data_file: PathBuf,
    pub kind: SecretKind,
    /// An absolute path (mount) or a variable name (env).
    pub target: String,
    pub uid: u32,
    pub gid: u32,
    pub mode: u32,
    /// The data, read as the container starts (never written to the record).
    #[serde(skip)]
    pub data: Vec<u8>,
}

/// Parses one `--secret` value with podman's messages.
pub fn parse_secret(spec: &str) -> Result<SecretUse> {
    let mut parts = spec.split(',');
    let name = parts.next().unwrap_or_default().to_string();
    if name.is_empty() {
        bail!("no secret name given: parsing secret");
    }
    let (mut kind, mut target, mut uid, mut gid, mut mode) = (None, None, None, None, None);
    for part in parts {
        let Some((key, value)) = part.split_once('=') else {
            bail!("option {part} must be in form option=value: parsing secret");
        };
        let number = |radix: u32| {
            u32::from_str_radix(value, radix)
                .map_err(|_| anyhow::anyhow!("option {part} invalid: parsing secret"))
        };
        match key {
            "type" => {
                kind = Some(match value {
                    "mount" => SecretKind::Mount,
                    "env" => SecretKind::Env,
                    _ => bail!("type {value} is invalid: parsing secret"),
                });
            }
            "target" => target = Some(value.to_string()),
            "uid" => uid = Some(number(10)?),
            "gid" => gid = Some(number(10)?),
            "mode" => mode = Some(number(8)?),
            _ => bail!("option {part} invalid: parsing secret"),
        }
    }
    let kind = kind.unwrap_or(SecretKind::Mount);
    if kind == SecretKind::Env && (uid.is_some() || gid.is_some() || mode.is_some()) {
        bail!("UID, GID, Mode options cannot be set with secret type env: parsing secret");
    }
    let target = match (kind, target) {
        (SecretKind::Env, Some(t)) if !t.is_empty() => t,
        (SecretKind::Env, _) => name.clone(),
        (SecretKind::Mount, Some(t)) if t.starts_with('/') => t,
        (SecretKind::Mount, Some(t)) if !t.is_empty() => format!("/run/secrets/{t}"),
        (SecretKind::Mount, _) => format!("/run/secrets/{name}"),
    };
    Ok(SecretUse {
        name,
        id: String::new(),
        data_file: PathBuf::new(),
        kind,
        target,
        uid: uid.unwrap_or(0),
        gid: gid.unwrap_or(0),
        mode: mode.unwrap_or(0o444),
        data: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_a_read_only_file_under_run_secrets() {
        let s = parse_secret("s1").unwrap();
        assert_eq!(
            (s.kind, s.target.as_str(), s.uid, s.gid, s.mode),
            (SecretKind::Mount, "/run/secrets/s1", 0, 0, 0o444)
        );
        let s = parse_secret("s1,target=rel").unwrap();
        assert_eq!(s.target, "/run/secrets/rel");
        let s = parse_secret("s1,target=/etc/x,uid=5,gid=6,mode=0400").unwrap();
        assert_eq!(
            (s.target.as_str(), s.uid, s.gid, s.mode),
            ("/etc/x", 5, 6, 0o400)
        );
    }

    #[test]
    fn env_secrets_name_a_variable() {
        let s = parse_secret("s1,type=env").unwrap();
        assert_eq!((s.kind, s.target.as_str()), (SecretKind::Env, "s1"));
        assert_eq!(
            parse_secret("s1,type=env,target=FOO").unwrap().target,
            "FOO"
        );
    }

    #[test]
    fn bad_specs_have_podmans_messages() {
        for (spec, message) in [
            ("s1,type=bogus", "type bogus is invalid: parsing secret"),
            ("s1,foo=1", "option foo=1 invalid: parsing secret"),
            (
                "s1,type=env,mode=1",
                "UID, GID, Mode options cannot be set with secret type env: parsing secret",
            ),
            ("s1,uid=x", "option uid=x invalid: parsing secret"),
        ] {
            assert_eq!(
                parse_secret(spec).unwrap_err().to_string(),
                message,
                "{spec}"
            );
        }
    }
}
