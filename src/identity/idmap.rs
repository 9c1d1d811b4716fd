//! Which host ids the container's ids map to: the user's first /etc/subuid and /etc/subgid
//! ranges (container 0 = the user, 1..=N = the range), or one-id mode when the user has none
//! (container 0 = the user, nothing else mapped). Pure parsing and planning; writing the maps
//! into a process is `userns::write_id_maps`.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::error::hinted;

/// One line of a uid_map/gid_map: `count` ids from `container` map to `host`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdRange {
    pub container: u32,
    pub host: u32,
    pub count: u32,
}

/// How the container's ids map to the host's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdMapping {
    pub uids: Vec<IdRange>,
    pub gids: Vec<IdRange>,
    /// True when only the user's own uid and gid are mapped (no subordinate ranges).
    pub one_id: bool,
    /// Why one-id mode was chosen, for the notice and `den info`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_id_reason: Option<String>,
    /// In one-id mode, the start of a range no other user has (`free_range_start`), for the
    /// notice's `usermod` line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_range: Option<u32>,
}

/// The system files and helpers the mapping is read from; tests point these elsewhere.
#[derive(Debug, Clone)]
pub struct IdSources {
    pub subuid: PathBuf,
    pub subgid: PathBuf,
}

impl Default for IdSources {
    fn default() -> Self {
        IdSources {
            subuid: PathBuf::from("/etc/subuid"),
            subgid: PathBuf::from("/etc/subgid"),
        }
    }
}

/// A subordinate id range from /etc/subuid or /etc/subgid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubRange {
    pub start: u32,
    pub count: u32,
}

/// Finds the ranges of a user in the text of /etc/subuid or /etc/subgid. Lines name the user
/// by login name or by numeric id; comments and malformed lines are skipped, as shadow does.
pub fn parse_subid(text: &str, name: &str, id: u32) -> Vec<SubRange> {
    let id_text = id.to_string();
    text.lines()
        .filter_map(|line| {
            let line = line.trim();
            if line.starts_with('#') {
                return None;
            }
            let mut parts = line.split(':');
            let owner = parts.next()?;
            let start = parts.next()?.trim().parse().ok()?;
            let count = parts.next()?.trim().parse().ok()?;
            if parts.next().is_some() || (owner != name && owner != id_text) {
                return None;
            }
            Some(SubRange { start, count })
        })
        .collect()
}

/// The first range that fits: non-empty, not overflowing, and not containing the user's own
/// id (which is already container 0).
fn first_fitting(ranges: &[SubRange], own: u32) -> Option<SubRange> {
    ranges.iter().copied().find(|r| {
        r.count > 0
            && r.start.checked_add(r.count).is_some()
            && !(r.start <= own && own < r.start + r.count)
    })
}

