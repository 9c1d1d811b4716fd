//! `--userns`: which mapping a container's user namespace gets, as podman 4.3 rootless
//! (`man podman-run`, "--userns"). Pure: parse the flag's value, then plan the mapping from
//! the store's default one (`idmap::IdMapping::plan`).
//!
//! In podman's terms the rootless user namespace (the default mapping) is an "intermediate"
//! namespace: its id 0 is the user, 1..=N the subordinate range. podman's keep-id, nomap and
//! auto mappings are written in those intermediate ids; den writes the same maps directly
//! against host ids, so `/proc/self/uid_map` reads as podman's with each intermediate id
//! replaced by the host id it stands for.

use anyhow::{Result, anyhow, bail};

use crate::error::hinted;
use crate::identity::idmap::{IdMapping, IdRange};

/// One `--userns` mode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsernsMode {
    /// `host` (or empty): rootless, the default mapping.
    Host,
    /// `keep-id[:uid=U,gid=G]`: inside U the user, G the user's group.
    KeepId { uid: Option<u32>, gid: Option<u32> },
    /// `nomap`: the user's own ids are not mapped; 0..N are the subordinate range.
    NoMap,
    /// `auto[:size=N,uidmapping=C:I:N,gidmapping=C:I:N]`: a sub-range of the subordinate
    /// range (intermediate ids, as podman's options).
    Auto {
        size: Option<u32>,
        uidmapping: Vec<IdRange>,
        gidmapping: Vec<IdRange>,
    },
}

fn number(spec: &str, text: &str) -> Result<u32> {
    text.parse().map_err(|_| {
        hinted(
            format!("invalid --userns \"{spec}\": parsing \"{text}\": invalid syntax"),
            "ids and sizes are decimal numbers, e.g. --userns=keep-id:uid=1000,gid=1000",
        )
    })
}

/// `CONTAINER:INTERMEDIATE:SIZE` of auto's uidmapping= and gidmapping=.
fn triple(spec: &str, text: &str) -> Result<IdRange> {
    let parts: Vec<&str> = text.split(':').collect();
    let [c, h, n] = parts[..] else {
        bail!("invalid --userns \"{spec}\": mapping \"{text}\" is not CONTAINER:HOST:SIZE");
    };
    Ok(IdRange {
        container: number(spec, c)?,
        host: number(spec, h)?,
        count: number(spec, n)?,
    })
}

impl UsernsMode {
    /// Parses a `--userns` value; `None` (flag not given) and "" are den's default.
    pub fn parse(spec: Option<&str>) -> Result<UsernsMode> {
        let spec = spec.unwrap_or("");
        let (mode, options) = match spec.split_once(':') {
            Some((m, o)) => (m, Some(o)),
            None => (spec, None),
        };
        let pairs = || {
            options
                .unwrap_or("")
                .split(',')
                .filter(|o| !o.is_empty())
                .map(|o| o.split_once('=').unwrap_or((o, "")))
        };
        match (mode, options) {
            ("" | "host", None) => Ok(UsernsMode::Host),
            ("nomap", None) => Ok(UsernsMode::NoMap),
            ("keep-id", _) => {
                let (mut uid, mut gid) = (None, None);
                for (key, value) in pairs() {
                    match key {
                        "uid" => uid = Some(number(spec, value)?),
                        "gid" => gid = Some(number(spec, value)?),
                        _ => bail!("unknown option specified: \"{key}\" (in --userns \"{spec}\")"),
                    }
                }
                Ok(UsernsMode::KeepId { uid, gid })
            }
            ("auto", _) => {
                let mut size = None;
                let (mut uidmapping, mut gidmapping) = (vec![], vec![]);
                for (key, value) in pairs() {
                    match key {
                        "size" => size = Some(number(spec, value)?),
                        "uidmapping" => uidmapping.push(triple(spec, value)?),
                        "gidmapping" => gidmapping.push(triple(spec, value)?),
                        _ => bail!("invalid option specified: \"{key}\" (in --userns \"{spec}\")"),
                    }
                }
                Ok(UsernsMode::Auto {
                    size,
                    uidmapping,
                    gidmapping,
                })
            }
            ("ns" | "container" | "private", _) => Err(hinted(
                format!("--userns \"{spec}\" is not supported by den"),
                "use host, keep-id[:uid=U,gid=G], nomap or auto[:size=N]",
            )),
            _ => Err(hinted(
                format!("unrecognized namespace mode {spec} passed"),
                "use host, keep-id[:uid=U,gid=G], nomap or auto[:size=N]",
            )),
        }
    }

