//! `images.json`, the store's index of images: what each image is made of and its names,
//! and the rules of local lookup (`den run busybox` finds `localhost/busybox:latest`).
//! The file is replaced atomically under the store lock; readers never see half of it.

use serde::{Deserialize, Serialize};

use crate::error::hinted;
use crate::image::reference::{Reference, is_lower_hex, lookup_rank};

/// Version of the index format.
pub const INDEX_VERSION: u32 = 1;

/// The whole index.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Index {
    pub version: u32,
    pub images: Vec<ImageRecord>,
}

/// One image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageRecord {
    /// sha256 hex of the config blob (docker's and podman's image id).
    pub id: String,
    /// Normalized names (`docker.io/library/busybox:latest`), each held by one image only.
    pub names: Vec<String>,
    /// Digest of the manifest blob.
    pub manifest: String,
    /// Media type of the manifest.
    #[serde(default)]
    pub manifest_media_type: String,
    /// Digest of the config blob (`sha256:<id>`).
    pub config: String,
    /// Layers, bottom first.
    pub layers: Vec<LayerRecord>,
    /// The config's `created`.
    #[serde(default)]
    pub created: Option<String>,
    /// When den stored the image (RFC 3339).
    pub stored: String,
    /// Sum of the layers' uncompressed sizes.
    pub size: u64,
}

#[cfg(test)]
impl ImageRecord {
    /// A record for unit tests: id = `id` repeated 64 times, the given names, nothing else.
    pub fn for_test(id: char, names: &[&str]) -> ImageRecord {
        ImageRecord {
            id: id.to_string().repeat(64),
            names: names.iter().map(|s| (*s).to_string()).collect(),
            manifest: String::new(),
            manifest_media_type: String::new(),
            config: String::new(),
            layers: Vec::new(),
            created: None,
            stored: String::new(),
            size: 0,
        }
    }
}

/// One layer of an image.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerRecord {
    /// Digest of the blob as received (compressed or not).
    pub digest: String,
    /// Size of the blob.
    pub size: u64,
    pub media_type: String,
    /// Digest of the uncompressed tar: the key of `layers/<hex>`.
    pub diff_id: String,
    /// Size of the uncompressed tar.
    pub unpacked_size: u64,
}

impl ImageRecord {
    /// The diff ids, bottom first.
    pub fn diff_ids(&self) -> Vec<String> {
        self.layers.iter().map(|l| l.diff_id.clone()).collect()
    }
}

/// What a lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Position of the image in the index.
    pub index: usize,
    /// The stored name that matched; `None` when the image was given by id.
    pub name: Option<String>,
}

/// The hint of a broken index or a missing layer: what rebuilds the index and unpacks the
/// missing layers again from their blobs.
pub const REPAIR_HINT: &str =
    "repair the store from the blobs and layers on disk with: den system check --repair";

/// The hint of every "not found" error.
pub const NOT_FOUND_HINT: &str = "load it with: den load -i FILE (or see: den images)";

