//! Id shifting for the built-in FUSE overlay: the ids stored on disk (as den unpacked the
//! layers, in the store's user namespace) and the ids the container sees may differ. A
//! mapping is a list of `(inside, outside, count)` ranges like uid_map's lines: `inside` is
//! what the container sees, `outside` what is stored. An id outside every range is shown as
//! the overflow id (65534) and stored as is, as the kernel does for unmapped ids.

use crate::identity::idmap::{IdMapping, IdRange};

/// One `(inside, outside, count)` range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub inside: u32,
    pub outside: u32,
    pub count: u32,
}

/// The id the kernel shows for an id no range covers.
pub const OVERFLOW_ID: u32 = 65534;

/// The uid and gid mappings; empty ranges mean identity (no shift).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdShift {
    pub uids: Vec<Range>,
    pub gids: Vec<Range>,
}

fn map(ranges: &[Range], id: u32, to_inside: bool) -> Option<u32> {
    if ranges.is_empty() {
        return Some(id);
    }
    ranges.iter().find_map(|r| {
        let (from, to) = if to_inside {
            (r.outside, r.inside)
        } else {
            (r.inside, r.outside)
        };
        let off = id.checked_sub(from)?;
        (off < r.count).then(|| to + off)
    })
}

/// The ranges that take an id of `container`'s namespace (what the FUSE server reads, as
/// `outside`) to the id `layers` gave the same host id (what the container is shown, as
/// `inside`): both lists are uid_map lines `(container, host, count)`, and each overlap of
/// their host intervals is one range.
fn compose(layers: &[IdRange], container: &[IdRange]) -> Vec<Range> {
    let mut out = vec![];
    for l in layers {
        for c in container {
            let lo = l.host.max(c.host);
            let hi = (u64::from(l.host) + u64::from(l.count))
                .min(u64::from(c.host) + u64::from(c.count));
            if u64::from(lo) < hi {
                out.push(Range {
                    inside: l.container + (lo - l.host),
                    outside: c.container + (lo - c.host),
                    count: u32::try_from(hi - u64::from(lo)).unwrap_or(u32::MAX),
                });
            }
        }
    }
    out.sort_by_key(|r| r.outside);
    out
}

impl IdShift {
    /// The shift for a container whose namespace has mapping `container` over layers
    /// unpacked under mapping `layers` (the store's default): the FUSE server, root of the
    /// container's namespace, reads each file's owner as `container` maps its host id, and
    /// shows the container the owner the image gave it (the id under `layers`). The identity
    /// when the two mappings are the same.
    pub fn between(layers: &IdMapping, container: &IdMapping) -> Self {
        if layers.uids == container.uids && layers.gids == container.gids {
            return Self::identity();
        }
        IdShift {
            uids: compose(&layers.uids, &container.uids),
            gids: compose(&layers.gids, &container.gids),
        }
    }

    /// The identity: the container sees the stored ids.
    pub fn identity() -> Self {
        Self::default()
    }

    /// Whether this shift changes nothing.
    pub fn is_identity(&self) -> bool {
        self.uids.is_empty() && self.gids.is_empty()
    }

    /// A stored uid as the container sees it.
    pub fn uid_inside(&self, stored: u32) -> u32 {
        map(&self.uids, stored, true).unwrap_or(OVERFLOW_ID)
    }

    /// A stored gid as the container sees it.
    pub fn gid_inside(&self, stored: u32) -> u32 {
        map(&self.gids, stored, true).unwrap_or(OVERFLOW_ID)
    }

    /// A uid the container gave (chown, a new file's owner) as it is stored.
    pub fn uid_stored(&self, inside: u32) -> u32 {
        map(&self.uids, inside, false).unwrap_or(inside)
    }