    /// The container's uid and gid for keep-id (the user's own, or uid=/gid=).
    pub fn keep_id_ids(&self, user_uid: u32, user_gid: u32) -> Option<(u32, u32)> {
        match self {
            UsernsMode::KeepId { uid, gid } => {
                Some((uid.unwrap_or(user_uid), gid.unwrap_or(user_gid)))
            }
            _ => None,
        }
    }

    /// The mapping of a container in this mode, from the store's default mapping (which
    /// holds the user's own ids in its container-0 line). One-id mode has no ids to move:
    /// every mode but the default is then the default (container 0 = the user), and
    /// `one_id_notice` says so.
    pub fn mapping(&self, default: &IdMapping) -> Result<IdMapping> {
        self.mapping_from(default, 1)
    }

    /// `mapping`, with auto's range (when no uidmapping= gives it) starting at intermediate
    /// id `start` (1: the range's first id), as `commands::userns` allocates it apart from
    /// other auto containers' ranges.
    pub fn mapping_from(&self, default: &IdMapping, start: u32) -> Result<IdMapping> {
        if default.one_id || *self == UsernsMode::Host {
            return Ok(default.clone());
        }
        let (own_uid, sub_uid) = split(&default.uids)?;
        let (own_gid, sub_gid) = split(&default.gids)?;
        let (uids, gids) = match self {
            UsernsMode::Host => unreachable!("handled above"),
            UsernsMode::KeepId { uid, gid } => (
                keep_id(uid.unwrap_or(own_uid), own_uid, sub_uid),
                keep_id(gid.unwrap_or(own_gid), own_gid, sub_gid),
            ),
            UsernsMode::NoMap => (vec![whole(sub_uid)], vec![whole(sub_gid)]),
            UsernsMode::Auto {
                size,
                uidmapping,
                gidmapping,
            } => (
                auto(*size, uidmapping, default, true, start)?,
                auto(*size, gidmapping, default, false, start)?,
            ),
        };
        Ok(IdMapping {
            uids,
            gids,
            ..default.clone()
        })
    }

    /// What one-id mode makes of this mode, said once (`None`: nothing to say).
    pub fn one_id_notice(&self) -> Option<&'static str> {
        match self {
            UsernsMode::Host => None,
            UsernsMode::KeepId { .. } => Some(
                "notice: --userns=keep-id in one-id mode: you are uid 0 inside, mapped to \
                 yourself (the only id there is); files you write in bind mounts are yours on \
                 the host",
            ),
            UsernsMode::NoMap | UsernsMode::Auto { .. } => Some(
                "notice: --userns in one-id mode: only your own ids exist, so the container \
                 gets the default mapping (uid 0 = you)",
            ),
        }
    }
}

/// inspect's HostConfig.UsernsMode, as podman 4.3 shows it (measured): "private" for
/// keep-id, nomap and auto (podman's own namespace of the container), "" for the default.
pub fn inspect_mode(spec: Option<&str>) -> &'static str {
    match UsernsMode::parse(spec) {
        Ok(UsernsMode::KeepId { .. } | UsernsMode::NoMap | UsernsMode::Auto { .. }) => "private",
        _ => "",
    }
}

