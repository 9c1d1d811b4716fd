//! `den push`'s work: the blobs of a stored image (layers exactly as the store keeps them,
//! with the media types its manifest gives them), those the registry lacks uploaded, then the
//! manifest under the destination's tag. The manifest goes up byte for byte, so the pushed
//! image has the digest the store knows.

use anyhow::{Context, Result, bail};

use crate::image::reference::Reference;
use crate::registry::auth::find_credentials;
use crate::registry::client::{Client, Options};
use crate::registry::conf::Registries;
use crate::store::Store;
use crate::store::index::ImageRecord;

/// Pushes `record` to `dest`; returns the manifest digest.
pub fn push_image(
    store: &Store,
    record: &ImageRecord,
    dest: &Reference,
    opts: &Options,
    quiet: bool,
) -> Result<String> {
    let endpoints = Registries::load()?.endpoints(dest)?;
    let endpoint = endpoints.last().context("no registry to push to")?;
    let creds = match &opts.creds {
        Some(c) => Some(c.clone()),
        None => find_credentials(
            &endpoint.auth_host,
            &endpoint.repo,
            opts.authfile.as_deref(),
        )?,
    };
    let client = Client::connect(
        &endpoint.host,
        &endpoint.repo,
        endpoint.insecure,
        opts,
        creds,
        true,
    )?;
    let manifest_path = store.blob_path(&record.manifest);
    let manifest = std::fs::read(&manifest_path)
        .with_context(|| format!("reading the manifest of image {}", &record.id[..12]))?;
    if !quiet {
        eprintln!("Getting image source signatures");
    }
    let mut blobs: Vec<(&str, &str)> = record
        .layers
        .iter()
        .map(|l| ("blob", l.digest.as_str()))
        .collect();
    blobs.push(("config", record.config.as_str()));
    for (kind, digest) in blobs {
        let path = store.blob_path(digest);
        if !path.is_file() {
            bail!(
                "{kind} {digest} of image {} is not in the store (the layer came without its blob); pull or load the image again",
                &record.id[..12]
            );
        }
        if client
            .has_blob(digest)
            .with_context(|| format!("checking {kind} {digest}"))?
        {
            if !quiet {
                eprintln!("Copying {kind} {digest} skipped: already exists");
            }
            continue;
        }
        if !quiet {
            eprintln!("Copying {kind} {digest}");
        }
        client
            .put_blob(digest, &path)
            .with_context(|| format!("uploading {kind} {digest}"))?;
    }
    if !quiet {
        eprintln!("Writing manifest to image destination");
    }
    let media_type = if record.manifest_media_type.is_empty() {
        crate::image::archive::MEDIA_OCI_MANIFEST
    } else {
        record.manifest_media_type.as_str()
    };
    let target = dest
        .tag
        .clone()
        .or_else(|| dest.digest.clone())
        .unwrap_or_else(|| "latest".into());
    client
        .put_manifest(&target, media_type, &manifest)
        .with_context(|| format!("uploading manifest {}", record.manifest))?;
    Ok(record.manifest.clone())
}