/// Finds the image `query` means, in podman's order: a name (see
/// [`lookup_rank`]: for a short name `localhost/NAME`, then `docker.io/[library/]NAME`, then
/// any repository ending in `/NAME`; among equal ranks the image stored first, as podman),
/// else an id or a unique id prefix of at least 3 hex digits (`sha256:` allowed).
pub fn resolve(images: &[ImageRecord], query: &str) -> anyhow::Result<Resolved> {
    let id_query = query.strip_prefix("sha256:");
    if id_query.is_none()
        && let Ok(reference) = Reference::parse(query)
    {
        let mut best: Option<(u8, usize, &str)> = None;
        for (index, image) in images.iter().enumerate() {
            for name in &image.names {
                if let Some(rank) = lookup_rank(&reference, name, Some(&image.manifest))
                    && best.is_none_or(|(r, _, _)| rank < r)
                {
                    best = Some((rank, index, name));
                }
            }
        }
        if let Some((_, index, name)) = best {
            return Ok(Resolved {
                index,
                name: Some(name.to_string()),
            });
        }
    }
    let hex = id_query.unwrap_or(query);
    if hex.len() >= 3 && hex.len() <= 64 && is_lower_hex(hex) {
        let matches: Vec<usize> = images
            .iter()
            .enumerate()
            .filter(|(_, i)| i.id.starts_with(hex))
            .map(|(n, _)| n)
            .collect();
        match matches.len() {
            0 => {}
            1 => {
                return Ok(Resolved {
                    index: matches[0],
                    name: None,
                });
            }
            _ => {
                let ids: Vec<&str> = matches.iter().map(|&n| &images[n].id[..12]).collect();
                return Err(hinted(
                    format!(
                        "image id prefix \"{query}\" is ambiguous: it matches {}",
                        ids.join(", ")
                    ),
                    "give more digits of the id",
                ));
            }
        }
    }
    if id_query.is_none()
        && let Err(e) = Reference::parse(query)
        && !is_lower_hex(query)
    {
        return Err(hinted(e, NOT_FOUND_HINT));
    }
    Err(hinted(
        format!("image \"{query}\" not found in local storage"),
        NOT_FOUND_HINT,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(id_char: char, names: &[&str]) -> ImageRecord {
        ImageRecord {
            id: id_char.to_string().repeat(64),
            names: names.iter().map(|s| (*s).to_string()).collect(),
            manifest: format!("sha256:{}", id_char.to_string().repeat(64)),
            manifest_media_type: String::new(),
            config: String::new(),
            layers: Vec::new(),
            created: None,
            stored: String::new(),
            size: 0,
        }
    }

    fn index() -> Vec<ImageRecord> {
        vec![
            image('a', &["docker.io/library/busybox:latest"]),
            image('b', &["localhost/busybox-oci:latest", "localhost/tools:1"]),
            image('c', &["quay.io/foo/bar:2"]),
            {
                let mut i = image('d', &[]);
                i.id = format!("ab{}", "d".repeat(62));
                i
            },
        ]
    }

    #[test]
    fn exact_and_short_names() {
        let images = index();
        let r = resolve(&images, "busybox").unwrap();
        assert_eq!(r.index, 0);
        assert_eq!(r.name.as_deref(), Some("docker.io/library/busybox:latest"));
        assert_eq!(resolve(&images, "busybox-oci").unwrap().index, 1);
        assert_eq!(resolve(&images, "tools:1").unwrap().index, 1);
        assert_eq!(resolve(&images, "localhost/tools:1").unwrap().index, 1);
        assert_eq!(resolve(&images, "foo/bar:2").unwrap().index, 2);
        assert!(resolve(&images, "tools").is_err()); // tag latest is not there
        assert!(resolve(&images, "docker.io/foo/bar:2").is_err());
    }

    #[test]
    fn short_names_resolve_in_podmans_order() {
        let mut images = index();
        images.push(image('e', &["localhost/busybox:latest"]));
        // localhost/NAME first, then docker.io/library/NAME (what older den stored).
        assert_eq!(resolve(&images, "busybox").unwrap().index, 4);
        assert_eq!(resolve(&images, "docker.io/busybox").unwrap().index, 0);
        images[4].names.clear();
        assert_eq!(resolve(&images, "busybox").unwrap().index, 0);
        // Then any repository ending in /NAME; of two, the image stored first.
        images.push(image('f', &["quay.io/x/bar:2"]));
        assert_eq!(resolve(&images, "bar:2").unwrap().index, 2);
        assert_eq!(resolve(&images, "x/bar:2").unwrap().index, 5);
        images.swap(2, 5);
        assert_eq!(resolve(&images, "bar:2").unwrap().index, 2);
        assert_eq!(images[2].names, ["quay.io/x/bar:2"]);
        assert!(resolve(&images, "ar:2").is_err());
    }

    #[test]
    fn ids_and_prefixes() {
        let images = index();
        let r = resolve(&images, &"c".repeat(64)).unwrap();
        assert_eq!((r.index, r.name), (2, None));
        assert_eq!(resolve(&images, "ccc").unwrap().index, 2);
        assert_eq!(resolve(&images, "sha256:ccc").unwrap().index, 2);
        assert_eq!(resolve(&images, "abd").unwrap().index, 3);
        assert!(resolve(&images, "cc").is_err());
        let err = resolve(&images, "a").unwrap_err().to_string();
        assert!(err.contains("not found"), "{err}");
        let mut more = images.clone();
        more.push(image('d', &[]));
        more[4].id = format!("abdd{}", "0".repeat(60));
        let err = resolve(&more, "abd").unwrap_err().to_string();
        assert!(err.contains("ambiguous"), "{err}");
    }

    #[test]
    fn not_found_and_invalid_name_errors_name_the_query() {
        let images = index();
        let err = resolve(&images, "nginx").unwrap_err();
        assert_eq!(
            err.to_string(),
            "image \"nginx\" not found in local storage"
        );
        let hint = err.downcast_ref::<crate::error::Annotated>().unwrap();
        assert_eq!(hint.hint.as_deref(), Some(NOT_FOUND_HINT));
        let err = resolve(&images, "Bad Name").unwrap_err().to_string();
        assert!(err.contains("\"Bad Name\""), "{err}");
    }

    #[test]
    fn digest_reference_finds_by_manifest() {
        let images = index();
        let r = resolve(&images, &format!("busybox@sha256:{}", "a".repeat(64))).unwrap();
        assert_eq!(r.index, 0);
    }
}
