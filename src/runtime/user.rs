//! Resolving `--user` inside the container (its own /etc/passwd and /etc/group, read after
//! pivot_root, as runc and crun do) and switching to that user.

use std::fs;

use anyhow::{Result, bail};

use crate::error::hinted;
use crate::identity::idmap::IdMapping;

/// The identity the container's process runs as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecUser {
    pub uid: u32,
    pub gid: u32,
    pub groups: Vec<u32>,
    pub home: String,
}

struct PasswdEntry {
    name: String,
    uid: u32,
    gid: u32,
    home: String,
}

fn parse_passwd(text: &str) -> Vec<PasswdEntry> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 7 {
                return None;
            }
            Some(PasswdEntry {
                name: f[0].to_string(),
                uid: f[2].parse().ok()?,
                gid: f[3].parse().ok()?,
                home: f[5].to_string(),
            })
        })
        .collect()
}

struct GroupEntry {
    name: String,
    gid: u32,
    members: Vec<String>,
}

fn parse_group(text: &str) -> Vec<GroupEntry> {
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            if f.len() < 4 {
                return None;
            }
            Some(GroupEntry {
                name: f[0].to_string(),
                gid: f[2].parse().ok()?,
                members: f[3]
                    .split(',')
                    .filter(|m| !m.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        })
        .collect()
}

/// Resolves `user[:group]` against the given passwd and group texts (as docker: a numeric
/// user not in passwd runs with gid 0 and home /).
pub fn resolve(spec: &str, passwd: &str, group: &str) -> Result<ExecUser> {
    let (user, grp) = match spec.split_once(':') {
        Some((u, g)) => (u, Some(g)),
        None => (spec, None),
    };
    if user.is_empty() {
        bail!("invalid user \"{spec}\": expected USER[:GROUP]");
    }
    let users = parse_passwd(passwd);
    let groups = parse_group(group);
    let entry = match user.parse::<u32>() {
        Ok(uid) => users.iter().find(|e| e.uid == uid),
        Err(_) => Some(users.iter().find(|e| e.name == user).ok_or_else(|| {
            anyhow::anyhow!(
                "unable to find user \"{user}\": no matching entries in the container's /etc/passwd"
            )
        })?),
    };
    let uid = match entry {
        Some(e) => e.uid,
        None => user.parse().expect("numeric user"),
    };
    let mut gid = entry.map_or(0, |e| e.gid);
    let home = entry.map_or_else(|| "/".to_string(), |e| e.home.clone());
    let mut supplementary = vec![];
    if let Some(g) = grp {
        gid = match g.parse::<u32>() {
            Ok(n) => n,
            Err(_) => {
                groups
                    .iter()
                    .find(|e| e.name == g)
                    .ok_or_else(|| {
                        anyhow::anyhow!("unable to find group \"{g}\": no matching entries in the container's /etc/group")
                    })?
                    .gid
            }
        };
    } else if let Some(e) = entry {
        supplementary = groups
            .iter()
            .filter(|g| g.members.contains(&e.name))
            .map(|g| g.gid)
            .collect();
    }
    let mut all = vec![gid];
    for g in supplementary {
        if !all.contains(&g) {
            all.push(g);
        }
    }
    Ok(ExecUser {
        uid,
        gid,
        groups: all,
        home,
    })
}

/// Resolves `spec` from the container's own files (after pivot_root).
pub fn resolve_in_container(spec: &str) -> Result<ExecUser> {
    let passwd = fs::read_to_string("/etc/passwd").unwrap_or_default();
    let group = fs::read_to_string("/etc/group").unwrap_or_default();
    resolve(spec, &passwd, &group)
}

/// Checks that the user's ids exist in the namespace before switching to them.
pub fn check_mapped(user: &ExecUser, mapping: &IdMapping) -> Result<()> {
    if !mapping.has_uid(user.uid) || !mapping.has_gid(user.gid) {
        let why = if mapping.one_id {
            "only uid 0 and gid 0 exist in one-id mode".to_string()
        } else {
            format!(
                "the namespace maps uids 0-{} and gids 0-{}",
                mapping.max_uid(),
                mapping.max_gid()
            )
        };
        return Err(hinted(
            format!("cannot run as uid {} gid {}: {why}", user.uid, user.gid),
            "give your user a subordinate range in /etc/subuid and /etc/subgid that covers it (see `den doctor`)",
        ));
    }
    Ok(())
}

/// Switches the process to `user`: supplementary groups (unless `set_groups` is false:
/// `--group-add keep-groups`), gid, then uid. Groups are left alone in one-id mode, where
/// setgroups(2) is denied in the namespace (as podman there, `--group-add` does nothing).
pub fn switch_to(user: &ExecUser, mapping: &IdMapping, set_groups: bool) -> Result<()> {
    use anyhow::Context;
    use nix::unistd::{Gid, Uid, setgroups, setresgid, setresuid};
    if !mapping.one_id && set_groups {
        let groups: Vec<Gid> = user
            .groups
            .iter()
            .filter(|g| mapping.has_gid(**g))
            .map(|g| Gid::from_raw(*g))
            .collect();
        setgroups(&groups).context("setting supplementary groups")?;
    }
    let gid = Gid::from_raw(user.gid);
    setresgid(gid, gid, gid).with_context(|| format!("switching to gid {}", user.gid))?;
    let uid = Uid::from_raw(user.uid);
    setresuid(uid, uid, uid).with_context(|| format!("switching to uid {}", user.uid))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWD: &str = "root:x:0:0:root:/root:/bin/bash\n_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\nalice:x:1000:1000::/home/alice:/bin/sh\n";
    const GROUP: &str = "root:x:0:\nusers:x:100:alice\nalice:x:1000:\nstaff:x:50:bob,alice\n";

    #[test]
    fn resolves_names_numbers_and_groups() {
        let a = resolve("alice", PASSWD, GROUP).unwrap();
        assert_eq!((a.uid, a.gid, a.home.as_str()), (1000, 1000, "/home/alice"));
        assert_eq!(a.groups, vec![1000, 100, 50]);
        let n = resolve("4242", PASSWD, GROUP).unwrap();
        assert_eq!((n.uid, n.gid, n.home.as_str()), (4242, 0, "/"));
        let g = resolve("alice:staff", PASSWD, GROUP).unwrap();
        assert_eq!((g.uid, g.gid), (1000, 50));
        let g = resolve("42:7", PASSWD, GROUP).unwrap();
        assert_eq!((g.uid, g.gid), (42, 7));
        assert!(resolve("nobody", PASSWD, GROUP).is_err());
        assert!(resolve("alice:nogroup", PASSWD, GROUP).is_err());
        assert!(resolve(":1", PASSWD, GROUP).is_err());
    }
}
