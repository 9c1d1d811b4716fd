//! `den image prune`: removing dangling images (no name, no container), or with `all` every
//! image no container uses; then the layers and blobs nothing refers to any more. The index
//! is written first, under the lock, and garbage collected after (see `remove`).

use anyhow::Result;

use crate::identity::idmap::IdMapping;
use crate::store::Store;
use crate::store::index::Index;
use crate::store::layers::clean_tmp;
use crate::store::remove::collect_garbage;

/// The ids of the images a prune removes. Pure.
pub fn prune_candidates(index: &Index, in_use: &[String], all: bool) -> Vec<String> {
    index
        .images
        .iter()
        .filter(|i| (all || i.names.is_empty()) && !in_use.contains(&i.id))
        .map(|i| i.id.clone())
        .collect()
}

/// Removes the images `prune_candidates` picks, and returns their ids.
pub fn prune_images(store: &Store, mapping: &IdMapping, all: bool) -> Result<Vec<String>> {
    let lock = store.lock()?;
    clean_tmp(store, mapping)?;
    let mut index = store.read_index()?;
    let in_use: Vec<String> = store
        .containers_by_image()
        .into_iter()
        .map(|(image, _)| image)
        .collect();
    let removed = prune_candidates(&index, &in_use, all);
    if removed.is_empty() {
        return Ok(removed);
    }
    index.images.retain(|i| !removed.contains(&i.id));
    store.write_index(&lock, &index)?;
    collect_garbage(store, mapping, &index)?;
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::index::ImageRecord;

    fn rec(id: char, names: &[&str]) -> ImageRecord {
        ImageRecord::for_test(id, names)
    }

    #[test]
    fn dangling_only_unless_all_and_never_in_use() {
        let index = Index {
            version: 1,
            images: vec![rec('a', &[]), rec('b', &["localhost/b:1"]), rec('c', &[])],
        };
        let used = vec!["c".repeat(64)];
        assert_eq!(prune_candidates(&index, &used, false), ["a".repeat(64)]);
        assert_eq!(
            prune_candidates(&index, &used, true),
            ["a".repeat(64), "b".repeat(64)]
        );
    }
}
