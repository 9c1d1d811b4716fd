//! The manifest a built image ends with (`den build --format`, `--annotation`): OCI (with
//! manifest annotations) or Docker v2 schema 2 (docker media types; no annotations, which
//! that format lacks). An image's id is its config's digest, so the manifest can change
//! without a new image: the final image of a build gets the manifest the build asked for, as
//! podman's final commit writes one.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use serde_json::{Value, json};

use super::Store;
use super::index::LayerRecord;
use super::load::commit_images;
use crate::image::archive::{MEDIA_OCI_CONFIG, MEDIA_OCI_MANIFEST};

pub const MEDIA_DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const MEDIA_DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";

/// What the manifest of an image is to be.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ManifestOptions {
    /// Docker v2 schema 2 instead of OCI.
    pub docker: bool,
    /// OCI manifest annotations (ignored for docker).
    pub annotations: BTreeMap<String, String>,
}

impl ManifestOptions {
    pub fn media_type(&self) -> &'static str {
        if self.docker {
            MEDIA_DOCKER_MANIFEST
        } else {
            MEDIA_OCI_MANIFEST
        }
    }
}

/// A layer's media type in the docker format (the OCI one's counterpart).
fn docker_layer_type(oci: &str) -> &str {
    match oci {
        "application/vnd.oci.image.layer.v1.tar" => "application/vnd.docker.image.rootfs.diff.tar",
        "application/vnd.oci.image.layer.v1.tar+gzip" => {
            "application/vnd.docker.image.rootfs.diff.tar.gzip"
        }
        other => other,
    }
}

/// The manifest's bytes. Pure.
pub fn manifest_bytes(
    config_digest: &str,
    config_size: usize,
    layers: &[LayerRecord],
    opts: &ManifestOptions,
) -> Vec<u8> {
    let config_type = if opts.docker {
        MEDIA_DOCKER_CONFIG
    } else {
        MEDIA_OCI_CONFIG
    };
    let mut manifest = json!({
        "schemaVersion": 2,
        "mediaType": opts.media_type(),
        "config": {"mediaType": config_type, "digest": config_digest, "size": config_size},
        "layers": layers.iter().map(|l| {
            let media_type = if opts.docker {
                docker_layer_type(&l.media_type)
            } else {
                l.media_type.as_str()
            };
            json!({"mediaType": media_type, "digest": l.digest, "size": l.size})
        }).collect::<Vec<_>>(),
    });
    if !opts.docker && !opts.annotations.is_empty() {
        manifest["annotations"] = json!(opts.annotations);
    }
    serde_json::to_vec(&manifest).unwrap_or_default()
}

/// Gives image `id` of the store the manifest `opts` describe.
pub fn set_manifest(store: &Store, id: &str, opts: &ManifestOptions) -> Result<()> {
    let lock = store.lock()?;
    let index = store.read_index()?;
    let mut record = index
        .images
        .iter()
        .find(|i| i.id == id)
        .cloned()
        .with_context(|| format!("image {} is not in the store", &id[..12.min(id.len())]))?;
    let config_size = std::fs::metadata(store.blob_path(&record.config))
        .with_context(|| format!("reading the config of image {id}"))?
        .len();
    let bytes = manifest_bytes(
        &record.config,
        usize::try_from(config_size)?,
        &record.layers,
        opts,
    );
    record.manifest = store.put_blob_bytes(&bytes)?;
    record.manifest_media_type = opts.media_type().to_string();
    commit_images(store, &lock, vec![record])?;
    Ok(())
}

/// The manifest annotations of a stored manifest blob.
pub fn annotations(manifest: &Value) -> BTreeMap<String, String> {
    serde_json::from_value(manifest["annotations"].clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layer() -> LayerRecord {
        LayerRecord {
            digest: "sha256:aa".into(),
            size: 10,
            media_type: "application/vnd.oci.image.layer.v1.tar".into(),
            diff_id: "sha256:aa".into(),
            unpacked_size: 0,
        }
    }

    #[test]
    fn oci_manifests_carry_annotations() {
        let opts = ManifestOptions {
            docker: false,
            annotations: BTreeMap::from([("a".into(), "b".into())]),
        };
        let m: Value =
            serde_json::from_slice(&manifest_bytes("sha256:cc", 5, &[layer()], &opts)).unwrap();
        assert_eq!(m["mediaType"], MEDIA_OCI_MANIFEST);
        assert_eq!(m["config"]["mediaType"], MEDIA_OCI_CONFIG);
        assert_eq!(
            m["layers"][0]["mediaType"],
            "application/vnd.oci.image.layer.v1.tar"
        );
        assert_eq!(annotations(&m), opts.annotations);
    }

    #[test]
    fn docker_manifests_use_docker_types_and_no_annotations() {
        let opts = ManifestOptions {
            docker: true,
            annotations: BTreeMap::from([("a".into(), "b".into())]),
        };
        let m: Value =
            serde_json::from_slice(&manifest_bytes("sha256:cc", 5, &[layer()], &opts)).unwrap();
        assert_eq!(m["mediaType"], MEDIA_DOCKER_MANIFEST);
        assert_eq!(m["config"]["mediaType"], MEDIA_DOCKER_CONFIG);
        assert_eq!(m["config"]["size"], 5);
        assert_eq!(
            m["layers"][0]["mediaType"],
            "application/vnd.docker.image.rootfs.diff.tar"
        );
        assert!(m.get("annotations").is_none());
    }
}
