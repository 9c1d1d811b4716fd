//! `den system check`: finding what is inconsistent in the store (a broken `images.json`, a
//! layer directory or blob an image needs that is gone) and repairing what can be repaired.
//!
//! The index is rebuilt from the blobs: every manifest blob whose config blob is there is an
//! image again (configs and manifests are content-addressed, so nothing else is needed). Names
//! live only in the index: the ones container records still hold come back, the others are
//! lost, and the report says which images lost theirs. A missing layer directory is unpacked
//! again from its blob; an image whose blobs are gone cannot be repaired and is for the caller
//! to remove (through `rmi`).

use std::fmt;
use std::fs;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::identity::idmap::IdMapping;
use crate::image::archive::MEDIA_OCI_MANIFEST;
use crate::image::reference::{Reference, is_lower_hex};
use crate::store::index::{ImageRecord, Index, LayerRecord};
use crate::store::layers::{LayerJob, layer_info, unpack_layers};
use crate::store::load::add_image;
use crate::store::records;
use crate::store::{Store, StoreLock, time};

/// Manifests and configs are small; bigger blobs are layers and are not read.
const MAX_METADATA_BLOB: u64 = 4 << 20;

/// One inconsistency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// `images.json` cannot be read: nothing else can be checked until it is rebuilt.
    BrokenIndex { path: PathBuf, error: String },
    /// A layer directory of an image is gone; `blob` says whether its blob is there to
    /// unpack it again.
    MissingLayer {
        image: String,
        diff_id: String,
        digest: String,
        blob: bool,
    },
    /// A blob the image needs (its config or manifest) is gone: the image cannot be repaired.
    MissingBlob { image: String, digest: String },
}

impl Problem {
    /// The image that cannot be repaired, only removed.
    pub fn damaged_image(&self) -> Option<&str> {
        match self {
            Problem::MissingLayer {
                image, blob: false, ..
            }
            | Problem::MissingBlob { image, .. } => Some(image),
            _ => None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::BrokenIndex { path, error } => {
                write!(
                    f,
                    "the image index \"{}\" is broken: {error}",
                    path.display()
                )
            }
            Problem::MissingLayer {
                image,
                diff_id,
                blob,
                ..
            } => write!(
                f,
                "layer {diff_id} of image {} is missing{}",
                short(image),
                if *blob {
                    " (its blob is there: it can be unpacked again)"
                } else {
                    ", and so is its blob: the image cannot be repaired"
                }
            ),
            Problem::MissingBlob { image, digest } => write!(
                f,
                "blob {digest} of image {} is missing: the image cannot be repaired",
                short(image)
            ),
        }
    }
}

fn short(id: &str) -> &str {
    &id[..12.min(id.len())]
}

/// Finds the store's problems. A broken index is the only one reported then.
pub fn find_problems(store: &Store) -> Vec<Problem> {
    let index = match store.read_index() {
        Ok(index) => index,
        Err(e) => {
            let error = e
                .chain()
                .last()
                .map(ToString::to_string)
                .unwrap_or_default();
            return vec![Problem::BrokenIndex {
                path: store.index_path(),
                error,
            }];
        }
    };
    let mut problems = Vec::new();
    for image in &index.images {
        for digest in [&image.config, &image.manifest] {
            if !store.blob_path(digest).is_file() {
                problems.push(Problem::MissingBlob {
                    image: image.id.clone(),
                    digest: digest.clone(),
                });
            }
        }
        for layer in &image.layers {
            if !store.has_layer(&layer.diff_id) {
                problems.push(Problem::MissingLayer {
                    image: image.id.clone(),
                    diff_id: layer.diff_id.clone(),
                    digest: layer.digest.clone(),
                    blob: store.blob_path(&layer.digest).is_file(),
                });
            }
        }
    }
    problems
}

/// What a rebuild of the index found: each image with the names it got back.
#[derive(Debug, Clone, Default)]
pub struct Rebuilt {
    pub images: Vec<(String, Vec<String>)>,
    /// Where the broken index was kept.
    pub kept: PathBuf,
}