/// A container's map lines in podman's inspect form `CONTAINER:INTERMEDIATE:COUNT`, where
/// an intermediate id is the id `store` (the default mapping) gives that host id.
pub fn intermediate(store: &[IdRange], ranges: &[IdRange]) -> Vec<String> {
    ranges
        .iter()
        .map(|r| {
            let inter = store
                .iter()
                .find(|s| r.host >= s.host && r.host - s.host < s.count)
                .map_or(r.host, |s| s.container + (r.host - s.host));
            format!("{}:{}:{}", r.container, inter, r.count)
        })
        .collect()
}

/// The default mapping's two lines: the user's own id and the subordinate range.
fn split(ranges: &[IdRange]) -> Result<(u32, IdRange)> {
    match ranges {
        [own, sub] if own.container == 0 && own.count == 1 && sub.container == 1 => {
            Ok((own.host, *sub))
        }
        _ => Err(anyhow!("unexpected default id mapping {ranges:?}")),
    }
}

fn whole(sub: IdRange) -> IdRange {
    IdRange {
        container: 0,
        host: sub.host,
        count: sub.count,
    }
}

/// podman's keep-id: inside `inside` is the user; 0..inside the first ids of the range; the
/// rest of the range after it.
fn keep_id(inside: u32, own: u32, sub: IdRange) -> Vec<IdRange> {
    let below = inside.min(sub.count);
    let mut out = vec![];
    if below > 0 {
        out.push(IdRange {
            container: 0,
            host: sub.host,
            count: below,
        });
    }
    out.push(IdRange {
        container: inside,
        host: own,
        count: 1,
    });
    if sub.count > below {
        out.push(IdRange {
            container: inside + 1,
            host: sub.host + below,
            count: sub.count - below,
        });
    }
    out.sort_by_key(|r| r.container);
    out
}

/// podman's default size of an auto namespace (containers/storage's auto-userns-min-size).
pub const AUTO_MIN_SIZE: u32 = 1024;

/// The size of an auto namespace: size=, else podman's minimum (at most the whole range).
pub fn auto_size(size: Option<u32>, range: u32) -> u32 {
    size.unwrap_or(AUTO_MIN_SIZE.min(range))
}

/// auto: the given mappings (intermediate ids turned into host ids), or `size` ids of the
/// range (default: `auto_size`) from intermediate id `start`, as container 0...
fn auto(
    size: Option<u32>,
    given: &[IdRange],
    default: &IdMapping,
    uids: bool,
    start: u32,
) -> Result<Vec<IdRange>> {
    let ranges = if uids { &default.uids } else { &default.gids };
    let (_, sub) = split(ranges)?;
    if !given.is_empty() {
        return given
            .iter()
            .map(|r| {
                let end = r.host.checked_add(r.count);
                if r.host == 0 || end.is_none_or(|e| e > sub.count + 1) || r.count == 0 {
                    bail!(
                        "--userns auto mapping {}:{}:{} is outside your subordinate range \
                         (intermediate ids 1-{})",
                        r.container,
                        r.host,
                        r.count,
                        sub.count
                    );
                }
                Ok(IdRange {
                    container: r.container,
                    host: sub.host + r.host - 1,
                    count: r.count,
                })
            })
            .collect();
    }
    let size = auto_size(size, sub.count);
    if size == 0 || start == 0 || u64::from(start) + u64::from(size) > u64::from(sub.count) + 1 {
        return Err(no_room(size, sub.count));
    }
    Ok(vec![IdRange {
        container: 0,
        host: sub.host + start - 1,
        count: size,
    }])
}

/// podman's words when an auto namespace of `size` ids finds no room in the range.
pub fn no_room(size: u32, range: u32) -> anyhow::Error {
    hinted(
        format!(
            "could not find enough available IDs: --userns auto needs {size} ids, and your \
             subordinate range of {range} has not that many free (other auto containers \
             hold theirs until removed)"
        ),
        "ask for a smaller size=, remove unused auto containers, or give your user a larger \
         range in /etc/subuid and /etc/subgid",
    )
}

#[cfg(test)]
#[path = "usermode_tests.rs"]
mod tests;
