//! Directory listings of the built-in FUSE overlay kept between the READDIR requests of one
//! pass over a directory. The server answers OPENDIR with ENOSYS, so the kernel never sends
//! OPENDIR or RELEASEDIR again (two round trips fewer per directory: `find` on a new
//! container's mount was mostly those) and caches each directory's entries itself
//! (FOPEN_CACHE_DIR|FOPEN_KEEP_CACHE, the kernel's default without OPENDIR), dropping its
//! cache when the directory changes through the mount, which every change does.
//!
//! Without a handle, a READDIR names only the directory and an offset. A read at offset 0
//! begins a pass: the merged listing is made afresh and kept by inode; later offsets index
//! that listing, so a program that removes entries as it reads them still sees each one
//! once, as with a listing per open directory. The listing is dropped when a read reaches
//! its end. A read at a later offset with no listing kept (another pass over the same
//! directory ended first) lists afresh and counts into that, as kernel overlayfs does for a
//! merged directory that changed while open.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::driver::fuse::fs::lock;

/// The listings being read, by directory inode.
pub struct Listings<T> {
    kept: Mutex<HashMap<u64, Arc<Vec<T>>>>,
}

impl<T> Default for Listings<T> {
    fn default() -> Self {
        Self {
            kept: Mutex::new(HashMap::new()),
        }
    }
}

impl<T> Listings<T> {
    /// The listing a READDIR of `ino` at `offset` reads: a new one from `list` at offset 0
    /// or when none is kept, else the one kept since the pass began.
    pub fn get<E>(
        &self,
        ino: u64,
        offset: u64,
        list: impl FnOnce() -> Result<Vec<T>, E>,
    ) -> Result<Arc<Vec<T>>, E> {
        if offset != 0
            && let Some(kept) = lock(&self.kept).get(&ino)
        {
            return Ok(kept.clone());
        }
        let fresh = Arc::new(list()?);
        lock(&self.kept).insert(ino, fresh.clone());
        Ok(fresh)
    }

    /// A READDIR of `ino` answered `listing` from `offset` on, the reply holding `sent`
    /// entries: the pass is over when nothing was left to send, and its listing is dropped.
    pub fn answered(&self, ino: u64, listing: &Arc<Vec<T>>, offset: u64, sent: usize) {
        if sent == 0 && offset as usize >= listing.len() {
            let mut kept = lock(&self.kept);
            if kept.get(&ino).is_some_and(|k| Arc::ptr_eq(k, listing)) {
                kept.remove(&ino);
            }
        }
    }

    /// How many listings are kept (for tests).
    #[cfg(test)]
    fn len(&self) -> usize {
        lock(&self.kept).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A lister of `Listings::get`'s shape, which may fail.
    #[allow(clippy::unnecessary_wraps)]
    fn ok(v: &[&'static str]) -> Result<Vec<&'static str>, ()> {
        Ok(v.to_vec())
    }

    #[test]
    fn a_pass_reads_one_listing_until_its_end() {
        let l = Listings::default();
        let first = l.get(7, 0, || ok(&["a", "b", "c"])).unwrap();
        l.answered(7, &first, 0, 2);
        // The directory changed (b removed) while it was read: the pass goes on with its
        // listing, so c is not skipped.
        let next = l.get(7, 2, || ok(&["a", "c"])).unwrap();
        assert!(Arc::ptr_eq(&first, &next));
        assert_eq!(next[2], "c");
        l.answered(7, &next, 2, 1);
        assert_eq!(l.len(), 1, "kept until a read finds nothing left");
        let end = l.get(7, 3, || ok(&[])).unwrap();
        l.answered(7, &end, 3, 0);
        assert_eq!(l.len(), 0, "dropped at the end");
    }

    #[test]
    fn offset_zero_lists_afresh_and_a_lost_listing_is_remade() {
        let l = Listings::default();
        let old = l.get(1, 0, || ok(&["a"])).unwrap();
        let new = l.get(1, 0, || ok(&["a", "b"])).unwrap();
        assert_eq!(new.len(), 2, "a new pass sees the change");
        // The old pass ends: it must not drop the new pass's listing.
        l.answered(1, &old, 1, 0);
        assert_eq!(l.len(), 1);
        let later = l.get(2, 1, || ok(&["x", "y"])).unwrap();
        assert_eq!(later[1], "y", "nothing kept: listed afresh");
        assert!(l.get(3, 0, || Err::<Vec<&str>, _>(())).is_err());
        assert_eq!(l.len(), 2, "a failed listing keeps nothing");
    }
}