/// What `repair` did.
#[derive(Debug, Clone, Default)]
pub struct Repaired {
    pub rebuilt: Option<Rebuilt>,
    /// Diff ids of the layers unpacked again.
    pub unpacked: Vec<String>,
    /// Images that cannot be repaired: for the caller to remove.
    pub damaged: Vec<String>,
}

/// Rebuilds a broken index and unpacks missing layers again from their blobs, under the
/// store lock (released on return, so that the caller can remove the damaged images).
pub fn repair(store: &Store, mapping: &IdMapping) -> Result<Repaired> {
    let lock = store.lock()?;
    let mut repaired = Repaired::default();
    let mut problems = find_problems(store);
    if let Some(Problem::BrokenIndex { .. }) = problems.first() {
        repaired.rebuilt = Some(rebuild_index(store, &lock)?);
        problems = find_problems(store);
    }
    let mut jobs = Vec::new();
    for problem in &problems {
        if let Problem::MissingLayer {
            image,
            diff_id,
            digest,
            blob: true,
        } = problem
        {
            jobs.push(LayerJob {
                blob: store.blob_path(digest),
                diff_id: diff_id.clone(),
                label: format!("layer {diff_id} of image {}", short(image)),
            });
            if !repaired.unpacked.contains(diff_id) {
                repaired.unpacked.push(diff_id.clone());
            }
        }
    }
    unpack_layers(store, mapping, jobs)?;
    for problem in &problems {
        if let Some(image) = problem.damaged_image()
            && !repaired.damaged.iter().any(|d| d == image)
        {
            repaired.damaged.push(image.to_string());
        }
    }
    Ok(repaired)
}

/// Writes a new index of every image whose manifest and config blobs are stored, keeping the
/// broken one as `images.json.broken`.
fn rebuild_index(store: &Store, lock: &StoreLock) -> Result<Rebuilt> {
    let blobs = store.root().join("blobs/sha256");
    let entries =
        fs::read_dir(&blobs).with_context(|| format!("reading \"{}\"", blobs.display()))?;
    let mut index = Index::default();
    index.version = crate::store::index::INDEX_VERSION;
    let mut hexes: Vec<String> = entries
        .flatten()
        .filter(|e| e.metadata().is_ok_and(|m| m.len() <= MAX_METADATA_BLOB))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|h| h.len() == 64 && is_lower_hex(h))
        .collect();
    hexes.sort();
    let now = time::format_rfc3339(time::now_unix());
    for hex in hexes {
        let digest = format!("sha256:{hex}");
        let Ok(bytes) = fs::read(store.blob_path(&digest)) else {
            continue;
        };
        let Some(config_digest) = manifest_config(&bytes) else {
            continue;
        };
        let Ok(config) = fs::read(store.blob_path(&config_digest)) else {
            continue;
        };
        if let Some(mut record) = record_from_blobs(&digest, &bytes, &config, &now) {
            for layer in &mut record.layers {
                layer.unpacked_size = layer_info(store, &layer.diff_id).map_or(0, |i| i.size);
            }
            record.size = record.layers.iter().map(|l| l.unpacked_size).sum();
            add_image(&mut index, record);
        }
    }
    for (image, name) in names_of_containers(store) {
        if let Some(record) = index.images.iter_mut().find(|i| i.id == image)
            && !record.names.contains(&name)
        {
            record.names.push(name);
        }
    }
    let kept = store.root().join("images.json.broken");
    fs::rename(store.index_path(), &kept)
        .with_context(|| format!("keeping the broken index as \"{}\"", kept.display()))?;
    store.write_index(lock, &index)?;
    Ok(Rebuilt {
        images: index
            .images
            .iter()
            .map(|i| (i.id.clone(), i.names.clone()))
            .collect(),
        kept,
    })
}

/// The config digest of a blob that is an image manifest (OCI or Docker schema 2); `None`
/// for anything else (configs, indexes, layers). Pure.
fn manifest_config(bytes: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(bytes).ok()?;
    value.get("layers")?.as_array()?;
    let digest = value.get("config")?.get("digest")?.as_str()?;
    digest.starts_with("sha256:").then(|| digest.to_string())
}

