//! Loading the images of an archive into the store: verify and ingest the config and layer
//! blobs, unpack missing layers in the user namespace, write the manifest (docker archives
//! have none: den writes an OCI one), then record the images and their names in the index.
//! Everything happens under the store lock.

use anyhow::{Context, Result, bail};
use serde_json::json;

use crate::identity::idmap::IdMapping;
use crate::image::archive::{
    LoadPlan, MEDIA_OCI_CONFIG, MEDIA_OCI_MANIFEST, Source, read_json_member,
};
use crate::image::reference::is_sha256_digest;
use crate::store::index::{ImageRecord, Index, LayerRecord};
use crate::store::ingest::{Expect, ingest_blob};
use crate::store::layers::{LayerJob, clean_tmp, layer_info, unpack_layers};
use crate::store::{Store, StoreLock, time};

/// An image that was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub id: String,
    pub names: Vec<String>,
}

/// Loads every image of `source`.
pub fn load_archive(
    store: &Store,
    source: &dyn Source,
    mapping: &IdMapping,
) -> Result<Vec<Stored>> {
    let plans = crate::image::archive::plan_archive(source)?;
    let lock = store.lock()?;
    clean_tmp(store, mapping)?;
    let mut records = Vec::new();
    let mut jobs = Vec::new();
    for plan in &plans {
        let (record, mut image_jobs) = ingest_image(store, source, plan)?;
        records.push(record);
        jobs.append(&mut image_jobs);
    }
    unpack_layers(store, mapping, jobs)?;
    commit_images(store, &lock, records)
}

/// Reads, verifies and stores the config, layers and manifest of one image. Returns its
/// index record (sizes not yet known for layers still to unpack) and the unpack jobs.
/// `den pull` uses it too, with the registry as the source.
pub(crate) fn ingest_image(
    store: &Store,
    source: &dyn Source,
    plan: &LoadPlan,
) -> Result<(ImageRecord, Vec<LayerJob>)> {
    let archive = source.describe();
    if !source.exists(&plan.config.path) {
        bail!(
            "the image config \"{}\" is referenced but missing from {archive}",
            plan.config.path
        );
    }
    let config_bytes = read_json_member(source, &plan.config.path)?;
    let config_digest = crate::image::compress::sha256_digest(&config_bytes);
    if let Some(want) = &plan.config.digest
        && *want != config_digest
    {
        bail!(
            "the image config \"{}\" in {archive} has digest {config_digest}, expected {want}: it is corrupt",
            plan.config.path
        );
    }
    if let Some(want) = plan.config.size
        && want != config_bytes.len() as u64
    {
        bail!(
            "the image config \"{}\" in {archive} is {} bytes, expected {want}",
            plan.config.path,
            config_bytes.len()
        );
    }
    let config: oci_spec::image::ImageConfiguration = serde_json::from_slice(&config_bytes)
        .with_context(|| {
            format!(
                "the image config \"{}\" in {archive} does not parse",
                plan.config.path
            )
        })?;
    let diff_ids = config.rootfs().diff_ids().clone();
    if diff_ids.len() != plan.layers.len() {
        bail!(
            "the image config {config_digest} in {archive} lists {} layers, its manifest {}",
            diff_ids.len(),
            plan.layers.len()
        );
    }
    if let Some(bad) = diff_ids.iter().find(|d| !is_sha256_digest(d)) {
        bail!("the image config {config_digest} in {archive} has a malformed diff id \"{bad}\"");
    }

    let mut layers = Vec::new();
    let mut jobs = Vec::new();
    for (i, (blob, diff_id)) in plan.layers.iter().zip(&diff_ids).enumerate() {
        let label = format!("layer {} ({}) of {archive}", i + 1, blob.path);
        if !source.exists(&blob.path) {
            bail!("{label} is referenced but missing");
        }
        let have_layer = store.has_layer(diff_id);
        // A stored blob was verified against its digest when it was stored (a pull puts
        // its layers there first); unpacking checks its diff id.
        let ingested = match &blob.digest {
            Some(d) if store.blob_path(d).is_file() => None,
            _ => {
                let reader = source.open(&blob.path)?;
                let expect = Expect {
                    digest: blob.digest.clone(),
                    size: blob.size,
                };
                Some(ingest_blob(store, reader, &expect, &label, have_layer)?)
            }
        };
        let (digest, size, media_type) = match &ingested {
            Some(ing) => {
                if let Some((actual, _)) = &ing.diff_id
                    && actual != diff_id
                {
                    bail!(
                        "{label} has diff id {actual}, its image config says {diff_id}: it is corrupt"
                    );
                }
                if ing.compression == crate::image::compress::Compression::None
                    && ing.digest != *diff_id
                {
                    bail!(
                        "{label} has digest {}, its image config says {diff_id}: it is corrupt",
                        ing.digest
                    );
                }
                let media_type = blob
                    .media_type
                    .clone()
                    .unwrap_or_else(|| ing.compression.layer_media_type().to_string());
                (ing.digest.clone(), ing.size, media_type)
            }
            None => (
                blob.digest.clone().unwrap_or_default(),
                std::fs::metadata(store.blob_path(blob.digest.as_deref().unwrap_or_default()))
                    .map_or(0, |m| m.len()),
                blob.media_type.clone().unwrap_or_default(),
            ),
        };
        if !have_layer {
            jobs.push(LayerJob {
                blob: store.blob_path(&digest),
                diff_id: diff_id.clone(),
                label,
            });
        }
        layers.push(LayerRecord {
            digest,
            size,
            media_type,
            diff_id: diff_id.clone(),
            unpacked_size: 0,
        });
    }

    let stored_config = store.put_blob_bytes(&config_bytes)?;
    let (manifest_digest, manifest_media_type) = match &plan.manifest {
        Some((bytes, digest)) => {
            let stored = store.put_blob_bytes(bytes)?;
            if stored != *digest {
                bail!("manifest {digest} in {archive} is corrupt");
            }
            let media_type = serde_json::from_slice::<serde_json::Value>(bytes)
                .ok()
                .and_then(|v| v.get("mediaType")?.as_str().map(str::to_string))
                .unwrap_or_else(|| MEDIA_OCI_MANIFEST.to_string());
            (stored, media_type)
        }
        None => (
            store.put_blob_bytes(&synthesize_manifest(
                &stored_config,
                config_bytes.len(),
                &layers,
            ))?,
            MEDIA_OCI_MANIFEST.to_string(),
        ),
    };
    let record = ImageRecord {
        id: stored_config["sha256:".len()..].to_string(),
        names: plan.names.clone(),
        manifest: manifest_digest,
        manifest_media_type,
        config: stored_config,
        layers,
        created: config.created().clone(),
        stored: time::format_rfc3339(time::now_unix()),
        size: 0,
    };
    Ok((record, jobs))
}