impl IdMapping {
    /// The mapping for the calling user.
    pub fn for_current_user() -> Result<IdMapping> {
        let uid = nix::unistd::getuid().as_raw();
        let gid = nix::unistd::getgid().as_raw();
        let name = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid))
            .ok()
            .flatten()
            .map(|u| u.name)
            .or_else(|| std::env::var("USER").ok())
            .unwrap_or_default();
        IdMapping::plan(&IdSources::default(), &name, uid, gid)
    }

    /// Plans the mapping for user `name` (`uid`, `gid`) from the given subid files.
    pub fn plan(sources: &IdSources, name: &str, uid: u32, gid: u32) -> Result<IdMapping> {
        let read = |path: &Path| -> Result<Option<String>> {
            match fs::read_to_string(path) {
                Ok(text) => Ok(Some(text)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(e).with_context(|| format!("reading {}", path.display())),
            }
        };
        let subuid_text = read(&sources.subuid)?.unwrap_or_default();
        let subgid_text = read(&sources.subgid)?.unwrap_or_default();
        let subuid = parse_subid(&subuid_text, name, uid);
        let subgid = parse_subid(&subgid_text, name, gid);
        let (su, sg) = (first_fitting(&subuid, uid), first_fitting(&subgid, gid));
        let own = |id| IdRange {
            container: 0,
            host: id,
            count: 1,
        };
        if let (Some(su), Some(sg)) = (su, sg) {
            Ok(IdMapping {
                uids: vec![
                    own(uid),
                    IdRange {
                        container: 1,
                        host: su.start,
                        count: su.count,
                    },
                ],
                gids: vec![
                    own(gid),
                    IdRange {
                        container: 1,
                        host: sg.start,
                        count: sg.count,
                    },
                ],
                one_id: false,
                one_id_reason: None,
                free_range: None,
            })
        } else {
            let missing = match (su, sg) {
                (None, None) => format!(
                    "no subordinate id ranges for user \"{name}\" in {} and {}",
                    sources.subuid.display(),
                    sources.subgid.display()
                ),
                (None, _) => format!(
                    "no subordinate uid range for user \"{name}\" in {}",
                    sources.subuid.display()
                ),
                _ => format!(
                    "no subordinate gid range for user \"{name}\" in {}",
                    sources.subgid.display()
                ),
            };
            Ok(IdMapping {
                uids: vec![own(uid)],
                gids: vec![own(gid)],
                one_id: true,
                one_id_reason: Some(missing),
                free_range: Some(free_range_start(&[&subuid_text, &subgid_text])),
            })
        }
    }

    /// The highest container uid that is mapped.
    pub fn max_uid(&self) -> u32 {
        self.uids
            .iter()
            .map(|r| r.container + r.count - 1)
            .max()
            .unwrap_or(0)
    }

    /// The highest container gid that is mapped.
    pub fn max_gid(&self) -> u32 {
        self.gids
            .iter()
            .map(|r| r.container + r.count - 1)
            .max()
            .unwrap_or(0)
    }

    /// Whether container uid `id` is mapped.
    pub fn has_uid(&self, id: u32) -> bool {
        self.uids
            .iter()
            .any(|r| id >= r.container && id - r.container < r.count)
    }

    /// Whether container gid `id` is mapped.
    pub fn has_gid(&self, id: u32) -> bool {
        self.gids
            .iter()
            .any(|r| id >= r.container && id - r.container < r.count)
    }

    /// The one-line notice of one-id mode. Its `usermod` line proposes a range no other user
    /// has, as `den doctor` does.
    pub fn notice(&self) -> Option<String> {
        self.one_id_reason.as_ref().map(|why| {
            let start = self.free_range.unwrap_or(100_000);
            let end = start.saturating_add(65535);
            format!(
                "notice: {why}; running in one-id mode (only your own uid and gid are mapped; \
                 add ranges with: sudo usermod --add-subuids {start}-{end} \
                 --add-subgids {start}-{end} $USER)"
            )
        })
    }

    /// The notice, once per store: `None` when the store in `store_root` has shown this very
    /// notice before (it is remembered in `NOTICE_FILE` there), so that a user in one-id mode
    /// reads it on the store's first command, not on every one. `den info` and `den doctor`
    /// still tell.
    pub fn notice_once(&self, store_root: &Path) -> Option<String> {
        let notice = self.notice()?;
        let file = store_root.join(NOTICE_FILE);
        if fs::read_to_string(&file).is_ok_and(|seen| seen == notice) {
            return None;
        }
        // Best effort: a store that cannot remember shows the notice again next time.
        let _ = fs::create_dir_all(store_root).and_then(|()| fs::write(&file, &notice));
        Some(notice)
    }
}

/// The file in a store that remembers the one-id notice was shown (`notice_once`).
pub const NOTICE_FILE: &str = "one-id-notice";

/// The first id at or above 100000, after every range already given out in the subid files,
/// so that the suggested `usermod` line does not overlap another user's range.
pub fn free_range_start(texts: &[&str]) -> u32 {
    let end = texts
        .iter()
        .flat_map(|t| t.lines())
        .filter_map(|line| {
            let mut parts = line.trim().split(':');
            let _owner = parts.next()?;
            let start: u32 = parts.next()?.trim().parse().ok()?;
            let count: u32 = parts.next()?.trim().parse().ok()?;
            start.checked_add(count)
        })
        .max()
        .unwrap_or(0);
    end.max(100_000)
}

/// The setuid helpers that write multi-range maps (from the distribution's uidmap package).
#[derive(Debug, Clone)]
pub struct MapHelpers {
    pub newuidmap: PathBuf,
    pub newgidmap: PathBuf,
}

/// Finds newuidmap and newgidmap in $PATH (and /usr/bin, /usr/sbin, /bin), checking that they
/// can actually raise privileges: setuid root, or carrying file capabilities.
pub fn find_map_helpers() -> Result<MapHelpers> {
    Ok(MapHelpers {
        newuidmap: find_helper("newuidmap")?,
        newgidmap: find_helper("newgidmap")?,
    })
}

fn find_helper(name: &str) -> Result<PathBuf> {
    let path_var = std::env::var("PATH").unwrap_or_default();
    let dirs: Vec<PathBuf> = path_var
        .split(':')
        .filter(|d| !d.is_empty())
        .chain(["/usr/bin", "/usr/sbin", "/bin", "/sbin"])
        .map(PathBuf::from)
        .collect();
    find_helper_in(name, &dirs)
}