/// The index record of the image a manifest and its config describe; `None` when they do
/// not fit together (not as many layers as diff ids). Pure.
fn record_from_blobs(
    manifest_digest: &str,
    manifest: &[u8],
    config: &[u8],
    stored: &str,
) -> Option<ImageRecord> {
    let value: Value = serde_json::from_slice(manifest).ok()?;
    let config_digest = manifest_config(manifest)?;
    let parsed: oci_spec::image::ImageConfiguration = serde_json::from_slice(config).ok()?;
    let diff_ids = parsed.rootfs().diff_ids();
    let layers = value.get("layers")?.as_array()?;
    if layers.len() != diff_ids.len() {
        return None;
    }
    let layers = layers
        .iter()
        .zip(diff_ids)
        .map(|(layer, diff_id)| {
            Some(LayerRecord {
                digest: layer.get("digest")?.as_str()?.to_string(),
                size: layer.get("size")?.as_u64()?,
                media_type: layer.get("mediaType")?.as_str()?.to_string(),
                diff_id: diff_id.clone(),
                unpacked_size: 0,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(ImageRecord {
        id: config_digest["sha256:".len()..].to_string(),
        names: Vec::new(),
        manifest: manifest_digest.to_string(),
        manifest_media_type: value
            .get("mediaType")
            .and_then(Value::as_str)
            .unwrap_or(MEDIA_OCI_MANIFEST)
            .to_string(),
        config: config_digest,
        layers,
        created: parsed.created().clone(),
        stored: stored.to_string(),
        size: 0,
    })
}

/// The image names container records hold (what `run` was given, normalized), by image id.
fn names_of_containers(store: &Store) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for id in records::all_ids(store) {
        let Ok(record) = records::read(store, &id) else {
            continue;
        };
        let Some(image) = record.image_id else {
            continue;
        };
        let image = image.strip_prefix("sha256:").unwrap_or(&image).to_string();
        if record.image != image
            && let Ok(reference) = Reference::parse(&record.image)
        {
            out.push((image, reference.to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = r#"{"architecture":"amd64","os":"linux","created":"2024-01-01T00:00:00Z",
        "rootfs":{"type":"layers","diff_ids":["sha256:1111111111111111111111111111111111111111111111111111111111111111"]}}"#;

    fn manifest(layers: usize) -> String {
        let layer = r#"{"mediaType":"application/vnd.oci.image.layer.v1.tar","digest":"sha256:2222222222222222222222222222222222222222222222222222222222222222","size":10}"#;
        format!(
            r#"{{"schemaVersion":2,"config":{{"mediaType":"x","digest":"sha256:{}","size":1}},"layers":[{}]}}"#,
            "3".repeat(64),
            vec![layer; layers].join(",")
        )
    }

    #[test]
    fn manifests_are_told_from_configs_and_indexes() {
        assert_eq!(
            manifest_config(manifest(1).as_bytes()),
            Some(format!("sha256:{}", "3".repeat(64)))
        );
        assert_eq!(manifest_config(CONFIG.as_bytes()), None);
        assert_eq!(manifest_config(br#"{"manifests":[]}"#), None);
        assert_eq!(manifest_config(b"\x1f\x8b not json"), None);
    }

    #[test]
    fn a_record_is_rebuilt_from_a_manifest_and_its_config() {
        let digest = format!("sha256:{}", "4".repeat(64));
        let record =
            record_from_blobs(&digest, manifest(1).as_bytes(), CONFIG.as_bytes(), "now").unwrap();
        assert_eq!(record.id, "3".repeat(64));
        assert!(record.names.is_empty());
        assert_eq!(record.manifest, digest);
        assert_eq!(record.manifest_media_type, MEDIA_OCI_MANIFEST);
        assert_eq!(
            record.layers[0].diff_id,
            format!("sha256:{}", "1".repeat(64))
        );
        assert_eq!(record.layers[0].size, 10);
        assert_eq!(record.created.as_deref(), Some("2024-01-01T00:00:00Z"));
        // Two layers for one diff id: not this config's manifest.
        assert!(
            record_from_blobs(&digest, manifest(2).as_bytes(), CONFIG.as_bytes(), "").is_none()
        );
    }
}