/// The OCI manifest of an image that came without one.
pub fn synthesize_manifest(
    config_digest: &str,
    config_size: usize,
    layers: &[LayerRecord],
) -> Vec<u8> {
    let manifest = json!({
        "schemaVersion": 2,
        "mediaType": MEDIA_OCI_MANIFEST,
        "config": {"mediaType": MEDIA_OCI_CONFIG, "digest": config_digest, "size": config_size},
        "layers": layers.iter().map(|l| json!({
            "mediaType": l.media_type, "digest": l.digest, "size": l.size,
        })).collect::<Vec<_>>(),
    });
    serde_json::to_vec(&manifest).unwrap_or_default()
}

/// Fills in the layers' unpacked sizes and records the images in the index: a name moves to
/// the image that now has it; an image already there gains the new names.
pub fn commit_images(
    store: &Store,
    lock: &StoreLock,
    records: Vec<ImageRecord>,
) -> Result<Vec<Stored>> {
    let mut index = store.read_index()?;
    let mut stored = Vec::new();
    for mut record in records {
        for layer in &mut record.layers {
            let info = layer_info(store, &layer.diff_id).with_context(|| {
                format!(
                    "layer {} is missing from the store after unpacking",
                    layer.diff_id
                )
            })?;
            layer.unpacked_size = info.size;
        }
        record.size = record.layers.iter().map(|l| l.unpacked_size).sum();
        stored.push(Stored {
            id: record.id.clone(),
            names: record.names.clone(),
        });
        add_image(&mut index, record);
    }
    store.write_index(lock, &index)?;
    Ok(stored)
}

/// Adds or merges `record` into `index`, taking its names from other images.
pub fn add_image(index: &mut Index, record: ImageRecord) {
    for other in &mut index.images {
        if other.id != record.id {
            other.names.retain(|n| !record.names.contains(n));
        }
    }
    if let Some(existing) = index.images.iter_mut().find(|i| i.id == record.id) {
        let mut names = existing.names.clone();
        for n in &record.names {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
        *existing = ImageRecord { names, ..record };
    } else {
        index.images.push(record);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(id: char, names: &[&str]) -> ImageRecord {
        ImageRecord::for_test(id, names)
    }

    #[test]
    fn names_move_to_the_new_image_and_merge_into_the_same_one() {
        let mut index = Index::default();
        add_image(&mut index, rec('a', &["x:1", "y:1"]));
        add_image(&mut index, rec('b', &["x:1"]));
        assert_eq!(index.images[0].names, ["y:1"]);
        assert_eq!(index.images[1].names, ["x:1"]);
        add_image(&mut index, rec('b', &["z:1"]));
        assert_eq!(index.images.len(), 2);
        assert_eq!(index.images[1].names, ["x:1", "z:1"]);
    }
}
