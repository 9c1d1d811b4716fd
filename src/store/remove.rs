//! `den rmi`: untagging names, deleting images, and removing the blobs and layers no image
//! and no container uses any more. An image a container uses is never deleted: `rmi`
//! refuses, `rmi -f` has the command remove those containers first. The index is written first; layers are then moved aside with one rename
//! each and deleted inside the user namespace, so a crash leaves only unreferenced leftovers,
//! which the next `rmi` collects.

use std::collections::HashSet;
use std::fs;

use anyhow::Result;

use crate::error::{ExitCodeExt, hinted};
use crate::identity::idmap::IdMapping;
use crate::plan::RootfsSource;
use crate::store::Store;
use crate::store::index::{Index, resolve};
use crate::store::layers::{clean_tmp, detach_layer, remove_trees};
use crate::store::records;

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

/// Plans the removals as podman does, one argument after the other: a name of an image that
/// keeps other names is only untagged (`force` or not); the image's last name, or `all`,
/// deletes it; an id deletes it, but of an image with several names only with `force`. Pure.
fn plan(index: &Index, queries: &[String], all: bool, force: bool) -> Result<Vec<Action>> {
    let mut images = index.images.clone();
    let mut actions = Vec::new();
    if all {
        actions.extend(images.drain(..).map(|i| Action::Delete { id: i.id }));
    }
    for query in queries {
        let resolved = match resolve(&images, query) {
            Ok(r) => r,
            // Deleted by an earlier argument (`rmi -a ID`, `rmi NAME ID`): nothing left to do.
            Err(_) if resolve(&index.images, query).is_ok() => continue,
            Err(e) => return Err(e),
        };
        let image = &mut images[resolved.index];
        match resolved.name {
            Some(name) if image.names.len() > 1 => {
                image.names.retain(|n| *n != name);
                actions.push(Action::Untag {
                    id: image.id.clone(),
                    name,
                });
            }
            None if image.names.len() > 1 && !force => {
                return Err(hinted(
                    format!(
                        "unable to delete image {} by id: it has more than one name ({})",
                        &image.id[..12],
                        image.names.join(", ")
                    ),
                    format!(
                        "untag the names one by one, or delete the image and all its names with: den rmi -f {query}"
                    ),
                ));
            }
            _ => {
                let image = images.remove(resolved.index);
                actions.push(Action::Delete { id: image.id });
            }
        }
    }
    Ok(actions)
}

/// The containers (image id, container id) that use an image `actions` delete. Pure.
fn containers_in_the_way(actions: &[Action], users: &[(String, String)]) -> Vec<(String, String)> {
    users
        .iter()
        .filter(|(image, _)| {
            actions
                .iter()
                .any(|a| matches!(a, Action::Delete { id } if id == image))
        })
        .cloned()
        .collect()
}

/// The containers that stand in the way of `rmi`, checked before anything changes. Without
/// `force` any of them is an error (exit code 2, as podman's "image is in use by a
/// container"); with `force` they are returned, for the caller to remove first (through the
/// removal of `den rm -f`) before it calls `remove_images`.
pub fn containers_to_remove(
    store: &Store,
    queries: &[String],
    all: bool,
    force: bool,
) -> Result<Vec<String>> {
    let index = store.read_index()?;
    let actions = plan(&index, queries, all, force)?;
    let users = containers_in_the_way(&actions, &store.containers_by_image());
    if users.is_empty() || force {
        return Ok(users.into_iter().map(|(_, c)| c).collect());
    }
    Err(in_use_error(store, &users)).exit_code(2)
}

/// podman's "image is in use by a container", naming the containers (podman exits with 2).
fn in_use_error(store: &Store, users: &[(String, String)]) -> anyhow::Error {
    let names: Vec<String> = users
        .iter()
        .map(|(_, id)| match records::read(store, id) {
            Ok(record) => format!("\"{}\" ({})", record.name, &id[..12.min(id.len())]),
            Err(_) => id.clone(),
        })
        .collect();
    let image = &users[0].0;
    let containers = users
        .iter()
        .map(|(_, id)| &id[..12.min(id.len())])
        .collect::<Vec<_>>()
        .join(" ");
    hinted(
        format!(
            "image {} is in use by a container: {}",
            &image[..12.min(image.len())],
            names.join(", ")
        ),
        format!(
            "remove the container first (den rm -f {containers}), or remove it with the image: \
             den rmi -f IMAGE"
        ),
    )
}

