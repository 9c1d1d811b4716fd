//! Where each container name was last seen: `<store>/container-names/<name>`, a symlink whose
//! target is the id of the container that had the name. With it, finding a container by name
//! (`records::resolve`, what `exec`, `start`, `stop`, `inspect` and the rest begin with) reads
//! that one record instead of every record in the store: each record read cost `den exec`
//! about 17 µs (bench/README.md, "Finding a container by name").
//!
//! The entries are hints, never the truth. A lookup takes an entry only when the record it
//! points to has that very name; an entry that is missing or stale (the container was renamed
//! or removed, or den stopped between the record's write and the entry's) sends the lookup the
//! slow way, reading every record, which then notes the name again. So nothing depends on an
//! entry being written, and writing one may fail silently.

use std::fs;
use std::os::unix::fs::DirBuilderExt;
use std::path::PathBuf;

use crate::store::Store;

/// The index's directory in the store.
pub(crate) const DIR: &str = "container-names";

fn dir(store: &Store) -> PathBuf {
    store.root().join(DIR)
}

/// A name that can be an entry's file name: a valid container name (`plan::validate_name`:
/// no `/`, not `.` or `..`).
fn usable(name: &str) -> bool {
    crate::plan::validate_name(name).is_ok()
}

/// The id the entry for `name` points to, if there is one and it could be an id.
pub(crate) fn hint(store: &Store, name: &str) -> Option<String> {
    if !usable(name) {
        return None;
    }
    let target = fs::read_link(dir(store).join(name)).ok()?;
    let id = target.to_str()?;
    (!id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric())).then(|| id.to_owned())
}

/// Records that container `id` has `name` (best effort: see the module's doc).
pub(crate) fn note(store: &Store, name: &str, id: &str) {
    if !usable(name) || hint(store, name).as_deref() == Some(id) {
        return;
    }
    let dir = dir(store);
    if !dir.is_dir() {
        // Another den may make it at the same moment; either way it is there after.
        let _ = fs::DirBuilder::new().mode(0o700).create(&dir);
    }
    // A new link under a name of its own, renamed over the old entry: readers see the old
    // target or the new one, never none.
    let tmp = dir.join(format!(".{name}.{}", std::process::id()));
    let _ = fs::remove_file(&tmp);
    if std::os::unix::fs::symlink(id, &tmp).is_ok() && fs::rename(&tmp, dir.join(name)).is_err() {
        let _ = fs::remove_file(&tmp);
    }
}

/// Drops the entry for `name` if it still points to `id` (the container is removed).
pub(crate) fn forget(store: &Store, name: &str, id: &str) {
    if hint(store, name).as_deref() == Some(id) {
        let _ = fs::remove_file(dir(store).join(name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_noted_replaced_and_forgotten() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        assert_eq!(hint(&store, "web"), None);
        note(&store, "web", "abc111");
        assert_eq!(hint(&store, "web").as_deref(), Some("abc111"));
        note(&store, "web", "abc222");
        assert_eq!(hint(&store, "web").as_deref(), Some("abc222"));
        // Removing another container does not drop the name's entry.
        forget(&store, "web", "abc111");
        assert_eq!(hint(&store, "web").as_deref(), Some("abc222"));
        forget(&store, "web", "abc222");
        assert_eq!(hint(&store, "web"), None);
        // Nothing but the entries is left in the directory.
        note(&store, "db", "abc333");
        let names: Vec<_> = fs::read_dir(dir(&store))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["db"]);
    }

    #[test]
    fn a_name_that_is_not_a_file_name_or_a_target_that_is_not_an_id_is_no_hint() {
        let tmp = tempfile::tempdir().unwrap();
        let store = Store::open_at(tmp.path()).unwrap();
        for name in ["../containers", "a/b", ".", ".."] {
            note(&store, name, "abc111");
            assert_eq!(hint(&store, name), None, "{name}");
        }
        fs::create_dir_all(dir(&store)).unwrap();
        std::os::unix::fs::symlink("../../etc", dir(&store).join("evil")).unwrap();
        assert_eq!(hint(&store, "evil"), None);
    }
}