    /// A gid the container gave as it is stored.
    pub fn gid_stored(&self, inside: u32) -> u32 {
        map(&self.gids, inside, false).unwrap_or(inside)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// keep-id's shape: the user's uid 1000 (stored as 0, the namespace's root) shows as 1000,
    /// and ids 1..1000 stored shift down by one.
    fn keep_id() -> IdShift {
        let r = vec![
            Range {
                inside: 1000,
                outside: 0,
                count: 1,
            },
            Range {
                inside: 0,
                outside: 1,
                count: 1000,
            },
        ];
        IdShift {
            uids: r.clone(),
            gids: r,
        }
    }

    #[test]
    fn identity_changes_nothing() {
        let s = IdShift::identity();
        assert!(s.is_identity());
        for id in [0, 1, 1000, 65534, u32::MAX] {
            assert_eq!(s.uid_inside(id), id);
            assert_eq!(s.gid_stored(id), id);
        }
    }

    #[test]
    fn ranges_shift_both_ways() {
        let s = keep_id();
        assert!(!s.is_identity());
        assert_eq!(s.uid_inside(0), 1000);
        assert_eq!(s.uid_inside(1), 0);
        assert_eq!(s.uid_inside(1000), 999);
        assert_eq!(s.uid_stored(1000), 0);
        assert_eq!(s.uid_stored(0), 1);
        assert_eq!(s.gid_stored(999), 1000);
        for id in [0, 5, 999, 1000] {
            assert_eq!(s.uid_stored(s.uid_inside(id)), id, "round trip of {id}");
        }
    }

    fn line(container: u32, host: u32, count: u32) -> IdRange {
        IdRange {
            container,
            host,
            count,
        }
    }

    fn mapping(uids: Vec<IdRange>) -> IdMapping {
        IdMapping {
            gids: uids.clone(),
            uids,
            one_id: false,
            one_id_reason: None,
            free_range: None,
        }
    }

    /// The store's default mapping for a user of uid 1001 with range 200000:65536.
    fn store() -> IdMapping {
        mapping(vec![line(0, 1001, 1), line(1, 200_000, 65536)])
    }

    #[test]
    fn keep_id_shift_shows_the_images_owners() {
        // keep-id for uid 1001: 0..1001 -> 200000.., 1001 -> the user, 1002.. -> 201001..
        let keep = mapping(vec![
            line(0, 200_000, 1001),
            line(1001, 1001, 1),
            line(1002, 201_001, 64535),
        ]);
        let s = IdShift::between(&store(), &keep);
        assert_eq!(
            s.uids,
            vec![
                Range {
                    inside: 1,
                    outside: 0,
                    count: 1001
                },
                Range {
                    inside: 0,
                    outside: 1001,
                    count: 1
                },
                Range {
                    inside: 1002,
                    outside: 1002,
                    count: 64535
                },
            ]
        );
        // The image's root (stored as the user, read as 1001 in keep-id) is root inside.
        assert_eq!(s.uid_inside(1001), 0);
        // The image's uid 1 (host 200000, read as 0) is 1; shadow's gid 42 (host 200041,
        // read as 41) is 42; nobody (65534: host 265533, read as 65534) stays 65534.
        assert_eq!(s.uid_inside(0), 1);
        assert_eq!(s.gid_inside(41), 42);
        assert_eq!(s.uid_inside(65534), 65534);
        // What the user (1001 inside) writes is stored as the image's uid 1001 (read 1000),
        // root's writes as the user (the image's root).
        assert_eq!(s.uid_stored(1001), 1000);
        assert_eq!(s.uid_stored(0), 1001);
        for id in [0, 1, 41, 1000, 1001, 1002, 65536] {
            assert_eq!(s.uid_stored(s.uid_inside(id)), id, "round trip of {id}");
        }
    }

    #[test]
    fn same_mapping_is_the_identity_and_nomap_loses_the_user() {
        assert!(IdShift::between(&store(), &store()).is_identity());
        let nomap = mapping(vec![line(0, 200_000, 65536)]);
        let s = IdShift::between(&store(), &nomap);
        assert_eq!(
            s.uids,
            vec![Range {
                inside: 1,
                outside: 0,
                count: 65536
            }]
        );
        assert_eq!(s.uid_inside(0), 1);
    }

    #[test]
    fn unmapped_ids_overflow_inside_and_stay_stored() {
        let s = keep_id();
        assert_eq!(s.uid_inside(5000), OVERFLOW_ID);
        assert_eq!(s.gid_inside(u32::MAX), OVERFLOW_ID);
        assert_eq!(s.uid_stored(5000), 5000);
    }
}
