//! Names of images: `den tag` adds names (a name moves from the image that had it, which may
//! become nameless: dangling), `den untag` removes them. Each is one read-modify-write of the
//! index under the store lock, replaced atomically; no blob or layer changes.

use anyhow::Result;

use crate::error::hinted;
use crate::image::reference::{Reference, local_name};
use crate::store::Store;
use crate::store::index::{Index, resolve};

/// Parses a new name as podman does for tag: a name without a domain goes under
/// `localhost/`, a missing tag is `latest`, and a digest is refused.
pub fn parse_new_name(name: &str) -> Result<String> {
    let reference = Reference::parse(name)?;
    if reference.digest.is_some() {
        return Err(hinted(
            format!("cannot tag with a digest: \"{name}\""),
            "give a tag instead, e.g. NAME:TAG",
        ));
    }
    Ok(local_name(name)?)
}

/// Adds `names` (already normalized) to the image at `target` of `index`. Pure.
fn add_names(index: &mut Index, target: usize, names: &[String]) {
    let id = index.images[target].id.clone();
    for image in &mut index.images {
        if image.id != id {
            image.names.retain(|n| !names.contains(n));
        }
    }
    let image = &mut index.images[target];
    for name in names {
        if !image.names.contains(name) {
            image.names.push(name.clone());
        }
    }
}

/// Gives the image `query` names the extra names `targets`. Returns the image id.
pub fn tag_image(store: &Store, query: &str, targets: &[String]) -> Result<String> {
    let names = targets
        .iter()
        .map(|t| parse_new_name(t))
        .collect::<Result<Vec<_>>>()?;
    let lock = store.lock()?;
    let mut index = store.read_index()?;
    let target = resolve(&index.images, query)?.index;
    add_names(&mut index, target, &names);
    store.write_index(&lock, &index)?;
    Ok(index.images[target].id.clone())
}

/// Removes `names` from the image at `target`; every name when `names` is empty. A name the
/// image does not have is an error, and nothing changes. Pure.
fn remove_names(index: &mut Index, target: usize, names: &[String]) -> Result<Vec<String>> {
    let image = &mut index.images[target];
    if names.is_empty() {
        return Ok(std::mem::take(&mut image.names));
    }
    let mut removed = Vec::new();
    for name in names {
        let full = match Reference::parse(name) {
            Ok(r) => {
                let full = r.to_string();
                let local = r.local().to_string();
                // `untag img foo` means localhost/foo:latest when that is the image's name.
                if image.names.contains(&full) {
                    full
                } else {
                    local
                }
            }
            Err(e) => return Err(hinted(e, "see the image's names with: den images")),
        };
        if !image.names.contains(&full) {
            return Err(hinted(
                format!("image {} has no name \"{name}\"", &image.id[..12]),
                "see the image's names with: den images",
            ));
        }
        if !removed.contains(&full) {
            removed.push(full);
        }
    }
    image.names.retain(|n| !removed.contains(n));
    Ok(removed)
}

/// Removes names from the image `query` names. Returns the names removed.
pub fn untag_image(store: &Store, query: &str, names: &[String]) -> Result<Vec<String>> {
    let lock = store.lock()?;
    let mut index = store.read_index()?;
    let target = resolve(&index.images, query)?.index;
    let removed = remove_names(&mut index, target, names)?;
    store.write_index(&lock, &index)?;
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
    fn new_names_are_normalized_like_podman() {
        assert_eq!(parse_new_name("foo").unwrap(), "localhost/foo:latest");
        assert_eq!(parse_new_name("foo:1").unwrap(), "localhost/foo:1");
        assert_eq!(parse_new_name("quay.io/a/b:2").unwrap(), "quay.io/a/b:2");
        let digest = format!("foo@sha256:{}", "a".repeat(64));
        assert!(parse_new_name(&digest).is_err());
        assert!(parse_new_name("Bad Name").is_err());
    }

    #[test]
    fn a_name_moves_between_images_and_untag_removes() {
        let mut index = Index {
            version: 1,
            images: vec![rec('a', &["localhost/x:1"]), rec('b', &["localhost/y:1"])],
        };
        add_names(
            &mut index,
            1,
            &["localhost/x:1".into(), "localhost/z:1".into()],
        );
        assert!(index.images[0].names.is_empty(), "a became dangling");
        assert_eq!(
            index.images[1].names,
            ["localhost/y:1", "localhost/x:1", "localhost/z:1"]
        );
        let removed = remove_names(&mut index, 1, &["x:1".into()]).unwrap();
        assert_eq!(removed, ["localhost/x:1"]);
        assert!(remove_names(&mut index, 1, &["nope".into()]).is_err());
        assert_eq!(
            index.images[1].names.len(),
            2,
            "a failed untag changes nothing"
        );
        let all = remove_names(&mut index, 1, &[]).unwrap();
        assert_eq!(all.len(), 2);
        assert!(index.images[1].names.is_empty());
    }
}
