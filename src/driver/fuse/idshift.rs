//! Id shifting for the built-in FUSE overlay: the ids stored on disk (as den unpacked the
//! layers, in the store's user namespace) and the ids the container sees may differ. A
//! mapping is a list of `(inside, outside, count)` ranges like uid_map's lines: `inside` is
//! what the container sees, `outside` what is stored. An id outside every range is shown as
//! the overflow id (65534) and stored as is, as the kernel does for unmapped ids.

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

impl IdShift {
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

    #[test]
    fn unmapped_ids_overflow_inside_and_stay_stored() {
        let s = keep_id();
        assert_eq!(s.uid_inside(5000), OVERFLOW_ID);
        assert_eq!(s.gid_inside(u32::MAX), OVERFLOW_ID);
        assert_eq!(s.uid_stored(5000), 5000);
    }
}