/// Finds `name` in `dirs` and checks that it can raise privileges.
fn find_helper_in(name: &str, dirs: &[PathBuf]) -> Result<PathBuf> {
    let found = dirs
        .iter()
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            hinted(
                format!("{name} not found: it is needed to map your subordinate id ranges"),
                "install it with: sudo apt-get install uidmap (Fedora: shadow-utils)",
            )
        })?;
    let meta = fs::metadata(&found).with_context(|| format!("checking {}", found.display()))?;
    let setuid_root = meta.permissions().mode() & 0o4000 != 0 && meta.uid() == 0;
    let has_caps = crate::sys::lgetxattr(&found, "security.capability")
        .ok()
        .flatten()
        .is_some();
    if !setuid_root && !has_caps {
        return Err(hinted(
            format!(
                "{} is neither setuid root nor has file capabilities, so it cannot map your subordinate ids",
                found.display()
            ),
            format!(
                "restore it with: sudo chmod u+s {} (or: sudo setcap cap_setuid,cap_setgid+ep {})",
                found.display(),
                found.display()
            ),
        ));
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_with(subuid: &str, subgid: &str) -> IdMapping {
        let dir = tempfile::tempdir().unwrap();
        let sources = IdSources {
            subuid: dir.path().join("subuid"),
            subgid: dir.path().join("subgid"),
        };
        fs::write(&sources.subuid, subuid).unwrap();
        fs::write(&sources.subgid, subgid).unwrap();
        IdMapping::plan(&sources, "alice", 1000, 1000).unwrap()
    }

    #[test]
    fn parse_subid_matches_name_or_uid_and_skips_junk() {
        let text = "# comment\nbob:100000:65536\nalice:200000:65536\n1000:300000:10\nbad line\nalice:x:1\n";
        assert_eq!(
            parse_subid(text, "alice", 1000),
            vec![
                SubRange {
                    start: 200_000,
                    count: 65536
                },
                SubRange {
                    start: 300_000,
                    count: 10
                }
            ]
        );
    }

    #[test]
    fn ranges_map_root_to_user_and_rest_to_range() {
        let m = plan_with("alice:200000:65536\n", "alice:300000:65536\n");
        assert!(!m.one_id);
        assert_eq!(
            m.uids,
            vec![
                IdRange {
                    container: 0,
                    host: 1000,
                    count: 1
                },
                IdRange {
                    container: 1,
                    host: 200_000,
                    count: 65536
                }
            ]
        );
        assert_eq!(m.gids[1].host, 300_000);
        assert_eq!(m.max_uid(), 65536);
        assert!(m.has_uid(42) && !m.has_uid(65537));
    }

    #[test]
    fn free_range_skips_ranges_given_to_others() {
        assert_eq!(free_range_start(&["", ""]), 100_000);
        assert_eq!(
            free_range_start(&["bob:100000:65536\n# x\n", "carol:200000:10\n"]),
            200_010
        );
    }

    #[test]
    fn one_id_notice_shows_once_per_store() {
        let store = tempfile::tempdir().unwrap();
        let m = plan_with("", "");
        assert!(m.notice_once(store.path()).is_some());
        assert!(m.notice_once(store.path()).is_none());
        let other = tempfile::tempdir().unwrap();
        assert!(m.notice_once(other.path()).is_some());
        assert!(
            plan_with("alice:100000:65536\n", "alice:100000:65536\n")
                .notice_once(other.path())
                .is_none()
        );
    }

    #[test]
    fn missing_ranges_give_one_id_mode_with_reason() {
        let m = plan_with("bob:100000:65536\n", "");
        assert!(m.one_id);
        assert_eq!(m.uids.len(), 1);
        // The proposed range is past bob's, as `den doctor` proposes.
        let notice = m.notice().unwrap();
        assert!(
            notice.contains("usermod --add-subuids 165536-231071 --add-subgids 165536-231071"),
            "{notice}"
        );
        let m = plan_with("alice:200000:65536\n", "");
        assert!(m.one_id);
        assert!(m.one_id_reason.unwrap().contains("gid"));
    }

    #[test]
    fn missing_or_unprivileged_helpers_are_errors_with_the_fix() {
        let dir = tempfile::tempdir().unwrap();
        let err = find_helper_in("newuidmap", &[dir.path().to_path_buf()]).unwrap_err();
        let remote = crate::error::Remote::capture(&err);
        assert!(
            remote.messages[0].contains("newuidmap not found"),
            "{remote}"
        );
        assert!(remote.hint.unwrap().contains("apt-get install uidmap"));
        let fake = dir.path().join("newuidmap");
        fs::write(&fake, "#!/bin/sh\n").unwrap();
        fs::set_permissions(&fake, fs::Permissions::from_mode(0o755)).unwrap();
        let err = find_helper_in("newuidmap", &[dir.path().to_path_buf()]).unwrap_err();
        let remote = crate::error::Remote::capture(&err);
        assert!(
            remote.messages[0].contains("neither setuid root"),
            "{remote}"
        );
        assert!(remote.hint.unwrap().contains("chmod u+s"));
    }

    #[test]
    fn range_containing_own_uid_is_skipped() {
        let m = plan_with("alice:900:200\nalice:200000:100\n", "alice:200000:100\n");
        assert_eq!(m.uids[1].host, 200_000);
    }
}
