//! `den rmi`: untagging names, deleting images, and removing the blobs and layers no image
//! uses any more. The index is written first; layers are then moved aside with one rename
//! each and deleted inside the user namespace, so a crash leaves only unreferenced leftovers,
//! which the next `rmi` collects.

use std::collections::HashSet;
use std::fs;

use anyhow::Result;

use crate::error::hinted;
use crate::runtime::idmap::IdMapping;
use crate::store::Store;
use crate::store::index::{Index, resolve};
use crate::store::layers::{clean_tmp, detach_layer, remove_trees};

/// What `rmi` did, in order, for printing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removal {
    Untagged(String),
    Deleted(String),
}

/// What to do to each image, decided before anything changes.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Action {
    Untag { id: String, name: String },
    Delete { id: String },
}

/// Plans the removals: a name that is one of several of its image is only untagged (unless
/// `force`); an id, or an image's only name, deletes the image. Pure.
fn plan(index: &Index, queries: &[String], all: bool, force: bool) -> Result<Vec<Action>> {
    let mut actions = Vec::new();
    if all {
        for image in &index.images {
            actions.push(Action::Delete {
                id: image.id.clone(),
            });
        }
    }
    for query in queries {
        let resolved = resolve(&index.images, query)?;
        let image = &index.images[resolved.index];
        let action = match resolved.name {
            Some(name) if image.names.len() > 1 && !force => Action::Untag {
                id: image.id.clone(),
                name,
            },
            _ => Action::Delete {
                id: image.id.clone(),
            },
        };
        if !actions.contains(&action) {
            actions.push(action);
        }
    }
    Ok(actions)
}

/// Removes images; refuses (before changing anything) to delete an image a container uses
/// unless `force`.
pub fn remove_images(
    store: &Store,
    mapping: &IdMapping,
    queries: &[String],
    all: bool,
    force: bool,
) -> Result<Vec<Removal>> {
    let lock = store.lock()?;
    clean_tmp(store, mapping)?;
    let mut index = store.read_index()?;
    let actions = plan(&index, queries, all, force)?;
    if !force {
        let users = store.containers_by_image();
        for action in &actions {
            if let Action::Delete { id } = action
                && let Some((_, container)) = users.iter().find(|(image, _)| image == id)
            {
                return Err(hinted(
                    format!("image {} is in use by container \"{container}\"", &id[..12]),
                    "remove the container first, or force it with: den rmi -f",
                ));
            }
        }
    }
    let mut done = Vec::new();
    for action in actions {
        match action {
            Action::Untag { id, name } => {
                if let Some(image) = index.images.iter_mut().find(|i| i.id == id) {
                    image.names.retain(|n| *n != name);
                    done.push(Removal::Untagged(name));
                }
            }
            Action::Delete { id } => {
                if let Some(pos) = index.images.iter().position(|i| i.id == id) {
                    let image = index.images.remove(pos);
                    done.extend(image.names.into_iter().map(Removal::Untagged));
                    done.push(Removal::Deleted(id));
                }
            }
        }
    }
    store.write_index(&lock, &index)?;
    collect_garbage(store, mapping, &index)?;
    Ok(done)
}

/// Removes layers and blobs that no image of `index` refers to.
pub fn collect_garbage(store: &Store, mapping: &IdMapping, index: &Index) -> Result<()> {
    let mut layers_in_use = HashSet::new();
    let mut blobs_in_use = HashSet::new();
    for image in &index.images {
        blobs_in_use.insert(hex_of(&image.manifest));
        blobs_in_use.insert(hex_of(&image.config));
        for layer in &image.layers {
            layers_in_use.insert(hex_of(&layer.diff_id));
            blobs_in_use.insert(hex_of(&layer.digest));
        }
    }
    let mut detached = Vec::new();
    if let Ok(entries) = fs::read_dir(store.layers_dir()) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !layers_in_use.contains(&name)
                && let Some(path) = detach_layer(store, &entry.path())?
            {
                detached.push(path);
            }
        }
    }
    remove_trees(mapping, detached)?;
    if let Ok(entries) = fs::read_dir(store.root().join("blobs/sha256")) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !blobs_in_use.contains(&name) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

fn hex_of(digest: &str) -> String {
    digest.strip_prefix("sha256:").unwrap_or(digest).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::index::ImageRecord;

    fn rec(id: char, names: &[&str]) -> ImageRecord {
        ImageRecord::for_test(id, names)
    }

    #[test]
    fn a_name_of_several_is_untagged_an_id_deletes() {
        let index = Index {
            version: 1,
            images: vec![
                rec('a', &["docker.io/library/a:latest", "localhost/b:latest"]),
                rec('c', &["localhost/c:latest"]),
            ],
        };
        let q = |s: &str| vec![s.to_string()];
        assert_eq!(
            plan(&index, &q("a"), false, false).unwrap(),
            [Action::Untag {
                id: "a".repeat(64),
                name: "docker.io/library/a:latest".into()
            }]
        );
        assert_eq!(
            plan(&index, &q("aaaa"), false, false).unwrap(),
            [Action::Delete { id: "a".repeat(64) }]
        );
        assert_eq!(
            plan(&index, &q("a"), false, true).unwrap(),
            [Action::Delete { id: "a".repeat(64) }]
        );
        assert_eq!(
            plan(&index, &q("c"), false, false).unwrap(),
            [Action::Delete { id: "c".repeat(64) }]
        );
        assert_eq!(plan(&index, &[], true, false).unwrap().len(), 2);
        assert!(plan(&index, &q("nope"), false, false).is_err());
    }
}
