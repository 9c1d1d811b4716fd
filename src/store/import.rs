//! `den import`: a root filesystem tarball becomes a one-layer image with a config den
//! writes (architecture of this machine, os linux, the `--change` settings, a history entry).

use std::io::Read;

use anyhow::Result;

use crate::identity::idmap::IdMapping;
use crate::image::change::{ImageSettings, import_config};
use crate::image::reference::Reference;
use crate::store::index::{ImageRecord, LayerRecord};
use crate::store::ingest::{Expect, ingest_blob};
use crate::store::layers::{LayerJob, clean_tmp, unpack_layers};
use crate::store::load::{commit_images, synthesize_manifest};
use crate::store::{Store, time};

/// Imports the tarball read from `reader` (plain, gzip or zstd) and returns the image id.
pub fn import_rootfs(
    store: &Store,
    mapping: &IdMapping,
    reader: impl Read,
    what: &str,
    name: Option<&Reference>,
    settings: &ImageSettings,
    message: Option<&str>,
) -> Result<String> {
    let lock = store.lock()?;
    clean_tmp(store, mapping)?;
    let ingested = ingest_blob(store, reader, &Expect::default(), what, true)?;
    let (diff_id, _) = ingested
        .diff_id
        .clone()
        .expect("ingest_blob computes the diff id when asked");
    unpack_layers(
        store,
        mapping,
        vec![LayerJob {
            blob: store.blob_path(&ingested.digest),
            diff_id: diff_id.clone(),
            label: what.to_string(),
        }],
    )?;
    let created = time::format_rfc3339(time::now_unix());
    let config = import_config(settings, &diff_id, &created, message);
    let config_bytes = serde_json::to_vec(&config)?;
    let config_digest = store.put_blob_bytes(&config_bytes)?;
    let layers = vec![LayerRecord {
        digest: ingested.digest.clone(),
        size: ingested.size,
        media_type: ingested.compression.layer_media_type().to_string(),
        diff_id,
        unpacked_size: 0,
    }];
    let manifest = store.put_blob_bytes(&synthesize_manifest(
        &config_digest,
        config_bytes.len(),
        &layers,
    ))?;
    let record = ImageRecord {
        id: config_digest["sha256:".len()..].to_string(),
        names: name.map(ToString::to_string).into_iter().collect(),
        manifest,
        manifest_media_type: crate::image::archive::MEDIA_OCI_MANIFEST.to_string(),
        config: config_digest,
        layers,
        created: Some(created.clone()),
        stored: created,
        size: 0,
    };
    let stored = commit_images(store, &lock, vec![record])?;
    Ok(stored[0].id.clone())
}