/// Removes images. Refuses (before changing anything, exit code 2) to delete an image a
/// container uses: with `force` the caller has removed them (`containers_to_remove`), and one
/// created meanwhile still stops it.
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
    let users = containers_in_the_way(&actions, &store.containers_by_image());
    if !users.is_empty() {
        return Err(in_use_error(store, &users)).exit_code(2);
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

/// The layers (hex of their diff ids) the containers' run plans mount: kept even when no
/// image refers to them any more, so that no container loses its files.
fn layers_of_containers(store: &Store) -> HashSet<String> {
    let mut layers = HashSet::new();
    for id in records::all_ids(store) {
        let Ok(record) = records::read(store, &id) else {
            continue;
        };
        if let Some(RootfsSource::Layers { lower, .. }) = record.plan.map(|p| p.rootfs) {
            for diff in lower {
                // `layers/<hex>/diff`
                if let Some(hex) = diff.parent().and_then(|d| d.file_name()) {
                    layers.insert(hex.to_string_lossy().into_owned());
                }
            }
        }
    }
    layers
}

/// Removes layers and blobs that no image of `index` and no container refers to.
pub fn collect_garbage(store: &Store, mapping: &IdMapping, index: &Index) -> Result<()> {
    let mut layers_in_use = layers_of_containers(store);
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

    fn index() -> Index {
        Index {
            version: 1,
            images: vec![
                rec('a', &["docker.io/library/a:latest", "localhost/b:latest"]),
                rec('c', &["localhost/c:latest"]),
            ],
        }
    }

    fn q(s: &[&str]) -> Vec<String> {
        s.iter().map(ToString::to_string).collect()
    }

    fn delete(c: char) -> Action {
        Action::Delete {
            id: c.to_string().repeat(64),
        }
    }

    #[test]
    fn a_name_of_several_is_only_untagged_even_with_force() {
        let untag_a = [Action::Untag {
            id: "a".repeat(64),
            name: "docker.io/library/a:latest".into(),
        }];
        assert_eq!(plan(&index(), &q(&["a"]), false, false).unwrap(), untag_a);
        assert_eq!(plan(&index(), &q(&["a"]), false, true).unwrap(), untag_a);
        assert_eq!(
            plan(&index(), &q(&["c"]), false, false).unwrap(),
            [delete('c')]
        );
    }

    #[test]
    fn the_last_name_deletes_the_image() {
        let actions = plan(&index(), &q(&["a", "localhost/b"]), false, false).unwrap();
        assert_eq!(actions[1], delete('a'));
        assert_eq!(actions.len(), 2);
    }

    #[test]
    fn an_id_of_several_names_needs_force_and_deletes_all() {
        let err = plan(&index(), &q(&["aaaa"]), false, false).unwrap_err();
        assert!(err.to_string().contains("more than one name"), "{err}");
        assert_eq!(
            plan(&index(), &q(&["aaaa"]), false, true).unwrap(),
            [delete('a')]
        );
        assert_eq!(
            plan(&index(), &q(&["cccc"]), false, false).unwrap(),
            [delete('c')]
        );
    }

    #[test]
    fn all_deletes_every_image_once_and_unknown_names_fail() {
        assert_eq!(
            plan(&index(), &q(&["aaaa"]), true, false).unwrap(),
            [delete('a'), delete('c')]
        );
        assert!(plan(&index(), &q(&["nope"]), false, false).is_err());
    }

    #[test]
    fn only_deleted_images_have_containers_in_the_way() {
        let users = vec![
            ("a".repeat(64), "c1".to_string()),
            ("c".repeat(64), "c2".to_string()),
        ];
        let untag = plan(&index(), &q(&["a"]), false, false).unwrap();
        assert!(containers_in_the_way(&untag, &users).is_empty());
        let delete_c = plan(&index(), &q(&["c"]), false, false).unwrap();
        assert_eq!(
            containers_in_the_way(&delete_c, &users),
            [("c".repeat(64), "c2".to_string())]
        );
    }
}
